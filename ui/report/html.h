#pragma once
// Small HTML builders shared by the detail panes and printable documents.

#include "refdata/knowledge_base.h"

#include <QString>
#include <QStringList>

namespace hp::ui::html {

QString esc(const std::string &s);
QString list(const std::vector<std::string> &items);
QString money(double dollars);             // "$51,140"
QString money(const std::optional<long> &v, bool topCoded = false);
QString statusBadge(Status status);        // a short coloured marker; empty for VERIFIED
// "4–12 months" style text for a sourced range, with its status badge and source on hover.
QString range(const KnowledgeBase &kb, const SourcedRange &r, const QString &unit, bool isMoney);
QString citation(const KnowledgeBase &kb, const std::string &sourceId); // "Source: …"

} // namespace hp::ui::html
