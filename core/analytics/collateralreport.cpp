// Reports: the win rate of closed deals with and without each piece of collateral.
#include "reports.h"
#include "reportsql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace loopline {

using namespace reportsql;

QList<CollateralStats> Reports::collateral() const
{
    // The totals of the filter's closed deals as one row; per piece, the closed deals it was
    // sent to (deal_collateral joined to the deals directly, so only the sends are read),
    // and the rest of the closed deals (the totals less those) as the "without" side. The
    // deal conditions appear twice, so their values are bound twice.
    QVariantList values;
    const QString totalsWhere = dealConditions(m_filter, kClosedAt, m_filter.pipelineId, values);
    const QString sentWhere = dealConditions(m_filter, kClosedAt, m_filter.pipelineId, values);
    QSqlQuery q = m_db.run(
        u"WITH totals AS (SELECT COUNT(*) AS n, SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END) AS w "
        "FROM deals d WHERE d.status IN ('won', 'lost') AND %1) "
        "SELECT c.id, c.title, COUNT(*) AS sent, SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END) AS won, "
        "t.n - COUNT(*), t.w - SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END) "
        "FROM collateral c JOIN deal_collateral dc ON dc.collateral_id = c.id "
        "JOIN deals d ON d.id = dc.deal_id CROSS JOIN totals t "
        "WHERE d.status IN ('won', 'lost') AND %2 "
        "GROUP BY c.id, c.title, c.seq, t.n, t.w ORDER BY sent DESC, c.title, c.seq"_s.arg(
            totalsWhere, sentWhere),
        values);
    QList<CollateralStats> result;
    while (q.next()) {
        CollateralStats row;
        row.collateralId = q.value(0).toString();
        row.title = q.value(1).toString();
        row.closedWith = q.value(2).toLongLong();
        row.wonWith = q.value(3).toLongLong();
        row.closedWithout = q.value(4).toLongLong();
        row.wonWithout = q.value(5).toLongLong();
        result << row;
    }
    return result;
}

DrillDown Reports::dealsWithCollateral(const QString &collateralId) const
{
    DrillDown drill {u"deal"_s, {}, {}};
    drill.condition = u"d.status IN ('won', 'lost') AND "_s
        + dealConditions(m_filter, kClosedAt, m_filter.pipelineId, drill.values)
        + u" AND EXISTS (SELECT 1 FROM deal_collateral dc WHERE dc.deal_id = d.id AND dc.collateral_id = ?)"_s;
    drill.values << collateralId;
    return drill;
}

} // namespace loopline
