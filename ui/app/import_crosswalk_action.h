#pragma once
// File ▸ Import O*NET military crosswalk… and File ▸ Use the shipped military crosswalk: bring a
// newer O*NET Military Crosswalk (military_crosswalk.zip or the milxMMYY.csv inside it) into the
// reference store, or go back to the one HealthPath ships.
//
//   triggered ─▶ QFileDialog ─▶ importFile(path)
//   importFile ─▶ QtConcurrent::run(parseCrosswalkFile)   worker thread: reads the file only
//              ─▶ QFutureWatcher::finished ─▶ onParsed     GUI thread from here on
//   onParsed   ─▶ storeCrosswalk (one transaction) ─▶ DataNotifier::referenceDataChanged ─▶ finished()
//
// All or nothing: a file with any problem stores nothing, and the message names the file and line.

#include "veterans/crosswalk_import.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class ImportCrosswalkAction : public QObject {
    Q_OBJECT
public:
    ImportCrosswalkAction(KnowledgeBase &kb, QWidget *window);

    // The hook MainWindow calls: both actions, owned by `window`, added to `menu`.
    static ImportCrosswalkAction *addTo(QMenu *menu, KnowledgeBase &kb, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *revertAction() const { return m_revert; }

    // Imports `path` without the file dialog. Returns false (and does nothing) while an import runs.
    bool importFile(const QString &path);
    bool isRunning() const { return m_running; }
    // Removes the imported crosswalk (after a confirmation when interactive).
    void useShipped();

    // When off, results are not shown in message boxes and nothing is confirmed; tests watch
    // finished() instead.
    void setInteractive(bool on) { m_interactive = on; }

signals:
    // ok: stored (or reverted); message: the report, or the one sentence saying what was wrong.
    void finished(bool ok, const QString &message);

private:
    void chooseFile();
    void onParsed();
    void finish(bool ok, const QString &title, const QString &message);
    void updateRevert();

    KnowledgeBase &m_kb;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_revert;
    QFutureWatcher<veterans::CrosswalkParseResult> m_watcher;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
    bool m_running = false;
    bool m_interactive = true;
};

} // namespace hp::ui
