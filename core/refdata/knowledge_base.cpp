#include "refdata/knowledge_base.h"

#include "refdata/json_reader.h"
#include "refdata/lattice_store.h"
#include "refdata/loader.h"
#include "refdata/track_reader.h"
#include "storage/reference_schema.h"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

namespace json = boost::json;

namespace hp {

KnowledgeBase::KnowledgeBase(std::unique_ptr<db::Database> db)
    : m_db(std::move(db))
{
}

KnowledgeBase::~KnowledgeBase() = default;

std::unique_ptr<KnowledgeBase> KnowledgeBase::open(const std::string &dbPath, std::string *error)
{
    try {
        auto db = std::make_unique<db::Database>(dbPath);
        std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase(std::move(db)));
        db::migrateReferenceSchema(*kb->m_db);
        kb->syncShipped();
        kb->readAll();
        return kb;
    } catch (const std::exception &e) {
        if (error)
            *error = e.what();
        return nullptr;
    }
}

namespace {

void recordFact(db::Statement &st, const std::string &owner, const std::string &field, const std::string &source)
{
    if (source.empty())
        return;
    st.reset();
    st.bind(1, owner).bind(2, field).bind(3, source).run();
}

void writeShipped(db::Database &db, const refdata::LoadResult &loaded)
{
    const auto &d = loaded.data;
    // Imported rows stay; everything shipped is replaced. The lattice goes first: it points at
    // certifications and education paths.
    refdata::clearLattice(db);
    db.exec("DELETE FROM fact_source; DELETE FROM survey; DELETE FROM ladder_level; DELETE FROM ladder;"
            "DELETE FROM role_certification; DELETE FROM role_related; DELETE FROM role_occupation;"
            "DELETE FROM role; DELETE FROM certification; DELETE FROM education_path; DELETE FROM projection;"
            "DELETE FROM wage_estimate WHERE origin = 'shipped';"
            "DELETE FROM wage_estimate WHERE soc NOT IN (SELECT soc FROM occupation);");
    {
        auto st = db.prepare("INSERT INTO source (id, title, publisher, url, as_of, retrieved, status, note, origin) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'shipped') ON CONFLICT(id) DO UPDATE SET "
                             "title = ?2, publisher = ?3, url = ?4, as_of = ?5, retrieved = ?6, status = ?7, note = ?8, "
                             "origin = 'shipped'");
        for (const auto &s : d.sources) {
            st.reset();
            st.bind(1, s.id).bind(2, s.title).bind(3, s.publisher).bind(4, s.url).bind(5, s.asOf)
                .bind(6, s.retrieved).bind(7, statusId(s.status)).bind(8, s.note).run();
        }
    }
    {
        auto st = db.prepare("INSERT OR REPLACE INTO family (id, name, summary) VALUES (?1, ?2, ?3)");
        for (const auto &f : d.families) {
            st.reset();
            st.bind(1, familyId(f.family)).bind(2, f.name).bind(3, f.summary).run();
        }
    }
    {
        auto st = db.prepare("INSERT OR REPLACE INTO occupation (soc, title, note) VALUES (?1, ?2, ?3)");
        for (const auto &o : d.occupations) {
            st.reset();
            st.bind(1, o.soc).bind(2, o.title).bind(3, o.note).run();
        }
    }
    auto docOf = [&loaded](const char *kind, const std::string &id) -> std::string {
        const auto k = loaded.documents.find(kind);
        if (k == loaded.documents.end())
            return "{}";
        const auto it = k->second.find(id);
        return it == k->second.end() ? std::string("{}") : it->second;
    };
    auto fact = db.prepare("INSERT OR REPLACE INTO fact_source (owner, field, source_id) VALUES (?1, ?2, ?3)");
    {
        auto st = db.prepare("INSERT INTO certification (id, abbr, name, body, document) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const auto &c : d.certifications) {
            st.reset();
            st.bind(1, c.id).bind(2, c.abbr).bind(3, c.name).bind(4, c.body).bind(5, docOf("certification", c.id)).run();
            const std::string owner = "certification/" + c.id;
            recordFact(fact, owner, "exam", c.exam.sourceId);
            recordFact(fact, owner, "prerequisites", c.prerequisites.sourceId);
            recordFact(fact, owner, "fee", c.fee.sourceId);
            recordFact(fact, owner, "renewal", c.renewal.sourceId);
        }
    }
    {
        auto st = db.prepare("INSERT INTO education_path (id, kind, name, document) VALUES (?1, ?2, ?3, ?4)");
        for (const auto &e : d.education) {
            st.reset();
            st.bind(1, e.id).bind(2, e.kind).bind(3, e.name).bind(4, docOf("education", e.id)).run();
            recordFact(fact, "education/" + e.id, "duration_months", e.durationMonths.sourceId);
            recordFact(fact, "education/" + e.id, "cost_usd", e.costUsd.sourceId);
        }
    }
    {
        auto st = db.prepare("INSERT INTO role (id, family, name, document) VALUES (?1, ?2, ?3, ?4)");
        auto occ = db.prepare("INSERT INTO role_occupation (role_id, soc, is_primary, lumped, explanation) VALUES (?1, ?2, ?3, ?4, ?5)");
        auto cert = db.prepare("INSERT OR IGNORE INTO role_certification (role_id, certification_id) VALUES (?1, ?2)");
        for (const auto &r : d.roles) {
            st.reset();
            st.bind(1, r.id).bind(2, familyId(r.family)).bind(3, r.name).bind(4, docOf("role", r.id)).run();
            for (const auto &o : r.occupations) {
                occ.reset();
                occ.bind(1, r.id).bind(2, o.soc).bind(3, o.primary ? 1 : 0).bind(4, o.lumped ? 1 : 0).bind(5, o.explanation).run();
            }
            for (const auto &c : r.certifications) {
                cert.reset();
                cert.bind(1, r.id).bind(2, c).run();
            }
            const std::string owner = "role/" + r.id;
            recordFact(fact, owner, "entry_time_months", r.entryTimeMonths.sourceId);
            recordFact(fact, owner, "entry_cost_usd", r.entryCostUsd.sourceId);
            recordFact(fact, owner, "work_style", r.workStyle.sourceId);
        }
        auto rel = db.prepare("INSERT OR IGNORE INTO role_related (role_id, related_id) VALUES (?1, ?2)");
        for (const auto &r : d.roles)
            for (const auto &other : r.related) {
                rel.reset();
                rel.bind(1, r.id).bind(2, other).run();
            }
    }
    {
        auto st = db.prepare("INSERT INTO ladder (id, family, name, document) VALUES (?1, ?2, ?3, ?4)");
        auto lv = db.prepare("INSERT INTO ladder_level (id, ladder_id, position, name, role_id) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const auto &l : d.ladders) {
            st.reset();
            st.bind(1, l.id).bind(2, familyId(l.family)).bind(3, l.name).bind(4, docOf("ladder", l.id)).run();
            for (const auto &level : l.levels) {
                lv.reset();
                lv.bind(1, level.id).bind(2, l.id).bind(3, level.order).bind(4, level.name);
                if (level.roleId.empty())
                    lv.bindNull(5);
                else
                    lv.bind(5, level.roleId);
                lv.run();
                if (level.article)
                    recordFact(fact, "ladder/" + level.id, "article", level.article->sourceId);
            }
        }
    }
    refdata::writeLattice(db, loaded, fact);
    {
        auto st = db.prepare("INSERT INTO survey (id, source_id, document) VALUES (?1, ?2, ?3)");
        for (const auto &s : d.surveys) {
            st.reset();
            st.bind(1, s.id).bind(2, s.sourceId).bind(3, docOf("survey", s.id)).run();
        }
    }
    {
        auto st = db.prepare("INSERT OR IGNORE INTO wage_estimate (soc, vintage, title, employment, emp_rse, mean_hourly, "
                             "mean_annual, p10, p25, median, p75, p90, top_coded, source_id, origin) VALUES "
                             "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'shipped')");
        for (const auto &w : d.wages) {
            st.reset();
            st.bind(1, w.soc).bind(2, w.vintage).bind(3, w.title).bind(4, w.employment).bind(5, w.empRse)
                .bind(6, w.meanHourly).bind(7, w.meanAnnual).bind(8, w.p10).bind(9, w.p25).bind(10, w.median)
                .bind(11, w.p75).bind(12, w.p90).bind(13, w.topCoded).bind(14, w.sourceId).run();
        }
    }
    {
        auto st = db.prepare("INSERT INTO projection (soc, base_year, target_year, emp_base_k, emp_target_k, change_k, "
                             "change_pct, openings_k, entry_education, work_experience, ojt, source_id) VALUES "
                             "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        for (const auto &p : d.projections) {
            st.reset();
            st.bind(1, p.soc).bind(2, p.baseYear).bind(3, p.targetYear).bind(4, p.empBaseK).bind(5, p.empTargetK)
                .bind(6, p.changeK).bind(7, p.changePct).bind(8, p.openingsK).bind(9, p.entryEducation)
                .bind(10, p.workExperience).bind(11, p.onTheJobTraining).bind(12, p.sourceId).run();
        }
    }
}

} // namespace

