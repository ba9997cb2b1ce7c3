#pragma once
// A Markdown notes editor: a caption, a row of format buttons (Heading, Bullet list, Numbered
// list, Bold) and a rich-text editor. Notes are loaded with setMarkdown() and stored with
// toMarkdown() (GitHub dialect: "## Heading", "- item", "1. item", "**bold**"), the Markdown the
// handout and the export carry.

#include <QWidget>

class QLabel;
class QTextEdit;
class QToolButton;

namespace hp::ui {

class NotesEdit : public QWidget {
    Q_OBJECT
public:
    // `caption` is shown above the editor; `name` is the editor's accessible name.
    NotesEdit(const QString &caption, const QString &name, QWidget *parent = nullptr);

    void setMarkdown(const QString &markdown); // resets the modified flag and the editor's undo
    QString markdown() const;
    bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);

    QTextEdit *editor() const { return m_edit; }
    QToolButton *headingButton() const { return m_heading; }
    QToolButton *bulletButton() const { return m_bullets; }
    QToolButton *numberButton() const { return m_numbers; }
    QToolButton *boldButton() const { return m_bold; }

signals:
    void modificationChanged(bool modified);

private:
    void toggleHeading();
    void toggleList(bool numbered);
    void toggleBold();

    QTextEdit *m_edit = nullptr;
    QToolButton *m_heading = nullptr;
    QToolButton *m_bullets = nullptr;
    QToolButton *m_numbers = nullptr;
    QToolButton *m_bold = nullptr;
};

} // namespace hp::ui
