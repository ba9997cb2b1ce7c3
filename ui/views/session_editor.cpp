#include "views/session_editor.h"

#include "models/attachment_model.h"
#include "refdata/knowledge_base.h"
#include "views/session_editor_notes.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextEdit>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hp::ui {

SessionEditor::SessionEditor(const KnowledgeBase &kb, QWidget *parent)
    : QWidget(parent)
    , m_kb(kb)
{
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setAccessibleName(tr("Session date"));
    if (auto *edit = m_date->findChild<QLineEdit *>()) // the date edit's own editor takes the focus
        edit->setAccessibleName(m_date->accessibleName());
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Direction the client chose"));
    m_role->setToolTip(tr("The role the client chose in this session; the handout describes it"));
    m_role->addItem(tr("not chosen yet"), QString());
    std::vector<const Role *> roles;
    for (const Role &r : kb.roles())
        roles.push_back(&r);
    std::sort(roles.begin(), roles.end(), [](const Role *a, const Role *b) { return a->name < b->name; });
    for (const Role *r : roles)
        m_role->addItem(QString::fromStdString(r->name), QString::fromStdString(r->id));
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_role->setMinimumContentsLength(18);
    m_context = new QPushButton(tr("S&tart session"), this);
    m_context->setAccessibleName(tr("Start session: other views can then save to it"));

    auto *top = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("Dat&e"), this);
    dateLabel->setBuddy(m_date);
    auto *roleLabel = new QLabel(tr("Dire&ction"), this);
    roleLabel->setBuddy(m_role);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(8);
    top->addWidget(roleLabel);
    top->addWidget(m_role, 1);
    top->addWidget(m_context);

    m_notes = new NotesEdit(tr("&Notes"), tr("Session notes, shared with the client"), this);
    m_notes->setPlaceholderText(tr("What you talked about and the next steps. These go on the client's handout."));
    m_private = new NotesEdit(tr("&Private notes"), tr("Private notes, only yours"), this);
    m_private->setPlaceholderText(tr("Only yours: left out of handouts unless you ask for them."));
    auto *notes = new QHBoxLayout;
    notes->addWidget(m_notes, 1);
    notes->addWidget(m_private, 1);

    m_save = new QPushButton(tr("&Save notes"), this);
    m_save->setAccessibleName(tr("Save notes (Ctrl+S)"));
    m_save->setToolTip(tr("Notes are also saved when you switch session, client or view"));
    m_includePrivate = new QCheckBox(tr("Include private notes"), this);
    m_includePrivate->setAccessibleName(tr("Include private notes in the handout"));
    m_pdf = new QPushButton(tr("Handout P&DF…"), this);
    m_pdf->setAccessibleName(tr("Save the session handout as PDF"));
    m_print = new QPushButton(tr("Print hando&ut…"), this);
    m_print->setAccessibleName(tr("Print the session handout"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_save);
    bottom->addStretch(1);
    bottom->addWidget(m_includePrivate);
    bottom->addWidget(m_pdf);
    bottom->addWidget(m_print);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(notes, 3);
    layout->addWidget(buildAttachments(), 2);
    layout->addLayout(bottom);

    connect(m_date, &QDateEdit::editingFinished, this, &SessionEditor::commitDate);
    // A day picked in the calendar pop-up is a finished edit too (the popup closes after the click).
    connect(m_date->calendarWidget(), &QCalendarWidget::clicked, this, [this] { QTimer::singleShot(0, this, &SessionEditor::commitDate); });
    connect(m_role, &QComboBox::activated, this, [this] {
        const QString after = m_role->currentData().toString();
        if (m_sessionId != 0 && after != m_shownRole) {
            const QString before = m_shownRole;
            m_shownRole = after;
            emit roleCommitted(before, after);
        }
    });
    connect(m_context, &QPushButton::clicked, this, &SessionEditor::contextRequested);
    connect(m_save, &QPushButton::clicked, this, &SessionEditor::saveRequested);
    connect(m_pdf, &QPushButton::clicked, this, &SessionEditor::handoutPdfRequested);
    connect(m_print, &QPushButton::clicked, this, &SessionEditor::handoutPrintRequested);
    for (NotesEdit *n : {m_notes, m_private})
        connect(n, &NotesEdit::modificationChanged, this, [this] {
            if (!m_loading)
                emit notesModifiedChanged(notesModified());
        });
    // Tab follows the screen: date, direction, start, notes, attachments, then the buttons below.
    // Each notes editor orders its own format buttons before its text.
    setTabOrder(m_date, m_role);
    setTabOrder(m_role, m_context);
    setTabOrder(m_context, m_notes->headingButton());
    setTabOrder(m_notes->editor(), m_private->headingButton());
    QWidget *order[] = {m_private->editor(), m_attachments, m_show, m_remove, m_save, m_includePrivate, m_pdf, m_print};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    setSession(std::nullopt);
}

