#pragma once
// healthpath-cli: the command-line face of core. app/cli/main.cpp only calls run().

#include <iosfwd>
#include <string>
#include <vector>

namespace hp::cli {

// Exit statuses: 0 success, 1 the command failed (e.g. invalid data), 2 usage error.
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace hp::cli
