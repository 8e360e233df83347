#include "listquery.h"

#include "store/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace loopline {

ListQuery::ListQuery(const Database &db, ListSpec spec)
    : m_db(db)
    , m_spec(std::move(spec))
    , m_sortColumn(m_spec.defaultSortColumn)
    , m_order(m_spec.defaultSortOrder)
{
}

ListQuery::ListQuery(const ListQuery &other)
    : m_db(other.m_db)
    , m_spec(other.m_spec)
    , m_sortColumn(other.m_sortColumn)
    , m_order(other.m_order)
    , m_search(other.m_search)
    , m_filterField(other.m_filterField)
    , m_filterPrefix(other.m_filterPrefix)
    , m_condition(other.m_condition)
    , m_conditionValues(other.m_conditionValues)
{
}

void ListQuery::setSort(int column, Qt::SortOrder order)
{
    if (column == NewestFirst) {
        m_sortColumn = NewestFirst;
        m_order = Qt::DescendingOrder;
        return;
    }
    if (column < 0 || column >= m_spec.columns.size() || m_spec.columns.at(column).sortKeys.isEmpty())
        column = m_spec.defaultSortColumn;
    m_sortColumn = column;
    m_order = order;
}

void ListQuery::setSearch(const QString &text)
{
    m_search = text.trimmed();
}

void ListQuery::setFieldFilter(const QString &fieldKey, const QString &prefix)
{
    m_filterField = fieldKey;
    m_filterPrefix = prefix.trimmed();
}

void ListQuery::setCondition(const QString &sql, const QVariantList &values)
{
    m_condition = sql;
    m_conditionValues = values;
}

bool ListQuery::isFiltered() const
{
    if (!searchWords(m_search).isEmpty())
        return true;
    if (m_filterPrefix.isEmpty())
        return false;
    return std::any_of(m_spec.filters.cbegin(), m_spec.filters.cend(),
        [this](const ListFilterField &field) { return field.key == m_filterField; });
}

QStringList ListQuery::searchWords(const QString &text)
{
    QStringList words;
    QString word;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QString ListQuery::ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : searchWords(text))
        terms << u'"' + word + u"\"*"_s;
    return terms.join(u' ');
}

QString ListQuery::tsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : searchWords(text))
        terms << u'\'' + word + u"':*"_s;
    return terms.join(" & "_L1);
}

QString ListQuery::whereClause(QVariantList &binds, bool ftsJoined) const
{
    QStringList parts;
    if (!m_spec.condition.isEmpty())
        parts << u'(' + m_spec.condition + u')';
    if (!m_condition.isEmpty()) {
        parts << u'(' + m_condition + u')';
        binds << m_conditionValues;
    }
    if (!searchWords(m_search).isEmpty() && !hasFullText()) {
        // A short list without a full-text index: every word somewhere in the expression.
        const QString expression
            = m_spec.searchExpression.isEmpty() ? m_spec.columns.value(0).display : m_spec.searchExpression;
        for (QString word : searchWords(m_search)) {
            word.replace(u'\\', "\\\\"_L1).replace(u'%', "\\%"_L1).replace(u'_', "\\_"_L1);
            if (m_db.isSqlite()) {
                // SQLite's LIKE folds only ASCII letters: also try the word with a capital.
                QString capital = word;
                capital[0] = capital.at(0).toUpper();
                parts << u"(%1 LIKE ? ESCAPE '\\' OR %1 LIKE ? ESCAPE '\\')"_s.arg(expression);
                binds << u'%' + word + u'%' << u'%' + capital + u'%';
            } else {
                parts << u"%1 ILIKE ? ESCAPE '\\'"_s.arg(expression);
                binds << u'%' + word + u'%';
            }
        }
    } else if (!searchWords(m_search).isEmpty()) {
        if (ftsJoined) {
            parts << u"%1 = %2.rowid AND %2 MATCH ?"_s.arg(m_spec.rowKey, m_spec.ftsTable);
            binds << ftsQuery(m_search);
        } else if (m_db.isSqlite()) {
            parts << u"%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)"_s.arg(m_spec.rowKey, m_spec.ftsTable);
            binds << ftsQuery(m_search);
        } else {
            parts << u"%1 @@ to_tsquery('simple', ?)"_s.arg(m_spec.tsvectorColumn);
            binds << tsQuery(m_search);
        }
    }
    if (!m_filterField.isEmpty() && !m_filterPrefix.isEmpty()) {
        for (const ListFilterField &field : m_spec.filters) {
            if (field.key != m_filterField)
                continue;
            QString escaped = m_filterPrefix;
            escaped.replace(u'\\', "\\\\"_L1).replace(u'%', "\\%"_L1).replace(u'_', "\\_"_L1);
            if (m_db.isSqlite()) {
                // SQLite's LIKE folds only ASCII letters; also try the typed prefix with a capital
                // first letter, so "ива" finds "Иванов" as it does on PostgreSQL.
                QString capital = escaped;
                capital[0] = capital.at(0).toUpper();
                parts << u"(%1 LIKE ? ESCAPE '\\' OR %1 LIKE ? ESCAPE '\\')"_s.arg(field.expression);
                binds << escaped + u'%' << capital + u'%';
            } else {
                parts << u"%1 ILIKE ? ESCAPE '\\'"_s.arg(field.expression);
                binds << escaped + u'%';
            }
        }
    }
    return parts.isEmpty() ? QString() : parts.join(" AND "_L1);
}

