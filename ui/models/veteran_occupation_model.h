#pragma once
// The military occupations a Veterans search found, as a table: branch, code, title and the
// O*NET occupations the crosswalk maps the code to. It holds copies, so nothing here points into
// a result the view replaces on the next keystroke.

#include "veterans/veterans.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hp::ui {

// "Army" for "army"; the id itself when the branch is unknown.
QString branchName(const std::string &branchId);
// "29-2072.00 Medical Records Specialists" when the crosswalk names the occupation, else the code.
QString onetText(const veterans::Veterans *vet, const std::string &onetCode);

class VeteranOccupationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { BranchColumn, CodeColumn, TitleColumn, OnetColumn, ColumnCount };
    enum Roles { CodeRole = Qt::UserRole + 1, BranchIdRole, SuggestedRole };

    using QAbstractTableModel::QAbstractTableModel;

    // `matched` are the occupations the matches come from; `suggested` are codes like a term that
    // matched nothing (shown greyed, not used). `vet` names the O*NET occupations; it is not kept.
    void setOccupations(const std::vector<veterans::MilitaryOccupation> &matched,
                        const std::vector<veterans::MilitaryOccupation> &suggested, const veterans::Veterans *vet);
    int matchedCount() const { return m_matched; }
    const veterans::MilitaryOccupation *occupationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        veterans::MilitaryOccupation occupation;
        QString branch, onet, onetLong;
        bool suggested = false;
    };
    int m_matched = 0;
    QVector<Row> m_rows;
};

} // namespace hp::ui
