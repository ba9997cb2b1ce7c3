#include "io/csv.h"

#include <QTest>

using hp::csv::Row;
Q_DECLARE_METATYPE(Row)
Q_DECLARE_METATYPE(std::vector<Row>)

class TestCsv : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<std::vector<Row>>("expected");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << std::vector<Row>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << std::vector<Row>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << std::vector<Row>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << std::vector<Row>{{"a,b", "c"}};
        QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << std::vector<Row>{{"say \"hi\"", "x"}};
        QTest::newRow("embedded newline") << QByteArray("\"two\nlines\",y\n") << std::vector<Row>{{"two\nlines", "y"}};
        QTest::newRow("empty fields") << QByteArray(",,\n") << std::vector<Row>{{"", "", ""}};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\nb\n") << std::vector<Row>{{"a"}, {"b"}};
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFsoc,v\n") << std::vector<Row>{{"soc", "v"}};
    }
    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(std::vector<Row>, expected);
        const auto result = hp::csv::parse(std::string_view(input.constData(), size_t(input.size())));
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.rows, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unterminated quote") << QByteArray("a\n\"open,b\n") << QStringLiteral("line 2");
        QTest::newRow("quote inside field") << QByteArray("ab\"c\n") << QStringLiteral("line 1");
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        const auto result = hp::csv::parse(std::string_view(input.constData(), size_t(input.size())));
        QVERIFY(!result.ok());
        QVERIFY2(QString::fromStdString(result.error).contains(mentions), result.error.c_str());
    }

    void roundTrip()
    {
        const Row row{"plain", "with,comma", "with \"quote\"", "multi\nline", ""};
        const std::string text = hp::csv::formatRow(row) + "\n";
        const auto result = hp::csv::parse(text);
        QVERIFY(result.ok());
        QCOMPARE(result.rows.size(), size_t(1));
        QCOMPARE(result.rows.front(), row);
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