QWidget *SessionEditor::buildAttachments()
{
    auto *box = new QWidget(this);
    m_attachmentModel = new AttachmentModel(this);
    m_attachments = new QTableView(box);
    m_attachments->setModel(m_attachmentModel);
    m_attachments->setAccessibleName(tr("Attached to this session"));
    m_attachments->setAccessibleDescription(tr("Press Enter or double-click to read an item"));
    m_attachments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attachments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attachments->setTabKeyNavigation(false);
    m_attachments->setWordWrap(false);
    m_attachments->verticalHeader()->hide();
    m_attachments->horizontalHeader()->setHighlightSections(false);
    m_attachments->horizontalHeader()->setSectionResizeMode(AttachmentModel::KindColumn, QHeaderView::ResizeToContents);
    m_attachments->horizontalHeader()->setSectionResizeMode(AttachmentModel::TitleColumn, QHeaderView::Stretch);
    m_attachments->horizontalHeader()->setSectionResizeMode(AttachmentModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_attachments->setMinimumHeight(70);

    auto *caption = new QLabel(tr("Attache&d"), box);
    caption->setBuddy(m_attachments);
    QFont f = caption->font();
    f.setBold(true);
    caption->setFont(f);
    auto *hint = new QLabel(tr("Start the session, then use Client ▸ Save to client session in any view."), box);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, QColor(0x60, 0x60, 0x60));
    hint->setPalette(muted);
    m_show = new QPushButton(tr("Sho&w…"), box);
    m_show->setAccessibleName(tr("Show the selected attachment"));
    m_remove = new QPushButton(tr("Remo&ve"), box);
    m_remove->setAccessibleName(tr("Remove the selected attachment from the session"));

    auto *head = new QHBoxLayout;
    head->addWidget(caption);
    head->addWidget(hint, 1);
    head->addWidget(m_show);
    head->addWidget(m_remove);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 4, 0, 0);
    v->setSpacing(2);
    v->addLayout(head);
    v->addWidget(m_attachments, 1);

    m_dialog = new QDialog(this);
    m_dialog->setWindowTitle(tr("Attachment"));
    m_dialogText = new QTextBrowser(m_dialog);
    m_dialogText->setAccessibleName(tr("The attachment in words"));
    m_dialogText->setOpenLinks(false);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, m_dialog);
    auto *dv = new QVBoxLayout(m_dialog);
    dv->addWidget(m_dialogText);
    dv->addWidget(close);
    m_dialog->resize(520, 420);
    connect(close, &QDialogButtonBox::rejected, m_dialog, &QDialog::reject);

    connect(m_attachments, &QTableView::activated, this, [this](const QModelIndex &index) { showAttachment(index.row()); });
    connect(m_show, &QPushButton::clicked, this, [this] { showAttachment(m_attachments->currentIndex().row()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const clients::Attachment *a = m_attachmentModel->attachmentAt(m_attachments->currentIndex().row()))
            emit removeAttachmentRequested(a->id);
    });
    connect(m_attachments->selectionModel(), &QItemSelectionModel::currentChanged, this, &SessionEditor::updateEnabled);
    connect(m_attachmentModel, &QAbstractItemModel::modelReset, this, &SessionEditor::updateEnabled);
    connect(m_attachmentModel, &QAbstractItemModel::rowsRemoved, this, &SessionEditor::updateEnabled);
    return box;
}

