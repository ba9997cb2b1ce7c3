// Plan exports: iCalendar checked against RFC 5545's structure by hand (CRLF, 75-octet folding that
// never splits a UTF-8 sequence, TEXT escaping, balanced components, unique stable UIDs, DTSTAMP
// in UTC), CSV quoting, Markdown, text, and the PDF's page count for every persona.

#include "io/csv.h"
#include "lattice/lattice.h"
#include "plan/plan_export.h"
#include "plan/plan_pdf.h"
#include "refdata/knowledge_base.h"
#include "report/pdf_canvas.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace hp::plan;

namespace {

const Date kStart = *parseIsoDate("2027-12-20");

std::vector<std::string> physicalLines(const std::string &ics)
{
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < ics.size()) {
        const auto end = ics.find("\r\n", pos);
        if (end == std::string::npos) {
            out.push_back(ics.substr(pos));
            break;
        }
        out.push_back(ics.substr(pos, end - pos));
        pos = end + 2;
    }
    return out;
}

// Content lines after unfolding (RFC 5545 3.1).
std::vector<std::string> contentLines(const std::string &ics)
{
    std::vector<std::string> out;
    for (const auto &l : physicalLines(ics)) {
        if (!l.empty() && l[0] == ' ' && !out.empty())
            out.back() += l.substr(1);
        else
            out.push_back(l);
    }
    return out;
}

bool validUtf8(const std::string &s)
{
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        i += n;
    }
    return true;
}

// Unescapes a TEXT value.
std::string unescape(const std::string &v)
{
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            ++i;
            out += (v[i] == 'n' || v[i] == 'N') ? '\n' : v[i];
        } else {
            out += v[i];
        }
    }
    return out;
}

// Every structural rule the hand-written check covers; returns the first broken one.
QString icsProblem(const std::string &ics)
{
    for (size_t i = 0; i < ics.size(); ++i)
        if (ics[i] == '\n' && (i == 0 || ics[i - 1] != '\r'))
            return QStringLiteral("a bare LF at byte %1").arg(i);
    if (ics.size() < 2 || ics.compare(ics.size() - 2, 2, "\r\n") != 0)
        return QStringLiteral("the file does not end in CRLF");
    for (const auto &l : physicalLines(ics)) {
        if (l.size() > 75)
            return QStringLiteral("a line of %1 octets: %2").arg(l.size()).arg(QString::fromStdString(l));
        if (!validUtf8(l))
            return QStringLiteral("a line that is not whole UTF-8: %1").arg(QString::fromStdString(l));
        if (l.find('\r') != std::string::npos)
            return QStringLiteral("a bare CR");
    }
    std::vector<std::string> stack;
    for (const auto &l : contentLines(ics)) {
        const auto colon = l.find(':');
        if (colon == std::string::npos || colon == 0)
            return QStringLiteral("not a content line: %1").arg(QString::fromStdString(l));
        const std::string name = l.substr(0, colon), value = l.substr(colon + 1);
        if (name == "BEGIN")
            stack.push_back(value);
        else if (name == "END") {
            if (stack.empty() || stack.back() != value)
                return QStringLiteral("END:%1 does not close what is open").arg(QString::fromStdString(value));
            stack.pop_back();
        }
    }
    if (!stack.empty())
        return QStringLiteral("%1 is never closed").arg(QString::fromStdString(stack.back()));
    return {};
}

std::vector<std::string> values(const std::string &ics, const std::string &name)
{
    std::vector<std::string> out;
    for (const auto &l : contentLines(ics))
        if (l.rfind(name + ":", 0) == 0)
            out.push_back(l.substr(name.size() + 1));
    return out;
}

std::string compact(Date d)
{
    std::string s = isoDate(d);
    s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
    return s;
}

int pageObjects(const std::string &pdf)
{
    int n = 0;
    for (size_t at = pdf.find("/Type /Page /"); at != std::string::npos; at = pdf.find("/Type /Page /", at + 1))
        ++n;
    return n;
}

// Counts the text a layout draws, to check one page at a time adds up to the whole.
class CountingCanvas : public hp::report::PdfCanvas {
public:
    CountingCanvas() : PdfCanvas("count") {}
    void text(double x, double y, std::string_view s, double size, bool bold, hp::report::Color c) override
    {
        ++texts;
        PdfCanvas::text(x, y, s, size, bold, c);
    }
    int texts = 0;
};

} // namespace

