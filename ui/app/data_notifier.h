#pragma once
// The one channel through which the UI learns that data changed (an import, an edit, a restore).
// Views and models subscribe here instead of calling each other.

#include <QObject>

namespace hp::ui {

class DataNotifier : public QObject {
    Q_OBJECT
public:
    static DataNotifier &instance();

signals:
    // The reference knowledge (roles, wages, sources) changed; re-read it from KnowledgeBase.
    void referenceDataChanged();
    // The person's own data (saved plans, client records) changed as a whole, e.g. it was
    // restored from a backup; re-read it from UserStore.
    void userDataChanged();

private:
    DataNotifier() = default;
};

} // namespace hp::ui
