#pragma once
// The "Your situation" form of the Plan view: persona, target role, start date, hours a week,
// budget, credentials already held and funding. It only collects input; the view makes the plan.

#include "plan/plan.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class PlanInputForm : public QWidget {
    Q_OBJECT
public:
    explicit PlanInputForm(const KnowledgeBase &kb, QWidget *parent = nullptr);

    plan::PlanInput input() const;
    void setInput(const plan::PlanInput &input); // shows a saved plan's inputs
    // Sets the fields named in `arguments` (persona, target, start, hours, budget, funding, held);
    // returns an empty string or a sentence naming what is wrong and what would work.
    QString applyArguments(const QHash<QString, QString> &arguments);

    QComboBox *personaPicker() const { return m_persona; }
    QComboBox *targetPicker() const { return m_target; }
    QDateEdit *startEdit() const { return m_start; }
    QSpinBox *hoursBox() const { return m_hours; }
    QSpinBox *budgetBox() const { return m_budget; }
    QListWidget *heldList() const { return m_held; }
    QCheckBox *fundingBox(const QString &id) const { return m_funding.value(id); }
    QPushButton *makeButton() const { return m_make; }
    QPushButton *fitButton() const { return m_useFit; }

    // Sets the target to the top role of the person's saved fit-check answers; returns the
    // sentence to show (which role, or that the fit check has no answers yet).
    QString useFitTopRole();

signals:
    void planRequested();
    void message(const QString &text);

private:
    void personaChanged();

    QComboBox *m_persona = nullptr;
    QComboBox *m_target = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_budget = nullptr;
    QListWidget *m_held = nullptr;
    QHash<QString, QCheckBox *> m_funding;
    QPushButton *m_make = nullptr;
    QPushButton *m_useFit = nullptr;
    const KnowledgeBase &m_kb;
};

} // namespace hp::ui
