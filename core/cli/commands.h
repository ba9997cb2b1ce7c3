#pragma once
// The commands of healthpath-cli. Each returns an exit status (0 ok, 1 failed, 2 usage error)
// and throws boost::program_options::error for bad options (run() turns that into status 2).

#include <iosfwd>
#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace boost::program_options {
class options_description;
class variables_map;
} // namespace boost::program_options

namespace hp {
class KnowledgeBase;
}

namespace hp::cli {

struct Context {
    std::ostream &out;
    std::ostream &err;
    std::string dataDir;

    // Opens the reference store in dataDir, printing a sentence to err on failure.
    std::unique_ptr<KnowledgeBase> openKnowledge() const;
    // The vintage asked for (default: the latest); prints a sentence listing the available ones
    // and returns nothing when there is no wage data for it.
    std::optional<int> chooseVintage(const KnowledgeBase &kb, std::optional<int> requested, std::string_view command) const;
};

// Parses a command's options plus any number of positional FILE arguments (for the importers);
// returns the files named, in order. Throws boost::program_options::error for bad options.
std::vector<std::string> parseWithFiles(const std::vector<std::string> &args,
                                        boost::program_options::options_description &options,
                                        boost::program_options::variables_map &vm);

int rolesCommand(const Context &ctx, const std::vector<std::string> &args);
int dataCommand(const Context &ctx, const std::vector<std::string> &args);
int compareCommand(const Context &ctx, const std::vector<std::string> &args);
int pathCommand(const Context &ctx, const std::vector<std::string> &args);
int planCommand(const Context &ctx, const std::vector<std::string> &args);
int fitCommand(const Context &ctx, const std::vector<std::string> &args);
int veteransCommand(const Context &ctx, const std::vector<std::string> &args);
int clientsCommand(const Context &ctx, const std::vector<std::string> &args);

} // namespace hp::cli
