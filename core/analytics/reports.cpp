#include "reports.h"

#include "leads/leadfigures.h"
#include "leads/leadlifecycle.h"
#include "leads/leadstore.h"
#include "pipeline/dealclosing.h"
#include "reportsql.h"
#include "store/dealstore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kDefaultPipeline = u"default"_s;

} // namespace

using namespace reportsql;

QList<WinLossMonth> Reports::winLossByMonth() const
{
    QVariantList values {baseCurrency(m_db)};
    const QString where = dealConditions(m_filter, kClosedAt, m_filter.pipelineId, values);
    const QString month = utcMonth(m_db, kClosedAt);
    QSqlQuery q
        = m_db.run(u"SELECT %1 AS m, SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END), "
                   "SUM(CASE WHEN d.status = 'lost' THEN 1 ELSE 0 END), "
                   "SUM(CASE WHEN d.status = 'won' THEN d.value_minor * "
                   "CASE WHEN d.currency = b.base THEN 1.0 ELSE r.per_base END ELSE 0 END) "
                   "FROM deals d CROSS JOIN (SELECT CAST(? AS TEXT) AS base) b "
                   "LEFT JOIN currency_rates r ON r.currency = d.currency "
                   "WHERE d.status IN ('won', 'lost') AND %2 GROUP BY %1 ORDER BY %1"_s.arg(month, where),
            values);
    QList<WinLossMonth> result;
    while (q.next()) {
        WinLossMonth row;
        row.month = QDate::fromString(q.value(0).toString() + u"-01"_s, Qt::ISODate);
        row.won = q.value(1).toLongLong();
        row.lost = q.value(2).toLongLong();
        row.wonValueMinor = q.value(3).toDouble();
        result << row;
    }
    return result;
}

QList<LossReasonCount> Reports::lossReasons() const
{
    QVariantList values;
    const QString where = dealConditions(m_filter, kClosedAt, m_filter.pipelineId, values);
    // Count per reason id first, then join the few reasons: joining each lost deal to its
    // reason and grouping by the reason's columns costs more than the count itself.
    QSqlQuery q
        = m_db.run(u"SELECT r.id, r.name, r.position, r.needs_competitor, r.archived, x.n "
                   "FROM (SELECT d.lost_reason_id AS k, COUNT(*) AS n FROM deals d "
                   "WHERE d.status = 'lost' AND %1 GROUP BY d.lost_reason_id) x "
                   "JOIN loss_reasons r ON r.id = x.k ORDER BY x.n DESC, r.position, r.id"_s.arg(where),
            values);
    QList<LossReasonCount> result;
    while (q.next()) {
        const LossReason reason {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toInt() != 0, q.value(4).toInt() != 0};
        result << LossReasonCount {reason.id, LossReasonStore::displayName(reason), q.value(5).toLongLong()};
    }
    return result;
}

QList<CompetitorStats> Reports::competitors() const
{
    QVariantList values;
    const QString where = dealConditions(m_filter, kClosedAt, m_filter.pipelineId, values);
    // A competitor counts once per deal, whether listed, recorded as the winner, or both.
    QSqlQuery q = m_db.run(
        u"WITH pairs AS (SELECT deal_id, competitor_id FROM deal_competitors "
        "UNION SELECT id, won_by_competitor_id FROM deals WHERE won_by_competitor_id IS NOT NULL) "
        "SELECT c.id, c.name, COUNT(*) AS n, SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN d.status = 'lost' AND d.won_by_competitor_id = c.id THEN 1 ELSE 0 END) "
        "FROM pairs x JOIN deals d ON d.id = x.deal_id JOIN competitors c ON c.id = x.competitor_id "
        "WHERE d.status IN ('won', 'lost') AND %1 GROUP BY c.id, c.name ORDER BY n DESC, c.name, c.id"_s.arg(
            where),
        values);
    QList<CompetitorStats> result;
    while (q.next()) {
        CompetitorStats row;
        row.competitorId = q.value(0).toString();
        row.name = q.value(1).toString();
        row.closedDeals = q.value(2).toLongLong();
        row.won = q.value(3).toLongLong();
        row.lostTo = q.value(4).toLongLong();
        result << row;
    }
    return result;
}

