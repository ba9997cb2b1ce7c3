#pragma once
// Years of experience along a career track (tracks.json), with each level's BLS wage band: what
// the Ladders view's "Pay by experience" chart draws.
//
//   chain:  coder ──coder-to-auditor-cpma──▶ coding-auditor-level ──auditor-to-compliance──▶ compliance-officer-level
//   figure: 1–3 years (ladders.json)   +24–48 months                     +12 months, no upper figure
//   years:  1–3                         3–7                               4 or more
//
// A track takes its years either
//   * from ladders.json (Track::Years::Ladder): every level states its own years; or
//   * from the lattice moves (Track::Years::Moves): the first level starts at its own ladder years,
//     or at 0 when it states none (years then count from the start of that level), and each move
//     adds its typical months, minima and maxima summed separately. A move with no upper figure
//     leaves every later maximum open ("4 or more"); a move with no lower figure, or no single
//     move between two neighbours, ends the years: the later levels have none. Nothing is guessed.
// Each level carries the weakest status of the figures its years rest on, so one UNVERIFIED move
// marks every later level UNVERIFIED.

#include "lattice/lattice.h"
#include "refdata/knowledge_base.h"

#include <optional>
#include <string>
#include <vector>

namespace hp::lattice {

enum class YearsBasis {
    Ladder,     // the level's own years in ladders.json
    TrackStart, // the first level of a track that states no years: 0 by definition
    Moves,      // the first level's years plus the months of the moves since
    NotStated,  // no figure: an unknown node, no single move, or a move nobody has measured
};

struct TrackLevel {
    std::string nodeId, name;
    YearsBasis basis = YearsBasis::NotStated;
    std::optional<double> yearsMin, yearsMax; // yearsMin empty: not stated
    bool open = false;                        // yearsMin known, no upper figure: "yearsMin or more"
    std::optional<Status> status;             // weakest status behind the years; empty when none
    std::vector<std::string> moveIds;         // the moves the years rest on, in chain order
    std::vector<std::string> sourceIds;       // the sources of those figures, first use first
    std::optional<KnowledgeBase::Band> band;  // the level's BLS band for the vintage

    bool hasYears() const { return yearsMin.has_value(); }
    bool unverified() const { return status == Status::Unverified; }
    std::optional<double> bandMiddle() const;
};

struct TrackExperience {
    std::string id, name, summary;
    Family family = Family::Adjacent;
    Track::Years yearsFrom = Track::Years::Moves;
    int vintage = 0;
    std::vector<TrackLevel> levels;    // one per chain node, in chain order
    std::vector<std::string> problems; // sentences; validate() rejects them in shipped data
};

// The weaker of two statuses: UNVERIFIED < EDITORIAL < SECONDARY < VERIFIED.
Status weakerStatus(Status a, Status b);

TrackExperience trackExperience(const Track &track, const Lattice &lattice, const KnowledgeBase &kb, int vintage);

} // namespace hp::lattice
