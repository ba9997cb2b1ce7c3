#pragma once
// Reads reference JSON into the domain structs, collecting problems instead of stopping at the
// first one, so `healthpath-cli data check` can list everything wrong with a file at once.

#include "domain/knowledge.h"
#include "refdata/problem.h"

#include <boost/json/value.hpp>

#include <string>
#include <vector>

namespace hp::refdata {

class Reader {
public:
    Reader(std::string file, std::vector<Problem> &problems);

    void problem(ProblemKind kind, std::string message);
    const std::string &file() const { return m_file; }

    std::string str(const boost::json::object &o, std::string_view key, std::string_view where, bool required = true);
    std::vector<std::string> strList(const boost::json::object &o, std::string_view key, std::string_view where,
                                     bool required = true);
    std::optional<double> number(const boost::json::object &o, std::string_view key, std::string_view where,
                                 bool required = false);
    std::optional<bool> boolean(const boost::json::object &o, std::string_view key, std::string_view where);
    std::optional<Status> status(const boost::json::object &o, std::string_view where);
    // A sourced range; absent means "not known" unless required.
    SourcedRange range(const boost::json::object &o, std::string_view key, std::string_view where,
                       bool required = false);
    const boost::json::object *object(const boost::json::object &o, std::string_view key, std::string_view where,
                                      bool required = true);

private:
    std::string m_file;
    std::vector<Problem> &m_problems;
};

Role parseRole(const boost::json::value &v, Reader &r);
EducationPath parseEducationPath(const boost::json::value &v, Reader &r);
Certification parseCertification(const boost::json::value &v, Reader &r);
Ladder parseLadder(const boost::json::value &v, Reader &r);
SurveyFigure parseSurvey(const boost::json::value &v, Reader &r);
Source parseSource(const boost::json::value &v, Reader &r);
FamilyInfo parseFamily(const boost::json::value &v, Reader &r);
Occupation parseOccupation(const boost::json::value &v, Reader &r);

} // namespace hp::refdata
