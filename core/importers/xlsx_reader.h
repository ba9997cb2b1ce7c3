#pragma once
// Reads the first worksheet of an Office Open XML workbook (.xlsx) into rows of text cells.
//
//   book.xlsx (zip, libzip)
//     xl/workbook.xml ───────────── first <sheet>: its name and r:id
//     xl/_rels/workbook.xml.rels ── r:id ──▶ xl/worksheets/sheetN.xml; where the shared strings are
//     xl/sharedStrings.xml ──────── the string table (t="s" cells index into it)
//     xl/worksheets/sheetN.xml ──── streamed through expat into rows
//
// Cells keep the column of their reference (r="C5"), so an empty or missing cell never shifts the
// ones after it. Values are kept as written: numbers as their text ("32.409999999999997"), shared
// and inline strings as text, booleans as "TRUE"/"FALSE", formulas as their cached value.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hp::xlsx {

struct Row {
    int number = 0;                 // 1-based row number, as the spreadsheet shows it
    std::vector<std::string> cells; // cells[0] is column A; cells not in the file are empty
};

struct Sheet {
    std::string name;      // the tab's name, e.g. "national_M2025_dl"
    std::vector<Row> rows; // in file order; rows without any text are left out
};

struct ReadResult {
    Sheet sheet;
    std::string error; // empty on success; otherwise one sentence naming the file and the part
    bool ok() const { return error.empty(); }
};

ReadResult readFirstSheet(const std::string &path);

// 0 → "A", 25 → "Z", 26 → "AA".
std::string columnName(size_t index);
// "AB12" → {27, 12}; nullopt unless the text is letters then digits within Excel's limits.
std::optional<std::pair<size_t, int>> parseCellRef(std::string_view ref);

} // namespace hp::xlsx
