#include "report/html.h"

#include <QCoreApplication>
#include <QLocale>

namespace hp::ui::html {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(Html)
};

} // namespace

QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString list(const std::vector<std::string> &items)
{
    if (items.empty())
        return {};
    QString out = QStringLiteral("<ul>");
    for (const auto &i : items)
        out += QStringLiteral("<li>%1</li>").arg(esc(i));
    return out + QStringLiteral("</ul>");
}

QString money(double dollars)
{
    return QLocale(QLocale::English).toCurrencyString(dollars, QStringLiteral("$"), 0);
}

QString money(const std::optional<long> &v, bool topCoded)
{
    if (topCoded)
        return Text::tr("at or above the BLS top code");
    return v ? money(static_cast<double>(*v)) : Text::tr("not published");
}

QString statusBadge(Status status)
{
    switch (status) {
    case Status::Verified:
        return {};
    case Status::Secondary:
        return QStringLiteral(" <span style='color:#8a6d00'>[%1]</span>").arg(Text::tr("secondary source"));
    case Status::Unverified:
        return QStringLiteral(" <span style='color:#b00020'><b>[%1]</b></span>").arg(Text::tr("unverified — check before relying on it"));
    case Status::Editorial:
        return QStringLiteral(" <span style='color:#555'>[%1]</span>").arg(Text::tr("HealthPath's judgement"));
    }
    return {};
}

QString range(const KnowledgeBase &kb, const SourcedRange &r, const QString &unit, bool isMoney)
{
    if (!r.present())
        return r.sourceId.empty() ? Text::tr("no sourced figure") : Text::tr("not known") + statusBadge(kb.statusOf(r.sourceId, r.status));
    auto fmt = [isMoney](double v) { return isMoney ? money(v) : QLocale(QLocale::English).toString(v, 'g', 4); };
    QString value;
    if (r.min && r.max)
        value = (*r.min == *r.max) ? fmt(*r.min) : QStringLiteral("%1–%2").arg(fmt(*r.min), fmt(*r.max));
    else if (r.min)
        value = Text::tr("from %1").arg(fmt(*r.min));
    else
        value = Text::tr("up to %1").arg(fmt(*r.max));
    if (!unit.isEmpty())
        value += QLatin1Char(' ') + unit;
    if (r.typical)
        value = Text::tr("typically %1").arg(value);
    QString out = QStringLiteral("<span title='%1'>%2</span>").arg(QString::fromStdString(kb.citation(r.sourceId)).toHtmlEscaped(), value);
    out += statusBadge(kb.statusOf(r.sourceId, r.status));
    if (!r.note.empty())
        out += QStringLiteral(" <i>(%1)</i>").arg(esc(r.note));
    return out;
}

QString citation(const KnowledgeBase &kb, const std::string &sourceId)
{
    const auto *s = kb.source(sourceId);
    QString text = Text::tr("Source: %1").arg(QString::fromStdString(kb.citation(sourceId)).toHtmlEscaped());
    if (s && !s->url.empty())
        text += QStringLiteral(" — <a href='%1'>%1</a>").arg(esc(s->url));
    return QStringLiteral("<span style='font-size:small'>%1</span>").arg(text);
}

} // namespace hp::ui::html
