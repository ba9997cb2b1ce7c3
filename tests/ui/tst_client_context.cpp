// Counselor mode at the window level: while a client session is held, Client ▸ Save to client
// session (Ctrl+Shift+S) attaches what the current view shows — a comparison, a fit check result,
// a planned route, a 30-60-90 plan — to the session, in the JSON shapes the handout reads. The
// status bar names the session; the title shows a view's unsaved state.

#include "app/client_context.h"
#include "app/client_session_actions.h"
#include "app/main_window.h"
#include "app/settings.h"
#include "app/view.h"
#include "clients/client_store.h"
#include "refdata/knowledge_base.h"
#include "user/user_store.h"
#include "views/fit_view.h"
#include "views/ladders_view.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace hp;
using namespace hp::ui;

namespace {

QJsonObject bodyOf(const clients::Attachment &a)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(a.body)).object();
}

} // namespace

class TestClientContext : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    QTemporaryDir m_dir;
    std::unique_ptr<UserStore> m_store;
    std::int64_t m_clientId = 0, m_sessionId = 0;

    std::unique_ptr<MainWindow> makeWindow(UserStore *store)
    {
        auto w = std::make_unique<MainWindow>(*m_kb, false, nullptr, store);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("the window was not exposed");
        return w;
    }

    void startSession(MainWindow &w)
    {
        w.clientContext()->start(m_clientId, m_sessionId, QStringLiteral("Maria"), QStringLiteral("2026-11-26"));
    }

    // Saves the current view to the session; `out` is the attachment that arrived.
    void saveCurrent(MainWindow &w, clients::Attachment &out)
    {
        QAction *save = w.sessionActions()->saveAction();
        const std::size_t before = clients::ClientStore(*m_store).session(m_sessionId)->attachments.size();
        QSignalSpy changed(w.clientContext(), &ClientContext::sessionChanged);
        QVERIFY2(save->isEnabled(), qPrintable(w.currentViewName()));
        save->trigger();
        QCOMPARE(changed.count(), 1);
        const auto session = clients::ClientStore(*m_store).session(m_sessionId);
        QCOMPARE(session->attachments.size(), before + 1);
        out = session->attachments.back();
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Saved %1 to Maria's session.").arg(QString::fromStdString(out.title)));
    }

