#include "leadfigures.h"

#include "store/database.h"
#include "store/settingsstore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <limits>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kBonusKey = u"bonus"_s;

QString inPeriod(const QString &column)
{
    return u"(%1 >= p.f AND %1 < p.t)"_s.arg(column);
}

QString countWhen(const QString &condition)
{
    return u"SUM(CASE WHEN %1 THEN 1 ELSE 0 END)"_s.arg(condition);
}

} // namespace

BonusRates BonusRates::load(Database &db)
{
    const QJsonObject stored = SettingsStore(db).object(kBonusKey);
    BonusRates rates;
    rates.perConvertedMinor = stored.value(u"perConvertedMinor"_s).toInteger(rates.perConvertedMinor);
    rates.perSqlMinor = stored.value(u"perSqlMinor"_s).toInteger(rates.perSqlMinor);
    rates.perSalMinor = stored.value(u"perSalMinor"_s).toInteger(rates.perSalMinor);
    rates.currency = stored.value(u"currency"_s).toString(rates.currency);
    return rates;
}

void BonusRates::save(Database &db) const
{
    SettingsStore(db).setObject(kBonusKey,
        {
            {u"perConvertedMinor"_s, perConvertedMinor},
            {u"perSqlMinor"_s, perSqlMinor},
            {u"perSalMinor"_s, perSalMinor},
            {u"currency"_s, currency},
        });
}

double LeadFigures::conversion(int fromStep, int toStep) const
{
    if (fromStep < 1 || fromStep > kSteps || toStep < 1 || toStep > kSteps || reachedStep.at(fromStep) == 0)
        return 0;
    return double(reachedStep.at(toStep)) / double(reachedStep.at(fromStep));
}

LeadFiguresQuery::LeadFiguresQuery(const Database &db)
    : m_db(db)
    , m_fromMs(std::numeric_limits<qint64>::min())
    , m_toMs(std::numeric_limits<qint64>::max())
{
}

void LeadFiguresQuery::setPeriod(const QDateTime &from, const QDateTime &to)
{
    m_fromMs = from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

void LeadFiguresQuery::setSdr(const QString &sdr)
{
    m_sdr = sdr;
}

// The casts give PostgreSQL the parameter types it cannot infer from a bare SELECT.
QString LeadFiguresQuery::periodTable(QVariantList &values) const
{
    values << m_fromMs << m_toMs << m_db.clock().nowMs();
    return u"p AS (SELECT CAST(? AS BIGINT) AS f, CAST(? AS BIGINT) AS t, CAST(? AS BIGINT) AS now_ms)"_s;
}

QString LeadFiguresQuery::sdrCondition(bool takenOnly, QVariantList &values) const
{
    if (!m_sdr.isEmpty()) {
        values << m_sdr;
        return u"l.sdr = ?"_s;
    }
    return takenOnly ? u"l.sdr <> ''"_s : u"1 = 1"_s;
}

LeadFigures LeadFiguresQuery::compute() const
{
    LeadFigures figures;
    addCounts(figures);
    addMedian(figures);
    return figures;
}

void LeadFiguresQuery::addCounts(LeadFigures &figures) const
{
    const QString received = inPeriod(u"l.received_at"_s);
    QStringList sums = {countWhen(received)};
    for (int step = 1; step <= LeadFigures::kSteps; ++step)
        sums << countWhen(u"%1 AND l.max_step >= %2"_s.arg(received).arg(step));
    // Only leads whose SLA outcome is settled: due in the period and before now.
    const QString cameDue = inPeriod(u"l.sla_due_at"_s) + u" AND l.sla_due_at < p.now_ms"_s;
    const QString breached = u"((l.first_response_at IS NOT NULL AND l.first_response_at > l.sla_due_at)"
                             " OR (l.first_response_at IS NULL AND l.sla_due_at < p.now_ms))"_s;
    sums << countWhen(inPeriod(u"l.first_response_at"_s)) << countWhen(cameDue)
         << countWhen(cameDue + u" AND "_s + breached) << countWhen(inPeriod(u"l.mql_at"_s))
         << countWhen(inPeriod(u"l.sql_at"_s)) << countWhen(inPeriod(u"l.sal_at"_s))
         << countWhen(inPeriod(u"l.converted_at"_s));

    QVariantList values;
    const QString with = periodTable(values);
    const QString where = sdrCondition(false, values);
    QSqlQuery q = m_db.run(
        u"WITH %1 SELECT %2 FROM leads l CROSS JOIN p WHERE %3"_s.arg(with, sums.join(u", "_s), where),
        values);
    if (!q.next())
        return;
    int column = 0;
    const auto next = [&q, &column] { return q.value(column++).toLongLong(); };
    figures.leadsReceived = next();
    for (int step = 1; step <= LeadFigures::kSteps; ++step)
        figures.reachedStep[step] = next();
    figures.leadsTaken = next();
    const qint64 due = next();
    figures.slaBreaches = next();
    figures.slaBreachShare = due > 0 ? double(figures.slaBreaches) / double(due) : 0;
    figures.mql = next();
    figures.sql = next();
    figures.sal = next();
    figures.converted = next();
}

// The middle row, or the mean of the two middle rows, found with ROW_NUMBER and
// COUNT: SQLite has no percentile_cont, and one query serves both dialects.
void LeadFiguresQuery::addMedian(LeadFigures &figures) const
{
    QVariantList values;
    const QString with = periodTable(values);
    const QString where = sdrCondition(false, values);
    const QString sql = u"WITH %1, taken AS ("
                        "SELECT l.first_response_ms AS ms,"
                        " ROW_NUMBER() OVER (ORDER BY l.first_response_ms) AS rn, COUNT(*) OVER () AS n"
                        " FROM leads l CROSS JOIN p"
                        " WHERE %2 AND l.first_response_ms IS NOT NULL AND %3) "
                        "SELECT AVG(ms) FROM taken WHERE rn IN ((n + 1) / 2, (n + 2) / 2)"_s.arg(
                            with, inPeriod(u"l.first_response_at"_s), where);
    const QVariant median = m_db.scalar(sql, values);
    if (!median.isNull())
        figures.medianFirstResponseMs = qRound64(median.toDouble());
}

qint64 LeadFiguresQuery::bonusMinor(const BonusRates &rates) const
{
    QVariantList values;
    const QString with = periodTable(values);
    const QString where = sdrCondition(true, values);
    QSqlQuery q = m_db.run(u"WITH %1 SELECT %2, %3, %4 FROM leads l CROSS JOIN p WHERE %5"_s.arg(with,
                               countWhen(inPeriod(u"l.converted_at"_s)), countWhen(inPeriod(u"l.sql_at"_s)),
                               countWhen(inPeriod(u"l.sal_at"_s)), where),
        values);
    if (!q.next())
        return 0;
    return q.value(0).toLongLong() * rates.perConvertedMinor + q.value(1).toLongLong() * rates.perSqlMinor
        + q.value(2).toLongLong() * rates.perSalMinor;
}

} // namespace loopline
