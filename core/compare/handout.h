#pragma once
// The one-page comparison handout, laid out once and drawn on any Canvas (PDF from the CLI,
// QPainter for the GUI's PDF export and printing).
//
//   ┌──────────────────────────────────────────┐
//   │ title · vintage · date                   │
//   │ table: field × 2–4 roles (wrapped text)  │
//   │ pay ranges: p10–p90 whiskers, p25–p75    │
//   │   boxes in family colours, median marks  │
//   │ sources, each with its status            │
//   └──────────────────────────────────────────┘

#include "compare/comparison.h"
#include "report/canvas.h"

#include <string>

namespace hp::compare {

// Draws the handout; returns the y coordinate where the content ended (≤ page height).
double drawHandout(report::Canvas &canvas, const KnowledgeBase &kb, const Comparison &c, const std::string &generated);

} // namespace hp::compare
