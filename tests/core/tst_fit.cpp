// The fit check: scripted answer sets rank the roles people with those answers should look at
// first; the reasons are the answers that really moved the score; every suggested change really
// reorders the roles; bad questionnaires and bad answers files are caught with a sentence.

#include "fit/fit.h"
#include "fit/fit_reader.h"
#include "refdata/loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace hp;
using namespace hp::fit;
using hp::refdata::ProblemKind;
using Edit = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(ProblemKind)
Q_DECLARE_METATYPE(hp::fit::Answers)

namespace {

Answers answers(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Answers a;
    for (const auto &[item, choice] : pairs)
        a[item] = choice;
    return a;
}

const Answers kCoder = answers({{"solo-focus", "ideal"}, {"clinical-reading", "enjoy"}, {"remote", "need"},
                                {"people-contact", "little"}, {"payer-phone", "avoid"}});
const Answers kBiller = answers({{"payer-phone", "often"}, {"money-chase", "satisfying"}, {"persuading", "good-at-it"},
                                 {"clinical-reading", "not-for-me"}, {"training-time", "under-6-months"},
                                 {"training-money", "under-1500"}});
const Answers kManager = answers({{"leadership", "my-goal"}, {"training-money", "degree"},
                                  {"training-time", "5-years-or-more"}, {"people-contact", "most"}});
const Answers kCdi = answers({{"clinical-reading", "enjoy"}, {"clinical-background", "licensed"}, {"persuading", "good-at-it"},
                              {"checking-others", "enjoy"}, {"training-time", "up-to-3-years"}});

QString ids(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << QString::fromStdString(s);
    return out.join(QStringLiteral(", "));
}

int rankOf(const std::vector<std::string> &order, const std::string &id)
{
    const auto it = std::find(order.begin(), order.end(), id);
    return it == order.end() ? -1 : int(it - order.begin()) + 1;
}

} // namespace

class TestFit : public QObject {
    Q_OBJECT
private:
    KnowledgeData m_data;
    Questionnaire m_q;

    const std::vector<Role> &roles() const { return m_data.roles; }

    std::vector<refdata::Problem> checkEdited(const Edit &edit) const
    {
        auto files = refdata::embeddedFileSet();
        const std::string &text = files.at("fit.json");
        QJsonObject root = QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size()))).object();
        edit(root);
        const QByteArray bytes = QJsonDocument(root).toJson();
        files["fit.json"] = std::string(bytes.constData(), size_t(bytes.size()));
        return fit::check(files, m_data);
    }