class TestPlanExport : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<hp::KnowledgeBase> m_kb;
    std::unique_ptr<hp::lattice::Lattice> m_lattice;

    Plan make(const std::string &persona, const std::string &target = "outpatient-coder", double hours = 10) const
    {
        PlanInput in;
        in.persona = persona;
        in.targetRole = target;
        in.start = kStart;
        in.hoursPerWeek = hours;
        in.budgetUsd = 2500;
        if (persona == "veteran")
            in.funding = {"gi-bill", "va-test-fee"};
        const auto r = makePlan(in, *m_kb, *m_lattice, fixedClock(*parseIsoDate("2027-12-01")));
        Q_ASSERT(r.error.empty());
        return r.plan;
    }

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = hp::KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        m_lattice = std::make_unique<hp::lattice::Lattice>(hp::lattice::Lattice::build(m_kb->data()));
    }

    void escaping()
    {
        QCOMPARE(escapeIcsText("a,b;c\\d\nnew line"), std::string("a\\,b\\;c\\\\d\\nnew line"));
        QCOMPARE(escapeIcsText("crlf\r\nend"), std::string("crlf\\nend"));
        QCOMPARE(escapeIcsText("colon: stays"), std::string("colon: stays"));
    }

    void folding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << "SUMMARY:Join AAPC";
        QTest::newRow("exactly 75") << QString(75, QLatin1Char('x'));
        QTest::newRow("76") << QString(76, QLatin1Char('x'));
        QTest::newRow("long ASCII") << QString(400, QLatin1Char('a'));
        QTest::newRow("two-byte letters") << QStringLiteral("DESCRIPTION:") + QString(120, QChar(0x00E9));
        QTest::newRow("three-byte dashes") << QStringLiteral("DESCRIPTION:x") + QString(90, QChar(0x2013));
        QTest::newRow("four-byte emoji") << QStringLiteral("DESCRIPTION:") + QString::fromUtf8("\xF0\x9F\x93\x85").repeated(60);
        QTest::newRow("mixed") << QStringLiteral("SUMMARY:Résumé – ") + QString::fromUtf8("\xE2\x86\x92\xF0\x9F\x93\x85 ok ").repeated(30);
    }
    void folding()
    {
        QFETCH(QString, text);
        const std::string line = text.toStdString();
        const std::string folded = foldIcsLine(line);
        QVERIFY(folded.size() >= 2 && folded.compare(folded.size() - 2, 2, "\r\n") == 0);
        const auto lines = physicalLines(folded);
        for (size_t i = 0; i < lines.size(); ++i) {
            QVERIFY2(lines[i].size() <= 75, qPrintable(QString::number(lines[i].size())));
            QVERIFY2(validUtf8(i ? lines[i].substr(1) : lines[i]), "a fold split a UTF-8 sequence");
            if (i)
                QCOMPARE(lines[i][0], ' ');
        }
        QCOMPARE(contentLines(folded).front(), line);
        // Folds use the room they have: every line but the last is at least 72 octets.
        for (size_t i = 0; i + 1 < lines.size(); ++i)
            QVERIFY(lines[i].size() >= 72);
    }

    void icsForEveryPersona_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<bool>("todo");
        for (const auto &p : personas()) {
            QTest::newRow((p.id + " events").c_str()) << QString::fromStdString(p.id) << false;
            QTest::newRow((p.id + " to-dos").c_str()) << QString::fromStdString(p.id) << true;
        }
    }
    void icsForEveryPersona()
    {
        QFETCH(QString, persona);
        QFETCH(bool, todo);
        Plan plan = make(persona.toStdString());
        plan.tasks[0].done = true;
        plan.tasks[0].doneOn = *parseIsoDate("2027-12-21");
        plan.tasks[1].title = "Quote \"this\", then; a back\\slash\nand a new line";
        IcsOptions options;
        options.component = todo ? IcsComponent::Todo : IcsComponent::Event;
        options.stamp = std::chrono::sys_days{std::chrono::year{2027} / 12 / 20} + std::chrono::hours{13} + std::chrono::minutes{5} + std::chrono::seconds{9};
        const std::string ics = toIcs(plan, options);
        const QString problem = icsProblem(ics);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 0) == 0);
        const std::string component = todo ? "VTODO" : "VEVENT";
        const auto begins = values(ics, "BEGIN");
        QCOMPARE(begins.size(), plan.tasks.size() + 1);
        QCOMPARE(std::count(begins.begin(), begins.end(), component), long(plan.tasks.size()));
        const auto uids = values(ics, "UID");
        QCOMPARE(uids.size(), plan.tasks.size());
        QCOMPARE(std::set<std::string>(uids.begin(), uids.end()).size(), uids.size());
        for (const auto &u : uids)
            QVERIFY(u.find('@') != std::string::npos);
        for (const auto &s : values(ics, "DTSTAMP"))
            QCOMPARE(s, std::string("20271220T130509Z"));
        const auto summaries = values(ics, "SUMMARY");
        QCOMPARE(unescape(summaries[1]), plan.tasks[1].title);
        if (todo) {
            const auto due = values(ics, "DUE;VALUE=DATE");
            QCOMPARE(due.size(), plan.tasks.size());
            for (size_t i = 0; i < due.size(); ++i)
                QCOMPARE(due[i], compact(plan.tasks[i].due));
            QCOMPARE(values(ics, "STATUS").front(), std::string("COMPLETED"));
            QCOMPARE(values(ics, "COMPLETED").front(), std::string("20271221T000000Z"));
            QCOMPARE(values(ics, "STATUS")[1], std::string("NEEDS-ACTION"));
        } else {
            const auto start = values(ics, "DTSTART;VALUE=DATE"), end = values(ics, "DTEND;VALUE=DATE");
            QCOMPARE(start.size(), plan.tasks.size());
            for (size_t i = 0; i < start.size(); ++i) {
                QCOMPARE(start[i], compact(plan.tasks[i].due));
                QCOMPARE(end[i], compact(addDays(plan.tasks[i].due, 1))); // all day, across the year end too
            }
            QVERIFY(summaries[0].rfind("Done: ", 0) == 0);
            QVERIFY(values(ics, "STATUS").empty());
        }
    }

    void uidsAreStable()
    {
        const Plan a = make("veteran"), b = make("veteran");
        IcsOptions later;
        later.stamp = std::chrono::sys_days{std::chrono::year{2028} / 3 / 1};
        QCOMPARE(values(toIcs(a), "UID"), values(toIcs(b, later), "UID"));
        QCOMPARE(values(toIcs(a), "DTSTAMP").front(), std::string("20271201T000000Z")); // default: the day it was made
        QCOMPARE(taskUid(a, a.tasks.front()), std::string("20271220-veteran-outpatient-coder-") + a.tasks.front().id + "@healthpath.github.io");
        const Plan other = make("career-changer");
        QVERIFY(taskUid(a, a.tasks.front()) != taskUid(other, other.tasks.front()));
    }

    // A real iCalendar parser, when one is installed (Debian: python3-icalendar).
    void pythonValidatorWhenAvailable()
    {
        QString python;
        for (const QString &candidate : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")})
            if (QProcess::execute(candidate, {QStringLiteral("-c"), QStringLiteral("import icalendar")}) == 0) {
                python = candidate;
                break;
            }
        if (python.isEmpty())
            QSKIP("python3 with the icalendar module is not installed; the structural checks above stand in for it");
        QTemporaryDir dir;
        const Plan plan = make("veteran");
        const QString events = dir.filePath(QStringLiteral("events.ics")), todos = dir.filePath(QStringLiteral("todos.ics"));
        IcsOptions todo;
        todo.component = IcsComponent::Todo;
        QVERIFY(writePlanFile(plan, ExportFormat::Ics, events.toStdString()).ok);
        QVERIFY(writePlanFile(plan, ExportFormat::Ics, todos.toStdString(), todo).ok);
        const QString script = QStringLiteral(
            "import sys, icalendar\n"
            "n = int(sys.argv[3])\n"
            "e = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
            "t = icalendar.Calendar.from_ical(open(sys.argv[2], 'rb').read())\n"
            "assert len(e.walk('VEVENT')) == n and len(t.walk('VTODO')) == n\n"
            "assert all(not c.errors for c in e.walk() + t.walk())\n"
            "assert all(str(c.decoded('dtstart')) < str(c.decoded('dtend')) for c in e.walk('VEVENT'))\n");
        QProcess p;
        p.start(python, {QStringLiteral("-c"), script, events, todos, QString::number(plan.tasks.size())});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void csv()
    {
        Plan plan = make("remote-seeker", "risk-adjustment-coder");
        plan.tasks[0].title = "A \"quoted\", comma-laden title";
        plan.tasks[0].detail = "Two\nlines";
        plan.tasks[0].done = true;
        plan.tasks[0].doneOn = kStart;
        const auto parsed = hp::csv::parse(toCsv(plan));
        QVERIFY2(parsed.ok(), parsed.error.c_str());
        QCOMPARE(parsed.rows.size(), plan.tasks.size() + 1);
        QCOMPARE(parsed.rows[0], (hp::csv::Row{"id", "phase", "due", "title", "detail", "reason", "effort_hours", "done", "done_on", "facts"}));
        QCOMPARE(parsed.rows[1][3], plan.tasks[0].title);
        QCOMPARE(parsed.rows[1][4], std::string("Two\nlines"));
        QCOMPARE(parsed.rows[1][7], std::string("yes"));
        QCOMPARE(parsed.rows[1][8], std::string("2027-12-20"));
        for (size_t i = 1; i < parsed.rows.size(); ++i) {
            QCOMPARE(parsed.rows[i].size(), size_t(10));
            QCOMPARE(parsed.rows[i][2], isoDate(plan.tasks[i - 1].due));
        }
    }

    void markdownAndText()
    {
        Plan plan = make("parent-returning", "outpatient-coder", 8);
        plan.tasks[0].done = true;
        plan.tasks[2].title = "Use *stars* and _underscores_";
        const std::string md = toMarkdown(plan);
        QVERIFY(md.rfind("# Parent returning to work → Outpatient coder", 0) == 0);
        QVERIFY(md.find("\n## Days 1–30 (Mon 20 Dec 2027 – Tue 18 Jan 2028)\n") != std::string::npos);
        QVERIFY(md.find("\n## Beyond day 90") != std::string::npos);
        QVERIFY(md.find("- [x] **") != std::string::npos);
        QVERIFY(md.find("- [ ] **") != std::string::npos);
        QVERIFY(md.find("Use \\*stars\\* and \\_underscores\\_") != std::string::npos);
        QVERIFY(md.find("## Sources") != std::string::npos);
        const std::string text = toText(plan);
        QVERIFY(text.find("DAYS 31–60") != std::string::npos);
        QVERIFY(text.find("Why: ") != std::string::npos);
        QVERIFY(text.find("8 hours a week") != std::string::npos);
        QVERIFY(exportFormatFromName("md") == ExportFormat::Markdown);
        QVERIFY(!exportFormatFromName("docx"));
    }

    void pdfForEveryPersona_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<double>("hours");
        for (const auto &p : personas())
            QTest::newRow(p.id.c_str()) << QString::fromStdString(p.id) << p.defaultHoursPerWeek;
        QTest::newRow("a long study at 4 hours a week") << QStringLiteral("parent-returning") << 4.0;
    }
    void pdfForEveryPersona()
    {
        QFETCH(QString, persona);
        QFETCH(double, hours);
        const Plan plan = make(persona.toStdString(), "outpatient-coder", hours);
        const std::string pdf = planToPdf(plan);
        QVERIFY(pdf.rfind("%PDF-", 0) == 0);
        const int pages = pageObjects(pdf);
        QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QStringLiteral("%1 pages").arg(pages)));
        hp::report::PdfCanvas canvas("measure");
        QCOMPARE(planPageCount(plan, canvas), pages);
        QVERIFY(pdf.find("Sources") != std::string::npos);

        // Drawing page by page draws exactly what drawing the whole plan does.
        CountingCanvas whole;
        QCOMPARE(drawPlan(plan, whole, [&whole] { whole.newPage(); }), pages);
        int sum = 0;
        for (int page = 0; page < pages; ++page) {
            CountingCanvas one;
            drawPlanPage(plan, one, page);
            QVERIFY(one.texts > 0);
            sum += one.texts;
        }
        QCOMPARE(sum, whole.texts);
    }

    void filesAreWrittenAtomically()
    {
        QTemporaryDir dir;
        const Plan plan = make("veteran");
        const std::string pdf = dir.filePath(QStringLiteral("plan.pdf")).toStdString();
        QVERIFY(writePlanPdf(plan, pdf).ok);
        QFile f(QString::fromStdString(pdf));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("%PDF-"));
        for (auto format : {ExportFormat::Text, ExportFormat::Markdown, ExportFormat::Csv, ExportFormat::Ics, ExportFormat::Json})
            QVERIFY(writePlanFile(plan, format, dir.filePath(QStringLiteral("plan.out")).toStdString()).ok);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary files left behind
        const auto failed = writePlanFile(plan, ExportFormat::Ics, dir.filePath(QStringLiteral("missing/plan.ics")).toStdString());
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.find("Could not write") != std::string::npos, failed.error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestPlanExport)
#include "tst_plan_export.moc"
