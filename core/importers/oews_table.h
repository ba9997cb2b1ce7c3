#pragma once
// Internal to the OEWS import: reading the file into rows, BLS's number formats, and the year.
// Every problem is thrown as a Refusal, which parseOewsFile turns into the one sentence.

#include "importers/xlsx_reader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hp::oews {

inline constexpr const char *kWhereToGet = "use BLS's national_MYYYY_dl file from https://www.bls.gov/oes/tables.htm";

struct Refusal {
    std::string what;            // follows "Cannot import <file>: "
    bool vintageUnknown = false; // only the year is missing
    bool complete = false;       // `what` is already a whole sentence (from the xlsx reader)
};

// The first worksheet of an .xlsx, or the rows of a CSV saved from it, numbered as a spreadsheet
// shows them.
struct Table {
    std::vector<xlsx::Row> rows;
    std::string sheetName; // empty for CSV
    bool csv = false;
};

Table readTable(const std::string &path);

// A number as BLS or a spreadsheet writes it: "51140", "32.409999999999997", "155,495,730".
std::optional<double> number(const std::string &s);

// A cell's text for a sentence: quoted, control characters blanked, at most 40 characters.
std::string inQuotes(std::string_view s);

// The OEWS year: from the file name (national_M2025_dl), else the sheet name, else `given`.
int resolveVintage(const std::string &fileName, const std::string &sheetName, std::optional<int> given);

} // namespace hp::oews
