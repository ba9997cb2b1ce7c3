#pragma once
// A ladder as an HTML table: levels, typical years, the BLS band for the chosen vintage and, where
// an article gave one, the article's figure — each with its source.

#include "refdata/knowledge_base.h"

#include <QString>

namespace hp::ui {

QString ladderTableHtml(const KnowledgeBase &kb, const Ladder &ladder, int vintage, const std::string &currentLevel);
QString surveysHtml(const KnowledgeBase &kb); // industry surveys, labelled as self-reported

} // namespace hp::ui
