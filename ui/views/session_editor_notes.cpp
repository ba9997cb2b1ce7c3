#include "views/session_editor_notes.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace hp::ui {

NotesEdit::NotesEdit(const QString &caption, const QString &name, QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QTextEdit(this);
    m_edit->setAccessibleName(name);
    m_edit->setAcceptRichText(false); // pasted text comes in plain; formatting is through the buttons
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(90);

    auto button = [this](const QString &text, const QString &accessible, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setAccessibleName(accessible);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    m_heading = button(tr("Heading"), tr("%1: heading").arg(name), tr("Make the line a heading, or a plain line again"));
    m_bullets = button(tr("• List"), tr("%1: bullet list").arg(name), tr("Make the line a bullet list item"));
    m_numbers = button(tr("1. List"), tr("%1: numbered list").arg(name), tr("Make the line a numbered list item"));
    m_bold = button(tr("Bold"), tr("%1: bold").arg(name), tr("Bold (Ctrl+B)"));
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);

    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setBuddy(m_edit);
    QFont f = captionLabel->font();
    f.setBold(true);
    captionLabel->setFont(f);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(0);
    bar->addWidget(captionLabel);
    bar->addStretch(1);
    for (QToolButton *b : {m_heading, m_bullets, m_numbers, m_bold})
        bar->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_edit, 1);

    setTabOrder(m_heading, m_bullets);
    setTabOrder(m_bullets, m_numbers);
    setTabOrder(m_numbers, m_bold);
    setTabOrder(m_bold, m_edit);

    auto *boldShortcut = new QAction(this);
    boldShortcut->setShortcut(QKeySequence::Bold);
    boldShortcut->setShortcutContext(Qt::WidgetShortcut);
    m_edit->addAction(boldShortcut);
    connect(boldShortcut, &QAction::triggered, this, &NotesEdit::toggleBold);
    connect(m_heading, &QToolButton::clicked, this, &NotesEdit::toggleHeading);
    connect(m_bullets, &QToolButton::clicked, this, [this] { toggleList(false); });
    connect(m_numbers, &QToolButton::clicked, this, [this] { toggleList(true); });
    connect(m_bold, &QToolButton::clicked, this, &NotesEdit::toggleBold);
    connect(m_edit->document(), &QTextDocument::modificationChanged, this, &NotesEdit::modificationChanged);
}

void NotesEdit::setMarkdown(const QString &markdown)
{
    m_edit->document()->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    m_edit->document()->clearUndoRedoStacks();
    m_edit->document()->setModified(false);
    emit modificationChanged(false); // clearing the undo stack resets the flag without a signal
    m_edit->moveCursor(QTextCursor::Start);
}

QString NotesEdit::markdown() const
{
    if (m_edit->document()->isEmpty())
        return {};
    return m_edit->document()->toMarkdown(QTextDocument::MarkdownDialectGitHub).trimmed();
}

bool NotesEdit::isModified() const
{
    return m_edit->document()->isModified();
}

void NotesEdit::setModified(bool modified)
{
    m_edit->document()->setModified(modified);
}

void NotesEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    for (QToolButton *b : {m_heading, m_bullets, m_numbers, m_bold})
        b->setEnabled(!readOnly);
}

void NotesEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

// A heading is a block format (level 2, written "## ") with larger bold text, as setMarkdown makes it.
void NotesEdit::toggleHeading()
{
    QTextCursor cursor = m_edit->textCursor();
    const bool heading = cursor.blockFormat().headingLevel() > 0;
    cursor.beginEditBlock();
    QTextBlockFormat block;
    block.setHeadingLevel(heading ? 0 : 2);
    cursor.mergeBlockFormat(block);
    QTextCursor whole = cursor;
    whole.select(QTextCursor::BlockUnderCursor);
    QTextCharFormat chars;
    chars.setFontWeight(heading ? QFont::Normal : QFont::Bold);
    chars.setProperty(QTextFormat::FontSizeAdjustment, heading ? 0 : 1);
    whole.mergeCharFormat(chars);
    cursor.mergeBlockCharFormat(chars);
    cursor.endEditBlock();
    m_edit->setFocus();
}

void NotesEdit::toggleList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        list->remove(cursor.block()); // back to a plain line
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        cursor.createList(style);
    }
    cursor.endEditBlock();
    m_edit->setFocus();
}

void NotesEdit::toggleBold()
{
    QTextCursor cursor = m_edit->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    QTextCharFormat chars;
    chars.setFontWeight(cursor.charFormat().fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
    cursor.mergeCharFormat(chars);
    m_edit->mergeCurrentCharFormat(chars);
    m_edit->setFocus();
}

} // namespace hp::ui
