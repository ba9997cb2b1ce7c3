// The main window: navigation by mouse and keyboard, state that persists between runs, and
// export of the current view as PDF.

#include "app/main_window.h"
#include "app/settings.h"
#include "app/view.h"
#include "app/view_registry.h"
#include "refdata/knowledge_base.h"
#include "report/document_export.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hp;
using namespace hp::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<KnowledgeBase> m_kb;

private slots:
    void initTestCase()
    {
        QApplication::setApplicationName(QStringLiteral("healthpath-test"));
        std::string error;
        m_kb = KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        hp::ui::appSettings()->clear();
    }

    void everyRegisteredViewOpens()
    {
        MainWindow w(*m_kb, false);
        for (const QString &name : viewNames()) {
            QVERIFY2(w.showView(name), qPrintable(name));
            QCOMPARE(w.currentViewName(), name);
        }
        QVERIFY(!w.showView(QStringLiteral("no-such-view")));
    }

    void sidebarWorksWithKeyboard()
    {
        MainWindow w(*m_kb, false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QListWidget *nav = w.navigation();
        nav->setFocus();
        QCOMPARE(w.currentViewName(), viewNames().first());
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(w.currentViewName(), viewNames().at(1));
        // Ctrl+1 jumps back to the first view from anywhere.
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentViewName(), viewNames().first());
        QCOMPARE(nav->currentRow(), 0);
    }

    void stateSurvivesARestart()
    {
        {
            MainWindow w(*m_kb, true);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1111, 777);
            w.showView(QStringLiteral("sources"));
            w.close();
        }
        MainWindow again(*m_kb, true);
        QCOMPARE(again.currentViewName(), QStringLiteral("sources"));
        QCOMPARE(again.size(), QSize(1111, 777));
    }

    void exportsEachViewAsPdf()
    {
        QTemporaryDir dir;
        MainWindow w(*m_kb, false);
        for (const QString &name : viewNames()) {
            View *v = w.view(name);
            QVERIFY(v);
            const QString path = dir.filePath(name + QStringLiteral(".pdf"));
            const QString error = writePdf(*v->printableDocument(), path, v->title());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(5) == "%PDF-");
            QVERIFY(f.size() > 2000);
            const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            if (pdftotext.isEmpty())
                continue; // text check needs poppler-utils
            QProcess p;
            p.start(pdftotext, {path, QStringLiteral("-")});
            QVERIFY(p.waitForFinished());
            const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
            if (name == QStringLiteral("explore"))
                QVERIFY2(text.contains(QStringLiteral("May 2025")), qPrintable(text.left(400)));
            if (name == QStringLiteral("sources"))
                QVERIFY2(text.contains(QStringLiteral("Labor Statistics")), qPrintable(text.left(400)));
        }
    }

    void everyControlInEveryViewHasAnAccessibleName()
    {
        MainWindow w(*m_kb, false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const QString &name : viewNames()) {
            w.showView(name);
            for (QWidget *c : w.view(name)->findChildren<QWidget *>()) {
                if (!c->isVisible() || c->focusPolicy() == Qt::NoFocus)
                    continue;
                if (auto *area = qobject_cast<QAbstractScrollArea *>(c->parentWidget()); area && area->viewport() == c)
                    continue;
                if (c->inherits("QScrollBar") || c->inherits("QSplitterHandle") || c->inherits("QHeaderView"))
                    continue;
                QVERIFY2(!c->accessibleName().isEmpty(),
                         qPrintable(QStringLiteral("%1: %2 '%3' has no accessible name")
                                        .arg(name, QString::fromUtf8(c->metaObject()->className()), c->objectName())));
            }
        }
        QVERIFY(!w.navigation()->accessibleName().isEmpty());
    }

    void pdfExportFailureIsASentence()
    {
        MainWindow w(*m_kb, false);
        const QString error = writePdf(*w.view(QStringLiteral("explore"))->printableDocument(),
                                       QStringLiteral("/nonexistent-dir-hp/x.pdf"), QStringLiteral("x"));
        QVERIFY(error.startsWith(QStringLiteral("Could not write /nonexistent-dir-hp/x.pdf")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
