// bench_bare_qt_render: the yardstick for bench_gui_startup. It redoes, with Qt Widgets and Qt
// Charts only and hard-coded data, the render of
//     healthpath --screenshot FILE --view explore --size 1280x800
// (sidebar, role list with family swatches, role details as HTML with tables, a horizontal stacked
// bar chart of 17 bars in 5 family colours with value labels, menu bar and status bar), offscreen,
// and saves it as a PNG. No HealthPath code is linked: this is what the same pixels cost in bare Qt.
//
// Usage: bench_bare_qt_render [FILE.png]. Without FILE (as bench/run.sh calls every bench_*), it
// renders to a temporary file, removes it and prints a note: it has no budget of its own.

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <QHorizontalStackedBarSeries>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>

namespace {

struct RoleRow {
    const char *name;
    const char *shortName;
    int family;    // index into kFamilies
    double median; // dollars
};

struct FamilyRow {
    const char *name;
    QRgb color;
};

// The Okabe–Ito hues of the five role families.
const std::array<FamilyRow, 5> kFamilies{{
    {"Coding", 0x0072B2},
    {"Billing", 0xE69F00},
    {"Auditing & documentation", 0x009E73},
    {"Administration", 0xD55E00},
    {"Adjacent roles", 0xCC79A7},
}};

// 17 roles, already sorted by median (highest first) as the chart shows them.
const std::array<RoleRow, 17> kRoles{{
    {"Coding supervisor / coding manager", "Coding manager", 3, 123900},
    {"Health services manager / administrator", "Health services manager", 3, 123900},
    {"Health information management (HIM) manager", "HIM manager", 3, 123900},
    {"Medical practice manager", "Practice manager", 3, 123900},
    {"Revenue cycle director", "Revenue cycle director", 3, 123900},
    {"Revenue cycle analyst", "Revenue cycle analyst", 4, 101900},
    {"Healthcare compliance officer", "Compliance officer", 3, 80700},
    {"Clinical documentation integrity (CDI) specialist", "CDI specialist", 2, 68000},
    {"Health information technician (RHIT)", "Health info technician", 4, 68000},
    {"Coding auditor", "Coding auditor", 2, 51100},
    {"Coding educator / trainer", "Coding educator", 4, 51100},
    {"Inpatient (hospital) coder", "Inpatient coder", 0, 51100},
    {"Outpatient / professional-fee coder", "Outpatient coder", 0, 51100},
    {"Risk adjustment (HCC) coder", "Risk adjustment coder", 0, 51100},
    {"Accounts receivable (AR) and denials specialist", "AR / denials specialist", 1, 48500},
    {"Medical biller", "Medical biller", 1, 48500},
    {"Patient access / front desk representative", "Patient access rep", 4, 45900},
}};

QIcon swatch(QColor color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1, 1, 10, 10), 3, 3);
    return QIcon(pm);
}

QString list(std::initializer_list<const char *> items)
{
    QString out = QStringLiteral("<ul>");
    for (const char *item : items)
        out += QStringLiteral("<li>%1</li>").arg(QString::fromUtf8(item));
    return out + QStringLiteral("</ul>");
}

