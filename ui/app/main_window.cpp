#include "app/main_window.h"

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

namespace hp::ui {

MainWindow::MainWindow(KnowledgeBase &kb, bool persistState, QWidget *parent, UserStore *userStore)
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

    createMenus();
    statusBar()->showMessage(tr("%1 roles · wage data BLS OEWS, May %2 · all data stays on this computer")
                                 .arg(m_kb.roles().size())
                                 .arg(m_kb.latestVintage()));
    if (!m_userStore) {
        UserData user = openUserData();
        m_ownedUserStore = std::move(user.store);
        m_userStore = m_ownedUserStore.get();
        if (!user.problem.isEmpty()) {
            auto *problem = new QLabel(user.problem, this);
            problem->setWordWrap(true);
            problem->setAccessibleName(tr("Problem with your data file"));
            problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
            statusBar()->addPermanentWidget(problem, 1);
        }
    }

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
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    int n = 1;
    for (const auto &info : viewRegistry()) {
        QAction *a = viewMenu->addAction(info.title(), this, [this, name = info.name] { showView(name); });
        if (n <= 9)
            a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(n++)));
    }

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
        ViewContext context{m_kb, m_userStore};
        View *v = info.create(context);
        if (auto *vets = qobject_cast<VeteransView *>(v))
            vets->setPlanHandler([this](const QString &roleId) { makeVeteranPlan(roleId); });
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
    setWindowTitle(tr("%1 — HealthPath").arg(v->title()));
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
    return qobject_cast<View *>(m_stack->currentWidget());
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
