#pragma once
// The views of the main window, in sidebar order. --screenshot --view NAME and --help use the
// same list, so every view is reachable from the command line.

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace hp {
class KnowledgeBase;
class UserStore;
} // namespace hp

namespace hp::ui {

class View;
class ClientContext;

// What a view may use: the reference knowledge and the person's own database. `user` is null
// when the user database could not be opened (the window says why).
struct ViewContext {
    KnowledgeBase &kb;
    UserStore *user = nullptr;
    ClientContext *clients = nullptr; // the window's client context (counselor mode)
};

struct ViewInfo {
    QString name;                                      // command-line name, e.g. "explore"
    std::function<QString()> title;                    // translated sidebar title
    std::function<View *(ViewContext &context)> create; // builds the view (lazily, on first show)
};

const std::vector<ViewInfo> &viewRegistry();
QStringList viewNames();

} // namespace hp::ui
