#include "platform/paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace hp::paths {

std::string defaultDataDir()
{
    if (const char *dir = std::getenv("HEALTHPATH_DATA_DIR"); dir && *dir)
        return dir;
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && xdg[0] == '/')
        return std::string(xdg) + "/healthpath";
    const char *home = std::getenv("HOME");
    return std::string(home && *home ? home : "/tmp") + "/.local/share/healthpath";
}

std::string ensureDir(const std::string &dir)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(dir, ec))
        return {};
    fs::create_directories(dir, ec);
    if (ec)
        return "Could not create the data folder " + dir + ": " + ec.message() + ".";
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    return {};
}

std::string referenceDatabasePath(const std::string &dataDir)
{
    return dataDir + "/reference.sqlite";
}

std::string userDatabasePath(const std::string &dataDir)
{
    return dataDir + "/user.sqlite";
}

} // namespace hp::paths
