// healthpath-cli fit --answers FILE [--format text|json]
// healthpath-cli fit --questions [--format text|json]
// Exit 0 with the ranking (or the questions); 1 when the answers file cannot be read or names an
// unknown question or answer, or the shipped questionnaire is damaged; 2 for usage errors.

#include "cli/commands.h"

#include "fit/fit_export.h"
#include "fit/fit_reader.h"
#include "io/atomic_file.h"
#include "refdata/knowledge_base.h"

#include <boost/program_options.hpp>

#include <ostream>

namespace po = boost::program_options;

namespace hp::cli {

int fitCommand(const Context &ctx, const std::vector<std::string> &args)
{
    po::options_description opts("fit options");
    opts.add_options()
        ("answers", po::value<std::string>(), "JSON file of answers: {\"question-id\": \"answer-id\", ...}")
        ("questions", po::bool_switch(), "print the questions and their answer ids")
        ("format", po::value<std::string>()->default_value("text"), "text or json");
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(opts).run(), vm);
    po::notify(vm);

    const std::string format = vm["format"].as<std::string>();
    if (format != "text" && format != "json") {
        ctx.err << "healthpath-cli fit: --format must be text or json, not '" << format << "'.\n";
        return 2;
    }
    const bool questions = vm["questions"].as<bool>();
    if (questions == (vm.count("answers") > 0)) {
        ctx.err << "healthpath-cli fit: give either --answers FILE or --questions (to see what to answer).\n";
        return 2;
    }

    std::vector<refdata::Problem> problems;
    const fit::Questionnaire q = fit::embeddedQuestionnaire(&problems);
    if (!problems.empty()) {
        ctx.err << "healthpath-cli fit: the fit questionnaire is damaged: " << refdata::describe(problems.front())
                << " Run 'healthpath-cli data check' for the full list.\n";
        return 1;
    }
    if (questions) {
        ctx.out << (format == "json" ? fit::questionsToJson(q) : fit::questionsToText(q));
        return 0;
    }

    const std::string path = vm["answers"].as<std::string>();
    std::string error;
    const std::string text = io::readFile(path, &error);
    if (!error.empty()) {
        ctx.err << "healthpath-cli fit: " << error << "\n";
        return 1;
    }
    const auto read = fit::parseAnswers(text, q);
    if (!read.ok()) {
        ctx.err << "healthpath-cli fit: " << path << ": " << read.error << "\n";
        return 1;
    }
    auto kb = ctx.openKnowledge();
    if (!kb)
        return 1;
    const auto result = fit::score(q, kb->roles(), read.answers);
    ctx.out << (format == "json" ? fit::resultToJson(q, *kb, result) : fit::resultToText(q, *kb, result));
    return 0;
}

} // namespace hp::cli
