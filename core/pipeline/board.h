#pragma once

#include "records/records.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QMetaType>

namespace loopline {

// Which open deals the board shows.
struct BoardFilter
{
    QString pipelineId = QStringLiteral("default");
    QString owner; // empty: everyone
    QString segment; // empty: every segment
    QDate closeFrom; // expected close on or after (invalid: open)
    QDate closeTo; // expected close on or before (invalid: open)
};

// A stage column's header: how many open deals and what they are worth, in the base
// currency. Deals in a currency without a rate are counted but not in the total.
struct BoardColumn
{
    DealStage stage;
    qint64 count = 0;
    double totalMinor = 0; // base currency minor units
    qint64 unconverted = 0; // deals whose currency has no rate
};

// One card: what the rep needs to see without opening the deal.
struct BoardCard
{
    QString id;
    QString title;
    QString companyName;
    QString owner;
    qint64 valueMinor = 0;
    QString currency;
    QDateTime stageEnteredAt;
    QString nextTask;
    QDateTime nextTaskDue;
    qint64 seq = 0; // with stageEnteredAt, where the next page continues
};

// The stage board in SQL: column totals from one GROUP BY, cards read a page at a time
// per column (longest in the stage first), so a column of thousands opens at once.
class BoardQuery
{
public:
    explicit BoardQuery(const Database &db)
        : m_db(db)
    {
    }
    void setFilter(const BoardFilter &filter) { m_filter = filter; }
    const BoardFilter &filter() const { return m_filter; }
    QString baseCurrency() const;
    QList<BoardColumn> columns() const;
    QList<BoardCard> cards(const QString &stageId, const BoardCard *after, int limit) const;

private:
    QString conditions(QVariantList &values) const;
    bool isUnfiltered() const;
    const Database &m_db;
    BoardFilter m_filter;
};

} // namespace loopline

Q_DECLARE_METATYPE(loopline::BoardCard)
