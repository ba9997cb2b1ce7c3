// The store step of the crosswalk import: compare with the crosswalk in use, write the rows and
// their source in one transaction, and read them back for Veterans::load.

#include "veterans/crosswalk_import.h"

#include "embedded_data.h"
#include "importers/oews_import.h"
#include "refdata/knowledge_base.h"
#include "storage/sqlite.h"

#include <set>
#include <sstream>

namespace hp::veterans {

namespace {

constexpr const char *kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December"};

std::string monthYear(const std::string &asOf)
{
    if (asOf.size() != 7)
        return {};
    const int month = std::stoi(asOf.substr(5, 2));
    return month >= 1 && month <= 12 ? std::string(kMonths[month - 1]).append(" ").append(asOf.substr(0, 4)) : std::string();
}

std::string joined(const std::vector<std::string> &codes)
{
    std::string out;
    for (const auto &c : codes)
        out.append(out.empty() ? "" : ";").append(c);
    return out;
}

std::vector<std::string> split(const std::string &s)
{
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string part; std::getline(in, part, ';');)
        if (!part.empty())
            out.push_back(part);
    return out;
}

// The crosswalk in use now: the stored import, else the shipped file.
std::vector<CrosswalkRow> current(db::Database &db, std::string &vintage)
{
    if (auto stored = readStoredCrosswalk(db)) {
        vintage = crosswalkVintageText(stored->fileName, stored->asOf);
        return std::move(stored->rows);
    }
    std::vector<CrosswalkRow> rows;
    for (const auto &f : refdata::embeddedFiles())
        if (f.path == kCrosswalkFile) {
            std::string error;
            parseCrosswalkCsv(f.content, std::string(kCrosswalkFile), rows, error);
        }
    vintage = "the shipped O*NET Military Crosswalk, July 2024";
    return rows;
}

std::string key(const CrosswalkRow &r)
{
    return std::string(1, r.svc).append(1, r.category).append(normalizeCode(r.code)).append("\x1f").append(r.title);
}

Source importSource(const CrosswalkParseResult &parsed, const std::string &retrieved)
{
    Source s;
    s.id = std::string(kImportedCrosswalkSource);
    s.title = std::string("O*NET Military Crosswalk, imported from ").append(parsed.fileName);
    s.publisher = "O*NET, U.S. Department of Labor, Employment and Training Administration (data from the Defense "
                  "Manpower Data Center)";
    s.url = "https://www.onetcenter.org/dl_files/2019/military_crosswalk.zip";
    s.asOf = parsed.asOf.empty() ? "undated" : parsed.asOf;
    s.retrieved = retrieved;
    s.status = Status::Verified;
    s.note = std::string("Imported by the user on ").append(retrieved).append(": ").append(std::to_string(parsed.rows.size()))
                 .append(" active military occupations with an O*NET match. This data is derived from the O*NET Military "
                         "Crosswalk, U.S. Department of Labor, Employment and Training Administration, used under CC BY 4.0; "
                         "modified (reformatted).");
    return s;
}

} // namespace

std::string crosswalkVintageText(const std::string &fileName, const std::string &asOf)
{
    const std::string when = monthYear(asOf);
    return std::string("O*NET Military Crosswalk").append(when.empty() ? "" : ", ").append(when)
        .append(" (imported from ").append(fileName).append(")");
}

std::optional<StoredCrosswalk> readStoredCrosswalk(db::Database &db)
{
    StoredCrosswalk out;
    {
        auto st = db.prepare("SELECT file_name, as_of, imported_on, source_id FROM military_crosswalk_file WHERE id = 1");
        if (!st.step())
            return std::nullopt;
        out.fileName = st.text(0);
        out.asOf = st.text(1);
        out.importedOn = st.text(2);
        out.sourceId = st.text(3);
    }
    auto rows = db.prepare("SELECT svc, category, code, title, onet FROM military_occupation ORDER BY position");
    while (rows.step()) {
        CrosswalkRow r;
        r.svc = rows.text(0).front();
        r.category = rows.text(1).front();
        r.code = rows.text(2);
        r.title = rows.text(3);
        r.onet = split(rows.text(4));
        out.rows.push_back(std::move(r));
    }
    auto titles = db.prepare("SELECT onet, title FROM onet_title");
    while (titles.step())
        out.onetTitles[titles.text(0)] = titles.text(1);
    return out;
}

