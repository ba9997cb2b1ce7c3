#include "views/fit_view.h"

#include "app/data_notifier.h"
#include "app/fit_answers.h"
#include "fit/fit_reader.h"
#include "models/fit_ranking_model.h"
#include "models/score_bar_delegate.h"
#include "models/wrapped_text_delegate.h"
#include "refdata/knowledge_base.h"
#include "views/fit_questionnaire.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hp::ui {

namespace {


// One step of the answers' history: the answers before and after. Changes to the same question
// in a row (e.g. arrowing through its answers) merge into one step.
class AnswersCommand : public QUndoCommand {
public:
    AnswersCommand(FitView *view, fit::Answers before, fit::Answers after, const QString &text, QString itemId = {})
        : QUndoCommand(text)
        , m_view(view)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_itemId(std::move(itemId))
    {
    }
    void redo() override { m_view->applyAnswers(m_after); }
    void undo() override { m_view->applyAnswers(m_before); }
    int id() const override { return m_itemId.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const AnswersCommand *>(other);
        if (o->m_itemId != m_itemId)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    FitView *m_view;
    fit::Answers m_before, m_after;
    QString m_itemId;
};

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

FitView::FitView(KnowledgeBase &kb, QWidget *parent)
    : View(parent)
    , m_kb(kb)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("fitView"));
    std::vector<refdata::Problem> problems;
    m_q = fit::embeddedQuestionnaire(&problems);
    if (!problems.empty())
        m_loadError = tr("The fit check's questions could not be read: %1").arg(text(refdata::describe(problems.front())));

