#include "domain/family.h"

namespace hp {

std::string_view familyId(Family f)
{
    switch (f) {
    case Family::Coder: return "coder";
    case Family::Biller: return "biller";
    case Family::Auditor: return "auditor";
    case Family::Administrator: return "administrator";
    case Family::Adjacent: return "adjacent";
    }
    return "adjacent";
}

std::string_view familyColorHex(Family f, bool dark)
{
    switch (f) {
    case Family::Coder: return dark ? "#56B4E9" : "#0072B2";         // sky blue / blue
    case Family::Biller: return dark ? "#F0C04A" : "#E69F00";        // yellow / orange
    case Family::Auditor: return dark ? "#3DC9A0" : "#009E73";       // bluish green
    case Family::Administrator: return dark ? "#F07A3A" : "#D55E00"; // vermillion
    case Family::Adjacent: return dark ? "#E09AC4" : "#CC79A7";      // reddish purple
    }
    return "#888888";
}

std::optional<Family> familyFromId(std::string_view id)
{
    for (Family f : kAllFamilies)
        if (familyId(f) == id)
            return f;
    return std::nullopt;
}

} // namespace hp
