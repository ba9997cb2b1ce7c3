#include "plan/plan_export.h"

#include "io/csv.h"
#include "io/text.h"
#include "plan/plan_pdf.h"
#include "plan/strings.h"

#include <cctype>
#include <sstream>

namespace hp::plan {

namespace {

std::string hours(double h)
{
    std::ostringstream s;
    s << h;
    return s.str();
}

std::string effortText(double h)
{
    return h > 0 ? cat(hours(h), " h") : std::string();
}

std::string upper(std::string s)
{
    for (auto &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// "DAYS 1–30 (Mon 4 Jan 2027 – …)": the label in capitals, the dates as they are.
std::string upperLabel(const std::string &heading)
{
    const auto paren = heading.find(" (");
    return paren == std::string::npos ? upper(heading) : cat(upper(heading.substr(0, paren)), heading.substr(paren));
}

std::string factsText(const Task &t)
{
    std::string out;
    for (const auto &f : t.facts) {
        if (!out.empty())
            out += "; ";
        out.append(cat(f.kind, ":", f.id));
    }
    return out;
}

} // namespace

std::string inputSummary(const Plan &plan)
{
    const auto &in = plan.input;
    std::string funding, held;
    for (const auto &f : in.funding)
        for (const auto &info : fundingOptions())
            if (info.id == f && f != "none")
                funding.append(funding.empty() ? "" : ", ").append(info.name);
    for (const auto &c : in.credentialsHeld)
        held.append(held.empty() ? "" : ", ").append(upper(c));
    std::string out = cat(hours(in.hoursPerWeek), " hours a week · budget ", text::money(in.budgetUsd), " · funding: ",
                          funding.empty() ? std::string("none") : funding);
    if (!held.empty())
        out.append(" · holds: ").append(held);
    return out;
}

namespace {

std::string costLine(const Plan &plan)
{
    if (!plan.routeCostMinUsd)
        return {};
    const double lo = *plan.routeCostMinUsd, hi = plan.routeCostMaxUsd.value_or(lo);
    return cat("Route cost: ", lo == hi ? text::money(lo) : cat(text::money(lo), "–", text::money(hi)),
               plan.budgetCovers ? " (the budget covers its low end)" : " (more than the budget: see the notes)");
}

// Markdown: escape what would otherwise format.
std::string md(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '<' || c == '>' || c == '#' || c == '|')
            out += '\\';
        out += c;
    }
    return out;
}

const char *const kFooter = ". Fees and rules change: check each figure with its source before you pay.";

} // namespace

std::string phaseHeading(const Plan &plan, int phase)
{
    if (phase == 4)
        return "Beyond day 90: the road to the credential and the first job";
    const int first = (phase - 1) * 30, last = phase * 30 - 1;
    return cat("Days ", std::to_string(first + 1), "–", std::to_string(last + 1), " (", readableDate(addDays(plan.input.start, first)),
               " – ", readableDate(addDays(plan.input.start, last)), ")");
}

std::string toText(const Plan &plan)
{
    std::string out = cat(plan.title, "\n", inputSummary(plan), "\n", plan.routeSummary, "\n");
    if (const std::string cost = costLine(plan); !cost.empty())
        out.append(cost).append("\n");
    if (!plan.notes.empty()) {
        out.append("\nNotes:\n");
        for (const auto &n : plan.notes)
            out.append(cat("  - ", n, "\n"));
    }
    for (int phase = 1; phase <= 4; ++phase) {
        bool heading = false;
        for (const auto &t : plan.tasks) {
            if (t.phase != phase)
                continue;
            if (!heading)
                out.append(cat("\n", upperLabel(phaseHeading(plan, phase)), "\n"));
            heading = true;
            out.append(cat("  [", t.done ? "x" : " ", "] ", readableDate(t.due), "  ", t.title));
            if (t.effortHours > 0)
                out.append(cat(" (", effortText(t.effortHours), ")"));
            out.append(cat("\n      ", t.detail, "\n      Why: ", t.reason, "\n"));
        }
    }
    if (!plan.sources.empty()) {
        out.append("\nSources:\n");
        for (const auto &s : plan.sources)
            out.append(cat("  ", s.citation, s.url.empty() ? "" : " ", s.url, "\n"));
    }
    out.append(cat("\nMade with HealthPath on ", readableDate(plan.generatedOn), kFooter, "\n"));
    return out;
}

std::string toMarkdown(const Plan &plan)
{
    std::string out = cat("# ", md(plan.title), "\n\n", md(inputSummary(plan)), "\n\n", md(plan.routeSummary), "\n");
    if (const std::string cost = costLine(plan); !cost.empty())
        out.append(cat("\n", md(cost), "\n"));
    if (!plan.notes.empty()) {
        out.append("\n## Notes\n\n");
        for (const auto &n : plan.notes)
            out.append(cat("- ", md(n), "\n"));
    }
    for (int phase = 1; phase <= 4; ++phase) {
        bool heading = false;
        for (const auto &t : plan.tasks) {
            if (t.phase != phase)
                continue;
            if (!heading)
                out.append(cat("\n## ", md(phaseHeading(plan, phase)), "\n\n"));
            heading = true;
            out.append(cat("- [", t.done ? "x" : " ", "] **", readableDate(t.due), "** ", md(t.title)));
            if (t.effortHours > 0)
                out.append(cat(" (", effortText(t.effortHours), ")"));
            out.append(cat("  \n  ", md(t.detail), "  \n  *Why:* ", md(t.reason), "\n"));
        }
    }
    if (!plan.sources.empty()) {
        out.append("\n## Sources\n\n");
        for (const auto &s : plan.sources)
            out.append(cat("- ", md(s.citation), s.url.empty() ? "" : " <", s.url, s.url.empty() ? "" : ">", "\n"));
    }
    out.append(cat("\n*Made with HealthPath on ", readableDate(plan.generatedOn), kFooter, "*\n"));
    return out;
}

std::string toCsv(const Plan &plan)
{
    std::string out = "id,phase,due,title,detail,reason,effort_hours,done,done_on,facts\n";
    for (const auto &t : plan.tasks)
        out += csv::formatRow({t.id, std::to_string(t.phase), isoDate(t.due), t.title, t.detail, t.reason, hours(t.effortHours),
                               t.done ? "yes" : "no", t.doneOn ? isoDate(*t.doneOn) : std::string(), factsText(t)})
               + "\n";
    return out;
}

std::optional<ExportFormat> exportFormatFromName(std::string_view name)
{
    if (name == "text")
        return ExportFormat::Text;
    if (name == "md" || name == "markdown")
        return ExportFormat::Markdown;
    if (name == "csv")
        return ExportFormat::Csv;
    if (name == "ics")
        return ExportFormat::Ics;
    if (name == "json")
        return ExportFormat::Json;
    if (name == "pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

std::string exportPlan(const Plan &plan, ExportFormat format, const IcsOptions &ics)
{
    switch (format) {
    case ExportFormat::Text: return toText(plan);
    case ExportFormat::Markdown: return toMarkdown(plan);
    case ExportFormat::Csv: return toCsv(plan);
    case ExportFormat::Ics: return toIcs(plan, ics);
    case ExportFormat::Json: return toJson(plan);
    case ExportFormat::Pdf: return planToPdf(plan);
    }
    return {};
}

io::WriteResult writePlanFile(const Plan &plan, ExportFormat format, const std::string &path, const IcsOptions &ics)
{
    return io::writeFileAtomically(path, exportPlan(plan, format, ics));
}

} // namespace hp::plan