void KnowledgeBase::syncShipped()
{
    const auto files = refdata::embeddedFileSet();
    const std::string print = refdata::fingerprint(files);
    {
        auto st = m_db->prepare("SELECT value FROM meta WHERE key = 'shipped_fingerprint'");
        if (st.step() && st.text(0) == print)
            return;
    }
    const auto loaded = refdata::load(files);
    if (!loaded.ok())
        throw db::DbError("The reference data built into this program is inconsistent: "
                          + refdata::describe(loaded.problems.front()));
    db::Transaction tx(*m_db);
    writeShipped(*m_db, loaded);
    m_db->prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('shipped_fingerprint', ?1)").bind(1, print).run();
    tx.commit();
}

void KnowledgeBase::readAll()
{
    KnowledgeData d;
    std::vector<refdata::Problem> problems; // documents were validated when written
    {
        auto st = m_db->prepare("SELECT id, title, publisher, url, as_of, retrieved, status, note FROM source ORDER BY id");
        while (st.step()) {
            Source s{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                     statusFromId(st.text(6)).value_or(Status::Unverified), st.text(7)};
            d.sources.push_back(std::move(s));
        }
    }
    {
        auto st = m_db->prepare("SELECT id, name, summary FROM family");
        while (st.step())
            if (auto f = familyFromId(st.text(0)))
                d.families.push_back({*f, st.text(1), st.text(2)});
        std::sort(d.families.begin(), d.families.end(), [](const auto &a, const auto &b) { return a.family < b.family; });
    }
    {
        auto st = m_db->prepare("SELECT soc, title, note FROM occupation ORDER BY soc");
        while (st.step())
            d.occupations.push_back({st.text(0), st.text(1), st.text(2)});
    }
    auto readDocs = [&](const char *sql, auto parse, auto &out, const char *what) {
        auto st = m_db->prepare(sql);
        while (st.step()) {
            refdata::Reader r(std::string(what) + " " + st.text(0), problems);
            boost::system::error_code ec;
            const json::value v = json::parse(st.text(1), ec);
            if (!ec)
                out.push_back(parse(v, r));
        }
    };
    readDocs("SELECT id, document FROM role ORDER BY id", refdata::parseRole, d.roles, "role");
    readDocs("SELECT id, document FROM certification ORDER BY id", refdata::parseCertification, d.certifications, "certification");
    readDocs("SELECT id, document FROM education_path ORDER BY rowid", refdata::parseEducationPath, d.education, "education");
    readDocs("SELECT id, document FROM ladder ORDER BY rowid", refdata::parseLadder, d.ladders, "ladder");
    readDocs("SELECT id, document FROM survey ORDER BY rowid", refdata::parseSurvey, d.surveys, "survey");
    d.lattice = refdata::readLattice(*m_db, problems);
    d.tracks = refdata::embeddedTracks(problems);
    {
        auto st = m_db->prepare("SELECT soc, vintage, title, employment, emp_rse, mean_hourly, mean_annual, p10, p25, "
                                "median, p75, p90, top_coded, source_id FROM wage_estimate ORDER BY vintage, soc");
        while (st.step()) {
            WageEstimate w;
            w.soc = st.text(0);
            w.vintage = static_cast<int>(st.integer(1));
            w.title = st.text(2);
            w.employment = st.optInteger(3);
            w.empRse = st.optReal(4);
            w.meanHourly = st.optReal(5);
            w.meanAnnual = st.optInteger(6);
            w.p10 = st.optInteger(7);
            w.p25 = st.optInteger(8);
            w.median = st.optInteger(9);
            w.p75 = st.optInteger(10);
            w.p90 = st.optInteger(11);
            w.topCoded = st.text(12);
            w.sourceId = st.text(13);
            d.wages.push_back(std::move(w));
        }
    }
    {
        auto st = m_db->prepare("SELECT soc, base_year, target_year, emp_base_k, emp_target_k, change_k, change_pct, "
                                "openings_k, entry_education, work_experience, ojt, source_id FROM projection ORDER BY soc");
        while (st.step()) {
            Projection p;
            p.soc = st.text(0);
            p.baseYear = static_cast<int>(st.integer(1));
            p.targetYear = static_cast<int>(st.integer(2));
            p.empBaseK = st.real(3);
            p.empTargetK = st.real(4);
            p.changeK = st.real(5);
            p.changePct = st.real(6);
            p.openingsK = st.real(7);
            p.entryEducation = st.text(8);
            p.workExperience = st.text(9);
            p.onTheJobTraining = st.text(10);
            p.sourceId = st.text(11);
            d.projections.push_back(std::move(p));
        }
    }
    m_data = std::move(d);
}

