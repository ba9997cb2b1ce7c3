#include "views/compare_view.h"

#include "app/data_notifier.h"
#include "charts/chart_box.h"
#include "charts/compare_specs.h"
#include "compare/compare_export.h"
#include "models/comparison_table_model.h"
#include "models/wrapped_text_delegate.h"
#include "report/handout_export.h"
#include "theme/family_palette.h"

#include <QBuffer>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hp::ui {

namespace {
const QStringList kDefaultRoles{QStringLiteral("outpatient-coder"), QStringLiteral("medical-biller")};

QString saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return CompareView::tr("Could not write %1: %2.").arg(path, file.errorString());
    return {};
}
} // namespace

CompareView::CompareView(KnowledgeBase &kb, QWidget *parent)
    : View(parent)
    , m_kb(kb)
    , m_vintage(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new ComparisonTableModel(kb, this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("compareView"));
    auto *pickRow = new QHBoxLayout;
    auto *rolesLabel = new QLabel(tr("Compare:"), this);
    pickRow->addWidget(rolesLabel);
    for (int slot = 0; slot < int(compare::kMaxRoles); ++slot) {
        auto *picker = new QComboBox(this);
        picker->setObjectName(QStringLiteral("rolePicker%1").arg(slot + 1));
        picker->setAccessibleName(tr("Role %1 to compare").arg(slot + 1));
        picker->setMinimumContentsLength(16);
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_pickers << picker;
        pickRow->addWidget(picker, 1);
    }
    if (!m_pickers.isEmpty())
        rolesLabel->setBuddy(m_pickers.front());
    auto *vintageLabel = new QLabel(tr("&Wage data:"), this);
    vintageLabel->setBuddy(m_vintage);
    m_vintage->setObjectName(QStringLiteral("compareVintage"));
    m_vintage->setAccessibleName(tr("Wage data vintage"));
    pickRow->addWidget(vintageLabel);
    pickRow->addWidget(m_vintage);

    auto *exportRow = new QHBoxLayout;
    auto addButton = [this, exportRow](QString text, const QString &name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed());
        connect(b, &QPushButton::clicked, this, slot);
        exportRow->addWidget(b);
        return b;
    };
    exportRow->addStretch(1);
    addButton(tr("&Handout PDF…"), QStringLiteral("handoutButton"), &CompareView::chooseAndExportHandout);
    addButton(tr("P&rint handout…"), QStringLiteral("printButton"), [this] {
        printHandout(m_kb, comparison(), QDate::currentDate().toString(Qt::ISODate), this);
    });
    addButton(tr("Table as &CSV…"), QStringLiteral("csvButton"), &CompareView::chooseAndExportCsv);
    addButton(tr("Chart as P&NG…"), QStringLiteral("pngButton"), &CompareView::chooseAndExportPng);

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Comparison table"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setItemDelegate(new WrappedTextDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Row heights follow the wrapped text whenever the columns change width.
    // The table is the context and the capture: the header also resizes while this view is being
    // destroyed, when members of CompareView must no longer be touched.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            [table = m_table] { QTimer::singleShot(0, table, &QTableView::resizeRowsToContents); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
        m_table->setColumnWidth(0, 118);
        m_table->resizeRowsToContents();
    });

    const QStringList tabNames{tr("Pay range"), tr("Pay over time"), tr("Time to entry"), tr("Cost to entry"), tr("Work style")};
    for (const QString &name : tabNames) {
        auto *box = new ChartBox(m_tabs);
        m_charts << box;
        m_tabs->addTab(box, name);
    }
    m_tabs->setObjectName(QStringLiteral("compareCharts"));
    m_tabs->setAccessibleName(tr("Comparison charts"));
    m_tabs->tabBar()->setAccessibleName(tr("Chart tabs"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("compareSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 11);
    split->setStretchFactor(1, 9);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(pickRow);
    layout->addWidget(split, 1);
    layout->addLayout(exportRow);

    fillPickers();
    setRoles(kDefaultRoles);
    for (QComboBox *picker : m_pickers)
        connect(picker, &QComboBox::currentIndexChanged, this, &CompareView::refresh);
    connect(m_vintage, &QComboBox::currentIndexChanged, this, &CompareView::refresh);
    connect(&DataNotifier::instance(), &DataNotifier::referenceDataChanged, this, &CompareView::reload);
    setFocusProxy(m_pickers.front());
}

QString CompareView::title() const
{
    return tr("Compare roles");
}

void CompareView::fillPickers()
{
    const int previousVintage = m_vintage->currentData().toInt();
    const QSignalBlocker vb(m_vintage);
    m_vintage->clear();
    const auto vintages = m_kb.vintages();
    for (auto it = vintages.rbegin(); it != vintages.rend(); ++it)
        m_vintage->addItem(tr("BLS, May %1").arg(*it), *it);
    m_vintage->setCurrentIndex(std::max(0, m_vintage->findData(previousVintage ? previousVintage : m_kb.latestVintage())));
    for (int slot = 0; slot < m_pickers.size(); ++slot) {
        QComboBox *picker = m_pickers[slot];
        const QString current = picker->currentData().toString();
        const QSignalBlocker b(picker);
        picker->clear();
        if (slot >= int(compare::kMinRoles))
            picker->addItem(tr("— none —"), QString());
        for (const Role &r : m_kb.roles())
            picker->addItem(familySwatch(r.family), QString::fromStdString(r.name), QString::fromStdString(r.id));
        picker->setCurrentIndex(std::max(0, picker->findData(current)));
    }
}

QString CompareView::setRoles(const QStringList &ids)
{
    std::vector<std::string> wanted;
    for (const QString &id : ids)
        wanted.push_back(id.trimmed().toStdString());
    const auto check = compare::compareRoles(m_kb, wanted, m_kb.latestVintage());
    if (!check.comparison)
        return QString::fromStdString(check.error);
    for (int slot = 0; slot < m_pickers.size(); ++slot) {
        const QSignalBlocker b(m_pickers[slot]);
        m_pickers[slot]->setCurrentIndex(std::max(0, m_pickers[slot]->findData(slot < ids.size() ? ids[slot].trimmed() : QString())));
    }
    refresh();
    return {};
}

QStringList CompareView::roleIds() const
{
    QStringList ids;
    for (QComboBox *picker : m_pickers)
        if (const QString id = picker->currentData().toString(); !id.isEmpty())
            ids << id;
    return ids;
}

void CompareView::setVintage(int vintage)
{
    if (const int index = m_vintage->findData(vintage); index >= 0)
        m_vintage->setCurrentIndex(index);
}

const compare::Comparison &CompareView::comparison() const
{
    return m_model->comparison();
}

QString CompareView::applyArguments(const QHash<QString, QString> &arguments)
{
    if (const auto it = arguments.find(QStringLiteral("chart")); it != arguments.end()) {
        bool ok = false;
        const int index = it->toInt(&ok) - 1;
        if (!ok || index < 0 || index >= m_tabs->count())
            return tr("--chart takes a number from 1 to %1, not '%2'.").arg(m_tabs->count()).arg(*it);
        m_tabs->setCurrentIndex(index);
    }
    if (const auto it = arguments.find(QStringLiteral("roles")); it != arguments.end())
        return setRoles(it->split(QLatin1Char(','), Qt::SkipEmptyParts));
    return {};
}

void CompareView::refresh()
{
    std::vector<std::string> ids;
    for (const QString &id : roleIds())
        if (std::find(ids.begin(), ids.end(), id.toStdString()) == ids.end())
            ids.push_back(id.toStdString());
    const auto result = compare::compareRoles(m_kb, ids, m_vintage->currentData().toInt());
    if (!result.comparison)
        return; // e.g. the same role picked twice: keep showing the last valid comparison
    const compare::Comparison &c = *result.comparison;
    m_model->setComparison(c);
    const QVector<QColor> colors = roleColors(c, palette());
    m_charts[0]->setSpec(wageBandSpec(m_kb, c, colors));
    m_charts[1]->setSpec(wageTrendSpec(m_kb, c, colors));
    m_charts[2]->setSpec(entryTimeSpec(m_kb, c, colors));
    m_charts[3]->setSpec(entryCostSpec(m_kb, c, colors));
    m_charts[4]->setSpec(workStyleSpec(m_kb, c, colors));
    emit comparisonChanged();
}

void CompareView::reload()
{
    const QStringList ids = roleIds();
    fillPickers();
    if (!setRoles(ids).isEmpty())
        setRoles(kDefaultRoles);
}

std::optional<clients::Attachment> CompareView::attachment() const
{
    const compare::Comparison &c = comparison();
    if (c.roles.empty())
        return std::nullopt;
    QJsonArray ids;
    QStringList names;
    for (const Role *r : c.roles) {
        ids.append(QString::fromStdString(r->id));
        names << QString::fromStdString(r->name);
    }
    clients::Attachment a;
    a.kind = clients::AttachmentKind::Comparison;
    a.title = tr("Compared: %1").arg(names.join(QStringLiteral(", "))).toStdString();
    const QJsonObject body{{QStringLiteral("roles"), ids}, {QStringLiteral("vintage"), c.vintage}};
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    return a;
}

QString CompareView::exportCsv(const QString &path) const
{
    const std::string csv = compare::toCsv(m_kb, comparison());
    return saveBytes(path, QByteArray::fromStdString(csv));
}

QString CompareView::exportHandout(const QString &path) const
{
    return writeHandoutPdf(m_kb, comparison(), path, QDate::currentDate().toString(Qt::ISODate));
}

QString CompareView::exportChartPng(int index, const QString &path) const
{
    const ChartBox *box = m_charts.value(index);
    if (!box)
        return tr("There is no chart number %1.").arg(index + 1);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    box->renderImage(QSize(1200, 800)).save(&buffer, "PNG");
    return saveBytes(path, bytes);
}

namespace {
QString askPath(QWidget *parent, const QString &title, const QString &name, const QString &filter)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, dir + QLatin1Char('/') + name, filter);
}

void report(QWidget *parent, const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(parent, CompareView::tr("Export failed"), error);
}
} // namespace

