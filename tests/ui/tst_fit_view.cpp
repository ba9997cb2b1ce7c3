// The Fit check view driven with real clicks and key presses: answers re-rank the roles at once,
// the details explain the selected role, answers survive a restart, and changes can be undone.

#include "app/settings.h"
#include "models/fit_ranking_model.h"
#include "refdata/knowledge_base.h"
#include "views/fit_questionnaire.h"
#include "views/fit_view.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

using namespace hp;
using namespace hp::ui;

class TestFitView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<FitView> m_view;

    void makeView()
    {
        m_view = std::make_unique<FitView>(*m_kb);
        m_view->resize(1280, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    // Presses the platform's key for a standard action (Undo, Redo) where the focus is.
    static void press(QKeySequence::StandardKey key)
    {
        const QKeyCombination combination = QKeySequence(key)[0];
        QTest::keyClick(QApplication::focusWidget(), combination.key(), combination.keyboardModifiers());
    }

    void click(const char *item, const char *choice)
    {
        QRadioButton *b = m_view->questionnaireWidget()->button(QString::fromUtf8(item), QString::fromUtf8(choice));
        QVERIFY2(b, choice);
        QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2));
        QTRY_VERIFY2(b->isChecked(), choice);
    }

    QString topRole() const { return m_view->rankingModel()->roleIdAt(0); }
    QPushButton *button(const char *name) const { return m_view->findChild<QPushButton *>(QString::fromUtf8(name)); }