QList<FunnelStep> Reports::leadFunnel() const
{
    QList<LeadStatus> steps;
    for (LeadStatus status : LeadLifecycle::allStatuses()) {
        if (LeadLifecycle::step(status) > 0)
            steps << status;
    }
    std::sort(steps.begin(), steps.end(),
        [](LeadStatus a, LeadStatus b) { return LeadLifecycle::step(a) < LeadLifecycle::step(b); });

    QStringList sums;
    for (LeadStatus status : steps)
        sums << u"SUM(CASE WHEN l.max_step >= %1 THEN 1 ELSE 0 END)"_s.arg(LeadLifecycle::step(status));
    QVariantList values;
    const QString where = leadConditions(m_filter, values);
    QSqlQuery q = m_db.run(u"SELECT %1 FROM leads l WHERE %2"_s.arg(sums.join(u", "_s), where), values);
    const bool found = q.next();
    QList<FunnelStep> result;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const LeadStatus status = steps.at(i);
        result << FunnelStep {LeadLifecycle::key(status), LeadLifecycle::displayName(status),
            found ? q.value(int(i)).toLongLong() : 0};
    }
    return result;
}

QList<FunnelStep> Reports::dealFunnel() const
{
    const QString pipelineId = m_filter.pipelineId.isEmpty() ? kDefaultPipeline : m_filter.pipelineId;
    QVariantList values {pipelineId};
    const QString where = dealConditions(m_filter, u"d.created_at"_s, pipelineId, values);
    values << pipelineId;
    // How far along the pipeline each deal's history went (a skipped stage counts as
    // reached), the deals per furthest stage, then per stage the deals that got there or
    // further, and the won ones. The LEFT JOIN of the stages keeps SQLite reading each deal's
    // history once (it does not reorder a left join); HAVING drops the deals whose history
    // never entered the pipeline. Grouping by seq reads the deals in rowid order.
    QSqlQuery q
        = m_db.run(u"WITH reach AS (SELECT d.status, MAX(s.position) AS top FROM deals d "
                   "JOIN deal_stage_history h ON h.deal_id = d.id "
                   "LEFT JOIN deal_stages s ON s.id = h.to_stage AND s.pipeline_id = ? "
                   "WHERE %1 GROUP BY d.seq, d.status HAVING MAX(s.position) IS NOT NULL), "
                   "tops AS (SELECT top, COUNT(*) AS n, SUM(CASE WHEN status = 'won' THEN 1 ELSE 0 END) AS w "
                   "FROM reach GROUP BY top) "
                   "SELECT 0 AS kind, st.id, st.name, st.position, st.probability, COALESCE(SUM(t.n), 0) "
                   "FROM deal_stages st LEFT JOIN tops t ON t.top >= st.position WHERE st.pipeline_id = ? "
                   "GROUP BY st.id, st.name, st.position, st.probability "
                   "UNION ALL SELECT 1, '', '', 0, 0, SUM(w) FROM tops "
                   "ORDER BY 1, 4, 2"_s.arg(where),
            values);
    QList<FunnelStep> result;
    while (q.next()) {
        if (q.value(0).toInt() == 1) {
            result << FunnelStep {u"won"_s, tr("Won"), q.value(5).toLongLong()};
            continue;
        }
        const DealStage stage {
            q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt(), pipelineId};
        result << FunnelStep {stage.id, DealStore::stageDisplayName(stage), q.value(5).toLongLong()};
    }
    return result;
}

