// Every kind of problem the validator reports, each provoked by one edit to a copy of the shipped
// data (the shipped files themselves must pass).

#include "refdata/loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using hp::refdata::FileSet;
using hp::refdata::ProblemKind;
using Edit = std::function<void(FileSet &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(ProblemKind)

namespace {

QJsonDocument readJson(const FileSet &files, const std::string &name)
{
    const auto &text = files.at(name);
    return QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size())));
}

void writeJson(FileSet &files, const std::string &name, const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson();
    files[name] = std::string(bytes.constData(), size_t(bytes.size()));
}

// Applies `change` to the role file of the first role (sorted by file name).
Edit editFirstRole(std::function<void(QJsonObject &)> change)
{
    return [change](FileSet &files) {
        for (auto &[name, content] : files) {
            if (name.rfind("roles/", 0) != 0)
                continue;
            QJsonObject role = readJson(files, name).object();
            change(role);
            writeJson(files, name, QJsonDocument(role));
            return;
        }
    };
}

Edit editArrayItem(const std::string &file, int index, std::function<void(QJsonObject &)> change)
{
    return [=](FileSet &files) {
        QJsonArray array = readJson(files, file).array();
        QJsonObject item = array.at(index).toObject();
        change(item);
        array.replace(index, item);
        writeJson(files, file, QJsonDocument(array));
    };
}

Edit editLattice(std::function<void(QJsonObject &)> change)
{
    return [change](FileSet &files) {
        QJsonObject lattice = readJson(files, "lattice.json").object();
        change(lattice);
        writeJson(files, "lattice.json", QJsonDocument(lattice));
    };
}

// Applies `change` to the lattice move with this id.
Edit editMove(const QString &id, std::function<void(QJsonObject &)> change)
{
    return editLattice([id, change](QJsonObject &lattice) {
        QJsonArray moves = lattice.value(QStringLiteral("moves")).toArray();
        for (int i = 0; i < moves.size(); ++i) {
            QJsonObject m = moves.at(i).toObject();
            if (m.value(QStringLiteral("id")).toString() == id) {
                change(m);
                moves.replace(i, m);
            }
        }
        lattice.insert(QStringLiteral("moves"), moves);
    });
}

void setRange(QJsonObject &o, const char *key, const char *field, const QJsonValue &value)
{
    QJsonObject r = o.value(QLatin1String(key)).toObject();
    r.insert(QLatin1String(field), value);
    o.insert(QLatin1String(key), r);
}

// Replaces the first occurrence of `from` in the data line of the wage file for `soc`.
Edit editWageLine(const std::string &soc, int vintage, std::function<std::string(std::string)> change)
{
    return [=](FileSet &files) {
        std::string &csv = files.at("wages_oews_national.csv");
        const std::string key = "\n" + soc + "," + std::to_string(vintage) + ",";
        const auto start = csv.find(key);
        QVERIFY(start != std::string::npos);
        const auto end = csv.find('\n', start + 1);
        csv.replace(start + 1, end - start - 1, change(csv.substr(start + 1, end - start - 1)));
    };
}

std::vector<std::string> split(const std::string &line)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        const auto comma = line.find(',', start);
        out.push_back(line.substr(start, comma - start));
        if (comma == std::string::npos)
            return out;
        start = comma + 1;
    }
}

std::string join(const std::vector<std::string> &cells)
{
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i)
        out += (i ? "," : "") + cells[i];
    return out;
}

} // namespace

class TestValidator : public QObject {
    Q_OBJECT
private slots:
    void shippedDataIsValid()
    {
        const auto result = hp::refdata::loadEmbedded();
        QString all;
        for (const auto &p : result.problems)
            all += QString::fromStdString(hp::refdata::describe(p)) + QLatin1Char('\n');
        QVERIFY2(result.ok(), qPrintable(all));
    }

