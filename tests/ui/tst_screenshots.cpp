// `healthpath --screenshot` for every view: the PNG exists, has the asked size and is not blank;
// bad requests fail with a sentence.

#include "app/view_registry.h"
#include "user/user_store.h"

#include "client_demo_data.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int status = -1;
    QString err;
};

Run gui(const QStringList &args, const QString &dataDir = {})
{
    QProcess p;
    if (!dataDir.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HEALTHPATH_DATA_DIR"), dataDir);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(HEALTHPATH_GUI), args);
    if (!p.waitForFinished(120000))
        return {-1, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void everyView_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QSize>("size");
        for (const QString &name : hp::ui::viewNames()) {
            QTest::newRow(qPrintable(name + QStringLiteral(" 1280x800"))) << name << QSize(1280, 800);
            QTest::newRow(qPrintable(name + QStringLiteral(" 1920x1080"))) << name << QSize(1920, 1080);
        }
    }
    void everyView()
    {
        QFETCH(QString, view);
        QFETCH(QSize, size);
        const QString file = m_dir.filePath(view + QStringLiteral("-%1.png").arg(size.width()));
        const Run r = gui({QStringLiteral("--screenshot"), file, QStringLiteral("--view"), view, QStringLiteral("--size"),
                           QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QImage image(file);
        QVERIFY2(!image.isNull(), "the PNG does not load");
        QCOMPARE(image.size(), size);
        // Not blank: a real screen has text, lines and the family colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 40, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown view") << QStringList{"--screenshot", m_dir.filePath("x.png"), "--view", "moon"} << 2
                                      << "unknown view 'moon'";
        QTest::newRow("bad size") << QStringList{"--screenshot", m_dir.filePath("x.png"), "--size", "big"} << 2
                                  << "--size must look like";
        QTest::newRow("unknown role") << QStringList{"--screenshot", m_dir.filePath("x.png"), "--view", "compare", "--roles", "medical-biller,astronaut"}
                                      << 2 << "Unknown role 'astronaut'";
        QTest::newRow("bad chart number") << QStringList{"--screenshot", m_dir.filePath("x.png"), "--view", "compare", "--chart", "9"} << 2
                                          << "--chart takes a number from 1 to 5";
        QTest::newRow("unwritable file") << QStringList{"--screenshot", "/nonexistent-hp-dir/x.png"} << 1
                                         << "Could not write the screenshot /nonexistent-hp-dir/x.png";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Run r = gui(args);
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void compareWithChosenRolesAndChart()
    {
        const QString file = m_dir.filePath(QStringLiteral("compare-roles.png"));
        const Run r = gui({QStringLiteral("--screenshot"), file, QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--roles"),
                           QStringLiteral("outpatient-coder,medical-biller,practice-manager,cdi-specialist"), QStringLiteral("--chart"),
                           QStringLiteral("2")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(QImage(file).size(), QSize(1280, 800));
    }

    // The Clients view as a counselor sees it: a data folder with a small caseload.
    void clientsWithDemoData()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        {
            auto opened = hp::UserStore::open(data.filePath(QStringLiteral("user.sqlite")).toStdString());
            QVERIFY2(opened.store, opened.error.c_str());
            hp::test::addDemoClients(*opened.store);
        }
        const QString file = m_dir.filePath(QStringLiteral("clients-demo.png"));
        const Run r = gui({QStringLiteral("--screenshot"), file, QStringLiteral("--view"), QStringLiteral("clients")}, data.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1280, 800));
        if (const QString keep = qEnvironmentVariable("CLIENTS_SCREENSHOT"); !keep.isEmpty())
            QVERIFY(image.save(keep));
    }

    void helpListsTheViews()
    {
        QProcess p;
        p.start(QStringLiteral(HEALTHPATH_GUI), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString &name : hp::ui::viewNames())
            QVERIFY2(out.contains(name), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("--screenshot")));
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
