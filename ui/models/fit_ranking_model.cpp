#include "models/fit_ranking_model.h"

#include <QLocale>

#include <cmath>

namespace hp::ui {

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString choiceLabel(const fit::Item &item, const std::string &choiceId)
{
    const fit::Choice *c = item.choice(choiceId);
    return text(c ? c->label : choiceId);
}

QString roleName(const KnowledgeBase &kb, const std::string &id, bool shortName)
{
    const Role *r = kb.role(id);
    if (!r)
        return text(id);
    return text(shortName && !r->shortName.empty() ? r->shortName : r->name);
}

QString number(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

// "Getting in takes 36–60 months." for the time and money questions, from the role's sourced figure.
QString figureText(const fit::Item &item, const KnowledgeBase &kb, const std::string &roleId)
{
    const Role *r = kb.role(roleId);
    if (!r || item.figure.empty())
        return {};
    const bool money = item.figure == "entry_cost_usd";
    const SourcedRange &f = money ? r->entryCostUsd : r->entryTimeMonths;
    auto fmt = [money](double v) {
        return money ? QLocale(QLocale::English).toCurrencyString(v, QStringLiteral("$"), 0) : number(v);
    };
    if (!f.present())
        return money ? FitRankingModel::tr("No source gives what getting in costs.")
                     : FitRankingModel::tr("No source gives how long getting in takes.");
    QString span;
    if (f.min && f.max)
        span = *f.min == *f.max ? fmt(*f.min) : FitRankingModel::tr("%1–%2").arg(fmt(*f.min), fmt(*f.max));
    else
        span = f.min ? FitRankingModel::tr("at least %1").arg(fmt(*f.min)) : FitRankingModel::tr("up to %1").arg(fmt(*f.max));
    return money ? FitRankingModel::tr("Getting in costs %1.").arg(span) : FitRankingModel::tr("Getting in takes %1 months.").arg(span);
}

} // namespace

QString fitReasonText(const fit::Questionnaire &q, const KnowledgeBase &kb, const std::string &roleId, const fit::Reason &reason)
{
    const fit::Item *item = q.item(reason.itemId);
    if (!item)
        return {};
    const QString answer = choiceLabel(*item, reason.choiceId), question = text(item->label);
    QString out = reason.points > 0 ? FitRankingModel::tr("You answered “%1” to “%2”, which suits this role.").arg(answer, question)
                                    : FitRankingModel::tr("You answered “%1” to “%2”, which counts against this role.").arg(answer, question);
    if (const QString figure = figureText(*item, kb, roleId); !figure.isEmpty())
        out += QLatin1Char(' ') + figure;
    return out;
}

QString fitReasonShort(const fit::Questionnaire &q, const fit::Reason &reason)
{
    const fit::Item *item = q.item(reason.itemId);
    if (!item)
        return {};
    return FitRankingModel::tr("%1 %2: %3")
        .arg(reason.points > 0 ? QStringLiteral("+") : QStringLiteral("−"), text(item->label), choiceLabel(*item, reason.choiceId));
}

QString fitChangeText(const fit::Questionnaire &q, const KnowledgeBase &kb, const std::string &roleId, const fit::Change &change)
{
    const fit::Item *item = q.item(change.itemId);
    if (!item)
        return {};
    const QString answer = choiceLabel(*item, change.choiceId), question = text(item->label);
    const QString self = roleName(kb, roleId, true), other = roleName(kb, change.otherRoleId, true);
    const bool up = change.direction == fit::Change::Direction::Up;
    if (change.previousChoiceId.empty())
        return (up ? FitRankingModel::tr("If you answered “%1” to “%2”, %3 would move above %4 (to rank %5).")
                   : FitRankingModel::tr("If you answered “%1” to “%2”, %3 would drop below %4 (to rank %5)."))
            .arg(answer, question, self, other)
            .arg(change.newRank);
    const QString previous = choiceLabel(*item, change.previousChoiceId);
    return (up ? FitRankingModel::tr("If you answered “%1” instead of “%2” to “%3”, %4 would move above %5 (to rank %6).")
               : FitRankingModel::tr("If you answered “%1” instead of “%2” to “%3”, %4 would drop below %5 (to rank %6)."))
        .arg(answer, previous, question, self, other)
        .arg(change.newRank);
}

QString fitUnscoredText(const fit::Unscored &unscored)
{
    return unscored.why == fit::Unscored::Why::NoWeights ? FitRankingModel::tr("The fit check has no weights for this role.")
                                                         : FitRankingModel::tr("None of your answers so far bear on this role.");
}

FitRankingModel::FitRankingModel(const fit::Questionnaire &q, const KnowledgeBase &kb, QObject *parent)
    : QAbstractTableModel(parent)
    , m_q(q)
    , m_kb(kb)
{
}

void FitRankingModel::setResult(const fit::FitResult &result)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &fit : result.ranked) {
        Row row;
        row.roleId = text(fit.roleId);
        row.name = roleName(m_kb, fit.roleId, false);
        row.rank = fit.rank;
        row.score = fit.score;
        if (const Role *r = m_kb.role(fit.roleId))
            row.family = int(r->family);
        QStringList brief, full;
        for (const auto &reason : fit.why) {
            brief << fitReasonShort(m_q, reason);
            full << fitReasonText(m_q, m_kb, fit.roleId, reason);
        }
        row.why = brief.join(QChar::LineSeparator);
        row.whyLong = full.join(QLatin1Char('\n'));
        m_rows << row;
    }
    endResetModel();
}

int FitRankingModel::rowOf(const QString &roleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].roleId == roleId)
            return i;
    return -1;
}

QString FitRankingModel::roleIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].roleId : QString();
}

int FitRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FitRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FitRankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return r.rank;
        case RoleColumn: return r.name;
        case ScoreColumn: return number(r.score);
        case WhyColumn: return r.why;
        }
        return {};
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RankColumn: return tr("Rank %1").arg(r.rank);
        case RoleColumn: return r.name;
        case ScoreColumn: return tr("Fit %1 of 100").arg(number(r.score));
        case WhyColumn: return r.whyLong;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == WhyColumn ? r.whyLong : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RankColumn ? QVariant(int(Qt::AlignRight | Qt::AlignTop)) : QVariant(int(Qt::AlignLeft | Qt::AlignTop));
    case RoleIdRole:
        return r.roleId;
    case ScoreRole:
        return r.score;
    case FamilyRole:
        return r.family;
    default:
        return {};
    }
}

QVariant FitRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("#");
    case RoleColumn: return tr("Role");
    case ScoreColumn: return tr("Fit");
    case WhyColumn: return tr("Answers behind it");
    }
    return {};
}

} // namespace hp::ui