private slots:
    void initTestCase()
    {
        QApplication::setApplicationName(QStringLiteral("healthpath-test"));
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        appSettings()->clear();
        QVERIFY(m_dir.isValid());
        auto opened = UserStore::open(m_dir.filePath(QStringLiteral("user.sqlite")).toStdString());
        QVERIFY2(opened.store, opened.error.c_str());
        m_store = std::move(opened.store);
        clients::ClientStore clients(*m_store);
        clients::Client c;
        c.displayName = "Maria";
        m_clientId = clients.addClient(c);
        clients::Session s;
        s.clientId = m_clientId;
        s.date = "2026-11-26";
        m_sessionId = clients.addSession(s);
    }

    void statusWidgetFollowsTheContext()
    {
        auto w = makeWindow(m_store.get());
        ClientSessionActions *actions = w->sessionActions();
        QVERIFY(!actions->statusWidget()->isVisible());
        QVERIFY(!actions->saveAction()->isEnabled());
        QVERIFY(!actions->endAction()->isEnabled());
        startSession(*w);
        QVERIFY(actions->statusWidget()->isVisible());
        QCOMPARE(actions->statusLabel()->text(), QStringLiteral("Session with Maria · 26 Nov 2026"));
        QVERIFY(actions->endAction()->isEnabled());
        auto *end = actions->statusWidget()->findChild<QWidget *>(QStringLiteral("endSessionButton"));
        QVERIFY(end);
        QTest::mouseClick(end, Qt::LeftButton);
        QVERIFY(!w->clientContext()->active());
        QVERIFY(!actions->statusWidget()->isVisible());
        QVERIFY(!actions->saveAction()->isEnabled());
    }

    void savesAComparison()
    {
        auto w = makeWindow(m_store.get());
        QVERIFY(w->showView(QStringLiteral("compare")));
        QVERIFY(w->view(QStringLiteral("compare"))
                    ->applyArguments({{QStringLiteral("roles"), QStringLiteral("outpatient-coder,medical-biller")}})
                    .isEmpty());
        QVERIFY(!w->sessionActions()->saveAction()->isEnabled()); // no session yet
        startSession(*w);
        clients::Attachment a;
        saveCurrent(*w, a);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(a.kind), int(clients::AttachmentKind::Comparison));
        const Role *coder = m_kb->role("outpatient-coder");
        const Role *biller = m_kb->role("medical-biller");
        QCOMPARE(QString::fromStdString(a.title),
                 QStringLiteral("Compared: %1, %2").arg(QString::fromStdString(coder->name), QString::fromStdString(biller->name)));
        const QJsonObject body = bodyOf(a);
        QCOMPARE(body.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("outpatient-coder"), QStringLiteral("medical-biller")}));
        QCOMPARE(body.value(QStringLiteral("vintage")).toInt(), m_kb->latestVintage());
        QVERIFY(!a.uid.empty());
    }

    void savesWithTheKeyboardShortcut()
    {
        auto w = makeWindow(m_store.get());
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->showView(QStringLiteral("compare"));
        startSession(*w);
        const std::size_t before = clients::ClientStore(*m_store).session(m_sessionId)->attachments.size();
        QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clients::ClientStore(*m_store).session(m_sessionId)->attachments.size(), before + 1);
    }

    void savesAPlanThatReadsBack()
    {
        auto w = makeWindow(m_store.get());
        w->showView(QStringLiteral("plan"));
        const QString problem = w->view(QStringLiteral("plan"))
                                    ->applyArguments({{QStringLiteral("persona"), QStringLiteral("veteran")},
                                                      {QStringLiteral("target"), QStringLiteral("outpatient-coder")},
                                                      {QStringLiteral("start"), QStringLiteral("2027-01-04")}});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        startSession(*w);
        clients::Attachment a;
        saveCurrent(*w, a);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(a.kind), int(clients::AttachmentKind::Plan));
        std::string error;
        const auto plan = plan::planFromJson(a.body, &error);
        QVERIFY2(plan, error.c_str());
        QCOMPARE(plan->title, a.title);
        QCOMPARE(plan->input.targetRole, std::string("outpatient-coder"));
        QCOMPARE(plan::toJson(*plan), a.body);
    }

    void savesAFitResult()
    {
        auto w = makeWindow(m_store.get());
        w->showView(QStringLiteral("fit"));
        auto *fit = qobject_cast<FitView *>(w->view(QStringLiteral("fit")));
        QVERIFY(fit);
        fit->clearAnswers();
        startSession(*w);
        QVERIFY(!w->sessionActions()->saveAction()->isEnabled()); // nothing ranked yet
        const fit::Item &item = fit->questionnaire().items.front();
        fit->setAnswer(QString::fromStdString(item.id), QString::fromStdString(item.choices.front().id));
        QVERIFY(!fit->result().ranked.empty());
        clients::Attachment a;
        saveCurrent(*w, a);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(a.kind), int(clients::AttachmentKind::FitResult));
        const QJsonObject body = bodyOf(a);
        QCOMPARE(body.value(QStringLiteral("answers")).toObject(),
                 (QJsonObject{{QString::fromStdString(item.id), QString::fromStdString(item.choices.front().id)}}));
        const QJsonArray ranking = body.value(QStringLiteral("ranking")).toArray();
        QCOMPARE(ranking.size(), qsizetype(fit->result().ranked.size()));
        const fit::RoleFit &top = fit->result().ranked.front();
        QCOMPARE(ranking.first().toObject().value(QStringLiteral("role")).toString(), QString::fromStdString(top.roleId));
        QCOMPARE(ranking.first().toObject().value(QStringLiteral("score")).toInt(), qRound(top.score));
        QCOMPARE(QString::fromStdString(a.title),
                 QStringLiteral("Fit check: top role %1").arg(QString::fromStdString(m_kb->role(top.roleId)->name)));
        fit->clearAnswers();
    }

    void savesARouteButNotAnUnreachableOne()
    {
        auto w = makeWindow(m_store.get());
        w->showView(QStringLiteral("ladders"));
        auto *ladders = qobject_cast<LaddersView *>(w->view(QStringLiteral("ladders")));
        QVERIFY(ladders);
        startSession(*w);
        QVERIFY(ladders->setRoute(QStringLiteral("billing-clerk"), QStringLiteral("patient-access-representative")).isEmpty());
        QCOMPARE(int(ladders->plan().status), int(lattice::Plan::Status::Unreachable));
        QVERIFY(!ladders->attachment());
        QVERIFY(!w->sessionActions()->saveAction()->isEnabled());

        QVERIFY(ladders->setRoute(QStringLiteral("no-experience"), QStringLiteral("outpatient-coder")).isEmpty());
        clients::Attachment a;
        saveCurrent(*w, a);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(a.kind), int(clients::AttachmentKind::Route));
        QCOMPARE(QString::fromStdString(a.title), QStringLiteral("Route: %1 → %2")
                                                      .arg(ladders->fromPicker()->currentText(), ladders->toPicker()->currentText()));
        const QJsonObject body = bodyOf(a);
        QCOMPARE(body.value(QStringLiteral("from")).toString(), QStringLiteral("no-experience"));
        QCOMPARE(body.value(QStringLiteral("to")).toString(), QStringLiteral("outpatient-coder"));
        QCOMPARE(body.value(QStringLiteral("optimize")).toString(), QStringLiteral("fastest"));
        const QJsonArray steps = body.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), qsizetype(ladders->selectedRoute()->steps.size()));
        QCOMPARE(steps.first().toObject().value(QStringLiteral("title")).toString(),
                 QString::fromStdString(ladders->selectedRoute()->steps.front().move->name));
    }

    void disabledForReadOnlyStoresAndViewsWithNothingToAttach()
    {
        auto readOnly = UserStore::open(m_store->path(), true);
        QVERIFY2(readOnly.store, readOnly.error.c_str());
        auto w = makeWindow(readOnly.store.get());
        w->showView(QStringLiteral("compare"));
        startSession(*w);
        QVERIFY(w->view(QStringLiteral("compare"))->attachment());
        QVERIFY(!w->sessionActions()->saveAction()->isEnabled());
        const auto outcome = w->sessionActions()->saveToSession();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QStringLiteral("read-only")), qPrintable(outcome.message));
        w.reset();

        auto writable = makeWindow(m_store.get());
        writable->showView(QStringLiteral("sources"));
        startSession(*writable);
        QVERIFY(!writable->sessionActions()->saveAction()->isEnabled());
        writable->showView(QStringLiteral("compare"));
        QVERIFY(writable->sessionActions()->saveAction()->isEnabled());
    }

    void titleShowsTheCurrentViewsUnsavedState()
    {
        auto w = makeWindow(m_store.get());
        w->showView(QStringLiteral("compare"));
        QVERIFY(w->windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(!w->isWindowModified());
        View *compare = w->view(QStringLiteral("compare"));
        compare->setWindowModified(true);
        QVERIFY(w->isWindowModified());
        QVERIFY2(w->windowHandle()->title().contains(QLatin1Char('*')), qPrintable(w->windowHandle()->title()));
        w->showView(QStringLiteral("sources"));
        QVERIFY(!w->isWindowModified());
        QVERIFY(!w->windowHandle()->title().contains(QLatin1Char('*')));
        w->showView(QStringLiteral("compare"));
        QVERIFY(w->isWindowModified());
        compare->setWindowModified(false);
        QVERIFY(!w->isWindowModified());
    }
};

QTEST_MAIN(TestClientContext)
#include "tst_client_context.moc"