void SessionEditor::setSession(const std::optional<clients::Session> &session)
{
    m_sessionId = session ? session->id : 0;
    m_loading = true; // loading is not editing: the view is not modified by it
    m_notes->setMarkdown(session ? QString::fromStdString(session->notes) : QString());
    m_private->setMarkdown(session ? QString::fromStdString(session->privateNotes) : QString());
    setDate(session ? QString::fromStdString(session->date) : QString());
    setChosenRole(session ? QString::fromStdString(session->chosenRole) : QString());
    setAttachments(session ? session->attachments : std::vector<clients::Attachment>{});
    m_loading = false;
    emit notesModifiedChanged(notesModified());
    updateEnabled();
}

void SessionEditor::setAttachments(const std::vector<clients::Attachment> &attachments)
{
    m_attachmentModel->setAttachments(attachments);
    updateEnabled();
}

void SessionEditor::setDate(const QString &isoDate)
{
    m_shownDate = isoDate;
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    m_date->setDate(d.isValid() ? d : QDate::currentDate());
}

void SessionEditor::setChosenRole(const QString &roleId)
{
    m_shownRole = roleId;
    const int row = m_role->findData(roleId);
    if (row < 0 && !roleId.isEmpty()) // a role this knowledge base does not have: keep it visible
        m_role->addItem(roleId, roleId);
    m_role->setCurrentIndex(std::max(0, m_role->findData(roleId)));
}

void SessionEditor::commitDate()
{
    const QString after = m_date->date().toString(Qt::ISODate);
    if (m_sessionId == 0 || !m_editable || after == m_shownDate)
        return;
    const QString before = m_shownDate;
    m_shownDate = after;
    emit dateCommitted(before, after);
}

void SessionEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateEnabled();
}

void SessionEditor::setInContext(bool inContext, bool available)
{
    m_context->setText(inContext ? tr("E&nd session") : tr("S&tart session"));
    m_context->setAccessibleName(inContext ? tr("End session") : tr("Start session: other views can then save to it"));
    m_context->setEnabled(available && m_sessionId != 0 && (m_editable || inContext));
}

void SessionEditor::updateEnabled()
{
    const bool has = m_sessionId != 0;
    const bool edit = has && m_editable;
    m_date->setEnabled(has);
    m_date->setReadOnly(!m_editable);
    m_role->setEnabled(edit);
    m_notes->setEnabled(has);
    m_private->setEnabled(has);
    m_notes->setReadOnly(!m_editable);
    m_private->setReadOnly(!m_editable);
    m_save->setEnabled(edit);
    m_pdf->setEnabled(has);
    m_print->setEnabled(has);
    m_includePrivate->setEnabled(has);
    m_attachments->setEnabled(has);
    const bool picked = m_attachmentModel->attachmentAt(m_attachments->currentIndex().row()) != nullptr;
    m_show->setEnabled(picked);
    m_remove->setEnabled(picked && m_editable);
    if (!has)
        m_context->setEnabled(false);
}

bool SessionEditor::notesModified() const
{
    return m_sessionId != 0 && (m_notes->isModified() || m_private->isModified());
}

QString SessionEditor::notes() const
{
    return m_notes->markdown();
}

QString SessionEditor::privateNotes() const
{
    return m_private->markdown();
}

void SessionEditor::markNotesSaved()
{
    m_notes->setModified(false);
    m_private->setModified(false);
}

bool SessionEditor::includePrivateNotes() const
{
    return m_includePrivate->isChecked();
}

void SessionEditor::showAttachment(int row)
{
    const clients::Attachment *a = m_attachmentModel->attachmentAt(row);
    if (!a)
        return;
    m_dialog->setWindowTitle(QString::fromStdString(a->title));
    m_dialogText->setHtml(attachmentSummaryHtml(m_kb, *a));
    m_dialog->open();
}

} // namespace hp::ui
