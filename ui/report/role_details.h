#pragma once
// The full description of one role as HTML, for the Explore view and its printout.

#include "refdata/knowledge_base.h"

#include <QString>

namespace hp::ui {

QString roleDetailsHtml(const KnowledgeBase &kb, const Role &role, int vintage);
QString wageBandHtml(const KnowledgeBase &kb, const Role &role, int vintage);

} // namespace hp::ui
