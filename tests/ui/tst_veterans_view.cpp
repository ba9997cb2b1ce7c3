// The Veterans view driven like a person would: type a code and see a direct match, add a second
// code and a pay grade, pick a role and read its funding and résumé language, type a code that
// matches nothing and still get an answer, ask for a plan, and fill it from the command line.

#include "app/data_notifier.h"
#include "models/veteran_match_model.h"
#include "models/veteran_occupation_model.h"
#include "refdata/knowledge_base.h"
#include "views/plan_input_form.h"
#include "views/plan_view.h"
#include "views/veterans_view.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDate>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include "gui_test_helpers.h"

using namespace hp;
using namespace hp::ui;

namespace {

// A role whose BLS occupation is Medical Records Specialists (29-2072): the coders and records staff.
bool isRecordsOrCodingRole(const KnowledgeBase &kb, const std::string &roleId)
{
    const Role *r = kb.role(roleId);
    const RoleOccupation *o = r ? r->primaryOccupation() : nullptr;
    return o && o->soc == "29-2072";
}

bool hasOccupation(const VeteranOccupationModel *model, const QString &code)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(VeteranOccupationModel::CodeRole).toString().compare(code, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

class TestVeteransView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;

    std::unique_ptr<VeteransView> makeView()
    {
        auto view = std::make_unique<VeteransView>(*m_kb);
        view->resize(1280, 800);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qWarning("the view's window did not become active");
        return view;
    }

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
    }

    void startsWithAnExplanationAndTheAttribution()
    {
        auto view = makeView();
        QVERIFY2(view->loadError().isEmpty(), qPrintable(view->loadError()));
        QVERIFY(!view->details()->toPlainText().isEmpty());
        QVERIFY(!view->summaryLabel()->text().isEmpty());
        QVERIFY(view->attributionLabel()->isVisible());
        QVERIFY2(view->attributionLabel()->text().contains(QStringLiteral("CC BY 4.0")), qPrintable(view->attributionLabel()->text()));
        QVERIFY(!view->planButton()->isVisible()); // no plan handler
        QVERIFY(view->printableDocument()->toPlainText().contains(QStringLiteral("CC BY 4.0")));
    }

