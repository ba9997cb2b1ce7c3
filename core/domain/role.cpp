#include "domain/knowledge.h"

namespace hp {

const RoleOccupation *Role::primaryOccupation() const
{
    for (const auto &o : occupations)
        if (o.primary)
            return &o;
    return occupations.empty() ? nullptr : &occupations.front();
}

} // namespace hp
