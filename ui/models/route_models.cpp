#include "models/route_models.h"

#include "models/source_table_model.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace hp::ui {

namespace {

QString number(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

QString dollars(double v)
{
    return QLocale(QLocale::English).toCurrencyString(v, QStringLiteral("$"), 0);
}

QString rangeText(double min, double max, bool open, int unknown, bool money)
{
    auto fmt = [money](double v) { return money ? dollars(v) : number(v); };
    QString text;
    if (open)
        text = money ? RouteListModel::tr("at least %1").arg(fmt(min)) : RouteListModel::tr("at least %1 months").arg(fmt(min));
    else if (min == max)
        text = money ? fmt(min) : RouteListModel::tr("%1 months").arg(fmt(min));
    else
        text = money ? RouteListModel::tr("%1–%2").arg(fmt(min), fmt(max))
                     : RouteListModel::tr("%1–%2 months").arg(fmt(min), fmt(max));
    if (unknown > 0)
        text += money ? RouteListModel::tr(" + %n step(s) of unknown cost", "", unknown)
                      : RouteListModel::tr(" + %n step(s) of unknown length", "", unknown);
    return text;
}

QString figureText(const SourcedRange &r, bool money)
{
    if (!r.present())
        return RouteStepModel::tr("not known");
    if (r.min && r.max)
        return rangeText(*r.min, *r.max, false, 0, money);
    if (r.min)
        return rangeText(*r.min, *r.min, true, 0, money);
    return money ? RouteStepModel::tr("up to %1").arg(dollars(*r.max)) : RouteStepModel::tr("up to %1 months").arg(number(*r.max));
}

} // namespace

QString routeTitle(const lattice::Route &route)
{
    const std::string &l = route.label;
    if (l == "fastest and cheapest")
        return RouteListModel::tr("Fastest and cheapest");
    if (l == "fastest")
        return RouteListModel::tr("Fastest");
    if (l == "cheapest")
        return RouteListModel::tr("Cheapest");
    if (l.rfind("alternative ", 0) == 0)
        return RouteListModel::tr("Alternative %1").arg(QString::fromStdString(l.substr(12)));
    return QString::fromStdString(l);
}

QString routeMonthsText(const lattice::Totals &t)
{
    return rangeText(t.monthsMin, t.monthsMax, t.monthsOpen, t.monthsUnknown, false);
}

QString routeCostText(const lattice::Totals &t)
{
    return rangeText(t.costMin, t.costMax, t.costOpen, t.costUnknown, true);
}

void RouteListModel::setPlan(const lattice::Plan &plan)
{
    beginResetModel();
    m_rows.clear();
    if (plan.status == lattice::Plan::Status::Ok)
        for (const lattice::Route *route : plan.routes()) {
            QStringList warnings;
            for (const auto &w : route->warnings)
                warnings << QString::fromStdString(w);
            m_rows.push_back({routeTitle(*route), routeMonthsText(route->totals), routeCostText(route->totals),
                              warnings.join(QLatin1Char('\n')), route->unusual});
        }
    endResetModel();
}

int RouteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RouteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("%1\n%2 · %3").arg(r.title, r.months, r.cost);
        if (r.unusual)
            text += QLatin1Char('\n') + tr("⚠ Unusual for your background: see the warning");
        return text;
    }
    case Qt::AccessibleTextRole:
        return tr("%1 route: %2, %3%4").arg(r.title, r.months, r.cost, r.unusual ? tr(", unusual for your background") : QString());
    case Qt::ToolTipRole:
        return r.warnings.isEmpty() ? QVariant() : QVariant(r.warnings);
    case UnusualRole:
        return r.unusual;
    case TitleRole:
        return r.title;
    default:
        return {};
    }
}

RouteStepModel::RouteStepModel(const KnowledgeBase &kb, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kb(kb)
{
}

void RouteStepModel::setRoute(const lattice::Route *route)
{
    beginResetModel();
    m_rows.clear();
    if (route)
        for (const lattice::Step &step : route->steps) {
            const LatticeMove &move = *step.move;
            Row row;
            row.unusual = step.unusual;
            QString name = QString::fromStdString(move.name);
            QString tip = QString::fromStdString(step.from->name) + QStringLiteral(" → ") + QString::fromStdString(step.to->name);
            if (!move.summary.empty())
                tip += QStringLiteral("\n") + QString::fromStdString(move.summary);
            if (step.unusual) {
                name = tr("⚠ %1 (unusual)").arg(name);
                tip += QStringLiteral("\n") + QString::fromStdString(move.flagNote);
            }
            QStringList creds;
            for (const auto &id : move.credentials) {
                const Certification *c = m_kb.certification(id);
                creds << QString::fromStdString(c ? c->abbr : id);
            }
            QString wage = tr("none (not a job)"), wageTip;
            if (step.wage) {
                wage = tr("%1–%2 a year").arg(dollars(double(step.wage->low)), dollars(double(step.wage->high)));
                wageTip = tr("BLS band at %1. Source: %2")
                              .arg(QString::fromStdString(step.to->name), QString::fromStdString(m_kb.citation(step.wage->sourceId)));
            }
            auto figureTip = [this](const SourcedRange &r) {
                if (r.sourceId.empty())
                    return tr("No source gives this figure.");
                return tr("Source: %1 (%2)%3")
                    .arg(QString::fromStdString(m_kb.citation(r.sourceId)), statusName(m_kb.statusOf(r.sourceId, r.status)),
                         r.note.empty() ? QString() : QStringLiteral("\n") + QString::fromStdString(r.note));
            };
            row.text = {name, figureText(move.months, false), figureText(move.costUsd, true),
                        creds.isEmpty() ? tr("—") : creds.join(tr(" or ")), wage};
            row.tips = {tip, figureTip(move.months), figureTip(move.costUsd), QString(), wageTip};
            m_rows.push_back(row);
        }
    endResetModel();
}

int RouteStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RouteStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return r.text.value(index.column());
    case Qt::ToolTipRole: {
        const QString tip = r.tips.value(index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        if (r.unusual && index.column() == StepColumn)
            return QColor(0xb0, 0x3a, 0x2e);
        return {};
    default:
        return {};
    }
}

QVariant RouteStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case StepColumn: return tr("Step");
    case MonthsColumn: return tr("Months");
    case CostColumn: return tr("Cost");
    case CredentialColumn: return tr("Credential earned");
    case WageColumn: return tr("BLS wage band there");
    default: return {};
    }
}

} // namespace hp::ui
