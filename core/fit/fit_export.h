#pragma once
// The fit check as text (for the terminal) and JSON (for scripts): the questionnaire, and a
// result with its reasons and the answer changes that would reorder it. healthpath-cli fit
// prints these. The GUI builds its own, translated sentences from the same Reason and Change.

#include "fit/fit.h"
#include "refdata/knowledge_base.h"

#include <string>

namespace hp::fit {

// "You answered “Just right” to “Quiet solo work”, which suits this role." (+ the entry figure
// for time and money questions)
std::string reasonSentence(const Questionnaire &q, const KnowledgeBase &kb, const std::string &roleId, const Reason &reason);
// "Answering “Often is fine” to “Phone calls with insurers” would move Medical biller above
// Outpatient coder, to rank 2."
std::string changeSentence(const Questionnaire &q, const KnowledgeBase &kb, const std::string &roleId, const Change &change);

std::string questionsToText(const Questionnaire &q);
std::string questionsToJson(const Questionnaire &q);
std::string resultToText(const Questionnaire &q, const KnowledgeBase &kb, const FitResult &result);
std::string resultToJson(const Questionnaire &q, const KnowledgeBase &kb, const FitResult &result);

} // namespace hp::fit
