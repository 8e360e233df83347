#include "board.h"

#include "store/dealstore.h"
#include "store/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace loopline {

QString BoardQuery::baseCurrency() const
{
    const QString stored
        = m_db.scalar(u"SELECT value FROM settings WHERE key = 'currency.base'"_s).toString();
    return stored.isEmpty() ? u"EUR"_s : stored;
}

bool BoardQuery::isUnfiltered() const
{
    return m_filter.owner.isEmpty() && m_filter.segment.isEmpty() && !m_filter.closeFrom.isValid()
        && !m_filter.closeTo.isValid();
}

QString BoardQuery::conditions(QVariantList &values) const
{
    QString where = u"d.status = 'open'"_s;
    if (!m_filter.owner.isEmpty()) {
        where += u" AND d.owner = ?"_s;
        values << m_filter.owner;
    }
    if (!m_filter.segment.isEmpty()) {
        where += u" AND d.segment = ?"_s;
        values << m_filter.segment;
    }
    if (m_filter.closeFrom.isValid()) {
        where += u" AND d.expected_close >= ? AND d.expected_close <> ''"_s;
        values << sql::date(m_filter.closeFrom);
    }
    if (m_filter.closeTo.isValid()) {
        where += u" AND d.expected_close <= ? AND d.expected_close <> ''"_s;
        values << sql::date(m_filter.closeTo);
    }
    return where;
}

QList<BoardColumn> BoardQuery::columns() const
{
    QList<BoardColumn> result;
    QSqlQuery stages = m_db.run(u"SELECT id, name, position, probability, pipeline_id FROM deal_stages "
                                "WHERE pipeline_id = ? ORDER BY position, id"_s,
        {m_filter.pipelineId});
    QHash<QString, qsizetype> index;
    while (stages.next()) {
        BoardColumn column;
        column.stage = {stages.value(0).toString(), stages.value(1).toString(), stages.value(2).toInt(),
            stages.value(3).toInt(), stages.value(4).toString()};
        index.insert(column.stage.id, result.size());
        result << column;
    }
    // Unfiltered, the totals come from deal_totals (kept by triggers, a row per stage and
    // currency); filtered, from one aggregate over the matching open deals. Either way the
    // amounts are converted by the rate table in SQL.
    QVariantList values; // in the order of the placeholders: the source's, the base, the pipeline
    QString source;
    if (isUnfiltered()) {
        source = u"SELECT stage_id, currency, open_count AS n, open_value AS v FROM deal_totals"_s;
    } else {
        source
            = u"SELECT d.stage_id, d.currency, COUNT(*) AS n, SUM(d.value_minor) AS v FROM deals d WHERE %1 "
              "GROUP BY d.stage_id, d.currency"_s.arg(conditions(values));
    }
    values << baseCurrency() << m_filter.pipelineId;
    QSqlQuery q = m_db.run(
        u"SELECT t.stage_id, SUM(t.n), "
        "SUM(t.v * CASE WHEN t.currency = b.base THEN 1.0 ELSE r.per_base END), "
        "SUM(CASE WHEN t.currency <> b.base AND r.per_base IS NULL THEN t.n ELSE 0 END) "
        "FROM (%1) t CROSS JOIN (SELECT CAST(? AS TEXT) AS base) b "
        "LEFT JOIN currency_rates r ON r.currency = t.currency "
        "WHERE t.n > 0 AND t.stage_id IN (SELECT id FROM deal_stages WHERE pipeline_id = ?) GROUP BY t.stage_id"_s
            .arg(source),
        values);
    while (q.next()) {
        const qsizetype i = index.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        result[i].count = q.value(1).toLongLong();
        result[i].totalMinor = q.value(2).toDouble();
        result[i].unconverted = q.value(3).toLongLong();
    }
    return result;
}

QList<BoardCard> BoardQuery::cards(const QString &stageId, const BoardCard *after, int limit) const
{
    QVariantList values {stageId};
    QString where = u"d.stage_id = ? AND "_s + conditions(values);
    if (after) {
        where += u" AND (d.stage_entered_at, d.seq) > (?, ?)"_s;
        values << after->stageEnteredAt.toMSecsSinceEpoch() << after->seq;
    }
    values << limit;
    QSqlQuery q
        = m_db.run(u"SELECT d.id, d.title, d.company_name, d.owner, d.value_minor, d.currency, "
                   u"d.stage_entered_at, d.seq, "
                   "(SELECT t.title FROM tasks t WHERE t.entity_id = d.id AND t.done_at IS NULL ORDER BY "
                   "t.due_at LIMIT 1), "
                   "(SELECT MIN(t.due_at) FROM tasks t WHERE t.entity_id = d.id AND t.done_at IS NULL) "
                   "FROM deals d WHERE %1 ORDER BY d.stage_entered_at, d.seq LIMIT ?"_s.arg(where),
            values);
    QList<BoardCard> result;
    while (q.next()) {
        BoardCard c;
        c.id = q.value(0).toString();
        c.title = q.value(1).toString();
        c.companyName = q.value(2).toString();
        c.owner = q.value(3).toString();
        c.valueMinor = q.value(4).toLongLong();
        c.currency = q.value(5).toString();
        c.stageEnteredAt = sql::instant(q.value(6));
        c.seq = q.value(7).toLongLong();
        c.nextTask = q.value(8).toString();
        c.nextTaskDue = sql::instant(q.value(9));
        result << c;
    }
    return result;
}

} // namespace loopline