void KnowledgeBase::storeImportedWages(const Source &source, const std::vector<WageEstimate> &rows)
{
    db::Transaction tx(*m_db);
    m_db->prepare("INSERT INTO source (id, title, publisher, url, as_of, retrieved, status, note, origin) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'import') ON CONFLICT(id) DO UPDATE SET retrieved = ?6, "
                  "note = CASE WHEN origin = 'import' THEN ?8 ELSE note END")
        .bind(1, source.id).bind(2, source.title).bind(3, source.publisher).bind(4, source.url).bind(5, source.asOf)
        .bind(6, source.retrieved).bind(7, statusId(source.status)).bind(8, source.note).run();
    auto st = m_db->prepare("INSERT OR REPLACE INTO wage_estimate (soc, vintage, title, employment, emp_rse, mean_hourly, "
                            "mean_annual, p10, p25, median, p75, p90, top_coded, source_id, origin) VALUES "
                            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'import')");
    for (const auto &w : rows) {
        st.reset();
        st.bind(1, w.soc).bind(2, w.vintage).bind(3, w.title).bind(4, w.employment).bind(5, w.empRse)
            .bind(6, w.meanHourly).bind(7, w.meanAnnual).bind(8, w.p10).bind(9, w.p25).bind(10, w.median)
            .bind(11, w.p75).bind(12, w.p90).bind(13, w.topCoded).bind(14, source.id).run();
    }
    tx.commit();
    readAll();
}

