#pragma once
// The reference data files of resources/data, compiled into the program (see cmake/EmbedFiles.cmake).

#include <span>
#include <string_view>

namespace hp::refdata {

struct EmbeddedFile {
    std::string_view path;    // relative to resources/data, e.g. "roles/medical-biller.json"
    std::string_view content; // the file's bytes
};

std::span<const EmbeddedFile> embeddedFiles();

} // namespace hp::refdata
