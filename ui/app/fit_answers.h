#pragma once
// The person's fit-check answers, kept in the application settings (group "fitAnswers") so the
// Fit check view and the Plan view ("use my fit check's top role") read the same thing.

#include "fit/fit.h"

namespace hp::ui {

// Answers to questions that have since changed or gone are dropped, not guessed.
fit::Answers loadFitAnswers(const fit::Questionnaire &q);
void saveFitAnswers(const fit::Answers &answers);

} // namespace hp::ui
