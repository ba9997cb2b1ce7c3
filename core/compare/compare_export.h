#pragma once
// A comparison as text, CSV, JSON or a one-page PDF handout (core only, for the CLI; the GUI
// draws the same handout layout through QPainter).

#include "compare/comparison.h"

#include <string>

namespace hp::compare {

std::string toText(const KnowledgeBase &kb, const Comparison &c);
// Long format, one line per field and role: field,role_id,role,value,source,status,vintage
std::string toCsv(const KnowledgeBase &kb, const Comparison &c);
std::string toJson(const KnowledgeBase &kb, const Comparison &c);
// `generated` is the date printed on the handout and used as the PDF creation date (YYYY-MM-DD).
std::string toPdf(const KnowledgeBase &kb, const Comparison &c, const std::string &generated);

} // namespace hp::compare
