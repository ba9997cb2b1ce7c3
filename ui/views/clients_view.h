#pragma once
// Clients: the counselor's client records. Find a client as you type (names, background, goals,
// tags and every session's notes), keep who they are and what limits them, and keep each session:
// its date, the direction chosen, notes with simple Markdown, private notes, and what other views
// saved to it while the session was held ("Start session"). A session becomes a handout (PDF or
// print) for the client.
//
//   ┌ [Search clients and notes   ] ┐ ┌ María López                       [Undo] [Redo] ┐
//   │ Show [Active ▾]               │ │ client form (client_form.h)                     │
//   │ client table / search results │ ├──────────────────┬──────────────────────────────┤
//   │                               │ │ sessions table   │ session editor               │
//   │ [New client][Archive][Delete] │ │ [New] [Delete]   │ (session_editor.h)           │
//   │ [Import…] [Export ▾]          │ │                  │                              │
//   └───────────────────────────────┘ └──────────────────┴──────────────────────────────┘
//
// Every change is saved at once through ClientStore and is a QUndoCommand (clients_view_commands.h):
// a committed field, a new or deleted client or session, archiving, a removed attachment. Notes are
// the exception: they are saved with Ctrl+S or "Save notes", and whenever the counselor moves to
// another session, client or view; until then the view is windowModified.

#include "app/view.h"
#include "clients/client_store.h"

#include <QHash>

#include <cstdint>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace hp {
class KnowledgeBase;
class UserStore;
} // namespace hp

namespace hp::ui {

class ClientContext;
class ClientForm;
class ClientListModel;
class ClientSearchModel;
class ClientsCommand;
class SessionEditor;
class SessionListModel;

extern const QString kCurrentClientKey; // settings: the client shown last

class ClientsView : public View {
    Q_OBJECT
public:
    // `user` may be null (the view says the data file could not be opened) or read-only (records
    // can be read and exported, not changed); `context` may be null (no "Start session").
    ClientsView(KnowledgeBase &kb, UserStore *user, ClientContext *context, QWidget *parent = nullptr);
    ~ClientsView() override;

    QString title() const override;
    // The selected client: who they are, their goals and constraints, each session's notes and
    // attachments. Never the private notes.
    std::unique_ptr<QTextDocument> printableDocument() const override;

    std::int64_t clientId() const { return m_clientId; }
    std::int64_t sessionId() const { return m_sessionId; }
    void selectClient(std::int64_t clientId, std::int64_t sessionId = 0); // saves notes first
    void selectSession(std::int64_t sessionId);
    void setFilter(clients::ArchiveFilter filter);
    void searchNow(); // what typing does after a pause

    // The buttons' actions; each returns empty or the sentence shown to the counselor.
    QString newClient();
    QString deleteClient(); // asks first
    QString toggleArchived();
    QString newSession();
    QString deleteSession(); // asks first
    QString saveNotes();     // nothing to do when the notes are unchanged
    QString toggleSessionContext();

    enum class ExportScope { Selected, All, Deidentified };
    QString exportClients(ExportScope scope, const QString &path) const;
    struct ImportOutcome {
        bool ok = false;
        QString message; // the import report, or what is wrong with the file
    };
    ImportOutcome importClients(const QString &path);
    QString exportHandoutPdf(const QString &path);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *filterPicker() const { return m_filter; }
    QTableView *clientTable() const { return m_table; }
    ClientListModel *clientModel() const { return m_clients; }
    QListView *searchResults() const { return m_hits; }
    ClientSearchModel *searchModel() const { return m_hitModel; }
    QPushButton *newClientButton() const { return m_newClient; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *deleteClientButton() const { return m_deleteClient; }
    QPushButton *importButton() const { return m_import; }
    QToolButton *exportButton() const { return m_export; }
    ClientForm *form() const { return m_form; }
    QTableView *sessionTable() const { return m_sessionTable; }
    SessionListModel *sessionModel() const { return m_sessions; }
    QPushButton *newSessionButton() const { return m_newSession; }
    QPushButton *deleteSessionButton() const { return m_deleteSession; }
    SessionEditor *sessionEditor() const { return m_editor; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *headingLabel() const { return m_heading; }
    QUndoStack *undoStack() const { return m_undo; }
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *redoButton() const { return m_redoButton; }

protected:
    void hideEvent(QHideEvent *event) override;

private:
    friend class ClientsCommand;

    QWidget *buildListPanel();
    QWidget *buildClientPanel();
    void connectParts();
    bool writable() const;
    void commitPending(); // committed fields and notes, before anything else happens
    void push(ClientsCommand *command);

    // After a change: reload the lists and show this client and session (0: the newest).
    void refresh(std::int64_t clientId, std::int64_t sessionId = 0);
    void reloadList();
    void showClient(std::int64_t clientId, std::int64_t sessionId);
    void showSession(std::int64_t sessionId);
    void updateActions();
    void syncContext();
    void sessionChangedElsewhere(std::int64_t sessionId);
    std::int64_t resolveSession(std::int64_t sessionId) const; // follows re-added sessions
    void setMessage(const QString &text, bool error = false);
    QString failure(const QString &what, const std::exception &e);

    void chooseAndExport(ExportScope scope);
    void chooseAndImport();
    void chooseAndWriteHandout();
    void printHandout();

    KnowledgeBase &m_kb;
    UserStore *m_user = nullptr;
    std::unique_ptr<clients::ClientStore> m_store;
    ClientContext *m_context = nullptr;
    QUndoStack *m_undo = nullptr;
    QTimer *m_debounce = nullptr;
    std::int64_t m_clientId = 0;
    std::int64_t m_sessionId = 0;
    bool m_updating = false; // the view is changing selections itself: not the counselor's choice
    clients::ArchiveFilter m_filterValue = clients::ArchiveFilter::ActiveOnly;
    QHash<qint64, qint64> m_sessionRemap; // a deleted session put back gets a new id: old → new

    QLabel *m_notice = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    ClientListModel *m_clients = nullptr;
    QListView *m_hits = nullptr;
    ClientSearchModel *m_hitModel = nullptr;
    QLabel *m_listEmpty = nullptr;
    QPushButton *m_newClient = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_deleteClient = nullptr;
    QPushButton *m_import = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_message = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    ClientForm *m_form = nullptr;
    QTableView *m_sessionTable = nullptr;
    SessionListModel *m_sessions = nullptr;
    QPushButton *m_newSession = nullptr;
    QPushButton *m_deleteSession = nullptr;
    SessionEditor *m_editor = nullptr;
};

} // namespace hp::ui
