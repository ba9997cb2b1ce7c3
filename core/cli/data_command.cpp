#include "cli/commands.h"

#include "fit/fit_reader.h"
#include "plan/template_check.h"
#include "importers/oews_import.h"
#include "refdata/knowledge_base.h"
#include "refdata/loader.h"
#include "veterans/veterans_check.h"

#include <boost/program_options.hpp>

#include <ostream>

namespace po = boost::program_options;

namespace hp::cli {

namespace {

int check(const Context &ctx)
{
    auto shipped = refdata::loadEmbedded();
    for (auto &p : fit::check(refdata::embeddedFileSet(), shipped.data)) // the fit check's questionnaire
        shipped.problems.push_back(std::move(p));
    if (shipped.problems.empty()) { // the plan templates and veterans data are checked against data that loaded
        for (auto &p : plan::checkEmbeddedTemplates(shipped.data))
            shipped.problems.push_back(std::move(p));
        for (auto &p : veterans::checkVeteransData(refdata::embeddedFileSet(), shipped.data))
            shipped.problems.push_back(std::move(p));
    }
    int failures = 0;
    for (const auto &p : shipped.problems) {
        ctx.err << "problem [" << refdata::problemKindId(p.kind) << "] " << refdata::describe(p) << "\n";
        ++failures;
    }
    if (failures == 0) {
        auto kb = ctx.openKnowledge();
        if (!kb)
            return 1;
        for (const auto &p : kb->check()) {
            ctx.err << "problem [" << refdata::problemKindId(p.kind) << "] " << refdata::describe(p) << "\n";
            ++failures;
        }
        if (failures == 0) {
            const auto &d = kb->data();
            ctx.out << "Reference data is valid: " << d.roles.size() << " roles, " << d.occupations.size()
                    << " occupations, " << d.wages.size() << " wage rows (" << kb->vintages().size() << " vintages), "
                    << d.certifications.size() << " certifications, " << d.education.size() << " education paths, "
                    << d.ladders.size() << " ladders, " << d.lattice.moves.size() << " lattice moves, "
                    << d.sources.size() << " sources.\n";
            return 0;
        }
    }
    ctx.err << failures << (failures == 1 ? " problem" : " problems") << " found.\n";
    return 1;
}

// data import-oews FILE [--vintage YYYY] [--dry-run]: all or nothing; a bad file leaves the store
// untouched and prints one sentence.
int importOewsCommand(const Context &ctx, const std::vector<std::string> &args)
{
    po::options_description opts("import-oews options");
    opts.add_options()
        ("vintage", po::value<int>(), "the OEWS year, when the file name does not say it")
        ("dry-run", po::bool_switch(), "check the file and show the changes without storing them");
    po::variables_map vm;
    const auto files = parseWithFiles(args, opts, vm);
    if (files.size() != 1) {
        ctx.err << "healthpath-cli data import-oews: name one BLS file to import, e.g. national_M2025_dl.xlsx.\n";
        return 2;
    }
    OewsImportOptions options;
    if (vm.count("vintage")) {
        options.vintage = vm["vintage"].as<int>();
        if (*options.vintage < 1997 || *options.vintage > 2100) {
            ctx.err << "healthpath-cli data import-oews: --vintage must be a year from 1997 on, not "
                    << *options.vintage << ".\n";
            return 2;
        }
    }
    options.dryRun = vm["dry-run"].as<bool>();
    auto kb = ctx.openKnowledge();
    if (!kb)
        return 1;
    const auto report = hp::importOews(*kb, files.front(), options);
    if (!report.ok()) {
        ctx.err << "healthpath-cli data import-oews: " << report.error << "\n";
        return 1;
    }
    ctx.out << report.text();
    return 0;
}

} // namespace

int dataCommand(const Context &ctx, const std::vector<std::string> &args)
{
    if (args.empty()) {
        ctx.err << "healthpath-cli data: say what to do: check or import-oews.\n";
        return 2;
    }
    if (args.front() == "check" && args.size() == 1)
        return check(ctx);
    if (args.front() == "import-oews")
        return importOewsCommand(ctx, {args.begin() + 1, args.end()});
    ctx.err << "healthpath-cli data: unknown subcommand or extra arguments '" << args.front()
            << "'; use: data check, or data import-oews FILE [--vintage YYYY] [--dry-run].\n";
    return 2;
}

} // namespace hp::cli
