// iCalendar (RFC 5545) export of a plan. See plan_export.h for the choices made.

#include "plan/plan_export.h"

#include <sstream>

namespace hp::plan {

namespace {

constexpr size_t kMaxOctets = 75;

std::string compactDate(Date d)
{
    std::string iso = isoDate(d);
    std::string out;
    for (char c : iso)
        if (c != '-')
            out += c;
    return out;
}

std::string utcStamp(std::chrono::sys_seconds t)
{
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::hh_mm_ss<std::chrono::seconds> time{t - day};
    auto two = [](long v) {
        std::string s = std::to_string(v);
        if (s.size() < 2)
            s.insert(s.begin(), '0');
        return s;
    };
    std::string out = compactDate(Date{day});
    out += 'T';
    out += two(time.hours().count());
    out += two(time.minutes().count());
    out += two(time.seconds().count());
    out += 'Z';
    return out;
}

std::string uidPart(std::string_view s)
{
    std::string out;
    for (char c : s) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
        out += safe ? c : '-';
    }
    return out;
}

void property(std::string &out, std::string_view name, std::string_view value)
{
    std::string line(name);
    line += ':';
    line.append(value);
    out += foldIcsLine(line);
}

// "Days 1–30", …, "Beyond day 90".
std::string category(int phase)
{
    if (phase == 4)
        return "Beyond day 90";
    std::string out = "Days ";
    out.append(std::to_string((phase - 1) * 30 + 1)).append("–").append(std::to_string(phase * 30));
    return out;
}

std::string hoursText(double h)
{
    std::ostringstream s;
    s << h;
    return s.str();
}

} // namespace

std::string escapeIcsText(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',')
            out += '\\', out += c;
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue; // the \n that follows becomes the escape
        else if (c == '\n' || c == '\r')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string foldIcsLine(std::string_view line)
{
    std::string out;
    size_t pos = 0;
    size_t room = kMaxOctets;
    while (line.size() - pos > room) {
        size_t cut = pos + room;
        // Never split a UTF-8 sequence: back off over continuation bytes (10xxxxxx).
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(line.substr(pos, cut - pos));
        out += "\r\n ";
        pos = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    out.append(line.substr(pos));
    out += "\r\n";
    return out;
}

std::string taskUid(const Plan &plan, const Task &task)
{
    std::string uid = compactDate(plan.input.start);
    uid += '-';
    uid += uidPart(plan.input.persona);
    uid += '-';
    uid += uidPart(plan.input.targetRole);
    uid += '-';
    uid += uidPart(task.id);
    uid += "@healthpath.github.io";
    return uid;
}

std::string toIcs(const Plan &plan, const IcsOptions &options)
{
    const auto stamp = options.stamp.value_or(std::chrono::sys_seconds{std::chrono::sys_days{plan.generatedOn}});
    const std::string dtstamp = utcStamp(stamp);
    const bool todo = options.component == IcsComponent::Todo;
    std::string out;
    property(out, "BEGIN", "VCALENDAR");
    property(out, "VERSION", "2.0");
    property(out, "PRODID", "-//HealthPath//HealthPath plan//EN");
    property(out, "CALSCALE", "GREGORIAN");
    property(out, "METHOD", "PUBLISH");
    property(out, "X-WR-CALNAME", escapeIcsText("HealthPath: " + plan.title));
    for (const auto &t : plan.tasks) {
        property(out, "BEGIN", todo ? "VTODO" : "VEVENT");
        property(out, "UID", taskUid(plan, t));
        property(out, "DTSTAMP", dtstamp);
        if (todo) {
            property(out, "DUE;VALUE=DATE", compactDate(t.due));
        } else {
            property(out, "DTSTART;VALUE=DATE", compactDate(t.due));
            property(out, "DTEND;VALUE=DATE", compactDate(addDays(t.due, 1)));
            property(out, "TRANSP", "TRANSPARENT");
        }
        std::string summary = t.title;
        if (t.done && !todo)
            summary.insert(0, "Done: ");
        property(out, "SUMMARY", escapeIcsText(summary));
        std::string description = t.detail;
        description.append("\n\nWhy: ").append(t.reason);
        if (t.effortHours > 0)
            description.append("\nEffort: about ").append(hoursText(t.effortHours)).append(" h");
        property(out, "DESCRIPTION", escapeIcsText(description));
        property(out, "CATEGORIES", escapeIcsText(category(t.phase)));
        if (todo) {
            property(out, "STATUS", t.done ? "COMPLETED" : "NEEDS-ACTION");
            if (t.done) {
                property(out, "PERCENT-COMPLETE", "100");
                const Date on = t.doneOn.value_or(t.due);
                property(out, "COMPLETED", utcStamp(std::chrono::sys_seconds{std::chrono::sys_days{on}}));
            }
        }
        property(out, "END", todo ? "VTODO" : "VEVENT");
    }
    property(out, "END", "VCALENDAR");
    return out;
}

} // namespace hp::plan
