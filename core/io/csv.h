#pragma once
// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends, embedded newlines.

#include <string>
#include <string_view>
#include <vector>

namespace hp::csv {

using Row = std::vector<std::string>;

struct ParseResult {
    std::vector<Row> rows;
    std::vector<int> lineOfRow; // 1-based source line where each row starts
    std::string error;          // empty on success; otherwise a sentence naming the line
    bool ok() const { return error.empty(); }
};

ParseResult parse(std::string_view text);

// Quote a field when it needs quoting.
std::string escape(std::string_view field);
std::string formatRow(const Row &row); // without the line end

} // namespace hp::csv
