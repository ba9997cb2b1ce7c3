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

// The family's colour as "#RRGGBB": the Okabe–Ito palette, chosen to stay distinguishable with
// the common forms of colour blindness; `dark` gives lighter variants of the same hues for dark
// backgrounds. Every chart, list and printout takes its colours from here.
std::string_view familyColorHex(Family f, bool dark = false);

} // namespace hp
