#pragma once
// The views of the main window, in sidebar order. --screenshot --view NAME and --help use the
// same list, so every view is reachable from the command line.

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class View;

struct ViewInfo {
    QString name;                                     // command-line name, e.g. "explore"
    std::function<QString()> title;                   // translated sidebar title
    std::function<View *(KnowledgeBase &kb)> create;  // builds the view (lazily, on first show)
};

const std::vector<ViewInfo> &viewRegistry();
QStringList viewNames();

} // namespace hp::ui
