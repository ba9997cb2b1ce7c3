#pragma once
// The printable plan, laid out once and drawn on any Canvas: the CLI's PdfCanvas here, QPainter in
// the GUI (print and PDF export). One to three US Letter pages: when the full text would run
// longer, details are shortened step by step (see plan_pdf.cpp) until it fits.
//
//   ┌──────────────────────────────────────────┐
//   │ title · hours, budget, funding            │
//   │ route and its cost · notes                │
//   │ ▓ Days 1–30 ▓                             │
//   │ □ Tue 5 Jan  Task title            3 h    │
//   │              detail, why                  │
//   │ ▓ Days 31–60 ▓ …  ▓ Beyond day 90 ▓ …     │
//   │ sources · page n of N                     │
//   └──────────────────────────────────────────┘
//
// GUI use (QPainter on a QPrinter/QPdfWriter, where newPage() starts a page):
//   hp::plan::drawPlan(plan, canvas, [&] { printer.newPage(); });

#include "io/atomic_file.h"
#include "plan/plan.h"
#include "report/canvas.h"

#include <functional>
#include <string>

namespace hp::plan {

// How many pages the plan takes on this canvas's page size.
int planPageCount(const Plan &plan, const report::Canvas &canvas);
// Draws one page (0-based) of the plan on the canvas.
void drawPlanPage(const Plan &plan, report::Canvas &canvas, int page);
// Draws every page, calling newPage() between pages; returns the number of pages drawn.
int drawPlan(const Plan &plan, report::Canvas &canvas, const std::function<void()> &newPage);

// The plan as a PDF document (dated by plan.generatedOn), and written to a file atomically.
std::string planToPdf(const Plan &plan);
io::WriteResult writePlanPdf(const Plan &plan, const std::string &path);

} // namespace hp::plan
