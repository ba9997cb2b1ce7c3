// File ▸ Import O*NET military crosswalk… and ▸ Use the shipped military crosswalk: the menu
// entries, an import through the worker thread that stores, notifies and reports, a bad file that
// changes nothing, and going back to the shipped crosswalk. Dialogs are off (setInteractive).

#include "app/data_notifier.h"
#include "app/import_crosswalk_action.h"
#include "app/main_window.h"
#include "refdata/knowledge_base.h"
#include "veterans/crosswalk_import.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace hp;
using namespace hp::ui;

namespace {

std::unique_ptr<KnowledgeBase> memoryStore()
{
    std::string error;
    auto kb = KnowledgeBase::open("", &error);
    if (!kb)
        qWarning("%s", error.c_str());
    return kb;
}

QString fixture(const QString &name)
{
    return QStringLiteral(HEALTHPATH_TEST_DATA_DIR "/crosswalk/") + name;
}

bool inFileMenu(const QAction *action)
{
    const auto objects = action->associatedObjects();
    return std::any_of(objects.begin(), objects.end(), [](QObject *o) {
        auto *menu = qobject_cast<QMenu *>(o);
        return menu && menu->title() == QStringLiteral("&File");
    });
}

} // namespace

class TestImportCrosswalkAction : public QObject {
    Q_OBJECT
private slots:
    void theFileMenuHasBoth()
    {
        auto kb = memoryStore();
        MainWindow w(*kb, false);
        auto *import = w.findChild<QAction *>(QStringLiteral("importCrosswalkAction"));
        auto *revert = w.findChild<QAction *>(QStringLiteral("revertCrosswalkAction"));
        QVERIFY(import && revert);
        QVERIFY(import->text().contains(QStringLiteral("military crosswalk")));
        QVERIFY(inFileMenu(import) && inFileMenu(revert));
        QVERIFY(import->isEnabled());
        QVERIFY2(!revert->isEnabled(), "nothing imported yet, so there is nothing to go back from");
    }

    void importsStoresNotifiesAndGoesBack()
    {
        auto kb = memoryStore();
        QWidget window;
        ImportCrosswalkAction actions(*kb, &window);
        actions.setInteractive(false);
        QSignalSpy finished(&actions, &ImportCrosswalkAction::finished);
        QSignalSpy changed(&DataNotifier::instance(), &DataNotifier::referenceDataChanged);

        QVERIFY(actions.importFile(fixture(QStringLiteral("good/milx0725.csv"))));
        QVERIFY(actions.isRunning() && !actions.importAction()->isEnabled());
        QVERIFY(!actions.importFile(fixture(QStringLiteral("good/milx0725.csv")))); // one at a time
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("July 2025")) && message.contains(QStringLiteral("milx0725.csv")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("CC BY 4.0")), qPrintable(message));
        QCOMPARE(changed.count(), 1);
        const auto stored = veterans::readStoredCrosswalk(kb->database());
        QVERIFY(stored);
        QCOMPARE(QString::fromStdString(stored->asOf), QStringLiteral("2025-07"));
        QVERIFY(!stored->rows.empty());
        QVERIFY(actions.importAction()->isEnabled());
        QVERIFY(actions.revertAction()->isEnabled());

        actions.useShipped();
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!veterans::readStoredCrosswalk(kb->database()));
        QVERIFY(!actions.revertAction()->isEnabled());

        actions.useShipped(); // nothing left to remove: says so, changes nothing
        QCOMPARE(finished.count(), 3);
        QCOMPARE(finished.at(2).at(0).toBool(), false);
        QVERIFY(finished.at(2).at(1).toString().contains(QStringLiteral("already uses the shipped one")));
        QCOMPARE(changed.count(), 2);
    }

    void aBadFileChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header") << QStringLiteral("bad/bad_header.csv") << QStringLiteral("line 1");
        QTest::newRow("stray quote") << QStringLiteral("bad/stray_quote.csv") << QStringLiteral("line");
        QTest::newRow("missing file") << QStringLiteral("bad/no_such_file.csv") << QStringLiteral("no_such_file.csv");
    }

    void aBadFileChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto kb = memoryStore();
        QWidget window;
        ImportCrosswalkAction actions(*kb, &window);
        actions.setInteractive(false);
        QSignalSpy finished(&actions, &ImportCrosswalkAction::finished);
        QSignalSpy changed(&DataNotifier::instance(), &DataNotifier::referenceDataChanged);
        QVERIFY(actions.importFile(fixture(file)));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!veterans::readStoredCrosswalk(kb->database()));
        QVERIFY(actions.importAction()->isEnabled());
    }
};

QTEST_MAIN(TestImportCrosswalkAction)
#include "tst_import_crosswalk_action.moc"