void CompareView::chooseAndExportHandout()
{
    const QString path = askPath(this, tr("Save handout as PDF"), tr("HealthPath comparison.pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        report(this, exportHandout(path));
}

void CompareView::chooseAndExportCsv()
{
    const QString path = askPath(this, tr("Save table as CSV"), tr("HealthPath comparison.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        report(this, exportCsv(path));
}

void CompareView::chooseAndExportPng()
{
    const int index = m_tabs->currentIndex();
    const QString path = askPath(this, tr("Save chart as PNG"), m_tabs->tabText(index) + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        report(this, exportChartPng(index, path));
}

std::unique_ptr<QTextDocument> CompareView::printableDocument() const
{
    // File → Print / Export PDF give the table and the pay chart; the handout buttons give the
    // designed one-page layout.
    auto doc = std::make_unique<QTextDocument>();
    const auto &c = comparison();
    QString html = QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'><tr><th></th>").arg(title().toHtmlEscaped());
    for (const Role *r : c.roles)
        html += QStringLiteral("<th>%1</th>").arg(QString::fromStdString(r->name).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < m_model->rowCount(); ++row) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(m_model->index(row, 0).data().toString().toHtmlEscaped());
        for (int col = 1; col < m_model->columnCount(); ++col)
            html += QStringLiteral("<td>%1</td>").arg(m_model->index(row, col).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://pay")), m_charts[0]->renderImage(QSize(900, 500)));
    html += QStringLiteral("<p><img src='chart://pay' width='600'></p><p style='font-size:small'>%1</p>")
                .arg(m_charts[0]->spec()->caption.toHtmlEscaped());
    for (const auto &id : c.sourceIds())
        html += QStringLiteral("<p style='font-size:small'>%1</p>").arg(QString::fromStdString(m_kb.citation(id)).toHtmlEscaped());
    doc->setHtml(html);
    return doc;
}

} // namespace hp::ui
