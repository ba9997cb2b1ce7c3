// The Ladders ("Career paths") view driven with real clicks and key presses: routes, steps,
// the lattice diagram, return on training and pay by experience.

#include "charts/chart_box.h"
#include "lattice/roi.h"
#include "models/route_models.h"
#include "refdata/knowledge_base.h"
#include "views/ladders_view.h"
#include "views/lattice_diagram.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "gui_test_helpers.h"
#include <QToolButton>
#include <QWheelEvent>

using namespace hp;
using namespace hp::ui;
using hp::test::pickWithMouse;

class TestLaddersView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<LaddersView> m_view;


    // The row of the first route that takes this move, or -1.
    int routeWithMove(const std::string &moveId) const
    {
        const auto routes = m_view->plan().routes();
        for (size_t i = 0; i < routes.size(); ++i)
            for (const auto &step : routes[i]->steps)
                if (step.move->id == moveId)
                    return int(i);
        return -1;
    }

    QToolButton *button(const QString &accessibleName) const
    {
        for (QToolButton *b : m_view->findChildren<QToolButton *>())
            if (b->accessibleName() == accessibleName)
                return b;
        return nullptr;
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
        m_view = std::make_unique<LaddersView>(*m_kb);
        m_view->resize(1280, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void showsRoutesFromNoExperienceToOutpatientCoder()
    {
        QCOMPARE(m_view->fromPicker()->currentData().toString(), QStringLiteral("no-experience"));
        QCOMPARE(m_view->toPicker()->currentData().toString(), QStringLiteral("outpatient-coder"));
        QAbstractItemModelTester routes(m_view->routeList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester steps(m_view->stepTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_view->routeList()->isVisibleTo(m_view.get()));
        QVERIFY(!m_view->explanation()->isVisibleTo(m_view.get()));
        QVERIFY(m_view->routeList()->model()->rowCount() >= 2);
        QVERIFY(m_view->routeList()->model()->index(0, 0).data().toString().contains("months"));
        const lattice::Route *route = m_view->selectedRoute();
        QVERIFY(route);
        QCOMPARE(m_view->stepTable()->model()->rowCount(), int(route->steps.size()));
        QCOMPARE(m_view->stepTable()->model()->columnCount(), 5);
        // The wage column names its source on hover.
        const QModelIndex wage = m_view->stepTable()->model()->index(int(route->steps.size()) - 1, RouteStepModel::WageColumn);
        QVERIFY(wage.data().toString().startsWith("$"));
        QVERIFY(wage.data(Qt::ToolTipRole).toString().contains("May 2025"));
        // Changing the plan resets both models under the testers.
        QVERIFY(m_view->setRoute("recent-graduate", "medical-biller").isEmpty());
        QVERIFY(m_view->setRoute("billing-clerk", "patient-access-representative").isEmpty());
    }

    void pickStartAndTargetWithKeyboardAndMouse()
    {
        QComboBox *from = m_view->fromPicker();
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Down);
        QCOMPARE(from->currentIndex(), 1);
        QCOMPARE(QString::fromStdString(m_view->plan().start->id), from->currentData().toString());
        const Role *biller = m_kb->role("medical-biller");
        QVERIFY(biller);
        pickWithMouse(m_view->toPicker(), QString::fromStdString(biller->name));
        QCOMPARE(QString::fromStdString(m_view->plan().targetRole), QStringLiteral("medical-biller"));
        QVERIFY(m_view->routeList()->model()->rowCount() >= 1);
        // The objective by keyboard too.
        m_view->objectivePicker()->setFocus();
        QTest::keyClick(m_view->objectivePicker(), Qt::Key_Down);
        QCOMPARE(int(m_view->plan().optimize), int(lattice::Objective::Cost));
    }

    void coderToCdiFromANonClinicalStartIsUnusual()
    {
        QVERIFY(m_view->setRoute("no-experience", "cdi-specialist").isEmpty());
        const int row = routeWithMove("coder-to-cdi");
        QVERIFY2(row >= 0, "a route through coder-to-cdi");
        QListView *list = m_view->routeList();
        const QModelIndex index = list->model()->index(row, 0);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QCOMPARE(list->currentIndex().row(), row);
        QVERIFY(index.data(RouteListModel::UnusualRole).toBool());
        QVERIFY(index.data().toString().contains("Unusual"));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains("clinical"));
        QAbstractItemModel *steps = m_view->stepTable()->model();
        bool flagged = false;
        for (int r = 0; r < steps->rowCount(); ++r)
            flagged |= steps->index(r, 0).data().toString().contains("unusual");
        QVERIFY2(flagged, "the unusual step is marked in the step table");
    }

    void diagramHighlightsTheRoute()
    {
        const lattice::Route *route = m_view->selectedRoute();
        QVERIFY(route);
        QStringList expected{QString::fromStdString(route->steps.front().from->id)};
        for (const auto &step : route->steps)
            expected << QString::fromStdString(step.to->id);
        LatticeDiagram *diagram = m_view->diagram();
        QCOMPARE(diagram->highlightedNodes(), expected);
        QGraphicsRectItem *on = diagram->nodeItem("coder");
        QGraphicsRectItem *off = diagram->nodeItem("biller");
        QVERIFY(on && off);
        QVERIFY(on->zValue() > off->zValue());
        QVERIFY(on->pen().widthF() > off->pen().widthF());
        QVERIFY(on->opacity() > off->opacity());
        const auto moves = diagram->moveItems(QString::fromStdString(route->steps.front().move->id));
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.front()->pen().widthF(), 4.0);
        QVERIFY(diagram->accessibleDescription().contains(QString::fromStdString(route->steps.front().move->name)));
        QVERIFY(!diagram->accessibleName().isEmpty());
    }

    void roiChartTableAndBreakEven()
    {
        const lattice::Route *route = m_view->selectedRoute();
        QVERIFY(route);
        const auto roi = lattice::returnOnTraining(*route, *m_kb, m_kb->latestVintage(), lattice::defaultBaseline(*m_kb));
        QVERIFY(roi.central.breakEvenMonth);
        QCOMPARE(m_view->roi().central.breakEvenMonth, roi.central.breakEvenMonth);
        ChartBox *box = m_view->roiChart();
        QCOMPARE(box->dataTable()->rowCount(), roi.months + 1); // months 0 to 120
        QVERIFY(box->spec()->caption.contains(QStringLiteral("month %1.").arg(*roi.central.breakEvenMonth)));
        QVERIFY(m_view->summary()->text().contains(QStringLiteral("month %1").arg(*roi.central.breakEvenMonth)));
        m_view->tabs()->setCurrentWidget(box);
        QTRY_VERIFY(box->chartView()->chart() && !box->chartView()->chart()->series().isEmpty());
        // A different baseline pay changes the result.
        m_view->setBaselinePay(40000);
        QCOMPARE(m_view->roi().baseline.annual, 40000.0);
        QVERIFY(box->spec()->caption.contains("$40,000"));
    }

    void unreachableTargetShowsTheExplanation()
    {
        QVERIFY(m_view->setRoute("billing-clerk", "patient-access-representative").isEmpty());
        QCOMPARE(int(m_view->plan().status), int(lattice::Plan::Status::Unreachable));
        QCOMPARE(m_view->routeList()->model()->rowCount(), 0);
        QVERIFY(!m_view->routeList()->isVisibleTo(m_view.get()));
        QVERIFY(m_view->explanation()->isVisibleTo(m_view.get()));
        const QString text = m_view->explanation()->text();
        QVERIFY(!text.isEmpty());
        QCOMPARE(text, QString::fromStdString(m_view->plan().unreachable->explanation));
        QCOMPARE(m_view->stepTable()->model()->rowCount(), 0);
        QVERIFY(m_view->diagram()->highlightedNodes().isEmpty());
        QVERIFY(m_view->printableDocument()->toPlainText().contains(text.left(40)));
    }

    void zoomChangesTheTransform()
    {
        LatticeDiagram *diagram = m_view->diagram();
        const double start = diagram->transform().m11();
        QToolButton *in = button("Zoom in");
        QVERIFY(in);
        QTest::mouseClick(in, Qt::LeftButton);
        QVERIFY(diagram->transform().m11() > start);
        const double afterButton = diagram->transform().m11();
        diagram->setFocus();
        QTest::keyClick(diagram, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(diagram->transform().m11() < afterButton);
        const double afterKey = diagram->transform().m11();
        const QPointF at = diagram->viewport()->rect().center();
        QWheelEvent wheel(at, diagram->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(diagram->viewport(), &wheel);
        QVERIFY(diagram->transform().m11() > afterKey);
    }

    void argumentsChooseTheRoute()
    {
        QVERIFY(m_view->applyArguments({{"from", "recent-graduate"}, {"to", "medical-biller"}}).isEmpty());
        QCOMPARE(QString::fromStdString(m_view->plan().start->id), QStringLiteral("recent-graduate"));
        QVERIFY(m_view->applyArguments({{"from", "astronaut"}}).contains("no-experience"));
        QVERIFY(m_view->applyArguments({{"to", "astronaut"}}).contains("outpatient-coder"));
        QVERIFY(m_view->applyArguments({{"chart", "9"}}).contains("1 to 3"));
        QVERIFY(m_view->applyArguments({{"chart", "2"}}).isEmpty());
        QCOMPARE(m_view->tabs()->currentWidget(), m_view->roiChart());
    }

    void experienceTracksDefaultAndLimits()
    {
        QCOMPARE(m_view->trackIds(), (QStringList{"coder", "biller", "administrator"}));
        ChartBox *box = m_view->experienceChart();
        QVERIFY(box->dataTable()->rowCount() > 0);
        QVERIFY(!box->spec()->caption.isEmpty());
        QCheckBox *biller = m_view->trackBox("biller");
        QVERIFY(biller);
        m_view->tabs()->setCurrentIndex(2);
        QTest::mouseClick(biller, Qt::LeftButton);
        QCOMPARE(m_view->trackIds(), (QStringList{"coder", "administrator"}));
        QVERIFY(!m_view->trackBox("coder")->isEnabled()); // two is the minimum
        QTRY_COMPARE(box->chartView()->chart()->series().size(), 2);
        QCheckBox *auditor = m_view->trackBox("auditor");
        auditor->setFocus();
        QTest::keyClick(auditor, Qt::Key_Space);
        QCOMPARE(m_view->trackIds().size(), 3);
    }

    void printableDocumentHasRouteStepsAndCharts()
    {
        const auto doc = m_view->printableDocument();
        const QString text = doc->toPlainText();
        QVERIFY(text.contains("Career paths"));
        QVERIFY(text.contains("Self-paced coding course"));
        QVERIFY(text.contains("Return on training"));
        QVERIFY(doc->toHtml().contains("chart://roi"));
        QVERIFY(doc->toHtml().contains("chart://lattice"));
    }
};

QTEST_MAIN(TestLaddersView)
#include "tst_ladders_view.moc"