bool ListQuery::hasFullText() const
{
    return m_db.isSqlite() ? !m_spec.ftsTable.isEmpty() : !m_spec.tsvectorColumn.isEmpty();
}

QList<ListRow> ListQuery::fetch(const ListRow *after, int limit) const
{
    // Newest first while searching on SQLite: read the FTS5 index itself in descending
    // rowid order and stop at the page, instead of sorting every match.
    const bool ftsJoined
        = m_sortColumn == NewestFirst && hasFullText() && m_db.isSqlite() && !searchWords(m_search).isEmpty();
    QStringList orderKeys;
    if (m_sortColumn == NewestFirst)
        orderKeys << (ftsJoined ? m_spec.ftsTable + u".rowid"_s : m_spec.rowKey);
    else
        orderKeys << m_spec.columns.at(m_sortColumn).sortKeys << m_spec.rowKey;
    const bool descending = m_order == Qt::DescendingOrder;
    QStringList select;
    for (const ListColumn &column : m_spec.columns)
        select << column.display;
    select << m_spec.idColumn;
    select << (m_spec.currencyColumn.isEmpty() ? u"NULL"_s : m_spec.currencyColumn);
    select << orderKeys;

    QVariantList binds;
    QString where = whereClause(binds, ftsJoined);
    if (after) {
        QStringList marks;
        for (qsizetype i = 0; i < orderKeys.size(); ++i)
            marks << u"?"_s;
        const QString keyset = u"(%1) %2 (%3)"_s.arg(
            orderKeys.join(", "_L1), descending ? u"<"_s : u">"_s, marks.join(", "_L1));
        where = where.isEmpty() ? keyset : where + " AND "_L1 + keyset;
        binds << after->keyset;
    }
    QStringList order;
    for (const QString &key : orderKeys)
        order << key + (descending ? " DESC"_L1 : " ASC"_L1);

    QString sql = u"SELECT "_s + select.join(", "_L1) + u" FROM "_s;
    if (ftsJoined)
        sql += m_spec.ftsTable + u", "_s;
    sql += m_spec.from;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY "_s + order.join(", "_L1) + u" LIMIT ?"_s;
    binds << limit;

    QSqlQuery &q = statement(sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(sql::bindable(value));
    Database::exec(q);
    const int columns = int(m_spec.columns.size());
    QList<ListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        ListRow row;
        row.cells.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.cells << q.value(i);
        row.id = q.value(columns).toString();
        row.currency = q.value(columns + 1);
        for (qsizetype i = 0; i < orderKeys.size(); ++i)
            row.keyset << q.value(columns + 2 + int(i));
        rows << row;
    }
    q.finish(); // ends SQLite's read transaction; the statement stays prepared
    return rows;
}

QSqlQuery &ListQuery::statement(const QString &sql) const
{
    // A list asks for the same few statements again and again (first page, next page,
    // per sort and filter); preparing each once saves SQLite's parse and plan.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= 16)
            m_statements.clear();
        it = m_statements.emplace(sql, std::make_unique<QSqlQuery>(m_db.prepare(sql))).first;
    }
    return *it->second;
}

