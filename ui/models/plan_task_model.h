#pragma once
// The tasks of a 30-60-90 plan as a tree: four phase rows (days 1–30, 31–60, 61–90, beyond day 90),
// each with its tasks. A task row is checkable; checking it does not change the plan here but asks
// for the change through taskCheckRequested, so the view can make it undoable and save it.

#include "plan/plan.h"

#include <QAbstractItemModel>
#include <QDate>

namespace hp::ui {

QString phaseTitle(int phase); // "Days 1–30", …, "Beyond day 90", translated
QDate toQDate(plan::Date d);
plan::Date fromQDate(QDate d);

class PlanTaskModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TaskColumn, DueColumn, EffortColumn, StatusColumn, ColumnCount };
    enum Roles { TaskIdRole = Qt::UserRole + 1, OverdueRole, PhaseRole };

    using QAbstractItemModel::QAbstractItemModel;

    // Same task ids as before: the rows are updated in place (selection and expansion survive);
    // otherwise the model is reset.
    void setPlan(const plan::Plan &plan, plan::Date today);
    const plan::Task *task(const QModelIndex &index) const; // nullptr for phase rows
    QModelIndex indexOfTask(const QString &id) const;
    QModelIndex phaseIndex(int phase) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void taskCheckRequested(const QString &taskId, bool done);

private:
    QVariant phaseData(int phase, int column, int role) const;
    QVariant taskData(const plan::Task &task, int column, int role) const;

    plan::Plan m_plan;
    plan::Date m_today;
    QVector<QVector<int>> m_phaseTasks; // phase row → indices into m_plan.tasks
};

} // namespace hp::ui
