#pragma once
// Item models for the Ladders view: the planned routes (one row each) and the steps of the
// selected route (one row per move). Both hold text snapshots taken in setPlan/setRoute, so
// nothing here points into a plan or lattice that the view may rebuild later.

#include "lattice/planner.h"
#include "refdata/knowledge_base.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace hp::ui {

// "Fastest", "Cheapest", "Fastest and cheapest", "Alternative 2": a route's label, translated.
QString routeTitle(const lattice::Route &route);
QString routeMonthsText(const lattice::Totals &t);
QString routeCostText(const lattice::Totals &t);

class RouteListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { UnusualRole = Qt::UserRole + 1, TitleRole };
    using QAbstractListModel::QAbstractListModel;

    void setPlan(const lattice::Plan &plan); // an empty list unless the plan's status is Ok
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString title, months, cost, warnings;
        bool unusual = false;
    };
    QVector<Row> m_rows;
};

class RouteStepModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StepColumn, MonthsColumn, CostColumn, CredentialColumn, WageColumn, ColumnCount };
    explicit RouteStepModel(const KnowledgeBase &kb, QObject *parent = nullptr);

    void setRoute(const lattice::Route *route); // nullptr: no rows
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QStringList text, tips; // one per column
        bool unusual = false;
    };
    const KnowledgeBase &m_kb;
    QVector<Row> m_rows;
};

} // namespace hp::ui
