#pragma once
// The one way HealthPath writes a file: write a temporary file beside the target, flush, fsync,
// then rename over the target, so a crash leaves either the old file or the new one, never half.

#include <string>
#include <string_view>

namespace hp::io {

struct WriteResult {
    bool ok = true;
    std::string error; // a sentence naming the file and what went wrong
};

WriteResult writeFileAtomically(const std::string &path, std::string_view content);

std::string readFile(const std::string &path, std::string *error = nullptr);

} // namespace hp::io
