// healthpath-cli veterans match CODE [CODE…] [--branch B] [--grade E5] [--role ROLE] [--format text|json]
// healthpath-cli veterans search WORDS… [--branch B] [--limit N] [--format text|json]
// healthpath-cli veterans import-crosswalk FILE [--dry-run]
// healthpath-cli veterans import-crosswalk --use-shipped   (removes an imported crosswalk)
// Exit 0 with the answer; 1 when none of the codes is in the crosswalk (the honest answer still goes
// to standard output) or an import fails; 2 for usage errors (unknown branch, grade or role).

#include "cli/commands.h"

#include "refdata/knowledge_base.h"
#include "veterans/crosswalk_import.h"
#include "veterans/veterans_export.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <ostream>

namespace po = boost::program_options;

namespace hp::cli {

namespace {

std::string branchList()
{
    std::string out;
    for (const auto &b : veterans::branches())
        out.append(out.empty() ? "" : ", ").append(b.id);
    return out;
}

struct Common {
    std::string format = "text";
    std::string branch;
    std::vector<std::string> words;
};

// Parses `args` with the options every subcommand shares; returns 0 to go on, else an exit status.
int parse(const Context &ctx, const std::string &command, const std::vector<std::string> &args, po::options_description &opts,
          po::variables_map &vm, Common &common)
{
    opts.add_options()
        ("branch", po::value<std::string>(), "army, navy, air-force, marine-corps, coast-guard or space-force")
        ("format", po::value<std::string>()->default_value("text"), "text or json")
        ("words", po::value<std::vector<std::string>>());
    po::positional_options_description positional;
    positional.add("words", -1);
    po::store(po::command_line_parser(args).options(opts).positional(positional).run(), vm);
    po::notify(vm);
    common.format = vm["format"].as<std::string>();
    if (common.format != "text" && common.format != "json") {
        ctx.err << "healthpath-cli veterans " << command << ": --format must be text or json, not '" << common.format << "'.\n";
        return 2;
    }
    if (vm.count("branch")) {
        const auto *b = veterans::findBranch(vm["branch"].as<std::string>());
        if (!b) {
            ctx.err << "healthpath-cli veterans " << command << ": unknown branch '" << vm["branch"].as<std::string>()
                    << "'; branches are " << branchList() << ".\n";
            return 2;
        }
        common.branch = b->id;
    }
    if (vm.count("words"))
        for (const auto &w : vm["words"].as<std::vector<std::string>>()) {
            std::size_t start = 0;
            while (start <= w.size()) { // "68G,4A051" is two codes
                const auto end = std::min(w.find(',', start), w.size());
                if (end > start)
                    common.words.push_back(w.substr(start, end - start));
                start = end + 1;
            }
        }
    return 0;
}

int matchCommand(const Context &ctx, const std::vector<std::string> &args)
{
    po::options_description opts("veterans match options");
    opts.add_options()
        ("grade", po::value<std::string>(), "pay grade when you left: E1–E9, W1–W5 or O1–O10")
        ("role", po::value<std::string>(), "also show funding and résumé language for this role id");
    po::variables_map vm;
    Common common;
    if (const int status = parse(ctx, "match", args, opts, vm, common))
        return status;
    if (common.words.empty()) {
        ctx.err << "healthpath-cli veterans match: name one or more military occupation codes, e.g. 68G 4A051 HM 0111.\n";
        return 2;
    }
    auto kb = ctx.openKnowledge();
    if (!kb)
        return 1;
    std::string error;
    const auto vet = veterans::Veterans::load(*kb, &error);
    if (!vet) {
        ctx.err << "healthpath-cli veterans match: " << error << "\n";
        return 1;
    }
    const std::string grade = vm.count("grade") ? vm["grade"].as<std::string>() : std::string();
    if (!grade.empty() && !vet->level(grade)) {
        ctx.err << "healthpath-cli veterans match: --grade must be a pay grade such as E5, W3 or O3 (E1–E9, W1–W5, O1–O10), not '"
                << grade << "'.\n";
        return 2;
    }
    const std::string role = vm.count("role") ? vm["role"].as<std::string>() : std::string();
    if (!role.empty() && !kb->role(role)) {
        std::string ids;
        for (const auto &r : kb->roles())
            ids.append(ids.empty() ? "" : ", ").append(r.id);
        ctx.err << "healthpath-cli veterans match: unknown role '" << role << "'; roles are " << ids << ".\n";
        return 2;
    }
    std::vector<veterans::CodeQuery> queries;
    for (const auto &w : common.words)
        queries.push_back({w, common.branch});
    const auto result = vet->match(queries, grade);
    ctx.out << (common.format == "json" ? veterans::matchToJson(*vet, *kb, result, role)
                                        : veterans::matchToText(*vet, *kb, result, role));
    if (result.occupations.empty()) {
        ctx.err << "healthpath-cli veterans match: none of the codes is in the " << vet->crosswalkVintage() << ".\n";
        return 1;
    }
    return 0;
}

int searchCommand(const Context &ctx, const std::vector<std::string> &args)
{
    po::options_description opts("veterans search options");
    opts.add_options()("limit", po::value<int>()->default_value(50), "at most this many occupations (1–500)");
    po::variables_map vm;
    Common common;
    if (const int status = parse(ctx, "search", args, opts, vm, common))
        return status;
    const int limit = vm["limit"].as<int>();
    if (common.words.empty() || limit < 1 || limit > 500) {
        ctx.err << "healthpath-cli veterans search: give a code or words of a title (e.g. 'patient administration'), and a --limit from 1 to 500.\n";
        return 2;
    }
    auto kb = ctx.openKnowledge();
    if (!kb)
        return 1;
    std::string error;
    const auto vet = veterans::Veterans::load(*kb, &error);
    if (!vet) {
        ctx.err << "healthpath-cli veterans search: " << error << "\n";
        return 1;
    }
    std::string words;
    for (const auto &w : common.words)
        words.append(words.empty() ? "" : " ").append(w);
    const auto found = vet->search({words, common.branch}, static_cast<std::size_t>(limit));
    ctx.out << (common.format == "json" ? veterans::occupationsToJson(*vet, found) : veterans::occupationsToText(*vet, found));
    if (found.empty()) {
        ctx.err << "healthpath-cli veterans search: no military occupation code or title matches '" << words << "'.\n";
        return 1;
    }
    return 0;
}

// All or nothing: a bad file leaves the store untouched and prints one sentence.
int importCommand(const Context &ctx, const std::vector<std::string> &args)
{
    po::options_description opts("veterans import-crosswalk options");
    opts.add_options()
        ("dry-run", po::bool_switch(), "check the file and show the changes without storing them")
        ("use-shipped", po::bool_switch(), "remove an imported crosswalk and use the shipped one again");
    po::variables_map vm;
    const auto files = parseWithFiles(args, opts, vm);
    if (vm["use-shipped"].as<bool>()) {
        if (!files.empty()) {
            ctx.err << "healthpath-cli veterans import-crosswalk: --use-shipped takes no file.\n";
            return 2;
        }
        auto kb = ctx.openKnowledge();
        if (!kb)
            return 1;
        if (!veterans::removeImportedCrosswalk(*kb)) {
            ctx.out << "No imported crosswalk is stored; HealthPath already uses the shipped one.\n";
            return 0;
        }
        ctx.out << "The imported crosswalk was removed; HealthPath uses the one it ships with again.\n";
        return 0;
    }
    if (files.size() != 1) {
        ctx.err << "healthpath-cli veterans import-crosswalk: name one file to import: O*NET's military_crosswalk.zip or the milx….csv inside it.\n";
        return 2;
    }
    auto kb = ctx.openKnowledge();
    if (!kb)
        return 1;
    const auto report = veterans::importCrosswalk(*kb, files.front(), vm["dry-run"].as<bool>());
    if (!report.ok()) {
        ctx.err << "healthpath-cli veterans import-crosswalk: " << report.error << "\n";
        return 1;
    }
    ctx.out << report.text();
    return 0;
}

} // namespace

int veteransCommand(const Context &ctx, const std::vector<std::string> &args)
{
    const std::string sub = args.empty() ? std::string() : args.front();
    const std::vector<std::string> rest = args.empty() ? args : std::vector<std::string>(args.begin() + 1, args.end());
    if (sub == "match")
        return matchCommand(ctx, rest);
    if (sub == "search")
        return searchCommand(ctx, rest);
    if (sub == "import-crosswalk")
        return importCommand(ctx, rest);
    ctx.err << "healthpath-cli veterans: say what to do: match CODE…, search WORDS… or import-crosswalk FILE.\n";
    return 2;
}

} // namespace hp::cli
