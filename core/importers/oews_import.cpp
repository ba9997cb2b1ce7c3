// The parse step of the OEWS import: file → validated WageEstimate rows, or one sentence.
// Columns are found by BLS's header names, case-insensitively, since they move between years
// (May 2021 added PCT_RPT). Every refusal is thrown as a Refusal and caught in parseOewsFile.

#include "importers/oews_import.h"

#include "importers/oews_table.h"
#include "importers/xlsx_reader.h"
#include "io/text.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace hp {

namespace {

using oews::number;
using oews::inQuotes;
using oews::Refusal;
using oews::Table;
using oews::kWhereToGet;

enum Col { OccCode, OccTitle, AreaType, TotEmp, EmpPrse, HMean, AMean, APct10, APct25, AMedian, APct75, APct90,
           IGroup, OwnCode, OGroup, Hourly, Annual, kColumnCount };
constexpr int kRequiredCount = IGroup; // the columns before I_GROUP must be present
constexpr std::array<const char *, kColumnCount> kColumnNames = {
    "OCC_CODE", "OCC_TITLE", "AREA_TYPE", "TOT_EMP", "EMP_PRSE", "H_MEAN", "A_MEAN", "A_PCT10", "A_PCT25",
    "A_MEDIAN", "A_PCT75", "A_PCT90", "I_GROUP", "OWN_CODE", "O_GROUP", "HOURLY", "ANNUAL"};

std::string areaWords(const std::string &areaType)
{
    static const std::map<std::string, std::string> words = {
        {"2", "state estimates"}, {"3", "U.S. territory estimates"}, {"4", "metropolitan-area estimates"},
        {"6", "nonmetropolitan-area estimates"}};
    const auto it = words.find(areaType);
    return it != words.end() ? it->second : std::string("estimates for another kind of area");
}

class OewsSheet {
public:
    OewsSheet(const Table &table, const std::vector<Occupation> &known)
        : m_table(table)
        , m_known(known)
    {
        findHeader();
    }

    std::vector<WageEstimate> estimates()
    {
        collectRows();
        std::vector<WageEstimate> out;
        for (const auto &occupation : m_known)
            out.push_back(estimate(*m_bySoc.at(occupation.soc), occupation.soc));
        return out;
    }

private:
    std::string cell(const xlsx::Row &row, Col col) const
    {
        const size_t i = m_index[col];
        return i < row.cells.size() ? text::trim(row.cells[i]) : std::string();
    }
    bool has(Col col) const { return m_index[col] != SIZE_MAX; }
    std::string ref(const xlsx::Row &row, Col col) const
    {
        return "cell " + xlsx::columnName(m_index[col]) + std::to_string(row.number);
    }

    void findHeader()
    {
        const auto &rows = m_table.rows;
        if (rows.empty())
            throw Refusal{"it holds no rows"};
        for (size_t r = 0; r < rows.size() && r < 10 && !m_header; ++r)
            for (const auto &c : rows[r].cells)
                if (text::lower(text::trim(c)) == "occ_code")
                    m_header = &rows[r];
        if (!m_header)
            throw Refusal{"row " + std::to_string(rows.front().number) + " does not hold BLS's column names (there is "
                          "no OCC_CODE column), so it is not a BLS OEWS estimates file; " + kWhereToGet};
        m_index.fill(SIZE_MAX);
        const std::string headerRow = std::to_string(m_header->number);
        for (size_t i = 0; i < m_header->cells.size(); ++i) {
            const std::string name = text::lower(text::trim(m_header->cells[i]));
            for (int col = 0; col < kColumnCount; ++col) {
                if (name != text::lower(kColumnNames[col]))
                    continue;
                if (m_index[col] != SIZE_MAX)
                    throw Refusal{"the header in row " + headerRow + " has two " + kColumnNames[col] + " columns ("
                                  + xlsx::columnName(m_index[col]) + " and " + xlsx::columnName(i) + ")"};
                m_index[col] = i;
            }
        }
        std::vector<std::string> missing;
        for (int col = 0; col < kRequiredCount; ++col)
            if (m_index[col] == SIZE_MAX)
                missing.push_back(kColumnNames[col]);
        if (!missing.empty()) {
            std::string list = missing.front();
            for (size_t i = 1; i < missing.size(); ++i)
                list += (i + 1 == missing.size() ? " or " : ", ") + missing[i];
            throw Refusal{"the header in row " + headerRow + " has no " + list
                          + (missing.size() == 1 ? " column" : " columns") + ", which BLS OEWS national files have"};
        }
    }

