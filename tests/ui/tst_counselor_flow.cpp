// The counselor's whole flow in the real window, as issue 8 describes it: create a client, start
// a session, compare two roles and save the comparison to the session with Ctrl+Shift+S, write a
// note, and export the handout, which shows the comparison and the note.

#include "app/client_context.h"
#include "app/client_session_actions.h"
#include "app/main_window.h"
#include "clients/client_store.h"
#include "models/attachment_model.h"
#include "refdata/knowledge_base.h"
#include "user/user_store.h"
#include "views/client_form.h"
#include "views/clients_view.h"
#include "views/session_editor.h"
#include "views/session_editor_notes.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace hp;
using namespace hp::ui;

class TestCounselorFlow : public QObject {
    Q_OBJECT
private slots:
    void createClientStartSessionAttachComparisonNoteHandout()
    {
        std::string error;
        auto kb = KnowledgeBase::open("", &error);
        QVERIFY2(kb, error.c_str());
        QTemporaryDir dir;
        auto opened = UserStore::open(dir.filePath(QStringLiteral("user.sqlite")).toStdString());
        QVERIFY2(opened.store, opened.error.c_str());
        MainWindow w(*kb, false, nullptr, opened.store.get());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        QVERIFY(w.showView(QStringLiteral("clients")));
        auto *clientsView = qobject_cast<ClientsView *>(w.view(QStringLiteral("clients")));
        QVERIFY(clientsView);
        QTest::mouseClick(clientsView->newClientButton(), Qt::LeftButton);
        QLineEdit *name = clientsView->form()->nameEdit();
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Jordan Reyes"));
        QTest::keyClick(name, Qt::Key_Return);
        QTest::mouseClick(clientsView->newSessionButton(), Qt::LeftButton);
        SessionEditor *editor = clientsView->sessionEditor();
        QTest::mouseClick(editor->contextButton(), Qt::LeftButton);
        QVERIFY(w.clientContext()->active());
        const std::int64_t sessionId = w.clientContext()->sessionId();

        // Compare two roles, then save the comparison to the session from the keyboard.
        QVERIFY(w.showView(QStringLiteral("compare")));
        QVERIFY(w.view(QStringLiteral("compare"))
                    ->applyArguments({{QStringLiteral("roles"), QStringLiteral("outpatient-coder,medical-biller")}})
                    .isEmpty());
        QTRY_VERIFY(w.sessionActions()->saveAction()->isEnabled());
        QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        const auto session = clients::ClientStore(*opened.store).session(sessionId);
        QVERIFY(session);
        QCOMPARE(session->attachments.size(), std::size_t(1));
        QCOMPARE(int(session->attachments.front().kind), int(clients::AttachmentKind::Comparison));

        // Back in the Clients view the attachment is listed; write a note and save it.
        QVERIFY(w.showView(QStringLiteral("clients")));
        QTRY_COMPARE(editor->attachmentModel()->rowCount(), 1);
        QTextEdit *notes = editor->notesEdit()->editor();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Start the CPC course in January"));
        QVERIFY(w.isWindowModified());
        QTest::keyClick(notes, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w.isWindowModified());
        QCOMPARE(clients::ClientStore(*opened.store).session(sessionId)->notes,
                 std::string("Start the CPC course in January"));

        // The handout names the client, the comparison and the note.
        const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
        QCOMPARE(clientsView->exportHandoutPdf(pdf), QString());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (poppler-utils); the PDF's text was not checked.");
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished());
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Jordan Reyes")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Compared:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Start the CPC course in January")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Sources")), qPrintable(text));
        w.clientContext()->end();
    }
};

QTEST_MAIN(TestCounselorFlow)
#include "tst_counselor_flow.moc"
