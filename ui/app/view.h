#pragma once
// A page of the main window. Each view can produce a printable document of what it shows, which
// the window's Print and Export PDF actions use.

#include <QHash>
#include <QTextDocument>
#include <QWidget>

#include <memory>

namespace hp::ui {

class View : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual std::unique_ptr<QTextDocument> printableDocument() const = 0;
    // View-specific command-line arguments (e.g. --roles for Compare), by option name. Returns an
    // empty string, or a sentence saying what is wrong.
    virtual QString applyArguments(const QHash<QString, QString> &arguments)
    {
        Q_UNUSED(arguments);
        return {};
    }
};

} // namespace hp::ui
