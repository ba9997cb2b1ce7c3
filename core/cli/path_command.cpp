// healthpath-cli path --from START --to ROLE [--optimize time|cost] [--baseline-pay N]
//                    [--vintage YYYY] [--format text|json]
// Exit 0 with the routes; 1 when no route exists (the explanation goes to stderr); 2 for usage
// errors, including an unknown START or ROLE (the message lists the valid ids).

#include "cli/commands.h"

#include "lattice/plan_export.h"
#include "refdata/knowledge_base.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <ostream>

namespace po = boost::program_options;

namespace hp::cli {

namespace {

std::string joined(const std::vector<std::string> &ids)
{
    std::string out;
    for (const auto &id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

} // namespace

int pathCommand(const Context &ctx, const std::vector<std::string> &args)
{
    po::options_description opts("path options");
    opts.add_options()
        ("from", po::value<std::string>(), "starting point id")
        ("to", po::value<std::string>(), "target role id (or ladder level id)")
        ("optimize", po::value<std::string>()->default_value("time"), "time or cost: orders the alternatives")
        ("baseline-pay", po::value<double>(), "annual pay to compare with (default: federal minimum wage, full time)")
        ("vintage", po::value<int>(), "OEWS vintage year (default: the latest)")
        ("format", po::value<std::string>()->default_value("text"), "text or json");
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(opts).run(), vm);
    po::notify(vm);

    const std::string format = vm["format"].as<std::string>();
    if (format != "text" && format != "json") {
        ctx.err << "healthpath-cli path: --format must be text or json, not '" << format << "'.\n";
        return 2;
    }
    const std::string optimize = vm["optimize"].as<std::string>();
    if (optimize != "time" && optimize != "cost") {
        ctx.err << "healthpath-cli path: --optimize must be time or cost, not '" << optimize << "'.\n";
        return 2;
    }
    if (!vm.count("from") || !vm.count("to")) {
        ctx.err << "healthpath-cli path: say where you start and where you want to go: --from START --to ROLE.\n";
        return 2;
    }
    if (vm.count("baseline-pay") && !(vm["baseline-pay"].as<double>() >= 0)) {
        ctx.err << "healthpath-cli path: --baseline-pay must be an annual amount of zero or more.\n";
        return 2;
    }
    auto kb = ctx.openKnowledge();
    if (!kb)
        return 1;
    const auto chosen = ctx.chooseVintage(*kb, vm.count("vintage") ? std::optional<int>(vm["vintage"].as<int>()) : std::nullopt, "path");
    if (!chosen)
        return 2;
    const int vintage = *chosen;

    const auto lattice = lattice::Lattice::build(kb->data());
    lattice::PlanRequest request;
    request.from = vm["from"].as<std::string>();
    request.to = vm["to"].as<std::string>();
    request.optimize = optimize == "cost" ? lattice::Objective::Cost : lattice::Objective::Time;
    request.vintage = vintage;
    const auto plan = lattice::makePlan(lattice, *kb, request);
    switch (plan.status) {
    case lattice::Plan::Status::UnknownStart:
        ctx.err << "healthpath-cli path: " << plan.error << " Starting points: " << joined(plan.validIds)
                << " (any ladder level id also works).\n";
        return 2;
    case lattice::Plan::Status::UnknownTarget:
        ctx.err << "healthpath-cli path: " << plan.error << " Targets: " << joined(plan.validIds) << ".\n";
        return 2;
    case lattice::Plan::Status::Unreachable:
        ctx.err << "healthpath-cli path: " << plan.unreachable->explanation << "\n";
        if (format == "json")
            ctx.out << lattice::unreachableToJson(plan);
        return 1;
    case lattice::Plan::Status::Ok:
        break;
    }
    const auto baseline = vm.count("baseline-pay") ? lattice::userBaseline(vm["baseline-pay"].as<double>())
                                                   : lattice::defaultBaseline(*kb);
    ctx.out << (format == "json" ? lattice::planToJson(*kb, plan, baseline) : lattice::planToText(*kb, plan, baseline));
    return 0;
}

} // namespace hp::cli
