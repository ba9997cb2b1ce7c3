#include "app/client_session_actions.h"

#include "app/client_context.h"
#include "app/data_notifier.h"
#include "app/view.h"
#include "clients/client_store.h"
#include "user/user_store.h"
#include "views/compare_view.h"
#include "views/fit_view.h"
#include "views/ladders_view.h"
#include "views/plan_view.h"

#include <QAction>
#include <QDate>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

namespace hp::ui {

ClientSessionActions::ClientSessionActions(ClientContext &context, UserStore *store, CurrentView currentView, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_store(store)
    , m_currentView(std::move(currentView))
    , m_save(new QAction(tr("&Save to client session"), this))
    , m_end(new QAction(tr("&End session"), this))
{
    m_save->setObjectName(QStringLiteral("saveToSessionAction"));
    m_save->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_save->setStatusTip(tr("Add what this view shows to the client session you are holding"));
    m_end->setObjectName(QStringLiteral("endSessionAction"));
    m_end->setStatusTip(tr("Stop working in the client's session"));

    m_status = new QWidget(window);
    m_status->setObjectName(QStringLiteral("sessionStatus"));
    m_label = new QLabel(m_status);
    m_label->setObjectName(QStringLiteral("sessionStatusLabel"));
    m_label->setAccessibleName(tr("Client session"));
    m_label->setTextFormat(Qt::PlainText);
    auto *saveButton = new QToolButton(m_status);
    saveButton->setObjectName(QStringLiteral("saveToSessionButton"));
    saveButton->setDefaultAction(m_save);
    saveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    saveButton->setAccessibleName(tr("Save to client session"));
    m_endButton = new QPushButton(tr("End session"), m_status);
    m_endButton->setObjectName(QStringLiteral("endSessionButton"));
    m_endButton->setAccessibleName(tr("End session"));
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(saveButton);
    layout->addWidget(m_endButton);
    m_status->hide();

    connect(m_save, &QAction::triggered, this, [this] {
        const Outcome outcome = saveToSession();
        emit saveFinished(outcome.ok, outcome.message);
    });
    connect(m_end, &QAction::triggered, &m_context, &ClientContext::end);
    connect(m_endButton, &QPushButton::clicked, &m_context, &ClientContext::end);
    connect(&m_context, &ClientContext::changed, this, &ClientSessionActions::update);
    connect(&DataNotifier::instance(), &DataNotifier::userDataChanged, this, &ClientSessionActions::userDataChanged);
    update();
}

void ClientSessionActions::watch(View *view)
{
    if (auto *v = qobject_cast<CompareView *>(view))
        connect(v, &CompareView::comparisonChanged, this, &ClientSessionActions::update);
    else if (auto *v = qobject_cast<FitView *>(view))
        connect(v, &FitView::rankingChanged, this, &ClientSessionActions::update);
    else if (auto *v = qobject_cast<LaddersView *>(view))
        connect(v, &LaddersView::planChanged, this, &ClientSessionActions::update);
    else if (auto *v = qobject_cast<PlanView *>(view))
        connect(v, &PlanView::planChanged, this, &ClientSessionActions::update);
}

// After a restore the session may no longer exist: then the context ends.
void ClientSessionActions::userDataChanged()
{
    if (m_context.active() && m_store) {
        std::optional<clients::Session> session;
        try {
            session = clients::ClientStore(*m_store).session(m_context.sessionId());
        } catch (const std::exception &) {
        }
        if (!session) {
            m_context.end();
            return;
        }
    }
    update();
}

void ClientSessionActions::update()
{
    const bool active = m_context.active();
    const bool writable = m_store && !m_store->readOnly();
    View *view = m_currentView ? m_currentView() : nullptr;
    m_save->setEnabled(active && writable && view && view->attachment().has_value());
    m_end->setEnabled(active);
    if (active) {
        const QDate date = QDate::fromString(m_context.sessionDate(), Qt::ISODate);
        const QString when = date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : m_context.sessionDate();
        m_label->setText(tr("Session with %1 · %2").arg(m_context.clientName(), when));
    } else {
        m_label->clear();
    }
    m_status->setVisible(active);
}

ClientSessionActions::Outcome ClientSessionActions::saveToSession()
{
    if (!m_context.active())
        return {false, tr("No client session is open. Open a client and start or choose a session first.")};
    if (!m_store)
        return {false, tr("Your data file is not open, so nothing can be saved to the session.")};
    if (m_store->readOnly())
        return {false, tr("Your data file is open read-only, so nothing can be saved to the session.")};
    View *view = m_currentView ? m_currentView() : nullptr;
    const auto attachment = view ? view->attachment() : std::nullopt;
    if (!attachment)
        return {false, tr("This view shows nothing that can be saved to a session.")};
    const QString title = QString::fromStdString(attachment->title);
    try {
        clients::ClientStore(*m_store).addAttachment(m_context.sessionId(), *attachment);
    } catch (const std::exception &e) {
        return {false, tr("%1 could not be saved to %2's session: %3")
                           .arg(title, m_context.clientName(), QString::fromUtf8(e.what()))};
    }
    m_context.notifySessionChanged();
    return {true, tr("Saved %1 to %2's session.").arg(title, m_context.clientName())};
}

} // namespace hp::ui
