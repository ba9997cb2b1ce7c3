// ClientsView: building the screen and wiring its parts.
#include "views/clients_view.h"

#include "app/client_context.h"
#include "app/data_notifier.h"
#include "app/settings.h"
#include "models/client_list_model.h"
#include "models/client_search_model.h"
#include "models/session_list_model.h"
#include "refdata/knowledge_base.h"
#include "user/user_store.h"
#include "views/client_form.h"
#include "views/clients_view_commands.h"
#include "views/session_editor.h"
#include "views/session_editor_notes.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hp::ui {

const QString kCurrentClientKey = QStringLiteral("clients/current");

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel *sentenceLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(name);
    label->hide();
    return label;
}

} // namespace

ClientsView::ClientsView(KnowledgeBase &kb, UserStore *user, ClientContext *context, QWidget *parent)
    : View(parent)
    , m_kb(kb)
    , m_user(user)
    , m_store(user ? std::make_unique<clients::ClientStore>(*user) : nullptr)
    , m_context(context)
    , m_undo(new QUndoStack(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("clientsView"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);

    m_notice = sentenceLabel(tr("About your data file"), this);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0c36c; padding: 6px; }"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(buildListPanel());
    split->addWidget(buildClientPanel());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({280, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);

    connectParts();

    if (!m_user) {
        m_notice->setText(tr("Your data file could not be opened, so client records cannot be shown or kept. "
                             "The window's status bar says what went wrong."));
        m_notice->show();
    } else if (m_user->readOnly()) {
        m_notice->setText(tr("Your data file is open read-only, so client records can be read, searched and "
                             "exported but not changed."));
        m_notice->show();
    }
    m_form->setEditable(writable());
    m_editor->setEditable(writable());
    // Open on the client shown last time, else the first in the list.
    reloadList();
    std::int64_t wanted = appSettings()->value(kCurrentClientKey).toLongLong();
    if (m_clients->rowOf(wanted) < 0)
        wanted = m_clients->idAt(0);
    showClient(wanted, 0);
}

// The undo stack goes first: commands die with it and must not reach a half-destroyed view.
ClientsView::~ClientsView()
{
    try {
        saveNotes();
    } catch (...) {
    }
    delete m_undo;
    m_undo = nullptr;
}

QString ClientsView::title() const
{
    return tr("Clients");
}

bool ClientsView::writable() const
{
    return m_user && !m_user->readOnly();
}

QWidget *ClientsView::buildListPanel()
{
    auto *panel = new QWidget(this);
    m_search = new QLineEdit(panel);
    m_search->setPlaceholderText(tr("Search names, goals, tags and notes"));
    m_search->setAccessibleName(tr("Search clients and session notes"));
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(panel);
    m_filter->addItem(tr("Active clients"), int(clients::ArchiveFilter::ActiveOnly));
    m_filter->addItem(tr("Archived clients"), int(clients::ArchiveFilter::ArchivedOnly));
    m_filter->addItem(tr("All clients"), int(clients::ArchiveFilter::All));
    m_filter->setAccessibleName(tr("Which clients to list"));
    auto *filterLabel = new QLabel(tr("S&how"), panel);
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);

    m_clients = new ClientListModel(this);
    m_table = makeTable(m_clients, tr("Clients"), panel);
    m_table->horizontalHeader()->setSectionResizeMode(ClientListModel::NameColumn, QHeaderView::Stretch);
    for (int c = ClientListModel::TagsColumn; c < ClientListModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setColumnHidden(ClientListModel::TagsColumn, true); // narrow panel: tags are in the tooltip and the form
    m_hitModel = new ClientSearchModel(this);
    m_hits = new QListView(panel);
    m_hits->setModel(m_hitModel);
    m_hits->setItemDelegate(new SearchHitDelegate(m_hits));
    m_hits->setAccessibleName(tr("Search results"));
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->setResizeMode(QListView::Adjust);
    m_hits->setAlternatingRowColors(true);
    m_hits->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_listEmpty = new QLabel(panel);
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_listEmpty->setMargin(8);
    m_listStack = new QStackedWidget(panel);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_hits);
    m_listStack->addWidget(m_listEmpty);

    m_newClient = new QPushButton(tr("&New client"), panel);
    m_newClient->setAccessibleName(tr("New client"));
    m_archive = new QPushButton(tr("&Archive"), panel);
    m_archive->setAccessibleName(tr("Archive the client"));
    m_deleteClient = new QPushButton(tr("Delete"), panel);
    m_deleteClient->setAccessibleName(tr("Delete the client"));
    m_import = new QPushButton(tr("&Import clients…"), panel);
    m_import->setAccessibleName(tr("Import clients from a HealthPath export"));
    m_export = new QToolButton(panel);
    m_export->setText(tr("E&xport"));
    m_export->setAccessibleName(tr("Export clients"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("This client (JSON)…"), this, [this] { chooseAndExport(ExportScope::Selected); });
    menu->addAction(tr("All clients (JSON)…"), this, [this] { chooseAndExport(ExportScope::All); });
    menu->addAction(tr("De-identified, for program reports (JSON)…"), this, [this] { chooseAndExport(ExportScope::Deidentified); });
    m_export->setMenu(menu);
    auto *rowA = new QHBoxLayout;
    rowA->addWidget(m_newClient);
    rowA->addWidget(m_archive);
    rowA->addWidget(m_deleteClient);
    auto *rowB = new QHBoxLayout;
    rowB->addWidget(m_import);
    rowB->addWidget(m_export);
    rowB->addStretch(1);

    m_message = sentenceLabel(tr("Clients messages"), panel);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 4, 0);
    v->addWidget(m_search);
    v->addLayout(filterRow);
    v->addWidget(m_listStack, 1);
    v->addLayout(rowA);
    v->addLayout(rowB);
    v->addWidget(m_message);
    panel->setMinimumWidth(260);
    panel->setMaximumWidth(420);
    return panel;
}

