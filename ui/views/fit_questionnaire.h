#pragma once
// The fit check's questions as radio-button groups under their topics. It only shows answers and
// reports the ones a person picks; FitView owns the answers, their undo history and persistence.

#include "fit/fit.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QRadioButton;

namespace hp::ui {

class FitQuestionnaire : public QWidget {
    Q_OBJECT
public:
    explicit FitQuestionnaire(const fit::Questionnaire &q, QWidget *parent = nullptr);

    // Shows these answers (unlisted questions unanswered) without emitting answerChosen.
    void setAnswers(const fit::Answers &answers);
    QRadioButton *button(const QString &itemId, const QString &choiceId) const;

signals:
    void answerChosen(const QString &itemId, const QString &choiceId);

private:
    const fit::Questionnaire &m_q;
    QHash<QString, QButtonGroup *> m_groups; // item id → its answers
};

} // namespace hp::ui
