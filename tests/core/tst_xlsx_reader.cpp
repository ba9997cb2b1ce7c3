// The .xlsx reader: cells keep their columns, every kind of cell value reads as written, and every
// broken workbook gives one sentence naming the file and the part. Workbooks are built here.

#include "importers/xlsx_reader.h"

#include "zip_util.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hp;

namespace {

const std::string kMain = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The first sheet in tab order ("Data") is not the first file, its part is named with an absolute
// target, the relationship prefix is not "r", and the shared strings live in a non-default part.
testzip::Entries workbook()
{
    return {
        {"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + kMain + " xmlns:x=\"" + kRel + "\"><sheets>"
                            "<sheet name=\"Data\" sheetId=\"2\" x:id=\"rId7\"/><sheet name=\"Other\" sheetId=\"1\" x:id=\"rId1\"/>"
                            "</sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" + kRel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId7\" Type=\"" + kRel + "/worksheet\" Target=\"/xl/worksheets/data.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"" + kRel + "/sharedStrings\" Target=\"strings.xml\"/></Relationships>"},
        {"xl/strings.xml", "<sst " + kMain + "><si><t>Name</t></si>"
                           "<si><r><t xml:space=\"preserve\">Hello </t></r><r><t>world</t></r><rPh><t>ignored</t></rPh></si>"
                           "<si><t>a_x0041_b</t></si></sst>"},
        {"xl/worksheets/sheet1.xml", "<worksheet " + kMain + "><sheetData><row r=\"1\"><c r=\"A1\"><v>9</v></c></row>"
                                     "</sheetData></worksheet>"},
        {"xl/worksheets/data.xml",
         "<worksheet " + kMain + "><dimension ref=\"A1:F5\"/><sheetData>"
         "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>Gap</t></is></c>"
         "<c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" s=\"3\"><v>32.409999999999997</v></c></row>"
         "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>1</v></c><c r=\"C3\" t=\"str\"><f>A1&amp;\"x\"</f><v>Namex</v></c>"
         "<c><v>7</v></c><c r=\"F3\" t=\"e\"><v>#N/A</v></c></row>"
         "<row r=\"4\"><c r=\"A4\" s=\"1\"/></row>"
         "<row><c r=\"A5\" t=\"s\"><v>2</v></c></row>"
         "</sheetData></worksheet>"},
    };
}

} // namespace

class TestXlsxReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::string write(const QString &name, const testzip::Entries &entries)
    {
        const std::string path = m_dir.filePath(name).toStdString();
        return testzip::write(path, entries) ? path : std::string();
    }