CrosswalkImportReport storeCrosswalk(KnowledgeBase &kb, const CrosswalkParseResult &parsed, const std::string &retrieved,
                                     bool dryRun)
{
    CrosswalkImportReport report;
    report.fileName = parsed.fileName;
    report.asOf = parsed.asOf;
    if (!parsed.ok()) {
        report.error = parsed.error;
        return report;
    }
    report.occupations = int(parsed.rows.size());
    for (const auto &r : parsed.rows)
        report.matches += int(r.onet.size());
    report.obsolete = parsed.obsolete;
    report.noMatch = parsed.noMatch;
    report.notMilitary = parsed.notMilitary;
    report.unknownService = parsed.unknownService;
    try {
        auto &db = kb.database();
        const auto before = current(db, report.previousVintage);
        report.previousOccupations = int(before.size());
        std::map<std::string, std::string> was;
        for (const auto &r : before)
            was[key(r)] = joined(r.onet);
        std::set<std::string> now;
        for (const auto &r : parsed.rows) {
            const auto k = key(r);
            now.insert(k);
            const auto it = was.find(k);
            if (it == was.end())
                ++report.added;
            else if (it->second != joined(r.onet))
                ++report.changed;
        }
        for (const auto &[k, onet] : was)
            report.removed += now.count(k) ? 0 : 1;
        if (dryRun)
            return report;

        const Source source = importSource(parsed, retrieved);
        db::Transaction tx(db);
        db.exec("DELETE FROM military_occupation; DELETE FROM onet_title; DELETE FROM military_crosswalk_file;");
        db.prepare("INSERT INTO source (id, title, publisher, url, as_of, retrieved, status, note, origin) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'import') ON CONFLICT(id) DO UPDATE SET "
                   "title = ?2, publisher = ?3, url = ?4, as_of = ?5, retrieved = ?6, status = ?7, note = ?8, origin = 'import'")
            .bind(1, source.id).bind(2, source.title).bind(3, source.publisher).bind(4, source.url).bind(5, source.asOf)
            .bind(6, source.retrieved).bind(7, statusId(source.status)).bind(8, source.note).run();
        db.prepare("INSERT INTO military_crosswalk_file (id, file_name, as_of, imported_on, source_id) VALUES (1, ?1, ?2, ?3, ?4)")
            .bind(1, parsed.fileName).bind(2, parsed.asOf).bind(3, retrieved).bind(4, source.id).run();
        {
            auto st = db.prepare("INSERT INTO military_occupation (position, svc, category, code, title, onet) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            for (std::size_t i = 0; i < parsed.rows.size(); ++i) {
                const auto &r = parsed.rows[i];
                st.reset();
                st.bind(1, static_cast<long long>(i)).bind(2, std::string(1, r.svc)).bind(3, std::string(1, r.category))
                    .bind(4, r.code).bind(5, r.title).bind(6, joined(r.onet)).run();
            }
        }
        {
            auto st = db.prepare("INSERT INTO onet_title (onet, title) VALUES (?1, ?2)");
            for (const auto &[code, title] : parsed.onetTitles) {
                st.reset();
                st.bind(1, code).bind(2, title).run();
            }
        }
        tx.commit();
        kb.reload();
        report.stored = true;
    } catch (const std::exception &e) {
        std::string why = e.what();
        while (!why.empty() && (why.back() == '.' || why.back() == '\n'))
            why.pop_back();
        report.error = std::string("Nothing was imported from ").append(parsed.fileName).append(": the reference store could not be written (")
                           .append(why).append(").");
        report.stored = false;
    }
    return report;
}

CrosswalkImportReport importCrosswalk(KnowledgeBase &kb, const std::string &path, bool dryRun, std::string retrieved)
{
    return storeCrosswalk(kb, parseCrosswalkFile(path), retrieved.empty() ? todayIso() : retrieved, dryRun);
}

bool removeImportedCrosswalk(KnowledgeBase &kb)
{
    auto &db = kb.database();
    if (!readStoredCrosswalk(db))
        return false;
    db::Transaction tx(db);
    db.exec("DELETE FROM military_occupation; DELETE FROM onet_title; DELETE FROM military_crosswalk_file;");
    db.prepare("DELETE FROM source WHERE id = ?1 AND origin = 'import'").bind(1, kImportedCrosswalkSource).run();
    tx.commit();
    kb.reload();
    return true;
}

std::string CrosswalkImportReport::text() const
{
    if (!ok())
        return error + "\n";
    std::ostringstream out;
    const std::string when = monthYear(asOf);
    out << "O*NET Military Crosswalk" << (when.empty() ? std::string() : std::string(", ").append(when)) << " from " << fileName << ": " << occupations
        << " active military occupations with " << matches << " O*NET matches.\n";
    out << "Left out: " << obsolete << " obsolete rows, " << noMatch << " active rows without an O*NET match, " << notMilitary
        << " rows of federal civilian or DoD codes";
    if (unknownService > 0)
        out << ", " << unknownService << " rows of service codes HealthPath does not know";
    out << ".\n";
    out << "Compared with " << previousVintage << " (" << previousOccupations << " occupations): " << added << " new, " << removed
        << " no longer listed, " << changed << " with other O*NET matches.\n";
    if (previousOccupations > 0 && occupations * 2 < previousOccupations)
        out << "Check that this is the complete file: it has fewer than half the occupations of the crosswalk in use.\n";
    out << (stored ? "Stored: HealthPath now uses this crosswalk."
                   : "Dry run: nothing was stored.")
        << "\nThis data is derived from the O*NET Military Crosswalk, U.S. Department of Labor, Employment and Training "
           "Administration, used under CC BY 4.0; modified (reformatted).\n";
    return out.str();
}

} // namespace hp::veterans
