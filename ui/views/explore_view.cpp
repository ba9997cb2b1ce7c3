#include "app/data_notifier.h"
#include "views/explore_view.h"

#include "charts/chart_panel.h"
#include "models/role_filter_model.h"
#include "models/role_list_model.h"
#include "report/role_details.h"
#include "theme/family_palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace hp::ui {

ExploreView::ExploreView(KnowledgeBase &kb, QWidget *parent)
    : View(parent)
    , m_kb(kb)
    , m_model(new RoleListModel(kb, this))
    , m_filter(new RoleFilterModel(this))
    , m_family(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_vintage(new QComboBox(this))
    , m_details(new QTextBrowser(this))
    , m_chart(new ChartPanel(this))
{
    setObjectName(QStringLiteral("exploreView"));
    m_filter->setSourceModel(m_model);

    m_family->setObjectName(QStringLiteral("familyFilter"));
    m_search->setObjectName(QStringLiteral("roleSearch"));
    m_list->setObjectName(QStringLiteral("roleList"));
    m_vintage->setObjectName(QStringLiteral("vintageSelector"));
    m_details->setObjectName(QStringLiteral("roleDetails"));
    m_family->addItem(tr("All families"), -1);
    for (Family f : kAllFamilies)
        m_family->addItem(familySwatch(f), familyName(f), static_cast<int>(f));
    m_family->setAccessibleName(tr("Role family filter"));
    m_family->setToolTip(tr("Show only the roles of one family"));

    m_search->setPlaceholderText(tr("Filter roles by name or BLS code"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Role name filter"));

    m_list->setModel(m_filter);
    m_list->setAccessibleName(tr("Roles"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);

    m_vintage->setAccessibleName(tr("Wage data vintage"));
    m_vintage->setToolTip(tr("Which year's BLS wage estimates to show (each is for May of that year)"));
    refillVintages();

    m_details->setOpenExternalLinks(true);
    m_details->setAccessibleName(tr("Role details"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *rolesLabel = new QLabel(tr("&Roles"), left);
    rolesLabel->setBuddy(m_list);
    leftLayout->addWidget(m_family);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(rolesLabel);
    leftLayout->addWidget(m_list, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *vintageRow = new QHBoxLayout;
    auto *vintageLabel = new QLabel(tr("&Wage data:"), right);
    vintageLabel->setBuddy(m_vintage);
    vintageRow->addStretch(1);
    vintageRow->addWidget(vintageLabel);
    vintageRow->addWidget(m_vintage);
    rightLayout->addLayout(vintageRow);
    auto *rightSplit = new QSplitter(Qt::Vertical, right);
    rightSplit->setObjectName(QStringLiteral("exploreDetailSplitter"));
    rightSplit->addWidget(m_details);
    rightSplit->addWidget(m_chart);
    rightSplit->setStretchFactor(0, 1);
    rightSplit->setStretchFactor(1, 2);
    rightLayout->addWidget(rightSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("exploreSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 860});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split);

    setTabOrder(m_family, m_search);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_vintage);
    setTabOrder(m_vintage, m_details);

    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFamily(m_family->currentData().toInt());
        updateChart();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateChart();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetails();
        updateChart();
        emit selectedRoleChanged(selectedRoleId());
    });
    connect(m_vintage, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setVintage(m_vintage->currentData().toInt());
        updateDetails();
        updateChart();
    });

    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    updateDetails();
    updateChart();
    connect(&DataNotifier::instance(), &DataNotifier::referenceDataChanged, this, &ExploreView::reload);
    setFocusProxy(m_list);
}

QString ExploreView::title() const
{
    return tr("Explore roles");
}

void ExploreView::refillVintages()
{
    const QSignalBlocker block(m_vintage);
    const int previous = m_vintage->currentData().toInt();
    m_vintage->clear();
    const auto vintages = m_kb.vintages();
    for (auto it = vintages.rbegin(); it != vintages.rend(); ++it)
        m_vintage->addItem(tr("BLS, May %1").arg(*it), *it);
    const int index = m_vintage->findData(previous ? previous : m_kb.latestVintage());
    m_vintage->setCurrentIndex(std::max(0, index));
    m_model->setVintage(m_vintage->currentData().toInt());
}

void ExploreView::reload()
{
    const QString selected = selectedRoleId();
    m_model->reload();
    refillVintages();
    selectRole(selected);
    updateDetails();
    updateChart();
}

void ExploreView::selectRole(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row));
    if (proxy.isValid())
        m_list->setCurrentIndex(proxy);
}

QString ExploreView::selectedRoleId() const
{
    return m_list->currentIndex().data(RoleListModel::IdRole).toString();
}

void ExploreView::setVintage(int vintage)
{
    const int index = m_vintage->findData(vintage);
    if (index >= 0)
        m_vintage->setCurrentIndex(index);
}

int ExploreView::vintage() const
{
    return m_vintage->currentData().toInt();
}

const BarChartSpec &ExploreView::chartSpec() const
{
    return m_chart->spec();
}

namespace {

// Replacing one long page with another, QTextEdit first empties the document, so it hides its
// scroll bar, lays the new page out at the wider width, shows the bar again and lays the whole
// page out a second time. Holding the bar through the swap skips that second layout (about half
// the cost of showing a role); a page that fits still loses its bar when the policy is restored.
void setHtmlKeepingScrollBar(QTextBrowser *browser, const QString &html)
{
    const Qt::ScrollBarPolicy policy = browser->verticalScrollBarPolicy();
    if (policy == Qt::ScrollBarAsNeeded && browser->verticalScrollBar()->isVisible())
        browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    browser->setHtml(html);
    browser->setVerticalScrollBarPolicy(policy);
}

} // namespace

void ExploreView::updateDetails()
{
    const Role *role = m_kb.role(selectedRoleId().toStdString());
    if (!role) {
        setHtmlKeepingScrollBar(m_details, tr("<p>No role matches the filter.</p>"));
        return;
    }
    setHtmlKeepingScrollBar(m_details, roleDetailsHtml(m_kb, *role, vintage()));
}

BarChartSpec ExploreView::buildChartSpec() const
{
    BarChartSpec spec;
    const int v = vintage();
    spec.title = tr("Median annual wage by role, May %1").arg(v);
    spec.valueAxisTitle = QString(); // the caption says what the bars measure
    spec.accessibleName = tr("Chart of median annual wages by role");
    for (Family f : kAllFamilies)
        spec.groups.push_back({familyName(f), familyColor(f, palette())});
    const QString selected = selectedRoleId();
    QLocale en(QLocale::English);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex idx = m_filter->index(row, 0);
        const Role *role = m_kb.role(idx.data(RoleListModel::IdRole).toString().toStdString());
        const auto *w = role ? m_kb.roleWage(*role, v) : nullptr;
        if (!w || !w->median)
            continue;
        Bar bar;
        const QString money = en.toCurrencyString(static_cast<double>(*w->median), QStringLiteral("$"), 0);
        bar.label = QString::fromStdString(role->shortName);
        bar.value = static_cast<double>(*w->median);
        bar.group = static_cast<int>(role->family);
        bar.highlighted = QString::fromStdString(role->id) == selected;
        bar.tooltip = tr("%1: median %2 for BLS %3, May %4")
                          .arg(QString::fromStdString(role->name), money, QString::fromStdString(w->soc))
                          .arg(v);
        spec.bars.push_back(bar);
    }
    std::stable_sort(spec.bars.begin(), spec.bars.end(), [](const Bar &a, const Bar &b) { return a.value > b.value; });
    spec.caption = tr("Bars: national median annual wage of each role's BLS occupation, in thousands of US dollars. Roles "
                      "that share a BLS code show the same figure. Source: %1.")
                       .arg(QString::fromStdString(m_kb.citation("bls-oews-" + std::to_string(v))));
    return spec;
}

void ExploreView::updateChart()
{
    m_chart->setSpec(buildChartSpec());
}

std::unique_ptr<QTextDocument> ExploreView::printableDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    const Role *role = m_kb.role(selectedRoleId().toStdString());
    QString body = role ? roleDetailsHtml(m_kb, *role, vintage()) : QString();
    const QImage chart = m_chart->renderImage(QSize(900, 600));
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://wages")), chart);
    body += QStringLiteral("<h3>%1</h3><p><img src='chart://wages' width='600'></p><p style='font-size:small'>%2</p>")
                .arg(chartSpec().title.toHtmlEscaped(), chartSpec().caption.toHtmlEscaped());
    doc->setHtml(body);
    return doc;
}

} // namespace hp::ui