qint64 ListQuery::count() const
{
    QVariantList binds;
    const QString where = whereClause(binds, false);
    QString sql = u"SELECT COUNT(*) FROM "_s + m_spec.from;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    return m_db.scalar(sql, binds).toLongLong();
}

// ---- The three lists of the main window --------------------------------------------

ListSpec ListSpec::contacts()
{
    using K = ListColumn::Kind;
    ListSpec spec;
    spec.entity = u"contact"_s;
    spec.from = u"contacts c"_s;
    spec.rowKey = u"c.seq"_s;
    spec.idColumn = u"c.id"_s;
    spec.ftsTable = u"contacts_fts"_s;
    spec.tsvectorColumn = u"c.search"_s;
    spec.columns = {
        {u"name"_s, QT_TRANSLATE_NOOP("ListColumns", "Name"), u"TRIM(c.first_name || ' ' || c.last_name)"_s,
            {u"c.last_name"_s, u"c.first_name"_s}, K::Text},
        {u"email"_s, QT_TRANSLATE_NOOP("ListColumns", "Email"), u"c.email"_s, {u"c.email"_s}, K::Text},
        {u"phone"_s, QT_TRANSLATE_NOOP("ListColumns", "Phone"), u"c.phone"_s, {u"c.phone"_s}, K::Text},
        {u"company"_s, QT_TRANSLATE_NOOP("ListColumns", "Company"), u"c.company_name"_s,
            {u"c.company_name"_s}, K::Text},
        {u"jobTitle"_s, QT_TRANSLATE_NOOP("ListColumns", "Job title"), u"c.job_title"_s, {u"c.job_title"_s},
            K::Text},
        {u"owner"_s, QT_TRANSLATE_NOOP("ListColumns", "Owner"), u"c.owner"_s, {u"c.owner"_s}, K::Text},
        {u"updated"_s, QT_TRANSLATE_NOOP("ListColumns", "Updated"), u"c.updated_at"_s, {u"c.updated_at"_s},
            K::Instant},
    };
    spec.filters = {
        {u"lastName"_s, QT_TRANSLATE_NOOP("ListColumns", "Last name"), u"c.last_name"_s},
        {u"company"_s, QT_TRANSLATE_NOOP("ListColumns", "Company"), u"c.company_name"_s},
        {u"owner"_s, QT_TRANSLATE_NOOP("ListColumns", "Owner"), u"c.owner"_s},
        {u"source"_s, QT_TRANSLATE_NOOP("ListColumns", "Source"), u"c.source"_s},
        {u"jobTitle"_s, QT_TRANSLATE_NOOP("ListColumns", "Job title"), u"c.job_title"_s},
        {u"segment"_s, QT_TRANSLATE_NOOP("ListColumns", "Segment"), u"c.segment"_s},
    };
    return spec;
}

ListSpec ListSpec::companies()
{
    using K = ListColumn::Kind;
    ListSpec spec;
    spec.entity = u"company"_s;
    spec.from = u"companies co"_s;
    spec.rowKey = u"co.seq"_s;
    spec.idColumn = u"co.id"_s;
    spec.ftsTable = u"companies_fts"_s;
    spec.tsvectorColumn = u"co.search"_s;
    spec.columns = {
        {u"name"_s, QT_TRANSLATE_NOOP("ListColumns", "Company"), u"co.name"_s, {u"co.name"_s}, K::Text},
        {u"domain"_s, QT_TRANSLATE_NOOP("ListColumns", "Web domain"), u"co.domain"_s, {u"co.domain"_s},
            K::Text},
        {u"industry"_s, QT_TRANSLATE_NOOP("ListColumns", "Industry"), u"co.industry"_s,
            {u"co.industry"_s, u"co.name"_s}, K::Text},
        {u"employees"_s, QT_TRANSLATE_NOOP("ListColumns", "Employees"), u"co.employees"_s,
            {u"co.employees"_s}, K::Number},
        {u"owner"_s, QT_TRANSLATE_NOOP("ListColumns", "Owner"), u"co.owner"_s, {u"co.owner"_s}, K::Text},
        {u"updated"_s, QT_TRANSLATE_NOOP("ListColumns", "Updated"), u"co.updated_at"_s, {u"co.updated_at"_s},
            K::Instant},
    };
    spec.filters = {
        {u"name"_s, QT_TRANSLATE_NOOP("ListColumns", "Company"), u"co.name"_s},
        {u"industry"_s, QT_TRANSLATE_NOOP("ListColumns", "Industry"), u"co.industry"_s},
        {u"owner"_s, QT_TRANSLATE_NOOP("ListColumns", "Owner"), u"co.owner"_s},
        {u"address"_s, QT_TRANSLATE_NOOP("ListColumns", "Address"), u"co.address"_s},
    };
    return spec;
}

