#pragma once
// The main window: a sidebar of views on the left, the current view on the right, menus for
// printing and export. Views are created the first time they are shown.

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

class View;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // persistState: restore and save geometry and the last view through QSettings.
    // userStore: the person's database; when null the window opens the one in the data folder
    // (user.sqlite) itself and reports a problem with it in the status bar.
    MainWindow(KnowledgeBase &kb, bool persistState, QWidget *parent = nullptr, UserStore *userStore = nullptr);
    ~MainWindow() override;

    bool showView(const QString &name); // false if no view has that name
    QString currentViewName() const;
    View *view(const QString &name);    // creates it if needed; nullptr for unknown names

    QListWidget *navigation() const { return m_nav; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void exportPdf();
    void printCurrent();
    void about();
    void makeVeteranPlan(const QString &roleId);
    View *currentView() const;

    KnowledgeBase &m_kb;
    std::unique_ptr<UserStore> m_ownedUserStore;
    UserStore *m_userStore = nullptr;
    bool m_persist;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::map<QString, View *> m_views;
};

} // namespace hp::ui
