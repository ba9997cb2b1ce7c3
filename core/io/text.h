#pragma once
// Small text helpers shared by importers, exporters and the CLI.

#include <optional>
#include <string>
#include <string_view>

namespace hp::text {

std::string trim(std::string_view s);
std::string lower(std::string_view s);
std::optional<double> toNumber(std::string_view s); // whole string must be a number
std::string money(double dollars);                  // "$51,140"
std::string thousands(long value);                  // "194,720"

} // namespace hp::text