ListSpec ListSpec::deals()
{
    using K = ListColumn::Kind;
    ListSpec spec;
    spec.entity = u"deal"_s;
    spec.from = u"deals d LEFT JOIN deal_stages s ON s.id = d.stage_id"_s;
    spec.rowKey = u"d.seq"_s;
    spec.idColumn = u"d.id"_s;
    spec.ftsTable = u"deals_fts"_s;
    spec.tsvectorColumn = u"d.search"_s;
    spec.currencyColumn = u"d.currency"_s;
    spec.columns = {
        {u"title"_s, QT_TRANSLATE_NOOP("ListColumns", "Title"), u"d.title"_s, {u"d.title"_s}, K::Text},
        {u"company"_s, QT_TRANSLATE_NOOP("ListColumns", "Company"), u"d.company_name"_s,
            {u"d.company_name"_s}, K::Text},
        {u"value"_s, QT_TRANSLATE_NOOP("ListColumns", "Value"), u"d.value_minor"_s, {u"d.value_minor"_s},
            K::Money},
        {u"stage"_s, QT_TRANSLATE_NOOP("ListColumns", "Stage"), u"d.stage_id"_s, {u"s.position"_s},
            K::DealStage},
        {u"status"_s, QT_TRANSLATE_NOOP("ListColumns", "Status"), u"d.status"_s, {u"d.status"_s},
            K::DealStatus},
        {u"owner"_s, QT_TRANSLATE_NOOP("ListColumns", "Owner"), u"d.owner"_s, {u"d.owner"_s}, K::Text},
        {u"close"_s, QT_TRANSLATE_NOOP("ListColumns", "Expected close"), u"d.expected_close"_s,
            {u"d.expected_close"_s}, K::Date},
        {u"updated"_s, QT_TRANSLATE_NOOP("ListColumns", "Updated"), u"d.updated_at"_s, {u"d.updated_at"_s},
            K::Instant},
    };
    spec.filters = {
        {u"title"_s, QT_TRANSLATE_NOOP("ListColumns", "Title"), u"d.title"_s},
        {u"company"_s, QT_TRANSLATE_NOOP("ListColumns", "Company"), u"d.company_name"_s},
        {u"owner"_s, QT_TRANSLATE_NOOP("ListColumns", "Owner"), u"d.owner"_s},
        {u"segment"_s, QT_TRANSLATE_NOOP("ListColumns", "Segment"), u"d.segment"_s},
    };
    return spec;
}

namespace {

ListSpec leadSpecBase()
{
    ListSpec spec;
    spec.entity = u"lead"_s;
    spec.from = u"leads l"_s;
    spec.rowKey = u"l.seq"_s;
    spec.idColumn = u"l.id"_s;
    spec.ftsTable = u"leads_fts"_s;
    spec.tsvectorColumn = u"l.search"_s;
    spec.filters = {
        {u"name"_s, QT_TRANSLATE_NOOP("ListColumns", "Last name"), u"l.last_name"_s},
        {u"company"_s, QT_TRANSLATE_NOOP("ListColumns", "Company"), u"l.company_name"_s},
        {u"email"_s, QT_TRANSLATE_NOOP("ListColumns", "E-mail"), u"l.email"_s},
        {u"campaign"_s, QT_TRANSLATE_NOOP("ListColumns", "Campaign"), u"l.campaign"_s},
        {u"owner"_s, QT_TRANSLATE_NOOP("ListColumns", "Owner"), u"l.owner"_s},
        {u"segment"_s, QT_TRANSLATE_NOOP("ListColumns", "Segment"), u"l.segment"_s},
    };
    return spec;
}

// The columns the lead list and the SDR queue share.
ListColumn leadColumn(const QString &key)
{
    using K = ListColumn::Kind;
    if (key == u"company")
        return {key, QT_TRANSLATE_NOOP("ListColumns", "Company"), u"l.company_name"_s, {u"l.company_name"_s},
            K::Text};
    if (key == u"source")
        return {key, QT_TRANSLATE_NOOP("ListColumns", "Source"), u"l.source_id"_s, {u"l.source_id"_s},
            K::LeadSource};
    return {key, QT_TRANSLATE_NOOP("ListColumns", "Received"), u"l.received_at"_s, {u"l.received_at"_s},
        K::Instant};
}

ListColumn leadNameColumn()
{
    return {u"name"_s, QT_TRANSLATE_NOOP("ListColumns", "Name"),
        u"CASE WHEN l.first_name = '' THEN l.last_name ELSE l.first_name || ' ' || l.last_name END"_s,
        {u"l.last_name"_s, u"l.first_name"_s}, ListColumn::Kind::Text};
}

} // namespace

