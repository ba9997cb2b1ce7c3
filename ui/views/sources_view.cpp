#include "app/data_notifier.h"
#include "views/sources_view.h"

#include "models/source_table_model.h"
#include "refdata/knowledge_base.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hp::ui {

SourcesView::SourcesView(KnowledgeBase &kb, QWidget *parent)
    : View(parent)
    , m_kb(kb)
    , m_model(new SourceTableModel(kb, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_note(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("sourcesView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setPlaceholderText(tr("Filter sources"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Source filter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Sources"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SourceTableModel::Title, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SourceTableModel::Title, QHeaderView::Stretch);
    // Size the short columns to their contents once, not on every layout: measuring every row on
    // each relayout made switching to this view take longer than a frame.
    for (int c : {SourceTableModel::Publisher, SourceTableModel::AsOf, SourceTableModel::Retrieved, SourceTableModel::StatusColumn}) {
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
        m_table->resizeColumnToContents(c);
    }
    m_table->horizontalHeader()->setSectionResizeMode(SourceTableModel::Url, QHeaderView::Interactive);
    m_table->setColumnWidth(SourceTableModel::Url, 260);

    m_note->setOpenExternalLinks(true);
    m_note->setAccessibleName(tr("Selected source"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateNote(); });

    auto *intro = new QLabel(tr("Every figure in HealthPath names one of these sources. <b>Verified</b>: read from the "
                                "primary file or page. <b>Secondary</b>: a third party quoting the primary source. "
                                "<b>Unverified</b>: not confirmed — check before relying on it. <b>HealthPath "
                                "judgement</b>: our own assessment, never a measurement."),
                             this);
    intro->setWordWrap(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_note);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    connect(&DataNotifier::instance(), &DataNotifier::referenceDataChanged, this, &SourcesView::reload);
    setFocusProxy(m_table);
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    updateNote();
}

QString SourcesView::title() const
{
    return tr("Sources");
}

void SourcesView::reload()
{
    m_model->reload();
    updateNote();
}

void SourcesView::updateNote()
{
    const QString id = m_table->currentIndex().siblingAtColumn(0).data(Qt::UserRole).toString();
    const Source *s = m_kb.source(id.toStdString());
    if (!s) {
        m_note->clear();
        return;
    }
    QString html = QStringLiteral("<b>%1</b><br>%2").arg(QString::fromStdString(s->title).toHtmlEscaped(),
                                                         QString::fromStdString(m_kb.citation(s->id)).toHtmlEscaped());
    if (!s->url.empty())
        html += QStringLiteral("<br><a href='%1'>%1</a>").arg(QString::fromStdString(s->url).toHtmlEscaped());
    if (!s->note.empty())
        html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(s->note).toHtmlEscaped());
    m_note->setHtml(html);
}

std::unique_ptr<QTextDocument> SourcesView::printableDocument() const
{
    QString html = QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                       .arg(tr("HealthPath sources"), tr("Source"), tr("Publisher"), tr("As of"), tr("Status"), tr("Address"));
    for (const auto &s : m_kb.data().sources)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(QString::fromStdString(s.title).toHtmlEscaped(), QString::fromStdString(s.publisher).toHtmlEscaped(),
                         QString::fromStdString(s.asOf).toHtmlEscaped(), statusName(s.status),
                         QString::fromStdString(s.url).toHtmlEscaped());
    html += QStringLiteral("</table>");
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html);
    return doc;
}

} // namespace hp::ui