QWidget *ClientsView::buildClientPanel()
{
    auto *panel = new QWidget(this);
    m_heading = new QLabel(panel);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_subheading = new QLabel(panel);
    m_subheading->setTextFormat(Qt::PlainText);
    QPalette muted = m_subheading->palette();
    muted.setColor(QPalette::WindowText, QColor(0x5a, 0x5a, 0x5a));
    m_subheading->setPalette(muted);
    m_undoButton = new QPushButton(tr("&Undo"), panel);
    m_undoButton->setAccessibleName(tr("Undo the last change to the clients"));
    m_redoButton = new QPushButton(tr("&Redo"), panel);
    m_redoButton->setAccessibleName(tr("Redo the change to the clients"));
    auto *head = new QHBoxLayout;
    head->addWidget(m_heading);
    head->addSpacing(12);
    head->addWidget(m_subheading, 1);
    head->addWidget(m_undoButton);
    head->addWidget(m_redoButton);

    m_form = new ClientForm(panel);

    auto *sessionsPanel = new QWidget(panel);
    m_sessions = new SessionListModel(m_kb, this);
    m_sessionTable = makeTable(m_sessions, tr("Sessions with the client"), sessionsPanel);
    m_sessionTable->setAlternatingRowColors(false);
    m_sessionTable->horizontalHeader()->setSectionResizeMode(SessionListModel::DateColumn, QHeaderView::ResizeToContents);
    m_sessionTable->horizontalHeader()->setSectionResizeMode(SessionListModel::DirectionColumn, QHeaderView::Stretch);
    m_sessionTable->horizontalHeader()->setSectionResizeMode(SessionListModel::AttachmentsColumn, QHeaderView::ResizeToContents);
    auto *sessionsLabel = new QLabel(tr("Se&ssions"), sessionsPanel);
    sessionsLabel->setBuddy(m_sessionTable);
    QFont bold = sessionsLabel->font();
    bold.setBold(true);
    sessionsLabel->setFont(bold);
    m_newSession = new QPushButton(tr("New sess&ion"), sessionsPanel);
    m_newSession->setAccessibleName(tr("New session, dated today"));
    m_deleteSession = new QPushButton(tr("Delete session"), sessionsPanel);
    m_deleteSession->setAccessibleName(tr("Delete the selected session"));
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(m_newSession);
    sessionButtons->addWidget(m_deleteSession);
    auto *sv = new QVBoxLayout(sessionsPanel);
    sv->setContentsMargins(0, 0, 0, 0);
    sv->addWidget(sessionsLabel);
    sv->addWidget(m_sessionTable, 1);
    sv->addLayout(sessionButtons);
    sessionsPanel->setMinimumWidth(200);
    sessionsPanel->setMaximumWidth(260);

    m_editor = new SessionEditor(m_kb, panel);
    auto *lower = new QHBoxLayout;
    lower->addWidget(sessionsPanel);
    lower->addSpacing(6);
    lower->addWidget(m_editor, 1);

    auto *line = new QFrame(panel);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(4, 0, 0, 0);
    v->addLayout(head);
    v->addWidget(m_form);
    v->addWidget(line);
    v->addLayout(lower, 1);
    return panel;
}

