#pragma once
// A problem found in reference data: which file, what kind, and a sentence a person can act on.

#include <string>
#include <string_view>
#include <vector>

namespace hp::refdata {

enum class ProblemKind {
    Syntax,            // not valid JSON/CSV, or a field of the wrong type
    MissingField,      // a required field is absent
    BadValue,          // a value outside what the format allows
    DuplicateId,
    MissingSource,     // a figure without a source
    DanglingReference, // an id that names nothing
    PercentileOrder,   // p10 <= p25 <= median <= p75 <= p90 broken
    RangeOrder,        // min > max
    MissingVintage,    // a wage row or source without its vintage / as-of date
    NoOccupation,      // a role without a BLS occupation code
    NoLadderPosition,  // a role without a ladder level
};

std::string_view problemKindId(ProblemKind k); // "missing-source", ...

struct Problem {
    ProblemKind kind;
    std::string file;    // relative to resources/data, e.g. "roles/medical-biller.json"
    std::string message; // a full sentence
};

std::string describe(const Problem &p); // "roles/medical-biller.json: <message>"

} // namespace hp::refdata
