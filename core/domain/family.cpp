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

std::optional<Family> familyFromId(std::string_view id)
{
    for (Family f : kAllFamilies)
        if (familyId(f) == id)
            return f;
    return std::nullopt;
}

} // namespace hp
