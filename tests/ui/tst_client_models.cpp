// The Clients view's item models, each under QAbstractItemModelTester while rows are inserted,
// removed, changed in place and reset; and the row matching that decides between those.

#include "models/attachment_model.h"
#include "models/client_list_model.h"
#include "models/client_search_model.h"
#include "models/row_diff.h"
#include "models/session_list_model.h"
#include "refdata/knowledge_base.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hp;
using namespace hp::ui;

namespace {

clients::ClientSummary summary(std::int64_t id, const std::string &name, int sessions = 0, bool archived = false)
{
    clients::ClientSummary s;
    s.id = id;
    s.displayName = name;
    s.sessionCount = sessions;
    s.lastSession = sessions ? "2026-11-26" : "";
    s.archived = archived;
    s.tags = {"evening", "WIOA"};
    return s;
}

std::vector<clients::ClientSummary> summaries(const QVector<int> &ids)
{
    std::vector<clients::ClientSummary> out;
    for (int id : ids)
        out.push_back(summary(id, "Client " + std::to_string(id)));
    return out;
}

clients::Session session(std::int64_t id, const std::string &date, const std::string &role = {})
{
    clients::Session s;
    s.id = id;
    s.clientId = 1;
    s.date = date;
    s.chosenRole = role;
    return s;
}

clients::Attachment attachment(std::int64_t id, clients::AttachmentKind kind, const std::string &title, const std::string &body)
{
    clients::Attachment a;
    a.id = id;
    a.uid = "uid" + std::to_string(id);
    a.kind = kind;
    a.title = title;
    a.body = body;
    a.created = "2026-11-26T16:40:05Z";
    return a;
}

QVector<std::int64_t> idsOf(const ClientListModel &model)
{
    QVector<std::int64_t> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.idAt(row);
    return ids;
}

} // namespace

using Ids = QVector<int>;
Q_DECLARE_METATYPE(Ids)

