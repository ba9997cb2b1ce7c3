// The parse step of the crosswalk import: O*NET's file → validated CrosswalkRows, or one sentence.
// Every refusal is thrown as a Refusal and caught in parseCrosswalkText / parseCrosswalkFile.

#include "veterans/crosswalk_import.h"

#include "io/csv.h"
#include "io/text.h"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace fs = std::filesystem;

namespace hp::veterans {

namespace {

constexpr const char *kWhereToGet =
    "use O*NET's military_crosswalk.zip from https://www.onetcenter.org/dl_files/2019/military_crosswalk.zip, or the "
    "milx….csv inside it";

struct Refusal {
    std::string what; // follows "Cannot import <file>: "
};

std::string inQuotes(std::string_view s)
{
    std::string out = "\"";
    for (char c : s.substr(0, 40))
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    if (s.size() > 40)
        out += "…";
    return out.append("\"");
}

std::string lineWord(int line)
{
    return std::string("line ").append(std::to_string(line));
}

bool validUtf8(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (int k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        i += n;
    }
    return true;
}

// Files saved by spreadsheet programs on Windows are often Windows-1252: turn them into UTF-8.
std::string fromWindows1252(std::string_view s)
{
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        const unsigned cp = c < 0x80 ? c : c < 0xA0 ? high[c - 0x80] : c;
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

// "milx0724" anywhere in the name → "2024-07".
std::string asOfFromName(const std::string &name)
{
    const std::string lower = text::lower(name);
    for (auto pos = lower.find("milx"); pos != std::string::npos; pos = lower.find("milx", pos + 1)) {
        const std::string digits = lower.substr(pos + 4, 4);
        if (digits.size() == 4 && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            const int month = std::stoi(digits.substr(0, 2));
            if (month >= 1 && month <= 12)
                return std::string("20").append(digits.substr(2, 2)).append("-").append(digits.substr(0, 2));
        }
    }
    return {};
}

// The one .csv inside O*NET's archive (its Read Me is a PDF).
std::string csvFromZip(const std::string &path, std::string &innerName)
{
    int code = 0;
    zip_t *zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
    if (!zip)
        throw Refusal{"it looks like a zip archive but cannot be opened (it may be cut short)"};
    std::string content;
    std::string problem;
    const zip_int64_t entries = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < entries && innerName.empty(); ++i) {
        const char *name = zip_get_name(zip, static_cast<zip_uint64_t>(i), 0);
        const std::string entry = name ? name : "";
        const std::string base = fs::path(entry).filename().string();
        if (base.size() < 5 || text::lower(base.substr(base.size() - 4)) != ".csv" || entry.rfind("__MACOSX", 0) == 0)
            continue;
        zip_file_t *zf = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
        if (!zf) {
            problem = std::string("its ").append(base).append(" cannot be read");
            break;
        }
        std::array<char, 64 * 1024> buffer;
        for (zip_int64_t n; (n = zip_fread(zf, buffer.data(), buffer.size())) > 0;)
            content.append(buffer.data(), static_cast<std::size_t>(n));
        zip_fclose(zf);
        innerName = base;
    }
    zip_discard(zip);
    if (!problem.empty())
        throw Refusal{problem};
    if (innerName.empty())
        throw Refusal{std::string("the archive holds no .csv file; ").append(kWhereToGet)};
    return content;
}

enum Col { Svc, Category, Moc, MocTitle, Status, kRequired };

class Reader {
public:
    explicit Reader(CrosswalkParseResult &result) : m_result(result) {}

