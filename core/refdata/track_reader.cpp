#include "refdata/track_reader.h"

#include "embedded_data.h"

#include <boost/json.hpp>

namespace json = boost::json;

namespace hp::refdata {

Track parseTrack(const json::value &v, Reader &r)
{
    Track t;
    if (!v.is_object()) {
        r.problem(ProblemKind::Syntax, "A track should be a JSON object.");
        return t;
    }
    const auto &o = v.get_object();
    t.id = r.str(o, "id", "tracks");
    const std::string where = "track " + t.id;
    t.name = r.str(o, "name", where);
    t.summary = r.str(o, "summary", where, false);
    const std::string family = r.str(o, "family", where);
    if (const auto f = familyFromId(family))
        t.family = *f;
    else if (!family.empty())
        r.problem(ProblemKind::BadValue, where + ".family \"" + family + "\" is not a role family.");
    const std::string years = r.str(o, "years_from", where);
    if (years == "ladder")
        t.yearsFrom = Track::Years::Ladder;
    else if (years == "moves")
        t.yearsFrom = Track::Years::Moves;
    else if (!years.empty())
        r.problem(ProblemKind::BadValue, where + ".years_from \"" + years + "\" must be ladder or moves.");
    t.chain = r.strList(o, "chain", where);
    return t;
}

std::vector<Track> embeddedTracks(std::vector<Problem> &problems)
{
    std::vector<Track> tracks;
    for (const auto &file : embeddedFiles()) {
        if (file.path != "tracks.json")
            continue;
        boost::system::error_code ec;
        const json::value root = json::parse(file.content, ec);
        if (ec || !root.is_array()) {
            problems.push_back({ProblemKind::Syntax, "tracks.json", "should hold a JSON list."});
            break;
        }
        Reader r("tracks.json", problems);
        for (const auto &item : root.get_array())
            tracks.push_back(parseTrack(item, r));
    }
    return tracks;
}

} // namespace hp::refdata
