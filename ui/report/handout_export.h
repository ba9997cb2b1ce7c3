#pragma once
// The comparison handout from the GUI: a one-page PDF (QPdfWriter, written atomically) and the
// print dialog, both drawing core's handout layout through PainterCanvas.

#include "compare/comparison.h"

#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace hp::ui {

// Empty on success, else a sentence naming the file and the problem.
QString writeHandoutPdf(const KnowledgeBase &kb, const compare::Comparison &c, const QString &path, const QString &generated);
bool printHandout(const KnowledgeBase &kb, const compare::Comparison &c, const QString &generated, QWidget *parent);
// Draws on any paged device set to US Letter (used by both of the above).
void paintHandout(QPagedPaintDevice &device, const KnowledgeBase &kb, const compare::Comparison &c, const QString &generated);

} // namespace hp::ui
