#pragma once
// Test helper: read and write small zip archives with libzip, to build .xlsx files and broken
// copies of BLS's files in a temporary folder.

#include <zip.h>

#include <string>
#include <utility>
#include <vector>

namespace testzip {

using Entries = std::vector<std::pair<std::string, std::string>>; // part name → bytes, in order

inline Entries read(const std::string &path)
{
    Entries out;
    int error = 0;
    zip_t *z = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!z)
        return out;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
        std::string data(st.size, '\0');
        if (zip_file_t *f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0)) {
            zip_fread(f, data.data(), st.size);
            zip_fclose(f);
        }
        out.emplace_back(st.name, std::move(data));
    }
    zip_discard(z);
    return out;
}

inline bool write(const std::string &path, const Entries &entries)
{
    int error = 0;
    zip_t *z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        return false;
    for (const auto &[name, data] : entries) {
        zip_source_t *src = zip_source_buffer(z, data.data(), data.size(), 0); // `entries` outlives zip_close
        if (!src || zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

inline std::string &part(Entries &entries, const std::string &name)
{
    for (auto &[n, data] : entries)
        if (n == name)
            return data;
    entries.emplace_back(name, std::string());
    return entries.back().second;
}

inline std::string replaced(std::string s, const std::string &from, const std::string &to)
{
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

} // namespace testzip
