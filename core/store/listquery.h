#pragma once

#include "store/database.h"

#include <QList>
#include <QVariant>
#include <map>
#include <memory>

namespace loopline {

// What one column of a record list shows and how it sorts, in SQL.
struct ListColumn
{
    enum class Kind {
        Text,
        Money,
        Instant,
        Date,
        Number,
        DealStatus,
        DealStage,
        LeadStatus,
        LeadSource,
        Temperature,
        SlaDue,
        CampaignKind
    };
    QString key;
    const char *title = nullptr; // QT_TRANSLATE_NOOP("ListColumns", ...)
    QString display; // SQL expression selected for the cell
    QStringList sortKeys; // SQL expressions that order this column (an index should serve them)
    Kind kind = Kind::Text;
};

// A field the list can be filtered on (prefix match, case-insensitive for Latin letters).
struct ListFilterField
{
    QString key;
    const char *title = nullptr; // QT_TRANSLATE_NOOP("ListColumns", ...)
    QString expression;
};

// A record list in SQL terms: the tables, the columns, the row key and how to search it.
struct ListSpec
{
    QString entity; // contact, company, deal
    QString from; // FROM clause, e.g. "contacts c"
    QString rowKey; // unique integer key that breaks ties, e.g. "c.seq"
    QString idColumn; // the record's UUID
    QList<ListColumn> columns;
    QList<ListFilterField> filters;
    QString ftsTable; // SQLite: FTS5 table whose rowid is rowKey
    QString tsvectorColumn; // PostgreSQL: tsvector column
    // Without ftsTable / tsvectorColumn: each search word must occur in this expression.
    QString searchExpression;
    QString currencyColumn; // for Money columns
    // A fixed condition with literal values (so SQLite can match a partial index to it).
    QString condition;
    int defaultSortColumn = 0;
    Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;

    static ListSpec contacts();
    static ListSpec companies();
    static ListSpec deals();
    static ListSpec leads();
    // New leads waiting in the SDR queue, the one due soonest first.
    static ListSpec sdrQueue();
    // Marketing campaigns and events, the latest to start first.
    static ListSpec campaigns();
};

// One fetched row: the cells, plus what the next page continues after.
struct ListRow
{
    QString id;
    QVariantList cells;
    QVariant currency;
    QVariantList keyset; // sort key values followed by the row key
};

// Builds and runs keyset-paged queries for a ListSpec: sorting, full-text search
// and field filters all happen in SQL; a page never reads more rows than it returns.
class ListQuery
{
public:
    // Sort "column" for newest records first (by row key, descending): the order of
    // search results until a column is chosen, and the fastest one to page through.
    static constexpr int NewestFirst = -1;

    ListQuery(const Database &db, ListSpec spec);
    // The same list (spec, sort, search, field filter, condition) with statements of its own,
    // e.g. to read all of it while a view keeps paging through the original.
    ListQuery(const ListQuery &other);
    ListQuery &operator=(const ListQuery &) = delete;

    const ListSpec &spec() const { return m_spec; }
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // Words typed in a search box; each is matched as a prefix, all must match.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void setFieldFilter(const QString &fieldKey, const QString &prefix);
    // An extra fixed condition, e.g. "c.company_id = ?" for a company's contacts.
    void setCondition(const QString &sql, const QVariantList &values);
    bool isFiltered() const;

    // The first page when after is null, else the page after that row.
    QList<ListRow> fetch(const ListRow *after, int limit) const;
    qint64 count() const;

    // The MATCH / to_tsquery text for the words, or empty if none.
    static QString ftsQuery(const QString &text);
    static QString tsQuery(const QString &text);
    static QStringList searchWords(const QString &text);

private:
    QString whereClause(QVariantList &binds, bool ftsJoined) const;
    bool hasFullText() const;
    const Database &m_db;
    ListSpec m_spec;
    int m_sortColumn;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QString m_search;
    QString m_filterField;
    QString m_filterPrefix;
    QString m_condition;
    QVariantList m_conditionValues;
    QSqlQuery &statement(const QString &sql) const;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace loopline
