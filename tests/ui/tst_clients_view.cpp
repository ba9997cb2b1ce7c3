// The Clients view driven like a counselor would: add a client and hold a session, take notes,
// receive what another view saves, hand out a PDF; find a client by a word in the notes; undo a
// deletion and an edit; archive; and see the view refuse edits, with a sentence, when the data
// file is read-only.

#include "app/client_context.h"
#include "clients/client_json.h"
#include "clients/client_store.h"
#include "models/attachment_model.h"
#include "models/client_list_model.h"
#include "models/client_search_model.h"
#include "models/session_list_model.h"
#include "refdata/knowledge_base.h"
#include "user/user_store.h"
#include "views/client_form.h"
#include "views/clients_view.h"
#include "views/session_editor.h"
#include "views/session_editor_notes.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include "client_demo_data.h"
#include "gui_test_helpers.h"

using namespace hp;
using namespace hp::ui;

namespace {

// Answers the next message box with `button` once it is up (QMessageBox::question blocks).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        }
    });
    timer->start();
}

QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess p;
    p.start(pdftotext, {path, QStringLiteral("-")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

void clickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

} // namespace

class TestClientsView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UserStore> m_store;
    ClientContext m_context;
    test::DemoIds m_demo;

    std::unique_ptr<ClientsView> makeView(UserStore *store)
    {
        auto view = std::make_unique<ClientsView>(*m_kb, store, &m_context);
        view->setWindowTitle(QStringLiteral("Clients[*]"));
        view->resize(1280, 800);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qWarning("the view's window did not become active; shortcuts will not reach it");
        return view;
    }

    void withDemoData() { m_demo = test::addDemoClients(*m_store); }
    clients::ClientStore clientStore() { return clients::ClientStore(*m_store); }

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
    }

    // A fresh database for every test.
    void init()
    {
        m_context.end();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = UserStore::open(m_dir->filePath(QStringLiteral("user.sqlite")).toStdString());
        QVERIFY2(opened.store, opened.error.c_str());
        m_store = std::move(opened.store);
    }
    void cleanup()
    {
        m_context.end();
        m_store.reset();
        m_dir.reset();
    }

    void aSessionFromNewClientToHandout()
    {
        auto view = makeView(m_store.get());
        QVERIFY(view->searchResults()->isHidden() || !view->searchResults()->isVisible());
        QCOMPARE(view->clientModel()->rowCount(), 0);

        // New client: the name field is ready for typing.
        QTest::mouseClick(view->newClientButton(), Qt::LeftButton);
        QLineEdit *name = view->form()->nameEdit();
        QTRY_VERIFY(name->hasFocus());
        QVERIFY(name->hasSelectedText());
        QTest::keyClicks(name, QStringLiteral("Maria Lopez"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(view->clientId() != 0);
        QCOMPARE(clientStore().client(view->clientId())->displayName, std::string("Maria Lopez"));
        QCOMPARE(view->clientModel()->rowCount(), 1);
        QCOMPARE(view->headingLabel()->text(), QStringLiteral("Maria Lopez"));

        // A session dated today, then held: other views can now save to it.
        QTest::mouseClick(view->newSessionButton(), Qt::LeftButton);
        QVERIFY(view->sessionId() != 0);
        QCOMPARE(clientStore().session(view->sessionId())->date, QDate::currentDate().toString(Qt::ISODate).toStdString());
        SessionEditor *editor = view->sessionEditor();
        QCOMPARE(editor->dateEdit()->date(), QDate::currentDate());
        QTest::mouseClick(editor->contextButton(), Qt::LeftButton);
        QVERIFY(m_context.active());
        QCOMPARE(m_context.sessionId(), view->sessionId());
        QCOMPARE(m_context.clientName(), QStringLiteral("Maria Lopez"));
        QCOMPARE(editor->contextButton()->accessibleName(), QStringLiteral("End session"));

        // What another view does with "Save to client session".
        clients::Attachment a;
        a.kind = clients::AttachmentKind::Comparison;
        a.title = "Compared: Outpatient coder, Medical biller";
        a.body = R"({"roles":["outpatient-coder","medical-biller"],"vintage":2024})";
        clientStore().addAttachment(m_context.sessionId(), a);
        m_context.notifySessionChanged();
        QCOMPARE(editor->attachmentModel()->rowCount(), 1);
        QCOMPARE(view->sessionModel()->index(0, SessionListModel::AttachmentsColumn).data().toInt(), 1);
        // Double-click shows it in words.
        QTableView *attached = editor->attachmentTable();
        const QModelIndex first = attached->model()->index(0, AttachmentModel::TitleColumn);
        QTest::mouseClick(attached->viewport(), Qt::LeftButton, {}, attached->visualRect(first).center());
        QTest::mouseDClick(attached->viewport(), Qt::LeftButton, {}, attached->visualRect(first).center());
        QTRY_VERIFY(editor->attachmentDialog()->isVisible());
        QVERIFY(editor->attachmentText()->toPlainText().contains(QStringLiteral("Compared: Outpatient coder")));
        QVERIFY(editor->attachmentText()->toPlainText().contains(QString::fromStdString(m_kb->role("medical-biller")->name)));
        editor->attachmentDialog()->close();

        // Notes, with a heading from the toolbar; unsaved notes mark the view modified.
        QVERIFY(!view->isWindowModified());
        QTextEdit *notes = editor->notesEdit()->editor();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Next steps"));
        QVERIFY(view->isWindowModified());
        QTest::mouseClick(editor->notesEdit()->headingButton(), Qt::LeftButton);
        QTest::keyClick(notes, Qt::Key_End);
        QTest::keyClick(notes, Qt::Key_Return);
        QTest::keyClicks(notes, QStringLiteral("Book the CPC exam"));
        QTest::mouseClick(editor->notesEdit()->bulletButton(), Qt::LeftButton);
        QTextEdit *privateNotes = editor->privateNotesEdit()->editor();
        privateNotes->setFocus();
        QTest::keyClicks(privateNotes, QStringLiteral("Worried about the fees"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(!view->isWindowModified());
        const auto saved = clientStore().session(view->sessionId());
        QVERIFY2(QString::fromStdString(saved->notes).startsWith(QStringLiteral("## Next steps")), saved->notes.c_str());
        QVERIFY2(QString::fromStdString(saved->notes).contains(QStringLiteral("- Book the CPC exam")), saved->notes.c_str());
        QCOMPARE(saved->privateNotes, std::string("Worried about the fees"));

        // The handout: the notes, never the private notes unless asked for.
        const QString pdf = m_dir->filePath(QStringLiteral("handout.pdf"));
        QCOMPARE(view->exportHandoutPdf(pdf), QString());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        if (const QString text = pdfText(pdf); !text.isEmpty()) {
            QVERIFY2(text.contains(QStringLiteral("Book the CPC exam")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Maria Lopez")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("Worried about the fees")), qPrintable(text));
            QTest::mouseClick(editor->privateBox(), Qt::LeftButton);
            QVERIFY(editor->includePrivateNotes());
            QCOMPARE(view->exportHandoutPdf(pdf), QString());
            QVERIFY2(pdfText(pdf).contains(QStringLiteral("Worried about the fees")), qPrintable(pdfText(pdf)));
        } else {
            qWarning("pdftotext is not installed; the handout's text was not checked");
        }
        QVERIFY(!view->exportHandoutPdf(QStringLiteral("/nonexistent-hp-dir/h.pdf")).isEmpty());

        // The printable summary has the shared notes, not the private ones.
        const QString printable = view->printableDocument()->toPlainText();
        QVERIFY(printable.contains(QStringLiteral("Book the CPC exam")));
        QVERIFY(!printable.contains(QStringLiteral("Worried about the fees")));

        QTest::mouseClick(editor->contextButton(), Qt::LeftButton);
        QVERIFY(!m_context.active());
    }

    void undoOfDeleteBringsTheClientBackWithSessions()
    {
        withDemoData();
        auto view = makeView(m_store.get());
        view->selectClient(m_demo.maria);
        QCOMPARE(view->sessionModel()->rowCount(), 2);
        const auto before = clientStore().record(m_demo.maria);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(view->deleteClientButton(), Qt::LeftButton);
        QVERIFY(!clientStore().client(m_demo.maria));
        QCOMPARE(view->clientModel()->rowOf(m_demo.maria), -1);
        QVERIFY(view->clientId() != m_demo.maria);

        QCOMPARE(view->undoStack()->undoText(), QStringLiteral("Delete María López"));
        view->activateWindow(); // back from the message box
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        view->clientTable()->setFocus();
        QTest::keyClick(view->clientTable(), Qt::Key_Z, Qt::ControlModifier);
        const auto after = clientStore().record(m_demo.maria);
        QVERIFY(after);
        QCOMPARE(after->sessions.size(), before->sessions.size());
        QCOMPARE(after->sessions.back().attachments.size(), std::size_t(2));
        QCOMPARE(after->sessions.back().notes, before->sessions.back().notes);
        QCOMPARE(view->clientId(), m_demo.maria);
        QCOMPARE(view->sessionModel()->rowCount(), 2);

        // Saying No deletes nothing.
        answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(view->deleteClientButton(), Qt::LeftButton);
        QVERIFY(clientStore().client(m_demo.maria));
    }

    void undoOfAFieldEdit()
    {
        withDemoData();
        auto view = makeView(m_store.get());
        view->selectClient(m_demo.sam);
        QLineEdit *goals = view->form()->goalsEdit();
        const QString old = goals->text();
        goals->setFocus();
        goals->selectAll();
        QTest::keyClicks(goals, QStringLiteral("Coding manager"));
        QTest::keyClick(goals, Qt::Key_Return);
        QCOMPARE(clientStore().client(m_demo.sam)->goals, std::string("Coding manager"));
        QCOMPARE(view->undoStack()->undoText(), QStringLiteral("Change goals"));

        // Undo puts the old goals back, on screen and on disk; redo brings the new ones again.
        QTest::mouseClick(view->undoButton(), Qt::LeftButton);
        QCOMPARE(clientStore().client(m_demo.sam)->goals, old.toStdString());
        QCOMPARE(goals->text(), old);
        QTest::mouseClick(view->redoButton(), Qt::LeftButton);
        QCOMPARE(goals->text(), QStringLiteral("Coding manager"));

        // Other fields stay as stored: undoing the goals does not undo a later tag edit.
        QLineEdit *tags = view->form()->tagsEdit();
        tags->setFocus();
        tags->selectAll();
        QTest::keyClicks(tags, QStringLiteral("veteran,  GI Bill , veteran"));
        QTest::keyClick(tags, Qt::Key_Return);
        QCOMPARE(tags->text(), QStringLiteral("GI Bill, veteran"));
        QCOMPARE(clientStore().client(m_demo.sam)->tags, (std::vector<std::string>{"GI Bill", "veteran"}));
        view->undoStack()->undo(); // the tags
        view->undoStack()->undo(); // the goals
        QCOMPARE(clientStore().client(m_demo.sam)->goals, old.toStdString());
        QCOMPARE(clientStore().client(m_demo.sam)->tags, std::vector<std::string>{"veteran"});

        // A name cannot be emptied: the field comes back and the view says why.
        QLineEdit *name = view->form()->nameEdit();
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(name->text(), QStringLiteral("Sam Okafor"));
        QVERIFY(view->messageLabel()->isVisible());
        QVERIFY(!view->messageLabel()->text().isEmpty());
        QCOMPARE(clientStore().client(m_demo.sam)->displayName, std::string("Sam Okafor"));
    }

    void tabFollowsTheForm()
    {
        withDemoData();
        auto view = makeView(m_store.get());
        view->selectClient(m_demo.maria);
        view->form()->nameEdit()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view->form()->edit(ClientField::Contact));
        view->form()->goalsEdit()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused == view->form()->hoursBox() || focused->parentWidget() == view->form()->hoursBox(),
                 focused->metaObject()->className());
        view->sessionEditor()->contextButton()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view->sessionEditor()->notesEdit()->headingButton());
    }

    void searchAsYouTypeFindsAWordInTheNotes()
    {
        withDemoData();
        auto view = makeView(m_store.get());
        view->selectClient(m_demo.sam);
        QTest::keyClicks(view->searchEdit(), QStringLiteral("shadow"));
        QTRY_VERIFY(view->searchModel()->rowCount() > 0); // after the pause
        QVERIFY(view->searchResults()->isVisible());
        QVERIFY(!view->clientTable()->isVisible());
        const QModelIndex hit = view->searchModel()->index(0, 0);
        QCOMPARE(hit.data(ClientSearchModel::SessionIdRole).toLongLong(), m_demo.mariaLatest);
        QVERIFY(hit.data(ClientSearchModel::SnippetRole).toString().contains(QStringLiteral("[shadow")));
        QTest::keyClick(view->searchEdit(), Qt::Key_Return); // Enter goes to the first result
        QCOMPARE(view->clientId(), m_demo.maria);
        QCOMPARE(view->sessionId(), m_demo.mariaLatest);
        QVERIFY(view->searchResults()->hasFocus());

        // Nothing found says so; clearing the search shows the list again.
        view->searchEdit()->selectAll();
        QTest::keyClicks(view->searchEdit(), QStringLiteral("zzqx"));
        QTRY_COMPARE(view->searchModel()->rowCount(), 0);
        QTRY_VERIFY(!view->searchResults()->isVisible());
        view->searchEdit()->clear();
        QTRY_VERIFY(view->clientTable()->isVisible());
        // Archived clients are found too, and marked.
        QTest::keyClicks(view->searchEdit(), QStringLiteral("Summa"));
        view->searchNow();
        QCOMPARE(view->searchModel()->rowCount(), 1);
        QVERIFY(view->searchModel()->index(0, 0).data().toString().contains(QStringLiteral("archived")));
    }

    void archivedFilter()
    {
        withDemoData();
        auto view = makeView(m_store.get());
        QCOMPARE(view->clientModel()->rowCount(), 5);
        QCOMPARE(view->clientModel()->rowOf(m_demo.archived), -1);
        test::pickWithMouse(view->filterPicker(), QStringLiteral("Archived clients"));
        QCOMPARE(view->clientModel()->rowCount(), 1);
        QCOMPARE(view->clientModel()->idAt(0), m_demo.archived);
        QCOMPARE(view->clientId(), m_demo.archived);
        QCOMPARE(view->archiveButton()->accessibleName(), QStringLiteral("Unarchive the client"));
        test::pickWithMouse(view->filterPicker(), QStringLiteral("All clients"));
        QCOMPARE(view->clientModel()->rowCount(), 6);
        test::pickWithMouse(view->filterPicker(), QStringLiteral("Active clients"));

        // Archiving takes the client off the active list; undo puts them back.
        view->selectClient(m_demo.maria);
        QTest::mouseClick(view->archiveButton(), Qt::LeftButton);
        QVERIFY(clientStore().client(m_demo.maria)->archived);
        QCOMPARE(view->clientModel()->rowOf(m_demo.maria), -1);
        QCOMPARE(view->clientId(), m_demo.maria); // still shown, so it can be unarchived at once
        QVERIFY(view->headingLabel()->text().contains(QStringLiteral("María")));
        view->undoStack()->undo();
        QVERIFY(!clientStore().client(m_demo.maria)->archived);
        QVERIFY(view->clientModel()->rowOf(m_demo.maria) >= 0);
    }

    void sessionsAreSavedWhenSwitchingAndDeletionIsUndoable()
    {
        withDemoData();
        auto view = makeView(m_store.get());
        view->selectClient(m_demo.maria);
        QCOMPARE(view->sessionId(), m_demo.mariaLatest); // the newest first
        QTextEdit *notes = view->sessionEditor()->notesEdit()->editor();
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(notes, Qt::Key_Return);
        QTest::keyClicks(notes, QStringLiteral("Call back on Friday"));
        QVERIFY(view->isWindowModified());
        clickRow(view->sessionTable(), view->sessionModel()->rowOf(m_demo.mariaFirst)); // switching saves
        QCOMPARE(view->sessionId(), m_demo.mariaFirst);
        QVERIFY(!view->isWindowModified());
        QVERIFY(QString::fromStdString(clientStore().session(m_demo.mariaLatest)->notes).contains(QStringLiteral("Call back on Friday")));

        // Hiding the view (another view chosen, the window closed) saves too.
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Early notes. "));
        QVERIFY(view->isWindowModified());
        view->hide();
        QVERIFY(!view->isWindowModified());
        QVERIFY(QString::fromStdString(clientStore().session(m_demo.mariaFirst)->notes).contains(QStringLiteral("Early notes.")));
        view->show();

        // Changing the date is an edit like any other.
        QDateEdit *date = view->sessionEditor()->dateEdit();
        date->setFocus();
        date->setDate(QDate(2026, 10, 9));
        QTest::keyClick(date, Qt::Key_Return);
        QCOMPARE(clientStore().session(m_demo.mariaFirst)->date, std::string("2026-10-09"));
        view->undoStack()->undo();
        QCOMPARE(clientStore().session(m_demo.mariaFirst)->date, std::string("2026-10-08"));

        // Delete the newest session, then undo: it comes back with its notes and attachments.
        view->selectSession(m_demo.mariaLatest);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(view->deleteSessionButton(), Qt::LeftButton);
        QCOMPARE(clientStore().sessions(m_demo.maria).size(), std::size_t(1));
        QCOMPARE(view->sessionModel()->rowCount(), 1);
        view->undoStack()->undo();
        const auto sessions = clientStore().sessions(m_demo.maria);
        QCOMPARE(sessions.size(), std::size_t(2));
        QCOMPARE(sessions.back().attachments.size(), std::size_t(2));
        QVERIFY(QString::fromStdString(sessions.back().notes).contains(QStringLiteral("Call back on Friday")));
        QCOMPARE(view->sessionId(), sessions.back().id);
        // Redo and undo again follow the session's new id.
        view->undoStack()->redo();
        QCOMPARE(clientStore().sessions(m_demo.maria).size(), std::size_t(1));
        view->undoStack()->undo();
        QCOMPARE(clientStore().sessions(m_demo.maria).size(), std::size_t(2));

        // Removing an attachment is undoable too.
        SessionEditor *editor = view->sessionEditor();
        editor->attachmentTable()->setCurrentIndex(editor->attachmentModel()->index(0, 0));
        QTest::mouseClick(editor->removeAttachmentButton(), Qt::LeftButton);
        QCOMPARE(clientStore().session(view->sessionId())->attachments.size(), std::size_t(1));
        view->undoStack()->undo();
        QCOMPARE(clientStore().session(view->sessionId())->attachments.size(), std::size_t(2));
    }

    void exportAndImport()
    {
        withDemoData();
        auto view = makeView(m_store.get());
        view->selectClient(m_demo.maria);
        const QString all = m_dir->filePath(QStringLiteral("all.json"));
        const QString one = m_dir->filePath(QStringLiteral("one.json"));
        const QString anon = m_dir->filePath(QStringLiteral("anon.json"));
        QCOMPARE(view->exportClients(ClientsView::ExportScope::All, all), QString());
        QCOMPARE(view->exportClients(ClientsView::ExportScope::Selected, one), QString());
        QCOMPARE(view->exportClients(ClientsView::ExportScope::Deidentified, anon), QString());
        QVERIFY(!view->exportClients(ClientsView::ExportScope::All, QStringLiteral("/nonexistent-hp-dir/x.json")).isEmpty());
        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QVERIFY(read(one).contains(QStringLiteral("María López")));
        QVERIFY(!read(one).contains(QStringLiteral("Sam Okafor")));
        QVERIFY(read(all).contains(QStringLiteral("Sam Okafor")));
        QVERIFY(!read(anon).contains(QStringLiteral("María")));
        QVERIFY(!read(anon).contains(QStringLiteral("shadowing")));

        // Delete Sam, import the full export: Sam comes back, nobody is doubled.
        view->selectClient(m_demo.sam);
        answerNextMessageBox(QMessageBox::Yes);
        view->deleteClient();
        QCOMPARE(clientStore().clientCount(), 5);
        const ClientsView::ImportOutcome outcome = view->importClients(all);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("Added 1 client")), qPrintable(outcome.message));
        QCOMPARE(clientStore().clientCount(), 6);
        QCOMPARE(view->clientModel()->rowCount(), 5);

        const ClientsView::ImportOutcome refused = view->importClients(anon);
        QVERIFY(!refused.ok);
        QVERIFY(refused.message.startsWith(QStringLiteral("Nothing was imported")));
        QVERIFY(!view->importClients(m_dir->filePath(QStringLiteral("missing.json"))).ok);
    }

    void readOnlyStoreDisablesEditingAndSaysWhy()
    {
        withDemoData();
        const std::string path = m_store->path();
        m_store.reset();
        auto opened = UserStore::open(path, true);
        QVERIFY2(opened.store, opened.error.c_str());
        m_store = std::move(opened.store);
        auto view = makeView(m_store.get());
        QVERIFY(view->noticeLabel()->isVisible());
        QVERIFY(view->noticeLabel()->text().contains(QStringLiteral("read-only")));
        QCOMPARE(view->clientModel()->rowCount(), 5);
        view->selectClient(m_demo.maria);
        QVERIFY(!view->newClientButton()->isEnabled());
        QVERIFY(!view->deleteClientButton()->isEnabled());
        QVERIFY(!view->archiveButton()->isEnabled());
        QVERIFY(!view->newSessionButton()->isEnabled());
        QVERIFY(!view->deleteSessionButton()->isEnabled());
        QVERIFY(!view->importButton()->isEnabled());
        QVERIFY(view->exportButton()->isEnabled());
        QVERIFY(view->form()->nameEdit()->isReadOnly());
        QVERIFY(view->sessionEditor()->notesEdit()->editor()->isReadOnly());
        QVERIFY(!view->sessionEditor()->saveButton()->isEnabled());
        QVERIFY(!view->sessionEditor()->contextButton()->isEnabled());
        QVERIFY(view->sessionEditor()->pdfButton()->isEnabled());
        QVERIFY(!view->newClient().isEmpty());
        // Reading still works: search and the handout.
        view->searchEdit()->setText(QStringLiteral("shadow"));
        view->searchNow();
        QCOMPARE(view->searchModel()->rowCount(), 1);
        QCOMPARE(view->exportHandoutPdf(m_dir->filePath(QStringLiteral("ro.pdf"))), QString());
    }

    void noDataFileSaysWhy()
    {
        auto view = makeView(nullptr);
        QVERIFY(view->noticeLabel()->isVisible());
        QVERIFY(view->noticeLabel()->text().contains(QStringLiteral("could not be opened")));
        QVERIFY(!view->newClientButton()->isEnabled());
        QVERIFY(!view->searchEdit()->isEnabled());
        QVERIFY(view->printableDocument()->toPlainText().contains(QStringLiteral("No client")));
    }

    void everyControlHasAnAccessibleName()
    {
        withDemoData();
        auto view = makeView(m_store.get());
        view->selectClient(m_demo.maria);
        for (QWidget *c : view->findChildren<QWidget *>()) {
            if (!c->isVisible() || c->focusPolicy() == Qt::NoFocus)
                continue;
            if (auto *area = qobject_cast<QAbstractScrollArea *>(c->parentWidget()); area && area->viewport() == c)
                continue;
            if (c->inherits("QScrollBar") || c->inherits("QSplitterHandle") || c->inherits("QHeaderView"))
                continue;
            QVERIFY2(!c->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 '%2' has no accessible name").arg(QString::fromUtf8(c->metaObject()->className()), c->objectName())));
        }
    }

    // The view at 1280x800 with a small caseload: set CLIENTS_SCREENSHOT to a path to keep it.
    void screenshotWithDemoClients()
    {
        withDemoData();
        auto view = makeView(m_store.get());
        view->selectClient(m_demo.maria);
        QTest::qWait(50);
        const QPixmap shot = view->grab();
        QCOMPARE(shot.size(), QSize(1280, 800));
        if (const QString path = qEnvironmentVariable("CLIENTS_SCREENSHOT"); !path.isEmpty())
            QVERIFY(shot.save(path));
    }
};

QTEST_MAIN(TestClientsView)
#include "tst_clients_view.moc"
