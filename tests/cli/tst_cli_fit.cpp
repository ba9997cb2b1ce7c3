// healthpath-cli fit: the questions, a ranking from an answers file in text and JSON, and one-line
// errors with the documented exit statuses.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "cli_runner.h"

class TestCliFit : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString answersFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

    QString coder() const
    {
        return answersFile(QStringLiteral("coder.json"),
                           R"({"solo-focus": "ideal", "clinical-reading": "enjoy", "remote": "need",
                               "people-contact": "little", "payer-phone": "avoid", "leadership": null})");
    }

private slots:
    void statuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("help lists fit") << QStringList{"--help"} << 0 << "fit --answers FILE" << "";
        QTest::newRow("questions") << QStringList{"fit", "--questions"} << 0 << "payer-phone" << "";
        QTest::newRow("ranking") << QStringList{"fit", "--answers", coder()} << 0 << " 1. Inpatient (hospital) coder" << "";
        QTest::newRow("nothing asked") << QStringList{"fit"} << 2 << "" << "give either --answers FILE or --questions";
        QTest::newRow("both asked") << QStringList{"fit", "--questions", "--answers", coder()} << 2 << ""
                                    << "give either --answers FILE or --questions";
        QTest::newRow("bad format") << QStringList{"fit", "--questions", "--format", "csv"} << 2 << ""
                                    << "--format must be text or json, not 'csv'";
        QTest::newRow("unknown option") << QStringList{"fit", "--quiz"} << 2 << "" << "quiz";
        QTest::newRow("missing file") << QStringList{"fit", "--answers", m_dir.filePath("none.json")} << 1 << ""
                                      << "Could not open";
        QTest::newRow("not JSON") << QStringList{"fit", "--answers", answersFile("bad.json", "{\"solo-focus\": ")} << 1 << ""
                                  << "bad.json: The answers file is not valid JSON";
        QTest::newRow("unknown question") << QStringList{"fit", "--answers", answersFile("moon.json", R"({"moon": "full"})")}
                                          << 1 << "" << "There is no question 'moon' in the fit check; the questions are: solo-focus";
        QTest::newRow("unknown answer") << QStringList{"fit", "--answers", answersFile("always.json", R"({"remote": "always"})")}
                                        << 1 << "" << "'always' is not an answer to 'remote' (Working from home); the answers are: on-site, nice, need.";
        QTest::newRow("no answers yet") << QStringList{"fit", "--answers", answersFile("empty.json", "{}")} << 0
                                        << "no ranking" << "";
        QTest::newRow("unknown command lists fit") << QStringList{"fitness"} << 2 << "" << "path, fit";
    }
    void statuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        checkRun(cli(args, m_dir.path()), status, stdoutHas, stderrHas, status != 0);
    }

    void textShowsReasonsChangesAndUnanswered()
    {
        const Run r = cli({"fit", "--answers", coder()}, m_dir.path());
        QCOMPARE(r.status, 0);
        for (const char *expected : {"Fit check: 5 of 15 questions answered.", "editorial judgement", "fit 100 of 100",
                                     "+ You answered \u201cJust right\u201d to \u201cQuiet solo work\u201d, which suits this role.",
                                     "- You answered", "which counts against this role", "~ Answering", "would move",
                                     "Unanswered: persuading, targets", "healthpath-editorial: HealthPath editorial judgement"})
            QVERIFY2(r.out.contains(QString::fromUtf8(expected)), expected);
        QCOMPARE(r.out.count(QRegularExpression(QStringLiteral("^ ?\\d+\\. "), QRegularExpression::MultilineOption)), 17);
    }

    void jsonHasEveryRoleWithReasonsAndChanges()
    {
        const Run r = cli({"fit", "--answers", coder(), "--format", "json"}, m_dir.path());
        QCOMPARE(r.status, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(o.value("answered").toInt(), 5);
        QCOMPARE(o.value("questions").toInt(), 15);
        QCOMPARE(o.value("unanswered").toArray().size(), 10);
        QCOMPARE(o.value("source").toObject().value("id").toString(), QStringLiteral("healthpath-editorial"));
        const QJsonArray roles = o.value("roles").toArray();
        QCOMPARE(roles.size(), 17);
        QCOMPARE(roles.first().toObject().value("role").toString(), QStringLiteral("inpatient-coder"));
        QCOMPARE(roles.first().toObject().value("score").toDouble(), 100.0);
        int rank = 0;
        for (const auto &v : roles) {
            const QJsonObject role = v.toObject();
            QCOMPARE(role.value("rank").toInt(), ++rank);
            const QJsonArray why = role.value("why").toArray();
            QVERIFY(why.size() >= 2 && why.size() <= 3);
            for (const auto &w : why)
                QVERIFY(!w.toObject().value("sentence").toString().isEmpty());
            for (const auto &c : role.value("changes").toArray()) {
                const QJsonObject change = c.toObject();
                QVERIFY(change.value("direction").toString() == QLatin1String("up") || change.value("direction").toString() == QLatin1String("down"));
                QVERIFY(!change.value("other_role").toString().isEmpty());
            }
        }
        QVERIFY(o.value("unscored").toArray().isEmpty());
    }

    void questionsAsJsonCanBeAnswered()
    {
        const Run r = cli({"fit", "--questions", "--format", "json"}, m_dir.path());
        QCOMPARE(r.status, 0);
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).object().value("items").toArray();
        QCOMPARE(items.size(), 15);
        // Answer every question with its first answer: every role gets scored.
        QJsonObject answers;
        for (const auto &v : items) {
            const QJsonObject item = v.toObject();
            QVERIFY(!item.value("question").toString().isEmpty());
            answers.insert(item.value("id").toString(), item.value("choices").toArray().first().toObject().value("id"));
        }
        const QString path = answersFile(QStringLiteral("all.json"), QJsonDocument(answers).toJson());
        const Run ranked = cli({"fit", "--answers", path, "--format", "json"}, m_dir.path());
        QCOMPARE(ranked.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(ranked.out.toUtf8()).object();
        QCOMPARE(o.value("answered").toInt(), 15);
        QCOMPARE(o.value("roles").toArray().size(), 17);
    }

    void dataCheckCoversTheQuestionnaire()
    {
        const Run r = cli({"data", "check"}, m_dir.path());
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Reference data is valid")));
    }
};

QTEST_GUILESS_MAIN(TestCliFit)
#include "tst_cli_fit.moc"
