#pragma once
// Test helper: a table in BLS's national estimates layout (the May 2025 columns), built from the
// shipped rows of one vintage plus two occupations HealthPath does not map, so the import tests
// can write good and broken CSV files without the real BLS files.

#include "domain/wage.h"
#include "importers/xlsx_reader.h"
#include "io/csv.h"
#include "refdata/loader.h"

#include <QFile>
#include <QString>

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace oewsfixture {

using Grid = std::vector<std::vector<std::string>>; // grid[0] is the header, row 1 in a spreadsheet

inline std::vector<std::string> header()
{
    return {"AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE",
            "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL",
            "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
            "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"};
}

// The rows shipped in resources/data/wages_oews_national.csv for one vintage.
inline std::vector<hp::WageEstimate> shippedRows(int vintage)
{
    const auto files = hp::refdata::embeddedFileSet();
    std::vector<hp::refdata::Problem> problems;
    auto all = hp::refdata::parseWageCsv(files.at("wages_oews_national.csv"), "wages_oews_national.csv", problems);
    std::erase_if(all, [vintage](const hp::WageEstimate &w) { return w.vintage != vintage; });
    return all;
}

inline std::string num(double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest text that reads back the same
    return std::string(buf, r.ptr);
}

inline std::string figure(const std::optional<long> &v, const hp::WageEstimate &w, const char *id)
{
    if (w.isTopCoded(*hp::percentileFromId(id)))
        return "#";
    return v ? std::to_string(*v) : "*";
}

inline Grid nationalGrid(int vintage)
{
    Grid g{header()};
    auto add = [&g](const hp::WageEstimate &w, const std::string &group) {
        auto hourly = [](const std::optional<long> &a) { return a ? num(static_cast<double>(*a) / 2080.0) : "#"; };
        g.push_back({"99", "U.S.", "1", "US", "000000", "Cross-industry", "cross-industry", "1235", w.soc, w.title,
                     group, w.employment ? std::to_string(*w.employment) : "**", w.empRse ? num(*w.empRse) : "**", "", "",
                     "", "", w.meanHourly ? num(*w.meanHourly) : "*", w.meanAnnual ? std::to_string(*w.meanAnnual) : "*",
                     "0.5", hourly(w.p10), hourly(w.p25), hourly(w.median), hourly(w.p75), hourly(w.p90),
                     figure(w.p10, w, "p10"), figure(w.p25, w, "p25"), figure(w.median, w, "median"),
                     figure(w.p75, w, "p75"), figure(w.p90, w, "p90"), "", ""});
    };
    for (const auto &w : shippedRows(vintage)) {
        add(w, w.soc == "00-0000" ? "total" : "detailed");
        if (w.soc == "11-3031") { // two rows HealthPath skips: top-coded, and hourly-only
            g.push_back({"99", "U.S.", "1", "US", "000000", "Cross-industry", "cross-industry", "1235", "11-1011",
                         "Chief Executives", "detailed", "211230", "0.8", "", "", "", "", "#", "#", "0.9", "#", "#",
                         "#", "#", "#", "#", "#", "#", "#", "#", "", ""});
            g.push_back({"99", "U.S.", "1", "US", "000000", "Cross-industry", "cross-industry", "1235", "27-2011",
                         "Actors", "detailed", "51200", "5.1", "", "", "", "", "27.73", "*", "3.2", "12.5", "17.2",
                         "23.21", "35.8", "56.9", "*", "*", "*", "*", "*", "", "TRUE"});
        }
    }
    return g;
}

inline size_t column(const Grid &g, const std::string &name)
{
    return static_cast<size_t>(std::find(g[0].begin(), g[0].end(), name) - g[0].begin());
}

inline int rowOf(const Grid &g, const std::string &soc) // 1-based, as a spreadsheet numbers it
{
    const size_t occ = column(g, "OCC_CODE");
    for (size_t i = 1; i < g.size(); ++i)
        if (g[i][occ] == soc)
            return static_cast<int>(i) + 1;
    return 0;
}

inline std::string &cell(Grid &g, const std::string &soc, const std::string &name)
{
    return g[static_cast<size_t>(rowOf(g, soc) - 1)][column(g, name)];
}

// "AB574": the cell of column `name` in the row of `soc`.
inline QString cellRef(const Grid &g, const std::string &soc, const std::string &name)
{
    return QString::fromStdString(hp::xlsx::columnName(column(g, name))) + QString::number(rowOf(g, soc));
}

inline QByteArray csvText(const Grid &g)
{
    std::string out;
    for (const auto &row : g)
        out += hp::csv::formatRow(row) + "\r\n";
    return QByteArray::fromStdString(out);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace oewsfixture
