#pragma once
// The Clients view's undoable changes. Each saves at once through ClientStore and then shows the
// result (ClientsView::refresh), on redo and on undo alike, so the database always holds what the
// screen shows:
//
//   NewClient      add            │ undo: keep the record, delete │ redo: restoreRecord (same ids)
//   DeleteClient   keep the record, delete  │ undo: restoreRecord, sessions and attachments too
//   ClientField    one field of the stored client, before ⇄ after (other fields left as stored)
//   Archive        archived ⇄ active
//   NewSession / DeleteSession   the session's copy is kept; putting it back gives it a new id,
//                  which later commands follow through ClientsView::resolveSession
//   SessionField   date or chosen direction, before ⇄ after
//   RemoveAttachment  by uid, put back as it was
//
// A change that fails (the store refused it) says why in the view and drops out of the stack.

#include "clients/client.h"
#include "views/client_form.h"

#include <QUndoCommand>

namespace hp::clients {
class ClientStore;
}

namespace hp::ui {

class ClientsView;

class ClientsCommand : public QUndoCommand {
public:
    ClientsCommand(ClientsView *view, const QString &text);
    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;  // redo
    virtual void revert() = 0; // undo
    clients::ClientStore &store();
    void show(std::int64_t clientId, std::int64_t sessionId = 0);
    std::int64_t resolve(std::int64_t sessionId) const;
    void remap(std::int64_t oldSessionId, std::int64_t newSessionId);
    void endContextFor(std::int64_t clientId, std::int64_t sessionId = 0); // the held session goes away
    void saveNotes();
    // The client's row neighbour in the list, to show once it is gone.
    std::int64_t neighbourOf(std::int64_t clientId) const;

private:
    void run(bool forward);
    ClientsView *m_view;
};

class NewClientCommand : public ClientsCommand {
public:
    NewClientCommand(ClientsView *view, clients::Client client);
    std::int64_t clientId() const { return m_record.client.id; }

private:
    void apply() override;
    void revert() override;
    clients::ClientRecord m_record;
};

class DeleteClientCommand : public ClientsCommand {
public:
    DeleteClientCommand(ClientsView *view, std::int64_t clientId, const QString &name);

private:
    void apply() override;
    void revert() override;
    std::int64_t m_clientId;
    clients::ClientRecord m_record;
};

class ClientFieldCommand : public ClientsCommand {
public:
    ClientFieldCommand(ClientsView *view, ClientField field, clients::Client before, clients::Client after);

private:
    void apply() override { set(m_after); }
    void revert() override { set(m_before); }
    void set(const clients::Client &value);
    ClientField m_field;
    clients::Client m_before, m_after;
};

class ArchiveCommand : public ClientsCommand {
public:
    ArchiveCommand(ClientsView *view, std::int64_t clientId, const QString &name, bool archive);

private:
    void apply() override { set(m_archive); }
    void revert() override { set(!m_archive); }
    void set(bool archived);
    std::int64_t m_clientId;
    bool m_archive;
};

class NewSessionCommand : public ClientsCommand {
public:
    NewSessionCommand(ClientsView *view, clients::Session session);
    std::int64_t sessionId() const { return m_session.id; }

private:
    void apply() override;
    void revert() override;
    clients::Session m_session;
};

class DeleteSessionCommand : public ClientsCommand {
public:
    DeleteSessionCommand(ClientsView *view, std::int64_t clientId, std::int64_t sessionId, const QString &date);

private:
    void apply() override;
    void revert() override;
    std::int64_t m_clientId;
    clients::Session m_session;
};

class SessionFieldCommand : public ClientsCommand {
public:
    enum class Field { Date, Role };
    SessionFieldCommand(ClientsView *view, std::int64_t clientId, std::int64_t sessionId, Field field, std::string before,
                        std::string after, const QString &text);

private:
    void apply() override { set(m_after); }
    void revert() override { set(m_before); }
    void set(const std::string &value);
    std::int64_t m_clientId, m_sessionId;
    Field m_field;
    std::string m_before, m_after;
};

class RemoveAttachmentCommand : public ClientsCommand {
public:
    RemoveAttachmentCommand(ClientsView *view, std::int64_t clientId, std::int64_t sessionId, clients::Attachment attachment);

private:
    void apply() override;
    void revert() override;
    std::int64_t m_clientId, m_sessionId;
    clients::Attachment m_attachment;
};

} // namespace hp::ui
