#include "app/main_window.h"

#include "app/backup_actions.h"
#include "app/client_context.h"
#include "app/client_session_actions.h"
#include "app/damaged_data_dialog.h"
#include "app/data_location.h"
#include "app/import_crosswalk_action.h"
#include "app/import_wages_action.h"
#include "app/view.h"
#include "app/settings.h"
#include "app/user_data.h"
#include "app/view_registry.h"
#include "refdata/knowledge_base.h"
#include "report/document_export.h"
#include "user/user_store.h"
#include "views/plan_input_form.h"
#include "views/plan_view.h"
#include "views/veterans_view.h"

#include <QAction>
#include <QCheckBox>
#include <QDate>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace hp::ui {

MainWindow::MainWindow(KnowledgeBase &kb, bool persistState, QWidget *parent, UserStore *userStore,
                       DamagedDataChooser onDamaged)
    : QMainWindow(parent)
    , m_kb(kb)
    , m_userStore(userStore)
    , m_persist(persistState)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HealthPath"));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setFixedWidth(170);
    m_nav->setSpacing(2);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    for (const auto &info : viewRegistry()) {
        auto *item = new QListWidgetItem(info.title(), m_nav);
        item->setData(Qt::UserRole, info.name);
        item->setData(Qt::AccessibleTextRole, info.title());
    }

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (auto *item = m_nav->item(row))
            showView(item->data(Qt::UserRole).toString());
    });

    statusBar()->showMessage(tr("%1 roles · wage data BLS OEWS, May %2 · all data stays on this computer")
                                 .arg(m_kb.roles().size())
                                 .arg(m_kb.latestVintage()));
    QString dataDir;
    if (!m_userStore) {
        openOwnUserData(onDamaged);
        dataDir = dataDirectory();
    } else if (!m_userStore->path().empty()) {
        dataDir = QFileInfo(QString::fromStdString(m_userStore->path())).absolutePath();
    }
    createUserDataActions(dataDir);
    createMenus();
    // The daily backup of a database this window opened itself, once the window has painted.
    if (m_ownedUserStore && !m_ownedUserStore->readOnly())
        QTimer::singleShot(300, m_backups, [backups = m_backups] { backups->backupIfDue(); });

    QString startView = viewRegistry().front().name;
    resize(1280, 800);
    if (m_persist) {
        const auto settings = appSettings();
        restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
        const QString last = settings->value(QStringLiteral("window/view")).toString();
        if (viewNames().contains(last))
            startView = last;
    }
    showView(startView);
}

// <data folder>/user.sqlite; a damaged file is asked about (see the constructor's comment), and
// what is wrong, or what was done about it, stays in the status bar.
void MainWindow::openOwnUserData(const DamagedDataChooser &onDamaged)
{
    const bool ask = !onDamaged && m_persist;
    UserData user = openUserData(ask ? DamagedDataDialog::interactiveChooser(this) : onDamaged);
    m_ownedUserStore = std::move(user.store);
    m_userStore = m_ownedUserStore.get();
    m_quitRequested = user.quit;
    auto addNote = [this](const QString &text, const QString &name, bool problem) {
        auto *label = new QLabel(text, this);
        label->setObjectName(problem ? QStringLiteral("userDataProblem") : QStringLiteral("userDataNotice"));
        label->setWordWrap(true);
        label->setAccessibleName(name);
        if (problem)
            label->setStyleSheet(QStringLiteral("color: #b01c1c"));
        statusBar()->addPermanentWidget(label, 1);
    };
    if (!user.problem.isEmpty() && !user.quit)
        addNote(user.problem, tr("Problem with your data file"), true);
    if (!user.notice.isEmpty()) {
        addNote(user.notice, tr("Your data file was restored"), false);
        if (ask)
            QMessageBox::information(this, tr("Backup restored"), user.notice);
    }
}

// Backups (File menu) and the client session (Client menu, status bar).
void MainWindow::createUserDataActions(const QString &dataDir)
{
    m_clients = new ClientContext(this);
    m_session = new ClientSessionActions(*m_clients, m_userStore, [this] { return currentView(); }, this);
    statusBar()->addPermanentWidget(m_session->statusWidget());
    connect(m_session, &ClientSessionActions::saveFinished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
        else
            QMessageBox::warning(this, tr("Not saved to the session"), message);
    });
    m_backups = new BackupActions(m_userStore, dataDir, this);
    connect(m_backups, &BackupActions::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 10000);
    });
    connect(m_backups, &BackupActions::dueBackupFinished, this, [this](bool ok, const QString &message) {
        if (!ok)
            statusBar()->showMessage(tr("Today's backup was not made. %1").arg(message), 15000);
    });
}

