#include "report/pdf_canvas.h"

#include <array>
#include <cstdio>

namespace hp::report {

namespace {

// Advance widths (1/1000 em) of Helvetica and Helvetica-Bold for codes 32–126, from Adobe's AFM files.
constexpr std::array<short, 95> kHelvetica{
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
    556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
constexpr std::array<short, 95> kHelveticaBold{
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
    611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

int glyphWidth(unsigned char c, bool bold)
{
    if (c >= 32 && c <= 126)
        return (bold ? kHelveticaBold : kHelvetica)[c - 32];
    switch (c) {
    case 0x96: return 556;  // en dash
    case 0x97: return 1000; // em dash
    case 0x85: return 1000; // ellipsis
    case 0x95: return 350;  // bullet
    case 0x91: case 0x92: return bold ? 278 : 222;
    case 0x93: case 0x94: return bold ? 500 : 333;
    default: return 556;
    }
}

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string colour(Color c, const char *op)
{
    return number(c.r / 255.0) + " " + number(c.g / 255.0) + " " + number(c.b / 255.0) + " " + op + "\n";
}

std::string escapePdfString(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace

std::string toWinAnsi(std::string_view utf8)
{
    std::string out;
    for (size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        unsigned cp = c;
        size_t len = 1;
        if (c >= 0xF0) {
            len = 4;
            cp = 0x10000; // outside WinAnsi in any case
        } else if (c >= 0xE0 && i + 2 < utf8.size()) {
            len = 3;
            cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu) << 6) | (static_cast<unsigned char>(utf8[i + 2]) & 0x3Fu);
        } else if (c >= 0xC0 && i + 1 < utf8.size()) {
            len = 2;
            cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
        }
        i += len;
        if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
            out += static_cast<char>(cp);
            continue;
        }
        switch (cp) {
        case 0x2013: out += '\x96'; break;
        case 0x2014: out += '\x97'; break;
        case 0x2018: out += '\x91'; break;
        case 0x2019: out += '\x92'; break;
        case 0x201C: out += '\x93'; break;
        case 0x201D: out += '\x94'; break;
        case 0x2022: out += '\x95'; break;
        case 0x2026: out += '\x85'; break;
        case 0x20AC: out += '\x80'; break;
        case 0x2122: out += '\x99'; break;
        case 0x2192: out += "->"; break;
        default: out += '?';
        }
    }
    return out;
}

PdfCanvas::PdfCanvas(std::string title)
    : m_title(std::move(title))
{
    newPage();
}

void PdfCanvas::newPage()
{
    m_pages.emplace_back();
}

double PdfCanvas::textWidth(std::string_view utf8, double size, bool bold) const
{
    double units = 0;
    for (unsigned char c : toWinAnsi(utf8))
        units += glyphWidth(c, bold);
    return units * size / 1000.0;
}

void PdfCanvas::text(double x, double y, std::string_view utf8, double size, bool bold, Color color)
{
    page() += "BT\n" + colour(color, "rg") + std::string(bold ? "/F2 " : "/F1 ") + number(size) + " Tf\n" + number(x) + " "
              + number(pageHeight() - y) + " Td\n(" + escapePdfString(toWinAnsi(utf8)) + ") Tj\nET\n";
}

void PdfCanvas::fillRect(double x, double y, double w, double h, Color color)
{
    page() += colour(color, "rg") + number(x) + " " + number(pageHeight() - y - h) + " " + number(w) + " " + number(h) + " re f\n";
}

void PdfCanvas::line(double x1, double y1, double x2, double y2, double width, Color color)
{
    page() += colour(color, "RG") + number(width) + " w\n" + number(x1) + " " + number(pageHeight() - y1) + " m " + number(x2)
              + " " + number(pageHeight() - y2) + " l S\n";
}

std::string PdfCanvas::finish(const std::string &creationDate) const
{
    // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info, then (page, content) pairs.
    std::vector<std::string> objects;
    std::string kids;
    for (size_t i = 0; i < m_pages.size(); ++i)
        kids += std::to_string(6 + 2 * i) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(m_pages.size()) + " >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    objects.push_back("<< /Title (" + escapePdfString(toWinAnsi(m_title)) + ") /Producer (HealthPath) /CreationDate (D:" + creationDate + ") >>");
    for (size_t i = 0; i < m_pages.size(); ++i) {
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                          + std::to_string(7 + 2 * i) + " 0 R >>");
        objects.push_back("<< /Length " + std::to_string(m_pages[i].size()) + " >>\nstream\n" + m_pages[i] + "endstream");
    }
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t off : offsets) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
        out += buf;
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n"
           + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

} // namespace hp::report