class TestClientModels : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
    }

    void rowDiff_data()
    {
        QTest::addColumn<Ids>("before");
        QTest::addColumn<Ids>("after");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<int>("removes");
        QTest::addColumn<int>("inserts");
        QTest::newRow("same") << Ids{1, 2, 3} << Ids{1, 2, 3} << false << 0 << 0;
        QTest::newRow("from empty") << Ids{} << Ids{1, 2} << false << 0 << 1;
        QTest::newRow("to empty") << Ids{1, 2} << Ids{} << false << 1 << 0;
        QTest::newRow("insert in the middle") << Ids{1, 3} << Ids{1, 2, 3} << false << 0 << 1;
        QTest::newRow("remove two apart") << Ids{1, 2, 3, 4} << Ids{1, 3} << false << 2 << 0;
        QTest::newRow("remove and insert") << Ids{1, 2, 3, 4} << Ids{1, 3, 5, 4, 6} << false << 1 << 2;
        QTest::newRow("moved row") << Ids{1, 2, 3} << Ids{2, 1, 3} << true << 0 << 0;
    }
    void rowDiff()
    {
        QFETCH(Ids, before);
        QFETCH(Ids, after);
        QFETCH(bool, reset);
        QFETCH(int, removes);
        QFETCH(int, inserts);
        const rowdiff::Plan plan = rowdiff::plan(before, after);
        QCOMPARE(plan.reset, reset);
        if (reset)
            return;
        QCOMPARE(plan.removes.size(), removes);
        QCOMPARE(plan.inserts.size(), inserts);
        // Applying the plan to the old list gives the new one.
        QVector<int> rows = before;
        for (const auto &r : plan.removes)
            rows.remove(r.first, r.last - r.first + 1);
        for (const auto &r : plan.inserts)
            for (int row = r.first; row <= r.last; ++row)
                rows.insert(row, after[row]);
        QCOMPARE(rows, after);
    }

    void clientListInsertsRemovesAndResets()
    {
        ClientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setClients(summaries({1, 2, 3}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        model.setClients(summaries({1, 3, 4}));
        QCOMPARE(idsOf(model), (QVector<std::int64_t>{1, 3, 4}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(reset.count(), 0);
        model.setClients(summaries({4, 1}));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(idsOf(model), (QVector<std::int64_t>{4, 1}));
        model.setClients({});
        QCOMPARE(model.rowCount(), 0);

        std::vector<clients::ClientSummary> rows{summary(7, "María López", 2), summary(8, "Luis Romero", 1, true)};
        model.setClients(rows);
        QCOMPARE(model.index(0, ClientListModel::NameColumn).data().toString(), QStringLiteral("María López"));
        QCOMPARE(model.index(0, ClientListModel::TagsColumn).data().toString(), QStringLiteral("evening, WIOA"));
        QCOMPARE(model.index(0, ClientListModel::SessionsColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, ClientListModel::LastSessionColumn).data().toString(), QStringLiteral("26 Nov 2026"));
        QVERIFY(model.index(1, 0).data(ClientListModel::ArchivedRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("archived")));
        QCOMPARE(model.rowOf(8), 1);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.idAt(5), std::int64_t(0));

        // A changed name in place reports the row as changed, not a new one.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        rows[0].displayName = "María López Ruiz";
        model.setClients(rows);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("María López Ruiz"));
    }

    void searchModelShowsTheSnippet()
    {
        ClientSearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        clients::SearchHit client{1, "María López", "wants remote [coding] work", 0, false};
        clients::SearchHit inSession{1, "María López", "Book the [CPC] exam", 12, false};
        clients::SearchHit archived{2, "Luis Romero", "inpatient [coding]", 0, true};
        model.setHits({client, inSession, archived}, {{12, QStringLiteral("5 Nov 2026")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("María López"));
        QCOMPARE(model.index(1, 0).data(ClientSearchModel::SnippetRole).toString(), QStringLiteral("Session 5 Nov 2026: Book the [CPC] exam"));
        QCOMPARE(model.index(1, 0).data(ClientSearchModel::SessionIdRole).toLongLong(), 12);
        QVERIFY(model.index(2, 0).data().toString().contains(QStringLiteral("archived")));
        QVERIFY(!model.index(0, 0).data(Qt::AccessibleTextRole).toString().contains(QLatin1Char('[')));
        model.setHits({archived});
        QCOMPARE(model.rowCount(), 1);
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hitAt(0));

        QCOMPARE(snippetHtml(QStringLiteral("a <b> [word] and [x")), QStringLiteral("a &lt;b&gt; <b>word</b> and <b>x</b>"));
    }

    void sessionListIsNewestFirst()
    {
        SessionListModel model(*m_kb);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<clients::Session> sessions{session(1, "2026-10-08"), session(2, "2026-11-05", "outpatient-coder")};
        sessions[1].attachments.push_back(attachment(5, clients::AttachmentKind::Comparison, "Compared", "{}"));
        model.setSessions(sessions);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(0), std::int64_t(2));
        QCOMPARE(model.index(0, SessionListModel::DateColumn).data().toString(), QStringLiteral("5 Nov 2026"));
        QCOMPARE(model.index(0, SessionListModel::DirectionColumn).data().toString(),
                 QString::fromStdString(m_kb->role("outpatient-coder")->shortName));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QString::fromStdString(m_kb->role("outpatient-coder")->name)));
        QCOMPARE(model.index(0, SessionListModel::AttachmentsColumn).data().toInt(), 1);
        QVERIFY(model.index(1, SessionListModel::DirectionColumn).data().toString().isEmpty());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        sessions.push_back(session(3, "2026-11-26"));
        model.setSessions(sessions);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowOf(3), 0);
        sessions.erase(sessions.begin());
        model.setSessions(sessions);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        model.setSessions({session(9, "2027-01-04"), session(3, "2026-11-26"), session(2, "2026-11-05")}); // reordered
        QCOMPARE(model.rowCount(), 3);
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void attachmentsListAndReadableSummaries()
    {
        AttachmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto comparison = attachment(1, clients::AttachmentKind::Comparison, "Compared: Outpatient coder, Medical biller",
                                           R"({"roles":["outpatient-coder","medical-biller"],"vintage":2024})");
        const auto route = attachment(2, clients::AttachmentKind::Route, "Route",
                                      R"({"from":"no-experience","to":"outpatient-coder","optimize":"cheapest","steps":[{"title":"CPC exam"}]})");
        const auto fit = attachment(3, clients::AttachmentKind::FitResult, "Fit",
                                    R"({"answers":{"q1":"a"},"ranking":[{"role":"medical-biller","score":82}]})");
        const auto broken = attachment(4, clients::AttachmentKind::Plan, "Plan", "not json");
        model.setAttachments({comparison, route});
        QCOMPARE(model.rowCount(), 2);
        model.setAttachments({comparison, route, fit});
        model.setAttachments({route, fit});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AttachmentModel::KindColumn).data().toString(), QStringLiteral("Route"));
        QCOMPARE(model.index(1, AttachmentModel::CreatedColumn).data().toString(), QStringLiteral("26 Nov 2026"));
        model.setAttachments({});
        QCOMPARE(model.rowCount(), 0);

        const QString biller = QString::fromStdString(m_kb->role("medical-biller")->name);
        QVERIFY(attachmentSummaryHtml(*m_kb, comparison).contains(biller));
        QVERIFY(attachmentSummaryHtml(*m_kb, comparison).contains(QStringLiteral("2024")));
        QVERIFY(attachmentSummaryHtml(*m_kb, route).contains(QStringLiteral("CPC exam")));
        QVERIFY(attachmentSummaryHtml(*m_kb, route).contains(QStringLiteral("cheapest")));
        QVERIFY(attachmentSummaryHtml(*m_kb, fit).contains(QStringLiteral("82 out of 100")));
        QVERIFY(attachmentSummaryHtml(*m_kb, broken).contains(QStringLiteral("could not be read")));
    }
};

QTEST_MAIN(TestClientModels)
#include "tst_client_models.moc"
