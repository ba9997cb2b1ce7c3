// The Ladders ("Career paths") view driven with real clicks and key presses: routes, steps,
// the lattice diagram, return on training and pay by experience on career tracks.

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
#include <QScatterSeries>
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

    // The x values of each ticked track's line: hand-computed years where each level's years begin.
    //   coding ladder: the career guide's 0, 1, 3, 5, 8, 12, 15 (ladders.json)
    //   coder → auditor → compliance: coder 1; + 24 months = 3; + 12 months = 4 (no upper figure)
    //   coder → CDI: coder 1; + 24 months = 3; the lead move has no figure, so no third point
    //   HIT → HIM manager → health services manager: 0 (states no years); + 48 months = 4; + 24 = 6
    //   practice manager → health services manager: 0; + 24 months = 2
    static QVector<double> expectedYears(const QString &trackId)
    {
        static const QHash<QString, QVector<double>> years{
            {"coder-ladder", {0, 1, 3, 5, 8, 12, 15}},
            {"coder-auditor-compliance", {1, 3, 4}},
            {"coder-cdi", {1, 3}},
            {"health-information", {0, 4, 6}},
            {"practice-manager-health-services", {0, 2}},
        };
        return years.value(trackId);
    }

    // The line drawn for a track: exactly one series carries its id.
    static QLineSeries *trackLine(QChart *chart, const QString &trackId)
    {
        QLineSeries *found = nullptr;
        for (QAbstractSeries *s : chart->series())
            if (s->property("trackId").toString() == trackId) {
                if (found)
                    return nullptr;
                found = qobject_cast<QLineSeries *>(s);
            }
        return found;
    }

    static int trackLineCount(QChart *chart)
    {
        int n = 0;
        for (QAbstractSeries *s : chart->series())
            n += s->property("trackId").isValid() ? 1 : 0;
        return n;
    }

    // Whether the chart now on screen draws exactly these tracks, each at its hand-computed years.
    bool drawsTracks(const QStringList &ids, QString *why) const
    {
        QChart *chart = m_view->experienceChart()->chartView()->chart();
        if (!chart || trackLineCount(chart) != ids.size()) {
            *why = QStringLiteral("%1 track lines").arg(chart ? trackLineCount(chart) : -1);
            return false;
        }
        for (const QString &id : ids) {
            QLineSeries *line = trackLine(chart, id);
            QVector<double> xs;
            for (const QPointF &p : line ? line->points() : QList<QPointF>())
                xs << p.x();
            if (!line || xs != expectedYears(id)) {
                *why = QStringLiteral("track %1 has x values %2").arg(id, QVariant::fromValue(xs).toString());
                return false;
            }
        }
        return true;
    }

    // The middle of a ladder level's BLS band for the latest vintage, in thousands (the chart's unit).
    double bandMiddle(const char *ladder, const char *level) const
    {
        for (const LadderLevel &lv : m_kb->ladder(ladder)->levels)
            if (lv.id == level) {
                const auto band = m_kb->blsBand(*lv.bls, m_kb->latestVintage());
                return band ? (double(band->low) + double(band->high)) / 2000 : -1;
            }
        return -1;
    }

    void experienceTracksDefaultAndLimits()
    {
        QCOMPARE(m_view->trackIds(), (QStringList{"coder-ladder", "coder-auditor-compliance", "coder-cdi"}));
        ChartBox *box = m_view->experienceChart();
        m_view->tabs()->setCurrentIndex(2);
        QString why;
        QTRY_VERIFY2(drawsTracks(m_view->trackIds(), &why), qPrintable(why));
        QChart *chart = box->chartView()->chart();
        // Pay is the middle of each level's BLS band.
        const QList<QPointF> cdi = trackLine(chart, "coder-cdi")->points();
        QCOMPARE(cdi.at(0).y(), bandMiddle("coder", "coder"));
        QCOMPARE(cdi.at(1).y(), bandMiddle("auditor", "cdi-specialist-level"));
        // Years resting on an unverified move are marked: a dashed line and an open ring each.
        QCOMPARE(trackLine(chart, "coder-ladder")->pen().style(), Qt::SolidLine);
        QCOMPARE(trackLine(chart, "coder-auditor-compliance")->pen().style(), Qt::DashLine);
        QCOMPARE(trackLine(chart, "coder-cdi")->pen().style(), Qt::DashLine);
        QScatterSeries *rings = nullptr;
        for (QAbstractSeries *s : chart->series())
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                rings = scatter;
        QVERIFY(rings);
        QVERIFY(rings->name().startsWith("Unverified years"));
        QCOMPARE(rings->points(), (QList<QPointF>{{3, bandMiddle("auditor", "coding-auditor-level")},
                                                  {4, bandMiddle("administrator", "compliance-officer-level")},
                                                  {3, bandMiddle("auditor", "cdi-specialist-level")}}));

        // The data table lists every level of every track with its years, band and status.
        QTableWidget *table = box->dataTable();
        QCOMPARE(table->rowCount(), 7 + 3 + 3);
        auto row = [table](const QString &track, const QString &level) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->text() == track && table->item(r, 1)->text() == level)
                    return r;
            return -1;
        };
        const int compliance = row("Coder → auditor → compliance", "Compliance officer");
        QVERIFY(compliance >= 0);
        QCOMPARE(table->item(compliance, 2)->text(), QStringLiteral("4 or more"));
        QVERIFY(table->item(compliance, 3)->text().startsWith("$"));
        QCOMPARE(table->item(compliance, 5)->text(), QStringLiteral("Unverified — check before relying on it"));
        QVERIFY(table->item(compliance, 6)->text().contains("at least 12 months"));
        QVERIFY(table->item(compliance, 6)->text().contains("24–48 months"));
        const int auditor = row("Coder → auditor → compliance", "Coding auditor");
        QCOMPARE(table->item(auditor, 2)->text(), QStringLiteral("3–7"));
        const int lead = row("Coder → CDI specialist", "Senior auditor or CDI lead");
        QCOMPARE(table->item(lead, 2)->text(), QStringLiteral("not stated"));
        QVERIFY(table->item(lead, 6)->text().contains("no source states how long"));
        const int director = row("Coding ladder", "Director of coding");
        QCOMPARE(table->item(director, 2)->text(), QStringLiteral("15 or more"));
        QCOMPARE(table->item(director, 5)->text(), QStringLiteral("Secondary"));
        QVERIFY(table->item(director, 6)->text().contains("ladders.json"));
        const QString caption = box->spec()->caption;
        QVERIFY(caption.contains("ladders.json"));
        QVERIFY(caption.contains("lattice.json"));
        QVERIFY(caption.contains("Unverified years (dashed, open ring) — check before relying on them: Coding auditor, "
                                 "Compliance officer, CDI specialist."));

        // Two is the minimum...
        QTest::mouseClick(m_view->trackBox("coder-cdi"), Qt::LeftButton);
        QCOMPARE(m_view->trackIds(), (QStringList{"coder-ladder", "coder-auditor-compliance"}));
        QVERIFY(!m_view->trackBox("coder-ladder")->isEnabled());
        QTRY_VERIFY2(drawsTracks(m_view->trackIds(), &why), qPrintable(why));
        // ... four the maximum, by keyboard and mouse.
        QCheckBox *hit = m_view->trackBox("health-information");
        hit->setFocus();
        QTest::keyClick(hit, Qt::Key_Space);
        QTest::mouseClick(m_view->trackBox("practice-manager-health-services"), Qt::LeftButton);
        QCOMPARE(m_view->trackIds(), (QStringList{"coder-ladder", "coder-auditor-compliance", "health-information",
                                                  "practice-manager-health-services"}));
        QVERIFY(!m_view->trackBox("coder-cdi")->isEnabled());
        QVERIFY(m_view->trackBox("coder-ladder")->isEnabled());
        QTRY_VERIFY2(drawsTracks(m_view->trackIds(), &why), qPrintable(why));
        QVERIFY(box->spec()->caption.contains("count from 0 when it states none"));

        // Every track has a box with an accessible name.
        for (const Track &t : m_kb->data().tracks) {
            QCheckBox *b = m_view->trackBox(QString::fromStdString(t.id));
            QVERIFY2(b, t.id.c_str());
            QVERIFY(b->accessibleName().contains(QString::fromStdString(t.name)));
        }
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
        QVERIFY(doc->toHtml().contains("chart://experience"));
        QVERIFY(text.contains("Coding ladder from a career guide (ladders.json)")); // the pay-by-experience caption
    }
};

QTEST_MAIN(TestLaddersView)
#include "tst_ladders_view.moc"
