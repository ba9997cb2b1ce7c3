// ClientsView: what leaves the view — the printable client summary, the session handout (PDF or
// print), JSON exports — and what comes in (an import).
#include "views/clients_view.h"

#include "clients/client_json.h"
#include "models/attachment_model.h"
#include "models/client_list_model.h"
#include "refdata/knowledge_base.h"
#include "report/html.h"
#include "report/session_handout_export.h"
#include "user/user_store.h"
#include "views/session_editor.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextCursor>

namespace hp::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Import files are small (a counselor's caseload); a bigger file is not a HealthPath export.
constexpr qint64 kMaxImportBytes = 256LL * 1024 * 1024;

QString row(const QString &label, const std::string &value)
{
    return value.empty() ? QString() : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, html::esc(value));
}

} // namespace

std::unique_ptr<QTextDocument> ClientsView::printableDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    const auto client = m_store && m_clientId ? m_store->client(m_clientId) : std::nullopt;
    if (!client) {
        doc->setHtml(QStringLiteral("<h1>%1</h1><p>%2</p>").arg(title(), tr("No client is selected.")));
        return doc;
    }
    const clients::Client &c = *client;
    QStringList tags;
    for (const auto &t : c.tags)
        tags << qs(t);
    QString constraints;
    if (c.constraints.hoursPerWeek)
        constraints += tr("%1 study hours a week. ").arg(*c.constraints.hoursPerWeek);
    if (c.constraints.budget)
        constraints += tr("Budget $%L1 for training and exams. ").arg(qlonglong(*c.constraints.budget));
    QString out = QStringLiteral("<h1>%1</h1>").arg(html::esc(c.displayName));
    out += QStringLiteral("<table cellpadding='3'>%1%2%3%4%5%6%7%8%9</table>")
               .arg(row(tr("Contact"), c.contact), row(tr("Education"), c.background.education),
                    row(tr("Current job"), c.background.currentJob), row(tr("Military service"), c.background.military),
                    row(tr("Clinical experience"), c.background.clinical), row(tr("Goals"), c.goals),
                    row(tr("Constraints"), constraints.trimmed().toStdString()), row(tr("Location"), c.constraints.location),
                    row(tr("Tags"), tags.join(QStringLiteral(", ")).toStdString()));
    doc->setHtml(out);
    QTextCursor cursor(doc.get());
    cursor.movePosition(QTextCursor::End);
    for (const clients::Session &s : m_store->sessions(m_clientId)) {
        QString head = QStringLiteral("<h2>%1</h2>").arg(tr("Session of %1").arg(isoDateText(s.date)));
        if (const Role *r = s.chosenRole.empty() ? nullptr : m_kb.role(s.chosenRole))
            head += QStringLiteral("<p>%1</p>").arg(tr("Direction chosen: %1").arg(html::esc(r->name)));
        QStringList items;
        for (const clients::Attachment &a : s.attachments)
            items << QStringLiteral("%1: %2").arg(attachmentKindText(a.kind), html::esc(a.title));
        if (!items.isEmpty())
            head += QStringLiteral("<p>%1</p><ul><li>%2</li></ul>").arg(tr("Looked at:"), items.join(QStringLiteral("</li><li>")));
        cursor.insertHtml(head);
        cursor.insertBlock();
        if (!s.notes.empty()) // the shared notes only: private notes never go on paper from here
            cursor.insertMarkdown(qs(s.notes), QTextDocument::MarkdownDialectGitHub);
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock();
    }
    return doc;
}

QString ClientsView::exportClients(ExportScope scope, const QString &path) const
{
    if (!m_store)
        return tr("There is nothing to export: your data file could not be opened.");
    std::vector<clients::ClientRecord> records;
    if (scope == ExportScope::Selected) {
        auto r = m_clientId ? m_store->record(m_clientId) : std::nullopt;
        if (!r)
            return tr("Choose a client to export first.");
        records.push_back(std::move(*r));
    } else {
        records = clients::allRecords(*m_store);
    }
    if (records.empty())
        return tr("There are no clients to export yet.");
    const std::string now = utcTimestampNow();
    const QByteArray bytes = QByteArray::fromStdString(scope == ExportScope::Deidentified ? clients::exportDeidentifiedJson(records, now)
                                                                                          : clients::exportJson(records, now));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not write %1: %2.").arg(path, file.errorString());
    return {};
}

ClientsView::ImportOutcome ClientsView::importClients(const QString &path)
{
    if (!writable())
        return {false, tr("Clients cannot be imported: your data file is not open for changes.")};
    commitPending();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {false, tr("Could not read %1: %2.").arg(path, file.errorString())};
    if (file.size() > kMaxImportBytes)
        return {false, tr("%1 is too large to be a HealthPath client export.").arg(path)};
    const QByteArray bytes = file.readAll();
    const clients::ImportReport report = clients::importJson(*m_store, bytes.toStdString());
    if (!report.ok)
        return {false, tr("Nothing was imported from %1. %2").arg(QDir::toNativeSeparators(path), qs(report.error))};
    refresh(m_clientId);
    return {true, qs(report.text())};
}

QString ClientsView::exportHandoutPdf(const QString &path)
{
    if (!m_store || m_sessionId == 0)
        return tr("Choose a session first.");
    saveNotes();
    const auto client = m_store->client(m_clientId);
    const auto session = m_store->session(m_sessionId);
    if (!client || !session)
        return tr("The session is no longer here.");
    clients::HandoutOptions options;
    options.includePrivateNotes = m_editor->includePrivateNotes();
    options.preparedOn = QDate::currentDate().toString(Qt::ISODate).toStdString();
    return writeSessionHandoutPdf(m_kb, *client, *session, options, path);
}

void ClientsView::chooseAndWriteHandout()
{
    const auto client = m_store && m_clientId ? m_store->client(m_clientId) : std::nullopt;
    if (!client || m_sessionId == 0)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = tr("Session summary - %1.pdf").arg(qs(client->displayName));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the session handout"), dir + QLatin1Char('/') + suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportHandoutPdf(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Handout not saved"), error);
    else
        setMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ClientsView::printHandout()
{
    if (!m_store || m_sessionId == 0)
        return;
    saveNotes();
    const auto client = m_store->client(m_clientId);
    const auto session = m_store->session(m_sessionId);
    if (!client || !session)
        return;
    clients::HandoutOptions options;
    options.includePrivateNotes = m_editor->includePrivateNotes();
    options.preparedOn = QDate::currentDate().toString(Qt::ISODate).toStdString();
    printSessionHandout(m_kb, *client, *session, options, this);
}

void ClientsView::chooseAndExport(ExportScope scope)
{
    QString suggested = tr("HealthPath clients.json");
    if (scope == ExportScope::Selected && m_store && m_clientId)
        if (const auto c = m_store->client(m_clientId))
            suggested = tr("HealthPath client - %1.json").arg(qs(c->displayName));
    if (scope == ExportScope::Deidentified)
        suggested = tr("HealthPath clients, de-identified.json");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export clients"), dir + QLatin1Char('/') + suggested,
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportClients(scope, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        setMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ClientsView::chooseAndImport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import clients"), dir, tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const ImportOutcome outcome = importClients(path);
    setMessage(outcome.message, !outcome.ok);
    if (!outcome.ok)
        QMessageBox::warning(this, tr("Import failed"), outcome.message);
}

} // namespace hp::ui
