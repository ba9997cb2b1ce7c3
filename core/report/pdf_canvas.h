#pragma once
// A Canvas that writes a PDF file without any GUI library: US Letter pages, the standard
// Helvetica fonts (WinAnsi encoding, so text stays searchable and extractable), filled
// rectangles and lines. Enough for printable handouts from the command line.

#include "report/canvas.h"

#include <string>
#include <vector>

namespace hp::report {

class PdfCanvas : public Canvas {
public:
    explicit PdfCanvas(std::string title);

    double pageWidth() const override { return 612; }
    double pageHeight() const override { return 792; }
    double textWidth(std::string_view utf8, double size, bool bold) const override;
    void text(double x, double y, std::string_view utf8, double size, bool bold, Color color) override;
    void fillRect(double x, double y, double w, double h, Color color) override;
    void line(double x1, double y1, double x2, double y2, double width, Color color) override;

    void newPage();
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    // The finished document; `creationDate` is "YYYYMMDDHHMMSS" (injectable for tests).
    std::string finish(const std::string &creationDate) const;

private:
    std::string &page() { return m_pages.back(); }
    std::string m_title;
    std::vector<std::string> m_pages; // content streams
};

// UTF-8 to Windows-1252 as PDF's WinAnsiEncoding needs; characters it lacks become '?'.
std::string toWinAnsi(std::string_view utf8);

} // namespace hp::report
