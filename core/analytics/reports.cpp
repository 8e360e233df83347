#include "reports.h"

#include "leads/leadlifecycle.h"
#include "pipeline/dealclosing.h"
#include "store/dealstore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kDefaultPipeline = u"default"_s;

// The first instant of a local day, and of the day after (exclusive upper bound).
qint64 dayStartMs(const QDate &day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

// "YYYY-MM" of an epoch-ms instant, in UTC.
QString utcMonth(const Database &db, const QString &column)
{
    return db.isSqlite() ? u"strftime('%Y-%m', %1 / 1000, 'unixepoch')"_s.arg(column)
                         : u"to_char(to_timestamp(%1 / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM')"_s.arg(column);
}

const QString kClosedAt = u"COALESCE(d.closed_at, d.updated_at)"_s;

// Shared conditions on deals d: the period on the given instant column, owner, segment,
// pipeline (of the deal's current stage) and campaign (through the deal's lead).
QString dealConditions(
    const ReportFilter &filter, const QString &at, const QString &pipelineId, QVariantList &values)
{
    QString where = u"1 = 1"_s;
    if (filter.from.isValid()) {
        where += u" AND %1 >= ?"_s.arg(at);
        values << dayStartMs(filter.from);
    }
    if (filter.to.isValid()) {
        where += u" AND %1 < ?"_s.arg(at);
        values << dayStartMs(filter.to.addDays(1));
    }
    if (!filter.owner.isEmpty()) {
        where += u" AND d.owner = ?"_s;
        values << filter.owner;
    }
    if (!filter.segment.isEmpty()) {
        where += u" AND d.segment = ?"_s;
        values << filter.segment;
    }
    if (!pipelineId.isEmpty()) {
        where += u" AND d.stage_id IN (SELECT id FROM deal_stages WHERE pipeline_id = ?)"_s;
        values << pipelineId;
    }
    if (!filter.campaignId.isEmpty()) {
        where += u" AND EXISTS (SELECT 1 FROM leads l WHERE l.deal_id = d.id AND l.campaign_id = ?)"_s;
        values << filter.campaignId;
    }
    return where;
}

} // namespace

QList<WinLossMonth> Reports::winLossByMonth() const
{
    const QString stored
        = m_db.scalar(u"SELECT value FROM settings WHERE key = 'currency.base'"_s).toString();
    QVariantList values {stored.isEmpty() ? u"EUR"_s : stored};
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
    QSqlQuery q = m_db.run(
        u"SELECT r.id, r.name, r.position, r.needs_competitor, r.archived, COUNT(*) AS n "
        "FROM deals d JOIN loss_reasons r ON r.id = d.lost_reason_id "
        "WHERE d.status = 'lost' AND %1 "
        "GROUP BY r.id, r.name, r.position, r.needs_competitor, r.archived ORDER BY n DESC, r.position, r.id"_s
            .arg(where),
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
    QString where = u"1 = 1"_s;
    QVariantList values;
    if (m_filter.from.isValid()) {
        where += u" AND l.received_at >= ?"_s;
        values << dayStartMs(m_filter.from);
    }
    if (m_filter.to.isValid()) {
        where += u" AND l.received_at < ?"_s;
        values << dayStartMs(m_filter.to.addDays(1));
    }
    if (!m_filter.owner.isEmpty()) {
        where += u" AND l.owner = ?"_s;
        values << m_filter.owner;
    }
    if (!m_filter.segment.isEmpty()) {
        where += u" AND l.segment = ?"_s;
        values << m_filter.segment;
    }
    if (!m_filter.campaignId.isEmpty()) {
        where += u" AND l.campaign_id = ?"_s;
        values << m_filter.campaignId;
    }
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
    // reached), then per stage the deals that got there or further, and the won ones.
    QSqlQuery q = m_db.run(
        u"WITH reach AS (SELECT d.id, d.status, MAX(s.position) AS top FROM deals d "
        "JOIN deal_stage_history h ON h.deal_id = d.id "
        "JOIN deal_stages s ON s.id = h.to_stage AND s.pipeline_id = ? "
        "WHERE %1 GROUP BY d.id, d.status) "
        "SELECT 0 AS kind, st.id, st.name, st.position, st.probability, COUNT(r.id) "
        "FROM deal_stages st LEFT JOIN reach r ON r.top >= st.position WHERE st.pipeline_id = ? "
        "GROUP BY st.id, st.name, st.position, st.probability "
        "UNION ALL SELECT 1, '', '', 0, 0, SUM(CASE WHEN status = 'won' THEN 1 ELSE 0 END) FROM reach "
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
    const QString stored
        = m_db.scalar(u"SELECT value FROM settings WHERE key = 'currency.base'"_s).toString();
    QVariantList values {stored.isEmpty() ? u"EUR"_s : stored};
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

} // namespace loopline
