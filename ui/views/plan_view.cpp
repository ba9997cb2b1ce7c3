#include "views/plan_view.h"

#include "app/data_notifier.h"
#include "app/settings.h"
#include "lattice/lattice.h"
#include "models/plan_task_model.h"
#include "refdata/knowledge_base.h"
#include "user/user_store.h"
#include "views/plan_input_form.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hp::ui {

namespace {
const QString kCurrentPlanKey = QStringLiteral("plan/current");
}

// One edit of the plan (a check-off, a re-plan): the plan before and after, saved on each
// undo and redo so that the database always holds what the screen shows.
class PlanChangeCommand : public QUndoCommand {
public:
    PlanChangeCommand(PlanView *view, plan::Plan before, plan::Plan after, const QString &text)
        : QUndoCommand(text)
        , m_view(view)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_view->applyPlan(m_after, true); }
    void undo() override { m_view->applyPlan(m_before, true); }

private:
    PlanView *m_view;
    plan::Plan m_before, m_after;
};

PlanView::PlanView(KnowledgeBase &kb, UserStore *store, QWidget *parent)
    : View(parent)
    , m_kb(kb)
    , m_store(store)
    , m_lattice(std::make_shared<const lattice::Lattice>(lattice::Lattice::build(kb.data())))
    , m_clock(plan::systemClock())
    , m_undo(new QUndoStack(this))
{
    m_form = new PlanInputForm(kb, this);
    auto *formBox = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formBox);
    auto *formTitle = new QLabel(tr("<b>Your situation</b>"), formBox);
    formLayout->addWidget(formTitle);
    formLayout->addWidget(m_form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formBox);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Your situation"));
    scroll->setMinimumWidth(300);
    scroll->setMaximumWidth(340);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buildPlanPanel(), 1);

    connect(m_form, &PlanInputForm::planRequested, this, [this] { makePlan(); });
    connect(m_form, &PlanInputForm::message, this, [this](const QString &text) { setMessage(text); });
    connect(m_model, &PlanTaskModel::taskCheckRequested, this, [this](const QString &id, bool done) { setTaskDone(id, done); });
    connect(&DataNotifier::instance(), &DataNotifier::userDataChanged, this, &PlanView::reloadFromStore);

    fillSaved();
    if (m_store) {
        const auto saved = m_store->plans();
        std::int64_t wanted = appSettings()->value(kCurrentPlanKey).toLongLong();
        const bool known = std::any_of(saved.begin(), saved.end(), [&](const auto &s) { return s.id == wanted; });
        if (!known && !saved.empty())
            wanted = saved.front().id;
        if (known || !saved.empty())
            loadPlan(wanted);
    } else {
        setMessage(tr("Your data file could not be opened, so plans made now are not kept. Export them to keep them."), true);
    }
    showPlan();
}

PlanView::~PlanView() = default;

