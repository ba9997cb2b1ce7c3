#pragma once
// Reads the fit questionnaire (resources/data/fit.json, format in FORMAT.md) and a person's
// answers file, and checks the questionnaire against the rest of the reference data.

#include "fit/fit.h"
#include "refdata/loader.h"
#include "refdata/problem.h"

#include <string>
#include <string_view>
#include <vector>

namespace hp::fit {

inline constexpr std::string_view kFitFile = "fit.json";

// Parses the text of fit.json. Problems (file "fit.json") are added to `problems`; what could be
// read is returned all the same.
Questionnaire parseQuestionnaire(std::string_view text, std::vector<refdata::Problem> &problems);

// Checks a parsed questionnaire against the roles and sources: unknown role or answer ids,
// duplicate ids, more than kMaxItems questions, a non-EDITORIAL source, a role no question can
// score, and limits that contradict a role's sourced entry time or cost.
std::vector<refdata::Problem> validate(const Questionnaire &q, const KnowledgeData &data);

// Parses files["fit.json"] and validates it: what `healthpath-cli data check` runs.
std::vector<refdata::Problem> check(const refdata::FileSet &files, const KnowledgeData &data);

// The questionnaire compiled into the program. Parse problems, if any, go to `problems`.
Questionnaire embeddedQuestionnaire(std::vector<refdata::Problem> *problems = nullptr);

struct AnswersRead {
    Answers answers;
    std::string error; // empty, or one sentence (not valid JSON, unknown question or answer)
    bool ok() const { return error.empty(); }
};

// An answers file: a JSON object {"item-id": "choice-id", ...}; null leaves an item unanswered.
AnswersRead parseAnswers(std::string_view json, const Questionnaire &q);

} // namespace hp::fit
