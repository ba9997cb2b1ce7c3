#include "views/plan_input_form.h"

#include "app/fit_answers.h"
#include "fit/fit_reader.h"
#include "models/plan_task_model.h"
#include "refdata/knowledge_base.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace hp::ui {

namespace {

int findData(const QComboBox *box, const QString &id)
{
    return box->findData(id);
}

QString idsOf(const QComboBox *box)
{
    QStringList ids;
    for (int i = 0; i < box->count(); ++i)
        ids << box->itemData(i).toString();
    return ids.join(QStringLiteral(", "));
}

} // namespace

PlanInputForm::PlanInputForm(const KnowledgeBase &kb, QWidget *parent)
    : QWidget(parent)
    , m_kb(kb)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_persona = new QComboBox(this);
    for (const auto &p : plan::personas())
        m_persona->addItem(QString::fromStdString(p.name), QString::fromStdString(p.id));
    m_persona->setAccessibleName(tr("Persona"));
    m_persona->setToolTip(tr("Which description fits you best; it decides which steps the plan includes."));
    form->addRow(tr("&I am a"), m_persona);

    m_target = new QComboBox(this);
    std::vector<const Role *> roles;
    for (const Role &r : kb.roles())
        roles.push_back(&r);
    std::sort(roles.begin(), roles.end(), [](const Role *a, const Role *b) { return a->name < b->name; });
    for (const Role *r : roles)
        m_target->addItem(QString::fromStdString(r->name), QString::fromStdString(r->id));
    m_target->setAccessibleName(tr("Target role"));
    m_useFit = new QPushButton(tr("Use my fit check's &top role"), this);
    m_useFit->setAccessibleName(tr("Set the target to the top role of my fit check"));
    connect(m_useFit, &QPushButton::clicked, this, [this] { emit message(useFitTopRole()); });
    for (QComboBox *box : {m_persona, m_target}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    form->addRow(tr("&Target role"), m_target);
    form->addRow(QString(), m_useFit);

    m_start = new QDateEdit(QDate::currentDate(), this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setAccessibleName(tr("Start date"));

    form->addRow(tr("&Start on"), m_start);

    m_hours = new QSpinBox(this);
    m_hours->setRange(1, 80);
    m_hours->setSuffix(tr(" h a week"));
    m_hours->setAccessibleName(tr("Hours a week available"));
    form->addRow(tr("&Hours"), m_hours);

    m_budget = new QSpinBox(this);
    m_budget->setRange(0, 200000);
    m_budget->setSingleStep(100);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setGroupSeparatorShown(true);
    m_budget->setValue(1500);
    m_budget->setAccessibleName(tr("Budget for training and exams in dollars"));
    form->addRow(tr("&Budget"), m_budget);

    m_held = new QListWidget(this);
    for (const Certification &c : kb.data().certifications) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QString::fromStdString(c.abbr), QString::fromStdString(c.name)), m_held);
        item->setData(Qt::UserRole, QString::fromStdString(c.id));
        item->setToolTip(item->text());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_held->setAccessibleName(tr("Credentials already held"));
    m_held->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_held->setTextElideMode(Qt::ElideRight);
    m_held->setMaximumHeight(m_held->sizeHintForRow(0) * 5 + 2 * m_held->frameWidth());
    auto *heldLabel = new QLabel(tr("Cre&dentials held"), this);
    heldLabel->setBuddy(m_held);
    form->addRow(heldLabel, m_held);

    auto *fundingBox = new QWidget(this);
    auto *fundingLayout = new QVBoxLayout(fundingBox);
    fundingLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &f : plan::fundingOptions()) {
        if (f.id == "none")
            continue; // no box ticked means no funding
        auto *box = new QCheckBox(QString::fromStdString(f.name), fundingBox);
        box->setAccessibleName(tr("Funding: %1").arg(QString::fromStdString(f.name)));
        m_funding.insert(QString::fromStdString(f.id), box);
        fundingLayout->addWidget(box);
    }
    form->addRow(tr("Funding"), fundingBox);

    // A spin box's own line edit can take focus; screen readers need its name too.
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{m_start, m_hours, m_budget})
        for (QLineEdit *edit : box->findChildren<QLineEdit *>())
            edit->setAccessibleName(box->accessibleName());

    m_make = new QPushButton(tr("&Make plan"), this);
    m_make->setAccessibleName(tr("Make a new plan from these answers"));
    m_make->setDefault(true);
    connect(m_make, &QPushButton::clicked, this, &PlanInputForm::planRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_make);
    layout->addStretch(1);

    connect(m_persona, &QComboBox::currentIndexChanged, this, &PlanInputForm::personaChanged);
    personaChanged();
}

