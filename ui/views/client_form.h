#pragma once
// Who the client is, as a form: name or alias (required), contact, background, goals, constraints
// and tags. A field is committed when its editing finishes (Enter, leaving the field, a choice in
// the combo box); the form then reports the client before and after through `edited`, and the
// view makes that an undoable command that saves at once. The form never writes anything itself.
//
//   Name or alias* [            ]   Contact      [            ]
//   Education      [            ]   Current job  [            ]
//   Military       [            ]   Clinical     [            ]
//   Goals          [                                          ]
//   Study hours    [ 8 h/week  ]    Budget       [ $1,500     ]
//   Location       [            ]   Remote work  [ Hybrid   ▾ ]
//   Tags           [ evening, WIOA                            ]

#include "clients/client.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace hp::ui {

enum class ClientField { Name, Contact, Education, CurrentJob, Military, Clinical, Goals, HoursPerWeek, Budget, Location, Remote, Tags };

QString clientFieldText(ClientField field); // "goals", for "Change goals"
// Copies one field, so that undoing an edit touches only what the edit changed.
void copyClientField(ClientField field, const clients::Client &from, clients::Client &to);
bool sameField(ClientField field, const clients::Client &a, const clients::Client &b);

class ClientForm : public QWidget {
    Q_OBJECT
public:
    explicit ClientForm(QWidget *parent = nullptr);

    void setClient(const clients::Client &client); // shows it; emits nothing
    void clear();                                  // no client: empty and disabled
    void setEditable(bool editable);
    const clients::Client &client() const { return m_client; }

    // Commits every field whose text differs from the client shown (before switching clients).
    void commitAll();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *goalsEdit() const { return m_goals; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *edit(ClientField field) const;
    QSpinBox *hoursBox() const { return m_hours; }
    QSpinBox *budgetBox() const { return m_budget; }
    QComboBox *remotePicker() const { return m_remote; }

signals:
    void edited(hp::ui::ClientField field, const hp::clients::Client &before, const hp::clients::Client &after);
    void problem(const QString &sentence); // e.g. the name was emptied; the field is put back

private:
    void commit(ClientField field);
    clients::Client fromWidgets(ClientField field) const; // m_client with one field read from the form
    void show(const clients::Client &client);

    clients::Client m_client;
    bool m_editable = true;
    bool m_hasClient = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_education = nullptr;
    QLineEdit *m_job = nullptr;
    QLineEdit *m_military = nullptr;
    QLineEdit *m_clinical = nullptr;
    QLineEdit *m_goals = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_budget = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_remote = nullptr;
    QLineEdit *m_tags = nullptr;
};

} // namespace hp::ui
