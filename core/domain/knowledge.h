#pragma once
// The reference knowledge: roles, occupations, education paths, certifications, ladders and the
// figures attached to them. Plain data; KnowledgeBase (refdata/) fills and queries it.

#include "domain/family.h"
#include "domain/provenance.h"
#include "domain/wage.h"

#include <optional>
#include <string>
#include <vector>

namespace hp {

// A min–max figure with its source, e.g. "4–12 months". `typical` marks vendor or school ranges.
struct SourcedRange {
    std::optional<double> min, max;
    std::string sourceId;
    std::optional<Status> status; // overrides the source's status for this figure only
    std::string note;
    std::string asOf;
    bool typical = false;
    bool present() const { return min.has_value() || max.has_value(); }
};

struct SourcedText {
    std::string text;
    std::string sourceId;
    std::optional<Status> status;
    std::string note;
};

struct Occupation {
    std::string soc;
    std::string title;
    std::string note;
};

struct RoleOccupation {
    std::string soc;
    bool primary = false;
    bool lumped = false;
    std::string explanation;
};

struct WorkStyle {
    int focus = 0, people = 0, payerPhone = 0, clinicalReading = 0, leadership = 0, remote = 0;
    std::string sourceId;
};

struct Role {
    std::string id;
    std::string name;
    std::string shortName; // at most 24 characters, for chart axes and narrow columns
    Family family = Family::Adjacent;
    std::string summary;
    std::vector<std::string> typicalDay, settings, hardSkills, softSkills, pros, cons;
    std::string remoteLevel, remoteNote;
    std::string entryEducation;
    std::vector<std::string> entryEducationPaths;
    std::string barrierLevel, barrierText;
    SourcedRange entryTimeMonths, entryCostUsd;
    std::vector<std::string> related, certifications;
    std::vector<RoleOccupation> occupations;
    std::string ladderId, ladderLevel;
    WorkStyle workStyle;

    const RoleOccupation *primaryOccupation() const;
};

struct Projection {
    std::string soc;
    int baseYear = 0, targetYear = 0;
    double empBaseK = 0, empTargetK = 0, changeK = 0, changePct = 0, openingsK = 0;
    std::string entryEducation, workExperience, onTheJobTraining;
    std::string sourceId;
};

struct EducationPath {
    std::string id, name, kind, summary;
    SourcedRange durationMonths, costUsd;
    std::vector<std::string> roles, certifications;
    std::string accreditation;
};

struct Certification {
    struct Exam {
        std::string questions;
        std::optional<double> hours;
        std::optional<bool> openBook;
        std::string books, passing;
        std::string sourceId;
        std::optional<Status> status;
    };
    struct Renewal {
        std::optional<int> ceus, years;
        std::string text;
        std::string sourceId;
        std::optional<Status> status;
    };
    std::string id, abbr, name, body, url;
    Exam exam;
    SourcedText prerequisites;
    SourcedRange fee;
    Renewal renewal;
    std::vector<std::string> roles;
};

struct BlsBand {
    std::string soc;
    Percentile low = Percentile::P10, high = Percentile::P25;
};

struct LadderLevel {
    std::string id, name;
    int order = 0;
    std::optional<double> yearsMin, yearsMax;
    std::string yearsSourceId;          // where the years come from (required when there are years)
    std::optional<Status> yearsStatus;  // overrides that source's status for the years only
    std::optional<BlsBand> bls;
    std::optional<SourcedRange> article;
    std::string roleId;
};

struct Ladder {
    std::string id;
    Family family = Family::Adjacent;
    std::string name;
    std::vector<LadderLevel> levels; // in ladder order
};

// A figure from an industry salary survey: self-reported by members, never mixed with BLS bands.
struct SurveyFigure {
    std::string id, publisher, report, label, note;
    int year = 0;       // the year the publisher labels the figure with
    int surveyYear = 0; // the year the survey was fielded, 0 when not stated
    double value = 0;
    std::string sourceId;
};

struct FamilyInfo {
    Family family = Family::Adjacent;
    std::string name, summary;
};

// A figure with its source, e.g. the federal minimum wage.
struct SourcedValue {
    double value = 0;
    std::string sourceId;
    std::optional<Status> status;
    std::string note;
};

// The career lattice (lattice.json): the ladder levels plus extra nodes (starting points, entry jobs
// and milestones such as holding a CPC-A), joined by moves. A move is one step a person can take.
struct LatticeNode {
    std::string id, name, kind, summary; // kind: "start", "entry" or "milestone"
    std::optional<BlsBand> bls;          // the wage band while here; none for starts and job hunts
    std::vector<std::string> backgrounds; // e.g. "clinical": what a person starting here brings
};

struct LatticeMove {
    std::string id, from, to, name, summary;
    SourcedRange months;  // typical time the move takes; unknown ends stay empty (UNVERIFIED)
    SourcedRange costUsd; // direct cost: courses, exam fees
    std::vector<std::string> credentials; // certification ids the move leads to (any one of them)
    std::string education;                // education path id, or empty
    bool keepsWorking = false;            // earning during the move (else no pay while training)
    std::string worksAs;                  // node whose wage is earned meanwhile (default: `from`)
    std::vector<std::string> flags;       // see lattice flags in FORMAT.md
    std::string flagNote;                 // why a flagged move is unusual
    std::string sourceId;                 // what says this move exists
};

struct LatticeData {
    std::vector<std::string> starts; // node ids offered as starting points, in display order
    std::vector<LatticeNode> nodes;  // extra nodes; ladder levels are nodes too
    std::vector<LatticeMove> moves;
    SourcedValue baselineHourly, baselineHoursPerYear; // the default baseline pay for return on training
};

// A career track (tracks.json): a chain of lattice nodes, each joined to the next by one lattice
// move, whose years of experience the Ladders view charts against pay. lattice/experience.h
// computes the years.
struct Track {
    enum class Years { Ladder, Moves }; // every level's own ladder years, or the moves' months
    std::string id, name, summary;
    Family family = Family::Adjacent;
    Years yearsFrom = Years::Moves;
    std::vector<std::string> chain; // node ids: ladder level ids or lattice.json node ids
};

// Everything the reference files hold, as loaded.
struct KnowledgeData {
    std::vector<Source> sources;
    std::vector<FamilyInfo> families;
    std::vector<Occupation> occupations;
    std::vector<Role> roles;
    std::vector<WageEstimate> wages;
    std::vector<Projection> projections;
    std::vector<EducationPath> education;
    std::vector<Certification> certifications;
    std::vector<Ladder> ladders;
    std::vector<SurveyFigure> surveys;
    LatticeData lattice;
    std::vector<Track> tracks; // kept in memory only: the reference store has no table for them
};

} // namespace hp
