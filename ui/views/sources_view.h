#pragma once
// Sources: every source behind HealthPath's figures, with vintage and status, filterable.

#include "app/view.h"

class QLineEdit;
class QTableView;
class QTextBrowser;
class QSortFilterProxyModel;

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class SourceTableModel;

class SourcesView : public View {
    Q_OBJECT
public:
    explicit SourcesView(KnowledgeBase &kb, QWidget *parent = nullptr);

    QString title() const override;
    std::unique_ptr<QTextDocument> printableDocument() const override;
    void reload();
    QTableView *table() const { return m_table; }

private:
    void updateNote();

    KnowledgeBase &m_kb;
    SourceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_note = nullptr;
};

} // namespace hp::ui
