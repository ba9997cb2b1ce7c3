// ClientsView: what is shown (client, session, list, search) and the buttons' actions.
#include "views/clients_view.h"

#include "app/client_context.h"
#include "app/settings.h"
#include "models/client_list_model.h"
#include "models/client_search_model.h"
#include "models/session_list_model.h"
#include "user/user_store.h"
#include "views/client_form.h"
#include "views/clients_view_commands.h"
#include "views/session_editor.h"
#include "views/session_editor_notes.h"

#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace hp::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

void ClientsView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

QString ClientsView::failure(const QString &what, const std::exception &e)
{
    return tr("%1 did not work: %2").arg(what, QString::fromUtf8(e.what()));
}

std::int64_t ClientsView::resolveSession(std::int64_t sessionId) const
{
    for (int hops = 0; hops < 1000 && m_sessionRemap.contains(sessionId); ++hops)
        sessionId = m_sessionRemap.value(sessionId);
    return sessionId;
}

void ClientsView::push(ClientsCommand *command)
{
    if (!writable()) {
        delete command;
        return;
    }
    m_undo->push(command);
}

void ClientsView::commitPending()
{
    if (m_updating)
        return;
    m_form->commitAll();
    saveNotes();
}

void ClientsView::hideEvent(QHideEvent *event)
{
    commitPending();
    View::hideEvent(event);
}

// Showing -----------------------------------------------------------------------------------------

void ClientsView::refresh(std::int64_t clientId, std::int64_t sessionId)
{
    if (sessionId == 0 && clientId == m_clientId)
        sessionId = m_sessionId;
    reloadList();
    if (!m_search->text().trimmed().isEmpty())
        searchNow();
    showClient(clientId, sessionId);
}

void ClientsView::reloadList()
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    std::vector<clients::ClientSummary> list;
    int total = 0;
    if (m_store) {
        list = m_store->list(m_filterValue);
        total = m_store->clientCount();
    }
    m_clients->setClients(std::move(list));
    const int row = m_clients->rowOf(m_clientId);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->selectionModel()->clear();
    if (!m_store)
        m_listEmpty->setText(tr("Client records are not available: your data file could not be opened."));
    else if (total == 0)
        m_listEmpty->setText(tr("No clients yet. Choose New client to add one, or Import clients to bring in a "
                                "HealthPath export."));
    else
        m_listEmpty->setText(m_filterValue == clients::ArchiveFilter::ArchivedOnly ? tr("No client is archived.")
                                                                                   : tr("Every client is archived. Show all clients to see them."));
    if (m_search->text().trimmed().isEmpty())
        m_listStack->setCurrentWidget(m_clients->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_listEmpty);
}

void ClientsView::showClient(std::int64_t clientId, std::int64_t sessionId)
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    const auto client = m_store && clientId != 0 ? m_store->client(clientId) : std::nullopt;
    m_clientId = client ? clientId : 0;
    std::vector<clients::Session> sessions;
    if (client) {
        m_form->setClient(*client);
        sessions = m_store->sessions(clientId);
        m_heading->setText(qs(client->displayName));
        QString sub = tr("%n session(s)", nullptr, int(sessions.size()));
        if (client->archived)
            sub = tr("Archived · %1").arg(sub);
        if (!client->created.empty())
            sub += tr(" · client since %1").arg(isoDateText(client->created));
        m_subheading->setText(sub);
    } else {
        m_form->clear();
        m_heading->setText(m_store ? tr("No client selected") : tr("Clients"));
        m_subheading->setText(m_store && m_store->clientCount() > 0 ? tr("Choose a client on the left.") : QString());
    }
    if (m_clientId != 0)
        appSettings()->setValue(kCurrentClientKey, qint64(m_clientId));
    m_sessions->setSessions(sessions);
    if (const int row = m_clients->rowOf(m_clientId); row >= 0)
        m_table->selectRow(row);
    else
        m_table->selectionModel()->clear();

    const bool known = std::any_of(sessions.begin(), sessions.end(), [&](const auto &s) { return s.id == sessionId; });
    showSession(known ? sessionId : (sessions.empty() ? 0 : sessions.back().id));
}

