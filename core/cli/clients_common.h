#pragma once
// What the `clients` subcommands share: the subcommand's name for messages, option parsing with
// positional words, and opening the user database in the data folder. Internal to core/cli.

#include "cli/commands.h"

#include "platform/paths.h"
#include "user/user_store.h"

#include <boost/program_options.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace hp::cli::clients_cli {

namespace po = boost::program_options;

inline bool exists(const std::string &path)
{
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

struct Sub {
    const Context &ctx;
    std::string name; // "list", "import", …

    std::ostream &fail() const { return ctx.err << "healthpath-cli clients " << name << ": "; }

    // Parses options plus positional words; throws po::error for bad options.
    std::vector<std::string> parse(const std::vector<std::string> &args, po::options_description &opts, po::variables_map &vm) const
    {
        opts.add_options()("words", po::value<std::vector<std::string>>());
        po::positional_options_description positional;
        positional.add("words", -1);
        po::store(po::command_line_parser(args).options(opts).positional(positional).run(), vm);
        po::notify(vm);
        return vm.count("words") ? vm["words"].as<std::vector<std::string>>() : std::vector<std::string>{};
    }

    std::unique_ptr<UserStore> open() const
    {
        if (const std::string problem = paths::ensureDir(ctx.dataDir); !problem.empty()) {
            fail() << problem << "\n";
            return nullptr;
        }
        auto opened = UserStore::open(paths::userDatabasePath(ctx.dataDir));
        if (!opened.store)
            fail() << opened.error << "\n";
        return std::move(opened.store);
    }
};

int backupClients(const Sub &sub, const std::vector<std::string> &args);
int restoreClients(const Sub &sub, const std::vector<std::string> &args);
int checkClients(const Sub &sub, const std::vector<std::string> &args);

} // namespace hp::cli::clients_cli