    void detects_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<ProblemKind>("kind");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("figure without a source")
            << editFirstRole([](QJsonObject &r) {
                   QJsonObject cost = r.value(QStringLiteral("entry_cost_usd")).toObject();
                   cost.remove(QStringLiteral("source"));
                   r.insert(QStringLiteral("entry_cost_usd"), cost);
               })
            << ProblemKind::MissingSource << QStringLiteral("entry_cost_usd has no source");
        QTest::newRow("source that does not exist")
            << editFirstRole([](QJsonObject &r) {
                   QJsonObject time = r.value(QStringLiteral("entry_time_months")).toObject();
                   time.insert(QStringLiteral("source"), QStringLiteral("no-such-source"));
                   r.insert(QStringLiteral("entry_time_months"), time);
               })
            << ProblemKind::DanglingReference << QStringLiteral("no-such-source");
        QTest::newRow("related role that does not exist")
            << editFirstRole([](QJsonObject &r) { r.insert(QStringLiteral("related"), QJsonArray{QStringLiteral("ghost-role")}); })
            << ProblemKind::DanglingReference << QStringLiteral("ghost-role");
        QTest::newRow("certification that does not exist")
            << editFirstRole([](QJsonObject &r) { r.insert(QStringLiteral("certifications"), QJsonArray{QStringLiteral("xyz")}); })
            << ProblemKind::DanglingReference << QStringLiteral("\"xyz\"");
        QTest::newRow("range with min above max")
            << editFirstRole([](QJsonObject &r) {
                   QJsonObject time = r.value(QStringLiteral("entry_time_months")).toObject();
                   time.insert(QStringLiteral("min"), 30);
                   time.insert(QStringLiteral("max"), 3);
                   r.insert(QStringLiteral("entry_time_months"), time);
               })
            << ProblemKind::RangeOrder << QStringLiteral("min is above max");
        QTest::newRow("role without an occupation code")
            << editFirstRole([](QJsonObject &r) { r.insert(QStringLiteral("occupations"), QJsonArray()); })
            << ProblemKind::NoOccupation << QStringLiteral("no BLS occupation code");
        QTest::newRow("role without a ladder position")
            << editFirstRole([](QJsonObject &r) { r.remove(QStringLiteral("ladder")); })
            << ProblemKind::NoLadderPosition << QStringLiteral("no ladder position");
        QTest::newRow("role on a ladder level that does not exist")
            << editFirstRole([](QJsonObject &r) {
                   QJsonObject l = r.value(QStringLiteral("ladder")).toObject();
                   l.insert(QStringLiteral("level"), QStringLiteral("astronaut"));
                   r.insert(QStringLiteral("ladder"), l);
               })
            << ProblemKind::DanglingReference << QStringLiteral("astronaut");
        QTest::newRow("unknown family")
            << editFirstRole([](QJsonObject &r) { r.insert(QStringLiteral("family"), QStringLiteral("wizard")); })
            << ProblemKind::BadValue << QStringLiteral("wizard");
        QTest::newRow("percentiles out of order")
            << editWageLine("29-2072", 2025, [](std::string line) {
                   auto cells = split(line);
                   std::swap(cells[8], cells[9]); // p25 and median
                   return join(cells);
               })
            << ProblemKind::PercentileOrder << QStringLiteral("29-2072 May 2025");
        QTest::newRow("wage row without a vintage")
            << editWageLine("43-3021", 2024, [](std::string line) {
                   auto cells = split(line);
                   cells[1].clear();
                   return join(cells);
               })
            << ProblemKind::MissingVintage << QStringLiteral("43-3021");
        QTest::newRow("occupation missing one vintage")
            << Edit([](FileSet &files) {
                   std::string &csv = files.at("wages_oews_national.csv");
                   const auto start = csv.find("\n43-3021,2023,");
                   csv.erase(start, csv.find('\n', start + 1) - start);
               })
            << ProblemKind::MissingVintage << QStringLiteral("43-3021 has no wage row for May 2023");
        QTest::newRow("source without an as-of date")
            << editArrayItem("sources.json", 0, [](QJsonObject &s) { s.remove(QStringLiteral("as_of")); })
            << ProblemKind::MissingVintage << QStringLiteral("no as_of date");
        QTest::newRow("unknown status word")
            << editArrayItem("sources.json", 0, [](QJsonObject &s) { s.insert(QStringLiteral("status"), QStringLiteral("TRUSTME")); })
            << ProblemKind::BadValue << QStringLiteral("TRUSTME");
        QTest::newRow("duplicate certification id")
            << Edit([](FileSet &files) {
                   QJsonArray certs = readJson(files, "certifications.json").array();
                   certs.append(certs.at(0));
                   writeJson(files, "certifications.json", QJsonDocument(certs));
               })
            << ProblemKind::DuplicateId << QStringLiteral("appears more than once");
        QTest::newRow("malformed JSON")
            << Edit([](FileSet &files) { files["ladders.json"].resize(files["ladders.json"].size() / 2); })
            << ProblemKind::Syntax << QStringLiteral("not valid JSON");
        QTest::newRow("number where text belongs")
            << editFirstRole([](QJsonObject &r) { r.insert(QStringLiteral("summary"), 42); })
            << ProblemKind::Syntax << QStringLiteral("summary should be text");
        QTest::newRow("missing file")
            << Edit([](FileSet &files) { files.erase("surveys.json"); })
            << ProblemKind::MissingField << QStringLiteral("missing from the reference data");

