#pragma once
// A page to draw on, in points (1/72 inch) with y growing downwards from the top-left corner.
// Report layouts (e.g. the comparison handout) draw through this interface so the same layout
// renders to the CLI's PDF writer (PdfCanvas, here in core) and to Qt's QPainter (ui/).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hp::report {

struct Color {
    std::uint8_t r = 0, g = 0, b = 0;
};

Color parseHexColor(std::string_view hex); // "#0072B2"

class Canvas {
public:
    virtual ~Canvas() = default;
    virtual double pageWidth() const = 0;
    virtual double pageHeight() const = 0;
    virtual double textWidth(std::string_view utf8, double size, bool bold) const = 0;
    // Draws one line of text with its baseline at y.
    virtual void text(double x, double y, std::string_view utf8, double size, bool bold, Color color) = 0;
    virtual void fillRect(double x, double y, double w, double h, Color color) = 0;
    virtual void line(double x1, double y1, double x2, double y2, double width, Color color) = 0;
};

// Splits text into lines no wider than `width`, breaking at spaces (a word longer than a line
// is cut). At most `maxLines` lines; when text is left over, the last line ends with "…".
std::vector<std::string> wrapText(const Canvas &canvas, std::string_view text, double size, bool bold, double width,
                                  int maxLines = 1000);

} // namespace hp::report
