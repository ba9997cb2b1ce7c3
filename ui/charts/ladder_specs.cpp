#include "charts/ladder_specs.h"

#include "theme/family_palette.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace hp::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(LadderCharts)
};

QString dollars(double d)
{
    return QLocale(QLocale::English).toCurrencyString(d, QStringLiteral("$"), 0);
}

QVector<double> withZero(const std::vector<double> &series)
{
    QVector<double> out{0};
    for (double v : series)
        out << v;
    return out;
}

} // namespace

std::shared_ptr<RoiChartSpec> roiSpec(const KnowledgeBase &kb, const QString &routeName, const lattice::RoiResult &roi,
                                      int vintage, const QColor &color)
{
    auto spec = std::make_shared<RoiChartSpec>();
    spec->central = withZero(roi.central.cumulativeNet);
    spec->p25 = withZero(roi.p25.cumulativeNet);
    spec->p75 = withZero(roi.p75.cumulativeNet);
    spec->baseline = withZero(roi.cumulativeBaseline);
    spec->breakEvenMonth = roi.central.breakEvenMonth;
    spec->color = color;
    spec->title = Text::tr("Return on training over %1 years").arg(roi.months / 12);
    spec->accessibleName = Text::tr("Line chart of cumulative earnings on the %1 route against the baseline pay")
                               .arg(routeName);
    const QString breakEven = roi.central.breakEvenMonth
                                  ? Text::tr("Break-even in month %1.").arg(*roi.central.breakEvenMonth)
                                  : Text::tr("No break-even within %1 months.").arg(roi.months);
    spec->caption = Text::tr("%1 Cumulative earnings minus training costs on the %2 route, month by month, against %3. "
                             "The shaded area uses the 25th and 75th percentile pay instead of the middle of each band. "
                             "After %4 months: %5 against the baseline. Wages: %6.")
                        .arg(breakEven, routeName, QString::fromStdString(roi.baseline.label))
                        .arg(roi.months)
                        .arg(dollars(roi.central.netVsBaseline), QString::fromStdString(kb.oewsCaption(vintage)));
    return spec;
}

std::shared_ptr<ExperienceChartSpec> experienceSpec(const KnowledgeBase &kb, const QStringList &ladderIds, int vintage,
                                                    const QPalette &palette)
{
    auto spec = std::make_shared<ExperienceChartSpec>();
    QStringList undated; // ladders whose levels state no years: nothing to draw, never guessed
    for (const QString &id : ladderIds) {
        const Ladder *ladder = kb.ladder(id.toStdString());
        if (!ladder)
            continue;
        ExperienceChartSpec::Track track{QString::fromStdString(ladder->name), familyColor(ladder->family, palette), {}};
        for (const LadderLevel &level : ladder->levels) {
            ExperienceChartSpec::Level l{QString::fromStdString(level.name), level.yearsMin, level.yearsMax, {}, {}};
            if (level.bls)
                if (const auto band = kb.blsBand(*level.bls, vintage)) {
                    l.low = double(band->low);
                    l.high = double(band->high);
                }
            track.levels << l;
        }
        if (std::none_of(ladder->levels.begin(), ladder->levels.end(), [](const LadderLevel &l) { return l.yearsMin.has_value(); }))
            undated << track.name;
        spec->tracks << track;
    }
    spec->title = Text::tr("Pay by years of experience");
    spec->accessibleName = Text::tr("Line chart of pay by years of experience on each ladder");
    spec->caption = Text::tr("Each level's typical years of experience (ladders.json) and the middle of its BLS wage "
                             "band; levels without stated years are listed in the table only. Wages: %1.")
                        .arg(QString::fromStdString(kb.oewsCaption(vintage)));
    if (!undated.isEmpty())
        spec->caption += QLatin1Char(' ') + Text::tr("No years of experience are stated for the levels of: %1; their bands are in the table.")
                                                 .arg(undated.join(QStringLiteral(", ")));
    return spec;
}

} // namespace hp::ui
