#include "io/text.h"

#include <QTest>

class TestText : public QObject {
    Q_OBJECT
private slots:
    void money_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << QStringLiteral("$0");
        QTest::newRow("hundreds") << 999.0 << QStringLiteral("$999");
        QTest::newRow("thousands") << 51140.0 << QStringLiteral("$51,140");
        QTest::newRow("rounds") << 48499.6 << QStringLiteral("$48,500");
        QTest::newRow("millions") << 1234567.0 << QStringLiteral("$1,234,567");
    }
    void money()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(hp::text::money(value)), expected);
    }

    void toNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << QStringLiteral("194720") << true << 194720.0;
        QTest::newRow("decimal") << QStringLiteral("27.30") << true << 27.30;
        QTest::newRow("spaces") << QStringLiteral("  12 ") << true << 12.0;
        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("hash") << QStringLiteral("#") << false << 0.0;
        QTest::newRow("trailing text") << QStringLiteral("12abc") << false << 0.0;
    }
    void toNumber()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const auto n = hp::text::toNumber(input.toStdString());
        QCOMPARE(n.has_value(), valid);
        if (valid)
            QCOMPARE(*n, value);
    }
};

QTEST_APPLESS_MAIN(TestText)
#include "tst_text.moc"
