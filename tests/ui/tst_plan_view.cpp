// The Plan view driven like a person would: make a plan from the form, check a task off with the
// keyboard and see the phase's progress, undo it, fall behind and re-plan, reopen and find the
// plan as it was, export it.

#include "app/fit_answers.h"
#include "fit/fit_reader.h"
#include "models/plan_task_model.h"
#include "refdata/knowledge_base.h"
#include "user/user_store.h"
#include "views/plan_input_form.h"
#include "views/plan_view.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "gui_test_helpers.h"

using namespace hp;
using namespace hp::ui;

namespace {

plan::Date day(int y, unsigned m, unsigned d)
{
    return plan::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

QHash<QString, QString> args(const QString &persona, const QString &target, const QString &start)
{
    return {{QStringLiteral("persona"), persona}, {QStringLiteral("target"), target}, {QStringLiteral("start"), start}};
}

} // namespace

class TestPlanView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    QTemporaryDir m_dir;
    std::unique_ptr<UserStore> m_store;

    std::unique_ptr<PlanView> makeView(plan::Date today)
    {
        auto view = std::make_unique<PlanView>(*m_kb, m_store.get());
        view->setClock(plan::fixedClock(today));
        view->resize(1280, 800);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qWarning("the view's window did not become active; shortcuts will not reach it");
        return view;
    }

