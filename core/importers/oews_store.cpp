// The store step of the OEWS import: compare the parsed vintage with what the store holds, then
// write it through KnowledgeBase::storeImportedWages (one transaction), and report the change.

#include "importers/oews_import.h"

#include "io/text.h"
#include "refdata/knowledge_base.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sstream>

namespace hp {

namespace {

bool sameFigures(const WageEstimate &a, const WageEstimate &b)
{
    return a.title == b.title && a.employment == b.employment && a.empRse == b.empRse && a.meanHourly == b.meanHourly
           && a.meanAnnual == b.meanAnnual && a.p10 == b.p10 && a.p25 == b.p25 && a.median == b.median
           && a.p75 == b.p75 && a.p90 == b.p90 && a.topCoded == b.topCoded;
}

std::string medianText(const OewsChange &c)
{
    if (c.medianTopCoded)
        return "top-coded";
    return c.median ? text::money(static_cast<double>(*c.median)) : std::string("not published");
}

std::string changeText(const OewsChange &c)
{
    if (!c.median || !c.previousMedian)
        return "not comparable";
    const long delta = *c.median - *c.previousMedian;
    if (delta == 0)
        return "no change";
    char percent[32];
    std::snprintf(percent, sizeof percent, "%+.1f%%", 100.0 * static_cast<double>(delta) / static_cast<double>(*c.previousMedian));
    std::string out = delta > 0 ? "+" : "-";
    out += text::money(static_cast<double>(std::labs(delta)));
    out += " (";
    out += percent;
    out += ")";
    return out;
}

std::string padded(std::string s, size_t width)
{
    if (s.size() >= width)
        s = s.substr(0, width - 4) + "...";
    s.resize(width, ' ');
    return s;
}

} // namespace

std::string todayIso()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char out[16];
    std::strftime(out, sizeof out, "%Y-%m-%d", &local);
    return out;
}

Source oewsSource(int vintage, const std::string &fileName, const std::string &retrieved)
{
    const std::string year = std::to_string(vintage);
    Source s;
    s.id = "bls-oews-" + year;
    s.title = "Occupational Employment and Wage Statistics (OEWS), national estimates, May " + year;
    s.publisher = "U.S. Bureau of Labor Statistics";
    s.url = "https://www.bls.gov/oes/tables.htm";
    s.asOf = year + "-05";
    s.retrieved = retrieved;
    s.status = Status::Verified;
    s.note = "BLS file " + fileName + " (national, cross-industry, all ownerships; wage-and-salary workers only, "
             "self-employed excluded), imported into HealthPath on " + retrieved + ".";
    return s;
}

OewsImportReport storeOews(KnowledgeBase &kb, const OewsParseResult &parsed, const std::string &retrieved, bool dryRun)
{
    OewsImportReport report;
    report.fileName = parsed.fileName;
    report.vintage = parsed.vintage;
    if (!parsed.ok()) {
        report.error = parsed.error;
        return report;
    }
    const auto vintages = kb.vintages();
    report.replaced = std::find(vintages.begin(), vintages.end(), parsed.vintage) != vintages.end();
    int previous = 0;
    for (int v : vintages)
        if (v < parsed.vintage)
            previous = v;
    for (const auto &w : parsed.rows) {
        if (report.replaced) {
            const auto *stored = kb.wage(w.soc, parsed.vintage);
            if (!stored || !sameFigures(*stored, w))
                ++report.changedRows;
        }
        OewsChange c{w.soc, w.title, w.median, w.isTopCoded(Percentile::Median), previous, std::nullopt};
        if (const auto *before = previous ? kb.wage(w.soc, previous) : nullptr)
            c.previousMedian = before->median;
        report.changes.push_back(std::move(c));
    }
    if (dryRun)
        return report;
    try {
        kb.storeImportedWages(oewsSource(parsed.vintage, parsed.fileName, retrieved.empty() ? todayIso() : retrieved),
                              parsed.rows);
        report.stored = true;
    } catch (const std::exception &e) {
        std::string why = e.what();
        while (!why.empty() && (why.back() == '.' || why.back() == '\n'))
            why.pop_back();
        std::replace(why.begin(), why.end(), '\n', ' ');
        report.error = "Cannot store the wages from " + parsed.fileName + ", so nothing was changed: " + why + ".";
    }
    return report;
}

OewsImportReport importOews(KnowledgeBase &kb, const std::string &path, const OewsImportOptions &options)
{
    const auto parsed = parseOewsFile(path, kb.data().occupations, options.vintage);
    return storeOews(kb, parsed, options.retrieved, options.dryRun);
}

std::string OewsImportReport::text() const
{
    if (!ok())
        return error + "\n";
    const std::string may = "May " + std::to_string(vintage);
    std::ostringstream out;
    out << "BLS OEWS national estimates for " << may << " from " << fileName << ": " << changes.size()
        << " occupations; ";
    if (!replaced)
        out << "a new vintage.\n";
    else if (changedRows == 0)
        out << "replaces the rows already stored for " << may << " (no figures changed).\n";
    else
        out << "replaces the rows already stored for " << may << " (" << changedRows << " of " << changes.size()
            << " rows changed).\n";
    const int previous = changes.empty() ? 0 : changes.front().previousVintage;
    auto line = [&out](std::string s) {
        s.erase(s.find_last_not_of(' ') + 1);
        out << s << "\n";
    };
    out << "\n";
    line(padded("SOC", 9) + padded("OCCUPATION", 58) + padded("MEDIAN", 14)
         + (previous ? "CHANGE VS MAY " + std::to_string(previous) : std::string()));
    for (const auto &c : changes)
        line(padded(c.soc, 9) + padded(c.title, 58) + padded(medianText(c), 14) + (previous ? changeText(c) : ""));
    if (!previous)
        out << "\nNo earlier vintage is stored, so there is nothing to compare with.\n";
    out << "\n" << (stored ? "Stored." : "Dry run: nothing was stored.") << " Medians are annual, in dollars.\n";
    return out.str();
}

} // namespace hp
