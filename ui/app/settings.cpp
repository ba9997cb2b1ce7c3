#include "app/settings.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace hp::ui {

std::unique_ptr<QSettings> appSettings()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return std::make_unique<QSettings>(dir + QLatin1Char('/') + QCoreApplication::applicationName() + QStringLiteral(".conf"),
                                       QSettings::IniFormat);
}

} // namespace hp::ui
