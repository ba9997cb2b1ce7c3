#pragma once
// The application's QSettings: ~/.config/healthpath/healthpath.conf (QStandardPaths'
// AppConfigLocation), the same XDG folder family as the data in ~/.local/share/healthpath.

#include <QSettings>

#include <memory>

namespace hp::ui {

std::unique_ptr<QSettings> appSettings();

} // namespace hp::ui
