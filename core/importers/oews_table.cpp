#include "importers/oews_table.h"

#include "io/csv.h"
#include "io/text.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace hp::oews {

namespace {

constexpr int kFirstVintage = 1997; // the first OEWS national estimates
constexpr int kLastVintage = 2100;
constexpr std::uintmax_t kMaxCsvBytes = std::uintmax_t(256) << 20;

Table readCsv(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof())
        throw Refusal{"the file cannot be read"};
    const std::string content = buffer.str();
    auto parsed = csv::parse(content);
    if (!parsed.ok())
        throw Refusal{"it is not a readable CSV file (" + parsed.error + ")"};
    // A field with a line break in it is one spreadsheet row over several lines.
    Table table;
    table.csv = true;
    int extraLines = 0;
    for (size_t i = 0; i < parsed.rows.size(); ++i) {
        xlsx::Row row{parsed.lineOfRow[i] - extraLines, std::move(parsed.rows[i])};
        for (const auto &cell : row.cells)
            extraLines += static_cast<int>(std::count(cell.begin(), cell.end(), '\n'));
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::optional<int> yearIn(const std::string &name)
{
    static const std::regex pattern(R"(national_m(\d{4})_dl)", std::regex::icase);
    std::smatch m;
    if (!std::regex_search(name, m, pattern))
        return std::nullopt;
    return std::stoi(m[1].str());
}

} // namespace

std::string inQuotes(std::string_view s)
{
    size_t keep = std::min<size_t>(s.size(), 40);
    while (keep < s.size() && keep > 0 && (static_cast<unsigned char>(s[keep]) & 0xC0) == 0x80)
        --keep; // do not cut a UTF-8 character in two
    std::string out = "\"";
    for (char c : s.substr(0, keep))
        out += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
    return out + (keep < s.size() ? "…\"" : "\"");
}

Table readTable(const std::string &path)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status))
        throw Refusal{"there is no such file (" + path + ")"};
    if (fs::is_directory(status))
        throw Refusal{"it is a folder, not a file"};
    const auto size = fs::file_size(path, ec);
    if (ec)
        throw Refusal{"the file cannot be read (" + ec.message() + ")"};
    if (size == 0)
        throw Refusal{"the file is empty"};
    char magic[4] = {};
    std::ifstream(path, std::ios::binary).read(magic, sizeof magic);
    const std::string_view head(magic, sizeof magic);
    const bool isZip = head.substr(0, 2) == "PK";
    if (head == "\xD0\xCF\x11\xE0")
        throw Refusal{"it is an older Excel .xls workbook or a password-protected one; save it as .xlsx without a "
                      "password, or as CSV, and import that"};
    if (isZip || text::lower(fs::path(path).extension().string()) == ".xlsx") {
        auto read = xlsx::readFirstSheet(path);
        if (!read.ok())
            throw Refusal{read.error, false, true};
        return {std::move(read.sheet.rows), read.sheet.name, false};
    }
    if (size > kMaxCsvBytes)
        throw Refusal{"it is larger than 256 MB, far more than a BLS national estimates file"};
    return readCsv(path);
}

// Digits with optional thousands separators ("155,495,730", as a spreadsheet saves them).
std::optional<double> number(const std::string &s)
{
    std::string plain;
    const auto comma = s.find(',');
    if (comma != std::string::npos) {
        static const std::regex grouped(R"(-?\d{1,3}(,\d{3})+(\.\d*)?)");
        if (!std::regex_match(s, grouped))
            return std::nullopt;
        for (char c : s)
            if (c != ',')
                plain += c;
    }
    return text::toNumber(comma == std::string::npos ? s : plain);
}

int resolveVintage(const std::string &fileName, const std::string &sheetName, std::optional<int> given)
{
    const auto fromName = yearIn(fs::path(fileName).stem().string());
    const auto fromSheet = yearIn(sheetName);
    if (fromName && fromSheet && fromName != fromSheet)
        throw Refusal{"its name says May " + std::to_string(*fromName) + " but its sheet " + inQuotes(sheetName) + " says May "
                      + std::to_string(*fromSheet) + ", so the year is unclear"};
    const auto found = fromName ? fromName : fromSheet;
    if (given && (*given < kFirstVintage || *given > kLastVintage))
        throw Refusal{"the year given, " + std::to_string(*given) + ", is not an OEWS year (" + std::to_string(kFirstVintage)
                      + " or later)"};
    if (given && found && given != found)
        throw Refusal{"the year given, " + std::to_string(*given) + ", does not match May " + std::to_string(*found)
                      + (fromName ? " in the file name" : " in the sheet name")};
    if (found)
        return *found;
    if (given)
        return *given;
    throw Refusal{"neither its name nor its sheet says which year the estimates are for (BLS names the file "
                  "national_MYYYY_dl); give the year with --vintage YYYY", true};
}

} // namespace hp::oews
