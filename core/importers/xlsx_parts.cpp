#include "importers/xlsx_parts.h"

#include <charconv>
#include <cstring>
#include <filesystem>
#include <optional>

namespace hp::xlsx::parts {

namespace {

const char *attribute(const char **atts, std::string_view local, bool namespaced = false)
{
    for (; *atts; atts += 2)
        if (localName(atts[0]) == local && (std::strchr(atts[0], '|') != nullptr) == namespaced)
            return atts[1];
    return nullptr;
}

std::optional<long> toIndex(std::string_view s)
{
    long v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || v < 0)
        return std::nullopt;
    return v;
}

void appendUtf8(std::string &out, unsigned code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Excel writes characters XML cannot hold as "_xHHHH_" (ST_Xstring).
std::string decodeXstring(std::string s)
{
    if (s.find("_x") == std::string::npos)
        return s;
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned code = 0;
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_'
            && std::from_chars(s.data() + i + 2, s.data() + i + 6, code, 16).ptr == s.data() + i + 6) {
            appendUtf8(out, code);
            i += 6;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Relationship targets are relative to xl/ unless they start with '/'.
std::string resolveTarget(std::string_view target)
{
    const std::filesystem::path p = target.starts_with('/') ? std::filesystem::path(target.substr(1))
                                                             : std::filesystem::path("xl") / target;
    return p.lexically_normal().generic_string();
}

} // namespace

std::string_view localName(const char *name)
{
    const std::string_view n(name);
    const auto bar = n.rfind('|');
    return bar == std::string_view::npos ? n : n.substr(bar + 1);
}

void SharedStrings::start(std::string_view name, const char **)
{
    if (name == "si") {
        m_current.clear();
        m_inItem = true;
    } else if (name == "rPh") {
        ++m_phonetic;
    } else if (name == "t" && m_inItem && m_phonetic == 0) {
        m_collect = true;
    }
}

void SharedStrings::end(std::string_view name)
{
    if (name == "t") {
        m_collect = false;
    } else if (name == "rPh") {
        --m_phonetic;
    } else if (name == "si") {
        strings.push_back(decodeXstring(std::move(m_current)));
        m_current.clear();
        m_inItem = false;
    }
}

void SharedStrings::text(std::string_view s)
{
    if (m_collect)
        m_current.append(s);
}

void Workbook::start(std::string_view name, const char **atts)
{
    if (name != "sheet" || found)
        return;
    found = true;
    const char *n = attribute(atts, "name");
    const char *id = attribute(atts, "id", true);
    sheetName = n ? n : "";
    if (!id)
        problem = "names its first sheet \"" + sheetName + "\" without a relationship id";
    else
        relationId = id;
}

void Relationships::start(std::string_view name, const char **atts)
{
    if (name != "Relationship")
        return;
    const char *id = attribute(atts, "Id"), *target = attribute(atts, "Target"), *type = attribute(atts, "Type");
    const char *mode = attribute(atts, "TargetMode");
    if (!id || !target || (mode && std::string_view(mode) == "External"))
        return;
    const std::string part = resolveTarget(target);
    targets[id] = part;
    if (type && std::string_view(type).ends_with("/sharedStrings"))
        sharedStrings = part;
}

Worksheet::Worksheet(const std::vector<std::string> &strings, std::vector<Row> &rows)
    : m_strings(strings)
    , m_rows(rows)
{
}

void Worksheet::start(std::string_view name, const char **atts)
{
    if (name == "sheetData")
        m_inData = true;
    else if (name == "row" && m_inData)
        startRow(atts);
    else if (name == "c" && m_inData)
        startCell(atts);
    else if (name == "v")
        m_collect = &m_value;
    else if (name == "rPh")
        ++m_phonetic;
    else if (name == "t" && m_phonetic == 0)
        m_collect = &m_inline; // inside <is>, an inline string
}

void Worksheet::startRow(const char **atts)
{
    m_row = Row{};
    m_row.number = m_lastRow + 1; // r="" is optional: a row without it follows the previous one
    if (const char *r = attribute(atts, "r")) {
        const auto n = toIndex(r);
        if (!n || *n < 1 || *n > kMaxRows) {
            problem = "has a row numbered \"" + std::string(r) + "\", which is not a row number";
            return;
        }
        m_row.number = static_cast<int>(*n);
    }
    m_nextColumn = 0;
}

void Worksheet::startCell(const char **atts)
{
    m_column = m_nextColumn; // likewise a cell without r="" follows the previous one
    if (const char *r = attribute(atts, "r")) {
        const auto ref = parseCellRef(r);
        if (!ref || ref->second != m_row.number) {
            problem = "has a cell \"" + std::string(r) + "\" in row " + std::to_string(m_row.number)
                      + ", which is not a cell of that row";
            return;
        }
        m_column = ref->first;
    }
    const char *t = attribute(atts, "t");
    m_type = t ? t : "";
    m_value.clear();
    m_inline.clear();
}

void Worksheet::end(std::string_view name)
{
    if (name == "v" || name == "t") {
        m_collect = nullptr;
    } else if (name == "rPh") {
        --m_phonetic;
    } else if (name == "c" && m_inData) {
        finishCell();
    } else if (name == "row" && m_inData) {
        m_lastRow = m_row.number;
        if (!m_row.cells.empty()) // only cells with text are stored, so this row has some
            m_rows.push_back(std::move(m_row));
    } else if (name == "sheetData") {
        m_inData = false;
    }
}

void Worksheet::text(std::string_view s)
{
    if (m_collect)
        m_collect->append(s);
}

void Worksheet::finishCell()
{
    std::string value;
    if (m_type == "s") {
        const auto index = toIndex(m_value);
        if (!index || static_cast<size_t>(*index) >= m_strings.size()) {
            problem = "refers in cell " + columnName(m_column) + std::to_string(m_row.number) + " to shared string \""
                      + m_value + "\", but the workbook has " + std::to_string(m_strings.size()) + " shared strings";
            return;
        }
        value = m_strings[static_cast<size_t>(*index)];
    } else if (m_type == "inlineStr") {
        value = decodeXstring(m_inline);
    } else if (m_type == "b") {
        value = m_value == "1" ? "TRUE" : m_value == "0" ? "FALSE" : m_value;
    } else {
        value = m_value; // numbers ("n" or no type), formula strings ("str"), errors ("e"), dates ("d")
    }
    if (!value.empty()) {
        if (m_row.cells.size() <= m_column)
            m_row.cells.resize(m_column + 1);
        m_row.cells[m_column] = std::move(value);
    }
    m_nextColumn = m_column + 1;
}

} // namespace hp::xlsx::parts
