#pragma once
// Where a figure comes from. Every number HealthPath shows carries one of these.

#include <optional>
#include <string>
#include <string_view>

namespace hp {

enum class Status { Verified, Secondary, Unverified, Editorial };

struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::string url;
    std::string asOf;      // ISO date, month or year
    std::string retrieved; // ISO date
    Status status = Status::Unverified;
    std::string note;
};

std::string_view statusId(Status s);                     // "VERIFIED", ...
std::optional<Status> statusFromId(std::string_view id);

} // namespace hp
