// The crosswalk's vocabulary (service letters, personnel categories, O*NET-SOC codes) and the
// readers of the shipped military_crosswalk.csv and onet_titles.csv (FORMAT.md).

#include "veterans/crosswalk.h"

#include "io/csv.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace hp::veterans {

namespace {

// The SVC letters of the crosswalk file, as its Read Me names them (read through a third party's
// build script that quotes it; the shipped file uses A, C, F, H, M, N and S). Services without a
// branch are not military occupations and are left out by the importer.
constexpr std::array kServices = {
    Service{'A', "army", "MOS / Area of Concentration / Reporting Code"},
    Service{'J', "army", "Additional Skill Identifier (ASI)"},
    Service{'Q', "army", "Special Qualification Identifier (SQI)"},
    Service{'N', "navy", "Enlisted Rating / NEC / NEBC / NOBC"},
    Service{'P', "navy", "Officer Designator Code"},
    Service{'S', "navy", "Officer Subspecialty (SSP) code"},
    Service{'V', "navy", "Officer Additional Qualification Designation (AQD)"},
    Service{'F', "air-force", "Air Force Specialty Code (AFSC)"},
    Service{'X', "air-force", "Prefix code"},
    Service{'Y', "air-force", "Special Experience Identifier (SEI)"},
    Service{'Z', "air-force", "Officer Activity Code"},
    Service{'M', "marine-corps", "Military Occupational Specialty (MOS)"},
    Service{'C', "coast-guard", "Coast Guard code"},
    Service{'H', "space-force", "Enlisted and Commissioned Officer code"},
    Service{'L', "space-force", "Prefix code"},
    Service{'O', "space-force", "Officer Activity Code"},
    Service{'U', "space-force", "Special Experience Identifier (SEI)"},
    Service{'D', "", "DoD Occupational Conversion Code"},
    Service{'G', "", "OPM GS / WG series"},
    Service{'K', "", "National Security Personnel System code"},
};

bool digit(char c)
{
    return c >= '0' && c <= '9';
}

std::string lineOf(const std::string &file, int line)
{
    return std::string(file).append(", line ").append(std::to_string(line)).append(": ");
}

} // namespace

const Service *serviceFor(char letter)
{
    for (const auto &s : kServices)
        if (s.letter == letter)
            return &s;
    return nullptr;
}

std::string_view categoryName(char category)
{
    switch (category) {
    case 'E': return "Enlisted";
    case 'W': return "Warrant Officer";
    case 'O': return "Commissioned Officer";
    default: return {};
    }
}

bool isOnetCode(std::string_view c)
{
    if (c.size() != 10 || c[2] != '-' || c[7] != '.')
        return false;
    for (std::size_t i : {0, 1, 3, 4, 5, 6, 8, 9})
        if (!digit(c[i]))
            return false;
    return true;
}

std::string normalizeCode(std::string_view code)
{
    std::string out;
    for (char ch : code)
        if (!std::isspace(static_cast<unsigned char>(ch)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return out;
}

bool parseCrosswalkCsv(std::string_view text, const std::string &file, std::vector<CrosswalkRow> &rows, std::string &error)
{
    const auto parsed = csv::parse(text);
    if (!parsed.ok()) {
        error = std::string(file).append(": ").append(parsed.error);
        return false;
    }
    if (parsed.rows.empty() || parsed.rows.front() != csv::Row{"svc", "category", "code", "title", "onet"}) {
        error = lineOf(file, 1).append("the header should be svc,category,code,title,onet.");
        return false;
    }
    rows.clear();
    rows.reserve(parsed.rows.size());
    for (std::size_t i = 1; i < parsed.rows.size(); ++i) {
        const auto &r = parsed.rows[i];
        const int line = parsed.lineOfRow[i];
        if (r.size() != 5) {
            error = lineOf(file, line).append("expected 5 fields, found ").append(std::to_string(r.size())).append(".");
            return false;
        }
        CrosswalkRow row;
        const Service *service = r[0].size() == 1 ? serviceFor(r[0][0]) : nullptr;
        if (!service || service->branchId.empty()) {
            error = lineOf(file, line).append("\"").append(r[0]).append("\" is not a military service code.");
            return false;
        }
        if (r[1].size() != 1 || categoryName(r[1][0]).empty()) {
            error = lineOf(file, line).append("category \"").append(r[1]).append("\" should be E, W or O.");
            return false;
        }
        if (r[2].empty() || r[3].empty()) {
            error = lineOf(file, line).append("the code and the title must not be empty.");
            return false;
        }
        row.svc = r[0][0];
        row.category = r[1][0];
        row.code = r[2];
        row.title = r[3];
        std::size_t start = 0;
        while (start <= r[4].size()) {
            const auto end = std::min(r[4].find(';', start), r[4].size());
            const std::string code = r[4].substr(start, end - start);
            if (!isOnetCode(code)) {
                error = lineOf(file, line).append("\"").append(code).append("\" is not an O*NET-SOC code such as 29-2072.00.");
                return false;
            }
            row.onet.push_back(code);
            start = end + 1;
        }
        rows.push_back(std::move(row));
    }
    return true;
}

bool parseOnetTitlesCsv(std::string_view text, const std::string &file, std::map<std::string, std::string> &titles,
                        std::string &error)
{
    const auto parsed = csv::parse(text);
    if (!parsed.ok()) {
        error = std::string(file).append(": ").append(parsed.error);
        return false;
    }
    if (parsed.rows.empty() || parsed.rows.front() != csv::Row{"onet", "title"}) {
        error = lineOf(file, 1).append("the header should be onet,title.");
        return false;
    }
    for (std::size_t i = 1; i < parsed.rows.size(); ++i) {
        const auto &r = parsed.rows[i];
        if (r.size() != 2 || !isOnetCode(r[0]) || r[1].empty()) {
            error = lineOf(file, parsed.lineOfRow[i]).append("expected an O*NET-SOC code and its title.");
            return false;
        }
        if (!titles.emplace(r[0], r[1]).second) {
            error = lineOf(file, parsed.lineOfRow[i]).append(r[0]).append(" is listed twice.");
            return false;
        }
    }
    return true;
}

} // namespace hp::veterans
