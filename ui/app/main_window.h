#pragma once
// The main window: a sidebar of views on the left, the current view on the right, menus for
// printing and export. Views are created the first time they are shown.
//
// It owns the person's database (unless one is passed in), its backups (BackupActions) and the
// counselor's client context (ClientContext, ClientSessionActions), which reaches the views
// through ViewContext. The title carries the current view's unsaved state ("[*]").

#include "app/user_data.h"

#include <QMainWindow>
#include <QStringList>

#include <map>
#include <memory>

class QListWidget;
class QStackedWidget;

namespace hp {
class KnowledgeBase;
class UserStore;
} // namespace hp

namespace hp::ui {

class BackupActions;
class ClientContext;
class ClientSessionActions;
class View;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // persistState: restore and save geometry and the last view through QSettings.
    // userStore: the person's database; when null the window opens the one in the data folder
    // (user.sqlite) itself, backs it up when a backup is due, and reports a problem with it in
    // the status bar.
    // onDamaged: what to do when that file is damaged. Empty: ask with DamagedDataDialog when
    // persistState (a person's window), else open it read-only (tests, screenshots never block).
    MainWindow(KnowledgeBase &kb, bool persistState, QWidget *parent = nullptr, UserStore *userStore = nullptr,
               DamagedDataChooser onDamaged = {});
    ~MainWindow() override;

    // The person chose Quit when asked about a damaged data file: do not show the window.
    bool quitRequested() const { return m_quitRequested; }

    bool showView(const QString &name); // false if no view has that name
    QString currentViewName() const;
    View *view(const QString &name);    // creates it if needed; nullptr for unknown names

    QListWidget *navigation() const { return m_nav; }
    UserStore *userStore() const { return m_userStore; }
    ClientContext *clientContext() const { return m_clients; }
    ClientSessionActions *sessionActions() const { return m_session; }
    BackupActions *backupActions() const { return m_backups; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override; // views' ModifiedChange

private:
    void createMenus();
    void exportPdf();
    void printCurrent();
    void about();
    void makeVeteranPlan(const QString &roleId);
    void openOwnUserData(const DamagedDataChooser &onDamaged);
    void createUserDataActions(const QString &dataDir);
    View *currentView() const;

    KnowledgeBase &m_kb;
    std::unique_ptr<UserStore> m_ownedUserStore;
    UserStore *m_userStore = nullptr;
    bool m_persist;
    bool m_quitRequested = false;
    ClientContext *m_clients = nullptr;
    ClientSessionActions *m_session = nullptr;
    BackupActions *m_backups = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::map<QString, View *> m_views;
};

} // namespace hp::ui
