#include "reportsql.h"

using namespace Qt::StringLiterals;

namespace loopline::reportsql {

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

// Shared conditions on deals d: the period on the given instant column, owner, segment,
// pipeline (of the deal's current stage) and campaign (through the deal's lead).
QString dealConditions(
    const ReportFilter &filter, const QString &at, const QString &pipelineId, QVariantList &values)
{
    QString where = periodCondition(filter, at, values);
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
    if (!filter.sourceId.isEmpty()) {
        where += u" AND EXISTS (SELECT 1 FROM leads l WHERE l.deal_id = d.id AND l.source_id = ?)"_s;
        values << filter.sourceId;
    }
    return where;
}

QString periodCondition(const ReportFilter &filter, const QString &at, QVariantList &values)
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
    return where;
}

QString leadConditions(const ReportFilter &filter, QVariantList &values, bool withPeriod)
{
    QString where = withPeriod ? periodCondition(filter, u"l.received_at"_s, values) : u"1 = 1"_s;
    const std::pair<const char *, const QString *> fields[]
        = {{"l.owner", &filter.owner}, {"l.segment", &filter.segment}, {"l.campaign_id", &filter.campaignId},
            {"l.source_id", &filter.sourceId}};
    for (const auto &[column, value] : fields) {
        if (!value->isEmpty()) {
            where += u" AND %1 = ?"_s.arg(QLatin1StringView(column));
            values << *value;
        }
    }
    return where;
}

QString inBase(const QString &value, const QString &currency, const QString &rates)
{
    return u"%1 * CASE WHEN %2 = b.base THEN 1.0 ELSE %3.per_base END"_s.arg(value, currency, rates);
}

QString baseCurrency(const Database &db)
{
    const QString stored = db.scalar(u"SELECT value FROM settings WHERE key = 'currency.base'"_s).toString();
    return stored.isEmpty() ? u"EUR"_s : stored;
}

} // namespace loopline::reportsql
