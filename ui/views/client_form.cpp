#include "views/client_form.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace hp::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString &s)
{
    return s.trimmed().toStdString();
}

std::vector<std::string> splitTags(const QString &text)
{
    std::vector<std::string> tags;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        tags.push_back(ss(t));
    return clients::normalizeTags(tags);
}

QString joinTags(const std::vector<std::string> &tags)
{
    QStringList out;
    for (const auto &t : tags)
        out << qs(t);
    return out.join(QStringLiteral(", "));
}

const clients::RemoteNeed kRemoteNeeds[] = {clients::RemoteNeed::Unspecified, clients::RemoteNeed::OnSite, clients::RemoteNeed::Hybrid,
                                            clients::RemoteNeed::RemotePreferred, clients::RemoteNeed::RemoteOnly};

QString remoteText(clients::RemoteNeed need)
{
    switch (need) {
    case clients::RemoteNeed::Unspecified:
        return ClientForm::tr("not said");
    case clients::RemoteNeed::OnSite:
        return ClientForm::tr("On site is fine");
    case clients::RemoteNeed::Hybrid:
        return ClientForm::tr("Hybrid");
    case clients::RemoteNeed::RemotePreferred:
        return ClientForm::tr("Remote preferred");
    case clients::RemoteNeed::RemoteOnly:
        return ClientForm::tr("Remote only");
    }
    return {};
}

} // namespace

QString clientFieldText(ClientField field)
{
    switch (field) {
    case ClientField::Name:
        return ClientForm::tr("name");
    case ClientField::Contact:
        return ClientForm::tr("contact");
    case ClientField::Education:
        return ClientForm::tr("education");
    case ClientField::CurrentJob:
        return ClientForm::tr("current job");
    case ClientField::Military:
        return ClientForm::tr("military service");
    case ClientField::Clinical:
        return ClientForm::tr("clinical experience");
    case ClientField::Goals:
        return ClientForm::tr("goals");
    case ClientField::HoursPerWeek:
        return ClientForm::tr("study hours");
    case ClientField::Budget:
        return ClientForm::tr("budget");
    case ClientField::Location:
        return ClientForm::tr("location");
    case ClientField::Remote:
        return ClientForm::tr("remote work");
    case ClientField::Tags:
        return ClientForm::tr("tags");
    }
    return {};
}

bool sameField(ClientField field, const clients::Client &a, const clients::Client &b)
{
    switch (field) {
    case ClientField::Name:
        return a.displayName == b.displayName;
    case ClientField::Contact:
        return a.contact == b.contact;
    case ClientField::Education:
        return a.background.education == b.background.education;
    case ClientField::CurrentJob:
        return a.background.currentJob == b.background.currentJob;
    case ClientField::Military:
        return a.background.military == b.background.military;
    case ClientField::Clinical:
        return a.background.clinical == b.background.clinical;
    case ClientField::Goals:
        return a.goals == b.goals;
    case ClientField::HoursPerWeek:
        return a.constraints.hoursPerWeek == b.constraints.hoursPerWeek;
    case ClientField::Budget:
        return a.constraints.budget == b.constraints.budget;
    case ClientField::Location:
        return a.constraints.location == b.constraints.location;
    case ClientField::Remote:
        return a.constraints.remote == b.constraints.remote;
    case ClientField::Tags:
        return a.tags == b.tags;
    }
    return true;
}

void copyClientField(ClientField field, const clients::Client &from, clients::Client &to)
{
    switch (field) {
    case ClientField::Name:
        to.displayName = from.displayName;
        break;
    case ClientField::Contact:
        to.contact = from.contact;
        break;
    case ClientField::Education:
        to.background.education = from.background.education;
        break;
    case ClientField::CurrentJob:
        to.background.currentJob = from.background.currentJob;
        break;
    case ClientField::Military:
        to.background.military = from.background.military;
        break;
    case ClientField::Clinical:
        to.background.clinical = from.background.clinical;
        break;
    case ClientField::Goals:
        to.goals = from.goals;
        break;
    case ClientField::HoursPerWeek:
        to.constraints.hoursPerWeek = from.constraints.hoursPerWeek;
        break;
    case ClientField::Budget:
        to.constraints.budget = from.constraints.budget;
        break;
    case ClientField::Location:
        to.constraints.location = from.constraints.location;
        break;
    case ClientField::Remote:
        to.constraints.remote = from.constraints.remote;
        break;
    case ClientField::Tags:
        to.tags = from.tags;
        break;
    }
}