    void read(std::string_view text)
    {
        const std::string_view bom = "\xEF\xBB\xBF";
        if (text.substr(0, 3) == bom)
            text.remove_prefix(3);
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
            throw Refusal{"the file is empty"};
        std::string converted;
        if (!validUtf8(text)) {
            converted = fromWindows1252(text);
            text = converted;
        }
        const auto parsed = csv::parse(text);
        if (!parsed.ok())
            throw Refusal{std::string(parsed.error).append(" (is it a CSV file?)")};
        header(parsed.rows.front());
        std::unordered_map<std::string, int> seenLines;
        std::unordered_map<std::string, std::size_t> byKey;
        for (std::size_t i = 1; i < parsed.rows.size(); ++i)
            row(parsed.rows[i], parsed.lineOfRow[i], seenLines, byKey);
        m_result.dataRows = int(parsed.rows.size()) - 1;
        if (m_result.dataRows == 0)
            throw Refusal{"it has the crosswalk's header but no rows below it"};
        if (m_result.rows.empty())
            throw Refusal{std::string("none of its ").append(std::to_string(m_result.dataRows))
                              .append(" rows is an active military occupation with an O*NET match")};
    }

private:
    void header(const csv::Row &names)
    {
        static const std::array<const char *, kRequired> required = {"SVC", "MPC", "MOC", "MOC_TITLE", "STATUS"};
        std::unordered_map<std::string, std::size_t> index;
        for (std::size_t i = 0; i < names.size(); ++i) {
            std::string name = text::trim(names[i]);
            std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::toupper(c)); });
            if (name.empty())
                continue;
            if (!index.emplace(name, i).second)
                throw Refusal{std::string("line 1 has two ").append(name).append(" columns")};
        }
        m_width = names.size();
        if (!index.count("MPC") && index.count("EO"))
            index["MPC"] = index["EO"];
        std::vector<std::string> missing;
        for (int c = 0; c < kRequired; ++c) {
            const auto it = index.find(required[c]);
            if (it == index.end())
                missing.push_back(required[c]);
            else
                m_col[c] = it->second;
        }
        if (missing.size() == kRequired)
            throw Refusal{std::string("line 1 is not the crosswalk's header (it has none of SVC, MPC, MOC, MOC_TITLE, STATUS); ")
                              .append(kWhereToGet)};
        for (int n = 1;; ++n) {
            const auto it = index.find(std::string("ONET").append(std::to_string(n)));
            if (it == index.end())
                break;
            const auto title = index.find(std::string("ONET").append(std::to_string(n)).append("_TITLE"));
            m_onet.emplace_back(it->second, title == index.end() ? SIZE_MAX : title->second);
        }
        if (m_onet.empty())
            missing.push_back("ONET1");
        if (!missing.empty()) {
            std::string list;
            for (std::size_t i = 0; i < missing.size(); ++i)
                list.append(i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ").append(missing[i]);
            throw Refusal{std::string("the header in line 1 has no ").append(list).append(missing.size() == 1 ? " column" : " columns")
                              .append(" (MPC may also be called EO); ").append(kWhereToGet)};
        }
    }

    std::string field(const csv::Row &r, std::size_t i) const
    {
        std::string v = i < r.size() ? text::trim(r[i]) : std::string();
        return v == "-" ? std::string() : v;
    }

