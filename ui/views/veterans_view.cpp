#include "views/veterans_view.h"

#include "app/data_notifier.h"
#include "models/veteran_match_model.h"
#include "models/veteran_occupation_model.h"
#include "refdata/knowledge_base.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace hp::ui {

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(buddy);
    return label;
}

// The pay grades the core understands, in the order a service member knows them.
QStringList payGrades()
{
    QStringList grades;
    for (int i = 1; i <= 9; ++i)
        grades << QStringLiteral("E%1").arg(i);
    for (int i = 1; i <= 5; ++i)
        grades << QStringLiteral("W%1").arg(i);
    for (int i = 1; i <= 10; ++i)
        grades << QStringLiteral("O%1").arg(i);
    return grades;
}

} // namespace

VeteransView::VeteransView(const KnowledgeBase &kb, QWidget *parent)
    : View(parent)
    , m_kb(kb)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("veteransView"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);

    m_codes = new QLineEdit(this);
    m_codes->setPlaceholderText(tr("e.g. 68G, 4A051, HM or words of a job title"));
    m_codes->setAccessibleName(tr("Military occupation codes or title words"));
    m_codes->setToolTip(tr("Your MOS, rating, AFSC or designator; separate several with commas"));
    m_codes->setClearButtonEnabled(true);
    m_branch = new QComboBox(this);
    m_branch->addItem(tr("Any branch"), QString());
    for (const auto &b : veterans::branches())
        m_branch->addItem(text(b.name), text(b.id));
    m_branch->setAccessibleName(tr("Branch of service"));
    m_grade = new QComboBox(this);
    m_grade->addItem(tr("not given"), QString());
    for (const QString &g : payGrades())
        m_grade->addItem(payGradeText(g), g);
    m_grade->setAccessibleName(tr("Pay grade when you left"));
    m_grade->setToolTip(tr("Your pay grade decides the level of civilian job that matches your experience"));

    auto *inputs = new QHBoxLayout;
    auto *codesLabel = new QLabel(tr("&Codes or title words"), this);
    codesLabel->setBuddy(m_codes);
    inputs->addWidget(codesLabel);
    inputs->addWidget(m_codes, 1);
    auto *branchLabel = new QLabel(tr("&Branch"), this);
    branchLabel->setBuddy(m_branch);
    inputs->addWidget(branchLabel);
    inputs->addWidget(m_branch);
    auto *gradeLabel = new QLabel(tr("Pay &grade"), this);
    gradeLabel->setBuddy(m_grade);
    inputs->addWidget(gradeLabel);
    inputs->addWidget(m_grade);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("What your codes found"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(buildResults());
    split->addWidget(buildRolePanel());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_attribution = new QLabel(this);
    m_attribution->setWordWrap(true);
    m_attribution->setTextFormat(Qt::PlainText);
    m_attribution->setAccessibleName(tr("Crosswalk licence and attribution"));
    QFont small = m_attribution->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_attribution->setFont(small);
    QPalette muted = m_attribution->palette();
    muted.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_attribution->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(inputs);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_attribution);

    connect(m_codes, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_codes, &QLineEdit::returnPressed, this, [this] {
        search();
        if (m_matches->rowCount() > 0)
            m_matchTable->setFocus();
    });
    connect(m_debounce, &QTimer::timeout, this, &VeteransView::search);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &VeteransView::search);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &VeteransView::search);
    connect(m_matchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VeteransView::showRole);
    connect(m_copy, &QPushButton::clicked, this, &VeteransView::copyResume);
    connect(m_plan, &QPushButton::clicked, this, [this] {
        if (m_planHandler && !selectedRoleId().isEmpty())
            m_planHandler(selectedRoleId());
    });
    connect(&DataNotifier::instance(), &DataNotifier::referenceDataChanged, this, &VeteransView::reload);

    // Tab follows the screen: the inputs, the two lists, then the selected role's panes.
    QWidget *chain[] = {m_codes, m_branch, m_grade, m_occupationTable, m_matchTable, m_plan, m_details, m_copy, m_resume};
    for (std::size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    reload();
    setFocusProxy(m_codes);
}

VeteransView::~VeteransView() = default;

