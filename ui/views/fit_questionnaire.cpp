#include "views/fit_questionnaire.h"

#include <QButtonGroup>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hp::ui {

namespace {
QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

// The answers of a question sit side by side in equal cells while they fit in kAnswerWidth, else
// in two columns, else one under the other, so an answer is never cut off.
constexpr int kAnswerWidth = 450, kSpacing = 16;

struct Cells {
    int columns = 1, width = 0;
};

Cells cellsFor(const fit::Item &item, const QFontMetrics &fm)
{
    int widest = 0;
    for (const auto &c : item.choices)
        widest = std::max(widest, fm.horizontalAdvance(text(c.label)));
    const int width = std::max(130, widest + 30); // + the radio indicator and its gap
    const int n = int(item.choices.size());
    for (int columns : {n, 2})
        if (columns >= 1 && columns <= 4 && columns * width + (columns - 1) * kSpacing <= kAnswerWidth)
            return {columns, width};
    return {1, width};
}
} // namespace

FitQuestionnaire::FitQuestionnaire(const fit::Questionnaire &q, QWidget *parent)
    : QWidget(parent)
    , m_q(q)
{
    setObjectName(QStringLiteral("fitQuestionnaire"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 12, 4);
    layout->setSpacing(4);
    std::string topic;
    int number = 0;
    for (const auto &item : q.items) {
        if (item.topic != topic) {
            topic = item.topic;
            auto *heading = new QLabel(text(topic), this);
            QFont f = heading->font();
            f.setBold(true);
            f.setPointSizeF(f.pointSizeF() * 1.15);
            heading->setFont(f);
            heading->setContentsMargins(0, number ? 10 : 0, 0, 2);
            layout->addWidget(heading);
        }
        ++number;
        auto *title = new QLabel(tr("%1. %2").arg(number).arg(text(item.label)), this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setContentsMargins(0, 6, 0, 0);
        auto *question = new QLabel(text(item.question), this);
        question->setWordWrap(true);
        layout->addWidget(title);
        layout->addWidget(question);

        auto *group = new QButtonGroup(this);
        group->setObjectName(QStringLiteral("fitItem-%1").arg(text(item.id)));
        m_groups.insert(text(item.id), group);
        auto *grid = new QGridLayout;
        grid->setContentsMargins(12, 0, 0, 0);
        grid->setHorizontalSpacing(kSpacing);
        grid->setVerticalSpacing(2);
        const Cells cells = cellsFor(item, fontMetrics());
        const int columns = cells.columns;
        for (size_t c = 0; c < item.choices.size(); ++c) {
            auto *radio = new QRadioButton(text(item.choices[c].label), this);
            radio->setObjectName(QStringLiteral("fit-%1-%2").arg(text(item.id), text(item.choices[c].id)));
            radio->setAccessibleName(tr("%1: %2").arg(text(item.label), text(item.choices[c].label)));
            radio->setAccessibleDescription(text(item.question));
            radio->setProperty("choiceId", text(item.choices[c].id));
            group->addButton(radio, int(c));
            grid->addWidget(radio, int(c) / columns, int(c) % columns);
        }
        for (int col = 0; col < columns; ++col)
            grid->setColumnMinimumWidth(col, cells.width);
        grid->setColumnStretch(columns, 1);
        if (!item.choices.empty())
            title->setBuddy(group->button(0));
        layout->addLayout(grid);
        const QString itemId = text(item.id);
        connect(group, &QButtonGroup::idClicked, this, [this, group, itemId](int id) {
            emit answerChosen(itemId, group->button(id)->property("choiceId").toString());
        });
    }
    layout->addStretch(1);
}

void FitQuestionnaire::setAnswers(const fit::Answers &answers)
{
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
        QButtonGroup *group = it.value();
        const auto answer = answers.find(it.key().toStdString());
        const QString choice = answer == answers.end() ? QString() : text(answer->second);
        // An exclusive group cannot uncheck its last button; lift that while setting the state.
        group->setExclusive(false);
        for (QAbstractButton *b : group->buttons()) {
            const QSignalBlocker blocker(b);
            b->setChecked(!choice.isEmpty() && b->property("choiceId").toString() == choice);
        }
        group->setExclusive(true);
    }
}

QRadioButton *FitQuestionnaire::button(const QString &itemId, const QString &choiceId) const
{
    const QButtonGroup *group = m_groups.value(itemId);
    if (!group)
        return nullptr;
    for (QAbstractButton *b : group->buttons())
        if (b->property("choiceId").toString() == choiceId)
            return qobject_cast<QRadioButton *>(b);
    return nullptr;
}

} // namespace hp::ui
