#include "cli/commands.h"

#include "io/csv.h"
#include "io/text.h"
#include "platform/paths.h"
#include "refdata/knowledge_base.h"

#include <boost/json.hpp>
#include <boost/program_options.hpp>

#include <iomanip>
#include <ostream>

namespace po = boost::program_options;

namespace hp::cli {

std::unique_ptr<KnowledgeBase> Context::openKnowledge() const
{
    if (const std::string e = paths::ensureDir(dataDir); !e.empty()) {
        err << "healthpath-cli: " << e << "\n";
        return nullptr;
    }
    std::string error;
    auto kb = KnowledgeBase::open(paths::referenceDatabasePath(dataDir), &error);
    if (!kb)
        err << "healthpath-cli: " << error << "\n";
    return kb;
}

std::optional<int> Context::chooseVintage(const KnowledgeBase &kb, std::optional<int> requested, std::string_view command) const
{
    const int vintage = requested.value_or(kb.latestVintage());
    const auto vintages = kb.vintages();
    if (std::find(vintages.begin(), vintages.end(), vintage) != vintages.end())
        return vintage;
    err << "healthpath-cli " << command << ": no wage data for May " << vintage << "; available vintages:";
    for (int v : vintages)
        err << ' ' << v;
    err << ".\n";
    return std::nullopt;
}

namespace {

std::string optionalMoney(const std::optional<long> &v)
{
    return v ? text::money(static_cast<double>(*v)) : std::string("n/a");
}

} // namespace

int rolesCommand(const Context &ctx, const std::vector<std::string> &args)
{
    po::options_description opts("roles options");
    opts.add_options()
        ("format", po::value<std::string>()->default_value("text"), "text, csv or json")
        ("vintage", po::value<int>(), "OEWS vintage year (default: the latest)");
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(opts).run(), vm);
    po::notify(vm);
    const std::string format = vm["format"].as<std::string>();
    if (format != "text" && format != "csv" && format != "json") {
        ctx.err << "healthpath-cli roles: --format must be text, csv or json, not '" << format << "'.\n";
        return 2;
    }
    auto kb = ctx.openKnowledge();
    if (!kb)
        return 1;
    const auto chosen = ctx.chooseVintage(*kb, vm.count("vintage") ? std::optional<int>(vm["vintage"].as<int>()) : std::nullopt, "roles");
    if (!chosen)
        return 2;
    const int vintage = *chosen;

    if (format == "json") {
        boost::json::array rows;
        for (const auto &r : kb->roles()) {
            const auto *occ = r.primaryOccupation();
            const auto *w = kb->roleWage(r, vintage);
            boost::json::object o{{"id", r.id}, {"name", r.name}, {"family", familyId(r.family)},
                                  {"soc", occ ? occ->soc : ""}, {"vintage", vintage}};
            o["median_annual"] = (w && w->median) ? boost::json::value(*w->median) : boost::json::value(nullptr);
            o["source"] = w ? w->sourceId : "";
            o["citation"] = w ? kb->citation(w->sourceId) : "";
            rows.push_back(std::move(o));
        }
        ctx.out << boost::json::serialize(rows) << "\n";
        return 0;
    }
    if (format == "csv") {
        ctx.out << "id,name,family,soc,vintage,median_annual,source\n";
        for (const auto &r : kb->roles()) {
            const auto *occ = r.primaryOccupation();
            const auto *w = kb->roleWage(r, vintage);
            ctx.out << csv::formatRow({r.id, r.name, std::string(familyId(r.family)), occ ? occ->soc : "",
                                       std::to_string(vintage), (w && w->median) ? std::to_string(*w->median) : "",
                                       w ? w->sourceId : ""})
                    << "\n";
        }
        return 0;
    }
    ctx.out << std::left << std::setw(31) << "ROLE" << std::setw(15) << "FAMILY" << std::setw(10) << "BLS SOC"
            << "MEDIAN (MAY " << vintage << ")\n";
    for (const auto &r : kb->roles()) {
        const auto *occ = r.primaryOccupation();
        const auto *w = kb->roleWage(r, vintage);
        ctx.out << std::left << std::setw(31) << r.id << std::setw(15) << familyId(r.family) << std::setw(10)
                << ((occ ? occ->soc : "-") + std::string(occ && occ->lumped ? "*" : "")) << optionalMoney(w ? w->median : std::nullopt)
                << "\n";
    }
    ctx.out << "\nSource: " << kb->citation("bls-oews-" + std::to_string(vintage)) << ".\n"
            << "Wages are national annual medians of each role's BLS occupation.\n"
               "* BLS counts other jobs under the same code: it publishes no separate figure for this role.\n";
    return 0;
}

} // namespace hp::cli
