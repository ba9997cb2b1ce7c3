#pragma once
// Explore: every role, filterable by family and name, with its full details and a chart of
// median wages for the roles in view. The vintage selector switches all figures at once.

#include "app/view.h"
#include "charts/chart_spec.h"

class QComboBox;
class QLineEdit;
class QListView;
class QTextBrowser;
class QSortFilterProxyModel;

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class ChartPanel;
class RoleFilterModel;
class RoleListModel;

class ExploreView : public View {
    Q_OBJECT
public:
    explicit ExploreView(KnowledgeBase &kb, QWidget *parent = nullptr);

    QString title() const override;
    std::unique_ptr<QTextDocument> printableDocument() const override;

    void selectRole(const QString &id);
    QString selectedRoleId() const;
    void setVintage(int vintage);
    int vintage() const;
    // Re-read the knowledge base after it changed (e.g. an import added a vintage).
    void reload();

    const BarChartSpec &chartSpec() const;
    QListView *roleList() const { return m_list; }
    QTextBrowser *details() const { return m_details; }

signals:
    void selectedRoleChanged(const QString &id);

private:
    void refillVintages();
    void updateDetails();
    void updateChart();
    BarChartSpec buildChartSpec() const;

    KnowledgeBase &m_kb;
    RoleListModel *m_model = nullptr;
    RoleFilterModel *m_filter = nullptr;
    QComboBox *m_family = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QComboBox *m_vintage = nullptr;
    QTextBrowser *m_details = nullptr;
    ChartPanel *m_chart = nullptr;
};

} // namespace hp::ui