// A role description of the same size and shape as HealthPath's (about 3,700 characters of text,
// a wage table, lists, a ladder table).
QString roleHtml()
{
    QString h;
    h += QStringLiteral("<h2>Accounts receivable (AR) and denials specialist</h2>"
                        "<p><span style='color:#e69f00'>■</span> Billing</p>"
                        "<p>Chases unpaid insurance claims and fights denials: finds out why a claim was refused, fixes it "
                        "or writes an appeal, and tracks the money until it arrives.</p><h3>Pay (BLS)</h3>"
                        "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
                        "<tr><th>10th percentile</th><th>25th</th><th>Median</th><th>75th</th><th>90th</th><th>Mean</th></tr>"
                        "<tr><td align='right'>$37,290</td><td align='right'>$42,840</td><td align='right'>$48,500</td>"
                        "<td align='right'>$58,290</td><td align='right'>$67,710</td><td align='right'>$51,070</td></tr></table>"
                        "<p>Annual wages of Billing and Posting Clerks (BLS 43-3021), national, May 2025; 404,060 people "
                        "employed. <span style='font-size:small'>Source: Occupational Employment and Wage Statistics (OEWS), "
                        "national estimates, May 2025 — U.S. Bureau of Labor Statistics, as of 2025-05 (VERIFIED) — "
                        "<a href='https://www.bls.gov/oes/tables.htm'>https://www.bls.gov/oes/tables.htm</a></span></p>"
                        "<p><i>Shared code:</i> BLS has no code for AR or denials specialists; most are counted with billing "
                        "and posting clerks, a code covering billing staff in every industry.</p>"
                        "<p>Outlook 2024–2034: employment -0.4%, about 42,200 openings a year. Typical entry: High school "
                        "diploma or equivalent. <span style='font-size:small'>Source: Employment Projections 2024–34, Table 1.2 "
                        "— U.S. Bureau of Labor Statistics, as of 2024 (SECONDARY)</span></p>");
    h += QStringLiteral("<h3>A typical day</h3>")
         + list({"Work a list of unpaid claims sorted by amount and age",
                 "Read denial codes and remittance advice to see why payment was refused",
                 "Correct and resubmit claims, or write appeal letters with the supporting records",
                 "Call insurers or use their portals to push stuck claims forward",
                 "Log denial reasons so the team can fix the cause earlier in the process"});
    h += QStringLiteral("<h3>Where people work</h3>")
         + list({"hospital business offices", "billing and revenue cycle outsourcing companies", "large physician groups",
                 "home office (remote)"});
    h += QStringLiteral("<h3>Getting in</h3><p>A high school diploma and some billing experience is the usual route; a "
                        "billing course or the CPB or CRCR helps.</p><p><b>Entry barrier (low):</b> No formal requirement, "
                        "but most employers want some billing or claims experience, so people usually move up from billing, "
                        "patient accounts or claims jobs.</p><p><b>Time to a first job:</b> 0–12 months [secondary source]"
                        "<br><b>Cost to get there:</b> $1,500–$5,000 [secondary source]</p>"
                        "<h3>Certifications employers value</h3><p><b>CPB</b> (Certified Professional Biller, AAPC), "
                        "<b>CRCR</b> (Certified Revenue Cycle Representative, HFMA)</p><h3>Skills</h3><p><b>Technical</b></p>");
    h += list({"reading remittance advice and explanation-of-benefits statements", "denial codes and appeals",
               "insurer payment policies", "AR aging reports and work queues", "spreadsheet basics", "coding basics"});
    h += QStringLiteral("<p><b>People and work habits</b></p>")
         + list({"persistence", "persuasive writing", "negotiating on the phone", "organization"});
    h += QStringLiteral("<h3>Remote work</h3><p>moderate — Many AR and denials teams work remotely; it depends on the "
                        "employer.</p><h3>Upsides</h3>")
         + list({"You can see the money you recover", "A good route into revenue cycle leadership",
                 "Problem solving rather than pure data entry", "Remote jobs exist"})
         + QStringLiteral("<h3>Downsides</h3>")
         + list({"Heavy phone and portal time with insurers", "Targets for dollars collected or accounts worked",
                 "Frustrating when insurers deny for the same reasons again and again",
                 "BLS projects small declines in billing-clerk and claims-clerk jobs, 2024–34"});
    h += QStringLiteral("<h3>Career ladder</h3><p>Billing ladder</p>"
                        "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
                        "<tr><th>Level</th><th>Experience</th><th>BLS band, May 2025</th></tr>"
                        "<tr><td>Billing clerk (entry)</td><td>—</td><td>$37,290–$42,840 (43-3021 p10–p25)</td></tr>"
                        "<tr><td>Medical biller</td><td>—</td><td>$42,840–$48,500 (43-3021 p25–median)</td></tr>"
                        "<tr><td><b>▶ Senior biller / AR and denials specialist</b></td><td>—</td>"
                        "<td>$48,500–$58,290 (43-3021 median–p75)</td></tr>"
                        "<tr><td>Billing lead</td><td>—</td><td>$58,290–$67,710 (43-3021 p75–p90)</td></tr>"
                        "<tr><td>Revenue cycle manager</td><td>—</td><td>$123,900 (11-9111 median)</td></tr></table>"
                        "<h3>Related roles</h3><p>Medical biller, Revenue cycle analyst, Patient access / front desk "
                        "representative</p>");
    return h;
}