void ClientsView::connectParts()
{
    // Ctrl+Z / Ctrl+Shift+Z while the view has focus (a text field keeps its own undo); Ctrl+S saves notes.
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *save = new QAction(tr("Save notes"), this);
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({undo, redo, save});
    connect(save, &QAction::triggered, this, [this] { saveNotes(); });
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, m_undoButton, [this](const QString &text) {
        m_undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo: %1").arg(text));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, m_redoButton, [this](const QString &text) {
        m_redoButton->setToolTip(text.isEmpty() ? QString() : tr("Redo: %1").arg(text));
    });
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ClientsView::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_hitModel->rowCount() > 0) {
            m_hits->setCurrentIndex(m_hitModel->index(0, 0));
            m_hits->setFocus();
        }
    });
    connect(m_filter, &QComboBox::activated, this, [this] {
        setFilter(clients::ArchiveFilter(m_filter->currentData().toInt()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (const std::int64_t id = m_clients->idAt(current.row()); !m_updating && id != 0 && id != m_clientId)
            selectClient(id);
    });
    connect(m_hits->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const clients::SearchHit *hit = m_hitModel->hitAt(current.row()); hit && !m_updating)
            selectClient(hit->clientId, hit->sessionId);
    });
    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (const std::int64_t id = m_sessions->idAt(current.row()); !m_updating && id != 0 && id != m_sessionId)
            selectSession(id);
    });

    connect(m_newClient, &QPushButton::clicked, this, [this] { newClient(); });
    connect(m_archive, &QPushButton::clicked, this, [this] { toggleArchived(); });
    connect(m_deleteClient, &QPushButton::clicked, this, [this] { deleteClient(); });
    connect(m_import, &QPushButton::clicked, this, &ClientsView::chooseAndImport);
    connect(m_newSession, &QPushButton::clicked, this, [this] { newSession(); });
    connect(m_deleteSession, &QPushButton::clicked, this, [this] { deleteSession(); });

    connect(m_form, &ClientForm::edited, this, [this](ClientField field, const clients::Client &before, const clients::Client &after) {
        push(new ClientFieldCommand(this, field, before, after));
    });
    connect(m_form, &ClientForm::problem, this, [this](const QString &sentence) { setMessage(sentence, true); });

    connect(m_editor, &SessionEditor::dateCommitted, this, [this](const QString &before, const QString &after) {
        push(new SessionFieldCommand(this, m_clientId, m_sessionId, SessionFieldCommand::Field::Date, before.toStdString(),
                                     after.toStdString(), tr("Change the session date")));
    });
    connect(m_editor, &SessionEditor::roleCommitted, this, [this](const QString &before, const QString &after) {
        push(new SessionFieldCommand(this, m_clientId, m_sessionId, SessionFieldCommand::Field::Role, before.toStdString(),
                                     after.toStdString(), tr("Change the direction")));
    });
    connect(m_editor, &SessionEditor::notesModifiedChanged, this, [this](bool modified) { setWindowModified(modified); });
    connect(m_editor, &SessionEditor::saveRequested, this, [this] { saveNotes(); });
    connect(m_editor, &SessionEditor::contextRequested, this, [this] { toggleSessionContext(); });
    connect(m_editor, &SessionEditor::removeAttachmentRequested, this, [this](std::int64_t attachmentId) {
        const auto session = m_store ? m_store->session(m_sessionId) : std::nullopt;
        if (!session || !writable())
            return;
        for (const clients::Attachment &a : session->attachments)
            if (a.id == attachmentId)
                push(new RemoveAttachmentCommand(this, m_clientId, m_sessionId, a));
    });
    connect(m_editor, &SessionEditor::handoutPdfRequested, this, &ClientsView::chooseAndWriteHandout);
    connect(m_editor, &SessionEditor::handoutPrintRequested, this, &ClientsView::printHandout);

    if (m_context) {
        connect(m_context, &ClientContext::changed, this, &ClientsView::updateActions);
        connect(m_context, &ClientContext::sessionChanged, this, &ClientsView::sessionChangedElsewhere);
    }
    connect(&DataNotifier::instance(), &DataNotifier::userDataChanged, this, [this] {
        // Restored from a backup: the commands no longer describe the data.
        m_undo->clear();
        m_sessionRemap.clear();
        m_editor->setSession(std::nullopt);
        m_sessionId = 0;
        refresh(m_clientId);
    });
}

} // namespace hp::ui