    // The first open task of a phase, selected in the tree.
    QModelIndex selectFirstTask(PlanView &view, int phase)
    {
        const QModelIndex parent = view.taskModel()->phaseIndex(phase);
        const QModelIndex first = view.taskModel()->index(0, 0, parent);
        view.taskTree()->setFocus();
        view.taskTree()->setCurrentIndex(first);
        return first;
    }

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        QVERIFY(m_dir.isValid());
        auto opened = UserStore::open(m_dir.filePath(QStringLiteral("user.sqlite")).toStdString());
        QVERIFY2(opened.store, opened.error.c_str());
        m_store = std::move(opened.store);
    }

    void startsEmptyAndSaysWhatToDo()
    {
        auto view = makeView(day(2027, 1, 4));
        QVERIFY(!view->plan());
        QVERIFY(!view->replanButton()->isEnabled());
        QVERIFY(view->printableDocument()->toPlainText().contains(QStringLiteral("No plan")));
    }

    void makesAPlanFromTheFormAndSavesIt()
    {
        auto view = makeView(day(2027, 1, 4));
        QAbstractItemModelTester tester(view->taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlanInputForm *form = view->form();
        hp::test::pickWithMouse(form->personaPicker(), QStringLiteral("Parent returning to work"));
        QCOMPARE(form->hoursBox()->value(), 8); // the persona's own default
        form->targetPicker()->setCurrentIndex(form->targetPicker()->findData(QStringLiteral("outpatient-coder")));
        form->startEdit()->setDate(QDate(2027, 1, 4));
        QTest::mouseClick(form->makeButton(), Qt::LeftButton);
        QVERIFY(view->plan());
        QCOMPARE(view->plan()->input.persona, std::string("parent-returning"));
        QVERIFY(view->planId() != 0);
        QCOMPARE(m_store->plans().size(), std::size_t(1));
        QVERIFY(view->taskModel()->rowCount(view->taskModel()->phaseIndex(1)) > 0);
        QCOMPARE(view->phaseBar(1)->value(), 0);
    }

    void checksATaskOffWithTheKeyboard()
    {
        auto view = makeView(day(2027, 1, 4)); // reopens the saved plan
        QVERIFY(view->plan());
        const QModelIndex first = selectFirstTask(*view, 1);
        const QString id = first.data(PlanTaskModel::TaskIdRole).toString();
        QTest::keyClick(view->taskTree(), Qt::Key_Space);
        QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(view->phaseBar(1)->value(), 1);
        QVERIFY(view->phaseBar(1)->text().contains(QStringLiteral("1/")));
        // Saved at once: the database has it.
        auto saved = m_store->plan(view->planId());
        QVERIFY(saved);
        const auto task = std::find_if(saved->tasks.begin(), saved->tasks.end(),
                                       [&](const plan::Task &t) { return QString::fromStdString(t.id) == id; });
        QVERIFY(task != saved->tasks.end());
        QVERIFY(task->done);
        QVERIFY(task->doneOn == day(2027, 1, 4));

        // Undo puts it back, on screen and on disk; redo checks it again.
        QTest::keyClick(view->taskTree(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view->phaseBar(1)->value(), 0);
        QVERIFY(!m_store->plan(view->planId())->tasks[std::size_t(task - saved->tasks.begin())].done);
        view->undoStack()->redo();
        QCOMPARE(view->phaseBar(1)->value(), 1);
    }

    void survivesAReopen()
    {
        auto view = makeView(day(2027, 1, 4));
        QVERIFY(view->plan());
        QCOMPARE(view->phaseBar(1)->value(), 1);
        QCOMPARE(view->form()->personaPicker()->currentData().toString(), QStringLiteral("parent-returning"));
    }

    void marksOverdueTasksAndReplans()
    {
        // Two months later with almost nothing done: phase 1 is overdue.
        auto view = makeView(day(2027, 3, 10));
        QVERIFY(view->plan());
        const QModelIndex phase1 = view->taskModel()->phaseIndex(1);
        QVERIFY(phase1.data(PlanTaskModel::OverdueRole).toBool());
        QVERIFY(view->phaseBar(1)->text().contains(QStringLiteral("overdue")));
        const auto before = *view->plan();

        QTest::mouseClick(view->replanButton(), Qt::LeftButton);
        QCOMPARE(view->plan()->tasks.size(), before.tasks.size());
        int moved = 0;
        for (std::size_t i = 0; i < before.tasks.size(); ++i) {
            const int shift = plan::daysBetween(before.tasks[i].due, view->plan()->tasks[i].due);
            if (before.tasks[i].done)
                QCOMPARE(shift, 0);
            moved += shift > 0 ? 1 : 0;
        }
        QVERIFY(moved > 0);
        QVERIFY(!view->taskModel()->phaseIndex(1).data(PlanTaskModel::OverdueRole).toBool());
        for (const plan::Task &t : view->plan()->tasks)
            QVERIFY2(t.done || plan::daysBetween(day(2027, 3, 10), t.due) >= 0, t.id.c_str());
        QVERIFY(view->messageLabel()->text().contains(QStringLiteral("day")));

        view->undoStack()->undo();
        QVERIFY(view->taskModel()->phaseIndex(1).data(PlanTaskModel::OverdueRole).toBool());
        // Replanning again when nothing is overdue changes nothing.
        view->undoStack()->redo();
        QCOMPARE(view->replanFromToday(), 0);
    }

    void commandLineArgumentsShowAPlanWithoutSavingIt()
    {
        auto view = makeView(day(2027, 1, 4));
        const std::size_t saved = m_store->plans().size();
        QCOMPARE(view->applyArguments(args(QStringLiteral("veteran"), QStringLiteral("outpatient-coder"), QStringLiteral("2027-01-04"))),
                 QString());
        QVERIFY(view->plan());
        QCOMPARE(view->plan()->input.persona, std::string("veteran"));
        QCOMPARE(view->planId(), std::int64_t(0));
        QCOMPARE(m_store->plans().size(), saved);
        QVERIFY(view->printableDocument()->toPlainText().contains(QStringLiteral("GI Bill")));

        QVERIFY(view->applyArguments(args(QStringLiteral("astronaut"), QStringLiteral("outpatient-coder"), QStringLiteral("2027-01-04")))
                    .contains(QStringLiteral("veteran")));
        QVERIFY(view->applyArguments(args(QStringLiteral("veteran"), QStringLiteral("astronaut"), QStringLiteral("2027-01-04")))
                    .contains(QStringLiteral("outpatient-coder")));
        QVERIFY(view->applyArguments(args(QStringLiteral("veteran"), QStringLiteral("outpatient-coder"), QStringLiteral("2027-02-30")))
                    .contains(QStringLiteral("2027-01-04")));
    }

    void targetsTheFitChecksTopRole()
    {
        auto view = makeView(day(2027, 1, 4));
        PlanInputForm *form = view->form();
        saveFitAnswers({});
        form->targetPicker()->setCurrentIndex(form->targetPicker()->findData(QStringLiteral("medical-biller")));
        QTest::mouseClick(form->fitButton(), Qt::LeftButton);
        QVERIFY(view->messageLabel()->text().contains(QStringLiteral("no answers")));
        QCOMPARE(form->targetPicker()->currentData().toString(), QStringLiteral("medical-biller"));

        // With answers saved, the button picks the first role of their ranking.
        const fit::Questionnaire q = fit::embeddedQuestionnaire();
        fit::Answers answers;
        for (const fit::Item &item : q.items)
            answers[item.id] = item.choices.back().id;
        saveFitAnswers(answers);
        const std::string top = fit::rankOrder(q, m_kb->roles(), answers).front();
        QVERIFY(top != "medical-biller"); // so the comparison below shows the button changed the target
        QTest::mouseClick(form->fitButton(), Qt::LeftButton);
        QCOMPARE(form->targetPicker()->currentData().toString(), QString::fromStdString(top));
        QVERIFY(view->messageLabel()->text().contains(form->targetPicker()->currentText()));
        saveFitAnswers({});
    }

    void exportsEveryFormat()
    {
        auto view = makeView(day(2027, 1, 4));
        QVERIFY(view->plan());
        QTemporaryDir out;
        const struct {
            PlanView::ExportFormat format;
            QString name;
            QByteArray start;
        } cases[] = {{PlanView::ExportFormat::Pdf, QStringLiteral("plan.pdf"), "%PDF"},
                     {PlanView::ExportFormat::ICalendar, QStringLiteral("plan.ics"), "BEGIN:VCALENDAR\r\n"},
                     {PlanView::ExportFormat::Csv, QStringLiteral("plan.csv"), ""},
                     {PlanView::ExportFormat::Markdown, QStringLiteral("plan.md"), "# "}};
        for (const auto &c : cases) {
            const QString path = out.filePath(c.name);
            QCOMPARE(view->exportTo(c.format, path), QString());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(bytes.size() > 200, qPrintable(c.name));
            QVERIFY2(bytes.startsWith(c.start), qPrintable(c.name));
        }
        QVERIFY(!view->exportTo(PlanView::ExportFormat::Csv, QStringLiteral("/nonexistent-folder/plan.csv")).isEmpty());
    }
};

QTEST_MAIN(TestPlanView)
#include "tst_plan_view.moc"
