#include "models/veteran_occupation_model.h"

#include <QColor>
#include <QFont>
#include <QStringList>

namespace hp::ui {

namespace {
QString text(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

QString branchName(const std::string &branchId)
{
    for (const auto &b : veterans::branches())
        if (b.id == branchId)
            return text(b.name);
    return text(branchId);
}

QString onetText(const veterans::Veterans *vet, const std::string &onetCode)
{
    const std::string title = vet ? vet->onetTitle(onetCode) : std::string();
    return title.empty() ? text(onetCode) : QStringLiteral("%1 %2").arg(text(onetCode), text(title));
}

void VeteranOccupationModel::setOccupations(const std::vector<veterans::MilitaryOccupation> &matched,
                                            const std::vector<veterans::MilitaryOccupation> &suggested, const veterans::Veterans *vet)
{
    beginResetModel();
    m_rows.clear();
    m_matched = int(matched.size());
    for (const auto *list : {&matched, &suggested})
        for (const auto &o : *list) {
            Row row{o, branchName(o.branchId), {}, {}, list == &suggested};
            QStringList codes, full;
            for (const auto &c : o.onetCodes) {
                codes << text(c);
                full << onetText(vet, c);
            }
            row.onet = codes.join(QStringLiteral(", "));
            row.onetLong = full.join(QLatin1Char('\n'));
            m_rows << row;
        }
    endResetModel();
}

const veterans::MilitaryOccupation *VeteranOccupationModel::occupationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].occupation : nullptr;
}

int VeteranOccupationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VeteranOccupationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VeteranOccupationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BranchColumn: return r.branch;
        case CodeColumn: return text(r.occupation.code);
        case TitleColumn: return text(r.occupation.title);
        case OnetColumn: return r.onet.isEmpty() ? tr("none") : r.onet;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (r.suggested && (role == Qt::ToolTipRole || index.column() == BranchColumn))
            return tr("A code like what you typed, not used for the matches: type it in full to use it.");
        switch (index.column()) {
        case BranchColumn: return r.branch;
        case CodeColumn: return tr("%1 code %2").arg(text(r.occupation.category), text(r.occupation.code)).trimmed();
        case TitleColumn: return text(r.occupation.title);
        case OnetColumn:
            return r.onetLong.isEmpty() ? tr("The crosswalk maps this code to no civilian occupation.")
                                        : tr("Civilian occupations (O*NET): %1").arg(r.onetLong);
        }
        return {};
    case Qt::ForegroundRole:
        return r.suggested ? QVariant(QColor(0x6b, 0x6b, 0x6b)) : QVariant();
    case Qt::FontRole:
        if (r.suggested) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case SuggestedRole:
        return r.suggested;
    case CodeRole:
        return text(r.occupation.code);
    case BranchIdRole:
        return text(r.occupation.branchId);
    default:
        return {};
    }
}

QVariant VeteranOccupationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BranchColumn: return tr("Branch");
    case CodeColumn: return tr("Code");
    case TitleColumn: return tr("Title");
    case OnetColumn: return tr("O*NET matches");
    }
    return {};
}

} // namespace hp::ui
