#pragma once
// Ladders ("Career paths"): from a starting point to a target role, the planner's routes (fastest,
// cheapest, alternatives), the selected route's steps, the lattice drawn with the route
// highlighted, its return on training against a baseline pay, and pay by years of experience on
// 2 to 4 career tracks (tracks.json). The step table is the diagram's text alternative; each chart
// has a data table.
//
//   [From ▾] [To ▾] [Optimise for ▾] [Wage data ▾]  [Baseline $ ]  default: federal minimum wage …
//   ┌ routes ───────┐ ┌ Lattice | Return on training | Pay by experience ┐
//   │ Fastest …     │ │                                                  │
//   │ Cheapest …    │ └──────────────────────────────────────────────────┘
//   │ ROI summary   │ [ step table ]
//   └───────────────┘

#include "app/view.h"
#include "lattice/planner.h"
#include "lattice/roi.h"

#include <QVector>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace hp::ui {

class ChartBox;
class LatticeDiagram;
class RouteListModel;
class RouteStepModel;

class LaddersView : public View {
    Q_OBJECT
public:
    explicit LaddersView(KnowledgeBase &kb, QWidget *parent = nullptr);
    ~LaddersView() override;

    QString title() const override;
    std::unique_ptr<QTextDocument> printableDocument() const override;
    // --from NODE, --to ROLE, --chart N (1 lattice, 2 return on training, 3 pay by experience)
    QString applyArguments(const QHash<QString, QString> &arguments) override;
    // The selected Route: {"from": id, "to": id, "optimize": "fastest"|"cheapest",
    // "steps": [{"title": move name}]}, titled "Route: <from> → <to>"; nothing when unreachable.
    std::optional<clients::Attachment> attachment() const override;

    // Empty, or a sentence naming the ids that would work. `from` may be any lattice node.
    QString setRoute(const QString &from, const QString &to);
    void selectRoute(int row);
    void setBaselinePay(int annual);
    void setVintage(int vintage);

    const lattice::Plan &plan() const { return m_plan; }
    const lattice::Route *selectedRoute() const;
    const lattice::RoiResult &roi() const { return m_roi; }
    QStringList trackIds() const; // the ticked career tracks (tracks.json ids), in file order

    QComboBox *fromPicker() const { return m_from; }
    QComboBox *toPicker() const { return m_to; }
    QComboBox *objectivePicker() const { return m_objective; }
    QSpinBox *baselineBox() const { return m_baseline; }
    QListView *routeList() const { return m_routeList; }
    QTableView *stepTable() const { return m_steps; }
    QLabel *explanation() const { return m_explanation; }
    QLabel *summary() const { return m_summary; }
    LatticeDiagram *diagram() const { return m_diagram; }
    QTabWidget *tabs() const { return m_tabs; }
    ChartBox *roiChart() const { return m_roiChart; }
    ChartBox *experienceChart() const { return m_experienceChart; }
    QCheckBox *trackBox(const QString &trackId) const;

signals:
    void planChanged();

private:
    QWidget *buildDiagramPanel();
    QWidget *buildExperiencePanel();
    void fillPickers();
    void reload();
    void redrawLattice();
    void refresh();
    void showRoute(int row);
    void refreshExperience();
    lattice::Baseline baseline() const;

    KnowledgeBase &m_kb;
    std::shared_ptr<const lattice::Lattice> m_lattice; // the plan points into it
    lattice::Plan m_plan;
    lattice::RoiResult m_roi;
    QComboBox *m_from = nullptr, *m_to = nullptr, *m_objective = nullptr, *m_vintage = nullptr;
    QSpinBox *m_baseline = nullptr;
    QLabel *m_baselineNote = nullptr, *m_explanation = nullptr, *m_summary = nullptr;
    QListView *m_routeList = nullptr;
    RouteListModel *m_routes = nullptr;
    QTableView *m_steps = nullptr;
    RouteStepModel *m_stepModel = nullptr;
    LatticeDiagram *m_diagram = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartBox *m_roiChart = nullptr, *m_experienceChart = nullptr;
    QVector<QCheckBox *> m_tracks;
};

} // namespace hp::ui