QWidget *VeteransView::buildResults()
{
    auto *panel = new QWidget(this);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 0, 0);

    m_occupations = new VeteranOccupationModel(this);
    m_occupationTable = makeTable(m_occupations, tr("Military occupations found"), panel);
    QHeaderView *oh = m_occupationTable->horizontalHeader();
    oh->setSectionResizeMode(VeteranOccupationModel::BranchColumn, QHeaderView::ResizeToContents);
    oh->setSectionResizeMode(VeteranOccupationModel::CodeColumn, QHeaderView::ResizeToContents);
    oh->setSectionResizeMode(VeteranOccupationModel::TitleColumn, QHeaderView::Stretch);
    oh->setSectionResizeMode(VeteranOccupationModel::OnetColumn, QHeaderView::ResizeToContents);
    v->addWidget(heading(tr("&Occupations found"), m_occupationTable, panel));
    v->addWidget(m_occupationTable, 1);

    m_matches = new VeteranMatchModel(m_kb, this);
    m_matchTable = makeTable(m_matches, tr("Civilian roles that match"), panel);
    m_matchTable->setAccessibleDescription(tr("Select a role to see why it matches, its funding and résumé language."));
    QHeaderView *mh = m_matchTable->horizontalHeader();
    mh->setSectionResizeMode(VeteranMatchModel::KindColumn, QHeaderView::ResizeToContents);
    mh->setSectionResizeMode(VeteranMatchModel::RoleColumn, QHeaderView::ResizeToContents);
    mh->setSectionResizeMode(VeteranMatchModel::LevelColumn, QHeaderView::Stretch);
    mh->setSectionResizeMode(VeteranMatchModel::FromColumn, QHeaderView::ResizeToContents);
    mh->setStretchLastSection(true); // the role column, when level and codes are hidden
    m_noMatch = new QLabel(panel);
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noMatch->setMargin(12);
    m_noMatch->setAccessibleName(tr("Why no role matches"));
    m_matchStack = new QStackedWidget(panel);
    m_matchStack->addWidget(m_matchTable);
    m_matchStack->addWidget(m_noMatch);
    v->addWidget(heading(tr("&Role matches"), m_matchTable, panel));
    v->addWidget(m_matchStack, 2);
    return panel;
}

QWidget *VeteransView::buildRolePanel()
{
    auto *panel = new QWidget(this);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_roleHeading = new QLabel(panel);
    m_roleHeading->setWordWrap(true);
    m_roleHeading->setTextFormat(Qt::PlainText);
    QFont big = m_roleHeading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_roleHeading->setFont(big);
    top->addWidget(m_roleHeading, 1);
    m_plan = new QPushButton(tr("&Make my 30-60-90 plan"), panel);
    m_plan->setAccessibleName(tr("Make my 30-60-90 day plan for the selected role"));
    m_plan->setToolTip(tr("A veteran's plan for this role, with the GI Bill and VA test-fee steps included"));
    m_plan->setVisible(false);
    top->addWidget(m_plan);
    v->addLayout(top);

    m_details = new QTextBrowser(panel);
    m_details->setAccessibleName(tr("How the selected role matches, its funding and credentials"));
    m_details->setOpenLinks(false);
    v->addWidget(m_details, 5);

    auto *resumeTop = new QHBoxLayout;
    m_resume = new QTextBrowser(panel);
    m_resume->setAccessibleName(tr("Résumé language for the selected role"));
    m_resume->setOpenLinks(false);
    resumeTop->addWidget(heading(tr("Résumé &language"), m_resume, panel), 1);
    m_copied = new QLabel(panel);
    resumeTop->addWidget(m_copied);
    m_copy = new QPushButton(tr("Co&py"), panel);
    m_copy->setAccessibleName(tr("Copy the civilian résumé lines and keywords"));
    m_copy->setToolTip(tr("Copies the civilian phrasing and the keywords, ready to paste into a résumé"));
    resumeTop->addWidget(m_copy);
    v->addLayout(resumeTop);
    v->addWidget(m_resume, 3);
    return panel;
}

QString VeteransView::title() const
{
    return tr("Veterans: from military occupation to civilian role");
}

void VeteransView::setPlanHandler(PlanHandler handler)
{
    m_planHandler = std::move(handler);
    m_plan->setVisible(bool(m_planHandler));
}

void VeteransView::reload()
{
    std::string error;
    m_vet = veterans::Veterans::load(m_kb, &error);
    m_loadError = m_vet ? QString() : tr("The military crosswalk could not be read: %1").arg(text(error));
    for (QWidget *w : std::initializer_list<QWidget *>{m_codes, m_branch, m_grade})
        w->setEnabled(m_vet != nullptr);
    m_attribution->setText(m_vet ? text(m_vet->crosswalkAttribution()) : QString());
    m_attribution->setVisible(m_vet != nullptr);
    search();
}