private slots:
    void initTestCase()
    {
        QApplication::setApplicationName(QStringLiteral("healthpath-test-fit"));
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
    }

    void init()
    {
        appSettings()->clear();
        makeView();
    }

    void cleanup() { m_view.reset(); }

    void startsWithTheQuestionsAndAnInvitation()
    {
        QAbstractItemModelTester tester(m_view->rankingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_view->rankingModel()->rowCount(), 0);
        auto *placeholder = m_view->findChild<QLabel *>(QStringLiteral("fitPlaceholder"));
        QVERIFY(placeholder && placeholder->isVisible());
        QVERIFY(placeholder->text().contains(QStringLiteral("appears here once you answer")));
        QVERIFY(!m_view->rankingTable()->isVisible());
        QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("How the fit check works")));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("fitProgress"))->text(), QStringLiteral("0 of 15 answered"));
        QVERIFY(!button("fitClear")->isEnabled());
        QVERIFY(!button("fitUndo")->isEnabled());
        // Every answer is a radio button with an accessible name.
        const auto radios = m_view->findChildren<QRadioButton *>();
        QVERIFY(radios.size() >= 30);
        for (QRadioButton *r : radios)
            QVERIFY2(!r->accessibleName().isEmpty(), qPrintable(r->objectName()));
    }

    void answersReRankTheRolesAtOnce()
    {
        QAbstractItemModelTester tester(m_view->rankingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        click("payer-phone", "often");
        click("money-chase", "satisfying");
        QVERIFY(m_view->rankingTable()->isVisible());
        QCOMPARE(m_view->rankingModel()->rowCount(), 17);
        QVERIFY2(topRole() == QLatin1String("ar-denials-specialist") || topRole() == QLatin1String("medical-biller"), qPrintable(topRole()));
        const auto *model = m_view->rankingModel();
        QCOMPARE(model->index(0, FitRankingModel::RankColumn).data().toInt(), 1);
        QCOMPARE(model->index(0, FitRankingModel::ScoreColumn).data().toString(), QStringLiteral("100"));
        QVERIFY(model->index(0, FitRankingModel::WhyColumn).data().toString().contains(QStringLiteral("Phone calls with insurers")));
        // Changing my mind about phone calls and adding coder-like answers puts a coder first.
        click("payer-phone", "avoid");
        click("money-chase", "not-my-thing");
        click("solo-focus", "ideal");
        click("clinical-reading", "enjoy");
        click("remote", "need");
        QVERIFY2(topRole().endsWith(QLatin1String("-coder")), qPrintable(topRole()));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("fitProgress"))->text(), QStringLiteral("5 of 15 answered"));
        QCOMPARE(m_view->answers().at("payer-phone"), std::string("avoid"));
    }

    void keyboardAnswersAndUndo()
    {
        QRadioButton *first = m_view->questionnaireWidget()->button(QStringLiteral("leadership"), QStringLiteral("no-thanks"));
        first->setFocus();
        QTest::keyClick(first, Qt::Key_Space);
        QTRY_COMPARE(m_view->answers().count("leadership"), size_t(1));
        QCOMPARE(m_view->answers().at("leadership"), std::string("no-thanks"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // arrows move along the answers
        QTRY_COMPARE(m_view->answers().at("leadership"), std::string("maybe-later"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTRY_COMPARE(m_view->answers().at("leadership"), std::string("my-goal"));
        const QString top = topRole();
        QVERIFY2(m_kb->role(top.toStdString())->family == Family::Administrator, qPrintable(top));
        // Arrowing through one question is one undo step.
        QCOMPARE(m_view->undoStack()->count(), 1);
        press(QKeySequence::Undo);
        QVERIFY(m_view->answers().empty());
        QVERIFY(!m_view->questionnaireWidget()->button(QStringLiteral("leadership"), QStringLiteral("my-goal"))->isChecked());
        press(QKeySequence::Redo);
        QCOMPARE(m_view->answers().at("leadership"), std::string("my-goal"));
    }

    void detailsExplainTheSelectedRole()
    {
        click("solo-focus", "ideal");
        click("clinical-reading", "enjoy");
        click("payer-phone", "avoid");
        const int row = m_view->rankingModel()->rowOf(QStringLiteral("medical-biller"));
        QVERIFY(row > 0);
        QTest::mouseClick(m_view->rankingTable()->viewport(), Qt::LeftButton, {},
                          m_view->rankingTable()->visualRect(m_view->rankingModel()->index(row, FitRankingModel::RoleColumn)).center());
        const QString details = m_view->details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Medical biller — fit")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("You answered “I'd avoid it” to “Phone calls with insurers”, which counts against this role.")));
        QVERIFY(details.contains(QStringLiteral("What would change the ranking")));
        QVERIFY2(details.contains(QStringLiteral("Medical biller would move above")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Not answered yet:")));
        // The selection survives a re-ranking.
        click("remote", "need");
        QCOMPARE(m_view->rankingModel()->roleIdAt(m_view->rankingTable()->currentIndex().row()), QStringLiteral("medical-biller"));
    }

    void answersSurviveARestart()
    {
        click("payer-phone", "often");
        click("training-money", "degree");
        const auto answers = m_view->answers();
        const QString top = topRole();
        m_view.reset();
        makeView();
        QCOMPARE(m_view->answers(), answers);
        QVERIFY(m_view->questionnaireWidget()->button(QStringLiteral("payer-phone"), QStringLiteral("often"))->isChecked());
        QCOMPARE(topRole(), top);
        QCOMPARE(m_view->undoStack()->count(), 0); // a fresh history after a restart
    }

    void clearingIsUndoable()
    {
        click("payer-phone", "often");
        click("remote", "nice");
        QTest::mouseClick(button("fitClear"), Qt::LeftButton);
        QVERIFY(m_view->answers().empty());
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("fitPlaceholder"))->isVisible());
        QVERIFY(!m_view->questionnaireWidget()->button(QStringLiteral("remote"), QStringLiteral("nice"))->isChecked());
        QVERIFY(button("fitUndo")->isEnabled());
        QTest::mouseClick(button("fitUndo"), Qt::LeftButton);
        QCOMPARE(m_view->answers().size(), size_t(2));
        QVERIFY(m_view->questionnaireWidget()->button(QStringLiteral("remote"), QStringLiteral("nice"))->isChecked());
        m_view.reset();
        makeView();
        QCOMPARE(m_view->answers().size(), size_t(2)); // the undone clear was saved too
    }

    void staleSavedAnswersAreDropped()
    {
        m_view.reset();
        {
            const auto settings = appSettings();
            settings->setValue(QStringLiteral("fitAnswers/payer-phone"), QStringLiteral("often"));
            settings->setValue(QStringLiteral("fitAnswers/payer-phone-old"), QStringLiteral("often"));
            settings->setValue(QStringLiteral("fitAnswers/remote"), QStringLiteral("always"));
        }
        makeView();
        QCOMPARE(m_view->answers().size(), size_t(1));
        QCOMPARE(m_view->answers().at("payer-phone"), std::string("often"));
    }

    void printoutHasAnswersAndRanking()
    {
        QString text = m_view->printableDocument()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Your answers")));
        QVERIFY(text.contains(QStringLiteral("not answered")));
        QVERIFY(text.contains(QStringLiteral("appears once at least one question is answered")));
        click("payer-phone", "often");
        text = m_view->printableDocument()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Ranking")));
        QVERIFY(text.contains(QStringLiteral("Accounts receivable (AR) and denials specialist")));
        QVERIFY(text.contains(QStringLiteral("which suits this role")));
        QVERIFY(text.contains(QStringLiteral("HealthPath editorial judgement")));
    }
};

QTEST_MAIN(TestFitView)
#include "tst_fit_view.moc"