std::vector<refdata::Problem> KnowledgeBase::check() const
{
    auto problems = refdata::validate(m_data);
    auto st = m_db->prepare("PRAGMA foreign_key_check");
    while (st.step())
        problems.push_back({refdata::ProblemKind::DanglingReference, "reference.sqlite",
                            "table " + st.text(0) + " row " + st.text(1) + " points at a missing " + st.text(2) + " row."});
    return problems;
}

const Role *KnowledgeBase::role(std::string_view id) const
{
    for (const auto &r : m_data.roles)
        if (r.id == id)
            return &r;
    return nullptr;
}

const Source *KnowledgeBase::source(std::string_view id) const
{
    for (const auto &s : m_data.sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Occupation *KnowledgeBase::occupation(std::string_view soc) const
{
    for (const auto &o : m_data.occupations)
        if (o.soc == soc)
            return &o;
    return nullptr;
}

const Certification *KnowledgeBase::certification(std::string_view id) const
{
    for (const auto &c : m_data.certifications)
        if (c.id == id)
            return &c;
    return nullptr;
}

const EducationPath *KnowledgeBase::educationPath(std::string_view id) const
{
    for (const auto &e : m_data.education)
        if (e.id == id)
            return &e;
    return nullptr;
}

const Ladder *KnowledgeBase::ladder(std::string_view id) const
{
    for (const auto &l : m_data.ladders)
        if (l.id == id)
            return &l;
    return nullptr;
}

const Track *KnowledgeBase::track(std::string_view id) const
{
    for (const auto &t : m_data.tracks)
        if (t.id == id)
            return &t;
    return nullptr;
}

const FamilyInfo *KnowledgeBase::family(Family f) const
{
    for (const auto &fi : m_data.families)
        if (fi.family == f)
            return &fi;
    return nullptr;
}

const Projection *KnowledgeBase::projection(std::string_view soc) const
{
    for (const auto &p : m_data.projections)
        if (p.soc == soc)
            return &p;
    return nullptr;
}

std::vector<int> KnowledgeBase::vintages() const
{
    std::set<int> v;
    for (const auto &w : m_data.wages)
        v.insert(w.vintage);
    return {v.begin(), v.end()};
}

int KnowledgeBase::latestVintage() const
{
    const auto v = vintages();
    return v.empty() ? 0 : v.back();
}

const WageEstimate *KnowledgeBase::wage(std::string_view soc, int vintage) const
{
    for (const auto &w : m_data.wages)
        if (w.soc == soc && w.vintage == vintage)
            return &w;
    return nullptr;
}

const WageEstimate *KnowledgeBase::roleWage(const Role &role, int vintage) const
{
    const auto *occ = role.primaryOccupation();
    return occ ? wage(occ->soc, vintage) : nullptr;
}

std::optional<KnowledgeBase::Band> KnowledgeBase::blsBand(const BlsBand &band, int vintage) const
{
    const WageEstimate *w = wage(band.soc, vintage);
    if (!w)
        return std::nullopt;
    const auto low = w->at(band.low), high = w->at(band.high);
    if (!low || !high)
        return std::nullopt;
    return Band{*low, *high, w->sourceId};
}

Status KnowledgeBase::statusOf(std::string_view sourceId, std::optional<Status> override) const
{
    if (override)
        return *override;
    const auto *s = source(sourceId);
    return s ? s->status : Status::Unverified;
}

std::string KnowledgeBase::citation(std::string_view sourceId) const
{
    const auto *s = source(sourceId);
    if (!s)
        return "unsourced (UNVERIFIED)";
    std::string out = s->title;
    if (!s->publisher.empty())
        out += " — " + s->publisher;
    if (s->asOf == "undated")
        out += ", undated page" + (s->retrieved.empty() ? std::string() : " retrieved " + s->retrieved);
    else if (!s->asOf.empty())
        out += ", as of " + s->asOf;
    out += " (" + std::string(statusId(s->status)) + ")";
    return out;
}

std::string KnowledgeBase::oewsCaption(int vintage) const
{
    return "BLS OEWS national estimates, May " + std::to_string(vintage);
}

} // namespace hp
