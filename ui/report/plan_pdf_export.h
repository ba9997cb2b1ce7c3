#pragma once
// The printable 30-60-90 plan from the GUI: core's plan layout (plan/plan_pdf.h) drawn through
// PainterCanvas on a PDF file (QPdfWriter, written atomically) or on a printer.

#include "plan/plan.h"

#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace hp::ui {

// Empty on success, else a sentence naming the file and the problem.
QString writePlanPdf(const plan::Plan &plan, const QString &path);
// Opens the print dialog; false when the user cancelled.
bool printPlan(const plan::Plan &plan, QWidget *parent);
// Draws every page on a paged device set to US Letter; returns the number of pages.
int paintPlan(QPagedPaintDevice &device, const plan::Plan &plan);

} // namespace hp::ui
