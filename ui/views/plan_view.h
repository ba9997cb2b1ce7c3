#pragma once
// Plan: a personalized, dated 30-60-90 day plan. The form on the left says who the person is and
// what they have; "Make plan" asks core for the plan and saves it in the user database. Tasks are
// checked off in the tree (undoable), each phase shows its progress and overdue tasks, "Re-plan
// from today" moves the open tasks forward, and the plan exports to PDF, iCalendar, CSV and
// Markdown.
//
//   ┌ Your situation ┐ ┌ Veteran → Outpatient coder, from Mon 4 Jan 2027 ─────────── [Saved ▾][Delete] ┐
//   │ I am a [▾]     │ │ route and notes                                                               │
//   │ Target  [▾]    │ │ [■■■□ Days 1–30] [□□□ Days 31–60] [□□ Days 61–90] [□ Beyond day 90]           │
//   │ …              │ │ task tree (checkable)                    │ selected task: detail, reason, facts │
//   │ [Make plan]    │ │ [Re-plan from today] [Undo] [Redo] [Export ▾]                                 │
//   └────────────────┘ └───────────────────────────────────────────────────────────────────────────────┘

#include "app/view.h"
#include "plan/plan.h"

#include <QVector>

#include <cstdint>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace hp {
class UserStore;
namespace lattice {
class Lattice;
}
} // namespace hp

namespace hp::ui {

class PlanInputForm;
class PlanTaskModel;

class PlanView : public View {
    Q_OBJECT
public:
    // `store` may be null (the user database could not be opened): plans can then be made and
    // exported but not kept, and the view says so.
    PlanView(KnowledgeBase &kb, UserStore *store, QWidget *parent = nullptr);
    ~PlanView() override;

    QString title() const override;
    std::unique_ptr<QTextDocument> printableDocument() const override;
    // --persona, --target, --start, --hours, --budget: fill the form and make the plan.
    QString applyArguments(const QHash<QString, QString> &arguments) override;
    // The plan shown, as plan::toJson (plan::planFromJson reads it back), titled with its title.
    std::optional<clients::Attachment> attachment() const override;

    void setClock(plan::Clock clock); // tests pin "today"
    QString makePlan();               // from the form; empty or the sentence shown to the user
    QString setTaskDone(const QString &taskId, bool done);
    int replanFromToday();            // the shift in days; 0 when nothing was overdue
    QString loadPlan(std::int64_t id);

    enum class ExportFormat { Pdf, ICalendar, Csv, Markdown };
    QString exportTo(ExportFormat format, const QString &path) const; // empty or an error sentence

    const std::optional<plan::Plan> &plan() const { return m_plan; }
    std::int64_t planId() const { return m_planId; }
    PlanInputForm *form() const { return m_form; }
    QTreeView *taskTree() const { return m_tree; }
    PlanTaskModel *taskModel() const { return m_model; }
    QProgressBar *phaseBar(int phase) const { return m_bars.value(phase - 1); }
    QLabel *messageLabel() const { return m_message; }
    QComboBox *savedPicker() const { return m_saved; }
    QUndoStack *undoStack() const { return m_undo; }
    QPushButton *replanButton() const { return m_replan; }

signals:
    void planChanged();

private:
    friend class PlanChangeCommand;
    QWidget *buildPlanPanel();
    void applyPlan(const plan::Plan &plan, bool persist); // show, and save when persist
    void showPlan();
    void showTask();
    void fillSaved();
    void reloadFromStore(); // the user data changed as a whole (a restore)
    void savedChosen(int index);
    void deleteCurrent();
    void chooseAndExport(ExportFormat format);
    void printPlan();
    void setMessage(const QString &text, bool error = false);
    plan::Date today() const;
    QString factsHtml(const plan::Task &task) const;

    KnowledgeBase &m_kb;
    UserStore *m_store = nullptr;
    std::shared_ptr<const lattice::Lattice> m_lattice;
    plan::Clock m_clock;
    std::optional<plan::Plan> m_plan;
    std::int64_t m_planId = 0; // 0 = not saved

    PlanInputForm *m_form = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_delete = nullptr;
    QVector<QProgressBar *> m_bars;
    QTreeView *m_tree = nullptr;
    PlanTaskModel *m_model = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_replan = nullptr;
    QToolButton *m_export = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace hp::ui