    void collectRows()
    {
        const xlsx::Row *otherArea = nullptr, *otherIndustry = nullptr, *otherOwner = nullptr;
        std::set<std::string> isKnown;
        for (const auto &o : m_known)
            isKnown.insert(o.soc);
        for (const auto *row = m_header + 1; row != m_table.rows.data() + m_table.rows.size(); ++row) {
            if (m_table.csv && row->cells.size() != m_header->cells.size())
                throw Refusal{"row " + std::to_string(row->number) + " has " + std::to_string(row->cells.size())
                              + " cells but the header in row " + std::to_string(m_header->number) + " has "
                              + std::to_string(m_header->cells.size()) + ", so the file is cut short or damaged"};
            if (number(cell(*row, AreaType)) != 1.0) {
                otherArea = otherArea ? otherArea : row;
                continue;
            }
            if (has(IGroup) && text::lower(cell(*row, IGroup)) != "cross-industry") {
                otherIndustry = otherIndustry ? otherIndustry : row;
                continue;
            }
            if (has(OwnCode) && number(cell(*row, OwnCode)) != 1235.0) {
                otherOwner = otherOwner ? otherOwner : row;
                continue;
            }
            m_national.push_back(row);
            const std::string soc = cell(*row, OccCode);
            if (isKnown.count(soc))
                keep(soc, *row);
        }
        if (m_national.empty()) {
            if (otherArea)
                throw Refusal{"it holds " + areaWords(cell(*otherArea, AreaType)) + " (AREA_TYPE "
                              + inQuotes(cell(*otherArea, AreaType)) + " in " + ref(*otherArea, AreaType)
                              + "), not BLS's national estimates; " + kWhereToGet};
            if (otherIndustry)
                throw Refusal{"it holds industry-specific estimates (I_GROUP " + inQuotes(cell(*otherIndustry, IGroup)) + " in "
                              + ref(*otherIndustry, IGroup) + "), not the cross-industry national estimates; " + kWhereToGet};
            if (otherOwner)
                throw Refusal{"it holds estimates for one kind of employer (OWN_CODE " + inQuotes(cell(*otherOwner, OwnCode))
                              + " in " + ref(*otherOwner, OwnCode) + "), not for all ownerships (1235); " + kWhereToGet};
            throw Refusal{"it has BLS's column names in row " + std::to_string(m_header->number) + " but no data rows"};
        }
        refuseMissing();
    }

    // BLS lists an occupation aggregated to a broad code twice ("broad" and "detailed"): keep one.
    void keep(const std::string &soc, const xlsx::Row &row)
    {
        auto [it, inserted] = m_bySoc.emplace(soc, &row);
        if (inserted || it->second->cells == row.cells)
            return;
        const bool oldDetailed = has(OGroup) && text::lower(cell(*it->second, OGroup)) == "detailed";
        const bool newDetailed = has(OGroup) && text::lower(cell(row, OGroup)) == "detailed";
        if (newDetailed != oldDetailed) {
            if (newDetailed)
                it->second = &row;
            return;
        }
        throw Refusal{"it has two different rows for " + soc + " (rows " + std::to_string(it->second->number) + " and "
                      + std::to_string(row.number) + ")"};
    }

    void refuseMissing() const
    {
        std::vector<const Occupation *> missing;
        for (const auto &o : m_known)
            if (!m_bySoc.count(o.soc))
                missing.push_back(&o);
        if (missing.empty())
            return;
        const Occupation &first = *missing.front();
        std::string what = "it has no row for " + first.soc + " (" + first.title + ")";
        const xlsx::Row *combined = nullptr;
        for (const auto *row : m_national)
            if (!combined && !first.title.empty()
                && text::lower(cell(*row, OccTitle)).find(text::lower(first.title)) != std::string::npos)
                combined = row;
        if (combined)
            what += " because BLS counted that occupation inside the combined code " + cell(*combined, OccCode) + " (row "
                    + std::to_string(combined->number) + ") that year, whose wages also cover other jobs";
        else
            what += ", one of the occupations HealthPath maps its roles to";
        for (size_t i = 1; i < missing.size(); ++i)
            what += (i == 1 ? "; " : i + 1 == missing.size() ? " and " : ", ") + missing[i]->soc;
        if (missing.size() > 1)
            what += missing.size() == 2 ? " is missing too" : " are missing too";
        throw Refusal{what};
    }

    enum class Kind { Count, Percent, Hourly, Annual };
    struct Value {
        std::optional<double> number;
        bool topCoded = false;
    };

    Value value(const xlsx::Row &row, Col col, Kind kind, bool mayBeEmpty, const std::string &soc) const
    {
        const std::string s = cell(row, col);
        static const char *const expected[] = {"an employment count", "a percentage", "an hourly wage in dollars",
                                               "an annual wage in whole dollars"};
        const std::string where = ref(row, col) + " (" + kColumnNames[col] + " of " + soc + ")";
        const std::string want = expected[static_cast<int>(kind)];
        if (s == "*" || s == "**" || (s.empty() && mayBeEmpty))
            return {};
        if (s == "#" && (kind == Kind::Hourly || kind == Kind::Annual))
            return {std::nullopt, true};
        if (s.empty())
            throw Refusal{where + " is empty, but " + want + " (or BLS's * or ** for a figure not published) was expected"};
        const auto n = number(s);
        if (!n || *n < 0 || ((kind == Kind::Count || kind == Kind::Annual) && *n != std::floor(*n)))
            throw Refusal{where + " holds " + inQuotes(s) + ", but " + want + " was expected"};
        return {n, false};
    }