// Views are children of the window and are destroyed with it, before the user store it owns.
MainWindow::~MainWindow()
{
    delete m_stack;
    m_stack = nullptr;
    m_views.clear();
}

// Veterans → "Make my 30-60-90 plan": a veteran-persona plan for the chosen role, starting today,
// with the GI Bill and VA test-fee steps, made and saved like the plan form's own button does.
void MainWindow::makeVeteranPlan(const QString &roleId)
{
    auto *plans = qobject_cast<PlanView *>(view(QStringLiteral("plan")));
    if (!plans)
        return;
    PlanInputForm *form = plans->form();
    const QString problem = form->applyArguments({{QStringLiteral("persona"), QStringLiteral("veteran")},
                                                  {QStringLiteral("target"), roleId},
                                                  {QStringLiteral("start"), QDate::currentDate().toString(Qt::ISODate)}});
    if (!problem.isEmpty()) {
        statusBar()->showMessage(problem, 8000);
        return;
    }
    for (const QString &id : {QStringLiteral("gi-bill"), QStringLiteral("va-test-fee")})
        if (QCheckBox *box = form->fundingBox(id))
            box->setChecked(true);
    plans->makePlan();
    showView(QStringLiteral("plan"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *pdf = file->addAction(tr("&Export as PDF…"), this, &MainWindow::exportPdf);
    pdf->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printCurrent);
    print->setShortcut(QKeySequence::Print);
    ImportWagesAction::addTo(file, m_kb, this);
    ImportCrosswalkAction::addTo(file, m_kb, this);
    file->addSeparator();
    file->addAction(m_backups->backupAction());
    file->addAction(m_backups->restoreAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    int n = 1;
    for (const auto &info : viewRegistry()) {
        QAction *a = viewMenu->addAction(info.title(), this, [this, name = info.name] { showView(name); });
        if (n <= 9)
            a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(n++)));
    }

    QMenu *client = menuBar()->addMenu(tr("&Client"));
    client->addAction(m_session->saveAction());
    client->addAction(m_session->endAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About HealthPath"), this, &MainWindow::about);
}

View *MainWindow::view(const QString &name)
{
    if (auto it = m_views.find(name); it != m_views.end())
        return it->second;
    for (const auto &info : viewRegistry()) {
        if (info.name != name)
            continue;
        ViewContext context{m_kb, m_userStore, m_clients};
        View *v = info.create(context);
        if (auto *vets = qobject_cast<VeteransView *>(v))
            vets->setPlanHandler([this](const QString &roleId) { makeVeteranPlan(roleId); });
        v->installEventFilter(this);
        m_session->watch(v);
        v->setParent(m_stack);
        m_stack->addWidget(v);
        m_views[name] = v;
        return v;
    }
    return nullptr;
}

bool MainWindow::showView(const QString &name)
{
    View *v = view(name);
    if (!v)
        return false;
    m_stack->setCurrentWidget(v);
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->data(Qt::UserRole).toString() == name && m_nav->currentRow() != row) {
            const QSignalBlocker block(m_nav);
            m_nav->setCurrentRow(row);
        }
    }
    setWindowTitle(tr("%1[*] — HealthPath").arg(v->title()));
    setWindowModified(v->isWindowModified());
    m_session->update();
    return true;
}

QString MainWindow::currentViewName() const
{
    for (const auto &[name, v] : m_views)
        if (v == m_stack->currentWidget())
            return name;
    return {};
}

View *MainWindow::currentView() const
{
    return m_stack ? qobject_cast<View *>(m_stack->currentWidget()) : nullptr;
}

// A view marks unsaved state with setWindowModified (the Clients view, while notes are being
// typed); the title's [*] shows it for the current view only. The view saves on hide, so
// switching away or closing asks nothing.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ModifiedChange && m_stack && watched == m_stack->currentWidget())
        setWindowModified(static_cast<QWidget *>(watched)->isWindowModified());
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::exportPdf()
{
    View *v = currentView();
    if (!v)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"), dir + QStringLiteral("/HealthPath - ") + v->title()
                                                                                   + QStringLiteral(".pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto doc = v->printableDocument();
    const QString error = writePdf(*doc, path, v->title());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::printCurrent()
{
    if (View *v = currentView())
        printWithDialog(*v->printableDocument(), this);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About HealthPath"),
                       tr("<h3>HealthPath %1</h3><p>Plan a career in the healthcare revenue cycle: roles, pay, "
                          "certifications and ladders, with every figure sourced and dated.</p>"
                          "<p>Wage data: U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
                          "Statistics (public domain). HealthPath works offline and keeps your data on this "
                          "computer.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persist) {
        const auto settings = appSettings();
        settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings->setValue(QStringLiteral("window/state"), saveState());
        settings->setValue(QStringLiteral("window/view"), currentViewName());
    }
    event->accept();
}

} // namespace hp::ui
