#include "models/comparison_table_model.h"

#include "models/source_table_model.h"
#include "theme/family_palette.h"

#include <QFont>

namespace hp::ui {

ComparisonTableModel::ComparisonTableModel(const KnowledgeBase &kb, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kb(kb)
{
}

void ComparisonTableModel::setComparison(const compare::Comparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.roles.size()) + 1; // column 0 names the fact
}

QString ComparisonTableModel::rowLabel(compare::RowId id)
{
    using compare::RowId;
    switch (id) {
    case RowId::Summary: return tr("What the job is");
    case RowId::TypicalDay: return tr("A typical day");
    case RowId::Settings: return tr("Where people work");
    case RowId::EntryEducation: return tr("Entry education");
    case RowId::TimeToFirstJob: return tr("Time to a first job");
    case RowId::CostToEntry: return tr("Cost to entry");
    case RowId::KeyCertifications: return tr("Key certifications");
    case RowId::WageBand: return tr("Pay, 10th–90th percentile");
    case RowId::Outlook: return tr("Job outlook");
    case RowId::Remote: return tr("Remote work");
    case RowId::EntryBarrier: return tr("Entry barrier");
    case RowId::NextSteps: return tr("Next steps up");
    }
    return {};
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_comparison.rows[size_t(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return rowLabel(row.id);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignLeft | Qt::AlignTop);
        return {};
    }
    const auto &cell = row.cells[size_t(index.column() - 1)];
    const Status status = cell.isFigure() ? m_kb.statusOf(cell.sourceId, cell.status) : Status::Verified;
    QString text = QString::fromStdString(cell.text);
    if (cell.isFigure() && status != Status::Verified)
        text += QStringLiteral(" [%1]").arg(statusName(status).toLower());
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return cell.isFigure() ? tr("Source: %1").arg(QString::fromStdString(m_kb.citation(cell.sourceId))) : text;
    case Qt::AccessibleTextRole:
        return cell.isFigure() ? text + QStringLiteral(". ") + tr("Source: %1").arg(QString::fromStdString(m_kb.citation(cell.sourceId)))
                               : text;
    case SourceRole:
        return QString::fromStdString(cell.sourceId);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Fact");
    if (orientation == Qt::Horizontal && section > 0 && section < columnCount()) {
        const Role *r = m_comparison.roles[size_t(section - 1)];
        if (role == Qt::DisplayRole)
            return QString::fromStdString(r->shortName.empty() ? r->name : r->shortName);
        if (role == Qt::DecorationRole)
            return familySwatch(r->family);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return QStringLiteral("%1 (%2)").arg(QString::fromStdString(r->name), familyName(r->family));
    }
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount() && role == Qt::DisplayRole)
        return rowLabel(m_comparison.rows[size_t(section)].id);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace hp::ui
