#pragma once

#include <QString>

namespace hp::ui {

// Where HealthPath keeps its data: $HEALTHPATH_DATA_DIR if set, else QStandardPaths'
// AppDataLocation (~/.local/share/healthpath), the same folder healthpath-cli uses.
QString dataDirectory();

} // namespace hp::ui
