#pragma once
// File ▸ Import BLS wage file…: brings a BLS OEWS national estimates file into the store.
//
//   triggered ─▶ QFileDialog ─▶ importFile(path)
//   importFile ─▶ QtConcurrent::run(parseOewsFile)       worker thread: reads the file only
//              ─▶ QFutureWatcher::finished ─▶ onParsed    GUI thread from here on
//   onParsed   ─▶ [no year in the file: ask, parse again]
//              ─▶ storeOews (one transaction) ─▶ DataNotifier::referenceDataChanged ─▶ finished()
//
// Only one import runs at a time; the action is disabled meanwhile.

#include "importers/oews_import.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class ImportWagesAction : public QObject {
    Q_OBJECT
public:
    ImportWagesAction(KnowledgeBase &kb, QWidget *window);

    // The hook MainWindow calls: an action owned by `window`, added to `menu`.
    static QAction *addTo(QMenu *menu, KnowledgeBase &kb, QWidget *window);

    QAction *action() const { return m_action; }

    // Imports `path` without the file dialog. Returns false (and does nothing) while an import runs.
    bool importFile(const QString &path, std::optional<int> vintage = std::nullopt);
    bool isRunning() const { return m_running; }

    // When off, results are not shown in message boxes and no year is asked for; tests watch
    // finished() instead.
    void setInteractive(bool on) { m_interactive = on; }

    // The change report as rich text: a sentence on what happened and a table of new medians.
    static QString reportHtml(const OewsImportReport &report);

signals:
    // ok: stored; message: the report (rich text) or the one sentence saying what was wrong.
    void finished(bool ok, const QString &message);

private:
    void chooseFile();
    void onParsed();
    void finish(bool ok, const QString &message);

    KnowledgeBase &m_kb;
    QWidget *m_window;
    QAction *m_action;
    QFutureWatcher<OewsParseResult> m_watcher;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
    bool m_running = false;
    bool m_interactive = true;
};

} // namespace hp::ui
