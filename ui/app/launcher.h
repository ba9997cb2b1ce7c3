#pragma once
// Everything the GUI's main() does: options, opening the data, the window or a screenshot.

namespace hp::ui {

int runGui(int argc, char **argv);

} // namespace hp::ui
