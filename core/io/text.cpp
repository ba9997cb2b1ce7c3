#include "io/text.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace hp::text {

std::string trim(std::string_view s)
{
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    return std::string(s.substr(b, e - b));
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<double> toNumber(std::string_view s)
{
    const std::string t = trim(s);
    if (t.empty())
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (ec != std::errc() || ptr != t.data() + t.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string thousands(long value)
{
    std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i && (n - i) % 3 == 0)
            out += ',';
        out += digits[static_cast<size_t>(i)];
    }
    if (value < 0)
        out.insert(out.begin(), '-');
    return out;
}

std::string money(double dollars)
{
    std::string out = thousands(std::lround(dollars));
    out.insert(out.begin(), '$');
    return out;
}

} // namespace hp::text