ClientForm::ClientForm(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto place = [&](QWidget *field, const QString &label, const QString &accessible, int row, int column, int span = 1) {
        field->setAccessibleName(accessible);
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        grid->addWidget(l, row, column);
        grid->addWidget(field, row, column + 1, 1, span);
    };
    auto line = [&](ClientField f, const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::editingFinished, this, [this, f] { commit(f); });
        return e;
    };
    m_name = line(ClientField::Name, tr("required; an alias is enough"));
    m_contact = line(ClientField::Contact, tr("e-mail or phone, optional"));
    m_education = line(ClientField::Education, tr("e.g. High school diploma; some college"));
    m_job = line(ClientField::CurrentJob, tr("e.g. Front desk, family practice"));
    m_military = line(ClientField::Military, tr("e.g. Army 68G, E-5, 6 years"));
    m_clinical = line(ClientField::Clinical, tr("e.g. CNA, 2 years"));
    m_goals = line(ClientField::Goals, tr("what the client wants, in their words"));
    m_location = line(ClientField::Location, tr("e.g. Columbus, OH"));
    m_tags = line(ClientField::Tags, tr("comma-separated, e.g. evening, WIOA"));

    m_hours = new QSpinBox(this);
    m_hours->setRange(-1, 168);
    m_hours->setSpecialValueText(tr("not said"));
    m_hours->setSuffix(tr(" h a week"));
    m_budget = new QSpinBox(this);
    m_budget->setRange(-1, 1'000'000);
    m_budget->setSingleStep(100);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setGroupSeparatorShown(true);
    m_budget->setSpecialValueText(tr("not said"));
    connect(m_hours, &QSpinBox::editingFinished, this, [this] { commit(ClientField::HoursPerWeek); });
    connect(m_budget, &QSpinBox::editingFinished, this, [this] { commit(ClientField::Budget); });
    m_remote = new QComboBox(this);
    for (const clients::RemoteNeed need : kRemoteNeeds)
        m_remote->addItem(remoteText(need), int(need));
    connect(m_remote, &QComboBox::activated, this, [this] { commit(ClientField::Remote); });

    place(m_name, tr("&Name or alias*"), tr("Client name or alias (required)"), 0, 0);
    place(m_contact, tr("Con&tact"), tr("Contact (optional)"), 0, 2);
    place(m_education, tr("&Education"), tr("Education"), 1, 0);
    place(m_job, tr("Current &job"), tr("Current job"), 1, 2);
    place(m_military, tr("&Military"), tr("Military service"), 2, 0);
    place(m_clinical, tr("C&linical"), tr("Clinical experience"), 2, 2);
    place(m_goals, tr("&Goals"), tr("Goals"), 3, 0, 3);
    place(m_hours, tr("Study &hours"), tr("Study hours a week"), 4, 0);
    place(m_budget, tr("&Budget"), tr("Budget for training and exams, US dollars"), 4, 2);
    place(m_location, tr("Locat&ion"), tr("Location"), 5, 0);
    place(m_remote, tr("&Remote work"), tr("Need for remote work"), 5, 2);
    place(m_tags, tr("T&ags"), tr("Tags, comma-separated"), 6, 0, 3);
    // Tab follows the rows, left to right.
    QWidget *order[] = {m_name, m_contact, m_education, m_job, m_military, m_clinical, m_goals, m_hours, m_budget, m_location, m_remote, m_tags};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    // A spin box's own line edit takes the focus; it carries the spin box's name.
    for (QSpinBox *box : {m_hours, m_budget})
        if (auto *edit = box->findChild<QLineEdit *>())
            edit->setAccessibleName(box->accessibleName());
    clear();
}

QLineEdit *ClientForm::edit(ClientField field) const
{
    switch (field) {
    case ClientField::Name:
        return m_name;
    case ClientField::Contact:
        return m_contact;
    case ClientField::Education:
        return m_education;
    case ClientField::CurrentJob:
        return m_job;
    case ClientField::Military:
        return m_military;
    case ClientField::Clinical:
        return m_clinical;
    case ClientField::Goals:
        return m_goals;
    case ClientField::Location:
        return m_location;
    case ClientField::Tags:
        return m_tags;
    case ClientField::HoursPerWeek:
    case ClientField::Budget:
    case ClientField::Remote:
        break;
    }
    return nullptr;
}