    auto *intro = new QLabel(tr("Answer what you can: every answer re-ranks the roles at once, and a question you skip does not "
                                "count. The weights behind the scores are HealthPath's judgement, not a measurement."),
                             this);
    intro->setWordWrap(true);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("fitProgress"));
    m_undoButton = new QPushButton(tr("&Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("fitUndo"));
    m_undoButton->setAccessibleName(tr("Undo the last answer change"));
    m_clearButton = new QPushButton(tr("&Clear answers"), this);
    m_clearButton->setObjectName(QStringLiteral("fitClear"));
    m_clearButton->setAccessibleName(tr("Clear answers"));
    auto *top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(m_progress);
    top->addWidget(m_undoButton);
    top->addWidget(m_clearButton);

    m_questions = new FitQuestionnaire(m_q, this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fitQuestions"));
    scroll->setAccessibleName(tr("Fit check questions"));
    scroll->setWidget(m_questions);
    scroll->setWidgetResizable(true);
    // Never narrower than the answers need, so no answer is ever cut off; the questions wrap.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_questions->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width()
                            + 2 * scroll->frameWidth());

    m_model = new FitRankingModel(m_q, kb, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fitRanking"));
    m_table->setAccessibleName(tr("Roles ranked by fit"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setItemDelegateForColumn(FitRankingModel::ScoreColumn,
                                      new ScoreBarDelegate(FitRankingModel::ScoreRole, FitRankingModel::FamilyRole, m_table));
    m_table->setItemDelegateForColumn(FitRankingModel::WhyColumn, new WrappedTextDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FitRankingModel::RankColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FitRankingModel::RoleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(FitRankingModel::ScoreColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(FitRankingModel::WhyColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(FitRankingModel::RoleColumn, 190);
    m_table->setColumnWidth(FitRankingModel::ScoreColumn, 120);
    // The table is the context and the capture: the header also resizes while this view is being
    // destroyed, when members of FitView must no longer be touched.
    connect(header, &QHeaderView::sectionResized, m_table,
            [table = m_table] { QTimer::singleShot(0, table, &QTableView::resizeRowsToContents); });
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeRowsToContents);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("fitPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(24);
    QFont big = m_placeholder->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_placeholder->setFont(big);
    m_rankingStack = new QStackedWidget(this);
    m_rankingStack->addWidget(m_placeholder);
    m_rankingStack->addWidget(m_table);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("fitDetails"));
    m_details->setAccessibleName(tr("Why this role, and what would change the ranking"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_rankingStack);
    right->addWidget(m_details);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("fitSplitter"));
    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 5);
    split->setSizes({420, 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_questions, &FitQuestionnaire::answerChosen, this, &FitView::setAnswer);
    connect(m_clearButton, &QPushButton::clicked, this, &FitView::clearAnswers);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, m_undoButton, [this](const QString &t) {
        m_undoButton->setToolTip(t.isEmpty() ? QString() : tr("Undo: %1").arg(t));
    });
    auto *undo = new QShortcut(QKeySequence::Undo, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, m_undo, &QUndoStack::undo);
    auto *redo = new QShortcut(QKeySequence::Redo, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(redo, &QShortcut::activated, m_undo, &QUndoStack::redo);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FitView::showDetails);
    connect(&DataNotifier::instance(), &DataNotifier::referenceDataChanged, this, &FitView::refresh);

    m_undoButton->setEnabled(false);
    // Only a person's change writes the settings: opening the view (or a screenshot) does not.
    m_answers = load();
    m_questions->setAnswers(m_answers);
    refresh();
    setFocusProxy(scroll);
}

// The undo stack announces its cleared text while it is destroyed; delete it while the widgets
// its connections touch are still alive.
FitView::~FitView()
{
    delete m_undo;
    m_undo = nullptr;
}

QString FitView::title() const
{
    return tr("Fit check");
}

std::optional<clients::Attachment> FitView::attachment() const
{
    if (m_result.ranked.empty())
        return std::nullopt;
    QJsonObject answers;
    for (const auto &[item, choice] : m_answers)
        answers.insert(text(item), text(choice));
    QJsonArray ranking;
    for (const fit::RoleFit &f : m_result.ranked)
        ranking.append(QJsonObject{{QStringLiteral("role"), text(f.roleId)}, {QStringLiteral("score"), qRound(f.score)}});
    const fit::RoleFit &top = m_result.ranked.front();
    const Role *role = m_kb.role(top.roleId);
    clients::Attachment a;
    a.kind = clients::AttachmentKind::FitResult;
    a.title = tr("Fit check: top role %1").arg(role ? text(role->name) : text(top.roleId)).toStdString();
    const QJsonObject body{{QStringLiteral("answers"), answers}, {QStringLiteral("ranking"), ranking}};
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    return a;
}

void FitView::setAnswer(const QString &itemId, const QString &choiceId)
{
    const auto it = m_answers.find(itemId.toStdString());
    if (it != m_answers.end() && it->second == choiceId.toStdString())
        return;
    fit::Answers after = m_answers;
    after[itemId.toStdString()] = choiceId.toStdString();
    if (!fit::checkAnswers(m_q, after).empty())
        return;
    const fit::Item *item = m_q.item(itemId.toStdString());
    m_undo->push(new AnswersCommand(this, m_answers, std::move(after), tr("answer to “%1”").arg(text(item->label)), itemId));
}

void FitView::clearAnswers()
{
    if (!m_answers.empty())
        m_undo->push(new AnswersCommand(this, m_answers, {}, tr("clear answers")));
}

void FitView::applyAnswers(const fit::Answers &answers)
{
    m_answers = answers;
    m_questions->setAnswers(m_answers);
    save();
    refresh();
}

fit::Answers FitView::load() const
{
    return loadFitAnswers(m_q);
}

void FitView::save() const
{
    saveFitAnswers(m_answers);
}

void FitView::refresh()
{
    const QString selected = m_model->roleIdAt(m_table->currentIndex().row());
    m_result = fit::score(m_q, m_kb.roles(), m_answers);
    m_model->setResult(m_result);
    m_progress->setText(tr("%1 of %2 answered").arg(m_result.answered).arg(m_q.items.size()));
    m_clearButton->setEnabled(!m_answers.empty());
    if (!m_loadError.isEmpty())
        m_placeholder->setText(m_loadError);
    else if (m_result.ranked.empty())
        m_placeholder->setText(m_answers.empty() ? tr("Your ranking of the %1 roles appears here once you answer a question.").arg(m_kb.roles().size())
                                                 : tr("None of your answers bears on any role yet. Answer another question."));
    m_rankingStack->setCurrentWidget(m_result.ranked.empty() ? static_cast<QWidget *>(m_placeholder) : m_table);
    if (!m_result.ranked.empty())
        selectRole(m_model->rowOf(selected) >= 0 ? selected : m_model->roleIdAt(0));
    showDetails();
    emit rankingChanged();
}

void FitView::selectRole(const QString &roleId)
{
    const int row = m_model->rowOf(roleId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, FitRankingModel::RoleColumn));
    m_table->scrollTo(m_model->index(row, 0));
}

void FitView::showDetails()
{
    const fit::RoleFit *fit = m_result.find(m_model->roleIdAt(m_table->currentIndex().row()).toStdString());
    m_details->setHtml(m_result.ranked.empty() || !fit ? introHtml() : detailsHtml(fit));
}

QString FitView::introHtml() const
{
    return tr("<h3>How the fit check works</h3>"
              "<p>The questions ask about the day-to-day work you would enjoy and what you can put into training. "
              "Each answer counts for or against each role, by weights HealthPath set from the roles' descriptions "
              "and their sourced entry time and cost.</p>"
              "<ul><li>A role's fit (0–100) shows how close your answers come to the best the same questions could give it.</li>"
              "<li>Each role lists the two or three answers that counted most.</li>"
              "<li>For the role you select, you also see which single answer would move it up or down.</li></ul>"
              "<p>Your answers stay on this computer. <i>Clear answers</i> starts again; Ctrl+Z undoes a change.</p>");
}

QString FitView::detailsHtml(const fit::RoleFit *fit) const
{
    const Role *role = m_kb.role(fit->roleId);
    QString html = tr("<h3>%1. %2 — fit %3 of 100</h3>")
                       .arg(fit->rank)
                       .arg(role ? text(role->name).toHtmlEscaped() : text(fit->roleId), QString::number(qRound(fit->score)));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Why"));
    for (const auto &reason : fit->why)
        html += QStringLiteral("<li>%1</li>").arg(fitReasonText(m_q, m_kb, fit->roleId, reason).toHtmlEscaped());
    if (fit->why.empty())
        html += QStringLiteral("<li>%1</li>").arg(tr("Your answers sit in the middle for this role: none pulls it up or down."));
    html += QStringLiteral("</ul><p><b>%1</b></p><ul>").arg(tr("What would change the ranking"));
    for (const auto &change : fit->changes)
        html += QStringLiteral("<li>%1</li>").arg(fitChangeText(m_q, m_kb, fit->roleId, change).toHtmlEscaped());
    if (fit->changes.empty())
        html += QStringLiteral("<li>%1</li>").arg(tr("No single answer change would move this role past its neighbours."));
    html += QStringLiteral("</ul>");
    if (!m_result.unanswered.empty()) {
        QStringList labels;
        for (const auto &id : m_result.unanswered)
            if (const fit::Item *item = m_q.item(id))
                labels << text(item->label);
        html += QStringLiteral("<p>%1</p>").arg(tr("Not answered yet: %1.").arg(labels.join(QStringLiteral(", "))).toHtmlEscaped());
    }
    for (const auto &u : m_result.unscored)
        html += QStringLiteral("<p>%1</p>").arg(tr("%1 has no score: %2")
                                                    .arg(m_kb.role(u.roleId) ? text(m_kb.role(u.roleId)->name) : text(u.roleId), fitUnscoredText(u))
                                                    .toHtmlEscaped());
    html += QStringLiteral("<p style='color:#555'><small>%1</small></p>").arg(text(m_kb.citation(m_q.sourceId)).toHtmlEscaped());
    return html;
}

} // namespace hp::ui