        // lattice.json: dangling node, credential, education and source references, min > max.
        QTest::newRow("lattice move from a node that does not exist")
            << editMove("coder-to-senior", [](QJsonObject &m) { m.insert(QStringLiteral("from"), QStringLiteral("ghost-node")); })
            << ProblemKind::DanglingReference << QStringLiteral("\"ghost-node\"");
        QTest::newRow("lattice move to a node that does not exist")
            << editMove("coder-to-senior", [](QJsonObject &m) { m.insert(QStringLiteral("to"), QStringLiteral("moon-base")); })
            << ProblemKind::DanglingReference << QStringLiteral("\"moon-base\"");
        QTest::newRow("lattice move naming an unknown credential")
            << editMove("coder-to-auditor-cpma",
                        [](QJsonObject &m) { m.insert(QStringLiteral("credentials"), QJsonArray{QStringLiteral("zzz")}); })
            << ProblemKind::DanglingReference << QStringLiteral("certification \"zzz\"");
        QTest::newRow("lattice move naming an unknown education path")
            << editMove("coding-course-cpc-a",
                        [](QJsonObject &m) { m.insert(QStringLiteral("education"), QStringLiteral("moon-school")); })
            << ProblemKind::DanglingReference << QStringLiteral("education path \"moon-school\"");
        QTest::newRow("lattice move citing an unknown source")
            << editMove("coder-to-senior", [](QJsonObject &m) { m.insert(QStringLiteral("source"), QStringLiteral("rumour")); })
            << ProblemKind::DanglingReference << QStringLiteral("\"rumour\"");
        QTest::newRow("lattice months citing an unknown source")
            << editMove("coder-to-senior", [](QJsonObject &m) { setRange(m, "months", "source", QStringLiteral("hearsay")); })
            << ProblemKind::DanglingReference << QStringLiteral("\"hearsay\"");
        QTest::newRow("lattice months with min above max")
            << editMove("coding-course-cpc-a", [](QJsonObject &m) { setRange(m, "months", "min", 30); })
            << ProblemKind::RangeOrder << QStringLiteral("move coding-course-cpc-a months runs from 30 down to 12");
        QTest::newRow("lattice cost with min above max")
            << editMove("coding-course-cpc-a", [](QJsonObject &m) { setRange(m, "cost_usd", "min", 9000); })
            << ProblemKind::RangeOrder << QStringLiteral("cost_usd runs from 9000 down to 5000");
        QTest::newRow("lattice figure without a source")
            << editMove("coder-to-senior", [](QJsonObject &m) {
                   QJsonObject months = m.value(QStringLiteral("months")).toObject();
                   months.remove(QStringLiteral("source"));
                   m.insert(QStringLiteral("months"), months);
               })
            << ProblemKind::MissingSource << QStringLiteral("coder-to-senior months has no source");
        QTest::newRow("unknown lattice flag")
            << editMove("coder-to-senior", [](QJsonObject &m) { m.insert(QStringLiteral("flags"), QJsonArray{QStringLiteral("teleport")}); })
            << ProblemKind::BadValue << QStringLiteral("teleport");
        QTest::newRow("unusual move without a reason")
            << editMove("coder-to-cdi", [](QJsonObject &m) { m.remove(QStringLiteral("flag_note")); })
            << ProblemKind::MissingField << QStringLiteral("no flag_note");
        QTest::newRow("move without keeps_working")
            << editMove("coder-to-senior", [](QJsonObject &m) { m.remove(QStringLiteral("keeps_working")); })
            << ProblemKind::MissingField << QStringLiteral("keeps_working is missing");
        QTest::newRow("starting point that is no node")
            << editLattice([](QJsonObject &l) {
                   QJsonArray starts = l.value(QStringLiteral("starts")).toArray();
                   starts.append(QStringLiteral("ghost-start"));
                   l.insert(QStringLiteral("starts"), starts);
               })
            << ProblemKind::DanglingReference << QStringLiteral("\"ghost-start\"");
        QTest::newRow("extra node reusing a ladder level id")
            << editLattice([](QJsonObject &l) {
                   QJsonArray nodes = l.value(QStringLiteral("nodes")).toArray();
                   QJsonObject n = nodes.at(0).toObject();
                   n.insert(QStringLiteral("id"), QStringLiteral("coder"));
                   nodes.append(n);
                   l.insert(QStringLiteral("nodes"), nodes);
               })
            << ProblemKind::DuplicateId << QStringLiteral("has the id of a ladder level");
        QTest::newRow("role level that no move reaches")
            << editLattice([](QJsonObject &l) {
                   QJsonArray kept;
                   for (const auto &m : l.value(QStringLiteral("moves")).toArray())
                       if (m.toObject().value(QStringLiteral("to")).toString() != QLatin1String("coding-auditor-level"))
                           kept.append(m);
                   l.insert(QStringLiteral("moves"), kept);
               })
            << ProblemKind::BadValue << QStringLiteral("never reach the role coding-auditor");
        QTest::newRow("lattice file missing")
            << Edit([](FileSet &files) { files.erase("lattice.json"); })
            << ProblemKind::MissingField << QStringLiteral("lattice.json: is missing");

