#include "cli/commands.h"

#include "compare/compare_export.h"
#include "io/atomic_file.h"

#include <boost/program_options.hpp>

#include <ctime>
#include <ostream>

namespace po = boost::program_options;

namespace hp::cli {

namespace {
std::string today()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}
} // namespace

int compareCommand(const Context &ctx, const std::vector<std::string> &args)
{
    po::options_description opts("compare options");
    opts.add_options()
        ("format", po::value<std::string>()->default_value("text"), "text, csv, json or pdf")
        ("out", po::value<std::string>(), "write to this file instead of standard output")
        ("vintage", po::value<int>(), "OEWS vintage year (default: the latest)")
        ("role", po::value<std::vector<std::string>>());
    po::positional_options_description positional;
    positional.add("role", -1);
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(opts).positional(positional).run(), vm);
    po::notify(vm);

    const std::string format = vm["format"].as<std::string>();
    if (format != "text" && format != "csv" && format != "json" && format != "pdf") {
        ctx.err << "healthpath-cli compare: --format must be text, csv, json or pdf, not '" << format << "'.\n";
        return 2;
    }
    if (format == "pdf" && !vm.count("out")) {
        ctx.err << "healthpath-cli compare: a PDF needs --out FILE.\n";
        return 2;
    }
    auto kb = ctx.openKnowledge();
    if (!kb)
        return 1;
    const auto ids = vm.count("role") ? vm["role"].as<std::vector<std::string>>() : std::vector<std::string>{};
    const int vintage = vm.count("vintage") ? vm["vintage"].as<int>() : kb->latestVintage();
    const auto result = compare::compareRoles(*kb, ids, vintage);
    if (!result.comparison) {
        ctx.err << "healthpath-cli compare: " << result.error << "\n";
        return 2;
    }
    const auto &c = *result.comparison;
    std::string output;
    if (format == "text")
        output = compare::toText(*kb, c);
    else if (format == "csv")
        output = compare::toCsv(*kb, c);
    else if (format == "json")
        output = compare::toJson(*kb, c);
    else
        output = compare::toPdf(*kb, c, today());
    if (!vm.count("out")) {
        ctx.out << output;
        return 0;
    }
    const std::string path = vm["out"].as<std::string>();
    const auto written = io::writeFileAtomically(path, output);
    if (!written.ok) {
        ctx.err << "healthpath-cli compare: " << written.error << "\n";
        return 1;
    }
    ctx.out << "Wrote " << path << ".\n";
    return 0;
}

} // namespace hp::cli
