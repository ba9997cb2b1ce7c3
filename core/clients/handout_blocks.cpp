#include "clients/handout_blocks.h"

#include "io/text.h"

#include <algorithm>

namespace hp::clients {

namespace {

using report::Canvas;
using report::Color;

constexpr double kMargin = 44;
constexpr double kFooterSpace = 30;
constexpr Color kText{0x22, 0x22, 0x22};
constexpr Color kMuted{0x66, 0x66, 0x66};
constexpr Color kRule{0xBB, 0xBB, 0xBB};
constexpr Color kShade{0xE8, 0xEE, 0xF4};

std::string stripInlineMarks(std::string s)
{
    for (const char *mark : {"**", "__", "`"})
        for (std::size_t at = s.find(mark); at != std::string::npos; at = s.find(mark, at))
            s.erase(at, std::char_traits<char>::length(mark));
    return s;
}

} // namespace

void appendMarkdown(std::vector<Block> &blocks, const std::string &markdown)
{
    std::size_t start = 0;
    while (start <= markdown.size()) {
        std::size_t end = markdown.find('\n', start);
        if (end == std::string::npos)
            end = markdown.size();
        std::string line = markdown.substr(start, end - start);
        start = end + 1;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        const std::size_t lead = line.find_first_not_of(" \t");
        if (lead == std::string::npos) {
            if (!blocks.empty() && blocks.back().kind != Block::Gap)
                blocks.push_back({Block::Gap, {}, {}, 0, false});
            continue;
        }
        const std::string body = line.substr(lead);
        const double indent = 12.0 * static_cast<double>(std::min<std::size_t>(lead / 2, 4));
        const std::size_t hashes = body.find_first_not_of('#');
        if (hashes > 0 && hashes <= 6 && hashes < body.size() && body[hashes] == ' ') {
            blocks.push_back({Block::Heading, stripInlineMarks(text::trim(body.substr(hashes))), {}, indent, false});
        } else if (body.size() > 2 && (body[0] == '-' || body[0] == '*' || body[0] == '+') && body[1] == ' ') {
            blocks.push_back({Block::Item, stripInlineMarks(text::trim(body.substr(2))), "•", indent, false});
        } else if (const std::size_t digits = body.find_first_not_of("0123456789");
                   digits > 0 && digits != std::string::npos && digits + 1 < body.size()
                   && (body[digits] == '.' || body[digits] == ')') && body[digits + 1] == ' ') {
            blocks.push_back({Block::Item, stripInlineMarks(text::trim(body.substr(digits + 2))), body.substr(0, digits) + ".", indent, false});
        } else {
            blocks.push_back({Block::Text, stripInlineMarks(body), {}, indent, false});
        }
        if (end == markdown.size())
            break;
    }
    while (!blocks.empty() && blocks.back().kind == Block::Gap)
        blocks.pop_back();
}

// Layout -----------------------------------------------------------------------------------------

namespace {

// Draws nothing: lets the layout count pages on any canvas's measurements.
class MeasureCanvas : public Canvas {
public:
    explicit MeasureCanvas(const Canvas &c) : m_c(c) {}
    double pageWidth() const override { return m_c.pageWidth(); }
    double pageHeight() const override { return m_c.pageHeight(); }
    double textWidth(std::string_view s, double size, bool bold) const override { return m_c.textWidth(s, size, bold); }
    void text(double, double, std::string_view, double, bool, Color) override {}
    void fillRect(double, double, double, double, Color) override {}
    void line(double, double, double, double, double, Color) override {}

private:
    const Canvas &m_c;
};

} // namespace

int layoutBlocks(const std::vector<Block> &blocks, const std::vector<std::string> &sources, Canvas &cv, int totalPages,
           const std::function<void()> &newPage)
{
    const double width = cv.pageWidth() - 2 * kMargin;
    const double bottom = cv.pageHeight() - kFooterSpace;
    double y = kMargin;
    int page = 0;
    auto footer = [&] {
        const double fy = cv.pageHeight() - 18;
        cv.line(kMargin, fy - 9, kMargin + width, fy - 9, 0.4, kRule);
        cv.text(kMargin, fy, "HealthPath session summary. Pay and fees change: check each figure with its source.", 6.5, false, kMuted);
        const std::string n = "page " + std::to_string(page + 1) + " of " + std::to_string(std::max(totalPages, page + 1));
        cv.text(kMargin + width - cv.textWidth(n, 6.5, false), fy, n, 6.5, false, kMuted);
    };
    auto need = [&](double h) {
        if (y + h <= bottom || y <= kMargin + 0.5)
            return;
        footer();
        ++page;
        if (newPage)
            newPage();
        y = kMargin;
    };
    auto lines = [&](const std::string &s, double x, double size, bool bold, Color colour, double lead) {
        for (const auto &l : report::wrapText(cv, s, size, bold, kMargin + width - x)) {
            need(lead);
            cv.text(x, y + size, l, size, bold, colour);
            y += lead;
        }
    };
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Title: lines(b.text, kMargin, 16, true, kText, 20); break;
        case Block::Section:
            y += 8;
            need(40); // keep a section heading with its first lines
            cv.fillRect(kMargin, y, width, 15, kShade);
            cv.text(kMargin + 4, y + 11, b.text, 10, true, kText);
            y += 20;
            break;
        case Block::Heading:
            y += 2;
            need(24);
            lines(b.text, kMargin + b.indent, 9.5, true, kText, 12.5);
            break;
        case Block::Text: lines(b.text, kMargin + b.indent, 9, false, b.muted ? kMuted : kText, 11.5); break;
        case Block::Item: {
            const double x = kMargin + b.indent;
            const double labelWidth = std::max(10.0, cv.textWidth(b.label, 9, false) + 4);
            need(11.5);
            cv.text(x, y + 9, b.label, 9, false, kText);
            lines(b.text, x + labelWidth, 9, false, kText, 11.5);
            break;
        }
        case Block::Gap: y += 5; break;
        }
    }
    if (!sources.empty()) {
        y += 8;
        need(30);
        cv.line(kMargin, y, kMargin + width, y, 0.4, kRule);
        y += 4;
        lines("Sources", kMargin, 9, true, kText, 12);
        for (const auto &s : sources)
            lines("• " + s, kMargin, 7, false, kMuted, 8.5);
    }
    footer();
    return page + 1;
}


int countPages(const std::vector<Block> &blocks, const std::vector<std::string> &sources, const Canvas &canvas)
{
    MeasureCanvas measure(canvas);
    return layoutBlocks(blocks, sources, measure, 0, {});
}

} // namespace hp::clients