private slots:
    void initTestCase()
    {
        auto loaded = refdata::loadEmbedded();
        QVERIFY(loaded.ok());
        m_data = std::move(loaded.data);
        std::vector<refdata::Problem> problems;
        m_q = embeddedQuestionnaire(&problems);
        QVERIFY(problems.empty());
    }

    void shippedQuestionnaireIsValidAndShort()
    {
        const auto problems = fit::check(refdata::embeddedFileSet(), m_data);
        for (const auto &p : problems)
            qWarning("%s", refdata::describe(p).c_str());
        QVERIFY(problems.empty());
        QVERIFY(m_q.items.size() >= 10 && m_q.items.size() <= kMaxItems);
        QCOMPARE(m_q.sourceId, std::string("healthpath-editorial"));
    }

    void everyRoleIsScoredWhenEverythingIsAnswered()
    {
        Answers all;
        for (const auto &item : m_q.items)
            all[item.id] = item.choices.front().id;
        const auto result = score(m_q, roles(), all);
        QCOMPARE(result.ranked.size(), size_t(17));
        QVERIFY(result.unscored.empty());
        QVERIFY(result.unanswered.empty());
        QCOMPARE(result.answered, int(m_q.items.size()));
    }

    void topRoles_data()
    {
        QTest::addColumn<Answers>("given");
        QTest::addColumn<QStringList>("expectedTop"); // the first role must be one of these
        QTest::newRow("solo focus, clinical reading, remote: a coder")
            << kCoder << QStringList{"outpatient-coder", "inpatient-coder", "risk-adjustment-coder"};
        QTest::newRow("phone calls and money follow-through: billing or AR")
            << kBiller << QStringList{"medical-biller", "ar-denials-specialist"};
        QTest::newRow("two answers on phone and money are enough")
            << answers({{"payer-phone", "often"}, {"money-chase", "satisfying"}})
            << QStringList{"medical-biller", "ar-denials-specialist"};
        QTest::newRow("leadership and a degree budget: a manager")
            << kManager << QStringList{"coding-manager", "compliance-officer", "health-services-manager", "him-manager",
                                       "practice-manager", "revenue-cycle-director"};
        QTest::newRow("clinical comfort, licence, persuasion: CDI") << kCdi << QStringList{"cdi-specialist"};
        QTest::newRow("people, little time or money: patient access")
            << answers({{"training-time", "under-6-months"}, {"training-money", "under-1500"}, {"people-contact", "most"}})
            << QStringList{"patient-access-representative"};
        QTest::newRow("patterns in reports and money: analyst")
            << answers({{"reports", "enjoy"}, {"money-chase", "satisfying"}, {"payer-phone", "now-and-then"},
                        {"clinical-reading", "not-for-me"}, {"leadership", "no-thanks"}, {"remote", "need"}})
            << QStringList{"revenue-cycle-analyst"};
    }
    void topRoles()
    {
        QFETCH(Answers, given);
        QFETCH(QStringList, expectedTop);
        const auto order = rankOrder(m_q, roles(), given);
        QVERIFY(!order.empty());
        QVERIFY2(expectedTop.contains(QString::fromStdString(order.front())), qPrintable(ids(order)));
        const auto result = score(m_q, roles(), given);
        QCOMPARE(result.ranked.front().roleId, order.front());
        QCOMPARE(result.ranked.front().rank, 1);
    }

    void cdiRanksHighOnlyWithClinicalComfort()
    {
        QCOMPARE(rankOf(rankOrder(m_q, roles(), kCdi), "cdi-specialist"), 1);
        Answers without = kCdi;
        without["clinical-reading"] = "not-for-me";
        without["clinical-background"] = "none";
        const int rank = rankOf(rankOrder(m_q, roles(), without), "cdi-specialist");
        QVERIFY2(rank > 5, qPrintable(QString::number(rank)));
    }

    void tiesRankByRoleNameAndScoringIsDeterministic()
    {
        const auto result = score(m_q, roles(), kCoder);
        // The three coder roles all score 100 on these five answers: alphabetical by name.
        QCOMPARE(result.ranked[0].roleId, std::string("inpatient-coder"));
        QCOMPARE(result.ranked[1].roleId, std::string("outpatient-coder"));
        QCOMPARE(result.ranked[2].roleId, std::string("risk-adjustment-coder"));
        QCOMPARE(result.ranked[0].score, 100.0);
        const auto again = score(m_q, roles(), kCoder);
        for (size_t i = 0; i < result.ranked.size(); ++i) {
            QCOMPARE(again.ranked[i].roleId, result.ranked[i].roleId);
            QCOMPARE(again.ranked[i].score, result.ranked[i].score);
            QCOMPARE(again.ranked[i].changes.size(), result.ranked[i].changes.size());
        }
        for (size_t i = 1; i < result.ranked.size(); ++i)
            QVERIFY(result.ranked[i - 1].score >= result.ranked[i].score);
    }

    void whyNamesTheAnswersThatDroveTheScore_data()
    {
        QTest::addColumn<Answers>("given");
        QTest::newRow("coder") << kCoder;
        QTest::newRow("biller") << kBiller;
        QTest::newRow("manager") << kManager;
        QTest::newRow("cdi") << kCdi;
    }
    void whyNamesTheAnswersThatDroveTheScore()
    {
        QFETCH(Answers, given);
        const auto result = score(m_q, roles(), given);
        for (const auto &fit : result.ranked) {
            QVERIFY(fit.why.size() <= 3);
            double weakestShown = 1e9;
            for (const auto &reason : fit.why) {
                QVERIFY2(given.count(reason.itemId), reason.itemId.c_str());
                QCOMPARE(given.at(reason.itemId), reason.choiceId);
                weakestShown = std::min(weakestShown, std::abs(reason.points));
                // Moving the answer to the item's other extreme for this role moves the score the
                // other way: the reason really drove it.
                const Item &item = *m_q.item(reason.itemId);
                std::string extreme = item.choices.front().id;
                for (const auto &c : item.choices) {
                    const double w = item.weight(fit.roleId, c.id), best = item.weight(fit.roleId, extreme);
                    if (reason.points > 0 ? w < best : w > best)
                        extreme = c.id;
                }
                Answers flipped = given;
                flipped[reason.itemId] = extreme;
                const FitResult flippedResult = score(m_q, roles(), flipped); // keep it alive: find() points into it
                const RoleFit *after = flippedResult.find(fit.roleId);
                QVERIFY(after);
                QVERIFY2(reason.points > 0 ? after->score < fit.score : after->score > fit.score,
                         qPrintable(QStringLiteral("%1 / %2").arg(QString::fromStdString(fit.roleId), QString::fromStdString(reason.itemId))));
            }
            // No answer left out of the reasons moved the score more than one that is shown.
            for (const auto &[itemId, choiceId] : given) {
                if (std::any_of(fit.why.begin(), fit.why.end(), [&](const Reason &r) { return r.itemId == itemId; }))
                    continue;
                const Item &item = *m_q.item(itemId);
                double least = 1e9, most = -1e9;
                for (const auto &c : item.choices) {
                    least = std::min(least, item.weight(fit.roleId, c.id));
                    most = std::max(most, item.weight(fit.roleId, c.id));
                }
                const double points = item.weight(fit.roleId, choiceId) - (least + most) / 2;
                QVERIFY(fit.why.size() == 3 ? std::abs(points) <= weakestShown : points == 0);
            }
        }
    }

    void everySuggestedChangeReallyReorders_data() { whyNamesTheAnswersThatDroveTheScore_data(); }
    void everySuggestedChangeReallyReorders()
    {
        QFETCH(Answers, given);
        const auto result = score(m_q, roles(), given);
        int changes = 0;
        for (const auto &fit : result.ranked) {
            for (const auto &change : fit.changes) {
                ++changes;
                const std::string previous = given.count(change.itemId) ? given.at(change.itemId) : std::string();
                QCOMPARE(change.previousChoiceId, previous);
                QVERIFY(change.choiceId != previous);
                Answers applied = given;
                applied[change.itemId] = change.choiceId;
                const auto order = rankOrder(m_q, roles(), applied);
                const int self = rankOf(order, fit.roleId), other = rankOf(order, change.otherRoleId);
                QCOMPARE(self, change.newRank);
                if (change.direction == Change::Direction::Up) {
                    QCOMPARE(rankOf(rankOrder(m_q, roles(), given), change.otherRoleId), fit.rank - 1);
                    QVERIFY2(self < other, qPrintable(ids(order)));
                } else {
                    QCOMPARE(rankOf(rankOrder(m_q, roles(), given), change.otherRoleId), fit.rank + 1);
                    QVERIFY2(self > other, qPrintable(ids(order)));
                }
            }
        }
        QVERIFY(changes > 0);
    }

    void theSuggestionInTheIssueHolds()
    {
        // Answering "Often" to the insurer phone-call question lifts the biller over the coder.
        Answers given = answers({{"clinical-reading", "could-learn"}, {"remote", "nice"}, {"money-chase", "fine"}});
        const auto before = rankOrder(m_q, roles(), given);
        QVERIFY(rankOf(before, "medical-biller") > rankOf(before, "outpatient-coder"));
        given["payer-phone"] = "often";
        const auto after = rankOrder(m_q, roles(), given);
        QVERIFY2(rankOf(after, "medical-biller") < rankOf(after, "outpatient-coder"), qPrintable(ids(after)));
        // and the biller's own "what would change" says so when it sits right under the coder
        given.erase("payer-phone");
        const auto result = score(m_q, roles(), given);
        bool suggested = false;
        for (const auto &fit : result.ranked)
            for (const auto &c : fit.changes)
                suggested = suggested || (c.itemId == "payer-phone" && c.direction == Change::Direction::Up);
        QVERIFY(suggested);
    }

    void unansweredAndUnscoredAreReported()
    {
        const auto none = score(m_q, roles(), {});
        QVERIFY(none.ranked.empty());
        QCOMPARE(none.unscored.size(), size_t(17));
        QCOMPARE(none.unanswered.size(), m_q.items.size());
        QCOMPARE(none.unscored.front().why, Unscored::Why::NothingAnswered);

        // Only the clinical-background question: roles it does not weigh are not scored yet.
        const auto one = score(m_q, roles(), answers({{"clinical-background", "licensed"}}));
        QVERIFY(one.find("cdi-specialist"));
        QVERIFY(!one.find("medical-biller"));
        QVERIFY(std::any_of(one.unscored.begin(), one.unscored.end(), [](const Unscored &u) { return u.roleId == "medical-biller"; }));
        QCOMPARE(one.answered, 1);
        QCOMPARE(one.unanswered.front(), m_q.items.front().id);

        // A role the questionnaire gives no weights at all.
        Questionnaire trimmed = m_q;
        for (auto &item : trimmed.items)
            item.weights.erase("medical-biller");
        const auto result = score(trimmed, roles(), kBiller);
        const auto it = std::find_if(result.unscored.begin(), result.unscored.end(),
                                     [](const Unscored &u) { return u.roleId == "medical-biller"; });
        QVERIFY(it != result.unscored.end());
        QCOMPARE(it->why, Unscored::Why::NoWeights);
    }

    void badQuestionnaire_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<ProblemKind>("kind");
        QTest::addColumn<QString>("message");
        auto onItem = [](const QString &id, std::function<void(QJsonObject &)> change) {
            return Edit([=](QJsonObject &root) {
                QJsonArray items = root.value("items").toArray();
                for (int n = 0; n < items.size(); ++n) {
                    QJsonObject item = items.at(n).toObject();
                    if (item.value("id").toString() != id)
                        continue;
                    change(item);
                    items.replace(n, item);
                }
                root.insert("items", items);
            });
        };
        auto setWeights = [](QJsonObject &item, const QString &role, const QJsonObject &w) {
            QJsonObject weights = item.value("weights").toObject();
            weights.insert(role, w);
            item.insert("weights", weights);
        };
        QTest::newRow("unknown role") << onItem("solo-focus", [=](QJsonObject &i) { setWeights(i, "astronaut", {{"ideal", 1}}); })
                                      << ProblemKind::DanglingReference << "\"astronaut\", which is not a role";
        QTest::newRow("weight for an unknown answer")
            << onItem("payer-phone", [=](QJsonObject &i) { setWeights(i, "medical-biller", {{"always", 2}}); })
            << ProblemKind::DanglingReference << "weighs the answer \"always\", which the question does not offer";
        QTest::newRow("duplicate question id") << onItem("people-contact", [](QJsonObject &i) { i.insert("id", "solo-focus"); })
                                               << ProblemKind::DuplicateId << "two questions with the id \"solo-focus\"";
        QTest::newRow("duplicate answer id") << onItem("solo-focus", [](QJsonObject &i) {
            QJsonArray c = i.value("choices").toArray();
            c.append(QJsonObject{{"id", "ideal"}, {"label", "Again"}});
            i.insert("choices", c);
        }) << ProblemKind::DuplicateId << "offers the answer \"ideal\" twice";
        QTest::newRow("more than 20 questions") << Edit([](QJsonObject &root) {
            QJsonArray items = root.value("items").toArray();
            for (int n = 0; items.size() <= 20; ++n) {
                QJsonObject copy = items.at(0).toObject();
                copy.insert("id", QStringLiteral("extra-%1").arg(n));
                items.append(copy);
            }
            root.insert("items", items);
        }) << ProblemKind::BadValue << "at most 20";
        QTest::newRow("one answer only") << onItem("clinical-reading", [](QJsonObject &i) {
            i.insert("choices", QJsonArray{QJsonObject{{"id", "enjoy"}, {"label", "I enjoy it"}}});
        }) << ProblemKind::BadValue << "at least two answers";
        QTest::newRow("weight is text") << onItem("solo-focus", [=](QJsonObject &i) { setWeights(i, "medical-biller", {{"ideal", "high"}}); })
                                        << ProblemKind::Syntax << "should be a number";
        QTest::newRow("weight out of range") << onItem("solo-focus", [=](QJsonObject &i) { setWeights(i, "medical-biller", {{"ideal", 50}}); })
                                             << ProblemKind::BadValue << "from -10 to 10";
        QTest::newRow("source not editorial") << Edit([](QJsonObject &root) { root.insert("source", "bls-oews-2025"); })
                                              << ProblemKind::BadValue << "must be EDITORIAL";
        QTest::newRow("no source") << Edit([](QJsonObject &root) { root.remove("source"); }) << ProblemKind::MissingSource
                                   << "names no source";
        QTest::newRow("unknown source") << Edit([](QJsonObject &root) { root.insert("source", "my-hunch"); })
                                        << ProblemKind::DanglingReference << "\"my-hunch\" is not in sources.json";
        QTest::newRow("limit ignores a sourced entry time") << Edit([](QJsonObject &root) {
            QJsonArray items = root.value("items").toArray();
            for (int n = 0; n < items.size(); ++n) {
                QJsonObject item = items.at(n).toObject();
                if (item.value("id").toString() != "training-time")
                    continue;
                QJsonObject weights = item.value("weights").toObject();
                QJsonObject w = weights.value("coding-manager").toObject();
                w.insert("under-6-months", 1);
                weights.insert("coding-manager", w);
                item.insert("weights", weights);
                items.replace(n, item);
            }
            root.insert("items", items);
        }) << ProblemKind::BadValue << "coding-manager needs at least 96";
        QTest::newRow("unknown figure") << onItem("solo-focus", [](QJsonObject &i) { i.insert("figure", "salary"); })
                                        << ProblemKind::BadValue << "use entry_time_months or entry_cost_usd";
        QTest::newRow("role no question can score") << Edit([](QJsonObject &root) {
            QJsonArray items = root.value("items").toArray();
            for (int n = 0; n < items.size(); ++n) {
                QJsonObject item = items.at(n).toObject();
                QJsonObject weights = item.value("weights").toObject();
                weights.remove("medical-biller");
                item.insert("weights", weights);
                items.replace(n, item);
            }
            root.insert("items", items);
        }) << ProblemKind::MissingField << "role \"medical-biller\" no weights";
        QTest::newRow("no question text") << onItem("clinical-background", [](QJsonObject &i) { i.remove("question"); })
                                          << ProblemKind::MissingField << "question \"clinical-background\".question is missing";
    }
    void badQuestionnaire()
    {
        QFETCH(Edit, edit);
        QFETCH(ProblemKind, kind);
        QFETCH(QString, message);
        const auto problems = checkEdited(edit);
        QStringList all;
        bool found = false;
        for (const auto &p : problems) {
            all << QString::fromStdString(refdata::describe(p));
            QCOMPARE(p.file, std::string("fit.json"));
            found = found || (p.kind == kind && QString::fromStdString(p.message).contains(message));
        }
        QVERIFY2(found, qPrintable(all.join(QStringLiteral(" | "))));
    }

    void brokenOrMissingFile()
    {
        auto files = refdata::embeddedFileSet();
        files["fit.json"] = "{\"items\": [";
        auto problems = fit::check(files, m_data);
        QCOMPARE(problems.size(), size_t(1));
        QCOMPARE(problems.front().kind, ProblemKind::Syntax);
        files.erase("fit.json");
        problems = fit::check(files, m_data);
        QCOMPARE(problems.size(), size_t(1));
        QVERIFY(problems.front().message.find("missing") != std::string::npos);
    }

    void answersFile_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::addColumn<int>("count");
        QTest::newRow("valid") << R"({"payer-phone": "often", "remote": "need"})" << "" << 2;
        QTest::newRow("null leaves a question unanswered") << R"({"payer-phone": "often", "remote": null})" << "" << 1;
        QTest::newRow("empty") << "{}" << "" << 0;
        QTest::newRow("unknown question") << R"({"moon": "full"})" << "There is no question 'moon' in the fit check" << 0;
        QTest::newRow("unknown answer") << R"({"payer-phone": "always"})"
                                        << "'always' is not an answer to 'payer-phone' (Phone calls with insurers); the answers are: avoid, now-and-then, often." << 0;
        QTest::newRow("answer is a number") << R"({"payer-phone": 3})" << "The answer to \"payer-phone\" should be the id" << 0;
        QTest::newRow("a list") << R"(["often"])" << "should hold one JSON object" << 0;
        QTest::newRow("not JSON") << "payer-phone: often" << "The answers file is not valid JSON" << 0;
    }
    void answersFile()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        QFETCH(int, count);
        const auto read = parseAnswers(json.toStdString(), m_q);
        QVERIFY2(QString::fromStdString(read.error).contains(error), read.error.c_str());
        QCOMPARE(read.ok(), error.isEmpty());
        QCOMPARE(int(read.answers.size()), count);
    }
};

QTEST_GUILESS_MAIN(TestFit)
#include "tst_fit.moc"