QList<CampaignResult> Reports::campaignResults() const
{
    QVariantList values {baseCurrency(m_db)};
    QString where = u"1 = 1"_s;
    if (m_filter.to.isValid()) {
        where += u" AND (c.starts_on = '' OR c.starts_on <= ?)"_s;
        values << m_filter.to.toString(Qt::ISODate);
    }
    if (m_filter.from.isValid()) {
        where += u" AND (c.ends_on = '' OR c.ends_on >= ?)"_s;
        values << m_filter.from.toString(Qt::ISODate);
    }
    if (!m_filter.campaignId.isEmpty()) {
        where += u" AND c.id = ?"_s;
        values << m_filter.campaignId;
    }
    // Leads (and their deals) count only when they match the owner and segment filters.
    QString leadJoin = u"l.campaign_id = c.id"_s;
    if (!m_filter.owner.isEmpty()) {
        leadJoin += u" AND l.owner = ?"_s;
        values.insert(1, m_filter.owner);
    }
    if (!m_filter.segment.isEmpty()) {
        leadJoin += u" AND l.segment = ?"_s;
        values.insert(m_filter.owner.isEmpty() ? 1 : 2, m_filter.segment);
    }
    const QString rate = u"CASE WHEN %1 = b.base THEN 1.0 ELSE %2 END"_s;
    QSqlQuery q = m_db.run(
        u"SELECT c.id, c.name, COALESCE(c.actual_cost_minor, c.budget_minor) * %1, COUNT(l.id), "
        "SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN d.status = 'won' THEN d.value_minor * %2 ELSE 0 END), "
        "CASE WHEN c.currency = b.base OR rc.per_base IS NOT NULL THEN 1 ELSE 0 END "
        "FROM campaigns c CROSS JOIN (SELECT CAST(? AS TEXT) AS base) b "
        "LEFT JOIN currency_rates rc ON rc.currency = c.currency "
        "LEFT JOIN leads l ON %3 "
        "LEFT JOIN deals d ON d.id = l.deal_id "
        "LEFT JOIN currency_rates rd ON rd.currency = d.currency "
        "WHERE %4 "
        "GROUP BY c.id, c.name, c.actual_cost_minor, c.budget_minor, c.currency, c.starts_on, c.seq, b.base, "
        "rc.per_base ORDER BY c.starts_on DESC, c.seq DESC"_s.arg(rate.arg(u"c.currency"_s, u"rc.per_base"_s),
            rate.arg(u"d.currency"_s, u"rd.per_base"_s), leadJoin, where),
        values);
    QList<CampaignResult> result;
    while (q.next()) {
        CampaignResult row;
        row.campaignId = q.value(0).toString();
        row.name = q.value(1).toString();
        row.costMinor = q.value(2).toDouble();
        row.leads = q.value(3).toLongLong();
        row.won = q.value(4).toLongLong();
        row.revenueMinor = q.value(5).toDouble();
        row.converted = q.value(6).toInt() != 0;
        result << row;
    }
    return result;
}

namespace {

// The group key of a closed deal d for a breakdown, and the display name of a key.
QString dimensionKey(ReportDimension dimension)
{
    switch (dimension) {
    case ReportDimension::Owner:
        return u"d.owner"_s;
    case ReportDimension::Segment:
        return u"d.segment"_s;
    case ReportDimension::Source:
        return u"COALESCE((SELECT MIN(dl.source_id) FROM leads dl WHERE dl.deal_id = d.id), '')"_s;
    case ReportDimension::Campaign:
        return u"COALESCE((SELECT MIN(dl.campaign_id) FROM leads dl WHERE dl.deal_id = d.id), '')"_s;
    }
    return {};
}

// "d.status IN ('won', 'lost')", or one of them.
QString closedStatus(const QString &statusKey, QVariantList &values)
{
    if (statusKey.isEmpty())
        return u"d.status IN ('won', 'lost')"_s;
    values << statusKey;
    return u"d.status = ?"_s;
}

// Whole months since year 0 of an epoch-ms column, in UTC.
QString monthIndex(const Database &db, const QString &column)
{
    return db.isSqlite()
        ? u"(CAST(strftime('%Y', %1 / 1000, 'unixepoch') AS INTEGER) * 12 + "
          "CAST(strftime('%m', %1 / 1000, 'unixepoch') AS INTEGER))"_s.arg(column)
        : u"(CAST(EXTRACT(YEAR FROM to_timestamp(%1 / 1000.0) AT TIME ZONE 'UTC') AS INTEGER) * 12 + "
          "CAST(EXTRACT(MONTH FROM to_timestamp(%1 / 1000.0) AT TIME ZONE 'UTC') AS INTEGER))"_s.arg(column);
}

} // namespace