QChart *wageChart()
{
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Median annual wage by role, May 2025"));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    // One stacked set per family, zero where a bar belongs to another family, bars bottom-up.
    auto *series = new QHorizontalStackedBarSeries;
    QStringList categories;
    for (auto it = kRoles.rbegin(); it != kRoles.rend(); ++it)
        categories << QString::fromUtf8(it->shortName);
    for (int f = 0; f < int(kFamilies.size()); ++f) {
        auto *set = new QBarSet(QString::fromUtf8(kFamilies[size_t(f)].name));
        set->setColor(QColor(kFamilies[size_t(f)].color));
        set->setLabelColor(Qt::white);
        for (auto it = kRoles.rbegin(); it != kRoles.rend(); ++it)
            set->append(it->family == f ? it->median / 1000.0 : 0.0);
        series->append(set);
    }
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("$@valuek"));
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    // Qt Charts elides long category labels to "…" in a chart this size, so draw them beside the
    // bars as plain text items (what any Qt Charts program showing these names has to do).
    categoryAxis->setLabelsVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    QList<QGraphicsSimpleTextItem *> labels;
    int labelWidth = 0;
    for (const QString &text : categories) {
        labels << new QGraphicsSimpleTextItem(text, chart);
        labelWidth = std::max(labelWidth, int(labels.back()->boundingRect().width()));
    }
    chart->setMargins(QMargins(labelWidth + 12, 4, 12, 4));
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, series, labels](const QRectF &plot) {
        for (int i = 0; i < labels.size(); ++i) {
            const QPointF centre = chart->mapToPosition(QPointF(0, i), series);
            const QRectF r = labels[i]->boundingRect();
            labels[i]->setPos(plot.left() - 8 - r.width(), centre.y() - r.height() / 2);
        }
    });
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, 133.8);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("$%.0fk"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Explore roles — bare Qt"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &window, &QWidget::close);
    window.menuBar()->addMenu(QStringLiteral("&View"));
    window.menuBar()->addMenu(QStringLiteral("&Help"));

    auto *nav = new QListWidget;
    nav->setFixedWidth(170);
    nav->addItems({QStringLiteral("Explore roles"), QStringLiteral("Certifications"), QStringLiteral("Education paths"),
                   QStringLiteral("Sources")});
    nav->setCurrentRow(0);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *family = new QComboBox;
    family->addItem(QStringLiteral("All families"));
    auto *search = new QLineEdit;
    search->setPlaceholderText(QStringLiteral("Filter roles by name or BLS code"));
    auto *roles = new QListWidget;
    for (const auto &role : kRoles)
        new QListWidgetItem(swatch(QColor(kFamilies[size_t(role.family)].color)), QString::fromUtf8(role.name), roles);
    roles->sortItems();
    roles->setCurrentRow(0);
    leftLayout->addWidget(family);
    leftLayout->addWidget(search);
    leftLayout->addWidget(new QLabel(QStringLiteral("Roles")));
    leftLayout->addWidget(roles, 1);

    auto *details = new QTextBrowser;
    details->setHtml(roleHtml());
    auto *chartPanel = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPanel);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartView = new QChartView(wageChart());
    chartView->setRenderHint(QPainter::Antialiasing);
    auto *caption = new QLabel(QStringLiteral("Bars: national median annual wage of each role's BLS occupation, in "
                                              "thousands of US dollars. Source: Occupational Employment and Wage "
                                              "Statistics (OEWS), national estimates, May 2025 — U.S. Bureau of Labor "
                                              "Statistics, as of 2025-05 (VERIFIED)."));
    caption->setWordWrap(true);
    chartLayout->addWidget(chartView, 1);
    chartLayout->addWidget(caption);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *vintageRow = new QHBoxLayout;
    auto *vintage = new QComboBox;
    vintage->addItem(QStringLiteral("BLS, May 2025"));
    vintageRow->addStretch(1);
    vintageRow->addWidget(new QLabel(QStringLiteral("Wage data:")));
    vintageRow->addWidget(vintage);
    rightLayout->addLayout(vintageRow);
    auto *rightSplit = new QSplitter(Qt::Vertical);
    rightSplit->addWidget(details);
    rightSplit->addWidget(chartPanel);
    rightSplit->setStretchFactor(0, 1);
    rightSplit->setStretchFactor(1, 2);
    rightLayout->addWidget(rightSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 860});
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 8, 8, 8);
    pageLayout->addWidget(split);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(nav);
    layout->addWidget(page, 1);
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("17 roles · wage data BLS OEWS, May 2025"));

    // The same steps as HealthPath's screenshot: show offscreen, let layouts settle, grab, save.
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();

    const bool standalone = argc < 2;
    std::unique_ptr<QTemporaryDir> tmp;
    if (standalone)
        tmp = std::make_unique<QTemporaryDir>();
    const QString path = standalone ? tmp->filePath(QStringLiteral("bare.png")) : QString::fromLocal8Bit(argv[1]);
    if (!pixmap.save(path, "PNG")) {
        std::fprintf(stderr, "bench_bare_qt_render: could not write %s\n", qPrintable(path));
        return 1;
    }
    if (standalone)
        std::printf("Baseline renderer for bench_gui_startup (rendered %dx%d offscreen); no budget of its own.\n",
                    pixmap.width(), pixmap.height());
    return 0;
}