    void typingACodeFindsADirectMatch()
    {
        auto view = makeView();
        QAbstractItemModelTester matches(view->matchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester occupations(view->occupationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->codesEdit()->setFocus();
        QTest::keyClicks(view->codesEdit(), QStringLiteral("68G"));
        // Nothing yet: the search waits for a pause in the typing.
        QCOMPARE(view->matchModel()->rowCount(), 0);
        QTRY_VERIFY(view->matchModel()->rowCount() > 0);
        QVERIFY(hasOccupation(view->occupationModel(), QStringLiteral("68G")));
        const auto &roles = view->result().roles;
        const bool direct = std::any_of(roles.begin(), roles.end(), [&](const veterans::RoleMatch &m) {
            return m.kind == veterans::MatchKind::Direct && isRecordsOrCodingRole(*m_kb, m.roleId);
        });
        QVERIFY2(direct, "68G has no direct match to a medical-records or coding role");
        QCOMPARE(roles.front().kind, veterans::MatchKind::Direct);
        QVERIFY(!roles.front().reasons.empty());
        QCOMPARE(view->matchModel()->index(0, VeteranMatchModel::KindColumn).data().toString(), QStringLiteral("Direct"));
        QVERIFY(!view->selectedRoleId().isEmpty()); // the first match is selected
        QVERIFY(view->details()->toPlainText().contains(QString::fromStdString(roles.front().reasons.front())));

        // A second code, then a pay grade chosen with the mouse.
        QTest::keyClicks(view->codesEdit(), QStringLiteral(", 4A051"));
        QTRY_VERIFY(hasOccupation(view->occupationModel(), QStringLiteral("4A051")));
        QCOMPARE(view->result().occupations.size() >= 2, true);
        QVERIFY(!view->result().level);
        hp::test::pickWithMouse(view->gradePicker(), QStringLiteral("E-5"));
        QVERIFY(view->result().level);
        QVERIFY(view->summaryLabel()->text().contains(QString::fromStdString(view->result().level->name).toHtmlEscaped()));
        const auto &first = view->result().roles.front();
        QVERIFY(!first.levelId.empty());
        QVERIFY(!view->matchModel()->index(0, VeteranMatchModel::LevelColumn).data().toString().isEmpty());

        // Arrow down the matches: the details follow the selection.
        view->matchTable()->setFocus();
        const QString before = view->selectedRoleId();
        if (view->matchModel()->rowCount() > 1) {
            QTest::keyClick(view->matchTable(), Qt::Key_Down);
            QVERIFY(view->selectedRoleId() != before);
        }
    }

    void worksFromTheKeyboard()
    {
        auto view = makeView();
        view->setPlanHandler([](const QString &) {});
        view->codesEdit()->setFocus();
        QTest::keyClicks(view->codesEdit(), QStringLiteral("68G"));
        QTest::keyClick(view->codesEdit(), Qt::Key_Return); // matches at once and moves to them
        QTRY_VERIFY(view->matchTable()->hasFocus());
        const QString first = view->selectedRoleId();
        QTest::keyClick(view->matchTable(), Qt::Key_Down);
        QVERIFY(view->selectedRoleId() != first);
        QTest::keyClick(view->matchTable(), Qt::Key_Tab);
        QTRY_VERIFY(view->planButton()->hasFocus());
        QTest::keyClick(view->planButton(), Qt::Key_Backtab);
        QTRY_VERIFY(view->matchTable()->hasFocus());
        // Alt+G reaches the pay grade through its label.
        QTest::keyClick(view.get(), Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(view->gradePicker()->hasFocus());
    }

    void aSelectedRoleShowsFundingAndResumeLanguage()
    {
        auto view = makeView();
        QCOMPARE(view->applyArguments({{QStringLiteral("codes"), QStringLiteral("68G,4A051")}, {QStringLiteral("grade"), QStringLiteral("E5")}}),
                 QString());
        QVERIFY(view->matchModel()->rowCount() > 0);
        // Some role of these matches has funding that is not verified, marked as such.
        bool marked = false;
        for (int row = 0; row < view->matchModel()->rowCount() && !marked; ++row) {
            view->matchTable()->setCurrentIndex(view->matchModel()->index(row, 0));
            marked = view->details()->toPlainText().contains(QStringLiteral("check before relying on it"));
        }
        QVERIFY2(marked, "no matched role shows an unverified funding item");
        QVERIFY(view->details()->toPlainText().contains(QStringLiteral("Funding")));

        view->selectRole(view->matchModel()->roleIdAt(0));
        QVERIFY(view->details()->toPlainText().contains(QStringLiteral("Related credentials")));
        const QString resume = view->resumeView()->toPlainText();
        QVERIFY2(resume.contains(QStringLiteral("In employers' words")), qPrintable(resume));
        QVERIFY(view->copyButton()->isEnabled());
        QTest::mouseClick(view->copyButton(), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("• ")), qPrintable(copied));
        QCOMPARE(copied, view->resumePlainText());

        const QString printed = view->printableDocument()->toPlainText();
        for (const QString &expected : {QStringLiteral("68G"), QStringLiteral("4A051"), QStringLiteral("Direct"), QStringLiteral("Funding"),
                                        QStringLiteral("Résumé language"), QStringLiteral("CC BY 4.0")})
            QVERIFY2(printed.contains(expected), qPrintable(expected));
    }

    void anUnknownCodeGetsAnHonestAnswer()
    {
        auto view = makeView();
        view->codesEdit()->setFocus();
        QTest::keyClicks(view->codesEdit(), QStringLiteral("QQ999"));
        QTest::keyClick(view->codesEdit(), Qt::Key_Return); // no waiting for the pause
        QVERIFY(view->result().roles.empty());
        QVERIFY(!view->result().notFound.empty() || !view->result().noMatchExplanation.empty());
        QVERIFY(view->noMatchLabel()->isVisible());
        QVERIFY(!view->noMatchLabel()->text().isEmpty());
        QVERIFY(view->details()->toPlainText().contains(QStringLiteral("Career paths")));
        QVERIFY(view->details()->toPlainText().contains(QString::fromStdString(view->result().noMatchExplanation)));
        const QString sentence = QString::fromStdString(!view->result().notFound.empty() ? view->result().notFound.front()
                                                                                         : view->result().noMatchExplanation);
        QVERIFY(view->details()->toPlainText().contains(sentence));
        QVERIFY(!view->copyButton()->isEnabled());
        QVERIFY(view->printableDocument()->toPlainText().contains(sentence));
    }

    void thePlanButtonHandsOverTheSelectedRole()
    {
        auto view = makeView();
        QString asked;
        view->setPlanHandler([&](const QString &roleId) { asked = roleId; });
        QVERIFY(view->planButton()->isVisible());
        QVERIFY(!view->planButton()->isEnabled()); // nothing selected yet
        QCOMPARE(view->applyArguments({{QStringLiteral("codes"), QStringLiteral("68G")}}), QString());
        QVERIFY(view->matchModel()->rowCount() > 1);
        view->selectRole(view->matchModel()->roleIdAt(1));
        QTest::mouseClick(view->planButton(), Qt::LeftButton);
        QCOMPARE(asked, view->matchModel()->roleIdAt(1));
        view->setPlanHandler({});
        QVERIFY(!view->planButton()->isVisible());
    }

    // The wiring the main window does: the handler fills the Plan view's form for a veteran with
    // both funding options ticked and makes the plan.
    void thePlanHandlerMakesAVeteransPlanWithFunding()
    {
        PlanView plans(*m_kb, nullptr);
        auto view = makeView();
        view->setPlanHandler([&](const QString &roleId) {
            PlanInputForm *form = plans.form();
            const QString problem = form->applyArguments({{QStringLiteral("persona"), QStringLiteral("veteran")},
                                                          {QStringLiteral("target"), roleId},
                                                          {QStringLiteral("start"), QDate::currentDate().toString(Qt::ISODate)}});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            for (const QString &id : {QStringLiteral("gi-bill"), QStringLiteral("va-test-fee")})
                if (QCheckBox *box = form->fundingBox(id))
                    box->setChecked(true);
            QCOMPARE(plans.makePlan(), QString());
        });
        QCOMPARE(view->applyArguments({{QStringLiteral("codes"), QStringLiteral("68G")}, {QStringLiteral("grade"), QStringLiteral("E5")}}),
                 QString());
        QTest::mouseClick(view->planButton(), Qt::LeftButton);
        QVERIFY(plans.plan());
        QCOMPARE(plans.plan()->input.persona, std::string("veteran"));
        QCOMPARE(QString::fromStdString(plans.plan()->input.targetRole), view->selectedRoleId());
        QVERIFY(plans.printableDocument()->toPlainText().contains(QStringLiteral("GI Bill")));
    }

    void commandLineArguments()
    {
        auto view = makeView();
        QCOMPARE(view->applyArguments({}), QString());
        QCOMPARE(view->applyArguments({{QStringLiteral("codes"), QStringLiteral("68G, 4A051")},
                                       {QStringLiteral("branch"), QStringLiteral("army")},
                                       {QStringLiteral("grade"), QStringLiteral("e-6")}}),
                 QString());
        QCOMPARE(view->codesEdit()->text(), QStringLiteral("68G, 4A051"));
        QCOMPARE(view->branchPicker()->currentData().toString(), QStringLiteral("army"));
        QCOMPARE(view->gradePicker()->currentData().toString(), QStringLiteral("E6"));
        QVERIFY(view->result().level);
        QVERIFY(hasOccupation(view->occupationModel(), QStringLiteral("68G")));
        for (int r = 0; r < view->occupationModel()->rowCount(); ++r)
            QCOMPARE(view->occupationModel()->index(r, 0).data(VeteranOccupationModel::BranchIdRole).toString(), QStringLiteral("army"));
        QCOMPARE(view->applyArguments({{QStringLiteral("branch"), QStringLiteral("any")}}), QString());
        QCOMPARE(view->branchPicker()->currentIndex(), 0);

        const QString badBranch = view->applyArguments({{QStringLiteral("branch"), QStringLiteral("starfleet")}});
        QVERIFY2(badBranch.contains(QStringLiteral("starfleet")) && badBranch.contains(QStringLiteral("air-force")), qPrintable(badBranch));
        const QString badGrade = view->applyArguments({{QStringLiteral("grade"), QStringLiteral("E12")}});
        QVERIFY2(badGrade.contains(QStringLiteral("E12")) && badGrade.contains(QStringLiteral("W1")) && badGrade.contains(QStringLiteral("O10")),
                 qPrintable(badGrade));
        // A bad argument changes nothing.
        QCOMPARE(view->gradePicker()->currentData().toString(), QStringLiteral("E6"));
    }

    void reloadsWhenTheReferenceDataChanges()
    {
        auto view = makeView();
        QCOMPARE(view->applyArguments({{QStringLiteral("codes"), QStringLiteral("68G")}}), QString());
        const QString selected = view->selectedRoleId();
        const std::size_t roles = view->result().roles.size();
        emit DataNotifier::instance().referenceDataChanged();
        QCOMPARE(view->result().roles.size(), roles);
        QCOMPARE(view->selectedRoleId(), selected);
    }
};

QTEST_MAIN(TestVeteransView)
#include "tst_veterans_view.moc"