QList<WinLossGroup> Reports::winLossBy(ReportDimension dimension) const
{
    QVariantList values {baseCurrency(m_db)};
    const QString where = dealConditions(m_filter, kClosedAt, m_filter.pipelineId, values);
    QString name = u"x.k"_s;
    QString join;
    if (dimension == ReportDimension::Source) {
        name = u"COALESCE(src.name, '')"_s;
        join = u"LEFT JOIN lead_sources src ON src.id = x.k"_s;
    } else if (dimension == ReportDimension::Campaign) {
        name = u"COALESCE(cmp.name, '')"_s;
        join = u"LEFT JOIN campaigns cmp ON cmp.id = x.k"_s;
    }
    // The closed deals with their key (y), the groups (x), then the names of the few keys.
    // y is MATERIALIZED (SQLite 3.35+, PostgreSQL 12+): SQLite would otherwise flatten it
    // into the grouping and compute the key, for source and campaign a lookup of the deal's
    // leads, for every use of it. The names join the groups, not the deals.
    QSqlQuery q = m_db.run(u"WITH y AS MATERIALIZED (SELECT %2 AS k, "
                           "CASE WHEN d.status = 'won' THEN 1 ELSE 0 END AS w, "
                           "CASE WHEN d.status = 'lost' THEN 1 ELSE 0 END AS l, "
                           "CASE WHEN d.status = 'won' THEN %3 ELSE 0 END AS v "
                           "FROM deals d CROSS JOIN (SELECT CAST(? AS TEXT) AS base) b "
                           "LEFT JOIN currency_rates r ON r.currency = d.currency "
                           "WHERE d.status IN ('won', 'lost') AND %4) "
                           "SELECT x.k, %1, x.w, x.l, x.v FROM (SELECT y.k, SUM(y.w) AS w, SUM(y.l) AS l, "
                           "SUM(y.v) AS v, COUNT(*) AS n FROM y GROUP BY y.k) x %5 "
                           "ORDER BY x.n DESC, x.k"_s.arg(name, dimensionKey(dimension),
                               inBase(u"d.value_minor"_s, u"d.currency"_s, u"r"_s), where, join),
        values);
    QList<WinLossGroup> result;
    while (q.next()) {
        WinLossGroup row;
        row.key = q.value(0).toString();
        row.name = q.value(1).toString();
        if (dimension == ReportDimension::Source && !row.key.isEmpty())
            row.name = LeadStore::sourceDisplayName(LeadSource {row.key, row.name, 0});
        row.won = q.value(2).toLongLong();
        row.lost = q.value(3).toLongLong();
        row.wonValueMinor = q.value(4).toDouble();
        result << row;
    }
    return result;
}

QList<SdrStats> Reports::sdrStats() const
{
    // One pass over the SDRs' leads that were first answered, or reached a bonus mark, in
    // the period: what they took, within the SLA or not, and the marks the bonus pays for.
    QVariantList values;
    const QString taken = periodCondition(m_filter, u"l.first_response_at"_s, values);
    const QString converted = periodCondition(m_filter, u"l.converted_at"_s, values);
    const QString sqlMark = periodCondition(m_filter, u"l.sql_at"_s, values);
    const QString salMark = periodCondition(m_filter, u"l.sal_at"_s, values);
    ReportFilter others = m_filter;
    others.owner.clear(); // the owner filter picks the SDR
    QString where = leadConditions(others, values, false);
    if (!m_filter.owner.isEmpty()) {
        where += u" AND l.sdr = ?"_s;
        values << m_filter.owner;
    }
    const auto when = [](const QString &mark, const QString &period) {
        return u"CASE WHEN %1 IS NOT NULL AND %2 THEN 1 ELSE 0 END"_s.arg(mark, period);
    };
    QSqlQuery q
        = m_db.run(u"SELECT x.sdr, SUM(x.t), SUM(CASE WHEN x.t = 1 AND x.fr <= x.due THEN 1 ELSE 0 END), "
                   "AVG(CASE WHEN x.t = 1 THEN x.ms END), SUM(x.c), SUM(x.q), SUM(x.a) FROM ("
                   "SELECT l.sdr, l.first_response_at AS fr, l.sla_due_at AS due, l.first_response_ms AS ms, "
                   "%1 AS t, %2 AS c, %3 AS q, %4 AS a FROM leads l WHERE l.sdr <> '' AND %5) x "
                   "WHERE x.t + x.c + x.q + x.a > 0 GROUP BY x.sdr ORDER BY SUM(x.t) DESC, x.sdr"_s.arg(
                       when(u"l.first_response_at"_s, taken), when(u"l.converted_at"_s, converted),
                       when(u"l.sql_at"_s, sqlMark), when(u"l.sal_at"_s, salMark), where),
            values);
    QList<SdrStats> result;
    QList<std::array<qint64, 3>> marks;
    while (q.next()) {
        SdrStats row;
        row.sdr = q.value(0).toString();
        row.taken = q.value(1).toLongLong();
        row.withinSla = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            row.averageResponseMs = qint64(std::llround(q.value(3).toDouble()));
        marks.push_back({q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong()});
        result << row;
    }
    // Loading the rates only reads the settings table.
    const BonusRates rates = BonusRates::load(const_cast<Database &>(m_db));
    for (qsizetype i = 0; i < result.size(); ++i) {
        const auto &[c, sq, sa] = marks.at(i);
        result[i].bonusMinor = c * rates.perConvertedMinor + sq * rates.perSqlMinor + sa * rates.perSalMinor;
    }
    return result;
}

