#pragma once
// Compare: 2–4 roles side by side — a table of the facts people ask about first and four charts
// (pay ranges, pay over time, time and cost to entry, work style), each with a data table as
// its text alternative — and a one-page handout to print or save as PDF.

#include "app/view.h"
#include "compare/comparison.h"

#include <QVector>

class QComboBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hp::ui {

class ChartBox;
class ComparisonTableModel;

class CompareView : public View {
    Q_OBJECT
public:
    explicit CompareView(KnowledgeBase &kb, QWidget *parent = nullptr);

    QString title() const override;
    std::unique_ptr<QTextDocument> printableDocument() const override;
    QString applyArguments(const QHash<QString, QString> &arguments) override;
    // A Comparison: {"roles": [ids], "vintage": N}, titled "Compared: <role names>".
    std::optional<clients::Attachment> attachment() const override;

    // Returns an empty string, or a sentence (unknown id, wrong count).
    QString setRoles(const QStringList &ids);
    QStringList roleIds() const;
    void setVintage(int vintage);
    const compare::Comparison &comparison() const;
    QTableView *table() const { return m_table; }
    QTabWidget *charts() const { return m_tabs; }
    ChartBox *chart(int index) const { return m_charts.value(index); }
    QComboBox *rolePicker(int slot) const { return m_pickers.value(slot); }

    QString exportCsv(const QString &path) const;       // empty or an error sentence
    QString exportHandout(const QString &path) const;   // empty or an error sentence
    QString exportChartPng(int index, const QString &path) const;

signals:
    void comparisonChanged();

private:
    void fillPickers();
    void refresh();
    void reload();
    void chooseAndExportHandout();
    void chooseAndExportCsv();
    void chooseAndExportPng();

    KnowledgeBase &m_kb;
    QVector<QComboBox *> m_pickers;
    QComboBox *m_vintage = nullptr;
    QTableView *m_table = nullptr;
    ComparisonTableModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QVector<ChartBox *> m_charts;
};

} // namespace hp::ui
