// The OEWS import. BLS's real files: May 2021–2025 import and equal the shipped rows, May 2020 is
// refused (no 29-2072 that year). Files made here: good CSVs import; every broken one is refused
// with one sentence naming the file and the row or cell, and the store is left exactly as it was.

#include "importers/oews_import.h"
#include "importers/xlsx_reader.h"
#include "io/text.h"
#include "refdata/knowledge_base.h"

#include "oews_fixture.h"
#include "zip_util.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace hp;
using oewsfixture::Grid;

namespace {

QString sharedFile(int year)
{
    return QStringLiteral(HEALTHPATH_SHARED_DIR "/reference/bls-oews-national/national_M%1_dl.xlsx").arg(year);
}

template<class T>
std::string opt(const std::optional<T> &v)
{
    if (!v)
        return "-";
    if constexpr (std::is_floating_point_v<T>)
        return oewsfixture::num(*v);
    else
        return std::to_string(*v);
}

QString describe(const WageEstimate &w)
{
    return QString::fromStdString(csv::formatRow({w.soc, std::to_string(w.vintage), w.title, opt(w.employment),
                                                  opt(w.empRse), opt(w.meanHourly), opt(w.meanAnnual), opt(w.p10),
                                                  opt(w.p25), opt(w.median), opt(w.p75), opt(w.p90), w.topCoded,
                                                  w.sourceId}));
}

void compareRows(const std::vector<WageEstimate> &got, const std::vector<WageEstimate> &want)
{
    std::map<std::string, QString> byCode;
    for (const auto &w : got)
        byCode[w.soc] = describe(w);
    QCOMPARE(got.size(), want.size());
    for (const auto &w : want)
        QCOMPARE(byCode[w.soc], describe(w));
}

// "155495730" → "155,495,730", as a spreadsheet saves a number formatted #,##0.
std::string grouped(const std::string &digits)
{
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos)
        return digits;
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

// Everything an import may change: the wage rows and the sources.
QString snapshot(const KnowledgeBase &kb)
{
    QString out;
    for (const auto &w : kb.data().wages)
        out += describe(w) + QLatin1Char('\n');
    for (const auto &s : kb.data().sources)
        out += QString::fromStdString(s.id + "|" + s.title + "|" + s.retrieved + "|" + s.note + "\n");
    return out;
}

void checkSentence(const std::string &error, const QStringList &mustHave)
{
    const QString e = QString::fromStdString(error);
    QVERIFY2(!e.contains(QLatin1Char('\n')), qPrintable(e));
    QVERIFY2(e.endsWith(QLatin1Char('.')), qPrintable(e));
    for (const QString &part : mustHave)
        QVERIFY2(e.contains(part), qPrintable(QStringLiteral("'%1' is missing from: %2").arg(part, e)));
}

} // namespace

class TestOewsImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb; // on disk, so refusals can be checked after reopening
    std::vector<Occupation> m_known;

    std::unique_ptr<KnowledgeBase> openStore(const QString &file)
    {
        std::string error;
        auto kb = KnowledgeBase::open(QDir(m_dir.path()).filePath(file).toStdString(), &error);
        if (!kb)
            qWarning("%s", error.c_str());
        return kb;
    }

    // Writes the file for one refusal case; empty when it needs a BLS file that is absent.
    QString makeCase(const QString &kind, const QString &path)
    {
        Grid g = oewsfixture::nationalGrid(2025);
        QByteArray bytes;
        auto set = [&g](const char *soc, const char *column, const char *value) { oewsfixture::cell(g, soc, column) = value; };
        if (kind == QLatin1String("occ-renamed"))
            g[0][oewsfixture::column(g, "OCC_CODE")] = "SOC_CODE";
        else if (kind == QLatin1String("median-renamed"))
            g[0][oewsfixture::column(g, "A_MEDIAN")] = "MEDIAN";
        else if (kind == QLatin1String("two-medians"))
            g[0][oewsfixture::column(g, "H_MEDIAN")] = "a_median";
        else if (kind == QLatin1String("text-median"))
            set("29-2072", "A_MEDIAN", "n/a");
        else if (kind == QLatin1String("p25-above-median"))
            set("29-2072", "A_PCT25", "60000");
        else if (kind == QLatin1String("employment-text"))
            set("29-2072", "TOT_EMP", "about 200k");
        else if (kind == QLatin1String("empty-p10"))
            set("43-3021", "A_PCT10", "");
        else if (kind == QLatin1String("fractional-wage"))
            set("43-3021", "A_MEAN", "51690.5");
        else if (kind == QLatin1String("top-code-below"))
            set("11-9111", "A_MEDIAN", "#");
        else if (kind == QLatin1String("missing-occupation"))
            g.erase(g.begin() + oewsfixture::rowOf(g, "13-1041") - 1);
        else if (kind == QLatin1String("duplicate-row")) {
            auto copy = g[static_cast<size_t>(oewsfixture::rowOf(g, "29-2072") - 1)];
            copy[oewsfixture::column(g, "A_MEDIAN")] = "52000";
            g.push_back(copy);
        } else if (kind == QLatin1String("state") || kind == QLatin1String("metro") || kind == QLatin1String("industry")) {
            for (size_t r = 1; r < g.size(); ++r) {
                if (kind == QLatin1String("industry"))
                    g[r][oewsfixture::column(g, "I_GROUP")] = "sector";
                else
                    g[r][oewsfixture::column(g, "AREA_TYPE")] = kind == QLatin1String("state") ? "2" : "4";
            }
        } else if (kind == QLatin1String("header-only")) {
            g.resize(1);
        }
        bytes = oewsfixture::csvText(g);
        if (kind == QLatin1String("cut-short")) {
            bytes.truncate(bytes.indexOf("Medical Records Spec"));
        } else if (kind == QLatin1String("own-csv")) {
            bytes = QByteArray::fromStdString(refdata::embeddedFileSet().at("wages_oews_national.csv"));
        } else if (kind == QLatin1String("empty-file")) {
            bytes.clear();
        } else if (kind == QLatin1String("xls")) {
            bytes = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0');
        } else if (kind == QLatin1String("picture")) {
            bytes = QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + QByteArray(512, '\x7F');
        } else if (kind == QLatin1String("missing-file")) {
            return path;
        } else if (kind == QLatin1String("zip-not-xlsx")) {
            return testzip::write(path.toStdString(), {{"readme.txt", "Not a workbook."}}) ? path : QString();
        } else if (kind.startsWith(QLatin1String("xlsx-"))) {
            QFile real(sharedFile(2025));
            if (!real.open(QIODevice::ReadOnly))
                return {};
            bytes = real.readAll();
            if (kind == QLatin1String("xlsx-truncated")) {
                bytes.truncate(bytes.size() / 2);
            } else if (kind == QLatin1String("xlsx-corrupted")) {
                for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i)
                    bytes[i] = static_cast<char>(~bytes[i]);
            } else if (kind != QLatin1String("xlsx-renamed-file")) {
                auto parts = testzip::read(sharedFile(2025).toStdString());
                if (kind == QLatin1String("xlsx-column-renamed"))
                    testzip::part(parts, "xl/sharedStrings.xml") = testzip::replaced(
                        testzip::part(parts, "xl/sharedStrings.xml"), "<t>A_MEDIAN</t>", "<t>A_MEDIAN_OLD</t>");
                else if (kind == QLatin1String("xlsx-malformed-sheet"))
                    testzip::part(parts, "xl/worksheets/sheet1.xml").resize(100000);
                return testzip::write(path.toStdString(), parts) ? path : QString();
            }
        }
        return oewsfixture::writeFile(path, bytes) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_kb = openStore(QStringLiteral("reference.sqlite"));
        QVERIFY(m_kb);
        m_known = m_kb->data().occupations;
        QVERIFY(m_known.size() >= 12);
    }

    void realFiles_data()
    {
        QTest::addColumn<int>("year");
        for (int year = 2020; year <= 2025; ++year)
            QTest::newRow(qPrintable(QStringLiteral("May %1").arg(year))) << year;
    }
    void realFiles()
    {
        QFETCH(int, year);
        const QString path = sharedFile(year);
        if (!QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("BLS file %1 is absent (no shared reference folder)").arg(path)));
        const auto r = parseOewsFile(path.toStdString(), m_known);
        if (year == 2020) { // BLS still used the hybrid code 29-2098 for medical records specialists
            QVERIFY(!r.ok() && r.rows.empty());
            checkSentence(r.error, {"national_M2020_dl.xlsx", "29-2072", "29-2098", "row 554"});
            return;
        }
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.vintage, year);
        compareRows(r.rows, oewsfixture::shippedRows(year));
    }

    void csvSavedFromRealFile()
    {
        const QString path = sharedFile(2025);
        if (!QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("BLS file %1 is absent (no shared reference folder)").arg(path)));
        const auto sheet = xlsx::readFirstSheet(path.toStdString());
        QVERIFY2(sheet.ok(), sheet.error.c_str());
        Grid g;
        for (const auto &row : sheet.sheet.rows)
            g.push_back(row.cells);
        for (auto &row : g)
            row.resize(g[0].size());
        const QString csvPath = QDir(m_dir.path()).filePath(QStringLiteral("national_M2025_dl.csv"));
        QVERIFY(oewsfixture::writeFile(csvPath, oewsfixture::csvText(g)));
        const auto r = parseOewsFile(csvPath.toStdString(), m_known);
        QVERIFY2(r.ok(), r.error.c_str());
        compareRows(r.rows, oewsfixture::shippedRows(2025));
    }

    // As a spreadsheet program saves them: thousands separators, another header case, a BOM.
    void csvVariantsImport_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("as BLS writes it") << "plain";
        QTest::newRow("thousands separators") << "thousands";
        QTest::newRow("lower-case header and BOM") << "lower";
    }
    void csvVariantsImport()
    {
        QFETCH(QString, variant);
        Grid g = oewsfixture::nationalGrid(2025);
        QByteArray prefix;
        for (size_t r = 1; r < g.size() && variant == QLatin1String("thousands"); ++r)
            for (const char *c : {"TOT_EMP", "A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"})
                g[r][oewsfixture::column(g, c)] = grouped(g[r][oewsfixture::column(g, c)]);
        if (variant == QLatin1String("lower")) {
            for (auto &name : g[0])
                name = text::lower(name);
            prefix = "\xEF\xBB\xBF";
        }
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("national_M2025_dl.csv"));
        QVERIFY(oewsfixture::writeFile(path, prefix + oewsfixture::csvText(g)));
        const auto r = parseOewsFile(path.toStdString(), m_known);
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.vintage, 2025);
        compareRows(r.rows, oewsfixture::shippedRows(2025));
    }

    void replacingAVintageReportsTheChange()
    {
        auto kb = openStore(QStringLiteral("replace.sqlite"));
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("national_M2025_dl.csv"));
        QVERIFY(oewsfixture::writeFile(path, oewsfixture::csvText(oewsfixture::nationalGrid(2025))));
        const auto report = importOews(*kb, path.toStdString(), {std::nullopt, false, "2030-01-02"});
        QVERIFY2(report.ok(), report.error.c_str());
        QVERIFY(report.stored && report.replaced);
        QCOMPARE(report.changedRows, 0);
        QCOMPARE(report.changes.size(), m_known.size());
        const auto coder = std::find_if(report.changes.begin(), report.changes.end(), [](auto &c) { return c.soc == "29-2072"; });
        QVERIFY(coder != report.changes.end());
        QCOMPARE(*coder->median, 51140L);
        QCOMPARE(coder->previousVintage, 2024);
        QCOMPARE(*coder->previousMedian, 50250L);
        const QString text = QString::fromStdString(report.text());
        QVERIFY2(text.contains(QStringLiteral("+$890 (+1.8%)")) && text.contains(QStringLiteral("no figures changed")),
                 qPrintable(text));
        QCOMPARE(kb->source("bls-oews-2025")->retrieved, std::string("2030-01-02"));
    }

    void aNewVintageGetsItsOwnSource()
    {
        auto kb = openStore(QStringLiteral("new.sqlite"));
        Grid g = oewsfixture::nationalGrid(2025);
        oewsfixture::cell(g, "29-2072", "A_MEDIAN") = "53000";
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("national_M2026_dl.csv"));
        QVERIFY(oewsfixture::writeFile(path, oewsfixture::csvText(g)));
        const auto dry = importOews(*kb, path.toStdString(), {std::nullopt, true, "2030-01-02"});
        QVERIFY(dry.ok() && !dry.stored && !dry.replaced);
        QCOMPARE(kb->latestVintage(), 2025); // a dry run stores nothing
        const auto report = importOews(*kb, path.toStdString(), {std::nullopt, false, "2030-01-02"});
        QVERIFY2(report.ok() && report.stored && !report.replaced, report.error.c_str());
        QVERIFY(QString::fromStdString(report.text()).contains(QStringLiteral("+$1,860 (+3.6%)")));
        kb.reset();
        kb = openStore(QStringLiteral("new.sqlite")); // it is on disk
        QCOMPARE(kb->latestVintage(), 2026);
        QCOMPARE(*kb->wage("29-2072", 2026)->median, 53000L);
        const Source *s = kb->source("bls-oews-2026");
        QVERIFY(s);
        QCOMPARE(s->title, std::string("Occupational Employment and Wage Statistics (OEWS), national estimates, May 2026"));
        QCOMPARE(s->publisher, std::string("U.S. Bureau of Labor Statistics"));
        QCOMPARE(s->url, std::string("https://www.bls.gov/oes/tables.htm"));
        QCOMPARE(s->asOf, std::string("2026-05"));
        QCOMPARE(s->retrieved, std::string("2030-01-02"));
        QCOMPARE(s->status, Status::Verified);
        QVERIFY(s->note.find("national_M2026_dl.csv") != std::string::npos);
        QVERIFY(kb->check().empty());
    }

    void theCallerMayGiveTheYear()
    {
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("oews national.csv"));
        QVERIFY(oewsfixture::writeFile(path, oewsfixture::csvText(oewsfixture::nationalGrid(2024))));
        const auto unknown = parseOewsFile(path.toStdString(), m_known);
        QVERIFY(!unknown.ok() && unknown.vintageUnknown);
        checkSentence(unknown.error, {"oews national.csv", "--vintage"});
        const auto given = parseOewsFile(path.toStdString(), m_known, 2024);
        QVERIFY2(given.ok(), given.error.c_str());
        compareRows(given.rows, oewsfixture::shippedRows(2024));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("vintage"); // 0: none given
        QTest::addColumn<QStringList>("expected");
        const Grid g = oewsfixture::nationalGrid(2025);
        const QString coderRow = QString::number(oewsfixture::rowOf(g, "29-2072"));
        auto ref = [&g](const char *soc, const char *col) { return QStringLiteral("cell ") + oewsfixture::cellRef(g, soc, col); };
        const QString csv = QStringLiteral("national_M2025_dl.csv"), xlsx = QStringLiteral("national_M2025_dl.xlsx");
        auto row = [](const char *name, const char *kind, const QString &file, int vintage, const QStringList &expected) {
            QTest::newRow(name) << QString::fromLatin1(kind) << file << vintage << expected;
        };
        row("csv: OCC_CODE renamed", "occ-renamed", csv, 0, {"row 1", "OCC_CODE"});
        row("csv: A_MEDIAN renamed", "median-renamed", csv, 0, {"row 1", "no A_MEDIAN column"});
        row("csv: two A_MEDIAN columns", "two-medians", csv, 0, {"row 1", "two A_MEDIAN columns"});
        row("csv: HealthPath's own wage file", "own-csv", csv, 0, {"row 1", "OCC_CODE"});
        row("csv: text in A_MEDIAN", "text-median", csv, 0, {ref("29-2072", "A_MEDIAN"), "A_MEDIAN of 29-2072", "\"n/a\""});
        row("csv: p25 above the median", "p25-above-median", csv, 0,
            {"row " + coderRow, ref("29-2072", "A_PCT25"), ref("29-2072", "A_MEDIAN"), "out of order"});
        row("csv: text in TOT_EMP", "employment-text", csv, 0, {ref("29-2072", "TOT_EMP"), "employment count"});
        row("csv: empty A_PCT10", "empty-p10", csv, 0, {ref("43-3021", "A_PCT10"), "is empty"});
        row("csv: cents in A_MEAN", "fractional-wage", csv, 0, {ref("43-3021", "A_MEAN"), "whole dollars"});
        row("csv: top-coded median below a number", "top-code-below", csv, 0, {ref("11-9111", "A_MEDIAN"), "marked #"});
        row("csv: a mapped occupation missing", "missing-occupation", csv, 0, {"13-1041", "Compliance Officers"});
        row("csv: two different rows for one code", "duplicate-row", csv, 0, {"two different rows for 29-2072"});
        row("csv: cut short", "cut-short", csv, 0, {"row " + coderRow, "cut short"});
        row("csv: header only", "header-only", csv, 0, {"no data rows"});
        row("state file", "state", QStringLiteral("state_M2025_dl.csv"), 2025, {"state estimates", "AREA_TYPE \"2\" in cell C2"});
        row("metropolitan-area file", "metro", QStringLiteral("MSA_M2025_dl.csv"), 2025, {"metropolitan-area", "cell C2"});
        row("industry file", "industry", csv, 0, {"industry-specific", "cell G2"});
        row("empty file", "empty-file", csv, 0, {"the file is empty"});
        row("missing file", "missing-file", xlsx, 0, {"no such file"});
        row("old .xls workbook", "xls", QStringLiteral("national_M2025_dl.xls"), 0, {".xls"});
        row("a picture", "picture", csv, 0, {"row 1", "not a BLS OEWS estimates file"});
        row("year not known", "plain", QStringLiteral("wages.csv"), 0, {"--vintage"});
        row("year given does not match the name", "plain", csv, 2024, {"2024", "May 2025"});
        row("zip that is not a workbook", "zip-not-xlsx", xlsx, 0, {"xl/workbook.xml"});
        row("xlsx: cut short", "xlsx-truncated", xlsx, 0, {"cut short"});
        row("xlsx: damaged bytes", "xlsx-corrupted", xlsx, 0, {"xl/worksheets/sheet1.xml", "is damaged"});
        row("xlsx: A_MEDIAN renamed", "xlsx-column-renamed", xlsx, 0, {"row 1", "no A_MEDIAN column"});
        row("xlsx: sheet XML cut short", "xlsx-malformed-sheet", xlsx, 0, {"xl/worksheets/sheet1.xml", "not well-formed"});
        row("xlsx: name and sheet disagree", "xlsx-renamed-file", QStringLiteral("national_M2024_dl.xlsx"), 0,
            {"May 2024", "national_M2025_dl", "May 2025"});
    }
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFETCH(int, vintage);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString path = makeCase(kind, dir.filePath(file));
        if (path.isEmpty())
            QSKIP(qPrintable(QStringLiteral("BLS file %1 is absent (no shared reference folder)").arg(sharedFile(2025))));
        const QString before = snapshot(*m_kb);
        const auto report = importOews(*m_kb, path.toStdString(),
                                       {vintage ? std::optional<int>(vintage) : std::nullopt, false, "2030-01-02"});
        QVERIFY(!report.ok() && !report.stored);
        expected << file;
        checkSentence(report.error, expected);
        QCOMPARE(snapshot(*m_kb), before);
        auto reopened = openStore(QStringLiteral("reference.sqlite")); // and nothing reached the disk
        QCOMPARE(snapshot(*reopened), before);
    }
};

QTEST_GUILESS_MAIN(TestOewsImport)
#include "tst_oews_import.moc"
