#include "refdata/json_reader.h"

#include <boost/json.hpp>

#include <algorithm>

namespace json = boost::json;

namespace hp::refdata {

std::string_view problemKindId(ProblemKind k)
{
    switch (k) {
    case ProblemKind::Syntax: return "syntax";
    case ProblemKind::MissingField: return "missing-field";
    case ProblemKind::BadValue: return "bad-value";
    case ProblemKind::DuplicateId: return "duplicate-id";
    case ProblemKind::MissingSource: return "missing-source";
    case ProblemKind::DanglingReference: return "dangling-reference";
    case ProblemKind::PercentileOrder: return "percentile-order";
    case ProblemKind::RangeOrder: return "range-order";
    case ProblemKind::MissingVintage: return "missing-vintage";
    case ProblemKind::NoOccupation: return "no-occupation";
    case ProblemKind::NoLadderPosition: return "no-ladder-position";
    }
    return "unknown";
}

std::string describe(const Problem &p)
{
    return p.file + ": " + p.message;
}

Reader::Reader(std::string file, std::vector<Problem> &problems)
    : m_file(std::move(file))
    , m_problems(problems)
{
}

void Reader::problem(ProblemKind kind, std::string message)
{
    m_problems.push_back({kind, m_file, std::move(message)});
}

namespace {
std::string at(std::string_view where, std::string_view key)
{
    return std::string(where) + (where.empty() ? "" : ".") + std::string(key);
}
} // namespace

std::string Reader::str(const json::object &o, std::string_view key, std::string_view where, bool required)
{
    const json::value *v = o.if_contains(key);
    if (!v || v->is_null()) {
        if (required)
            problem(ProblemKind::MissingField, at(where, key) + " is missing.");
        return {};
    }
    if (!v->is_string()) {
        problem(ProblemKind::Syntax, at(where, key) + " should be text.");
        return {};
    }
    const auto &s = v->get_string();
    if (required && s.empty())
        problem(ProblemKind::MissingField, at(where, key) + " is empty.");
    return std::string(s.data(), s.size());
}

std::vector<std::string> Reader::strList(const json::object &o, std::string_view key, std::string_view where,
                                         bool required)
{
    std::vector<std::string> out;
    const json::value *v = o.if_contains(key);
    if (!v || v->is_null()) {
        if (required)
            problem(ProblemKind::MissingField, at(where, key) + " is missing.");
        return out;
    }
    if (!v->is_array()) {
        problem(ProblemKind::Syntax, at(where, key) + " should be a list of text.");
        return out;
    }
    for (const auto &item : v->get_array()) {
        if (!item.is_string()) {
            problem(ProblemKind::Syntax, at(where, key) + " should hold only text.");
            continue;
        }
        out.emplace_back(item.get_string().data(), item.get_string().size());
    }
    if (required && out.empty())
        problem(ProblemKind::MissingField, at(where, key) + " is empty.");
    return out;
}

std::optional<double> Reader::number(const json::object &o, std::string_view key, std::string_view where,
                                     bool required)
{
    const json::value *v = o.if_contains(key);
    if (!v || v->is_null()) {
        if (required)
            problem(ProblemKind::MissingField, at(where, key) + " is missing.");
        return std::nullopt;
    }
    if (!v->is_number()) {
        problem(ProblemKind::Syntax, at(where, key) + " should be a number.");
        return std::nullopt;
    }
    return v->to_number<double>();
}

std::optional<bool> Reader::boolean(const json::object &o, std::string_view key, std::string_view where)
{
    const json::value *v = o.if_contains(key);
    if (!v || v->is_null())
        return std::nullopt;
    if (!v->is_bool()) {
        problem(ProblemKind::Syntax, at(where, key) + " should be true or false.");
        return std::nullopt;
    }
    return v->get_bool();
}

std::optional<Status> Reader::status(const json::object &o, std::string_view where)
{
    const std::string s = str(o, "status", where, false);
    if (s.empty())
        return std::nullopt;
    auto st = statusFromId(s);
    if (!st)
        problem(ProblemKind::BadValue, at(where, "status") + " is \"" + s
                                           + "\"; it must be VERIFIED, SECONDARY, UNVERIFIED or EDITORIAL.");
    return st;
}

const json::object *Reader::object(const json::object &o, std::string_view key, std::string_view where,
                                   bool required)
{
    const json::value *v = o.if_contains(key);
    if (!v || v->is_null()) {
        if (required)
            problem(ProblemKind::MissingField, at(where, key) + " is missing.");
        return nullptr;
    }
    if (!v->is_object()) {
        problem(ProblemKind::Syntax, at(where, key) + " should be an object.");
        return nullptr;
    }
    return &v->get_object();
}

SourcedRange Reader::range(const json::object &o, std::string_view key, std::string_view where, bool required)
{
    SourcedRange r;
    const json::object *obj = object(o, key, where, required);
    if (!obj)
        return r;
    const std::string here = at(where, key);
    r.min = number(*obj, "min", here);
    r.max = number(*obj, "max", here);
    r.sourceId = str(*obj, "source", here, false);
    r.status = status(*obj, here);
    r.note = str(*obj, "note", here, false);
    r.asOf = str(*obj, "as_of", here, false);
    r.typical = boolean(*obj, "typical", here).value_or(false);
    // Both ends null means "not known": allowed, but only when the figure is marked UNVERIFIED.
    if (!r.present() && r.status != Status::Unverified)
        problem(ProblemKind::MissingField, here + " has neither min nor max; leave it out or mark it UNVERIFIED.");
    return r;
}

namespace {
const json::object *asObject(const json::value &v, Reader &r, std::string_view what)
{
    if (!v.is_object()) {
        r.problem(ProblemKind::Syntax, std::string(what) + " should be a JSON object.");
        return nullptr;
    }
    return &v.get_object();
}

int level(Reader &r, const json::object &o, std::string_view key, std::string_view where)
{
    const auto n = r.number(o, key, where, true);
    if (n && (*n < 0 || *n > 5))
        r.problem(ProblemKind::BadValue, std::string(where) + "." + std::string(key) + " must be between 0 and 5.");
    return n ? static_cast<int>(*n) : 0;
}

std::string lowModerateHigh(Reader &r, const json::object &o, std::string_view where)
{
    std::string v = r.str(o, "level", where);
    if (!v.empty() && v != "low" && v != "moderate" && v != "high")
        r.problem(ProblemKind::BadValue, std::string(where) + ".level is \"" + v + "\"; use low, moderate or high.");
    return v;
}
} // namespace

Role parseRole(const json::value &v, Reader &r)
{
    Role role;
    const json::object *o = asObject(v, r, "A role");
    if (!o)
        return role;
    role.id = r.str(*o, "id", "");
    role.name = r.str(*o, "name", "");
    role.shortName = r.str(*o, "short_name", "");
    if (role.shortName.size() > 24)
        r.problem(ProblemKind::BadValue, "short_name \"" + role.shortName + "\" is longer than 24 characters.");
    const std::string family = r.str(*o, "family", "");
    if (auto f = familyFromId(family))
        role.family = *f;
    else if (!family.empty())
        r.problem(ProblemKind::BadValue, "family \"" + family + "\" is not one of coder, biller, auditor, administrator, adjacent.");
    role.summary = r.str(*o, "summary", "");
    role.typicalDay = r.strList(*o, "typical_day", "");
    role.settings = r.strList(*o, "settings", "");
    role.hardSkills = r.strList(*o, "hard_skills", "");
    role.softSkills = r.strList(*o, "soft_skills", "");
    role.pros = r.strList(*o, "pros", "");
    role.cons = r.strList(*o, "cons", "");
    role.related = r.strList(*o, "related", "", false);
    role.certifications = r.strList(*o, "certifications", "", false);
    if (const auto *remote = r.object(*o, "remote", "")) {
        role.remoteLevel = lowModerateHigh(r, *remote, "remote");
        role.remoteNote = r.str(*remote, "note", "remote", false);
    }
    if (const auto *edu = r.object(*o, "entry_education", "")) {
        role.entryEducation = r.str(*edu, "text", "entry_education");
        role.entryEducationPaths = r.strList(*edu, "paths", "entry_education", false);
    }
    if (const auto *barrier = r.object(*o, "entry_barrier", "")) {
        role.barrierLevel = lowModerateHigh(r, *barrier, "entry_barrier");
        role.barrierText = r.str(*barrier, "text", "entry_barrier");
    }
    role.entryTimeMonths = r.range(*o, "entry_time_months", "", true);
    role.entryCostUsd = r.range(*o, "entry_cost_usd", "", false); // absent when no source gives a cost
    if (const json::value *occ = o->if_contains("occupations"); occ && occ->is_array()) {
        for (const auto &item : occ->get_array()) {
            const json::object *oo = asObject(item, r, "Each occupation");
            if (!oo)
                continue;
            RoleOccupation ro;
            ro.soc = r.str(*oo, "soc", "occupations");
            ro.primary = r.boolean(*oo, "primary", "occupations").value_or(false);
            ro.lumped = r.boolean(*oo, "lumped", "occupations").value_or(false);
            ro.explanation = r.str(*oo, "explanation", "occupations", ro.lumped);
            role.occupations.push_back(std::move(ro));
        }
    } else if (occ && !occ->is_null()) {
        r.problem(ProblemKind::Syntax, "occupations should be a list.");
    }
    if (const auto *ladder = r.object(*o, "ladder", "", false)) {
        role.ladderId = r.str(*ladder, "ladder", "ladder");
        role.ladderLevel = r.str(*ladder, "level", "ladder");
    }
    if (const auto *ws = r.object(*o, "work_style", "")) {
        role.workStyle.focus = level(r, *ws, "focus", "work_style");
        role.workStyle.people = level(r, *ws, "people", "work_style");
        role.workStyle.payerPhone = level(r, *ws, "payer_phone", "work_style");
        role.workStyle.clinicalReading = level(r, *ws, "clinical_reading", "work_style");
        role.workStyle.leadership = level(r, *ws, "leadership", "work_style");
        role.workStyle.remote = level(r, *ws, "remote", "work_style");
        role.workStyle.sourceId = r.str(*ws, "source", "work_style", false);
    }
    return role;
}

EducationPath parseEducationPath(const json::value &v, Reader &r)
{
    EducationPath p;
    const json::object *o = asObject(v, r, "An education path");
    if (!o)
        return p;
    p.id = r.str(*o, "id", "");
    const std::string where = "education path " + p.id;
    p.name = r.str(*o, "name", where);
    p.kind = r.str(*o, "kind", where);
    static const std::vector<std::string> kinds{"short-certificate", "college-certificate", "associate", "bachelor", "master"};
    if (!p.kind.empty() && std::find(kinds.begin(), kinds.end(), p.kind) == kinds.end())
        r.problem(ProblemKind::BadValue, where + ".kind \"" + p.kind + "\" is not a known kind of education path.");
    p.summary = r.str(*o, "summary", where);
    p.durationMonths = r.range(*o, "duration_months", where, true);
    p.costUsd = r.range(*o, "cost_usd", where, false);
    if (const auto *prep = r.object(*o, "prepares_for", where)) {
        p.roles = r.strList(*prep, "roles", where + ".prepares_for", false);
        p.certifications = r.strList(*prep, "certifications", where + ".prepares_for", false);
    }
    p.accreditation = r.str(*o, "accreditation", where, false);
    return p;
}

Certification parseCertification(const json::value &v, Reader &r)
{
    Certification c;
    const json::object *o = asObject(v, r, "A certification");
    if (!o)
        return c;
    c.id = r.str(*o, "id", "");
    const std::string where = "certification " + c.id;
    c.abbr = r.str(*o, "abbr", where);
    c.name = r.str(*o, "name", where);
    c.body = r.str(*o, "body", where);
    c.url = r.str(*o, "url", where, false);
    if (const auto *exam = r.object(*o, "exam", where)) {
        const std::string w = where + ".exam";
        c.exam.questions = r.str(*exam, "questions", w, false);
        c.exam.hours = r.number(*exam, "hours", w);
        c.exam.openBook = r.boolean(*exam, "open_book", w);
        c.exam.books = r.str(*exam, "books", w, false);
        c.exam.passing = r.str(*exam, "passing", w, false);
        c.exam.sourceId = r.str(*exam, "source", w, false);
        c.exam.status = r.status(*exam, w);
    }
    if (const auto *pre = r.object(*o, "prerequisites", where)) {
        c.prerequisites.text = r.str(*pre, "text", where + ".prerequisites");
        c.prerequisites.sourceId = r.str(*pre, "source", where + ".prerequisites", false);
        c.prerequisites.status = r.status(*pre, where + ".prerequisites");
        c.prerequisites.note = r.str(*pre, "note", where + ".prerequisites", false);
    }
    c.fee = r.range(*o, "fee", where, false);
    if (const auto *ren = r.object(*o, "renewal", where)) {
        const std::string w = where + ".renewal";
        if (auto n = r.number(*ren, "ceus", w))
            c.renewal.ceus = static_cast<int>(*n);
        if (auto n = r.number(*ren, "years", w))
            c.renewal.years = static_cast<int>(*n);
        c.renewal.text = r.str(*ren, "text", w, false);
        c.renewal.sourceId = r.str(*ren, "source", w, false);
        c.renewal.status = r.status(*ren, w);
    }
    c.roles = r.strList(*o, "roles", where, false);
    return c;
}

Ladder parseLadder(const json::value &v, Reader &r)
{
    Ladder l;
    const json::object *o = asObject(v, r, "A ladder");
    if (!o)
        return l;
    l.id = r.str(*o, "id", "");
    const std::string where = "ladder " + l.id;
    l.name = r.str(*o, "name", where);
    const std::string family = r.str(*o, "family", where);
    if (auto f = familyFromId(family))
        l.family = *f;
    else if (!family.empty())
        r.problem(ProblemKind::BadValue, where + ".family \"" + family + "\" is not a role family.");
    const json::value *levels = o->if_contains("levels");
    if (!levels || !levels->is_array()) {
        r.problem(ProblemKind::MissingField, where + ".levels should be a list of levels.");
        return l;
    }
    for (const auto &item : levels->get_array()) {
        const json::object *lo = asObject(item, r, where + " level");
        if (!lo)
            continue;
        LadderLevel lv;
        lv.id = r.str(*lo, "id", where + ".levels");
        const std::string lw = where + " level " + lv.id;
        lv.name = r.str(*lo, "name", lw);
        lv.order = static_cast<int>(r.number(*lo, "order", lw, true).value_or(0));
        if (const auto *years = r.object(*lo, "years", lw, false)) {
            lv.yearsMin = r.number(*years, "min", lw + ".years");
            lv.yearsMax = r.number(*years, "max", lw + ".years");
            lv.yearsSourceId = r.str(*years, "source", lw + ".years", false);
            lv.yearsStatus = r.status(*years, lw + ".years");
        }
        if (const auto *bls = r.object(*lo, "bls", lw, false)) {
            BlsBand band;
            band.soc = r.str(*bls, "soc", lw + ".bls");
            const std::string low = r.str(*bls, "low", lw + ".bls");
            const std::string high = r.str(*bls, "high", lw + ".bls");
            const auto pl = percentileFromId(low), ph = percentileFromId(high);
            if ((!low.empty() && !pl) || (!high.empty() && !ph))
                r.problem(ProblemKind::BadValue, lw + ".bls percentiles must be p10, p25, median, p75 or p90.");
            if (pl && ph) {
                band.low = *pl;
                band.high = *ph;
                if (static_cast<int>(*pl) > static_cast<int>(*ph))
                    r.problem(ProblemKind::PercentileOrder, lw + ".bls runs from " + low + " down to " + high + ".");
            }
            lv.bls = band;
        }
        if (lo->if_contains("article"))
            lv.article = r.range(*lo, "article", lw);
        if (!lv.bls && !lv.article)
            r.problem(ProblemKind::MissingSource, lw + " has no wage band: give it bls, article or both.");
        lv.roleId = r.str(*lo, "role", lw, false);
        l.levels.push_back(std::move(lv));
    }
    std::sort(l.levels.begin(), l.levels.end(), [](const LadderLevel &a, const LadderLevel &b) { return a.order < b.order; });
    return l;
}

SurveyFigure parseSurvey(const json::value &v, Reader &r)
{
    SurveyFigure s;
    const json::object *o = asObject(v, r, "A survey figure");
    if (!o)
        return s;
    s.id = r.str(*o, "id", "");
    const std::string where = "survey " + s.id;
    s.publisher = r.str(*o, "publisher", where);
    s.year = static_cast<int>(r.number(*o, "year", where, true).value_or(0));
    s.surveyYear = static_cast<int>(r.number(*o, "survey_year", where).value_or(0));
    s.note = r.str(*o, "note", where, false);
    s.report = r.str(*o, "report", where);
    s.label = r.str(*o, "label", where);
    s.value = r.number(*o, "value", where, true).value_or(0);
    s.sourceId = r.str(*o, "source", where, false);
    return s;
}

Source parseSource(const json::value &v, Reader &r)
{
    Source s;
    const json::object *o = asObject(v, r, "A source");
    if (!o)
        return s;
    s.id = r.str(*o, "id", "");
    const std::string where = "source " + s.id;
    s.title = r.str(*o, "title", where);
    s.publisher = r.str(*o, "publisher", where);
    s.url = r.str(*o, "url", where, false);
    s.asOf = r.str(*o, "as_of", where, false);
    s.retrieved = r.str(*o, "retrieved", where, false);
    s.note = r.str(*o, "note", where, false);
    const std::string st = r.str(*o, "status", where);
    if (auto parsed = statusFromId(st))
        s.status = *parsed;
    else if (!st.empty())
        r.problem(ProblemKind::BadValue, where + ".status \"" + st + "\" must be VERIFIED, SECONDARY, UNVERIFIED or EDITORIAL.");
    return s;
}

FamilyInfo parseFamily(const json::value &v, Reader &r)
{
    FamilyInfo f;
    const json::object *o = asObject(v, r, "A family");
    if (!o)
        return f;
    const std::string id = r.str(*o, "id", "");
    if (auto fam = familyFromId(id))
        f.family = *fam;
    else if (!id.empty())
        r.problem(ProblemKind::BadValue, "family \"" + id + "\" is not one of coder, biller, auditor, administrator, adjacent.");
    f.name = r.str(*o, "name", "family " + id);
    f.summary = r.str(*o, "summary", "family " + id, false);
    return f;
}

Occupation parseOccupation(const json::value &v, Reader &r)
{
    Occupation occ;
    const json::object *o = asObject(v, r, "An occupation");
    if (!o)
        return occ;
    occ.soc = r.str(*o, "soc", "");
    occ.title = r.str(*o, "title", "occupation " + occ.soc);
    occ.note = r.str(*o, "note", "occupation " + occ.soc, false);
    return occ;
}

} // namespace hp::refdata
