#pragma once
// Reads tracks.json (career tracks for the "Pay by experience" chart) into Track values.
//
// Tracks are kept in memory only: the reference store (storage/reference_schema.cpp) has no table
// for them, and adding one would need a schema version for data that never changes at run time.
// load() parses them with the other shipped files; KnowledgeBase reads them from the embedded copy
// each time it reads the store.

#include "domain/knowledge.h"
#include "refdata/json_reader.h"

#include <boost/json/value.hpp>

#include <vector>

namespace hp::refdata {

Track parseTrack(const boost::json::value &v, Reader &r);

// The tracks of the tracks.json built into the program; problems (there are none in shipped data,
// which load() has validated) go to `problems`.
std::vector<Track> embeddedTracks(std::vector<Problem> &problems);

} // namespace hp::refdata