QWidget *PlanView::buildPlanPanel()
{
    auto *panel = new QWidget(this);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(panel);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    top->addWidget(m_heading, 1);
    m_saved = new QComboBox(panel);
    m_saved->setAccessibleName(tr("Saved plans"));
    m_saved->setToolTip(tr("Open one of your saved plans"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(24);
    top->addWidget(m_saved);
    m_delete = new QPushButton(tr("De&lete plan"), panel);
    m_delete->setAccessibleName(tr("Delete this saved plan"));
    top->addWidget(m_delete);
    v->addLayout(top);

    m_summary = new QLabel(panel);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Route the plan follows"));
    v->addWidget(m_summary);
    m_message = new QLabel(panel);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Plan messages"));
    v->addWidget(m_message);

    auto *bars = new QHBoxLayout;
    for (int phase = 1; phase <= 4; ++phase) {
        auto *bar = new QProgressBar(panel);
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setAccessibleName(tr("Progress, %1").arg(phaseTitle(phase)));
        m_bars.append(bar);
        bars->addWidget(bar, 1);
    }
    v->addLayout(bars);

    auto *split = new QSplitter(Qt::Horizontal, panel);
    m_tree = new QTreeView(split);
    m_model = new PlanTaskModel(m_tree);
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Plan tasks by phase"));
    m_tree->setAccessibleDescription(tr("Press Space to check a task off."));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PlanTaskModel::TaskColumn, QHeaderView::Stretch);
    for (int c = PlanTaskModel::DueColumn; c < PlanTaskModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_detail = new QTextBrowser(split);
    m_detail->setAccessibleName(tr("Selected task"));
    m_detail->setOpenLinks(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 300});
    v->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_replan = new QPushButton(tr("&Re-plan from today"), panel);
    m_replan->setAccessibleName(tr("Move the open tasks so the earliest overdue one is due today"));
    buttons->addWidget(m_replan);
    auto *undo = new QPushButton(tr("&Undo"), panel);
    undo->setAccessibleName(tr("Undo the last change to the plan"));
    auto *redo = new QPushButton(tr("Re&do"), panel);
    redo->setAccessibleName(tr("Redo the change to the plan"));
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addStretch(1);
    m_export = new QToolButton(panel);
    m_export->setText(tr("&Export"));
    m_export->setAccessibleName(tr("Export the plan"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("PDF…"), this, [this] { chooseAndExport(ExportFormat::Pdf); });
    menu->addAction(tr("Calendar (.ics)…"), this, [this] { chooseAndExport(ExportFormat::ICalendar); });
    menu->addAction(tr("Spreadsheet (.csv)…"), this, [this] { chooseAndExport(ExportFormat::Csv); });
    menu->addAction(tr("Markdown (.md)…"), this, [this] { chooseAndExport(ExportFormat::Markdown); });
    menu->addSeparator();
    menu->addAction(tr("Print…"), this, &PlanView::printPlan);
    m_export->setMenu(menu);
    buttons->addWidget(m_export);
    v->addLayout(buttons);

    // Ctrl+Z / Ctrl+Shift+Z while the view has focus; the buttons mirror them.
    QAction *undoAction = m_undo->createUndoAction(this, tr("Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redoAction = m_undo->createRedoAction(this, tr("Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    addAction(redoAction);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);

    connect(m_replan, &QPushButton::clicked, this, [this] { replanFromToday(); });
    connect(m_saved, &QComboBox::activated, this, &PlanView::savedChosen);
    connect(m_delete, &QPushButton::clicked, this, &PlanView::deleteCurrent);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, m_detail, [this] { showTask(); });
    return panel;
}

QString PlanView::title() const
{
    return tr("30-60-90 day plan");
}

void PlanView::setClock(plan::Clock clock)
{
    m_clock = std::move(clock);
    showPlan();
}

plan::Date PlanView::today() const
{
    return m_clock();
}

void PlanView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

QString PlanView::makePlan()
{
    const plan::PlanInput input = m_form->input();
    const plan::PlanResult result = plan::makePlan(input, m_kb, *m_lattice, m_clock);
    if (!result.error.empty()) {
        const QString sentence = QString::fromStdString(result.error);
        setMessage(sentence, true);
        return sentence;
    }
    m_undo->clear();
    m_planId = 0;
    applyPlan(result.plan, true);
    fillSaved();
    setMessage(m_store ? tr("Plan made and saved. Check tasks off as you go; your progress is kept.")
                       : tr("Plan made, but it cannot be kept: your data file could not be opened."),
               !m_store);
    return {};
}

void PlanView::applyPlan(const plan::Plan &p, bool persist)
{
    m_plan = p;
    if (persist && m_store && !m_store->readOnly()) {
        try {
            if (m_planId == 0) {
                m_planId = m_store->addPlan(p);
                fillSaved();
            } else
                m_store->savePlan(m_planId, p);
            appSettings()->setValue(kCurrentPlanKey, qint64(m_planId));
        } catch (const std::exception &e) {
            setMessage(tr("The change is shown but could not be saved: %1").arg(QString::fromUtf8(e.what())), true);
        }
    }
    showPlan();
    emit planChanged();
}

QString PlanView::setTaskDone(const QString &taskId, bool done)
{
    if (!m_plan)
        return tr("There is no plan yet.");
    plan::Plan after = *m_plan;
    const std::string id = taskId.toStdString();
    auto it = std::find_if(after.tasks.begin(), after.tasks.end(), [&](const plan::Task &t) { return t.id == id; });
    if (it == after.tasks.end())
        return tr("The plan has no task '%1'.").arg(taskId);
    if (it->done == done)
        return {};
    it->done = done;
    it->doneOn = done ? std::optional<plan::Date>(today()) : std::nullopt;
    const QString text = done ? tr("Check off “%1”").arg(QString::fromStdString(it->title))
                              : tr("Reopen “%1”").arg(QString::fromStdString(it->title));
    m_undo->push(new PlanChangeCommand(this, *m_plan, std::move(after), text));
    return {};
}

int PlanView::replanFromToday()
{
    if (!m_plan)
        return 0;
    plan::Plan after = *m_plan;
    const int shift = plan::replanFromToday(after, today());
    if (shift == 0) {
        setMessage(tr("Nothing is overdue, so no dates changed."));
        return 0;
    }
    m_undo->push(new PlanChangeCommand(this, *m_plan, std::move(after), tr("Re-plan from today")));
    setMessage(tr("Open tasks moved %n day(s) later. Undo puts them back.", nullptr, shift));
    return shift;
}

QString PlanView::loadPlan(std::int64_t id)
{
    if (!m_store)
        return tr("Your data file is not open.");
    std::string error;
    auto p = m_store->plan(id, &error);
    if (!p) {
        const QString sentence = QString::fromStdString(error);
        setMessage(sentence, true);
        return sentence;
    }
    m_undo->clear();
    m_planId = id;
    m_plan = std::move(p);
    m_form->setInput(m_plan->input);
    appSettings()->setValue(kCurrentPlanKey, qint64(id));
    showPlan();
    const int i = m_saved->findData(qint64(id));
    if (i >= 0)
        m_saved->setCurrentIndex(i);
    emit planChanged();
    return {};
}

void PlanView::fillSaved()
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    if (m_store)
        for (const auto &s : m_store->plans())
            m_saved->addItem(QString::fromStdString(s.title), qint64(s.id));
    if (m_saved->count() == 0)
        m_saved->addItem(tr("No saved plans"), qint64(0));
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(qint64(m_planId))));
    m_saved->setEnabled(m_store != nullptr && m_saved->itemData(0).toLongLong() != 0);
    m_delete->setEnabled(m_store != nullptr && !m_store->readOnly() && m_planId != 0);
}

