#include "lattice/experience.h"

#include <algorithm>

namespace hp::lattice {

namespace {

int strength(Status s)
{
    switch (s) {
    case Status::Unverified: return 0;
    case Status::Editorial: return 1;
    case Status::Secondary: return 2;
    case Status::Verified: return 3;
    }
    return 0;
}

const LadderLevel *ladderLevel(const KnowledgeData &d, std::string_view id)
{
    for (const auto &ladder : d.ladders)
        for (const auto &lv : ladder.levels)
            if (lv.id == id)
                return &lv;
    return nullptr;
}

void addSource(std::vector<std::string> &sources, const std::string &id)
{
    if (!id.empty() && std::find(sources.begin(), sources.end(), id) == sources.end())
        sources.push_back(id);
}

// The years between chain neighbours as they accumulate along a track.
struct Running {
    double min = 0, max = 0;
    bool open = false;
    std::optional<Status> status;
    std::vector<std::string> moves, sources;
    bool ended = false;

    void add(Status s) { status = status ? weakerStatus(*status, s) : s; }

    void fill(TrackLevel &level, YearsBasis basis) const
    {
        level.basis = basis;
        level.yearsMin = min;
        level.open = open;
        if (!open)
            level.yearsMax = max;
        level.status = status;
        level.moveIds = moves;
        level.sourceIds = sources;
    }
};

// The level's own years from ladders.json, if it states them.
bool ladderYears(const KnowledgeBase &kb, const LadderLevel *lv, Running &run)
{
    if (!lv || !lv->yearsMin)
        return false;
    run.min = *lv->yearsMin;
    run.open = !lv->yearsMax;
    run.max = lv->yearsMax.value_or(run.min);
    run.add(kb.statusOf(lv->yearsSourceId, lv->yearsStatus));
    addSource(run.sources, lv->yearsSourceId);
    return true;
}

} // namespace

Status weakerStatus(Status a, Status b)
{
    return strength(a) <= strength(b) ? a : b;
}

std::optional<double> TrackLevel::bandMiddle() const
{
    if (!band)
        return std::nullopt;
    return (double(band->low) + double(band->high)) / 2;
}

TrackExperience trackExperience(const Track &track, const Lattice &lattice, const KnowledgeBase &kb, int vintage)
{
    TrackExperience out;
    out.id = track.id;
    out.name = track.name;
    out.summary = track.summary;
    out.family = track.family;
    out.yearsFrom = track.yearsFrom;
    out.vintage = vintage;
    Running run;
    Vertex previous = 0;
    bool hasPrevious = false; // (not an optional: GCC 12 then warns of a maybe-uninitialized read)
    for (std::size_t i = 0; i < track.chain.size(); ++i) {
        const std::string &id = track.chain[i];
        TrackLevel level;
        level.nodeId = id;
        level.name = id;
        const auto v = lattice.find(id);
        if (!v) {
            out.problems.push_back("The track " + track.id + " names " + id + ", which is no node of the lattice.");
            run.ended = true;
            hasPrevious = false;
            out.levels.push_back(std::move(level));
            continue;
        }
        const Node &node = lattice.node(*v);
        level.name = node.name;
        if (node.bls)
            level.band = kb.blsBand(*node.bls, vintage);
        const LadderLevel *lv = node.kind == "level" ? ladderLevel(kb.data(), id) : nullptr;

        if (track.yearsFrom == Track::Years::Ladder) {
            Running own;
            if (ladderYears(kb, lv, own))
                own.fill(level, YearsBasis::Ladder);
            else
                out.problems.push_back("The track " + track.id + " takes its years from ladders.json, but " + id
                                       + " states none there.");
        } else if (i == 0) {
            if (ladderYears(kb, lv, run))
                run.fill(level, YearsBasis::Ladder);
            else
                run.fill(level, YearsBasis::TrackStart); // 0: years count from here
        } else if (!run.ended && hasPrevious) {
            std::vector<const LatticeMove *> joining;
            for (auto [e, end] = boost::out_edges(previous, lattice.graph()); e != end; ++e)
                if (boost::target(*e, lattice.graph()) == *v)
                    joining.push_back(&lattice.move(*e));
            if (joining.size() != 1) {
                out.problems.push_back("The track " + track.id + " needs exactly one move from "
                                       + lattice.node(previous).id + " to " + id + "; the lattice has "
                                       + std::to_string(joining.size()) + ".");
                run.ended = true;
            } else if (const SourcedRange &months = joining.front()->months; !months.min) {
                run.ended = true; // nobody states how long this move takes: no years from here on
            } else {
                run.min += *months.min / 12;
                if (months.max && !run.open)
                    run.max += *months.max / 12;
                else
                    run.open = true;
                run.add(kb.statusOf(months.sourceId, months.status));
                run.moves.push_back(joining.front()->id);
                addSource(run.sources, months.sourceId);
                run.fill(level, YearsBasis::Moves);
            }
        }
        previous = *v;
        hasPrevious = true;
        out.levels.push_back(std::move(level));
    }
    return out;
}

} // namespace hp::lattice
