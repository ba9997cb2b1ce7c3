#pragma once
// Fit check: a short questionnaire on the left; on the right the roles ranked by the answers, with
// the answers behind each score and, for the selected role, what would change the ranking. The
// ranking follows every answer at once. Answers persist in the settings file; each change and
// "Clear answers" is undoable (Ctrl+Z / Ctrl+Shift+Z, or the Undo button).

#include "app/view.h"
#include "fit/fit.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class FitQuestionnaire;
class FitRankingModel;

class FitView : public View {
    Q_OBJECT
public:
    explicit FitView(KnowledgeBase &kb, QWidget *parent = nullptr);
    ~FitView() override;

    QString title() const override;
    std::unique_ptr<QTextDocument> printableDocument() const override;
    // A FitResult: {"answers": {item: choice}, "ranking": [{"role": id, "score": 0–100}]},
    // titled "Fit check: top role <name>"; nothing until an answer ranks a role.
    std::optional<clients::Attachment> attachment() const override;

    const fit::Questionnaire &questionnaire() const { return m_q; }
    const fit::Answers &answers() const { return m_answers; }
    const fit::FitResult &result() const { return m_result; }

    // Both go through the undo stack, as a person's clicks do.
    void setAnswer(const QString &itemId, const QString &choiceId);
    void clearAnswers();
    // Shows, stores and scores these answers without recording an undo step (the undo commands
    // call it).
    void applyAnswers(const fit::Answers &answers);

    FitQuestionnaire *questionnaireWidget() const { return m_questions; }
    FitRankingModel *rankingModel() const { return m_model; }
    QTableView *rankingTable() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    QUndoStack *undoStack() const { return m_undo; }
    void selectRole(const QString &roleId);

signals:
    void rankingChanged();

private:
    void refresh();
    void showDetails();
    void save() const;
    fit::Answers load() const;
    QString detailsHtml(const fit::RoleFit *fit) const;
    QString introHtml() const;

    KnowledgeBase &m_kb;
    fit::Questionnaire m_q;
    QString m_loadError;
    fit::Answers m_answers;
    fit::FitResult m_result;
    FitQuestionnaire *m_questions = nullptr;
    FitRankingModel *m_model = nullptr;
    QStackedWidget *m_rankingStack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_progress = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace hp::ui
