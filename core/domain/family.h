#pragma once
// Role families: the five groups every chart and list colours by.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace hp {

enum class Family { Coder, Biller, Auditor, Administrator, Adjacent };

inline constexpr std::array<Family, 5> kAllFamilies{Family::Coder, Family::Biller, Family::Auditor,
                                                    Family::Administrator, Family::Adjacent};

std::string_view familyId(Family f);                      // "coder", "biller", ...
std::optional<Family> familyFromId(std::string_view id);  // inverse of familyId

} // namespace hp
