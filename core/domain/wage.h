#pragma once
// BLS OEWS national wage estimates for one occupation and one vintage (May of `vintage`).

#include <optional>
#include <string>

namespace hp {

enum class Percentile { P10, P25, Median, P75, P90 };

struct WageEstimate {
    std::string soc;       // "29-2072"
    int vintage = 0;       // OEWS reference year: estimates are for May of this year
    std::string title;     // BLS occupation title in that vintage
    std::optional<long> employment;
    std::optional<double> empRse;     // relative standard error of employment, percent
    std::optional<double> meanHourly;
    std::optional<long> meanAnnual;
    std::optional<long> p10, p25, median, p75, p90; // annual dollars; empty = not published
    std::string topCoded;  // columns BLS marked '#', e.g. "p90" (value at or above the top code)
    std::string sourceId;

    std::optional<long> at(Percentile p) const;
    bool isTopCoded(Percentile p) const;
};

std::string_view percentileId(Percentile p);               // "p10", "p25", "median", ...
std::optional<Percentile> percentileFromId(std::string_view id);

} // namespace hp
