#include "app/fit_answers.h"

#include "app/settings.h"

namespace hp::ui {

namespace {
const QString kSettingsGroup = QStringLiteral("fitAnswers");
}

fit::Answers loadFitAnswers(const fit::Questionnaire &q)
{
    fit::Answers answers;
    const auto settings = appSettings();
    settings->beginGroup(kSettingsGroup);
    for (const QString &key : settings->childKeys())
        answers[key.toStdString()] = settings->value(key).toString().toStdString();
    settings->endGroup();
    for (auto it = answers.begin(); it != answers.end();) {
        const fit::Item *item = q.item(it->first);
        it = item && item->choice(it->second) ? std::next(it) : answers.erase(it);
    }
    return answers;
}

void saveFitAnswers(const fit::Answers &answers)
{
    const auto settings = appSettings();
    settings->remove(kSettingsGroup);
    settings->beginGroup(kSettingsGroup);
    for (const auto &[item, choice] : answers)
        settings->setValue(QString::fromStdString(item), QString::fromStdString(choice));
    settings->endGroup();
}

} // namespace hp::ui
