#include "charts/compare_specs.h"

#include "models/source_table_model.h"
#include "theme/family_palette.h"

#include <QCoreApplication>

#include <map>

namespace hp::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(CompareCharts)
};

QString label(const Role *r)
{
    return QString::fromStdString(r->shortName.empty() ? r->name : r->shortName);
}

QString citation(const KnowledgeBase &kb, const std::string &sourceId)
{
    return QString::fromStdString(kb.citation(sourceId));
}

RangeChartSpec::Item rangeItem(const KnowledgeBase &kb, const Role *r, const SourcedRange &range, const QColor &color)
{
    RangeChartSpec::Item item{label(r), color, range.min, range.max, {}};
    if (!range.present())
        item.note = range.sourceId.empty() ? Text::tr("no sourced figure") : Text::tr("not known");
    else {
        const Status st = kb.statusOf(range.sourceId, range.status);
        item.note = (range.typical ? Text::tr("typical range; ") : QString()) + statusName(st).toLower();
    }
    return item;
}

QString rangeCaption(const KnowledgeBase &kb, const compare::Comparison &c, bool cost)
{
    QStringList sources;
    for (const Role *r : c.roles) {
        const SourcedRange &range = cost ? r->entryCostUsd : r->entryTimeMonths;
        const QString s = QString::fromStdString(range.sourceId);
        if (!s.isEmpty() && !sources.contains(citation(kb, range.sourceId)))
            sources << citation(kb, range.sourceId);
    }
    return Text::tr("Bars run from the shortest to the longest typical route; see the table for roles without a sourced "
                    "figure. Sources: %1.")
        .arg(sources.isEmpty() ? Text::tr("none") : sources.join(QStringLiteral("; ")));
}

} // namespace

QVector<QColor> roleColors(const compare::Comparison &c, const QPalette &palette)
{
    QVector<QColor> colors;
    std::map<Family, int> seen;
    for (const Role *r : c.roles) {
        const QColor base = familyColor(r->family, palette);
        const int n = seen[r->family]++;
        colors << (n == 0 ? base : n == 1 ? base.darker(150) : n == 2 ? base.lighter(140) : base.darker(220));
    }
    return colors;
}

std::shared_ptr<BoxPlotSpec> wageBandSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors)
{
    auto spec = std::make_shared<BoxPlotSpec>();
    spec->title = Text::tr("Pay range by role, May %1").arg(c.vintage);
    spec->accessibleName = Text::tr("Box plot of pay ranges");
    QStringList missing;
    for (size_t i = 0; i < c.roles.size(); ++i) {
        const WageEstimate *w = kb.roleWage(*c.roles[i], c.vintage);
        if (!w || !w->p10 || !w->p25 || !w->median || !w->p75) {
            missing << label(c.roles[i]);
            continue;
        }
        const bool top = !w->p90;
        spec->items.push_back({label(c.roles[i]), colors[int(i)],
                               double(*w->p10), double(*w->p25), double(*w->median), double(*w->p75),
                               double(w->p90.value_or(*w->p75)), top && w->isTopCoded(Percentile::P90)});
    }
    spec->caption = Text::tr("Whiskers: 10th to 90th percentile; box: 25th to 75th; line: median. National annual wages of each "
                             "role's BLS occupation (codes in the table). Source: %1.")
                        .arg(citation(kb, "bls-oews-" + std::to_string(c.vintage)));
    if (!missing.isEmpty())
        spec->caption += QLatin1Char(' ') + Text::tr("No complete BLS band for: %1.").arg(missing.join(QStringLiteral(", ")));
    return spec;
}

std::shared_ptr<LineChartSpec> wageTrendSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors)
{
    auto spec = std::make_shared<LineChartSpec>();
    const auto vintages = kb.vintages();
    for (int v : vintages)
        spec->years << v;
    spec->title = Text::tr("Median pay, May %1 to May %2").arg(vintages.front()).arg(vintages.back());
    spec->accessibleName = Text::tr("Line chart of median pay over time");
    for (size_t i = 0; i < c.roles.size(); ++i) {
        LineChartSpec::Series s{label(c.roles[i]), colors[int(i)], {}};
        for (int v : vintages) {
            const WageEstimate *w = kb.roleWage(*c.roles[i], v);
            s.values << (w && w->median ? std::optional<double>(double(*w->median)) : std::nullopt);
        }
        spec->series << s;
    }
    spec->caption = Text::tr("National median annual wage of each role's BLS occupation, not adjusted for inflation. Roles that "
                             "share a BLS code draw the same line. Source: BLS OEWS national estimates, May %1–May %2 (VERIFIED).")
                        .arg(vintages.front())
                        .arg(vintages.back());
    return spec;
}

std::shared_ptr<RangeChartSpec> entryTimeSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors)
{
    auto spec = std::make_shared<RangeChartSpec>();
    spec->title = Text::tr("Time to a first job (months)");
    spec->accessibleName = Text::tr("Chart of time to a first job");
    spec->unit = Text::tr("months");
    for (size_t i = 0; i < c.roles.size(); ++i)
        spec->items << rangeItem(kb, c.roles[i], c.roles[i]->entryTimeMonths, colors[int(i)]);
    spec->caption = rangeCaption(kb, c, false);
    return spec;
}

std::shared_ptr<RangeChartSpec> entryCostSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors)
{
    auto spec = std::make_shared<RangeChartSpec>();
    spec->title = Text::tr("Cost to entry (US dollars)");
    spec->accessibleName = Text::tr("Chart of cost to entry");
    spec->money = true;
    spec->unit = Text::tr("US dollars");
    for (size_t i = 0; i < c.roles.size(); ++i)
        spec->items << rangeItem(kb, c.roles[i], c.roles[i]->entryCostUsd, colors[int(i)]);
    spec->caption = rangeCaption(kb, c, true);
    return spec;
}

std::shared_ptr<GroupedBarSpec> workStyleSpec(const KnowledgeBase &kb, const compare::Comparison &c, const QVector<QColor> &colors)
{
    auto spec = std::make_shared<GroupedBarSpec>();
    spec->title = Text::tr("What the work asks of you (0 = little, 5 = a lot)");
    spec->accessibleName = Text::tr("Chart of work-style profiles");
    spec->categories = {Text::tr("Solo focus"), Text::tr("People contact"), Text::tr("Phone & payers"), Text::tr("Clinical reading"),
                        Text::tr("Leadership"), Text::tr("Remote possible")};
    for (size_t i = 0; i < c.roles.size(); ++i) {
        const WorkStyle &w = c.roles[i]->workStyle;
        spec->series << GroupedBarSpec::Series{label(c.roles[i]), colors[int(i)],
                                               {double(w.focus), double(w.people), double(w.payerPhone), double(w.clinicalReading),
                                                double(w.leadership), double(w.remote)}};
    }
    const std::string source = c.roles.empty() ? std::string() : c.roles.front()->workStyle.sourceId;
    spec->caption = Text::tr("Ratings are HealthPath's judgement from each role's description, not a measurement. Source: %1.")
                        .arg(citation(kb, source));
    return spec;
}

} // namespace hp::ui