private slots:
    void columnNames_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("name");
        QTest::newRow("first") << 0 << "A";
        QTest::newRow("last single letter") << 25 << "Z";
        QTest::newRow("first double letter") << 26 << "AA";
        QTest::newRow("A_MEDIAN in May 2025") << 27 << "AB";
        QTest::newRow("last Excel column") << 16383 << "XFD";
    }
    void columnNames()
    {
        QFETCH(int, index);
        QFETCH(QString, name);
        QCOMPARE(QString::fromStdString(xlsx::columnName(static_cast<size_t>(index))), name);
        const auto ref = xlsx::parseCellRef(name.toStdString() + "12");
        QVERIFY(ref);
        QCOMPARE(ref->first, static_cast<size_t>(index));
        QCOMPARE(ref->second, 12);
    }

    void badCellRefs_data()
    {
        QTest::addColumn<QString>("ref");
        for (const char *r : {"", "A", "12", "1A", "a1", "A0", "A01", "XFE1", "AAAA1", "A1048577", "A1x"})
            QTest::newRow(*r ? r : "empty") << QString::fromLatin1(r);
    }
    void badCellRefs()
    {
        QFETCH(QString, ref);
        QVERIFY(!xlsx::parseCellRef(ref.toStdString()));
    }

    void readsCellsWhereTheyAre()
    {
        const auto r = xlsx::readFirstSheet(write(QStringLiteral("book.xlsx"), workbook()));
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.sheet.name, std::string("Data"));
        QCOMPARE(r.sheet.rows.size(), size_t(3)); // row 4 has no text
        const auto &row1 = r.sheet.rows[0];
        QCOMPARE(row1.number, 1);
        QCOMPARE(row1.cells, (std::vector<std::string>{"Name", "", "Gap", "TRUE", "32.409999999999997"}));
        const auto &row3 = r.sheet.rows[1];
        QCOMPARE(row3.number, 3);
        QCOMPARE(row3.cells, (std::vector<std::string>{"", "Hello world", "Namex", "7", "", "#N/A"}));
        QCOMPARE(r.sheet.rows[2].number, 5); // a row without r="" follows the previous one
        QCOMPARE(r.sheet.rows[2].cells, (std::vector<std::string>{"aAb"}));
    }

    void brokenWorkbooks_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("not a zip") << "text" << QStringList{"not an .xlsx workbook"};
        QTest::newRow("no workbook part") << "no-workbook" << QStringList{"no part xl/workbook.xml"};
        QTest::newRow("no relationships part") << "no-rels" << QStringList{"no part xl/_rels/workbook.xml.rels"};
        QTest::newRow("no sheets") << "no-sheets" << QStringList{"xl/workbook.xml lists no worksheet"};
        QTest::newRow("sheet not in relationships") << "rel-missing" << QStringList{"xl/_rels/workbook.xml.rels", "\"Data\""};
        QTest::newRow("sheet part missing") << "sheet-missing" << QStringList{"no part xl/worksheets/data.xml"};
        QTest::newRow("shared strings part missing") << "strings-missing" << QStringList{"no part xl/strings.xml"};
        QTest::newRow("malformed sheet XML") << "malformed" << QStringList{"xl/worksheets/data.xml", "not well-formed XML", "line 1"};
        QTest::newRow("malformed shared strings") << "malformed-strings" << QStringList{"xl/strings.xml", "not well-formed XML"};
        QTest::newRow("shared string out of range") << "bad-index" << QStringList{"xl/worksheets/data.xml", "cell A1", "shared string \"99\""};
        QTest::newRow("bad cell reference") << "bad-ref" << QStringList{"xl/worksheets/data.xml", "\"1A\""};
        QTest::newRow("cell outside its row") << "wrong-row" << QStringList{"\"A3\" in row 1"};
        QTest::newRow("bad row number") << "bad-row" << QStringList{"row numbered \"-2\""};
    }
    void brokenWorkbooks()
    {
        QFETCH(QString, damage);
        QFETCH(QStringList, expected);
        auto parts = workbook();
        std::string &sheet = testzip::part(parts, "xl/worksheets/data.xml");
        const std::string d = damage.toStdString();
        auto drop = [&parts](const std::string &name) { std::erase_if(parts, [&](auto &p) { return p.first == name; }); };
        if (d == "no-workbook")
            drop("xl/workbook.xml");
        else if (d == "no-rels")
            drop("xl/_rels/workbook.xml.rels");
        else if (d == "no-sheets")
            testzip::part(parts, "xl/workbook.xml") = "<workbook " + kMain + "><sheets/></workbook>";
        else if (d == "rel-missing")
            testzip::part(parts, "xl/_rels/workbook.xml.rels") = testzip::replaced(testzip::part(parts, "xl/_rels/workbook.xml.rels"), "rId7", "rId8");
        else if (d == "sheet-missing")
            drop("xl/worksheets/data.xml");
        else if (d == "strings-missing")
            drop("xl/strings.xml");
        else if (d == "malformed")
            sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData></worksheet>";
        else if (d == "malformed-strings")
            testzip::part(parts, "xl/strings.xml") = "<sst><si><t>open";
        else if (d == "bad-index")
            sheet = testzip::replaced(sheet, "<v>0</v>", "<v>99</v>");
        else if (d == "bad-ref")
            sheet = testzip::replaced(sheet, "r=\"C1\"", "r=\"1A\"");
        else if (d == "wrong-row")
            sheet = testzip::replaced(sheet, "r=\"C1\"", "r=\"A3\"");
        else if (d == "bad-row")
            sheet = testzip::replaced(sheet, "<row r=\"3\">", "<row r=\"-2\">");
        std::string path = write(QStringLiteral("broken.xlsx"), parts);
        if (d == "text") {
            QFile f(m_dir.filePath(QStringLiteral("broken.xlsx")));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("AREA,OCC_CODE\n") > 0);
        }
        const auto r = xlsx::readFirstSheet(path);
        QVERIFY(!r.ok());
        QVERIFY(r.sheet.rows.empty());
        const QString e = QString::fromStdString(r.error);
        QVERIFY2(e.startsWith(QStringLiteral("Cannot read broken.xlsx: ")) && e.endsWith(QLatin1Char('.')), qPrintable(e));
        QVERIFY2(!e.contains(QLatin1Char('\n')), qPrintable(e));
        for (const QString &part : expected)
            QVERIFY2(e.contains(part), qPrintable(QStringLiteral("'%1' is missing from: %2").arg(part, e)));
    }

    void readsBlsFile()
    {
        const QString path = QStringLiteral(HEALTHPATH_SHARED_DIR "/reference/bls-oews-national/national_M2025_dl.xlsx");
        if (!QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("BLS file %1 is absent (no shared reference folder)").arg(path)));
        const auto r = xlsx::readFirstSheet(path.toStdString());
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.sheet.name, std::string("national_M2025_dl"));
        QCOMPARE(r.sheet.rows.size(), size_t(1402));
        QCOMPARE(r.sheet.rows.back().number, 1402);
        const auto &header = r.sheet.rows.front().cells;
        QCOMPARE(header.size(), size_t(32));
        QCOMPARE(header[27], std::string("A_MEDIAN")); // column AB
        bool sawCoders = false;
        for (const auto &row : r.sheet.rows) {
            if (row.cells.size() > 27 && row.cells[8] == "29-2072") {
                sawCoders = true;
                QCOMPARE(row.cells[27], std::string("51140"));
                QCOMPARE(row.cells[12], std::string("1.1000000000000001")); // EMP_PRSE, as BLS wrote it
            }
        }
        QVERIFY(sawCoders);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsx_reader.moc"