QString PlanInputForm::useFitTopRole()
{
    const fit::Questionnaire q = fit::embeddedQuestionnaire();
    const fit::Answers answers = loadFitAnswers(q);
    const std::vector<std::string> order = fit::rankOrder(q, m_kb.roles(), answers);
    if (answers.empty() || order.empty())
        return tr("The fit check has no answers yet: answer a few of its questions first.");
    const int i = m_target->findData(QString::fromStdString(order.front()));
    if (i < 0)
        return tr("The fit check's top role is not one the plan can target.");
    m_target->setCurrentIndex(i);
    return tr("Target set to %1, the top role of your fit check (%n question(s) answered).", nullptr, int(answers.size()))
        .arg(m_target->currentText());
}

void PlanInputForm::personaChanged()
{
    if (const auto *p = plan::persona(m_persona->currentData().toString().toStdString()))
        m_hours->setValue(int(p->defaultHoursPerWeek));
    const bool veteran = m_persona->currentData().toString() == QLatin1String("veteran");
    for (auto it = m_funding.cbegin(); it != m_funding.cend(); ++it)
        if (it.key() == QLatin1String("gi-bill") || it.key() == QLatin1String("va-test-fee"))
            it.value()->setChecked(veteran);
}

plan::PlanInput PlanInputForm::input() const
{
    plan::PlanInput in;
    in.persona = m_persona->currentData().toString().toStdString();
    in.targetRole = m_target->currentData().toString().toStdString();
    in.start = fromQDate(m_start->date());
    in.hoursPerWeek = m_hours->value();
    in.budgetUsd = m_budget->value();
    for (int i = 0; i < m_held->count(); ++i)
        if (m_held->item(i)->checkState() == Qt::Checked)
            in.credentialsHeld.push_back(m_held->item(i)->data(Qt::UserRole).toString().toStdString());
    for (auto it = m_funding.cbegin(); it != m_funding.cend(); ++it)
        if (it.value()->isChecked())
            in.funding.push_back(it.key().toStdString());
    std::sort(in.funding.begin(), in.funding.end());
    return in;
}

void PlanInputForm::setInput(const plan::PlanInput &in)
{
    const QSignalBlocker block(m_persona);
    m_persona->setCurrentIndex(std::max(0, findData(m_persona, QString::fromStdString(in.persona))));
    m_target->setCurrentIndex(std::max(0, findData(m_target, QString::fromStdString(in.targetRole))));
    m_start->setDate(toQDate(in.start));
    m_hours->setValue(int(in.hoursPerWeek));
    m_budget->setValue(int(in.budgetUsd));
    for (int i = 0; i < m_held->count(); ++i) {
        const std::string id = m_held->item(i)->data(Qt::UserRole).toString().toStdString();
        const bool held = std::find(in.credentialsHeld.begin(), in.credentialsHeld.end(), id) != in.credentialsHeld.end();
        m_held->item(i)->setCheckState(held ? Qt::Checked : Qt::Unchecked);
    }
    for (auto it = m_funding.cbegin(); it != m_funding.cend(); ++it)
        it.value()->setChecked(std::find(in.funding.begin(), in.funding.end(), it.key().toStdString()) != in.funding.end());
}

QString PlanInputForm::applyArguments(const QHash<QString, QString> &arguments)
{
    if (arguments.contains(QStringLiteral("persona"))) {
        const QString id = arguments.value(QStringLiteral("persona"));
        const int i = findData(m_persona, id);
        if (i < 0)
            return tr("Unknown persona '%1'; personas are: %2.").arg(id, idsOf(m_persona));
        m_persona->setCurrentIndex(i);
    }
    if (arguments.contains(QStringLiteral("target"))) {
        const QString id = arguments.value(QStringLiteral("target"));
        const int i = findData(m_target, id);
        if (i < 0)
            return tr("Unknown target role '%1'; roles are: %2.").arg(id, idsOf(m_target));
        m_target->setCurrentIndex(i);
    }
    if (arguments.contains(QStringLiteral("start"))) {
        const QString text = arguments.value(QStringLiteral("start"));
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return tr("--start must be a date like 2027-01-04, not '%1'.").arg(text);
        m_start->setDate(d);
    }
    if (arguments.contains(QStringLiteral("hours"))) {
        bool ok = false;
        const int h = arguments.value(QStringLiteral("hours")).toInt(&ok);
        if (!ok || h < m_hours->minimum() || h > m_hours->maximum())
            return tr("--hours must be a whole number of hours a week from 1 to 80.");
        m_hours->setValue(h);
    }
    if (arguments.contains(QStringLiteral("budget"))) {
        bool ok = false;
        const int b = arguments.value(QStringLiteral("budget")).toInt(&ok);
        if (!ok || b < 0 || b > m_budget->maximum())
            return tr("--budget must be a whole number of dollars from 0 to 200,000.");
        m_budget->setValue(b);
    }
    return {};
}

} // namespace hp::ui
