// The Explore view driven with real mouse and keyboard events, offscreen.

#include "charts/chart_panel.h"
#include "models/role_list_model.h"
#include "refdata/knowledge_base.h"
#include "theme/family_palette.h"
#include "views/explore_view.h"

#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextBrowser>

using namespace hp;
using namespace hp::ui;

class TestExploreView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<ExploreView> m_view;

    QModelIndex rowNamed(const QString &name) const
    {
        QAbstractItemModel *model = m_view->roleList()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == name)
                return model->index(r, 0);
        return {};
    }

private slots:
    void initTestCase()
    {
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
    }

    void init()
    {
        m_view = std::make_unique<ExploreView>(*m_kb);
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void modelsPassTheTester()
    {
        RoleListModel model(*m_kb);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVintage(2023);
        model.reload();
        QAbstractItemModelTester proxyTester(m_view->roleList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("roleSearch"));
        QTest::keyClicks(search, QStringLiteral("coder"));
        search->clear();
    }

    void chartListsEveryRoleWithItsFamilyColour()
    {
        const BarChartSpec &spec = m_view->chartSpec();
        QCOMPARE(spec.bars.size(), qsizetype(m_kb->roles().size()));
        QVERIFY(spec.caption.contains(QStringLiteral("May 2025")));
        QVERIFY(spec.caption.contains(QStringLiteral("VERIFIED")));
        QCOMPARE(spec.groups.size(), 5);
        // Bars are sorted from the highest median down.
        for (int i = 1; i < spec.bars.size(); ++i)
            QVERIFY(spec.bars[i - 1].value >= spec.bars[i].value);
    }

    void clickingARoleShowsItsDetails()
    {
        const hp::Role *biller = m_kb->role("medical-biller");
        QVERIFY(biller);
        const QModelIndex idx = rowNamed(QString::fromStdString(biller->name));
        QVERIFY(idx.isValid());
        QListView *list = m_view->roleList();
        const QRect rect = list->visualRect(idx);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(m_view->selectedRoleId(), QStringLiteral("medical-biller"));
        const QString text = m_view->details()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("$48,500")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("43-3021")));
        QVERIFY(text.contains(QStringLiteral("May 2025")));
        // The chart marks the selected role.
        bool highlighted = false;
        for (const auto &bar : m_view->chartSpec().bars)
            highlighted = highlighted || (bar.highlighted && bar.label.endsWith(QString::fromStdString(biller->shortName)));
        QVERIFY(highlighted);
    }

    void arrowKeysMoveThroughRoles()
    {
        QListView *list = m_view->roleList();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        const QString first = m_view->selectedRoleId();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(m_view->selectedRoleId() != first);
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(m_view->selectedRoleId(), first);
    }

    void typingFiltersTheListAndTheChart()
    {
        auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("roleSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("coder"));
        QListView *list = m_view->roleList();
        QVERIFY(list->model()->rowCount() >= 3);
        QVERIFY(list->model()->rowCount() < int(m_kb->roles().size()));
        for (int r = 0; r < list->model()->rowCount(); ++r)
            QVERIFY(list->model()->index(r, 0).data().toString().contains(QStringLiteral("coder"), Qt::CaseInsensitive));
        QCOMPARE(m_view->chartSpec().bars.size(), qsizetype(list->model()->rowCount()));
    }

    void familyFilterKeepsOneFamily()
    {
        auto *family = m_view->findChild<QComboBox *>(QStringLiteral("familyFilter"));
        QVERIFY(family);
        family->setFocus();
        // Keyboard: move from "All families" to the first family (coding).
        QTest::keyClick(family, Qt::Key_Down);
        QCOMPARE(family->currentData().toInt(), int(hp::Family::Coder));
        QAbstractItemModel *model = m_view->roleList()->model();
        QVERIFY(model->rowCount() >= 3);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, 0).data(RoleListModel::FamilyRole).toInt(), int(hp::Family::Coder));
        for (const auto &bar : m_view->chartSpec().bars)
            QCOMPARE(bar.group, int(hp::Family::Coder));
    }

    void vintageSelectorSwitchesEveryFigure()
    {
        m_view->selectRole(QStringLiteral("outpatient-coder"));
        QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("$51,140")));
        m_view->setVintage(2022);
        const QString text = m_view->details()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("$47,180")));
        QVERIFY(text.contains(QStringLiteral("May 2022")));
        QVERIFY(m_view->chartSpec().title.contains(QStringLiteral("May 2022")));
        QVERIFY(m_view->chartSpec().caption.contains(QStringLiteral("May 2022")));
    }

    void darkPaletteGetsLighterFamilyColours()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QVERIFY(isDarkPalette(dark));
        QVERIFY(!isDarkPalette(QPalette(QColor(0xf0, 0xf0, 0xf0))));
        m_view->setPalette(dark);
        m_view->selectRole(QStringLiteral("medical-biller")); // rebuilds the chart spec
        const BarChartSpec &spec = m_view->chartSpec();
        for (hp::Family f : hp::kAllFamilies) {
            const QColor c = spec.groups[int(f)].color;
            QCOMPARE(c, familyColor(f, dark));
            QVERIFY2(c.lightnessF() > 0.45, qPrintable(c.name())); // readable on a dark background
        }
        // The five colours stay distinct in both palettes.
        for (const QPalette &p : {dark, QPalette(QColor(0xf0, 0xf0, 0xf0))}) {
            QSet<QRgb> seen;
            for (hp::Family f : hp::kAllFamilies)
                seen.insert(familyColor(f, p).rgb());
            QCOMPARE(seen.size(), 5);
        }
    }

    void refreshedChartLooksLikeANewOne()
    {
        // A new selected role or vintage updates the shown chart in place; it must look exactly
        // like a chart built from scratch for the same spec.
        auto *panel = m_view->findChild<ChartPanel *>();
        QVERIFY(panel);
        const QChart *shown = panel->findChild<QChartView *>()->chart();
        const QSize size(900, 600);
        for (int vintage : {2022, 2025}) {
            m_view->setVintage(vintage);
            for (const char *id : {"medical-biller", "coding-manager", "outpatient-coder"}) {
                m_view->selectRole(QString::fromLatin1(id));
                QCOMPARE(panel->findChild<QChartView *>()->chart(), shown); // refreshed, not rebuilt
                ChartPanel fresh;
                fresh.resize(panel->size());
                fresh.setSpec(panel->spec());
                fresh.show();
                QVERIFY(QTest::qWaitForWindowExposed(&fresh));
                QCoreApplication::processEvents();
                QVERIFY2(fresh.renderImage(size) == panel->renderImage(size),
                         qPrintable(QStringLiteral("%1, May %2").arg(QString::fromLatin1(id)).arg(vintage)));
            }
        }
    }

    void detailsScrollBarOnlyWhenNeeded()
    {
        QTextBrowser *details = m_view->details();
        m_view->selectRole(QStringLiteral("outpatient-coder"));
        QCoreApplication::processEvents();
        QVERIFY(details->verticalScrollBar()->isVisible()); // a role's page is longer than the pane
        auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("roleSearch"));
        QTest::keyClicks(search, QStringLiteral("no such role"));
        QCoreApplication::processEvents();
        QVERIFY(details->toPlainText().contains(QStringLiteral("No role matches")));
        QVERIFY(!details->verticalScrollBar()->isVisible());
        QCOMPARE(details->verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
    }

    void controlsHaveAccessibleNames()
    {
        for (QWidget *w : m_view->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
                continue;
            // A scroll area's viewport is announced through the scroll area itself.
            if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
                continue;
            if (w->inherits("QScrollBar") || w->inherits("QSplitterHandle"))
                continue;
            if (!w->accessibleName().isEmpty())
                continue;
            QFAIL(qPrintable(QStringLiteral("%1 (%2) has no accessible name").arg(QString::fromUtf8(w->metaObject()->className()), w->objectName())));
        }
    }
};

QTEST_MAIN(TestExploreView)
#include "tst_explore_view.moc"