void ClientsView::showSession(std::int64_t sessionId)
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    const auto session = m_store && sessionId != 0 ? m_store->session(sessionId) : std::nullopt;
    m_sessionId = session ? sessionId : 0;
    m_editor->setSession(session);
    if (const int row = m_sessions->rowOf(m_sessionId); row >= 0)
        m_sessionTable->selectRow(row);
    else
        m_sessionTable->selectionModel()->clear();
    updateActions();
    syncContext();
}

void ClientsView::updateActions()
{
    const bool edit = writable();
    const bool hasClient = m_clientId != 0;
    const bool archived = hasClient && m_form->client().archived;
    m_newClient->setEnabled(edit);
    m_archive->setEnabled(edit && hasClient);
    m_archive->setText(archived ? tr("Un&archive") : tr("&Archive"));
    m_archive->setAccessibleName(archived ? tr("Unarchive the client") : tr("Archive the client"));
    m_deleteClient->setEnabled(edit && hasClient);
    m_import->setEnabled(edit);
    m_export->setEnabled(m_store && m_store->clientCount() > 0);
    m_newSession->setEnabled(edit && hasClient);
    m_deleteSession->setEnabled(edit && m_sessionId != 0);
    m_sessionTable->setEnabled(hasClient);
    m_search->setEnabled(m_store != nullptr);
    m_filter->setEnabled(m_store != nullptr);
    const bool inContext = m_context && m_context->active() && m_context->sessionId() == m_sessionId;
    m_editor->setInContext(inContext, m_context && (edit || inContext));
}

// While a session is held, the status bar names it: keep the name and date current.
void ClientsView::syncContext()
{
    if (!m_context || !m_context->active() || m_context->clientId() != m_clientId || !m_store)
        return;
    const auto session = m_store->session(m_context->sessionId());
    if (!session)
        return;
    const QString name = qs(m_form->client().displayName), date = qs(session->date);
    if (name != m_context->clientName() || date != m_context->sessionDate())
        m_context->start(m_clientId, session->id, name, date);
}

void ClientsView::sessionChangedElsewhere(std::int64_t sessionId)
{
    if (!m_store || m_clientId == 0)
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_sessions->setSessions(m_store->sessions(m_clientId));
    if (sessionId == m_sessionId && sessionId != 0)
        if (const auto session = m_store->session(sessionId))
            m_editor->setAttachments(session->attachments);
    if (const int row = m_sessions->rowOf(m_sessionId); row >= 0)
        m_sessionTable->selectRow(row);
}

// Choosing ----------------------------------------------------------------------------------------

void ClientsView::selectClient(std::int64_t clientId, std::int64_t sessionId)
{
    commitPending();
    if (clientId == m_clientId && sessionId == 0)
        return;
    showClient(clientId, sessionId);
}

void ClientsView::selectSession(std::int64_t sessionId)
{
    commitPending();
    showSession(sessionId);
}

void ClientsView::setFilter(clients::ArchiveFilter filter)
{
    commitPending();
    m_filterValue = filter;
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(int(filter))));
    reloadList();
    if (m_clients->rowOf(m_clientId) < 0 && m_clients->rowCount() > 0)
        showClient(m_clients->idAt(0), 0);
}

void ClientsView::searchNow()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_store) {
        m_hitModel->setHits({});
        m_listStack->setCurrentWidget(m_clients->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_listEmpty);
        return;
    }
    auto hits = m_store->search(text.toStdString(), 100);
    QHash<qint64, QString> dates;
    for (const auto &h : hits)
        if (h.sessionId != 0)
            if (const auto s = m_store->session(h.sessionId))
                dates.insert(h.sessionId, isoDateText(s->date));
    const bool none = hits.empty();
    {
        // A refresh keeps the result that is shown selected.
        const QScopedValueRollback<bool> updating(m_updating, true);
        int selected = -1;
        for (int row = 0; row < int(hits.size()) && selected < 0; ++row)
            if (hits[row].clientId == m_clientId && (hits[row].sessionId == 0 || hits[row].sessionId == m_sessionId))
                selected = row;
        m_hitModel->setHits(std::move(hits), dates);
        if (selected >= 0)
            m_hits->selectionModel()->setCurrentIndex(m_hitModel->index(selected, 0), QItemSelectionModel::ClearAndSelect);
    }
    if (none)
        m_listEmpty->setText(tr("No client or note matches “%1”.").arg(text));
    m_listStack->setCurrentWidget(none ? static_cast<QWidget *>(m_listEmpty) : m_hits);
}

// Buttons -----------------------------------------------------------------------------------------

