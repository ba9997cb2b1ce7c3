#pragma once
// The fit check's ranking as a table: rank, role, fit score (drawn as a bar by ScoreBarDelegate)
// and the answers behind the score. It holds text snapshots taken in setResult, so nothing here
// points into a result the view replaces on the next answer. The translated sentences for the
// reasons and the suggested changes live here too, shared by the view's details and printout.

#include "fit/fit.h"
#include "refdata/knowledge_base.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace hp::ui {

// "You answered “Just right” to “Quiet solo work”, which suits this role."
QString fitReasonText(const fit::Questionnaire &q, const KnowledgeBase &kb, const std::string &roleId, const fit::Reason &reason);
// "+ Quiet solo work: Just right" — the short form used in the table.
QString fitReasonShort(const fit::Questionnaire &q, const fit::Reason &reason);
// "Answering “Often is fine” to “Phone calls with insurers” would move Medical biller above …"
QString fitChangeText(const fit::Questionnaire &q, const KnowledgeBase &kb, const std::string &roleId, const fit::Change &change);
// Why a role has no score yet.
QString fitUnscoredText(const fit::Unscored &unscored);

class FitRankingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, RoleColumn, ScoreColumn, WhyColumn, ColumnCount };
    enum Roles { RoleIdRole = Qt::UserRole + 1, ScoreRole, FamilyRole };

    FitRankingModel(const fit::Questionnaire &q, const KnowledgeBase &kb, QObject *parent = nullptr);

    void setResult(const fit::FitResult &result);
    int rowOf(const QString &roleId) const; // -1 when the role is not ranked
    QString roleIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString roleId, name, why, whyLong;
        int rank = 0;
        double score = 0;
        int family = 0;
    };
    const fit::Questionnaire &m_q;
    const KnowledgeBase &m_kb;
    QVector<Row> m_rows;
};

} // namespace hp::ui
