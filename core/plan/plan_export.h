#pragma once
// A plan as a file: plain text, Markdown, CSV, iCalendar, JSON (toJson in plan.h) or PDF (the
// layout of plan_pdf.h). Every file is written through io::writeFileAtomically.
//
// iCalendar (RFC 5545): one all-day VEVENT per task by default, on its due date, because all-day
// events import into more calendar programs (Google Calendar ignores VTODO); IcsComponent::Todo
// writes VTODOs with DUE instead, for task apps. A done task is STATUS:COMPLETED with its COMPLETED
// date as a VTODO, and "Done: " before its summary as a VEVENT (VEVENT has no completed status).
// UIDs are stable across exports: start date, persona, target and task id, @healthpath.github.io.

#include "io/atomic_file.h"
#include "plan/plan.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace hp::plan {

std::string toText(const Plan &plan);
std::string toMarkdown(const Plan &plan);
// One row per task after a header:
// id,phase,due,title,detail,reason,effort_hours,done,done_on,facts  (facts as "kind:id; kind:id")
std::string toCsv(const Plan &plan);

enum class IcsComponent { Event, Todo };
struct IcsOptions {
    IcsComponent component = IcsComponent::Event;
    // DTSTAMP, in UTC. Default: midnight UTC of the day the plan was made, so exports are repeatable.
    std::optional<std::chrono::sys_seconds> stamp;
};
std::string toIcs(const Plan &plan, const IcsOptions &options = {});

// Pieces of the iCalendar writer, public for tests.
std::string taskUid(const Plan &plan, const Task &task);
std::string escapeIcsText(std::string_view text);   // backslash, semicolon, comma, newline
std::string foldIcsLine(std::string_view line);     // ≤ 75 octets a line, never inside a UTF-8 sequence; ends in CRLF

enum class ExportFormat { Text, Markdown, Csv, Ics, Json, Pdf };
// "text", "md" (or "markdown"), "csv", "ics", "json", "pdf".
std::optional<ExportFormat> exportFormatFromName(std::string_view name);
std::string exportPlan(const Plan &plan, ExportFormat format, const IcsOptions &ics = {});
io::WriteResult writePlanFile(const Plan &plan, ExportFormat format, const std::string &path, const IcsOptions &ics = {});

// "10 hours a week · budget $1,000 · funding: GI Bill · holds: CPC"
std::string inputSummary(const Plan &plan);
// Shared by the exports: "Days 1–30 (Mon 4 Jan – Wed 3 Feb 2027)", "Beyond day 90".
std::string phaseHeading(const Plan &plan, int phase);

} // namespace hp::plan
