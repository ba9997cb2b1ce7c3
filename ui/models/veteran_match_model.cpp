#include "models/veteran_match_model.h"

#include "refdata/knowledge_base.h"

#include <QStringList>

namespace hp::ui {

namespace {
QString text(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

QString matchKindText(veterans::MatchKind kind)
{
    switch (kind) {
    case veterans::MatchKind::Direct: return VeteranMatchModel::tr("Direct");
    case veterans::MatchKind::Adjacent: return VeteranMatchModel::tr("Adjacent");
    case veterans::MatchKind::Stretch: return VeteranMatchModel::tr("Stretch");
    }
    return {};
}

QString matchKindExplanation(veterans::MatchKind kind)
{
    switch (kind) {
    case veterans::MatchKind::Direct:
        return VeteranMatchModel::tr("A direct match: your military work is this civilian job's work.");
    case veterans::MatchKind::Adjacent:
        return VeteranMatchModel::tr("An adjacent match: your military work sits next to this job, a short step away.");
    case veterans::MatchKind::Stretch:
        return VeteranMatchModel::tr("A stretch: your experience helps, but expect more training than for a closer match.");
    }
    return {};
}

QColor matchKindColor(veterans::MatchKind kind)
{
    switch (kind) {
    case veterans::MatchKind::Direct: return QColor(0x2e, 0x7d, 0x32);
    case veterans::MatchKind::Adjacent: return QColor(0x15, 0x65, 0xc0);
    case veterans::MatchKind::Stretch: return QColor(0x9e, 0x6a, 0x00);
    }
    return {};
}

QString matchLevelText(const KnowledgeBase &kb, const std::string &levelId, const std::optional<veterans::Level> &level)
{
    if (levelId.empty())
        return {};
    for (const Ladder &ladder : kb.data().ladders)
        for (const LadderLevel &l : ladder.levels)
            if (l.id == levelId)
                return text(l.name);
    if (level && level->id == levelId)
        return text(level->name);
    return text(levelId);
}

QString payGradeText(const QString &grade)
{
    return grade.size() < 2 ? grade : grade.left(1) + QLatin1Char('-') + grade.mid(1);
}

VeteranMatchModel::VeteranMatchModel(const KnowledgeBase &kb, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kb(kb)
{
}

void VeteranMatchModel::setResult(const veterans::MatchResult &result)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &m : result.roles) {
        Row row;
        row.match = m;
        row.roleId = text(m.roleId);
        const Role *r = m_kb.role(m.roleId);
        row.role = r ? text(r->name) : row.roleId;
        row.level = matchLevelText(m_kb, m.levelId, result.level);
        QStringList from, reasons;
        for (const auto &c : m.fromCodes)
            from << text(c);
        for (const auto &s : m.reasons)
            reasons << text(s);
        row.from = from.join(QStringLiteral(", "));
        row.reasons = reasons.join(QLatin1Char('\n'));
        m_rows << row;
    }
    endResetModel();
}

int VeteranMatchModel::rowOf(const QString &roleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].roleId == roleId)
            return i;
    return -1;
}

QString VeteranMatchModel::roleIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].roleId : QString();
}

const veterans::RoleMatch *VeteranMatchModel::matchAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].match : nullptr;
}

int VeteranMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VeteranMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VeteranMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return matchKindText(r.match.kind);
        case RoleColumn: return r.role;
        case LevelColumn: return r.level.isEmpty() ? tr("—") : r.level;
        case FromColumn: return r.from;
        }
        return {};
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case KindColumn: return tr("%1 match").arg(matchKindText(r.match.kind));
        case RoleColumn: return r.role;
        case LevelColumn: return r.level.isEmpty() ? tr("No level given") : tr("Level: %1").arg(r.level);
        case FromColumn: return tr("From %1").arg(r.from);
        }
        return {};
    case Qt::ToolTipRole:
        return r.reasons.isEmpty() ? matchKindExplanation(r.match.kind) : r.reasons;
    case Qt::DecorationRole:
        return index.column() == KindColumn ? QVariant(matchKindColor(r.match.kind)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == KindColumn ? QVariant(matchKindColor(r.match.kind)) : QVariant();
    case RoleIdRole:
        return r.roleId;
    case KindRole:
        return int(r.match.kind);
    default:
        return {};
    }
}

QVariant VeteranMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Match");
    case RoleColumn: return tr("Civilian role");
    case LevelColumn: return tr("Your level");
    case FromColumn: return tr("From");
    }
    return {};
}

} // namespace hp::ui