    void row(const csv::Row &r, int line, std::unordered_map<std::string, int> &seenLines,
             std::unordered_map<std::string, std::size_t> &byKey)
    {
        const std::string at = lineWord(line);
        if (r.size() < m_width)
            throw Refusal{std::string(at).append(" has only ").append(std::to_string(r.size())).append(" of the header's ")
                              .append(std::to_string(m_width)).append(" columns: the row is cut short")};
        if (r.size() > m_width)
            throw Refusal{std::string(at).append(" has ").append(std::to_string(r.size())).append(" columns, more than the header's ")
                              .append(std::to_string(m_width))};
        std::string raw;
        for (const auto &f : r)
            raw.append(f).push_back('\x1f');
        if (const auto [it, fresh] = seenLines.emplace(raw, line); !fresh)
            throw Refusal{std::string(at).append(" repeats line ").append(std::to_string(it->second)).append(" exactly")};

        const std::string status = field(r, m_col[Status]);
        if (status != "A" && status != "O")
            throw Refusal{std::string(at).append(": STATUS ").append(inQuotes(status)).append(" should be A (active) or O (obsolete)")};
        if (status == "O") {
            ++m_result.obsolete;
            return;
        }
        const std::string svc = field(r, m_col[Svc]);
        if (svc.size() != 1 || !std::isupper(static_cast<unsigned char>(svc[0])))
            throw Refusal{std::string(at).append(": SVC ").append(inQuotes(svc)).append(" is not a one-letter service code")};
        const Service *service = serviceFor(svc[0]);
        if (!service) {
            ++m_result.unknownService;
            return;
        }
        if (service->branchId.empty()) {
            ++m_result.notMilitary;
            return;
        }
        CrosswalkRow out;
        out.svc = svc[0];
        const std::string category = field(r, m_col[Category]);
        if (category.size() != 1 || categoryName(category[0]).empty())
            throw Refusal{std::string(at).append(": the personnel category ").append(inQuotes(category))
                              .append(" should be E (enlisted), W (warrant officer) or O (officer)")};
        out.category = category[0];
        out.code = field(r, m_col[Moc]);
        out.title = field(r, m_col[MocTitle]);
        if (out.code.empty())
            throw Refusal{std::string(at).append(" has no military occupation code (MOC)")};
        if (out.title.empty())
            throw Refusal{std::string(at).append(": the code ").append(out.code).append(" has no title (MOC_TITLE)")};
        for (std::size_t n = 0; n < m_onet.size(); ++n) {
            const std::string code = field(r, m_onet[n].first);
            if (code.empty())
                continue;
            if (!isOnetCode(code))
                throw Refusal{std::string(at).append(": ONET").append(std::to_string(n + 1)).append(" ").append(inQuotes(code))
                                  .append(" is not an O*NET-SOC code such as 29-2072.00")};
            if (std::find(out.onet.begin(), out.onet.end(), code) == out.onet.end())
                out.onet.push_back(code);
            if (const std::string title = field(r, m_onet[n].second); !title.empty())
                m_result.onetTitles.emplace(code, title);
        }
        if (out.onet.empty()) {
            ++m_result.noMatch;
            return;
        }
        // O*NET lists some codes more than once (one row per extra match): merge their matches.
        const std::string key = std::string(1, out.svc).append(1, out.category).append(normalizeCode(out.code)).append("\x1f").append(out.title);
        if (const auto it = byKey.find(key); it != byKey.end()) {
            auto &into = m_result.rows[it->second].onet;
            for (auto &code : out.onet)
                if (std::find(into.begin(), into.end(), code) == into.end())
                    into.push_back(code);
            ++m_result.merged;
            return;
        }
        byKey.emplace(key, m_result.rows.size());
        m_result.rows.push_back(std::move(out));
    }

    CrosswalkParseResult &m_result;
    std::size_t m_width = 0;
    std::array<std::size_t, kRequired> m_col{};
    std::vector<std::pair<std::size_t, std::size_t>> m_onet; // ONETn and ONETn_TITLE (SIZE_MAX: none)
};

void parseInto(CrosswalkParseResult &result, std::string_view text)
{
    try {
        Reader(result).read(text);
    } catch (const Refusal &r) {
        result.error = std::string("Cannot import ").append(result.fileName).append(": ").append(r.what).append(".");
        result.rows.clear();
        result.onetTitles.clear();
    }
}

} // namespace

CrosswalkParseResult parseCrosswalkText(std::string_view text, const std::string &fileName)
{
    CrosswalkParseResult result;
    result.fileName = fileName;
    result.asOf = asOfFromName(fileName);
    parseInto(result, text);
    return result;
}

CrosswalkParseResult parseCrosswalkFile(const std::string &path)
{
    CrosswalkParseResult result;
    result.fileName = fs::path(path).filename().string();
    result.asOf = asOfFromName(result.fileName);
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        result.error = std::string("Cannot import ").append(result.fileName).append(": there is no such file.");
        return result;
    }
    if (fs::is_directory(path, ec)) {
        result.error = std::string("Cannot import ").append(result.fileName).append(": it is a folder, not a file.");
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof()) {
        result.error = std::string("Cannot import ").append(result.fileName).append(": it cannot be read.");
        return result;
    }
    std::string content = bytes.str();
    if (content.rfind("PK\x03\x04", 0) == 0) {
        try {
            std::string inner;
            content = csvFromZip(path, inner);
            result.fileName.append(" (").append(inner).append(")");
            if (const auto asOf = asOfFromName(inner); !asOf.empty())
                result.asOf = asOf;
        } catch (const Refusal &r) {
            result.error = std::string("Cannot import ").append(result.fileName).append(": ").append(r.what).append(".");
            return result;
        }
    }
    parseInto(result, content);
    return result;
}

} // namespace hp::veterans