    WageEstimate estimate(const xlsx::Row &row, const std::string &soc) const
    {
        WageEstimate w;
        w.soc = soc;
        w.title = cell(row, OccTitle);
        if (w.title.empty())
            throw Refusal{ref(row, OccTitle) + " (OCC_TITLE of " + soc + ") is empty, but the occupation's title was expected"};
        const bool hourlyOnly = has(Hourly) && text::lower(cell(row, Hourly)) == "true";
        const bool annualOnly = has(Annual) && text::lower(cell(row, Annual)) == "true";
        auto whole = [](const Value &v) { return v.number ? std::optional<long>(std::lround(*v.number)) : std::nullopt; };
        std::vector<std::string> topCoded;
        w.employment = whole(value(row, TotEmp, Kind::Count, false, soc));
        w.empRse = value(row, EmpPrse, Kind::Percent, false, soc).number;
        const Value hourly = value(row, HMean, Kind::Hourly, annualOnly, soc);
        w.meanHourly = hourly.number;
        if (hourly.topCoded)
            topCoded.push_back("mean_hourly");
        // Where BLS publishes only hourly wages (HOURLY=TRUE) the annual columns are blank.
        const Value mean = value(row, AMean, Kind::Annual, hourlyOnly, soc);
        w.meanAnnual = whole(mean);
        if (mean.topCoded)
            topCoded.push_back("mean_annual");
        struct Percentile {
            Col col;
            std::optional<long> WageEstimate::*member;
            const char *id;
        };
        static constexpr std::array<Percentile, 5> percentiles = {{{APct10, &WageEstimate::p10, "p10"},
                                                                   {APct25, &WageEstimate::p25, "p25"},
                                                                   {AMedian, &WageEstimate::median, "median"},
                                                                   {APct75, &WageEstimate::p75, "p75"},
                                                                   {APct90, &WageEstimate::p90, "p90"}}};
        auto outOfOrder = [&](Col low, const std::string &lowIs, Col high, long highDollars) {
            return Refusal{"the wage percentiles of " + soc + " in row " + std::to_string(row.number) + " are out of order: "
                           + kColumnNames[low] + " (" + ref(row, low) + ") is " + lowIs + " but " + kColumnNames[high]
                           + " (" + ref(row, high) + ") is " + text::money(static_cast<double>(highDollars))};
        };
        std::optional<Col> lowerCol, topCol;
        long lowerValue = 0;
        for (const auto &p : percentiles) {
            const Value v = value(row, p.col, Kind::Annual, hourlyOnly, soc);
            if (v.topCoded) {
                topCoded.push_back(p.id);
                topCol = p.col;
                continue;
            }
            if (!v.number)
                continue;
            const long dollars = *whole(v);
            if (topCol)
                throw outOfOrder(*topCol, "marked # (at or above BLS's top code)", p.col, dollars);
            if (lowerCol && dollars < lowerValue)
                throw outOfOrder(*lowerCol, text::money(static_cast<double>(lowerValue)), p.col, dollars);
            w.*p.member = dollars;
            lowerCol = p.col;
            lowerValue = dollars;
        }
        for (const auto &c : topCoded)
            w.topCoded += (w.topCoded.empty() ? "" : ";") + c;
        return w;
    }

    const Table &m_table;
    const std::vector<Occupation> &m_known;
    const xlsx::Row *m_header = nullptr;
    std::array<size_t, kColumnCount> m_index{};
    std::vector<const xlsx::Row *> m_national;
    std::map<std::string, const xlsx::Row *> m_bySoc;
};

} // namespace

OewsParseResult parseOewsFile(const std::string &path, const std::vector<Occupation> &known, std::optional<int> vintage)
{
    OewsParseResult result;
    result.fileName = fs::path(path).filename().string();
    try {
        const Table table = oews::readTable(path);
        OewsSheet sheet(table, known);
        auto rows = sheet.estimates();
        result.vintage = oews::resolveVintage(result.fileName, table.sheetName, vintage);
        for (auto &w : rows) {
            w.vintage = result.vintage;
            w.sourceId = "bls-oews-" + std::to_string(result.vintage);
        }
        result.rows = std::move(rows);
    } catch (const Refusal &r) {
        result.error = r.complete ? r.what : "Cannot import " + result.fileName + ": " + r.what + ".";
        result.vintageUnknown = r.vintageUnknown;
        result.vintage = 0;
    }
    return result;
}

} // namespace hp
