#include "cli/cli.h"

#include "cli/commands.h"
#include "platform/paths.h"

#include <boost/program_options.hpp>

#include <ostream>

namespace po = boost::program_options;

namespace hp::cli {

namespace {

const char *const kUsage =
    "Usage: healthpath-cli [--data-dir DIR] COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  roles [--format text|csv|json] [--vintage YYYY]\n"
    "                         list the roles with their BLS occupation and median wage\n"
    "  compare ROLE ROLE [ROLE [ROLE]] [--format text|csv|json|pdf] [--out FILE] [--vintage YYYY]\n"
    "                         compare 2 to 4 roles side by side (pdf: a one-page handout)\n"
    "  path --from START --to ROLE [--optimize time|cost] [--baseline-pay N] [--vintage YYYY]\n"
    "       [--format text|json]\n"
    "                         routes from a starting point to a role: fastest, cheapest, alternatives,\n"
    "                         each with its return on training over 10 years\n"
    "  fit --answers FILE [--format text|json]\n"
    "                         rank the roles by your answers to the fit check, with the answers\n"
    "                         behind each score and what would change the order\n"
    "  fit --questions [--format text|json]\n"
    "                         the fit check's questions and answer ids, to write an answers file\n"
    "  plan --persona P --target ROLE --budget N [--start YYYY-MM-DD] [--hours N]\n"
    "       [--funding F]... [--held CERT]... [--format text|json|ics|md|csv|pdf] [--ics-todo] [--out FILE]\n"
    "                         a dated 30-60-90 day plan toward a role, with the road beyond day 90\n"
    "                         (pdf needs --out); plan --personas lists personas and funding ids\n"
    "  veterans match CODE [CODE...] [--branch B] [--grade E5] [--role ROLE] [--format text|json]\n"
    "                         the roles your military occupation codes lead to: direct, adjacent or\n"
    "                         stretch, with the reasons, the level that matches your pay grade and the\n"
    "                         gaps; --role adds funding (GI Bill, VA test fees) and resume language\n"
    "  veterans search WORDS... [--branch B] [--limit N] [--format text|json]\n"
    "                         find military occupation codes by code or by words of the title\n"
    "  veterans import-crosswalk FILE [--dry-run]\n"
    "  veterans import-crosswalk --use-shipped\n"
    "                         import a newer O*NET Military Crosswalk (military_crosswalk.zip or the\n"
    "                         milx....csv inside it); all or nothing\n"
    "  clients list [--archived] [--format text|json]\n"
    "                         a counselor's clients with their sessions and tags (--archived: those too)\n"
    "  clients show UID       one client and their numbered sessions\n"
    "  clients search TEXT    find clients and session notes as you type: each word matches the start\n"
    "                         of a word\n"
    "  clients export [--client UID] [--deidentified] --out FILE\n"
    "                         client records as JSON to import elsewhere; --deidentified leaves out\n"
    "                         names, contact details, places and notes, for program reporting\n"
    "  clients import FILE    merge an export: new records are added, newer copies replace older ones,\n"
    "                         nothing is duplicated; a file with any problem changes nothing\n"
    "  clients backup         back up your data now (the newest 7 backups are kept)\n"
    "  clients restore [FILE] put a backup back (default: the newest good one); what it replaces is\n"
    "                         kept beside it, also when your data file is damaged\n"
    "  clients check          check your data file for damage\n"
    "  clients handout --client UID [--session N] [--private] --out FILE.pdf\n"
    "                         a printable summary of a session for the client (default: the latest);\n"
    "                         --private adds your private notes\n"
    "  data check             validate the reference data and the local store\n"
    "  data import-oews FILE [--vintage YYYY] [--dry-run]\n"
    "                         import BLS OEWS national estimates (national_MYYYY_dl.xlsx, or a\n"
    "                         CSV saved from it); all or nothing, --dry-run shows the changes only\n"
    "\n"
    "Global options:\n";

} // namespace

std::vector<std::string> parseWithFiles(const std::vector<std::string> &args, po::options_description &options,
                                        po::variables_map &vm)
{
    options.add_options()("file", po::value<std::vector<std::string>>());
    po::positional_options_description positional;
    positional.add("file", -1);
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    po::notify(vm);
    return vm.count("file") ? vm["file"].as<std::vector<std::string>>() : std::vector<std::string>{};
}

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    po::options_description global("Global options");
    global.add_options()
        ("help,h", "show this help and exit")
        ("version", "show the version and exit")
        ("data-dir", po::value<std::string>(), "folder for HealthPath's data (default: XDG data folder)");
    po::options_description hidden;
    hidden.add_options()
        ("command", po::value<std::string>())
        ("args", po::value<std::vector<std::string>>());
    po::options_description all;
    all.add(global).add(hidden);
    po::positional_options_description positional;
    positional.add("command", 1).add("args", -1);

    po::variables_map vm;
    std::vector<std::string> rest;
    try {
        auto parsed = po::command_line_parser(args).options(all).positional(positional).allow_unregistered().run();
        po::store(parsed, vm);
        po::notify(vm);
        rest = po::collect_unrecognized(parsed.options, po::include_positional);
    } catch (const po::error &e) {
        err << "healthpath-cli: " << e.what() << " (see --help)\n";
        return 2;
    }

    if (vm.count("help")) {
        out << kUsage;
        out << "  -h, --help             show this help and exit\n"
               "      --version          show the version and exit\n"
               "      --data-dir DIR     folder for HealthPath's data (default: "
            << paths::defaultDataDir() << ")\n";
        return 0;
    }
    if (vm.count("version")) {
        out << "healthpath-cli " << HEALTHPATH_VERSION << "\n";
        return 0;
    }
    if (!vm.count("command")) {
        err << "healthpath-cli: no command given; try 'healthpath-cli --help'.\n";
        return 2;
    }
    // `rest` holds the command followed by its own arguments, unrecognised options included.
    if (!rest.empty() && rest.front() == vm["command"].as<std::string>())
        rest.erase(rest.begin());

    Context ctx{out, err, vm.count("data-dir") ? vm["data-dir"].as<std::string>() : paths::defaultDataDir()};
    const std::string command = vm["command"].as<std::string>();
    try {
        if (command == "roles")
            return rolesCommand(ctx, rest);
        if (command == "data")
            return dataCommand(ctx, rest);
        if (command == "compare")
            return compareCommand(ctx, rest);
        if (command == "path")
            return pathCommand(ctx, rest);
        if (command == "plan")
            return planCommand(ctx, rest);
        if (command == "fit")
            return fitCommand(ctx, rest);
        if (command == "veterans")
            return veteransCommand(ctx, rest);
        if (command == "clients")
            return clientsCommand(ctx, rest);
    } catch (const po::error &e) {
        err << "healthpath-cli " << command << ": " << e.what() << " (see --help)\n";
        return 2;
    }
    err << "healthpath-cli: unknown command '" << command << "'; commands are: roles, compare, path, fit, plan, veterans, clients, data.\n";
    return 2;
}

} // namespace hp::cli
