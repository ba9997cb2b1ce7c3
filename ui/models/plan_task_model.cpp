#include "models/plan_task_model.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>

namespace hp::ui {

namespace {

constexpr int kPhaseCount = 4;
// Phase rows have internalId 0; task rows carry their phase + 1.
constexpr quintptr kPhaseRowId = 0;

QString effortText(double hours)
{
    if (hours <= 0)
        return {};
    if (hours < 1)
        return PlanTaskModel::tr("%1 min").arg(qRound(hours * 60));
    return PlanTaskModel::tr("%1 h").arg(QString::number(hours, 'g', 3));
}

QColor overdueColor()
{
    // Red that keeps contrast on light and dark palettes.
    return QApplication::palette().color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                           : QColor(0xb0, 0x1c, 0x1c);
}

} // namespace

QString phaseTitle(int phase)
{
    switch (phase) {
    case 1: return PlanTaskModel::tr("Days 1–30");
    case 2: return PlanTaskModel::tr("Days 31–60");
    case 3: return PlanTaskModel::tr("Days 61–90");
    default: return PlanTaskModel::tr("Beyond day 90");
    }
}

QDate toQDate(plan::Date d)
{
    return QDate(int(d.year()), int(unsigned(d.month())), int(unsigned(d.day())));
}

plan::Date fromQDate(QDate d)
{
    return plan::Date{std::chrono::year{d.year()}, std::chrono::month{unsigned(d.month())},
                      std::chrono::day{unsigned(d.day())}};
}

void PlanTaskModel::setPlan(const plan::Plan &plan, plan::Date today)
{
    bool sameTasks = plan.tasks.size() == m_plan.tasks.size() && !m_phaseTasks.isEmpty();
    for (std::size_t i = 0; sameTasks && i < plan.tasks.size(); ++i)
        sameTasks = plan.tasks[i].id == m_plan.tasks[i].id && plan.tasks[i].phase == m_plan.tasks[i].phase;
    if (sameTasks) {
        m_plan = plan;
        m_today = today;
        for (int p = 0; p < kPhaseCount; ++p) {
            emit dataChanged(index(p, 0), index(p, ColumnCount - 1));
            if (!m_phaseTasks[p].isEmpty())
                emit dataChanged(index(0, 0, index(p, 0)), index(m_phaseTasks[p].size() - 1, ColumnCount - 1, index(p, 0)));
        }
        return;
    }
    beginResetModel();
    m_plan = plan;
    m_today = today;
    m_phaseTasks = QVector<QVector<int>>(kPhaseCount);
    for (std::size_t i = 0; i < m_plan.tasks.size(); ++i) {
        const int phase = std::clamp(m_plan.tasks[i].phase, 1, kPhaseCount);
        m_phaseTasks[phase - 1].append(int(i));
    }
    endResetModel();
}

const plan::Task *PlanTaskModel::task(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kPhaseRowId)
        return nullptr;
    const auto &rows = m_phaseTasks.value(int(index.internalId()) - 1);
    if (index.row() < 0 || index.row() >= rows.size())
        return nullptr;
    return &m_plan.tasks[std::size_t(rows[index.row()])];
}

QModelIndex PlanTaskModel::indexOfTask(const QString &id) const
{
    const std::string wanted = id.toStdString();
    for (int p = 0; p < m_phaseTasks.size(); ++p)
        for (int r = 0; r < m_phaseTasks[p].size(); ++r)
            if (m_plan.tasks[std::size_t(m_phaseTasks[p][r])].id == wanted)
                return createIndex(r, 0, quintptr(p + 1));
    return {};
}

QModelIndex PlanTaskModel::phaseIndex(int phase) const
{
    return index(phase - 1, 0);
}

QModelIndex PlanTaskModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kPhaseRowId);
    if (parent.internalId() != kPhaseRowId)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanTaskModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPhaseRowId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kPhaseRowId);
}

int PlanTaskModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_phaseTasks.size();
    if (parent.internalId() != kPhaseRowId || parent.column() != 0)
        return 0;
    return m_phaseTasks.value(parent.row()).size();
}

int PlanTaskModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kPhaseRowId)
        return phaseData(index.row() + 1, index.column(), role);
    const plan::Task *t = task(index);
    return t ? taskData(*t, index.column(), role) : QVariant();
}

QVariant PlanTaskModel::phaseData(int phase, int column, int role) const
{
    if (role == PhaseRole)
        return phase;
    const auto rows = m_phaseTasks.value(phase - 1);
    int done = 0, overdue = 0;
    for (int i : rows) {
        done += m_plan.tasks[std::size_t(i)].done ? 1 : 0;
        overdue += plan::isOverdue(m_plan.tasks[std::size_t(i)], m_today) ? 1 : 0;
    }
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == OverdueRole)
        return overdue > 0;
    if (role == Qt::ForegroundRole && column == StatusColumn && overdue > 0)
        return QBrush(overdueColor());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case TaskColumn: return phaseTitle(phase);
    case StatusColumn: {
        QString s = tr("%1 of %2 done").arg(done).arg(rows.size());
        if (overdue > 0)
            s += tr(", %n overdue", nullptr, overdue);
        return s;
    }
    default: return {};
    }
}

QVariant PlanTaskModel::taskData(const plan::Task &t, int column, int role) const
{
    const bool overdue = plan::isOverdue(t, m_today);
    switch (role) {
    case TaskIdRole: return QString::fromStdString(t.id);
    case OverdueRole: return overdue;
    case PhaseRole: return t.phase;
    case Qt::CheckStateRole:
        return column == TaskColumn ? QVariant(t.done ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ForegroundRole:
        if (overdue && (column == DueColumn || column == StatusColumn))
            return QBrush(overdueColor());
        if (t.done)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (column == TaskColumn)
            return QString::fromStdString(t.detail);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case TaskColumn: return QString::fromStdString(t.title);
        case DueColumn: return QLocale().toString(toQDate(t.due), QLocale::ShortFormat);
        case EffortColumn: return effortText(t.effortHours);
        case StatusColumn:
            if (t.done)
                return t.doneOn ? tr("Done %1").arg(QLocale().toString(toQDate(*t.doneOn), QLocale::ShortFormat))
                                : tr("Done");
            return overdue ? tr("Overdue") : QString();
        default: return {};
        }
    default: return {};
    }
}

bool PlanTaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const plan::Task *t = task(index);
    if (!t || role != Qt::CheckStateRole || index.column() != TaskColumn)
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (done != t->done)
        emit taskCheckRequested(QString::fromStdString(t->id), done);
    return true;
}

Qt::ItemFlags PlanTaskModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (task(index) && index.column() == TaskColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PlanTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TaskColumn: return tr("Task");
    case DueColumn: return tr("Due");
    case EffortColumn: return tr("Effort");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace hp::ui