ListSpec ListSpec::leads()
{
    using K = ListColumn::Kind;
    ListSpec spec = leadSpecBase();
    spec.columns = {
        leadNameColumn(),
        leadColumn(u"company"_s),
        leadColumn(u"source"_s),
        {u"status"_s, QT_TRANSLATE_NOOP("ListColumns", "Status"), u"l.status"_s, {u"l.status"_s},
            K::LeadStatus},
        {u"temperature"_s, QT_TRANSLATE_NOOP("ListColumns", "Rating"), u"l.temperature"_s,
            {u"l.temperature"_s}, K::Temperature},
        {u"owner"_s, QT_TRANSLATE_NOOP("ListColumns", "Owner"), u"l.owner"_s, {u"l.owner"_s}, K::Text},
        leadColumn(u"received"_s),
    };
    spec.defaultSortColumn = 6;
    spec.defaultSortOrder = Qt::DescendingOrder;
    return spec;
}

ListSpec ListSpec::sdrQueue()
{
    using K = ListColumn::Kind;
    ListSpec spec = leadSpecBase();
    spec.entity = u"sdr_queue"_s;
    spec.condition = u"l.status = 'new' AND l.handoff = 'queue'"_s;
    spec.columns = {
        {u"due"_s, QT_TRANSLATE_NOOP("ListColumns", "Time left"), u"l.sla_due_at"_s, {u"l.sla_due_at"_s},
            K::SlaDue},
        leadNameColumn(),
        leadColumn(u"company"_s),
        leadColumn(u"source"_s),
        {u"campaign"_s, QT_TRANSLATE_NOOP("ListColumns", "Campaign"), u"l.campaign"_s, {u"l.campaign"_s},
            K::Text},
        leadColumn(u"received"_s),
    };
    spec.defaultSortColumn = 0;
    return spec;
}

ListSpec ListSpec::campaigns()
{
    using K = ListColumn::Kind;
    ListSpec spec;
    spec.entity = u"campaign"_s;
    spec.from = u"campaigns c"_s;
    spec.rowKey = u"c.seq"_s;
    spec.idColumn = u"c.id"_s;
    spec.searchExpression = u"c.name"_s; // few enough rows for LIKE, no FTS table
    spec.currencyColumn = u"c.currency"_s;
    spec.columns = {
        {u"name"_s, QT_TRANSLATE_NOOP("ListColumns", "Name"), u"c.name"_s, {u"c.name"_s}, K::Text},
        {u"kind"_s, QT_TRANSLATE_NOOP("ListColumns", "Kind"), u"c.kind"_s, {u"c.kind"_s, u"c.name"_s},
            K::CampaignKind},
        {u"channel"_s, QT_TRANSLATE_NOOP("ListColumns", "Channel"), u"c.channel"_s,
            {u"c.channel"_s, u"c.name"_s}, K::Text},
        {u"starts"_s, QT_TRANSLATE_NOOP("ListColumns", "Starts"), u"c.starts_on"_s, {u"c.starts_on"_s},
            K::Date},
        {u"budget"_s, QT_TRANSLATE_NOOP("ListColumns", "Budget"), u"c.budget_minor"_s, {u"c.budget_minor"_s},
            K::Money},
    };
    spec.filters = {
        {u"name"_s, QT_TRANSLATE_NOOP("ListColumns", "Name"), u"c.name"_s},
        {u"channel"_s, QT_TRANSLATE_NOOP("ListColumns", "Channel"), u"c.channel"_s},
    };
    spec.defaultSortColumn = 3;
    spec.defaultSortOrder = Qt::DescendingOrder;
    return spec;
}

} // namespace loopline
