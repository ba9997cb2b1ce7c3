#pragma once
// The parts of an .xlsx workbook that xlsx_reader.cpp streams through expat, one handler each.
// Internal to the reader: element names arrive without their namespace ("row", not "…main|row").

#include "importers/xlsx_reader.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace hp::xlsx::parts {

constexpr size_t kMaxColumns = 16384; // XFD, Excel's last column
constexpr int kMaxRows = 1048576;

// "uri|local" (expat's namespaced names) → "local".
std::string_view localName(const char *name);

// Receives the events of one XML part. A handler that finds the content wrong sets `problem`
// (the rest of a sentence that starts "part <name> …") and parsing stops.
class PartHandler {
public:
    virtual ~PartHandler() = default;
    virtual void start(std::string_view name, const char **atts) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view) {}
    std::string problem;
};

// xl/sharedStrings.xml: the text of each <si>, rich-text runs joined, phonetic guides left out.
class SharedStrings : public PartHandler {
public:
    std::vector<std::string> strings;
    void start(std::string_view name, const char **atts) override;
    void end(std::string_view name) override;
    void text(std::string_view s) override;

private:
    std::string m_current;
    bool m_inItem = false, m_collect = false;
    int m_phonetic = 0;
};

// xl/workbook.xml: the name and relationship id of the first <sheet>.
class Workbook : public PartHandler {
public:
    std::string sheetName, relationId;
    bool found = false;
    void start(std::string_view name, const char **atts) override;
    void end(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: relationship id → part name inside the zip.
class Relationships : public PartHandler {
public:
    std::map<std::string, std::string> targets;
    std::string sharedStrings; // the shared strings part, if the workbook names one
    void start(std::string_view name, const char **atts) override;
    void end(std::string_view) override {}
};

// A worksheet: rows of cells placed by their references.
class Worksheet : public PartHandler {
public:
    Worksheet(const std::vector<std::string> &strings, std::vector<Row> &rows);
    void start(std::string_view name, const char **atts) override;
    void end(std::string_view name) override;
    void text(std::string_view s) override;

private:
    void startRow(const char **atts);
    void startCell(const char **atts);
    void finishCell();

    const std::vector<std::string> &m_strings;
    std::vector<Row> &m_rows;
    Row m_row;
    int m_lastRow = 0;
    size_t m_column = 0, m_nextColumn = 0;
    std::string m_type, m_value, m_inline;
    std::string *m_collect = nullptr;
    bool m_inData = false;
    int m_phonetic = 0;
};

} // namespace hp::xlsx::parts
