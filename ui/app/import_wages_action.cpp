#include "app/import_wages_action.h"

#include "app/data_notifier.h"
#include "refdata/knowledge_base.h"
#include "report/html.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <cstdlib>

namespace hp::ui {

namespace {

QString changeText(const OewsChange &c)
{
    if (!c.median || !c.previousMedian)
        return ImportWagesAction::tr("not comparable");
    const long delta = *c.median - *c.previousMedian;
    if (delta == 0)
        return ImportWagesAction::tr("no change");
    const double percent = 100.0 * static_cast<double>(delta) / static_cast<double>(*c.previousMedian);
    return QStringLiteral("%1%2 (%3%4%)")
        .arg(delta > 0 ? QStringLiteral("+") : QStringLiteral("−"), html::money(static_cast<double>(std::labs(delta))),
             percent >= 0 ? QStringLiteral("+") : QStringLiteral("−"), QString::number(std::abs(percent), 'f', 1));
}

} // namespace

ImportWagesAction::ImportWagesAction(KnowledgeBase &kb, QWidget *window)
    : QObject(window)
    , m_kb(kb)
    , m_window(window)
    , m_action(new QAction(tr("&Import BLS wage file…"), this))
{
    m_action->setObjectName(QStringLiteral("importWagesAction"));
    m_action->setStatusTip(tr("Add or update BLS OEWS national wage estimates from BLS's national_MYYYY_dl file"));
    connect(m_action, &QAction::triggered, this, &ImportWagesAction::chooseFile);
    connect(&m_watcher, &QFutureWatcher<OewsParseResult>::finished, this, &ImportWagesAction::onParsed);
}

QAction *ImportWagesAction::addTo(QMenu *menu, KnowledgeBase &kb, QWidget *window)
{
    auto *import = new ImportWagesAction(kb, window);
    menu->addAction(import->action());
    return import->action();
}

void ImportWagesAction::chooseFile()
{
    if (m_running)
        return;
    const QString dir = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                         : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import BLS wage file"), dir,
        tr("BLS OEWS files (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ImportWagesAction::importFile(const QString &path, std::optional<int> vintage)
{
    if (m_running)
        return false;
    m_running = true;
    m_path = path;
    m_action->setEnabled(false);
    // Busy indicator: the parse cannot be interrupted, so there is no cancel button.
    m_progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Import BLS wage file"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // appears only if the parse takes longer than this
    m_progress->setValue(0);             // starts that timer (a busy dialog has range 0–0)
    // The worker gets copies: it never touches the store, which lives on this thread.
    const std::string file = QFile::encodeName(path).toStdString();
    const std::vector<Occupation> known = m_kb.data().occupations;
    m_watcher.setFuture(QtConcurrent::run([file, known, vintage] { return parseOewsFile(file, known, vintage); }));
    return true;
}

void ImportWagesAction::onParsed()
{
    delete m_progress;
    const OewsParseResult parsed = m_watcher.result();
    if (!parsed.ok() && parsed.vintageUnknown && m_interactive) {
        bool given = false;
        const int year = QInputDialog::getInt(m_window, tr("Which year?"),
                                              tr("%1 does not say which year its estimates are for. BLS estimates "
                                                 "are for May of the year:")
                                                  .arg(QString::fromStdString(parsed.fileName)),
                                              m_kb.latestVintage() + 1, 1997, 2100, 1, &given);
        m_running = false;
        if (given) {
            importFile(m_path, year);
        } else {
            m_action->setEnabled(true);
            emit finished(false, tr("No year was given, so nothing was imported."));
        }
        return;
    }
    const OewsImportReport report = storeOews(m_kb, parsed, todayIso());
    if (report.ok())
        emit DataNotifier::instance().referenceDataChanged();
    finish(report.ok(), report.ok() ? reportHtml(report) : QString::fromStdString(report.error));
}

void ImportWagesAction::finish(bool ok, const QString &message)
{
    m_running = false;
    m_action->setEnabled(true);
    if (m_interactive) {
        if (ok)
            QMessageBox::information(m_window, tr("Wages imported"), message);
        else
            QMessageBox::warning(m_window, tr("Nothing was imported"), message);
    }
    emit finished(ok, message);
}

QString ImportWagesAction::reportHtml(const OewsImportReport &report)
{
    const QString may = tr("May %1").arg(report.vintage);
    QString out = QStringLiteral("<p>") + tr("BLS OEWS national estimates for %1 from %2.")
                                              .arg(may, html::esc(report.fileName)) + QLatin1Char(' ');
    if (!report.replaced)
        out += tr("%1 is a new vintage.").arg(may);
    else if (report.changedRows == 0)
        out += tr("They replace the rows already stored for %1; no figures changed.").arg(may);
    else
        out += tr("They replace the rows already stored for %1; %2 of %3 rows changed.")
                   .arg(may)
                   .arg(report.changedRows)
                   .arg(report.changes.size());
    out += QStringLiteral("</p>");
    const int previous = report.changes.empty() ? 0 : report.changes.front().previousVintage;
    out += QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                          "<th align='right'>%3</th>")
               .arg(tr("SOC"), tr("Occupation"), tr("Median"));
    if (previous)
        out += QStringLiteral("<th align='right'>%1</th>")
                   .arg(tr("Change vs May %1").arg(previous).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    out += QStringLiteral("</tr>");
    for (const auto &c : report.changes) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td>")
                   .arg(html::esc(c.soc), html::esc(c.title), html::money(c.median, c.medianTopCoded));
        if (previous)
            out += QStringLiteral("<td align='right'>%1</td>").arg(changeText(c).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table><p>%1</p>")
               .arg(previous ? tr("Medians are annual. The change compares with %1 as stored before this import.")
                                   .arg(tr("May %1").arg(previous))
                             : tr("Medians are annual. No earlier vintage is stored to compare with."));
    return out;
}

} // namespace hp::ui