void ClientForm::show(const clients::Client &c)
{
    // Only fields whose text differs are set, so a field being clicked into keeps its cursor.
    auto set = [](QLineEdit *e, const std::string &value) {
        if (const QString text = qs(value); e->text() != text) {
            e->setText(text);
            e->setCursorPosition(0);
        }
    };
    set(m_name, c.displayName);
    set(m_contact, c.contact);
    set(m_education, c.background.education);
    set(m_job, c.background.currentJob);
    set(m_military, c.background.military);
    set(m_clinical, c.background.clinical);
    set(m_goals, c.goals);
    set(m_location, c.constraints.location);
    set(m_tags, joinTags(c.tags).toStdString());
    m_hours->setValue(c.constraints.hoursPerWeek.value_or(-1));
    m_budget->setValue(c.constraints.budget ? int(std::min<long>(*c.constraints.budget, 1'000'000)) : -1);
    m_remote->setCurrentIndex(std::max(0, m_remote->findData(int(c.constraints.remote))));
}

void ClientForm::setClient(const clients::Client &client)
{
    m_client = client;
    m_hasClient = true;
    show(client);
    setEditable(m_editable);
}

void ClientForm::clear()
{
    m_client = {};
    m_hasClient = false;
    show(m_client);
    setEditable(m_editable);
}

void ClientForm::setEditable(bool editable)
{
    m_editable = editable;
    for (QLineEdit *e : findChildren<QLineEdit *>(Qt::FindDirectChildrenOnly)) {
        e->setEnabled(m_hasClient);
        e->setReadOnly(!editable);
    }
    for (QSpinBox *box : {m_hours, m_budget}) {
        box->setEnabled(m_hasClient);
        box->setReadOnly(!editable);
    }
    m_remote->setEnabled(m_hasClient && editable);
}

clients::Client ClientForm::fromWidgets(ClientField field) const
{
    clients::Client c = m_client;
    switch (field) {
    case ClientField::HoursPerWeek:
        c.constraints.hoursPerWeek = m_hours->value() < 0 ? std::nullopt : std::optional<int>(m_hours->value());
        break;
    case ClientField::Budget:
        c.constraints.budget = m_budget->value() < 0 ? std::nullopt : std::optional<long>(m_budget->value());
        break;
    case ClientField::Remote:
        c.constraints.remote = clients::RemoteNeed(m_remote->currentData().toInt());
        break;
    case ClientField::Tags:
        c.tags = splitTags(m_tags->text());
        break;
    default: {
        clients::Client typed;
        typed.displayName = ss(m_name->text());
        typed.contact = ss(m_contact->text());
        typed.background = {ss(m_education->text()), ss(m_job->text()), ss(m_military->text()), ss(m_clinical->text())};
        typed.goals = ss(m_goals->text());
        typed.constraints.location = ss(m_location->text());
        copyClientField(field, typed, c);
    }
    }
    return c;
}

void ClientForm::commit(ClientField field)
{
    if (!m_hasClient || !m_editable)
        return;
    const clients::Client after = fromWidgets(field);
    if (const std::string sentence = clients::checkClient(after); !sentence.empty()) {
        if (field == ClientField::Name) // put the field back as it was
            m_name->setText(qs(m_client.displayName));
        else
            show(m_client);
        emit problem(qs(sentence));
        return;
    }
    if (field == ClientField::Tags)
        m_tags->setText(joinTags(after.tags)); // as stored: trimmed, sorted, no duplicates
    if (sameField(field, after, m_client))
        return;
    const clients::Client before = m_client;
    m_client = after;
    emit edited(field, before, after);
}

void ClientForm::commitAll()
{
    for (const ClientField f : {ClientField::Name, ClientField::Contact, ClientField::Education, ClientField::CurrentJob,
                                ClientField::Military, ClientField::Clinical, ClientField::Goals, ClientField::HoursPerWeek,
                                ClientField::Budget, ClientField::Location, ClientField::Remote, ClientField::Tags})
        commit(f);
}

} // namespace hp::ui
