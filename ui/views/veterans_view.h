#pragma once
// Veterans: from military occupation codes to civilian revenue-cycle roles and a plan. Codes (or
// title words) are matched as they are typed, 150 ms after the last key; each role says how it
// matches and why, the level that fits the pay grade and the gaps; the selected role shows its
// funding, related credentials and résumé language. The crosswalk's CC BY 4.0 attribution is
// always on screen.
//
//   ┌ Codes [68G, 4A051      ]  Branch [Any branch ▾]  Pay grade [E-5 ▾] ────────────────────────┐
//   │ counts · level · how codes were read · codes that found nothing                           │
//   │ Occupations found (table; codes    │ Outpatient coder — direct match   [Make my plan]      │
//   │   like a term that found nothing,  │                                                       │
//   │   greyed)                          │                                                       │
//   │ Role matches (table, or the        │ why, level and gaps, credentials, funding             │
//   │   no-match sentence)               │ Résumé language                     [Copy]            │
//   │                                    │ military → civilian lines, keywords                   │
//   │ O*NET Military Crosswalk attribution (CC BY 4.0)                                           │
//   └────────────────────────────────────────────────────────────────────────────────────────────┘
//
// The view knows nothing about the Plan view: whoever owns both hands it a plan handler, and the
// "Make my 30-60-90 plan" button exists only while one is set.

#include "app/view.h"
#include "veterans/veterans.h"

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class VeteranMatchModel;
class VeteranOccupationModel;

class VeteransView : public View {
    Q_OBJECT
public:
    explicit VeteransView(const KnowledgeBase &kb, QWidget *parent = nullptr);
    ~VeteransView() override;

    QString title() const override;
    std::unique_ptr<QTextDocument> printableDocument() const override;
    // "codes" (comma-separated), "branch" (an id such as army, or any), "grade" (E5, W2, O3…):
    // fills the inputs and matches at once. Returns empty or a sentence listing what is valid.
    QString applyArguments(const QHash<QString, QString> &arguments) override;

    using PlanHandler = std::function<void(const QString &roleId)>;
    void setPlanHandler(PlanHandler handler); // an empty handler hides the plan button

    void search(); // matches the inputs now (typing does it after a pause)
    void selectRole(const QString &roleId);
    QString selectedRoleId() const;
    const veterans::MatchResult &result() const { return m_result; }
    QString loadError() const { return m_loadError; }
    QString resumePlainText() const; // what Copy puts on the clipboard

    QLineEdit *codesEdit() const { return m_codes; }
    QComboBox *branchPicker() const { return m_branch; }
    QComboBox *gradePicker() const { return m_grade; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *occupationTable() const { return m_occupationTable; }
    VeteranOccupationModel *occupationModel() const { return m_occupations; }
    QTableView *matchTable() const { return m_matchTable; }
    VeteranMatchModel *matchModel() const { return m_matches; }
    QLabel *noMatchLabel() const { return m_noMatch; }
    QTextBrowser *details() const { return m_details; }
    QTextBrowser *resumeView() const { return m_resume; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *planButton() const { return m_plan; }
    QLabel *attributionLabel() const { return m_attribution; }

signals:
    void resultChanged();

private:
    QWidget *buildResults();
    QWidget *buildRolePanel();
    void reload(); // (re)reads the crosswalk; on DataNotifier::referenceDataChanged too
    std::vector<veterans::CodeQuery> queries() const;
    void showRole();
    void copyResume();
    // veterans_view_parts.cpp: the summary, the HTML of the panes and the printout.
    void showSummary();
    QString introHtml() const;
    QString noMatchHtml() const;
    QString matchHtml(const veterans::RoleMatch &match) const;
    QString fundingHtml(const std::string &roleId) const;
    QString credentialsHtml(const veterans::RoleMatch &match) const;
    QString resumeHtml(const veterans::Resume &resume) const;
    QString inputsText() const;

    const KnowledgeBase &m_kb;
    std::unique_ptr<veterans::Veterans> m_vet;
    QString m_loadError;
    veterans::MatchResult m_result;
    veterans::Resume m_currentResume;
    PlanHandler m_planHandler;

    QTimer *m_debounce = nullptr;
    QLineEdit *m_codes = nullptr;
    QComboBox *m_branch = nullptr;
    QComboBox *m_grade = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_occupationTable = nullptr;
    VeteranOccupationModel *m_occupations = nullptr;
    QStackedWidget *m_matchStack = nullptr;
    QTableView *m_matchTable = nullptr;
    VeteranMatchModel *m_matches = nullptr;
    QLabel *m_noMatch = nullptr;
    QLabel *m_roleHeading = nullptr;
    QTextBrowser *m_details = nullptr;
    QTextBrowser *m_resume = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_copied = nullptr;
    QPushButton *m_plan = nullptr;
    QLabel *m_attribution = nullptr;
};

} // namespace hp::ui