QList<SalesStats> Reports::salesStats() const
{
    QVariantList values;
    const QString leadWhere = leadConditions(m_filter, values);
    values << baseCurrency(m_db);
    const QString dealWhere = dealConditions(m_filter, kClosedAt, m_filter.pipelineId, values);
    // Customer lifetime looks at the whole history up to the end of the period.
    ReportFilter untilEnd = m_filter;
    untilEnd.from = QDate();
    const QString historyWhere = dealConditions(untilEnd, kClosedAt, m_filter.pipelineId, values);
    const QString month = monthIndex(m_db, kClosedAt);
    QSqlQuery q = m_db.run(
        u"WITH la AS (SELECT l.owner AS o, COUNT(*) AS n, "
        "SUM(CASE WHEN l.converted_at IS NOT NULL THEN 1 ELSE 0 END) AS c "
        "FROM leads l WHERE l.owner <> '' AND %1 GROUP BY l.owner), "
        "da AS (SELECT d.owner AS o, SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END) AS w, "
        "SUM(CASE WHEN d.status = 'lost' THEN 1 ELSE 0 END) AS ls, "
        "SUM(CASE WHEN d.status = 'won' THEN %2 ELSE 0 END) AS v "
        "FROM deals d CROSS JOIN (SELECT CAST(? AS TEXT) AS base) b "
        "LEFT JOIN currency_rates r ON r.currency = d.currency "
        "WHERE d.owner <> '' AND d.status IN ('won', 'lost') AND %3 GROUP BY d.owner), "
        "cu AS (SELECT y.o, AVG(y.span) AS months FROM (SELECT d.owner AS o, d.company_id, "
        "MAX(%4) - MIN(%4) + 1 AS span FROM deals d WHERE d.owner <> '' AND d.status = 'won' "
        "AND d.company_id IS NOT NULL AND %5 GROUP BY d.owner, d.company_id) y GROUP BY y.o), "
        "os AS (SELECT o FROM la UNION SELECT o FROM da) "
        "SELECT os.o, COALESCE(la.n, 0), COALESCE(la.c, 0), COALESCE(da.w, 0), COALESCE(da.ls, 0), "
        "COALESCE(da.v, 0), cu.months FROM os LEFT JOIN la ON la.o = os.o LEFT JOIN da ON da.o = os.o "
        "LEFT JOIN cu ON cu.o = os.o ORDER BY COALESCE(da.v, 0) DESC, COALESCE(da.w, 0) DESC, os.o"_s.arg(
            leadWhere, inBase(u"d.value_minor"_s, u"d.currency"_s, u"r"_s), dealWhere, month, historyWhere),
        values);
    QList<SalesStats> result;
    while (q.next()) {
        SalesStats row;
        row.owner = q.value(0).toString();
        row.leads = q.value(1).toLongLong();
        row.convertedLeads = q.value(2).toLongLong();
        row.won = q.value(3).toLongLong();
        row.lost = q.value(4).toLongLong();
        row.wonValueMinor = q.value(5).toDouble();
        if (!q.value(6).isNull())
            row.averageCustomerMonths = q.value(6).toDouble();
        result << row;
    }
    return result;
}

