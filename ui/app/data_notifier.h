#pragma once
// The one channel through which the UI learns that data changed (an import, an edit). Views and
// models subscribe here instead of calling each other.

#include <QObject>

namespace hp::ui {

class DataNotifier : public QObject {
    Q_OBJECT
public:
    static DataNotifier &instance();

signals:
    // The reference knowledge (roles, wages, sources) changed; re-read it from KnowledgeBase.
    void referenceDataChanged();

private:
    DataNotifier() = default;
};

} // namespace hp::ui
