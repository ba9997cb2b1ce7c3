#include "views/list_detail_view.h"

#include "app/data_notifier.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hp::ui {

ListDetailView::ListDetailView(RecordListModel::Loader loader, const QString &listName, const QString &intro, QWidget *parent)
    : View(parent)
    , m_model(new RecordListModel(std::move(loader), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_details(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::ToolTipRole); // tool tips hold the name and the group
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setPlaceholderText(tr("Filter %1").arg(listName.toLower()));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("%1 filter").arg(listName));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_list->setObjectName(QStringLiteral("recordList"));
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(listName);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details->setObjectName(QStringLiteral("recordDetails"));
    m_details->setOpenExternalLinks(true);
    m_details->setAccessibleName(tr("%1 details").arg(listName));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(intro, left);
    label->setWordWrap(true);
    leftLayout->addWidget(label);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_details);
    split->setStretchFactor(1, 1);
    split->setSizes({330, 850});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split);

    // Select before connecting: detailsHtml() is virtual and the subclass does not exist yet, so
    // subclasses call refreshDetails() at the end of their own constructor.
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { refreshDetails(); });
    connect(&DataNotifier::instance(), &DataNotifier::referenceDataChanged, this, &ListDetailView::reload);
    setFocusProxy(m_list);
}

void ListDetailView::selectRecord(const QString &id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(RecordListModel::IdRole).toString() == id) {
            m_list->setCurrentIndex(m_proxy->index(r, 0));
            return;
        }
    }
}

QString ListDetailView::selectedId() const
{
    return m_list->currentIndex().data(RecordListModel::IdRole).toString();
}

void ListDetailView::refreshDetails()
{
    const QString id = selectedId();
    m_details->setHtml(id.isEmpty() ? tr("<p>Nothing matches the filter.</p>") : detailsHtml(id));
}

void ListDetailView::reload()
{
    const QString id = selectedId();
    m_model->reload();
    selectRecord(id);
    refreshDetails();
}

std::unique_ptr<QTextDocument> ListDetailView::printableDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    QString html = QStringLiteral("<h1>%1</h1>").arg(title().toHtmlEscaped());
    for (int r = 0; r < m_model->rowCount(); ++r)
        html += detailsHtml(m_model->index(r, 0).data(RecordListModel::IdRole).toString()) + QStringLiteral("<hr>");
    doc->setHtml(html);
    return doc;
}

} // namespace hp::ui
