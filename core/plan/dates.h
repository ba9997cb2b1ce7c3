#pragma once
// Calendar dates for plans: whole days, no time zone. A Clock says what "today" is, so that plan
// generation and tracking can be tested on fixed dates.

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace hp::plan {

using Date = std::chrono::year_month_day;

// "2027-01-04"
std::string isoDate(Date d);
// Accepts YYYY-MM-DD only, and only real dates (2027-02-30 is rejected).
std::optional<Date> parseIsoDate(std::string_view text);
Date addDays(Date d, int days);
// Whole months by the calendar (31 Jan + 1 month = 28 or 29 Feb), a fraction as days (0.5 ≈ 15 days).
Date addMonths(Date d, double months);
int daysBetween(Date from, Date to); // to - from, in days
// "Mon 4 Jan 2027"
std::string readableDate(Date d);

using Clock = std::function<Date()>;
Clock systemClock(); // the local calendar date now
Clock fixedClock(Date d);

} // namespace hp::plan
