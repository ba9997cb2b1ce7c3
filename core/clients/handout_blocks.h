#pragma once
// The pieces a session summary is made of, and the one routine that places them on pages. The
// content (session_handout.cpp) says what to show; this says how it looks:
//
//   Title                 16 pt bold
//   ▓ Section ▓           shaded band, 10 pt bold; kept with the lines that follow it
//   Heading               9.5 pt bold
//   Text                  9 pt, wrapped (muted: grey)
//   •  Item               hanging label ("•", "2.", "[ ]"), indented by list level
//   Sources               7 pt, grey, after a rule; then "page n of N" in every footer

#include "report/canvas.h"

#include <functional>
#include <string>
#include <vector>

namespace hp::clients {

struct Block {
    enum Kind { Title, Section, Heading, Text, Item, Gap } kind = Text;
    std::string text;
    std::string label;   // Item: "•", "2." or "[ ]"
    double indent = 0;   // points
    bool muted = false;
};

// Markdown as a counselor types it, as blocks: "# " headings (any level) in bold, "- ", "* ", "+ "
// items with a bullet and "1. " items with their number (indented by leading spaces), blank lines
// as small gaps, every other line a paragraph. Bold and code marks (**, __, `) are dropped.
void appendMarkdown(std::vector<Block> &blocks, const std::string &markdown);

// Lays the blocks and the sources out on pages, calling newPage() between pages; returns the
// number of pages. `totalPages` is printed in the footers (0 while measuring).
int layoutBlocks(const std::vector<Block> &blocks, const std::vector<std::string> &sources, report::Canvas &canvas,
                 int totalPages, const std::function<void()> &newPage);

// The number of pages layoutBlocks() takes on this canvas, drawing nothing.
int countPages(const std::vector<Block> &blocks, const std::vector<std::string> &sources, const report::Canvas &canvas);

} // namespace hp::clients
