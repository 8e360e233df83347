#include "forecast.h"

#include "store/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

QString monthKey(QDate month)
{
    return month.toString(u"yyyy-MM"_s);
}

} // namespace

void Forecast::setHistoryPeriod(QDate from, QDate to)
{
    m_fromMs = from.isValid() ? from.startOfDay().toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_toMs
        = to.isValid() ? to.addDays(1).startOfDay().toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

QString Forecast::baseCurrency() const
{
    const QString stored
        = m_db.scalar(u"SELECT value FROM settings WHERE key = 'currency.base'"_s).toString();
    return stored.isEmpty() ? u"EUR"_s : stored;
}

QString Forecast::openDealsOfPipeline(QVariantList &values) const
{
    values << m_pipelineId;
    return u"d.status = 'open' AND d.stage_id IN (SELECT id FROM deal_stages WHERE pipeline_id = ?)"_s;
}

// "reached" holds each deal closed in the period with the furthest stage of the pipeline it
// reached: the highest position among the stages its history entered and the stage it closed
// in (NULL when none of them is in the pipeline). A stage was then reached by every deal whose
// furthest position is at or after its own; "tops" counts the deals per furthest position (a
// handful of rows) before that comparison. The left joins keep SQLite on one pass over the
// deals in rowid order (grouped by seq), reading each deal's history once.
// Deals closed before closing times were recorded (closed_at NULL) count by their last change.
// The casts give PostgreSQL the parameter types it cannot infer from a bare SELECT.
QList<StageConversion> Forecast::conversions() const
{
    QSqlQuery q = m_db.run(
        u"WITH p AS (SELECT CAST(? AS BIGINT) AS f, CAST(? AS BIGINT) AS t, CAST(? AS TEXT) AS pipeline), "
        "reached AS (SELECT d.status, MAX(CASE WHEN hs.position IS NULL OR cs.position > hs.position "
        "THEN cs.position ELSE hs.position END) AS top "
        "FROM deals d CROSS JOIN p "
        "LEFT JOIN deal_stages cs ON cs.id = d.stage_id AND cs.pipeline_id = p.pipeline "
        "LEFT JOIN deal_stage_history h ON h.deal_id = d.id "
        "LEFT JOIN deal_stages hs ON hs.id = h.to_stage AND hs.pipeline_id = p.pipeline "
        "WHERE d.status IN ('won', 'lost') AND COALESCE(d.closed_at, d.updated_at) >= p.f "
        "AND COALESCE(d.closed_at, d.updated_at) < p.t GROUP BY d.seq, d.status), "
        "tops AS (SELECT top, COUNT(*) AS n, SUM(CASE WHEN status = 'won' THEN 1 ELSE 0 END) AS w "
        "FROM reached WHERE top IS NOT NULL GROUP BY top) "
        "SELECT s.id, s.name, s.position, s.probability, s.pipeline_id, COALESCE(SUM(r.n), 0), "
        "COALESCE(SUM(r.w), 0) "
        "FROM deal_stages s CROSS JOIN p LEFT JOIN tops r ON r.top >= s.position "
        "WHERE s.pipeline_id = p.pipeline "
        "GROUP BY s.id, s.name, s.position, s.probability, s.pipeline_id ORDER BY s.position, s.id"_s,
        {m_fromMs, m_toMs, m_pipelineId});
    QList<StageConversion> result;
    while (q.next()) {
        StageConversion c;
        c.stage = {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
            q.value(4).toString()};
        c.closedReached = q.value(5).toLongLong();
        c.wonReached = q.value(6).toLongLong();
        c.measured = c.closedReached > 0 && c.closedReached >= m_minimumSample;
        c.rate = c.measured ? double(c.wonReached) / double(c.closedReached) : c.stage.probability / 100.0;
        result << c;
    }
    return result;
}

// The stages' rates go into the query as a small table "r", so each month is one aggregate
// over its open deals: value × currency rate × stage rate.
QList<ForecastMonth> Forecast::months(QDate first, int count) const
{
    QList<ForecastMonth> result;
    if (!first.isValid() || count <= 0)
        return result;
    const QDate start(first.year(), first.month(), 1);
    QHash<QString, qsizetype> index;
    for (int i = 0; i < count; ++i) {
        ForecastMonth month;
        month.month = start.addMonths(i);
        index.insert(monthKey(month.month), result.size());
        result << month;
    }
    const QList<StageConversion> stages = conversions();
    if (stages.isEmpty())
        return result;

    QVariantList values {baseCurrency(), sql::date(start), sql::date(start.addMonths(count))};
    QStringList rates;
    for (const StageConversion &c : stages) {
        rates << u"SELECT CAST(? AS TEXT) AS stage_id, CAST(? AS DOUBLE PRECISION) AS rate"_s;
        values << c.stage.id << c.rate;
    }
    const QString where = openDealsOfPipeline(values);
    QSqlQuery q = m_db.run(
        u"WITH b AS (SELECT CAST(? AS TEXT) AS base, CAST(? AS TEXT) AS first_day, CAST(? AS TEXT) AS "
        u"end_day), "
        "r AS (%1) "
        "SELECT x.m, SUM(x.v * x.k * x.rate), SUM(x.v * x.k), COUNT(*), SUM(x.overdue) "
        "FROM (SELECT CASE WHEN d.expected_close < b.first_day THEN substr(b.first_day, 1, 7) "
        "ELSE substr(d.expected_close, 1, 7) END AS m, "
        "CASE WHEN d.expected_close < b.first_day THEN 1 ELSE 0 END AS overdue, d.value_minor AS v, "
        "CASE WHEN d.currency = b.base THEN 1.0 ELSE cr.per_base END AS k, r.rate "
        "FROM deals d CROSS JOIN b JOIN r ON r.stage_id = d.stage_id "
        "LEFT JOIN currency_rates cr ON cr.currency = d.currency "
        "WHERE %2 AND d.expected_close <> '' AND d.expected_close < b.end_day "
        "AND (d.currency = b.base OR cr.per_base IS NOT NULL)) x "
        "GROUP BY x.m"_s.arg(rates.join(u" UNION ALL "_s), where),
        values);
    while (q.next()) {
        const qsizetype i = index.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        ForecastMonth &month = result[i];
        month.expectedMinor = q.value(1).toDouble();
        month.pipelineMinor = q.value(2).toDouble();
        month.deals = q.value(3).toLongLong();
        month.overdueDeals = q.value(4).toLongLong();
    }
    return result;
}

qint64 Forecast::unconvertedDeals() const
{
    QVariantList values;
    const QString where = openDealsOfPipeline(values);
    values << baseCurrency();
    return m_db
        .scalar(u"SELECT COUNT(*) FROM deals d LEFT JOIN currency_rates cr ON cr.currency = d.currency "
                "WHERE %1 AND d.currency <> ? AND cr.per_base IS NULL"_s.arg(where),
            values)
        .toLongLong();
}

qint64 Forecast::undatedDeals() const
{
    QVariantList values;
    const QString where = openDealsOfPipeline(values);
    return m_db
        .scalar(u"SELECT COUNT(*) FROM deals d WHERE %1 AND d.expected_close = ''"_s.arg(where), values)
        .toLongLong();
}

} // namespace loopline