QString ClientsView::newClient()
{
    if (!writable())
        return tr("Clients cannot be added: your data file is not open for changes.");
    commitPending();
    if (m_filterValue == clients::ArchiveFilter::ArchivedOnly)
        setFilter(clients::ArchiveFilter::ActiveOnly);
    m_search->clear();
    searchNow();
    clients::Client client;
    client.displayName = tr("New client").toStdString();
    push(new NewClientCommand(this, std::move(client)));
    setMessage(tr("Type the client's name or an alias, then the rest as you learn it. Every field is saved when you leave it."));
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
    return {};
}

QString ClientsView::deleteClient()
{
    if (!writable() || m_clientId == 0)
        return tr("There is no client to delete.");
    commitPending();
    const QString name = qs(m_form->client().displayName);
    const int sessions = m_sessions->rowCount();
    const auto answer = QMessageBox::question(this, tr("Delete client"),
                                              tr("Delete %1 and their %n session(s)? Undo brings everything back until "
                                                 "HealthPath closes.", nullptr, sessions).arg(name));
    if (answer != QMessageBox::Yes)
        return tr("Nothing was deleted.");
    push(new DeleteClientCommand(this, m_clientId, name));
    setMessage(tr("Deleted %1. Undo (Ctrl+Z) brings them back.").arg(name));
    return {};
}

QString ClientsView::toggleArchived()
{
    if (!writable() || m_clientId == 0)
        return tr("There is no client to archive.");
    commitPending();
    const clients::Client &c = m_form->client();
    push(new ArchiveCommand(this, m_clientId, qs(c.displayName), !c.archived));
    return {};
}

QString ClientsView::newSession()
{
    if (!writable() || m_clientId == 0)
        return tr("Choose a client first.");
    commitPending();
    clients::Session session;
    session.clientId = m_clientId;
    session.date = QDate::currentDate().toString(Qt::ISODate).toStdString();
    push(new NewSessionCommand(this, std::move(session)));
    m_editor->notesEdit()->editor()->setFocus();
    return {};
}

QString ClientsView::deleteSession()
{
    if (!writable() || m_sessionId == 0)
        return tr("There is no session to delete.");
    commitPending();
    const auto session = m_store->session(m_sessionId);
    const QString date = session ? isoDateText(session->date) : QString();
    const auto answer = QMessageBox::question(this, tr("Delete session"),
                                              tr("Delete the session of %1 with its notes and attachments? Undo brings it "
                                                 "back until HealthPath closes.").arg(date));
    if (answer != QMessageBox::Yes)
        return tr("Nothing was deleted.");
    push(new DeleteSessionCommand(this, m_clientId, m_sessionId, date));
    setMessage(tr("Deleted the session of %1. Undo (Ctrl+Z) brings it back.").arg(date));
    return {};
}

QString ClientsView::saveNotes()
{
    if (!m_editor || !m_editor->notesModified())
        return {};
    if (!writable())
        return tr("The notes cannot be saved: your data file is not open for changes.");
    auto session = m_store->session(m_editor->sessionId());
    if (!session) {
        const QString sentence = tr("The notes could not be saved: the session is no longer here.");
        setMessage(sentence, true);
        return sentence;
    }
    session->notes = m_editor->notes().toStdString();
    session->privateNotes = m_editor->privateNotes().toStdString();
    try {
        m_store->updateSession(*session);
    } catch (const std::exception &e) {
        const QString sentence = failure(tr("Saving the notes"), e);
        setMessage(sentence, true);
        return sentence;
    }
    m_editor->markNotesSaved();
    setMessage(tr("Notes saved."));
    return {};
}

QString ClientsView::toggleSessionContext()
{
    if (!m_context || m_sessionId == 0)
        return tr("Choose a session first.");
    if (m_context->active() && m_context->sessionId() == m_sessionId) {
        m_context->end();
        setMessage(tr("Session ended. Other views no longer save to it."));
        return {};
    }
    if (!writable())
        return tr("Sessions cannot be started: your data file is not open for changes.");
    commitPending();
    const auto session = m_store->session(m_sessionId);
    if (!session)
        return tr("The session is no longer here.");
    m_context->start(m_clientId, m_sessionId, qs(m_form->client().displayName), qs(session->date));
    setMessage(tr("Session started. In any view, Client ▸ Save to client session adds what it shows to this session."));
    return {};
}

} // namespace hp::ui
