#include "app/client_context.h"

namespace hp::ui {

void ClientContext::start(std::int64_t clientId, std::int64_t sessionId, const QString &clientName,
                          const QString &sessionDate)
{
    m_clientId = clientId;
    m_sessionId = sessionId;
    m_clientName = clientName;
    m_sessionDate = sessionDate;
    emit changed();
}

void ClientContext::end()
{
    if (!active())
        return;
    m_clientId = 0;
    m_sessionId = 0;
    m_clientName.clear();
    m_sessionDate.clear();
    emit changed();
}

} // namespace hp::ui
