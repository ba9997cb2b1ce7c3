#include "refdata/loader.h"

#include "embedded_data.h"
#include "io/csv.h"
#include "io/text.h"
#include "refdata/json_reader.h"
#include "refdata/lattice_reader.h"
#include "refdata/track_reader.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdint>
#include <set>

namespace json = boost::json;

namespace hp::refdata {

FileSet embeddedFileSet()
{
    FileSet files;
    for (const auto &f : embeddedFiles())
        files.emplace(std::string(f.path), std::string(f.content));
    return files;
}

std::string fingerprint(const FileSet &files)
{
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a over names and contents
    auto mix = [&h](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
        h ^= 0xff;
        h *= 1099511628211ULL;
    };
    for (const auto &[name, content] : files) {
        mix(name);
        mix(content);
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

namespace {

std::optional<json::value> parseJson(const std::string &file, const std::string &text, std::vector<Problem> &problems)
{
    boost::system::error_code ec;
    json::parse_options opts;
    json::value v = json::parse(text, ec, {}, opts);
    if (ec) {
        problems.push_back({ProblemKind::Syntax, file, "is not valid JSON (" + ec.message() + ")."});
        return std::nullopt;
    }
    return v;
}

template<typename T, typename Parse>
void parseArrayFile(const FileSet &files, const std::string &file, std::vector<T> &out, Parse parse,
                    std::vector<Problem> &problems, std::map<std::string, std::string> *docs = nullptr)
{
    const auto it = files.find(file);
    if (it == files.end()) {
        problems.push_back({ProblemKind::MissingField, file, "is missing from the reference data."});
        return;
    }
    auto v = parseJson(file, it->second, problems);
    if (!v)
        return;
    if (!v->is_array()) {
        problems.push_back({ProblemKind::Syntax, file, "should hold a JSON list."});
        return;
    }
    Reader r(file, problems);
    for (const auto &item : v->get_array()) {
        T value = parse(item, r);
        if (docs && item.is_object()) {
            if (const auto *id = item.get_object().if_contains("id"); id && id->is_string())
                (*docs)[std::string(id->get_string())] = json::serialize(item);
        }
        out.push_back(std::move(value));
    }
}

std::optional<long> wholeNumber(const std::string &cell)
{
    auto n = text::toNumber(cell);
    if (!n)
        return std::nullopt;
    return static_cast<long>(*n);
}

} // namespace

std::vector<WageEstimate> parseWageCsv(std::string_view textIn, const std::string &file, std::vector<Problem> &problems)
{
    std::vector<WageEstimate> out;
    const auto parsed = csv::parse(textIn);
    if (!parsed.ok()) {
        problems.push_back({ProblemKind::Syntax, file, "is not valid CSV: " + parsed.error + "."});
        return out;
    }
    static const csv::Row header{"soc", "vintage", "title", "employment", "emp_rse", "mean_hourly", "mean_annual",
                                 "p10", "p25", "median", "p75", "p90", "top_coded", "source"};
    if (parsed.rows.empty() || parsed.rows.front() != header) {
        problems.push_back({ProblemKind::Syntax, file, "must start with the header " + csv::formatRow(header) + "."});
        return out;
    }
    for (size_t i = 1; i < parsed.rows.size(); ++i) {
        const auto &row = parsed.rows[i];
        const std::string line = "line " + std::to_string(parsed.lineOfRow[i]);
        if (row.size() != header.size()) {
            problems.push_back({ProblemKind::Syntax, file, line + " has " + std::to_string(row.size()) + " fields; expected "
                                                               + std::to_string(header.size()) + "."});
            continue;
        }
        WageEstimate w;
        w.soc = row[0];
        const auto vintage = text::toNumber(row[1]);
        if (!vintage || *vintage < 1997 || *vintage > 2100) {
            problems.push_back({ProblemKind::MissingVintage, file, line + " (" + w.soc + ") has no valid vintage year."});
            continue;
        }
        w.vintage = static_cast<int>(*vintage);
        w.title = row[2];
        w.employment = wholeNumber(row[3]);
        w.empRse = text::toNumber(row[4]);
        w.meanHourly = text::toNumber(row[5]);
        w.meanAnnual = wholeNumber(row[6]);
        w.p10 = wholeNumber(row[7]);
        w.p25 = wholeNumber(row[8]);
        w.median = wholeNumber(row[9]);
        w.p75 = wholeNumber(row[10]);
        w.p90 = wholeNumber(row[11]);
        w.topCoded = row[12];
        w.sourceId = row[13];
        for (int c : {3, 4, 5, 6, 7, 8, 9, 10, 11})
            if (!row[static_cast<size_t>(c)].empty() && !text::toNumber(row[static_cast<size_t>(c)]))
                problems.push_back({ProblemKind::Syntax, file, line + " column " + header[static_cast<size_t>(c)] + " is \""
                                                                   + row[static_cast<size_t>(c)] + "\", not a number."});
        out.push_back(std::move(w));
    }
    return out;
}

namespace {

std::vector<Projection> parseProjectionCsv(const std::string &textIn, const std::string &file, std::vector<Problem> &problems)
{
    std::vector<Projection> out;
    const auto parsed = csv::parse(textIn);
    static const csv::Row header{"soc", "base_year", "target_year", "emp_base_k", "emp_target_k", "change_k",
                                 "change_pct", "openings_k", "entry_education", "work_experience", "ojt", "source"};
    if (!parsed.ok() || parsed.rows.empty() || parsed.rows.front() != header) {
        problems.push_back({ProblemKind::Syntax, file, parsed.ok() ? "must start with the header " + csv::formatRow(header) + "."
                                                                   : "is not valid CSV: " + parsed.error + "."});
        return out;
    }
    for (size_t i = 1; i < parsed.rows.size(); ++i) {
        const auto &row = parsed.rows[i];
        const std::string line = "line " + std::to_string(parsed.lineOfRow[i]);
        if (row.size() != header.size()) {
            problems.push_back({ProblemKind::Syntax, file, line + " has the wrong number of fields."});
            continue;
        }
        Projection p;
        p.soc = row[0];
        bool ok = true;
        auto num = [&](size_t c) {
            auto n = text::toNumber(row[c]);
            if (!n) {
                problems.push_back({ProblemKind::Syntax, file, line + " column " + header[c] + " is not a number."});
                ok = false;
            }
            return n.value_or(0);
        };
        p.baseYear = static_cast<int>(num(1));
        p.targetYear = static_cast<int>(num(2));
        p.empBaseK = num(3);
        p.empTargetK = num(4);
        p.changeK = num(5);
        p.changePct = num(6);
        p.openingsK = num(7);
        p.entryEducation = row[8];
        p.workExperience = row[9];
        p.onTheJobTraining = row[10];
        p.sourceId = row[11];
        if (ok)
            out.push_back(std::move(p));
    }
    return out;
}

} // namespace

LoadResult load(const FileSet &files)
{
    LoadResult result;
    auto &d = result.data;
    auto &problems = result.problems;
    parseArrayFile(files, "sources.json", d.sources, parseSource, problems);
    parseArrayFile(files, "families.json", d.families, parseFamily, problems);
    parseArrayFile(files, "occupations.json", d.occupations, parseOccupation, problems);
    parseArrayFile(files, "education_paths.json", d.education, parseEducationPath, problems, &result.documents["education"]);
    parseArrayFile(files, "certifications.json", d.certifications, parseCertification, problems, &result.documents["certification"]);
    parseArrayFile(files, "ladders.json", d.ladders, parseLadder, problems, &result.documents["ladder"]);
    parseArrayFile(files, "surveys.json", d.surveys, parseSurvey, problems, &result.documents["survey"]);
    parseLatticeFile(files, result);
    parseArrayFile(files, "tracks.json", d.tracks, parseTrack, problems);

    for (const auto &[name, content] : files) {
        if (name.rfind("roles/", 0) != 0 || name.size() < 11 || name.substr(name.size() - 5) != ".json")
            continue;
        auto v = parseJson(name, content, problems);
        if (!v)
            continue;
        Reader r(name, problems);
        Role role = parseRole(*v, r);
        const std::string expected = name.substr(6, name.size() - 11);
        if (!role.id.empty() && role.id != expected)
            r.problem(ProblemKind::BadValue, "id \"" + role.id + "\" should match the file name \"" + expected + "\".");
        result.documents["role"][role.id] = json::serialize(*v);
        d.roles.push_back(std::move(role));
    }
    std::sort(d.roles.begin(), d.roles.end(), [](const Role &a, const Role &b) { return a.id < b.id; });

    if (auto it = files.find("wages_oews_national.csv"); it != files.end())
        d.wages = parseWageCsv(it->second, it->first, problems);
    else
        problems.push_back({ProblemKind::MissingField, "wages_oews_national.csv", "is missing from the reference data."});
    if (auto it = files.find("projections.csv"); it != files.end())
        d.projections = parseProjectionCsv(it->second, it->first, problems);
    else
        problems.push_back({ProblemKind::MissingField, "projections.csv", "is missing from the reference data."});

    auto more = validate(d);
    problems.insert(problems.end(), more.begin(), more.end());
    return result;
}

LoadResult loadEmbedded()
{
    return load(embeddedFileSet());
}

} // namespace hp::refdata
