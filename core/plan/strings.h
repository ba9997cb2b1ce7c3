#pragma once
// String building for the plan files. GCC 12 at -O3 warns falsely (-Wrestrict) about
// `"literal" + std::string`, so the plan code joins pieces with cat() instead.

#include <string>
#include <string_view>

namespace hp::plan {

template<typename... Parts>
std::string cat(const Parts &...parts)
{
    std::string out;
    (out.append(std::string_view(parts)), ...);
    return out;
}

} // namespace hp::plan