std::vector<veterans::CodeQuery> VeteransView::queries() const
{
    std::vector<veterans::CodeQuery> out;
    const std::string branch = m_branch->currentData().toString().toStdString();
    for (const QString &part : m_codes->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString term = part.simplified(); !term.isEmpty())
            out.push_back({term.toStdString(), branch});
    return out;
}

void VeteransView::search()
{
    m_debounce->stop();
    const QString selected = selectedRoleId();
    const auto terms = queries();
    m_result = {};
    std::vector<veterans::MilitaryOccupation> suggested;
    if (m_vet && !terms.empty()) {
        m_result = m_vet->match(terms, m_grade->currentData().toString().toStdString());
        // A term that matched nothing lists the codes like it, greyed, so a half-typed or
        // mistyped code already points at the right one.
        std::set<std::pair<std::string, std::string>> seen;
        for (const auto &o : m_result.occupations)
            seen.insert({o.branchId, o.code});
        for (const auto &q : terms) {
            auto hits = m_vet->search(q, 20);
            const bool used = std::any_of(hits.begin(), hits.end(), [&](const auto &o) { return seen.count({o.branchId, o.code}) > 0; });
            for (auto &o : hits)
                if (!used && seen.insert({o.branchId, o.code}).second)
                    suggested.push_back(std::move(o));
        }
    }
    m_occupations->setOccupations(m_result.occupations, suggested, m_vet.get());
    m_matches->setResult(m_result);
    // Columns that would say the same on every row give their room to the role names.
    std::set<std::vector<std::string>> froms;
    bool levels = false;
    for (const auto &m : m_result.roles) {
        froms.insert(m.fromCodes);
        levels = levels || !m.levelId.empty();
    }
    m_matchTable->setColumnHidden(VeteranMatchModel::FromColumn, froms.size() < 2);
    m_matchTable->setColumnHidden(VeteranMatchModel::LevelColumn, !levels);
    const bool roles = !m_result.roles.empty();
    m_noMatch->setText(!m_loadError.isEmpty() ? m_loadError
                       : terms.empty()          ? tr("The civilian roles your codes lead to appear here as you type.")
                                                : tr("No civilian role matches what you typed. Why, and the way in from your "
                                                     "service, are on the right."));
    m_matchStack->setCurrentWidget(roles ? static_cast<QWidget *>(m_matchTable) : m_noMatch);
    if (roles)
        selectRole(m_matches->rowOf(selected) >= 0 ? selected : m_matches->roleIdAt(0));
    showSummary();
    showRole();
    emit resultChanged();
}

void VeteransView::selectRole(const QString &roleId)
{
    const int row = m_matches->rowOf(roleId);
    if (row < 0)
        return;
    m_matchTable->setCurrentIndex(m_matches->index(row, VeteranMatchModel::RoleColumn));
    m_matchTable->scrollTo(m_matches->index(row, 0));
}

QString VeteransView::selectedRoleId() const
{
    return m_matches->roleIdAt(m_matchTable->currentIndex().row());
}

void VeteransView::showRole()
{
    m_copied->clear();
    const veterans::RoleMatch *match = m_matches->matchAt(m_matchTable->currentIndex().row());
    m_plan->setEnabled(match != nullptr);
    m_copy->setEnabled(match != nullptr);
    if (!match) {
        m_currentResume = {};
        m_roleHeading->setText(m_loadError.isEmpty() ? tr("From your service to a civilian role") : tr("The crosswalk is missing"));
        m_details->setHtml(m_result.roles.empty() && !queries().empty() ? noMatchHtml() : introHtml());
        m_resume->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a matched role to see your military duties in employers' words.").toHtmlEscaped()));
        return;
    }
    const Role *role = m_kb.role(match->roleId);
    m_roleHeading->setText(tr("%1 — %2 match").arg(role ? text(role->name) : text(match->roleId), matchKindText(match->kind).toLower()));
    m_details->setHtml(matchHtml(*match) + credentialsHtml(*match) + fundingHtml(match->roleId));
    m_currentResume = m_vet->resume(m_result, match->roleId);
    m_resume->setHtml(resumeHtml(m_currentResume));
}

QString VeteransView::resumePlainText() const
{
    QStringList lines;
    for (const auto &l : m_currentResume.lines)
        lines << QStringLiteral("• %1").arg(text(l.civilian));
    if (!m_currentResume.keywords.empty()) {
        QStringList words;
        for (const auto &k : m_currentResume.keywords)
            words << text(k);
        lines << QString() << tr("Keywords: %1").arg(words.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void VeteransView::copyResume()
{
    const QString t = resumePlainText();
    if (t.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(t);
    m_copied->setText(tr("Copied."));
}

} // namespace hp::ui
