#include "charts/ladder_specs.h"

#include "lattice/experience.h"
#include "models/source_table_model.h"
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

QColor trackColor(const KnowledgeBase &kb, const Track &track, const QPalette &palette)
{
    int index = 0; // among the tracks of its family, in tracks.json order
    for (const Track &t : kb.data().tracks) {
        if (t.id == track.id)
            break;
        index += t.family == track.family ? 1 : 0;
    }
    const QColor base = familyColor(track.family, palette);
    const bool dark = isDarkPalette(palette);
    switch (index % 3) {
    case 0: return base;
    case 1: return dark ? base.lighter(145) : base.darker(165);
    default: return dark ? base.darker(140) : base.lighter(135);
    }
}

namespace {

QString monthsText(const SourcedRange &r)
{
    const auto n = [](double v) { return QLocale(QLocale::English).toString(v, 'g', 4); };
    if (r.min && r.max)
        return *r.min == *r.max ? Text::tr("%1 months").arg(n(*r.min)) : Text::tr("%1–%2 months").arg(n(*r.min), n(*r.max));
    if (r.min)
        return Text::tr("at least %1 months").arg(n(*r.min));
    if (r.max)
        return Text::tr("up to %1 months").arg(n(*r.max));
    return Text::tr("time not known");
}

QString sourceTitle(const KnowledgeBase &kb, const std::string &id)
{
    const Source *s = kb.source(id);
    return QString::fromStdString(s ? s->title : id);
}

const LatticeMove *findMove(const lattice::Lattice &lattice, std::string_view id)
{
    for (const LatticeMove &m : lattice.moves())
        if (m.id == id)
            return &m;
    return nullptr;
}

QString statusText(const lattice::TrackLevel &level)
{
    if (level.basis == lattice::YearsBasis::TrackStart)
        return Text::tr("None needed: years count from here");
    if (!level.hasYears() || !level.status)
        return Text::tr("—");
    if (*level.status == Status::Unverified)
        return Text::tr("Unverified — check before relying on it");
    return statusName(*level.status);
}

// Where a level's years come from, with the sources and their status, for the data table.
QString yearsFromText(const KnowledgeBase &kb, const lattice::Lattice &lattice, const lattice::TrackExperience &e, size_t i)
{
    const lattice::TrackLevel &level = e.levels[i];
    switch (level.basis) {
    case lattice::YearsBasis::Ladder:
        return Text::tr("the level's own years in ladders.json, from %1")
            .arg(sourceTitle(kb, level.sourceIds.empty() ? std::string() : level.sourceIds.front()));
    case lattice::YearsBasis::TrackStart:
        return Text::tr("the start of the track: no source states this level's own years");
    case lattice::YearsBasis::Moves: {
        const lattice::TrackLevel &first = e.levels.front();
        QStringList parts{first.basis == lattice::YearsBasis::Ladder
                              ? Text::tr("%1's years (%2)").arg(QString::fromStdString(first.name), sourceTitle(kb, first.sourceIds.empty() ? std::string() : first.sourceIds.front()))
                              : Text::tr("the start of %1").arg(QString::fromStdString(first.name))};
        for (const std::string &id : level.moveIds)
            if (const LatticeMove *m = findMove(lattice, id))
                parts << Text::tr("%1: %2 (%3, %4)")
                             .arg(QString::fromStdString(m->name), monthsText(m->months), sourceTitle(kb, m->months.sourceId),
                                  statusName(kb.statusOf(m->months.sourceId, m->months.status)));
        return parts.join(QStringLiteral(" + "));
    }
    case lattice::YearsBasis::NotStated:
        break;
    }
    if (e.yearsFrom == Track::Years::Ladder)
        return Text::tr("ladders.json states no years for this level");
    if (i == 0 || !e.levels[i - 1].hasYears())
        return Text::tr("the years end at an earlier level");
    const auto from = lattice.find(e.levels[i - 1].nodeId), to = lattice.find(level.nodeId);
    if (from && to)
        for (auto [edge, end] = boost::out_edges(*from, lattice.graph()); edge != end; ++edge)
            if (boost::target(*edge, lattice.graph()) == *to)
                return Text::tr("no source states how long “%1” takes").arg(QString::fromStdString(lattice.move(*edge).name));
    return Text::tr("no single lattice move leads here");
}

} // namespace

std::shared_ptr<ExperienceChartSpec> experienceSpec(const KnowledgeBase &kb, const lattice::Lattice &lattice,
                                                    const QStringList &trackIds, int vintage, const QPalette &palette)
{
    auto spec = std::make_shared<ExperienceChartSpec>();
    QStringList fromLadder, fromMoves, unverified;
    for (const QString &id : trackIds) {
        const Track *track = kb.track(id.toStdString());
        if (!track)
            continue;
        const lattice::TrackExperience e = lattice::trackExperience(*track, lattice, kb, vintage);
        ExperienceChartSpec::Track t{id, QString::fromStdString(track->name), trackColor(kb, *track, palette), {}};
        for (size_t i = 0; i < e.levels.size(); ++i) {
            const lattice::TrackLevel &level = e.levels[i];
            ExperienceChartSpec::Level l;
            l.name = QString::fromStdString(level.name);
            l.yearsMin = level.yearsMin;
            l.yearsMax = level.yearsMax;
            l.open = level.open;
            if (level.band) {
                l.low = double(level.band->low);
                l.high = double(level.band->high);
            }
            l.unverified = level.hasYears() && level.unverified();
            l.status = statusText(level);
            l.yearsFrom = yearsFromText(kb, lattice, e, i);
            if (l.unverified && !unverified.contains(l.name))
                unverified << l.name;
            t.levels << l;
        }
        (track->yearsFrom == Track::Years::Ladder ? fromLadder : fromMoves) << t.name;
        spec->tracks << t;
    }
    spec->title = Text::tr("Pay by years of experience");
    spec->accessibleName = Text::tr("Line chart of pay by years of experience on each career track");
    QStringList from;
    if (!fromLadder.isEmpty())
        from << Text::tr("%1 from a career guide (ladders.json)").arg(fromLadder.join(QStringLiteral(", ")));
    if (!fromMoves.isEmpty())
        from << Text::tr("%1 add each career move's typical months (lattice.json) to the first level's years, or count "
                         "from 0 when it states none")
                    .arg(fromMoves.join(QStringLiteral(", ")));
    spec->caption = Text::tr("Years of experience: %1. Lines join the middle of each level's BLS band where its years begin; "
                             "boxes span its years and band. Levels without stated years are in the table only. Wages: %2.")
                        .arg(from.join(QStringLiteral("; ")), QString::fromStdString(kb.oewsCaption(vintage)));
    if (!unverified.isEmpty())
        spec->caption += QLatin1Char(' ') + Text::tr("Unverified years (dashed, open ring) — check before relying on them: %1.")
                                                .arg(unverified.join(QStringLiteral(", ")));
    return spec;
}

} // namespace hp::ui
