#pragma once
// A page of the main window. Each view can produce a printable document of what it shows, which
// the window's Print and Export PDF actions use.

#include "clients/client.h"

#include <QHash>
#include <QTextDocument>
#include <QWidget>

#include <memory>
#include <optional>

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
    // What the view shows now, as something a counselor can save to a client's session (a fit
    // check result, a comparison, a planned route, a 30-60-90 plan); nothing when it has nothing
    // to attach. Title and JSON body as in clients::Attachment; id, uid and created are left empty.
    virtual std::optional<clients::Attachment> attachment() const { return std::nullopt; }
};

} // namespace hp::ui