// After a restore the saved plans are whatever the backup held: show the same plan again if it is
// still there, else the newest. A plan shown but never saved (from the command line) stays.
void PlanView::reloadFromStore()
{
    if (!m_store)
        return;
    if (const std::int64_t shown = m_planId; shown != 0 || !m_plan) {
        const auto saved = m_store->plans();
        const bool known = std::any_of(saved.begin(), saved.end(), [shown](const auto &s) { return s.id == shown; });
        m_undo->clear();
        m_planId = 0;
        m_plan.reset();
        if (known || !saved.empty())
            loadPlan(known ? shown : saved.front().id);
    }
    fillSaved();
    showPlan();
    emit planChanged();
}

void PlanView::savedChosen(int index)
{
    const qint64 id = m_saved->itemData(index).toLongLong();
    if (id != 0 && id != m_planId)
        loadPlan(id);
}

void PlanView::deleteCurrent()
{
    if (!m_store || m_planId == 0 || !m_plan)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete plan"),
        tr("Delete the plan “%1” and its check-offs? This cannot be undone.").arg(QString::fromStdString(m_plan->title)));
    if (answer != QMessageBox::Yes)
        return;
    try {
        m_store->deletePlan(m_planId);
    } catch (const std::exception &e) {
        setMessage(tr("The plan could not be deleted: %1").arg(QString::fromUtf8(e.what())), true);
        return;
    }
    m_undo->clear();
    m_planId = 0;
    m_plan.reset();
    fillSaved();
    const auto saved = m_store->plans();
    if (!saved.empty())
        loadPlan(saved.front().id);
    showPlan();
    setMessage(tr("Plan deleted."));
}

void PlanView::showPlan()
{
    if (!m_heading)
        return;
    const plan::Date now = today();
    if (!m_plan) {
        m_heading->setText(tr("No plan yet"));
        m_summary->setText(tr("Fill in your situation on the left and choose <b>Make plan</b>. The plan lists what "
                              "to do in your first 30, 60 and 90 days, with dates, and a roadmap to your first job."));
        m_model->setPlan(plan::Plan{}, now);
    } else {
        m_heading->setText(QString::fromStdString(m_plan->title));
        m_summary->setText(QString::fromStdString(m_plan->routeSummary).toHtmlEscaped());
        m_model->setPlan(*m_plan, now);
        m_tree->expandAll();
    }
    const auto progress = m_plan ? plan::progress(*m_plan, now) : std::vector<plan::PhaseProgress>{};
    for (int phase = 1; phase <= 4; ++phase) {
        QProgressBar *bar = m_bars[phase - 1];
        const auto it = std::find_if(progress.begin(), progress.end(), [&](const auto &pp) { return pp.phase == phase; });
        const int total = it != progress.end() ? it->total : 0, done = it != progress.end() ? it->done : 0;
        const int overdue = it != progress.end() ? it->overdue : 0;
        bar->setRange(0, std::max(1, total));
        bar->setValue(done);
        QString text = tr("%1: %2/%3").arg(phaseTitle(phase)).arg(done).arg(total);
        if (overdue > 0)
            text += tr(" (%n overdue)", nullptr, overdue);
        bar->setFormat(text);
        bar->setAccessibleDescription(text);
    }
    m_replan->setEnabled(m_plan.has_value());
    m_export->setEnabled(m_plan.has_value());
    m_delete->setEnabled(m_store && !m_store->readOnly() && m_planId != 0);
    showTask();
}

std::optional<clients::Attachment> PlanView::attachment() const
{
    if (!m_plan)
        return std::nullopt;
    clients::Attachment a;
    a.kind = clients::AttachmentKind::Plan;
    a.title = m_plan->title;
    a.body = plan::toJson(*m_plan);
    return a;
}

QString PlanView::applyArguments(const QHash<QString, QString> &arguments)
{
    static const QStringList keys{QStringLiteral("persona"), QStringLiteral("target"), QStringLiteral("start"),
                                  QStringLiteral("hours"), QStringLiteral("budget")};
    bool any = false;
    for (const QString &k : keys)
        any = any || arguments.contains(k);
    if (!any)
        return {};
    if (const QString problem = m_form->applyArguments(arguments); !problem.isEmpty())
        return problem;
    // A plan asked for on the command line is shown, not saved: saving happens with the first edit.
    const plan::PlanResult result = plan::makePlan(m_form->input(), m_kb, *m_lattice, m_clock);
    if (!result.error.empty())
        return QString::fromStdString(result.error);
    m_undo->clear();
    m_planId = 0;
    applyPlan(result.plan, false);
    fillSaved();
    return {};
}

} // namespace hp::ui
