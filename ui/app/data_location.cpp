#include "app/data_location.h"

#include <QStandardPaths>

namespace hp::ui {

QString dataDirectory()
{
    const QString overridden = qEnvironmentVariable("HEALTHPATH_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace hp::ui
