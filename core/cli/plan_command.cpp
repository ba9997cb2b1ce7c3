// healthpath-cli plan --persona P --target ROLE [--start YYYY-MM-DD] [--hours N] --budget N
//                    [--funding F]... [--held CERT]... [--format text|json|ics|md|csv|pdf]
//                    [--ics-todo] [--out FILE]
// healthpath-cli plan --personas
// Exit 0 with the plan; 1 when no route reaches the role (the explanation goes to stderr); 2 for
// usage errors, including an unknown persona (the message lists them), an unknown role (with a
// suggestion), a date that is not YYYY-MM-DD and hours or a budget that cannot be planned.

#include "cli/commands.h"

#include "lattice/lattice.h"
#include "plan/input_check.h"
#include "plan/plan_export.h"
#include "plan/plan_pdf.h"
#include "refdata/knowledge_base.h"

#include <boost/program_options.hpp>

#include <ostream>

namespace po = boost::program_options;

namespace hp::cli {

namespace {

int listPersonas(const Context &ctx)
{
    ctx.out << "Personas (--persona):\n";
    for (const auto &p : plan::personas())
        ctx.out << "  " << p.id << " — " << p.name << ", " << p.defaultHoursPerWeek << " hours a week by default: " << p.summary << "\n";
    ctx.out << "Funding (--funding, repeat for more than one):\n";
    for (const auto &f : plan::fundingOptions())
        ctx.out << "  " << f.id << " — " << f.name << "\n";
    return 0;
}

} // namespace

int planCommand(const Context &ctx, const std::vector<std::string> &args)
{
    po::options_description opts("plan options");
    opts.add_options()
        ("personas", "list the personas and funding options")
        ("persona", po::value<std::string>(), "who the plan is for (see --personas)")
        ("target", po::value<std::string>(), "target role id")
        ("start", po::value<std::string>(), "day 1 of the plan, YYYY-MM-DD (default: today)")
        ("hours", po::value<double>(), "hours a week you can give (default: the persona's)")
        ("budget", po::value<double>(), "US dollars you can spend on training and exams")
        ("funding", po::value<std::vector<std::string>>(), "funding you have: gi-bill, va-test-fee, employer-tuition")
        ("held", po::value<std::vector<std::string>>(), "a certification you already hold, e.g. cpc")
        ("format", po::value<std::string>()->default_value("text"), "text, json, ics, md, csv or pdf")
        ("ics-todo", "write calendar tasks (VTODO) instead of all-day events")
        ("out", po::value<std::string>(), "write to this file instead of standard output");
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(opts).run(), vm);
    po::notify(vm);

    if (vm.count("personas"))
        return listPersonas(ctx);
    const std::string formatName = vm["format"].as<std::string>();
    const auto format = plan::exportFormatFromName(formatName);
    if (!format || formatName == "markdown") {
        ctx.err << "healthpath-cli plan: --format must be text, json, ics, md, csv or pdf, not '" << formatName << "'.\n";
        return 2;
    }
    if (*format == plan::ExportFormat::Pdf && !vm.count("out")) {
        ctx.err << "healthpath-cli plan: a PDF needs --out FILE.\n";
        return 2;
    }
    if (!vm.count("persona") || !vm.count("target") || !vm.count("budget")) {
        ctx.err << "healthpath-cli plan: say who, where to and with what: --persona P --target ROLE --budget N (see --personas).\n";
        return 2;
    }
    plan::PlanInput input;
    input.persona = vm["persona"].as<std::string>();
    input.targetRole = vm["target"].as<std::string>();
    input.start = plan::systemClock()();
    if (vm.count("start")) {
        const std::string text = vm["start"].as<std::string>();
        const auto date = plan::parseIsoDate(text);
        if (!date) {
            ctx.err << "healthpath-cli plan: --start must be a real date written YYYY-MM-DD (for example 2027-01-04), not '" << text << "'.\n";
            return 2;
        }
        input.start = *date;
    }
    const auto *persona = plan::persona(input.persona);
    input.hoursPerWeek = vm.count("hours") ? vm["hours"].as<double>() : persona ? persona->defaultHoursPerWeek : 10;
    input.budgetUsd = vm["budget"].as<double>();
    if (vm.count("funding"))
        input.funding = vm["funding"].as<std::vector<std::string>>();
    if (vm.count("held"))
        input.credentialsHeld = vm["held"].as<std::vector<std::string>>();

    auto kb = ctx.openKnowledge();
    if (!kb)
        return 1;
    if (const std::string problem = plan::checkInput(input, *kb, plan::templates()); !problem.empty()) {
        ctx.err << "healthpath-cli plan: " << problem << "\n";
        return 2;
    }
    const auto lattice = lattice::Lattice::build(kb->data());
    const auto result = plan::makePlan(input, *kb, lattice);
    if (!result.error.empty()) {
        ctx.err << "healthpath-cli plan: " << result.error << "\n";
        return 1;
    }
    plan::IcsOptions ics;
    ics.component = vm.count("ics-todo") ? plan::IcsComponent::Todo : plan::IcsComponent::Event;
    ics.stamp = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    if (!vm.count("out")) {
        ctx.out << plan::exportPlan(result.plan, *format, ics);
        return 0;
    }
    const std::string path = vm["out"].as<std::string>();
    const auto written = plan::writePlanFile(result.plan, *format, path, ics);
    if (!written.ok) {
        ctx.err << "healthpath-cli plan: " << written.error << "\n";
        return 1;
    }
    ctx.out << "Wrote " << path << ".\n";
    return 0;
}

} // namespace hp::cli
