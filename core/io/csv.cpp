#include "io/csv.h"

namespace hp::csv {

ParseResult parse(std::string_view text)
{
    ParseResult result;
    Row row;
    std::string field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") // UTF-8 byte-order mark, as spreadsheet programs write
        i = 3;
    auto endField = [&] {
        row.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        if (!(row.size() == 1 && row.front().empty())) { // skip blank lines
            result.rows.push_back(std::move(row));
            result.lineOfRow.push_back(rowLine);
        }
        row.clear();
    };
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        switch (c) {
        case '"':
            if (fieldStarted) {
                result.error = "line " + std::to_string(line) + " has a quote inside an unquoted field";
                return result;
            }
            inQuotes = true;
            fieldStarted = true;
            break;
        case ',':
            endField();
            break;
        case '\r':
            break;
        case '\n':
            endRow();
            ++line;
            rowLine = line;
            break;
        default:
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        result.error = "the quoted field that starts on line " + std::to_string(rowLine) + " never ends";
        return result;
    }
    if (fieldStarted || !row.empty())
        endRow();
    return result;
}

std::string escape(std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string formatRow(const Row &row)
{
    std::string out;
    for (size_t i = 0; i < row.size(); ++i) {
        if (i)
            out += ',';
        out += escape(row[i]);
    }
    return out;
}

} // namespace hp::csv
