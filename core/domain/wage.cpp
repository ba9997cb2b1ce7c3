#include "domain/wage.h"
#include "domain/provenance.h"

#include <array>

namespace hp {

std::optional<long> WageEstimate::at(Percentile p) const
{
    switch (p) {
    case Percentile::P10: return p10;
    case Percentile::P25: return p25;
    case Percentile::Median: return median;
    case Percentile::P75: return p75;
    case Percentile::P90: return p90;
    }
    return std::nullopt;
}

bool WageEstimate::isTopCoded(Percentile p) const
{
    const std::string_view id = percentileId(p);
    std::string_view rest = topCoded;
    while (!rest.empty()) {
        const auto semi = rest.find(';');
        if (rest.substr(0, semi) == id)
            return true;
        if (semi == std::string_view::npos)
            break;
        rest.remove_prefix(semi + 1);
    }
    return false;
}

namespace {
constexpr std::array<std::pair<Percentile, std::string_view>, 5> kPercentiles{{
    {Percentile::P10, "p10"}, {Percentile::P25, "p25"}, {Percentile::Median, "median"},
    {Percentile::P75, "p75"}, {Percentile::P90, "p90"}}};
constexpr std::array<std::pair<Status, std::string_view>, 4> kStatuses{{
    {Status::Verified, "VERIFIED"}, {Status::Secondary, "SECONDARY"},
    {Status::Unverified, "UNVERIFIED"}, {Status::Editorial, "EDITORIAL"}}};
} // namespace

std::string_view percentileId(Percentile p)
{
    for (const auto &[value, id] : kPercentiles)
        if (value == p)
            return id;
    return "median";
}

std::optional<Percentile> percentileFromId(std::string_view id)
{
    for (const auto &[value, name] : kPercentiles)
        if (name == id)
            return value;
    return std::nullopt;
}

std::string_view statusId(Status s)
{
    for (const auto &[value, id] : kStatuses)
        if (value == s)
            return id;
    return "UNVERIFIED";
}

std::optional<Status> statusFromId(std::string_view id)
{
    for (const auto &[value, name] : kStatuses)
        if (name == id)
            return value;
    return std::nullopt;
}

} // namespace hp
