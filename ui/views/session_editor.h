#pragma once
// One session of a client: its date, the direction the client chose, the notes shared with the
// client, the counselor's private notes and what was attached from other views. The editor only
// shows and collects; it asks the view for every change through signals (the view saves and
// makes the change undoable).
//
//   Date [26 Nov 2026 ▾]  Direction [Outpatient coder ▾]                  [Start session]
//   Notes  [Heading][• List][1. List][Bold]   Private notes [Heading][• List][1. List][Bold]
//   ┌ shared with the client ────────────┐   ┌ only yours ─────────────────────────────┐
//   └────────────────────────────────────┘   └─────────────────────────────────────────┘
//   Attached: kind · title · attached on                       [Show…] [Remove]
//   [Save notes]  ☐ Include private notes  [Handout PDF…] [Print handout…]

#include "clients/client.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class AttachmentModel;
class NotesEdit;

class SessionEditor : public QWidget {
    Q_OBJECT
public:
    explicit SessionEditor(const KnowledgeBase &kb, QWidget *parent = nullptr);

    // Shows the session (notes too, which are then unmodified); nothing = disabled and empty.
    void setSession(const std::optional<clients::Session> &session);
    void setAttachments(const std::vector<clients::Attachment> &attachments); // notes untouched
    void setDate(const QString &isoDate);     // after an undo; notes untouched
    void setChosenRole(const QString &roleId);
    void setEditable(bool editable);
    void setInContext(bool inContext, bool available); // Start or End; available: a context exists
    std::int64_t sessionId() const { return m_sessionId; }

    bool notesModified() const;
    QString notes() const;        // Markdown
    QString privateNotes() const; // Markdown
    void markNotesSaved();
    bool includePrivateNotes() const;
    void showAttachment(int row); // the title and a readable summary, in a small window

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *rolePicker() const { return m_role; }
    NotesEdit *notesEdit() const { return m_notes; }
    NotesEdit *privateNotesEdit() const { return m_private; }
    QTableView *attachmentTable() const { return m_attachments; }
    AttachmentModel *attachmentModel() const { return m_attachmentModel; }
    QPushButton *removeAttachmentButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *contextButton() const { return m_context; }
    QCheckBox *privateBox() const { return m_includePrivate; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *printButton() const { return m_print; }
    QDialog *attachmentDialog() const { return m_dialog; }
    QTextBrowser *attachmentText() const { return m_dialogText; }

signals:
    void dateCommitted(const QString &before, const QString &after); // ISO dates
    void roleCommitted(const QString &before, const QString &after); // role ids, empty = not chosen
    void notesModifiedChanged(bool modified);
    void saveRequested();
    void contextRequested(); // start or end, as the button says
    void removeAttachmentRequested(std::int64_t attachmentId);
    void handoutPdfRequested();
    void handoutPrintRequested();

private:
    QWidget *buildAttachments();
    void commitDate();
    void updateEnabled();

    const KnowledgeBase &m_kb;
    std::int64_t m_sessionId = 0;
    QString m_shownDate, m_shownRole;
    bool m_editable = true;
    bool m_loading = false;

    QDateEdit *m_date = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_context = nullptr;
    NotesEdit *m_notes = nullptr;
    NotesEdit *m_private = nullptr;
    QTableView *m_attachments = nullptr;
    AttachmentModel *m_attachmentModel = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QCheckBox *m_includePrivate = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QDialog *m_dialog = nullptr;
    QTextBrowser *m_dialogText = nullptr;
};

} // namespace hp::ui
