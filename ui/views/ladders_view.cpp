#include "views/ladders_view.h"

#include "app/data_notifier.h"
#include "charts/chart_box.h"
#include "charts/ladder_specs.h"
#include "models/route_models.h"
#include "models/source_table_model.h"
#include "theme/family_palette.h"
#include "views/lattice_diagram.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hp::ui {

namespace {
const QString kDefaultFrom = QStringLiteral("no-experience");
const QString kDefaultTo = QStringLiteral("outpatient-coder");

QString dollars(double v)
{
    return QLocale(QLocale::English).toCurrencyString(v, QStringLiteral("$"), 0);
}

// A label in front of a control, with the control's accessible name.
QComboBox *labelledCombo(QWidget *parent, QHBoxLayout *row, const QString &label, const QString &name, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(name);
    auto *l = new QLabel(label, parent);
    l->setBuddy(combo);
    row->addWidget(l);
    row->addWidget(combo);
    return combo;
}
} // namespace

LaddersView::LaddersView(KnowledgeBase &kb, QWidget *parent)
    : View(parent)
    , m_kb(kb)
    , m_routes(new RouteListModel(this))
    , m_stepModel(new RouteStepModel(kb, this))
{
    setObjectName(QStringLiteral("laddersView"));
    auto *pickRow = new QHBoxLayout;
    m_from = labelledCombo(this, pickRow, tr("&From:"), tr("Starting point"), QStringLiteral("ladderFrom"));
    m_to = labelledCombo(this, pickRow, tr("&To:"), tr("Target role"), QStringLiteral("ladderTo"));
    m_objective = labelledCombo(this, pickRow, tr("&Optimise for:"), tr("Optimise routes for"), QStringLiteral("ladderObjective"));
    m_vintage = labelledCombo(this, pickRow, tr("&Wage data:"), tr("Wage data vintage"), QStringLiteral("ladderVintage"));
    for (QComboBox *c : {m_from, m_to}) {
        c->setMinimumContentsLength(20);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_objective->addItem(tr("Fastest"), int(lattice::Objective::Time));
    m_objective->addItem(tr("Cheapest"), int(lattice::Objective::Cost));
    pickRow->addStretch(1);

    auto *baseRow = new QHBoxLayout;
    m_baseline = new QSpinBox(this);
    m_baseline->setObjectName(QStringLiteral("ladderBaseline"));
    m_baseline->setAccessibleName(tr("Baseline pay, US dollars a year"));
    m_baseline->setRange(0, 1'000'000);
    m_baseline->setSingleStep(1000);
    m_baseline->setPrefix(QStringLiteral("$"));
    m_baseline->setSuffix(tr(" a year"));
    m_baseline->setGroupSeparatorShown(true);
    if (auto *edit = m_baseline->findChild<QLineEdit *>()) // the spin box's own editor takes the focus
        edit->setAccessibleName(m_baseline->accessibleName());
    auto *baseLabel = new QLabel(tr("&Baseline pay:"), this);
    baseLabel->setBuddy(m_baseline);
    m_baselineNote = new QLabel(this);
    m_baselineNote->setWordWrap(true);
    baseRow->addWidget(baseLabel);
    baseRow->addWidget(m_baseline);
    baseRow->addWidget(m_baselineNote, 1);

    m_routeList = new QListView(this);
    m_routeList->setObjectName(QStringLiteral("ladderRoutes"));
    m_routeList->setAccessibleName(tr("Routes"));
    m_routeList->setModel(m_routes);
    m_routeList->setSpacing(3);
    m_routeList->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("ladderExplanation"));
    m_explanation->setAccessibleName(tr("Why no route leads there"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ladderSummary"));
    m_summary->setAccessibleName(tr("Return on training summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *routesLabel = new QLabel(tr("&Routes:"), left);
    routesLabel->setBuddy(m_routeList);
    leftLayout->addWidget(routesLabel);
    leftLayout->addWidget(m_explanation, 1);
    leftLayout->addWidget(m_routeList, 1);
    leftLayout->addWidget(m_summary);

    m_steps = new QTableView(this);
    m_steps->setObjectName(QStringLiteral("ladderSteps"));
    m_steps->setAccessibleName(tr("Steps of the selected route"));
    m_steps->setModel(m_stepModel);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setWordWrap(true);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(RouteStepModel::StepColumn, QHeaderView::Stretch);
    connect(m_stepModel, &QAbstractItemModel::modelReset, m_steps, &QTableView::resizeRowsToContents);
    // The table itself is the context and the capture: the header also resizes while this view is
    // being destroyed, when members of LaddersView must no longer be touched.
    connect(m_steps->horizontalHeader(), &QHeaderView::sectionResized, m_steps,
            [table = m_steps] { QTimer::singleShot(0, table, &QTableView::resizeRowsToContents); });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ladderTabs"));
    m_tabs->setAccessibleName(tr("Route diagram and charts"));
    m_tabs->tabBar()->setAccessibleName(tr("Diagram and chart tabs"));
    m_roiChart = new ChartBox(m_tabs);
    m_tabs->addTab(buildDiagramPanel(), tr("Lattice"));
    m_tabs->addTab(m_roiChart, tr("Return on training"));
    m_tabs->addTab(buildExperiencePanel(), tr("Pay by experience"));

    auto *rightSplit = new QSplitter(Qt::Vertical, this);
    rightSplit->addWidget(m_tabs);
    rightSplit->addWidget(m_steps);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("ladderSplitter"));
    split->addWidget(left);
    split->addWidget(rightSplit);
    left->setMinimumWidth(240);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({320, 940});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(pickRow);
    layout->addLayout(baseRow);
    layout->addWidget(split, 1);

    fillPickers();
    m_baseline->setValue(int(lattice::defaultBaseline(m_kb).annual));
    redrawLattice();
    setRoute(kDefaultFrom, kDefaultTo);
    refreshExperience();
    for (QComboBox *c : {m_from, m_to, m_objective})
        connect(c, &QComboBox::currentIndexChanged, this, &LaddersView::refresh);
    connect(m_vintage, &QComboBox::currentIndexChanged, this, [this] {
        redrawLattice();
        refresh();
        refreshExperience();
    });
    connect(m_baseline, &QSpinBox::valueChanged, this, [this] { showRoute(m_routeList->currentIndex().row()); });
    connect(m_routeList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRoute(current.row()); });
    connect(&DataNotifier::instance(), &DataNotifier::referenceDataChanged, this, &LaddersView::reload);
    setFocusProxy(m_from);
}

LaddersView::~LaddersView() = default;

QString LaddersView::title() const
{
    return tr("Career paths");
}

void LaddersView::fillPickers()
{
    const int previousVintage = m_vintage->currentData().toInt();
    {
        const QSignalBlocker b(m_vintage);
        m_vintage->clear();
        const auto vintages = m_kb.vintages();
        for (auto it = vintages.rbegin(); it != vintages.rend(); ++it)
            m_vintage->addItem(tr("BLS, May %1").arg(*it), *it);
        m_vintage->setCurrentIndex(std::max(0, m_vintage->findData(previousVintage ? previousVintage : m_kb.latestVintage())));
    }
    m_lattice = std::make_shared<const lattice::Lattice>(lattice::Lattice::build(m_kb.data()));
    const QString from = m_from->currentData().toString(), to = m_to->currentData().toString();
    const QSignalBlocker fb(m_from), tb(m_to);
    m_from->clear();
    for (lattice::Vertex v : m_lattice->starts())
        m_from->addItem(QString::fromStdString(m_lattice->node(v).name), QString::fromStdString(m_lattice->node(v).id));
    m_to->clear();
    for (const std::string &id : m_lattice->targetIds()) {
        if (const Role *role = m_kb.role(id))
            m_to->addItem(familySwatch(role->family), QString::fromStdString(role->name), QString::fromStdString(id));
        else if (const auto v = m_lattice->target(id))
            m_to->addItem(QString::fromStdString(m_lattice->node(*v).name), QString::fromStdString(id));
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
    const auto &hourly = m_kb.data().lattice.baselineHourly;
    m_baselineNote->setText(tr("Default: the federal minimum wage, %1 an hour full time (%2). Source on hover.")
                                .arg(QLocale(QLocale::English).toCurrencyString(hourly.value, QStringLiteral("$"), 2),
                                     statusName(m_kb.statusOf(hourly.sourceId, hourly.status))));
    m_baselineNote->setToolTip(tr("The pay you would have without training. Source: %1")
                                   .arg(QString::fromStdString(m_kb.citation(hourly.sourceId))));
}

void LaddersView::reload()
{
    const bool wasDefault = m_baseline->value() == int(m_baseline->property("defaultPay").toInt());
    fillPickers();
    if (wasDefault)
        setBaselinePay(int(lattice::defaultBaseline(m_kb).annual));
    redrawLattice();
    refresh();
    refreshExperience();
}

void LaddersView::redrawLattice()
{
    m_baseline->setProperty("defaultPay", int(lattice::defaultBaseline(m_kb).annual));
    m_diagram->setLattice(*m_lattice, m_kb, m_vintage->currentData().toInt());
    m_diagram->zoomToFit();
}

QString LaddersView::setRoute(const QString &from, const QString &to)
{
    const auto start = m_lattice->find(from.trimmed().toStdString());
    if (!start) {
        QStringList ids;
        for (lattice::Vertex v : m_lattice->starts())
            ids << QString::fromStdString(m_lattice->node(v).id);
        return tr("Unknown starting point '%1'. Starting points: %2.").arg(from, ids.join(QStringLiteral(", ")));
    }
    const int toIndex = m_to->findData(to.trimmed());
    if (toIndex < 0) {
        QStringList ids;
        for (const auto &id : m_lattice->targetIds())
            ids << QString::fromStdString(id);
        return tr("Unknown target '%1'. Targets: %2.").arg(to, ids.join(QStringLiteral(", ")));
    }
    const QSignalBlocker fb(m_from), tb(m_to);
    if (m_from->findData(from.trimmed()) < 0) // any lattice node can be a start, e.g. a current job
        m_from->addItem(QString::fromStdString(m_lattice->node(*start).name), from.trimmed());
    m_from->setCurrentIndex(m_from->findData(from.trimmed()));
    m_to->setCurrentIndex(toIndex);
    refresh();
    return {};
}

void LaddersView::refresh()
{
    lattice::PlanRequest request(m_from->currentData().toString().toStdString(), m_to->currentData().toString().toStdString());
    request.optimize = lattice::Objective(m_objective->currentData().toInt());
    request.vintage = m_vintage->currentData().toInt();
    m_plan = lattice::makePlan(*m_lattice, m_kb, request);
    m_routes->setPlan(m_plan);
    const bool ok = m_plan.status == lattice::Plan::Status::Ok;
    m_routeList->setVisible(ok);
    m_explanation->setVisible(!ok);
    if (ok) {
        m_explanation->clear();
        m_routeList->setCurrentIndex(m_routes->index(0));
        showRoute(0);
    } else {
        m_explanation->setText(QString::fromStdString(m_plan.unreachable ? m_plan.unreachable->explanation : m_plan.error));
        showRoute(-1);
    }
    emit planChanged();
}

const lattice::Route *LaddersView::selectedRoute() const
{
    const auto routes = m_plan.routes();
    const int row = m_routeList->currentIndex().row();
    return row >= 0 && row < int(routes.size()) ? routes[size_t(row)] : nullptr;
}

std::optional<clients::Attachment> LaddersView::attachment() const
{
    const lattice::Route *route = m_plan.status == lattice::Plan::Status::Ok ? selectedRoute() : nullptr;
    if (!route)
        return std::nullopt;
    QJsonArray steps;
    for (const lattice::Step &step : route->steps)
        steps.append(QJsonObject{{QStringLiteral("title"), QString::fromStdString(step.move->name)}});
    const bool cheapest = lattice::Objective(m_objective->currentData().toInt()) == lattice::Objective::Cost;
    const QJsonObject body{{QStringLiteral("from"), m_from->currentData().toString()},
                           {QStringLiteral("to"), m_to->currentData().toString()},
                           {QStringLiteral("optimize"), cheapest ? QStringLiteral("cheapest") : QStringLiteral("fastest")},
                           {QStringLiteral("steps"), steps}};
    clients::Attachment a;
    a.kind = clients::AttachmentKind::Route;
    a.title = tr("Route: %1 → %2").arg(m_from->currentText(), m_to->currentText()).toStdString();
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    return a;
}

void LaddersView::selectRoute(int row)
{
    m_routeList->setCurrentIndex(m_routes->index(row));
}

void LaddersView::setBaselinePay(int annual)
{
    m_baseline->setValue(annual);
}

void LaddersView::setVintage(int vintage)
{
    if (const int index = m_vintage->findData(vintage); index >= 0)
        m_vintage->setCurrentIndex(index);
}

lattice::Baseline LaddersView::baseline() const
{
    const lattice::Baseline def = lattice::defaultBaseline(m_kb);
    return m_baseline->value() == int(def.annual) ? def : lattice::userBaseline(m_baseline->value());
}

void LaddersView::showRoute(int row)
{
    const auto routes = m_plan.routes();
    const lattice::Route *route = row >= 0 && row < int(routes.size()) ? routes[size_t(row)] : nullptr;
    m_stepModel->setRoute(route);
    m_diagram->highlightRoute(route);
    if (!route) {
        m_roi = {};
        auto empty = std::make_shared<RoiChartSpec>();
        empty->title = tr("No route to show");
        empty->caption = m_explanation->text();
        m_roiChart->setSpec(empty);
        m_summary->clear();
        return;
    }
    const int vintage = m_vintage->currentData().toInt();
    m_roi = lattice::returnOnTraining(*route, m_kb, vintage, baseline());
    m_roiChart->setSpec(roiSpec(m_kb, routeTitle(*route), m_roi, vintage, palette().color(QPalette::Highlight)));
    const QString breakEven = m_roi.central.breakEvenMonth ? tr("breaks even in month %1").arg(*m_roi.central.breakEvenMonth)
                                                           : tr("does not break even within %1 months").arg(m_roi.months);
    m_summary->setText(tr("%1 route %2; after %3 years it is %4 against the baseline, with %5 spent on training.")
                           .arg(routeTitle(*route), breakEven)
                           .arg(m_roi.months / 12)
                           .arg(dollars(m_roi.central.netVsBaseline), dollars(m_roi.trainingCost)));
}

} // namespace hp::ui
