#include "report/canvas.h"

namespace hp::report {

Color parseHexColor(std::string_view hex)
{
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return 0;
    };
    if (!hex.empty() && hex.front() == '#')
        hex.remove_prefix(1);
    if (hex.size() != 6)
        return {};
    auto byte = [&](size_t i) { return static_cast<std::uint8_t>(nibble(hex[i]) * 16 + nibble(hex[i + 1])); };
    return {byte(0), byte(2), byte(4)};
}

namespace {
// Length in bytes of the UTF-8 sequence that starts with c.
size_t utf8Length(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if ((c >> 5) == 0x6)
        return 2;
    if ((c >> 4) == 0xE)
        return 3;
    return 4;
}
} // namespace

std::vector<std::string> wrapText(const Canvas &canvas, std::string_view text, double size, bool bold, double width,
                                  int maxLines)
{
    std::vector<std::string> lines;
    std::string current;
    size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '\n') {
            lines.push_back(current);
            current.clear();
            ++i;
            continue;
        }
        size_t end = text.find_first_of(" \n", i);
        if (end == std::string_view::npos)
            end = text.size();
        std::string word(text.substr(i, end - i));
        const std::string candidate = current.empty() ? word : current + " " + word;
        if (canvas.textWidth(candidate, size, bold) <= width) {
            current = candidate;
        } else {
            if (!current.empty())
                lines.push_back(current);
            // Cut a word that is wider than a whole line.
            while (canvas.textWidth(word, size, bold) > width && word.size() > 1) {
                size_t cut = 0, next = 0;
                while (next < word.size() && canvas.textWidth(word.substr(0, next + utf8Length(static_cast<unsigned char>(word[next]))), size, bold) <= width) {
                    next += utf8Length(static_cast<unsigned char>(word[next]));
                    cut = next;
                }
                if (cut == 0)
                    cut = utf8Length(static_cast<unsigned char>(word[0]));
                lines.push_back(word.substr(0, cut));
                word.erase(0, cut);
            }
            current = word;
        }
        i = end < text.size() && text[end] == ' ' ? end + 1 : end;
    }
    if (!current.empty())
        lines.push_back(current);
    if (maxLines > 0 && static_cast<int>(lines.size()) > maxLines) {
        lines.resize(static_cast<size_t>(maxLines));
        std::string &last = lines.back();
        const std::string ellipsis = "…";
        while (!last.empty() && canvas.textWidth(last + ellipsis, size, bold) > width) {
            size_t cut = last.size() - 1;
            while (cut > 0 && (static_cast<unsigned char>(last[cut]) & 0xC0) == 0x80)
                --cut;
            last.erase(cut);
        }
        last += ellipsis;
    }
    return lines;
}

} // namespace hp::report
