// File ▸ Import BLS wage file…: the menu entry, an import through the worker thread that stores,
// notifies and reports, and a refusal that changes nothing. Dialogs are off (setInteractive).

#include "app/data_notifier.h"
#include "app/import_wages_action.h"
#include "app/main_window.h"
#include "refdata/knowledge_base.h"

#include "../core/oews_fixture.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hp;
using namespace hp::ui;

class TestImportWagesAction : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static std::unique_ptr<KnowledgeBase> memoryStore()
    {
        std::string error;
        auto kb = KnowledgeBase::open("", &error);
        if (!kb)
            qWarning("%s", error.c_str());
        return kb;
    }

    QString writeCsv(const QString &name, const oewsfixture::Grid &g)
    {
        const QString path = m_dir.filePath(name);
        return oewsfixture::writeFile(path, oewsfixture::csvText(g)) ? path : QString();
    }

private slots:
    void theFileMenuHasIt()
    {
        auto kb = memoryStore();
        MainWindow w(*kb, false);
        auto *action = w.findChild<QAction *>(QStringLiteral("importWagesAction"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QStringLiteral("Import BLS wage file")));
        QVERIFY(action->isEnabled());
        const auto widgets = action->associatedObjects();
        const bool inFileMenu = std::any_of(widgets.begin(), widgets.end(), [](QObject *o) {
            auto *menu = qobject_cast<QMenu *>(o);
            return menu && menu->title() == QStringLiteral("&File");
        });
        QVERIFY(inFileMenu);
    }

    void importsOnAWorkerThenStoresAndNotifies()
    {
        auto kb = memoryStore();
        QWidget window;
        ImportWagesAction import(*kb, &window);
        import.setInteractive(false);
        QSignalSpy finished(&import, &ImportWagesAction::finished);
        QSignalSpy changed(&DataNotifier::instance(), &DataNotifier::referenceDataChanged);
        oewsfixture::Grid g = oewsfixture::nationalGrid(2025);
        oewsfixture::cell(g, "29-2072", "A_MEDIAN") = "53000";
        const QString path = writeCsv(QStringLiteral("national_M2026_dl.csv"), g);
        QVERIFY(import.importFile(path));
        QVERIFY(import.isRunning() && !import.action()->isEnabled());
        QVERIFY(!import.importFile(path)); // one at a time
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("May 2026 is a new vintage")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("29-2072")) && message.contains(QStringLiteral("Change&nbsp;vs&nbsp;May&nbsp;2025")),
                 qPrintable(message));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(kb->latestVintage(), 2026);
        QCOMPARE(*kb->wage("29-2072", 2026)->median, 53000L);
        QVERIFY(!import.isRunning() && import.action()->isEnabled());
    }

    void aBadFileChangesNothing()
    {
        auto kb = memoryStore();
        QWidget window;
        ImportWagesAction import(*kb, &window);
        import.setInteractive(false);
        QSignalSpy finished(&import, &ImportWagesAction::finished);
        QSignalSpy changed(&DataNotifier::instance(), &DataNotifier::referenceDataChanged);
        oewsfixture::Grid g = oewsfixture::nationalGrid(2025);
        oewsfixture::cell(g, "29-2072", "A_MEDIAN") = "n/a";
        const QString path = writeCsv(QStringLiteral("national_M2025_dl.csv"), g);
        const auto wagesBefore = kb->data().wages.size();
        QVERIFY(import.importFile(path));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString sentence = finished.at(0).at(1).toString();
        QVERIFY2(sentence.startsWith(QStringLiteral("Cannot import national_M2025_dl.csv: cell AB")), qPrintable(sentence));
        QVERIFY(!sentence.contains(QLatin1Char('\n')));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(kb->data().wages.size(), wagesBefore);
        QCOMPARE(*kb->wage("29-2072", 2025)->median, 51140L);
        QVERIFY(import.action()->isEnabled());
    }

    void importsBlsOwnFile()
    {
        const QString path = QStringLiteral(HEALTHPATH_SHARED_DIR "/reference/bls-oews-national/national_M2025_dl.xlsx");
        if (!QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("BLS file %1 is absent (no shared reference folder)").arg(path)));
        auto kb = memoryStore();
        QWidget window;
        ImportWagesAction import(*kb, &window);
        import.setInteractive(false);
        QSignalSpy finished(&import, &ImportWagesAction::finished);
        QVERIFY(import.importFile(path));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("no figures changed")));
    }

    void reportShowsMediansAndChanges()
    {
        OewsImportReport r;
        r.fileName = "national_M2025_dl.xlsx";
        r.vintage = 2025;
        r.replaced = true;
        r.changedRows = 2;
        r.changes = {{"29-2072", "Medical Records Specialists", 51140L, false, 2024, 50250L},
                     {"11-3031", "Financial Managers", std::nullopt, true, 2024, 161700L},
                     {"43-3021", "Billing & Posting <Clerks>", 47000L, false, 2024, 47170L}};
        const QString html = ImportWagesAction::reportHtml(r);
        QVERIFY2(html.contains(QStringLiteral("2 of 3 rows changed")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Change&nbsp;vs&nbsp;May&nbsp;2024")));
        QVERIFY(html.contains(QStringLiteral("$51,140")) && html.contains(QStringLiteral("+$890&nbsp;(+1.8%)")));
        QVERIFY(html.contains(QStringLiteral("−$170&nbsp;(−0.4%)")));
        QVERIFY(html.contains(QStringLiteral("at or above the BLS top code")));
        QVERIFY(html.contains(QStringLiteral("Billing &amp; Posting &lt;Clerks&gt;")));
        r.replaced = false;
        for (auto &c : r.changes)
            c.previousVintage = 0;
        const QString first = ImportWagesAction::reportHtml(r);
        QVERIFY(first.contains(QStringLiteral("May 2025 is a new vintage")));
        QVERIFY(first.contains(QStringLiteral("No earlier vintage")) && !first.contains(QStringLiteral("Change&nbsp;vs")));
    }
};

QTEST_MAIN(TestImportWagesAction)
#include "tst_import_wages_action.moc"