        // tracks.json: nodes, the one move between neighbours, ladder years, ids.
        auto setChain = [](QStringList chain) {
            return [chain](QJsonObject &t) { t.insert(QStringLiteral("chain"), QJsonArray::fromStringList(chain)); };
        };
        QTest::newRow("track naming a node that does not exist")
            << editArrayItem("tracks.json", 1, setChain({"coder", "coding-auditor-level", "ghost-node"}))
            << ProblemKind::DanglingReference << QStringLiteral("track coder-auditor-compliance chain names the node \"ghost-node\"");
        QTest::newRow("track neighbours no move joins")
            << editArrayItem("tracks.json", 1, setChain({"coder", "billing-lead"}))
            << ProblemKind::BadValue << QStringLiteral("no move in lattice.json leads from coder to billing-lead");
        QTest::newRow("track neighbours several moves join")
            << editArrayItem("tracks.json", 1, setChain({"junior-coder", "apprentice-removal"}))
            << ProblemKind::BadValue << QStringLiteral("3 moves lead from junior-coder to apprentice-removal");
        QTest::newRow("track with one node")
            << editArrayItem("tracks.json", 2, setChain({"coder"}))
            << ProblemKind::BadValue << QStringLiteral("track coder-cdi needs a chain of at least two nodes");
        QTest::newRow("ladder-years track through a level without years")
            << editArrayItem("tracks.json", 0, setChain({"coder", "senior-coder", "billing-lead"}))
            << ProblemKind::BadValue << QStringLiteral("billing-lead states no years there");
        QTest::newRow("track with an unknown years_from")
            << editArrayItem("tracks.json", 1, [](QJsonObject &t) { t.insert(QStringLiteral("years_from"), QStringLiteral("guess")); })
            << ProblemKind::BadValue << QStringLiteral("years_from \"guess\"");
        QTest::newRow("duplicate track id")
            << Edit([](FileSet &files) {
                   QJsonArray tracks = readJson(files, "tracks.json").array();
                   tracks.append(tracks.at(0));
                   writeJson(files, "tracks.json", QJsonDocument(tracks));
               })
            << ProblemKind::DuplicateId << QStringLiteral("the track id \"coder-ladder\" appears more than once");
        QTest::newRow("ladder years without a source")
            << editArrayItem("ladders.json", 0, [](QJsonObject &ladder) {
                   QJsonArray levels = ladder.value(QStringLiteral("levels")).toArray();
                   QJsonObject level = levels.at(1).toObject();
                   QJsonObject years = level.value(QStringLiteral("years")).toObject();
                   years.remove(QStringLiteral("source"));
                   level.insert(QStringLiteral("years"), years);
                   levels.replace(1, level);
                   ladder.insert(QStringLiteral("levels"), levels);
               })
            << ProblemKind::MissingSource << QStringLiteral("ladder coder level coder years has no source");
        QTest::newRow("tracks file missing")
            << Edit([](FileSet &files) { files.erase("tracks.json"); })
            << ProblemKind::MissingField << QStringLiteral("tracks.json: is missing");
    }

    void detects()
    {
        QFETCH(Edit, edit);
        QFETCH(ProblemKind, kind);
        QFETCH(QString, mentions);
        FileSet files = hp::refdata::embeddedFileSet();
        edit(files);
        const auto result = hp::refdata::load(files);
        QVERIFY2(!result.ok(), "the broken copy was accepted");
        QString all;
        bool found = false;
        for (const auto &p : result.problems) {
            const QString text = QString::fromStdString(hp::refdata::describe(p));
            all += text + QLatin1Char('\n');
            found = found || (p.kind == kind && text.contains(mentions));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected a %1 problem mentioning '%2'; got:\n%3")
                                       .arg(QString::fromUtf8(hp::refdata::problemKindId(kind).data()), mentions, all)));
    }
};

QTEST_APPLESS_MAIN(TestValidator)
#include "tst_validator.moc"
