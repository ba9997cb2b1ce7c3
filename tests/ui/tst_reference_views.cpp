// Certifications, Education and Sources views, and the ladder in a role's details: each fact shows
// its source and date, and unverified facts say so.

#include "refdata/knowledge_base.h"
#include "views/certifications_view.h"
#include "views/explore_view.h"
#include "views/sources_view.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace hp;
using namespace hp::ui;

class TestReferenceViews : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;

    static void clickRow(QListView *list, const QString &startsWith)
    {
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            const QModelIndex idx = list->model()->index(r, 0);
            if (idx.data().toString().startsWith(startsWith)) {
                list->scrollTo(idx);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(idx).center());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row starts with ") + startsWith));
    }

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
    }

    void certificationShowsDatedFeeAndApprenticeRule()
    {
        CertificationsView view(*m_kb);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester tester(view.list()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view.list()->model()->rowCount() >= 15);
        clickRow(view.list(), QStringLiteral("CPC —"));
        QTRY_COMPARE(view.selectedId(), QStringLiteral("cpc"));
        const QString text = view.details()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("CPC-A")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("(as of 2026)")));
        QVERIFY(text.contains(QStringLiteral("Source:")));
        QVERIFY(text.contains(QStringLiteral("36")));
    }

    void unverifiedFactsAreMarked()
    {
        CertificationsView view(*m_kb);
        view.selectRecord(QStringLiteral("cdip"));
        QCOMPARE(view.selectedId(), QStringLiteral("cdip"));
        QVERIFY2(view.details()->toPlainText().contains(QStringLiteral("unverified")), qPrintable(view.details()->toPlainText()));
    }

    void filterNarrowsTheList()
    {
        CertificationsView view(*m_kb);
        view.show();
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("recordSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("AHIMA"));
        const int rows = view.list()->model()->rowCount();
        QVERIFY(rows >= 6 && rows < int(m_kb->data().certifications.size()));
    }

    void educationPathNamesItsAccreditor()
    {
        EducationView view(*m_kb);
        view.selectRecord(QStringLiteral("hit-associate"));
        QCOMPARE(view.selectedId(), QStringLiteral("hit-associate"));
        const QString text = view.details()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("CAHIIM")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("months")));
    }

    void coderLadderShowsBlsAndArticleFigures()
    {
        ExploreView view(*m_kb);
        view.selectRole(QStringLiteral("outpatient-coder"));
        const QString text = view.details()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("BLS band, May 2025")));
        QVERIFY(text.contains(QStringLiteral("Figure from an article")));
        QVERIFY(text.contains(QStringLiteral("$37,000–$43,490"))); // junior coder: 29-2072 p10–p25, May 2025
        QVERIFY(text.contains(QStringLiteral("Industry salary surveys")));
        QVERIFY(text.contains(QStringLiteral("self-reported")));
        view.setVintage(2023);
        QVERIFY(view.details()->toPlainText().contains(QStringLiteral("$35,080–$39,620"))); // May 2023
    }

    void sourcesListEveryStatus()
    {
        SourcesView view(*m_kb);
        QAbstractItemModelTester tester(view.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.table()->model()->rowCount(), int(m_kb->data().sources.size()));
        QStringList statuses;
        for (int r = 0; r < view.table()->model()->rowCount(); ++r)
            statuses << view.table()->model()->index(r, 4).data().toString();
        QVERIFY(statuses.contains(QStringLiteral("Verified")));
        QVERIFY(statuses.contains(QStringLiteral("Unverified")));
        QVERIFY(statuses.contains(QStringLiteral("Secondary")));
    }
};

QTEST_MAIN(TestReferenceViews)
#include "tst_reference_views.moc"
