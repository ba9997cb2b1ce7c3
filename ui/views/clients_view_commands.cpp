#include "views/clients_view_commands.h"

#include "app/client_context.h"
#include "clients/client_store.h"
#include "models/client_list_model.h"
#include "views/clients_view.h"

#include <algorithm>
#include <stdexcept>

namespace hp::ui {

namespace {

std::runtime_error gone(const QString &sentence)
{
    return std::runtime_error(sentence.toStdString());
}

} // namespace

// Base ---------------------------------------------------------------------------------------------

ClientsCommand::ClientsCommand(ClientsView *view, const QString &text)
    : QUndoCommand(text)
    , m_view(view)
{
}

void ClientsCommand::redo()
{
    run(true);
}

void ClientsCommand::undo()
{
    run(false);
}

void ClientsCommand::run(bool forward)
{
    try {
        forward ? apply() : revert();
    } catch (const std::exception &e) {
        m_view->setMessage(m_view->failure(forward ? text() : ClientsView::tr("Undo %1").arg(text()), e), true);
        m_view->refresh(m_view->m_clientId, m_view->m_sessionId);
        setObsolete(true); // the stack drops a change that could not be made
    }
}

clients::ClientStore &ClientsCommand::store()
{
    return *m_view->m_store;
}

void ClientsCommand::show(std::int64_t clientId, std::int64_t sessionId)
{
    m_view->refresh(clientId, sessionId);
}

std::int64_t ClientsCommand::resolve(std::int64_t sessionId) const
{
    return m_view->resolveSession(sessionId);
}

void ClientsCommand::remap(std::int64_t oldSessionId, std::int64_t newSessionId)
{
    m_view->m_sessionRemap.insert(oldSessionId, newSessionId);
}

void ClientsCommand::endContextFor(std::int64_t clientId, std::int64_t sessionId)
{
    ClientContext *context = m_view->m_context;
    if (!context || !context->active())
        return;
    if ((clientId != 0 && context->clientId() == clientId) || (sessionId != 0 && context->sessionId() == sessionId))
        context->end();
}

void ClientsCommand::saveNotes()
{
    m_view->saveNotes();
}

std::int64_t ClientsCommand::neighbourOf(std::int64_t clientId) const
{
    const ClientListModel *list = m_view->m_clients;
    const int row = list->rowOf(clientId);
    if (row < 0)
        return 0;
    if (const std::int64_t next = list->idAt(row + 1))
        return next;
    return list->idAt(row - 1);
}

// Clients ------------------------------------------------------------------------------------------

NewClientCommand::NewClientCommand(ClientsView *view, clients::Client client)
    : ClientsCommand(view, ClientsView::tr("New client"))
{
    m_record.client = std::move(client);
}

void NewClientCommand::apply()
{
    if (m_record.client.id == 0) {
        const std::int64_t id = store().addClient(m_record.client);
        m_record.client = store().client(id).value();
    } else {
        store().restoreRecord(m_record);
    }
    show(m_record.client.id);
}

void NewClientCommand::revert()
{
    saveNotes();
    const std::int64_t id = m_record.client.id;
    if (auto record = store().record(id))
        m_record = std::move(*record);
    const std::int64_t next = neighbourOf(id);
    endContextFor(id);
    store().deleteClient(id);
    show(next);
}

DeleteClientCommand::DeleteClientCommand(ClientsView *view, std::int64_t clientId, const QString &name)
    : ClientsCommand(view, ClientsView::tr("Delete %1").arg(name))
    , m_clientId(clientId)
{
}

void DeleteClientCommand::apply()
{
    saveNotes();
    auto record = store().record(m_clientId);
    if (!record)
        throw gone(ClientsView::tr("The client is no longer here."));
    m_record = std::move(*record);
    const std::int64_t next = neighbourOf(m_clientId);
    endContextFor(m_clientId);
    store().deleteClient(m_clientId);
    show(next);
}

void DeleteClientCommand::revert()
{
    store().restoreRecord(m_record);
    show(m_clientId);
}

ClientFieldCommand::ClientFieldCommand(ClientsView *view, ClientField field, clients::Client before, clients::Client after)
    : ClientsCommand(view, ClientsView::tr("Change %1").arg(clientFieldText(field)))
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ClientFieldCommand::set(const clients::Client &value)
{
    auto stored = store().client(value.id);
    if (!stored)
        throw gone(ClientsView::tr("The client is no longer here."));
    copyClientField(m_field, value, *stored);
    store().updateClient(*stored);
    show(value.id);
}

ArchiveCommand::ArchiveCommand(ClientsView *view, std::int64_t clientId, const QString &name, bool archive)
    : ClientsCommand(view, archive ? ClientsView::tr("Archive %1").arg(name) : ClientsView::tr("Unarchive %1").arg(name))
    , m_clientId(clientId)
    , m_archive(archive)
{
}

void ArchiveCommand::set(bool archived)
{
    store().setArchived(m_clientId, archived);
    show(m_clientId);
}

// Sessions -----------------------------------------------------------------------------------------

NewSessionCommand::NewSessionCommand(ClientsView *view, clients::Session session)
    : ClientsCommand(view, ClientsView::tr("New session"))
    , m_session(std::move(session))
{
}

void NewSessionCommand::apply()
{
    const std::int64_t old = m_session.id;
    m_session.id = store().addSession(m_session);
    if (old != 0)
        remap(old, m_session.id);
    show(m_session.clientId, m_session.id);
}

void NewSessionCommand::revert()
{
    saveNotes();
    const std::int64_t id = resolve(m_session.id);
    if (auto s = store().session(id))
        m_session = std::move(*s);
    m_session.id = id;
    endContextFor(0, id);
    store().deleteSession(id);
    show(m_session.clientId);
}

DeleteSessionCommand::DeleteSessionCommand(ClientsView *view, std::int64_t clientId, std::int64_t sessionId, const QString &date)
    : ClientsCommand(view, ClientsView::tr("Delete the session of %1").arg(date))
    , m_clientId(clientId)
{
    m_session.id = sessionId;
}

void DeleteSessionCommand::apply()
{
    saveNotes();
    const std::int64_t id = resolve(m_session.id);
    auto s = store().session(id);
    if (!s)
        throw gone(ClientsView::tr("The session is no longer here."));
    m_session = std::move(*s);
    endContextFor(0, id);
    store().deleteSession(id);
    show(m_clientId);
}

void DeleteSessionCommand::revert()
{
    const std::int64_t old = m_session.id;
    m_session.id = store().addSession(m_session);
    remap(old, m_session.id);
    show(m_clientId, m_session.id);
}

SessionFieldCommand::SessionFieldCommand(ClientsView *view, std::int64_t clientId, std::int64_t sessionId, Field field,
                                         std::string before, std::string after, const QString &text)
    : ClientsCommand(view, text)
    , m_clientId(clientId)
    , m_sessionId(sessionId)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SessionFieldCommand::set(const std::string &value)
{
    saveNotes();
    const std::int64_t id = resolve(m_sessionId);
    auto s = store().session(id);
    if (!s)
        throw gone(ClientsView::tr("The session is no longer here."));
    (m_field == Field::Date ? s->date : s->chosenRole) = value;
    store().updateSession(*s);
    show(m_clientId, id);
}

RemoveAttachmentCommand::RemoveAttachmentCommand(ClientsView *view, std::int64_t clientId, std::int64_t sessionId,
                                                 clients::Attachment attachment)
    : ClientsCommand(view, ClientsView::tr("Remove “%1”").arg(QString::fromStdString(attachment.title)))
    , m_clientId(clientId)
    , m_sessionId(sessionId)
    , m_attachment(std::move(attachment))
{
}

void RemoveAttachmentCommand::apply()
{
    const std::int64_t id = resolve(m_sessionId);
    auto s = store().session(id);
    if (!s)
        throw gone(ClientsView::tr("The session is no longer here."));
    const auto it = std::find_if(s->attachments.begin(), s->attachments.end(),
                                 [&](const clients::Attachment &a) { return a.uid == m_attachment.uid; });
    if (it == s->attachments.end())
        throw gone(ClientsView::tr("The attachment is no longer here."));
    store().deleteAttachment(it->id);
    show(m_clientId, id);
}

void RemoveAttachmentCommand::revert()
{
    const std::int64_t id = resolve(m_sessionId);
    m_attachment.id = store().addAttachment(id, m_attachment);
    show(m_clientId, id);
}

} // namespace hp::ui
