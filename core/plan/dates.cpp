#include "plan/dates.h"

#include <algorithm>
#include <array>
#include <ctime>

namespace hp::plan {

namespace {

using namespace std::chrono;

void appendPadded(std::string &out, long value, int width)
{
    std::string digits = std::to_string(value < 0 ? -value : value);
    if (value < 0)
        out.push_back('-');
    for (int i = static_cast<int>(digits.size()); i < width; ++i)
        out.push_back('0');
    out.append(digits);
}

std::optional<int> digitsAt(std::string_view text, size_t pos, size_t count)
{
    int value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

std::string isoDate(Date d)
{
    std::string out;
    appendPadded(out, static_cast<int>(d.year()), 4);
    out.push_back('-');
    appendPadded(out, static_cast<long>(static_cast<unsigned>(d.month())), 2);
    out.push_back('-');
    appendPadded(out, static_cast<long>(static_cast<unsigned>(d.day())), 2);
    return out;
}

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto y = digitsAt(text, 0, 4), m = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    const Date date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

Date addDays(Date d, int days)
{
    return Date{sys_days{d} + std::chrono::days{days}};
}

Date addMonths(Date d, double months)
{
    const auto whole = static_cast<int>(months);
    const year_month ym = year_month{d.year(), d.month()} + std::chrono::months{whole};
    const year_month_day_last last{ym.year(), month_day_last{ym.month()}};
    const Date shifted{ym.year(), ym.month(), std::min(d.day(), last.day())};
    const double fraction = months - whole;
    return addDays(shifted, static_cast<int>(fraction * 30.4375 + 0.5));
}

int daysBetween(Date from, Date to)
{
    return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

std::string readableDate(Date d)
{
    static constexpr std::array<const char *, 7> kDays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr std::array<const char *, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const weekday wd{sys_days{d}};
    std::string out = kDays[wd.c_encoding()];
    out.push_back(' ');
    out.append(std::to_string(static_cast<unsigned>(d.day())));
    out.push_back(' ');
    out.append(kMonths[static_cast<unsigned>(d.month()) - 1]);
    out.push_back(' ');
    out.append(std::to_string(static_cast<int>(d.year())));
    return out;
}

Clock systemClock()
{
    return [] {
        const std::time_t now = std::time(nullptr);
        std::tm tm{};
        localtime_r(&now, &tm);
        return Date{year{tm.tm_year + 1900}, month{static_cast<unsigned>(tm.tm_mon + 1)}, day{static_cast<unsigned>(tm.tm_mday)}};
    };
}

Clock fixedClock(Date d)
{
    return [d] { return d; };
}

} // namespace hp::plan
