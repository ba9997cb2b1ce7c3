#pragma once
// The civilian roles a veteran's codes lead to, as a table: how the role matches (direct,
// adjacent, stretch, with a coloured swatch), the role, the level that fits the veteran's pay
// grade and the codes behind it. The reasons are the row's tooltip and accessible text; the view
// shows them in full for the selected row. The translated words for match kinds and levels live
// here too, shared by the view's details and its printout.

#include "veterans/veterans.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVector>

#include <optional>

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

QString matchKindText(veterans::MatchKind kind);        // "Direct"
QString matchKindExplanation(veterans::MatchKind kind); // what "direct" means, in one sentence
QColor matchKindColor(veterans::MatchKind kind);
// The name of a match's level: a ladder level's name, the veteran's level, or the id itself.
QString matchLevelText(const KnowledgeBase &kb, const std::string &levelId, const std::optional<veterans::Level> &level);
// "E-5" for "E5".
QString payGradeText(const QString &grade);

class VeteranMatchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, RoleColumn, LevelColumn, FromColumn, ColumnCount };
    enum Roles { RoleIdRole = Qt::UserRole + 1, KindRole };

    explicit VeteranMatchModel(const KnowledgeBase &kb, QObject *parent = nullptr);

    void setResult(const veterans::MatchResult &result);
    int rowOf(const QString &roleId) const; // -1 when the role is not matched
    QString roleIdAt(int row) const;
    const veterans::RoleMatch *matchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        veterans::RoleMatch match;
        QString roleId, role, level, from, reasons;
    };
    const KnowledgeBase &m_kb;
    QVector<Row> m_rows;
};

} // namespace hp::ui
