#pragma once
// "In the client's context": while a counselor holds a session, the window remembers which client
// and session it is, shows it in the status bar, and offers "Save to client session" for whatever
// the current view can attach (View::attachment()). One object per main window, shared with the
// views through ViewContext.

#include <QObject>
#include <QString>

#include <cstdint>

namespace hp::ui {

class ClientContext : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    bool active() const { return m_sessionId != 0; }
    std::int64_t clientId() const { return m_clientId; }
    std::int64_t sessionId() const { return m_sessionId; }
    QString clientName() const { return m_clientName; }
    QString sessionDate() const { return m_sessionDate; } // ISO date

    void start(std::int64_t clientId, std::int64_t sessionId, const QString &clientName, const QString &sessionDate);
    void end();

signals:
    void changed();
    // Something was saved to the session (an attachment added from another view); the Clients
    // view reloads the session when it shows it.
    void sessionChanged(std::int64_t sessionId);

public:
    void notifySessionChanged() { emit sessionChanged(m_sessionId); }

private:
    std::int64_t m_clientId = 0;
    std::int64_t m_sessionId = 0;
    QString m_clientName;
    QString m_sessionDate;
};

} // namespace hp::ui
