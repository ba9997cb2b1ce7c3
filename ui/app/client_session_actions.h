#pragma once
// Client ▸ Save to client session (Ctrl+Shift+S) and End session, and the status bar widget that
// shows the session being held:
//
//   … status messages …   [Session with Maria · 26 Nov 2026] [Save to client session] [End session]
//
// Saving takes the current view's attachment() and adds it to the session through ClientStore.
// The action is enabled only while a session is active, the user store is writable and the
// current view has something to attach; it follows the context, the current view and the view's
// own change signals.

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QWidget;

namespace hp {
class UserStore;
}

namespace hp::ui {

class ClientContext;
class View;

class ClientSessionActions : public QObject {
    Q_OBJECT
public:
    using CurrentView = std::function<View *()>;
    // `store` may be null (no user database); `window` owns this object and shows its messages.
    ClientSessionActions(ClientContext &context, UserStore *store, CurrentView currentView, QWidget *window);

    QAction *saveAction() const { return m_save; }
    QAction *endAction() const { return m_end; }
    QWidget *statusWidget() const { return m_status; } // for the status bar; hidden unless active
    QLabel *statusLabel() const { return m_label; }

    void watch(View *view); // follow the view's change signals
    void update();          // re-check what is enabled and what the status widget says

    struct Outcome {
        bool ok = false;
        QString message; // "Saved … to Maria's session." or what went wrong, as a sentence
    };
    Outcome saveToSession();

signals:
    // After every save attempt; MainWindow shows the message (status bar or message box).
    void saveFinished(bool ok, const QString &message);

private:
    void userDataChanged();

    ClientContext &m_context;
    UserStore *m_store;
    CurrentView m_currentView;
    QAction *m_save = nullptr;
    QAction *m_end = nullptr;
    QWidget *m_status = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_endButton = nullptr;
};

} // namespace hp::ui