DrillDown Reports::closedDeals(const QString &statusKey, const QDate &month) const
{
    DrillDown drill {u"deal"_s, {}, {}};
    QString where = closedStatus(statusKey, drill.values);
    where += u" AND "_s + dealConditions(m_filter, kClosedAt, m_filter.pipelineId, drill.values);
    if (month.isValid()) {
        where += u" AND %1 = ?"_s.arg(utcMonth(m_db, kClosedAt));
        drill.values << month.toString(u"yyyy-MM"_s);
    }
    drill.condition = where;
    return drill;
}

DrillDown Reports::closedDealsBy(
    ReportDimension dimension, const QString &key, const QString &statusKey) const
{
    DrillDown drill = closedDeals(statusKey);
    drill.condition += u" AND %1 = ?"_s.arg(dimensionKey(dimension));
    drill.values << key;
    return drill;
}

DrillDown Reports::lostDealsFor(const QString &reasonId) const
{
    DrillDown drill = closedDeals(u"lost"_s);
    drill.condition += u" AND d.lost_reason_id = ?"_s;
    drill.values << reasonId;
    return drill;
}

DrillDown Reports::dealsWithCompetitor(const QString &competitorId) const
{
    DrillDown drill = closedDeals();
    drill.condition += u" AND (d.won_by_competitor_id = ? OR EXISTS (SELECT 1 FROM deal_competitors dc "
                       "WHERE dc.deal_id = d.id AND dc.competitor_id = ?))"_s;
    drill.values << competitorId << competitorId;
    return drill;
}

DrillDown Reports::leadsReaching(int step) const
{
    DrillDown drill {u"lead"_s, {}, {}};
    drill.condition = leadConditions(m_filter, drill.values) + u" AND l.max_step >= ?"_s;
    drill.values << step;
    return drill;
}

DrillDown Reports::dealsReaching(const QString &stageId) const
{
    const QString pipelineId = m_filter.pipelineId.isEmpty() ? kDefaultPipeline : m_filter.pipelineId;
    DrillDown drill {u"deal"_s, {}, {}};
    drill.condition = dealConditions(m_filter, u"d.created_at"_s, pipelineId, drill.values);
    drill.condition += u" AND EXISTS (SELECT 1 FROM deal_stage_history h JOIN deal_stages hs ON hs.id = "
                       "h.to_stage WHERE h.deal_id = d.id AND hs.pipeline_id = ?"_s;
    drill.values << pipelineId;
    if (stageId == u"won"_s) {
        drill.condition += u") AND d.status = 'won'"_s;
    } else {
        drill.condition += u" AND hs.position >= (SELECT position FROM deal_stages WHERE id = ?))"_s;
        drill.values << stageId;
    }
    return drill;
}

DrillDown Reports::campaignLeads(const QString &campaignId) const
{
    DrillDown drill {u"lead"_s, {}, {}};
    ReportFilter leadsOf = m_filter;
    leadsOf.campaignId = campaignId;
    drill.condition = leadConditions(leadsOf, drill.values, false);
    return drill;
}

DrillDown Reports::leadsTakenBy(const QString &sdr) const
{
    DrillDown drill {u"lead"_s, {}, {}};
    ReportFilter others = m_filter;
    others.owner.clear();
    drill.condition = periodCondition(m_filter, u"l.first_response_at"_s, drill.values)
        + u" AND l.first_response_at IS NOT NULL AND "_s + leadConditions(others, drill.values, false)
        + u" AND l.sdr = ?"_s;
    drill.values << sdr;
    return drill;
}

DrillDown Reports::openDealsClosingIn(const QDate &month, bool andEarlier) const
{
    const QString pipelineId = m_filter.pipelineId.isEmpty() ? kDefaultPipeline : m_filter.pipelineId;
    DrillDown drill {u"deal"_s,
        u"d.status = 'open' AND d.stage_id IN (SELECT id FROM deal_stages WHERE pipeline_id = ?) "
        "AND d.expected_close <> '' AND d.expected_close < ?"_s,
        {pipelineId, month.addMonths(1).toString(Qt::ISODate)}};
    if (!andEarlier) {
        drill.condition += u" AND d.expected_close >= ?"_s;
        drill.values << month.toString(Qt::ISODate);
    }
    return drill;
}

} // namespace loopline
