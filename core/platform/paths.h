#pragma once
// Where user data lives, following the XDG base directory rules. The GUI asks QStandardPaths
// (AppDataLocation, application name "healthpath"); this gives the CLI the same folder without Qt.

#include <string>

namespace hp::paths {

// $HEALTHPATH_DATA_DIR if set (tests use it), else $XDG_DATA_HOME/healthpath, else
// $HOME/.local/share/healthpath.
std::string defaultDataDir();

// Creates the folder and its parents with mode 0700. Returns an error sentence, or empty.
std::string ensureDir(const std::string &dir);

std::string referenceDatabasePath(const std::string &dataDir); // <dataDir>/reference.sqlite
std::string userDatabasePath(const std::string &dataDir);      // <dataDir>/user.sqlite

} // namespace hp::paths
