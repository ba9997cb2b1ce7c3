#include "importers/oews_table.h"

#include "io/csv.h"
#include "io/text.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
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

// The year in "national_MYYYY_dl" (any case), as BLS names its files and sheets.
std::optional<int> yearIn(const std::string &name)
{
    const std::string lowered = text::lower(name);
    for (size_t at = lowered.find("national_m"); at != std::string::npos; at = lowered.find("national_m", at + 1)) {
        const size_t digits = at + 10;
        if (lowered.size() < digits + 7 || lowered.compare(digits + 4, 3, "_dl") != 0)
            continue;
        if (std::all_of(lowered.begin() + long(digits), lowered.begin() + long(digits + 4), [](char c) { return c >= '0' && c <= '9'; }))
            return std::stoi(lowered.substr(digits, 4));
    }
    return std::nullopt;
}

// "-1,234,567.89": digits grouped by commas in threes, optional sign and decimals.
bool isGroupedNumber(const std::string &s)
{
    size_t i = (!s.empty() && s[0] == '-') ? 1 : 0;
    const size_t point = s.find('.');
    const std::string whole = s.substr(i, point == std::string::npos ? std::string::npos : point - i);
    if (point != std::string::npos && !std::all_of(s.begin() + long(point + 1), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    size_t groupStart = 0;
    bool first = true;
    while (true) {
        const size_t comma = whole.find(',', groupStart);
        const std::string group = whole.substr(groupStart, comma == std::string::npos ? std::string::npos : comma - groupStart);
        const bool digitsOnly = !group.empty() && std::all_of(group.begin(), group.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digitsOnly || (first ? group.size() > 3 : group.size() != 3))
            return false;
        if (comma == std::string::npos)
            return !first; // at least one comma, as the caller saw
        first = false;
        groupStart = comma + 1;
    }
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
        if (!isGroupedNumber(s))
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
