// The Compare view driven with real clicks and key presses: table, charts, exports.

#include "charts/chart_box.h"
#include "refdata/knowledge_base.h"
#include "views/compare_view.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "gui_test_helpers.h"

using namespace hp;
using namespace hp::ui;
using hp::test::pickWithMouse;

class TestCompareView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<CompareView> m_view;


    QStringList boxLabels() const
    {
        auto *chart = m_view->chart(0)->chartView()->chart();
        QStringList labels;
        for (QAbstractSeries *s : chart->series())
            if (auto *box = qobject_cast<QBoxPlotSeries *>(s))
                for (QBoxSet *set : box->boxSets())
                    labels << set->label();
        return labels;
    }

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
    }

    void init()
    {
        m_view = std::make_unique<CompareView>(*m_kb);
        m_view->resize(1280, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void startsWithCodingVersusBilling()
    {
        QCOMPARE(m_view->roleIds(), (QStringList{"outpatient-coder", "medical-biller"}));
        QAbstractItemModelTester tester(m_view->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_view->table()->model()->columnCount(), 3);
        QCOMPARE(m_view->table()->model()->rowCount(), 12);
    }

    void pickRolesWithMouseAndKeyboard()
    {
        const Role *manager = m_kb->role("practice-manager");
        pickWithMouse(m_view->rolePicker(2), QString::fromStdString(manager->name));
        QCOMPARE(m_view->roleIds().size(), 3);
        QCOMPARE(m_view->comparison().roles.size(), size_t(3));
        // Keyboard: focus the fourth picker and step down from "none" to the first role.
        QComboBox *fourth = m_view->rolePicker(3);
        fourth->setFocus();
        QTest::keyClick(fourth, Qt::Key_Down);
        QCOMPARE(m_view->roleIds().size(), 4);
        QCOMPARE(m_view->table()->model()->columnCount(), 5);
        QCOMPARE(boxLabels().size(), 4);
        // The wage row names each role's band; the tool tip names source and vintage.
        QAbstractItemModel *model = m_view->table()->model();
        int wageRow = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString().startsWith("Pay"))
                wageRow = r;
        QVERIFY(wageRow >= 0);
        QVERIFY(model->index(wageRow, 3).data().toString().contains("$123,860"));
        QVERIFY(model->index(wageRow, 3).data(Qt::ToolTipRole).toString().contains("May 2025"));
        QVERIFY(model->index(wageRow, 3).data(Qt::ToolTipRole).toString().contains("VERIFIED"));
    }

    void chartSeriesFollowTheRolesAndTheVintage()
    {
        QCOMPARE(boxLabels(), (QStringList{"Outpatient coder", "Medical biller"}));
        auto *chart = m_view->chart(0)->chartView()->chart();
        auto *series = qobject_cast<QBoxPlotSeries *>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->boxSets().at(0)->at(QBoxSet::Median), 51.14); // thousands of dollars, May 2025
        m_view->setVintage(2022);
        series = qobject_cast<QBoxPlotSeries *>(m_view->chart(0)->chartView()->chart()->series().first());
        QCOMPARE(series->boxSets().at(0)->at(QBoxSet::Median), 47.18);
        QVERIFY(m_view->chart(0)->spec()->caption.contains("May 2022"));
        // Every chart has a data table with one row per role.
        for (int i = 0; i < m_view->charts()->count(); ++i) {
            QCOMPARE(m_view->chart(i)->dataTable()->rowCount(), 2);
            QVERIFY(!m_view->chart(i)->chartView()->accessibleName().isEmpty());
            QVERIFY(!m_view->chart(i)->spec()->caption.isEmpty());
        }
    }

    void sameFamilyRolesGetDifferentColours()
    {
        QVERIFY(m_view->setRoles({"outpatient-coder", "inpatient-coder"}).isEmpty());
        auto *series = qobject_cast<QBoxPlotSeries *>(m_view->chart(0)->chartView()->chart()->series().first());
        QVERIFY(series->boxSets().at(0)->brush().color() != series->boxSets().at(1)->brush().color());
    }

    void badRolesAreRefusedWithASentence()
    {
        QVERIFY(m_view->setRoles({"medical-biller"}).contains("2 to 4 roles"));
        QVERIFY(m_view->setRoles({"medical-biller", "astronaut"}).contains("Unknown role 'astronaut'"));
        QCOMPARE(m_view->roleIds(), (QStringList{"outpatient-coder", "medical-biller"}));
    }

    void exportsWriteFilesOrSayWhy()
    {
        QTemporaryDir dir;
        QVERIFY(m_view->exportCsv(dir.filePath("t.csv")).isEmpty());
        QFile csv(dir.filePath("t.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("field,role_id,role,value,source,status,vintage"));
        for (int i = 0; i < m_view->charts()->count(); ++i) {
            const QString png = dir.filePath(QStringLiteral("c%1.png").arg(i));
            QVERIFY(m_view->exportChartPng(i, png).isEmpty());
            QCOMPARE(QImage(png).size(), QSize(1200, 800));
        }
        const QString pdf = dir.filePath("h.pdf");
        QVERIFY(m_view->exportHandout(pdf).isEmpty());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-");
        QVERIFY(m_view->exportCsv("/nonexistent-hp/t.csv").startsWith("Could not write /nonexistent-hp/t.csv"));
        QVERIFY(m_view->exportHandout("/nonexistent-hp/h.pdf").startsWith("Could not write /nonexistent-hp/h.pdf"));
        const QString pdfinfo = QStandardPaths::findExecutable("pdfinfo");
        if (pdfinfo.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed; the page-count check needs it");
        QProcess p;
        p.start(pdfinfo, {pdf});
        p.waitForFinished();
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QRegularExpression("Pages:\\s+1\\n")));
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compare_view.moc"
