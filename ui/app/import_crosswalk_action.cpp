#include "app/import_crosswalk_action.h"

#include "app/data_notifier.h"
#include "plan/dates.h"
#include "refdata/knowledge_base.h"
#include "storage/sqlite.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace hp::ui {

ImportCrosswalkAction::ImportCrosswalkAction(KnowledgeBase &kb, QWidget *window)
    : QObject(window)
    , m_kb(kb)
    , m_window(window)
    , m_import(new QAction(tr("Import O*NET &military crosswalk…"), this))
    , m_revert(new QAction(tr("Use the &shipped military crosswalk"), this))
{
    m_import->setObjectName(QStringLiteral("importCrosswalkAction"));
    m_import->setStatusTip(tr("Replace the military-to-civilian crosswalk with a newer one downloaded from O*NET "
                              "(military_crosswalk.zip or the milx….csv inside it)"));
    m_revert->setObjectName(QStringLiteral("revertCrosswalkAction"));
    m_revert->setStatusTip(tr("Remove the imported crosswalk and go back to the one that ships with HealthPath"));
    connect(m_import, &QAction::triggered, this, &ImportCrosswalkAction::chooseFile);
    connect(m_revert, &QAction::triggered, this, &ImportCrosswalkAction::useShipped);
    connect(&m_watcher, &QFutureWatcher<veterans::CrosswalkParseResult>::finished, this, &ImportCrosswalkAction::onParsed);
    connect(&DataNotifier::instance(), &DataNotifier::referenceDataChanged, this, &ImportCrosswalkAction::updateRevert);
    updateRevert();
}

ImportCrosswalkAction *ImportCrosswalkAction::addTo(QMenu *menu, KnowledgeBase &kb, QWidget *window)
{
    auto *actions = new ImportCrosswalkAction(kb, window);
    menu->addAction(actions->importAction());
    menu->addAction(actions->revertAction());
    return actions;
}

void ImportCrosswalkAction::updateRevert()
{
    bool imported = false;
    try {
        imported = veterans::readStoredCrosswalk(m_kb.database()).has_value();
    } catch (const db::DbError &) {
        imported = false;
    }
    m_revert->setEnabled(imported && !m_running);
}

void ImportCrosswalkAction::chooseFile()
{
    if (m_running)
        return;
    const QString dir = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                         : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import O*NET military crosswalk"), dir,
        tr("O*NET military crosswalk (*.zip *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ImportCrosswalkAction::importFile(const QString &path)
{
    if (m_running)
        return false;
    m_running = true;
    m_path = path;
    m_import->setEnabled(false);
    m_revert->setEnabled(false);
    // Busy indicator: the parse cannot be interrupted, so there is no cancel button.
    m_progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Import O*NET military crosswalk"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    const std::string file = QFile::encodeName(path).toStdString();
    m_watcher.setFuture(QtConcurrent::run([file] { return veterans::parseCrosswalkFile(file); }));
    return true;
}

void ImportCrosswalkAction::onParsed()
{
    delete m_progress;
    const veterans::CrosswalkParseResult parsed = m_watcher.result();
    veterans::CrosswalkImportReport report;
    try {
        report = veterans::storeCrosswalk(m_kb, parsed, plan::isoDate(plan::systemClock()()));
    } catch (const db::DbError &e) {
        report.error = std::string("The crosswalk could not be stored, so nothing changed: ") + e.what();
    }
    if (report.ok())
        emit DataNotifier::instance().referenceDataChanged();
    finish(report.ok(), report.ok() ? tr("Crosswalk imported") : tr("Nothing was imported"),
           QString::fromStdString(report.ok() ? report.text() : report.error).trimmed());
}

void ImportCrosswalkAction::useShipped()
{
    if (m_running)
        return;
    if (m_interactive
        && QMessageBox::question(m_window, tr("Use the shipped military crosswalk"),
                                 tr("Remove the imported crosswalk and use the one that ships with HealthPath "
                                    "again? You can import the file again later."))
               != QMessageBox::Yes)
        return;
    bool removed = false;
    QString problem;
    try {
        removed = veterans::removeImportedCrosswalk(m_kb);
    } catch (const db::DbError &e) {
        problem = tr("The imported crosswalk could not be removed, so nothing changed: %1").arg(QString::fromUtf8(e.what()));
    }
    if (removed)
        emit DataNotifier::instance().referenceDataChanged();
    updateRevert();
    if (!problem.isEmpty())
        finish(false, tr("Nothing changed"), problem);
    else if (!removed)
        finish(false, tr("Nothing changed"), tr("No imported crosswalk is stored; HealthPath already uses the shipped one."));
    else
        finish(true, tr("Shipped crosswalk in use"), tr("The imported crosswalk was removed; HealthPath uses the one it ships with again."));
}

void ImportCrosswalkAction::finish(bool ok, const QString &title, const QString &message)
{
    m_running = false;
    m_import->setEnabled(true);
    updateRevert();
    if (m_interactive) {
        if (ok)
            QMessageBox::information(m_window, title, message);
        else
            QMessageBox::warning(m_window, title, message);
    }
    emit finished(ok, message);
}

} // namespace hp::ui
