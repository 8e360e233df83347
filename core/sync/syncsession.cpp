#include "syncsession.h"

#include "store/database.h"
#include "store/sqlvalues.h"
#include "store/storeerror.h"
#include "sync/replica.h"
#include "sync/syncschema.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <optional>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

using sync::SyncTable;
using RowRef = SyncSession::RowRef;

struct FieldClock
{
    qint64 hlc = 0;
    QString origin;
    qint64 serverSeq = 0;
    QString author;
};

// (hlc, origin) ordering: the later clock wins, a tie goes to the greater origin.
bool later(qint64 hlc, const QString &origin, const FieldClock &than)
{
    return hlc > than.hlc || (hlc == than.hlc && origin > than.origin);
}

// A value as the text PostgreSQL casts to the column's type; NULL stays NULL.
QVariant asText(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    switch (value.typeId()) {
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QMetaType::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    default:
        return value.toString();
    }
}

bool sameText(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

struct OutboxEntry
{
    qint64 seq = 0;
    QString entity;
    QString key;
    QString field;
    QVariant value;
    qint64 hlc = 0;
    qint64 baseSeq = 0;
};

struct Rejection
{
    OutboxEntry entry;
    QString reason;
};

} // namespace

// Column lists of both sides, read once per session.
class SyncColumns
{
public:
    SyncColumns(const Database &local, const Database &server)
        : localColumns(local)
        , serverColumns(server)
    {
    }
    // SyncColumns both sides have, in the local order.
    QStringList columns(const QString &table) const
    {
        QStringList both;
        for (const QString &column : localColumns.columns(table)) {
            if (serverColumns.has(table, column))
                both << column;
        }
        return both;
    }
    // "CAST(? AS bigint)" for a server column.
    QString placeholder(const QString &table, const QString &column) const
    {
        const QString type = serverColumns.type(table, column);
        return type.isEmpty() ? u"?"_s : u"CAST(? AS %1)"_s.arg(type);
    }
    // "(a, b) IN ((CAST(? AS text), CAST(? AS integer)), ...)" for n keys.
    QString keyIn(const SyncTable &table, qsizetype n) const
    {
        QStringList one;
        for (const QString &column : table.key)
            one << placeholder(table.name, column);
        const QString tuple = u"("_s + one.join(u", "_s) + u")"_s;
        QStringList all;
        for (qsizetype i = 0; i < n; ++i)
            all << tuple;
        return u"(%1) IN (%2)"_s.arg(table.key.join(u", "_s), all.join(u", "_s));
    }

    sync::ColumnCatalog localColumns;
    sync::ColumnCatalog serverColumns;
};

namespace {

// While applying what came from the server: no change-log entries, and no foreign-key
// checks (a replica may hold a deal whose company its user cannot see). One transaction.
class ApplyScope
{
public:
    explicit ApplyScope(Database &db)
        : m_db(db)
    {
        m_db.run(u"PRAGMA foreign_keys = OFF"_s);
        m_tx.emplace(m_db);
        m_db.run(u"UPDATE sync_state SET applying = 1 WHERE id = 1"_s);
    }
    ~ApplyScope()
    {
        m_tx.reset();
        QSqlQuery restore(m_db.connection());
        restore.exec(u"PRAGMA foreign_keys = ON"_s);
    }
    void commit()
    {
        m_db.run(u"UPDATE sync_state SET applying = 0 WHERE id = 1"_s);
        m_tx->commit();
    }

private:
    Database &m_db;
    std::optional<Transaction> m_tx;
};

QStringList keyValues(const QSqlQuery &q, const SyncTable &table, const QStringList &columns)
{
    QStringList values;
    for (const QString &column : table.key)
        values << asText(q.value(columns.indexOf(column))).toString();
    return values;
}

// What the server did with one pushed change.
struct Outcome
{
    enum Kind { Applied, Dropped, Rejected };
    Kind kind = Applied;
    QString reason;
};

// Rows of the server by table and key, the field clocks of each, and the server's clock.
struct ServerRows
{
    QHash<QString, QHash<QString, QVariantList>> rows;
    QHash<QString, QHash<QString, FieldClock>> clocks; // "table|key" -> field -> clock
    qint64 hlc = 0;
};

Outcome applyOnServer(
    Database &m_server, const SyncColumns &d, const QString &origin, const OutboxEntry &entry);
// Writes a server row that collides with a different local row on a unique column (both
// sides erased the same person; the local one has not been pushed yet): the server's row
// replaces it, through delete so that the local triggers (search index, totals) see it go.
void replaceLocally(Database &db, const SyncTable &table, const QStringList &columns, const QVariantList &row)
{
    QVariantList values;
    for (const QVariant &value : row)
        values << sql::bindable(value);
    // Which unique index collides is not reported; every local row sharing a value of a
    // unique column with the server's row is removed (only unique columns can collide).
    QSqlQuery indexes = db.run(
        u"SELECT il.name FROM pragma_index_list('%1') AS il WHERE il.\"unique\" = 1"_s.arg(table.name));
    QStringList uniqueSets;
    while (indexes.next())
        uniqueSets << indexes.value(0).toString();
    indexes.finish();
    for (const QString &index : std::as_const(uniqueSets)) {
        QStringList cols;
        QSqlQuery info = db.run(u"SELECT name FROM pragma_index_info('%1')"_s.arg(index));
        while (info.next())
            cols << info.value(0).toString();
        info.finish();
        QStringList where;
        QVariantList whereArgs;
        for (const QString &c : std::as_const(cols)) {
            const qsizetype at = columns.indexOf(c);
            if (at < 0) {
                where.clear();
                break;
            }
            where << c + u" = ?"_s;
            whereArgs << values.at(at);
        }
        if (!where.isEmpty())
            db.run(u"DELETE FROM %1 WHERE %2"_s.arg(table.name, where.join(u" AND "_s)), whereArgs);
    }
    db.run(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
               table.name, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)),
        values);
}

// Removes a local row and, as ON DELETE CASCADE would (foreign keys are off while a sync
// applies), the rows of synced tables that belong to it: a deal that is no longer the
// user's to see takes its stage history and links along.
void deleteWithChildren(Database &db, const SyncTable &table, const QString &key)
{
    if (table.key == QStringList {u"id"_s}) {
        for (const SyncTable &child : sync::tables()) {
            QList<QPair<QString, QString>> links; // child column, action
            {
                QSqlQuery q = db.run(u"SELECT \"from\", on_delete FROM pragma_foreign_key_list('%1') "
                                     "WHERE \"table\" = '%2'"_s.arg(child.name, table.name));
                while (q.next())
                    links.append({q.value(0).toString(), q.value(1).toString()});
            }
            for (const auto &[column, action] : std::as_const(links)) {
                if (action == "CASCADE"_L1) {
                    QStringList childKeys;
                    {
                        QSqlQuery q = db.run(u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(
                                                 child.key.join(u" || '|' || "_s), child.name, column),
                            {key});
                        while (q.next())
                            childKeys << q.value(0).toString();
                    }
                    for (const QString &childKey : std::as_const(childKeys))
                        deleteWithChildren(db, child, childKey);
                } else if (action == "SET NULL"_L1) {
                    db.run(u"UPDATE %1 SET %2 = NULL WHERE %2 = ?"_s.arg(child.name, column), {key});
                }
            }
        }
    }
    if (table.key == QStringList {u"id"_s} && table.name != "timeline"_L1) {
        // The timeline of a record is seen through the record (ids are unique across tables).
        db.run(u"DELETE FROM timeline WHERE entity_id = ?"_s, {key});
    }
    QVariantList keyArgs;
    for (const QString &part : sync::splitKey(key))
        keyArgs << part;
    db.run(u"DELETE FROM %1 WHERE %2"_s.arg(table.name, sync::keyCondition(table)), keyArgs);
}

Outcome rejected(const QString &reason)
{
    return {Outcome::Rejected, reason};
}
Outcome dropped()
{
    return {Outcome::Dropped, {}};
}
ServerRows fetchRows(Database &m_server, const SyncColumns &d, const QList<SyncSession::RowRef> &refs);
qint64 applyRows(Database &m_local, const SyncColumns &d, const QList<SyncSession::RowRef> &refs,
    const ServerRows &fetched);
bool applyLocally(Database &m_local, const SyncColumns &d, const QString &origin,
    const sync::SyncTable &table, const QString &key, const QVariantList &serverRow,
    const QHash<QString, FieldClock> &clocks);

} // namespace

SyncSession::SyncSession(Database &local, Database &server)
    : m_local(local)
    , m_server(server)
{
}

SyncSession::~SyncSession() = default;

const SyncColumns &SyncSession::columns()
{
    if (!m_columns)
        m_columns = std::make_unique<SyncColumns>(m_local, m_server);
    return *m_columns;
}

void SyncSession::fault(const char *point) const
{
    if (m_faultHook)
        m_faultHook(point);
}

SyncSession::Result SyncSession::run(const ProgressFn &progress)
{
    if (!Replica(m_local).isReplica())
        throw StoreError(tr("This database is not a replica of a team server."));
    if (m_server.isSqlite())
        throw StoreError(tr("A replica syncs with a team server (PostgreSQL), not with another file."));
    Result result;
    result.finished = download(progress, result) && push(progress, result) && pull(progress, result);
    if (result.finished)
        m_local.run(u"UPDATE sync_state SET last_sync_at = ? WHERE id = 1"_s, {m_local.clock().nowMs()});
    return result;
}

bool SyncSession::download(const ProgressFn &progress, Result &result)
{
    Replica replica(m_local);
    if (replica.downloaded())
        return true;
    const SyncColumns &d = columns();
    QSqlQuery state = m_local.run(u"SELECT download_table, download_key FROM sync_state WHERE id = 1"_s);
    state.next();
    QString table = state.value(0).toString();
    QString lastKey = state.value(1).toString();
    state.finish();
    if (table.isEmpty()) {
        // Everything changed after this sequence is pulled afterwards, so a download that
        // is cut and resumed under a later snapshot still ends up complete.
        const QVariant seq = m_server.scalar(u"SELECT seq FROM sync_server WHERE id = 1"_s);
        const QVariant hlc = m_server.scalar(u"SELECT hlc FROM sync_server WHERE id = 1"_s);
        table = sync::tables().first().name;
        m_local.run(u"UPDATE sync_state SET pulled_seq = ?, hlc = max(hlc, ?), download_table = ?, "
                    "download_key = '' WHERE id = 1"_s,
            {seq.toLongLong(), hlc.toLongLong(), table});
    }
    const QList<SyncTable> &all = sync::tables();
    qsizetype index = 0;
    while (index < all.size() && all.at(index).name != table)
        ++index;
    Progress step {Progress::Step::Download, 0, 0};
    for (qsizetype i = index; i < all.size(); ++i)
        step.total += m_server.scalar(u"SELECT COUNT(*) FROM %1"_s.arg(all.at(i).name)).toLongLong();
    if (progress && !progress(step))
        return false;

    for (; index < all.size(); ++index) {
        const SyncTable &current = all.at(index);
        const QStringList columns = d.columns(current.name);
        QStringList keyPlaceholders;
        for (const QString &column : current.key)
            keyPlaceholders << d.placeholder(current.name, column);
        const QString select = u"SELECT %1 FROM %2 %3 ORDER BY %4 LIMIT %5"_s;
        const QString after
            = u"WHERE (%1) > (%2)"_s.arg(current.key.join(u", "_s), keyPlaceholders.join(u", "_s));
        QStringList assignments;
        for (const QString &column : columns) {
            if (!current.key.contains(column))
                assignments << u"%1 = excluded.%1"_s.arg(column);
        }
        const QString upsert = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5"_s.arg(current.name,
            columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s),
            current.key.join(u", "_s),
            assignments.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + assignments.join(u", "_s));
        for (;;) {
            QVariantList keyArgs;
            if (!lastKey.isEmpty()) {
                for (const QString &part : sync::splitKey(lastKey))
                    keyArgs << part;
            }
            QList<QVariantList> rows;
            QString pageLastKey;
            {
                QSqlQuery q
                    = m_server.run(select
                                       .arg(columns.join(u", "_s), current.name,
                                           lastKey.isEmpty() ? QString() : after, current.key.join(u", "_s))
                                       .arg(m_batch),
                        keyArgs);
                while (q.next()) {
                    QVariantList row;
                    for (int c = 0; c < columns.size(); ++c)
                        row << q.value(c);
                    rows << row;
                    pageLastKey = sync::joinKey(keyValues(q, current, columns));
                }
            }
            fault("download-fetched");
            const bool tableDone = rows.size() < m_batch;
            const QString nextTable = !tableDone ? current.name
                : index + 1 < all.size()         ? all.at(index + 1).name
                                                 : QString();
            ApplyScope apply(m_local);
            // An empty table is filled without its secondary indexes and search triggers,
            // which are built once when its last page is in (or when the file is next
            // opened, after a cut).
            if (lastKey.isEmpty())
                m_local.deferIndexes(current.name);
            QSqlQuery insert = m_local.prepare(upsert);
            for (const QVariantList &row : std::as_const(rows)) {
                for (const QVariant &value : row)
                    insert.addBindValue(sql::bindable(value));
                if (!insert.exec())
                    replaceLocally(m_local, current, columns, row);
            }
            if (tableDone)
                m_local.restoreIndexes(current.name);
            m_local.run(
                u"UPDATE sync_state SET download_table = ?, download_key = ?, downloaded = ? WHERE id = 1"_s,
                {nextTable.isEmpty() ? current.name : nextTable, tableDone ? QString() : pageLastKey,
                    nextTable.isEmpty() ? 1 : 0});
            apply.commit();
            fault("download-applied");
            result.downloaded += rows.size();
            step.done += rows.size();
            lastKey = tableDone ? QString() : pageLastKey;
            if (progress && !progress(step))
                return false;
            if (tableDone)
                break;
        }
    }
    return true;
}

bool SyncSession::push(const ProgressFn &progress, Result &result)
{
    const SyncColumns &d = columns();
    const QString origin = Replica(m_local).origin();
    Progress step {Progress::Step::Push, 0, Replica(m_local).pendingChanges()};

    for (;;) {
        QList<OutboxEntry> entries;
        {
            QSqlQuery q
                = m_local.run(u"SELECT seq, entity, row_key, field, value, hlc, base_seq FROM sync_outbox "
                              "ORDER BY seq LIMIT %1"_s.arg(m_batch));
            while (q.next()) {
                entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4), q.value(5).toLongLong(), q.value(6).toLongLong()});
            }
        }
        if (entries.isEmpty())
            return true;
        const qint64 lastSeq = entries.constLast().seq;
        QList<Rejection> rejections;
        QList<RowRef> toRefresh;
        {
            Transaction tx(m_server);
            m_server.run(u"SELECT set_config('loopline.origin', ?, true)"_s, {origin});
            const qint64 applied
                = m_server
                      .scalar(
                          u"SELECT last_seq FROM sync_received WHERE login = session_user AND origin = ?"_s,
                          {origin})
                      .toLongLong();
            for (const OutboxEntry &entry : std::as_const(entries)) {
                if (entry.seq <= applied)
                    continue; // taken by an earlier push whose answer was lost
                m_server.run(u"SAVEPOINT change"_s);
                Outcome outcome;
                try {
                    outcome = applyOnServer(m_server, d, origin, entry);
                } catch (const StoreError &error) {
                    // Refused by the server (rights, a constraint); a lost connection fails
                    // the rollback too and ends the push.
                    m_server.run(u"ROLLBACK TO SAVEPOINT change"_s);
                    // A row that belongs to a record deleted meanwhile goes with it, and a
                    // person erased twice is erased.
                    const bool moot = error.code() == "23503"_L1
                        || (error.code() == "23505"_L1 && entry.entity == "erasures"_L1);
                    outcome = moot                   ? dropped()
                        : error.code() == "42501"_L1 ? rejected(tr("Your role on the team server does not "
                                                                   "allow this change."))
                                                     : rejected(error.message());
                }
                if (outcome.kind == Outcome::Rejected)
                    rejections.append({entry, outcome.reason});
                else
                    m_server.run(u"RELEASE SAVEPOINT change"_s);
                if (outcome.kind != Outcome::Applied)
                    toRefresh.append({entry.entity, entry.key});
                fault("push-applied");
            }
            m_server.run(
                u"INSERT INTO sync_received (origin, last_seq) VALUES (?, ?) ON CONFLICT (login, origin) "
                "DO UPDATE SET last_seq = GREATEST(sync_received.last_seq, EXCLUDED.last_seq)"_s,
                {origin, lastSeq});
            fault("push-before-commit");
            tx.commit();
        }
        fault("push-committed");
        {
            Transaction tx(m_local);
            m_local.run(u"DELETE FROM sync_outbox WHERE seq <= ?"_s, {lastSeq});
            for (const RowRef &ref : std::as_const(toRefresh)) {
                m_local.run(
                    u"INSERT INTO sync_refresh (entity, row_key) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                    {ref.entity, ref.key});
            }
            for (const Rejection &r : std::as_const(rejections)) {
                m_local.run(u"INSERT INTO sync_rejected (entity, row_key, field, value, reason, at) "
                            "VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {r.entry.entity, r.entry.key, r.entry.field, sql::bindable(r.entry.value), r.reason,
                        m_local.clock().nowMs()});
            }
            tx.commit();
        }
        // What the server did not take as it was is brought back to the server's state here.
        refresh();
        result.pushed += entries.size() - rejections.size();
        result.rejected += rejections.size();
        step.done += entries.size();
        if (progress && !progress(step))
            return false;
    }
}

namespace {

// Applies one change of a replica's log on the server; returns why it was refused, or
// nothing. Changes to a record deleted on the server are dropped without a word: the
// deletion wins.
Outcome applyOnServer(
    Database &m_server, const SyncColumns &d, const QString &origin, const OutboxEntry &entry)
{
    const SyncTable *table = sync::findTable(entry.entity);
    if (!table || d.serverColumns.columns(entry.entity).isEmpty())
        return rejected(SyncSession::tr("The server does not know the table \"%1\".").arg(entry.entity));
    const QStringList key = sync::splitKey(entry.key);
    if (key.size() != table->key.size())
        return rejected(SyncSession::tr("The record key \"%1\" is not valid.").arg(entry.key));
    QVariantList keyArgs;
    for (const QString &part : key)
        keyArgs << part;
    QStringList keyParts;
    for (const QString &column : table->key)
        keyParts << u"%1 = %2"_s.arg(column, d.placeholder(table->name, column));
    const QString where = keyParts.join(u" AND "_s);

    QHash<QString, FieldClock> clocks;
    {
        QSqlQuery q = m_server.run(u"SELECT field, hlc, origin, server_seq, author FROM sync_clock "
                                   "WHERE entity = ? AND row_key = ?"_s,
            {entry.entity, entry.key});
        while (q.next()) {
            clocks.insert(q.value(0).toString(),
                {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString()});
        }
    }
    m_server.run(u"SELECT set_config('loopline.hlc', ?, true)"_s, {QString::number(entry.hlc)});
    const auto tombstone = clocks.constFind(u"*"_s);
    const bool deleted = tombstone != clocks.cend()
        && (table->permanentDelete || !later(entry.hlc, origin, tombstone.value()));

    if (entry.field == "*"_L1) {
        if (deleted)
            return dropped();
        if (!table->permanentDelete) {
            // A content-keyed row written again after this delete stays.
            for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
                if (it.key() != "*"_L1 && later(it->hlc, it->origin, FieldClock {entry.hlc, origin, 0, {}}))
                    return dropped();
            }
        }
        QSqlQuery q = m_server.run(u"DELETE FROM %1 WHERE %2"_s.arg(table->name, where), keyArgs);
        if (q.numRowsAffected() == 0
            && !m_server
                    .scalar(u"SELECT 1 FROM sync_clock WHERE entity = ? AND row_key = ? "
                            "AND field = '*'"_s,
                        {entry.entity, entry.key})
                    .isValid())
            return rejected(SyncSession::tr("The record is not there or this login may not delete it."));
        return {};
    }
    if (deleted)
        return dropped();

    const bool exists
        = m_server.scalar(u"SELECT 1 FROM %1 WHERE %2"_s.arg(table->name, where), keyArgs).isValid();
    QVariantMap fields;
    if (entry.field == "+"_L1) {
        const QJsonObject object = QJsonDocument::fromJson(entry.value.toString().toUtf8()).object();
        if (!exists) {
            QStringList columns;
            QStringList placeholders;
            QVariantList values;
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!d.serverColumns.has(table->name, it.key()))
                    continue;
                columns << it.key();
                placeholders << d.placeholder(table->name, it.key());
                values << asText(it.value().toVariant());
            }
            m_server.run(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                             table->name, columns.join(u", "_s), placeholders.join(u", "_s)),
                values);
            return {};
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!table->key.contains(it.key()))
                fields.insert(it.key(), it.value().toVariant());
        }
    } else {
        if (!exists)
            return rejected(SyncSession::tr("The record is not there or this login may not change it."));
        fields.insert(entry.field, entry.value);
    }

    bool anyLost = false;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString &column = it.key();
        if (!d.serverColumns.has(table->name, column))
            continue; // a column this server does not have yet
        const QVariant incoming = asText(it.value());
        const QVariant current = m_server.scalar(
            u"SELECT CAST(%1 AS TEXT) FROM %2 WHERE %3"_s.arg(column, table->name, where), keyArgs);
        const FieldClock clock = clocks.value(column);
        const bool wins = later(entry.hlc, origin, clock);
        anyLost = anyLost || !wins;
        if (wins) {
            // The same value still takes the later clock: the trigger records a field named
            // in loopline.force even when the update leaves it as it was. Either way the
            // update runs with the login's rights.
            const bool same = sameText(current, incoming);
            if (same)
                m_server.run(u"SELECT set_config('loopline.force', ?, true)"_s, {column});
            QVariantList args {incoming};
            args += keyArgs;
            QSqlQuery q = m_server.run(u"UPDATE %1 SET %2 = %3 WHERE %4"_s.arg(
                                           table->name, column, d.placeholder(table->name, column), where),
                args);
            const bool changed = q.numRowsAffected() > 0;
            q.finish();
            if (same)
                m_server.run(u"SELECT set_config('loopline.force', '', true)"_s);
            if (!changed)
                return rejected(SyncSession::tr("This login may not change the record."));
        }
        // Two edits of one field that did not see each other: kept for a person to review.
        // (When a record was last changed is bookkeeping, not something to decide on.)
        if (clock.hlc != 0 && clock.serverSeq > entry.baseSeq && clock.origin != origin
            && !sameText(current, incoming) && column != "updated_at"_L1) {
            const QString me = m_server.scalar(u"SELECT session_user"_s).toString();
            m_server.run(
                u"INSERT INTO sync_conflicts (id, entity, row_key, field, kept_value, kept_origin, "
                "kept_author, kept_hlc, other_value, other_origin, other_author, other_hlc, detected_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {Database::newId(), entry.entity, entry.key, column, wins ? incoming : current,
                    wins ? origin : clock.origin, wins ? me : clock.author, wins ? entry.hlc : clock.hlc,
                    wins ? current : incoming, wins ? clock.origin : origin, wins ? clock.author : me,
                    wins ? clock.hlc : entry.hlc, m_server.clock().nowMs()});
        }
    }
    return anyLost ? dropped() : Outcome {};
}

} // namespace

bool SyncSession::pull(const ProgressFn &progress, Result &result)
{
    refresh();
    const SyncColumns &d = columns();
    Progress step {Progress::Step::Pull, 0, 0};
    for (;;) {
        const qint64 pulled = Replica(m_local).pulledSequence();
        QList<RowRef> page;
        qint64 pageSeq = pulled;
        ServerRows fetched;
        {
            Transaction tx(m_server);
            m_server.run(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
            {
                // Listed by key, including records this login can no longer see (they leave
                // the replica); their clocks and rows are read under the login's own rights.
                QSqlQuery q = m_server.run(
                    u"SELECT entity, row_key, last FROM loopline_sync_changes(?, ?)"_s, {pulled, m_batch});
                while (q.next()) {
                    page.append({q.value(0).toString(), q.value(1).toString()});
                    pageSeq = q.value(2).toLongLong();
                }
            }
            if (page.isEmpty()) {
                tx.commit();
                return true;
            }
            if (step.total == 0) {
                step.total = m_server.scalar(u"SELECT loopline_sync_changed(?)"_s, {pulled}).toLongLong();
            }
            fetched = fetchRows(m_server, d, page);
            tx.commit();
        }
        fault("pull-fetched");
        ApplyScope apply(m_local);
        result.pulled += applyRows(m_local, d, page, fetched);
        m_local.run(u"UPDATE sync_state SET pulled_seq = ? WHERE id = 1"_s, {pageSeq});
        apply.commit();
        fault("pull-applied");
        step.done += page.size();
        if (progress && !progress(step))
            return false;
    }
}

void SyncSession::refresh()
{
    QList<RowRef> rows;
    {
        QSqlQuery q = m_local.run(u"SELECT entity, row_key FROM sync_refresh"_s);
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString()});
    }
    if (rows.isEmpty())
        return;
    const SyncColumns &d = columns();
    ServerRows fetched;
    {
        Transaction tx(m_server);
        m_server.run(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
        fetched = fetchRows(m_server, d, rows);
        tx.commit();
    }
    ApplyScope apply(m_local);
    applyRows(m_local, d, rows, fetched);
    for (const RowRef &ref : std::as_const(rows))
        m_local.run(u"DELETE FROM sync_refresh WHERE entity = ? AND row_key = ?"_s, {ref.entity, ref.key});
    apply.commit();
}

namespace {

// Brings one local row to the server's state, except for fields with a local change
// that is later than the server's (it goes up with the next push). Returns whether
// anything was written.
bool applyLocally(Database &m_local, const SyncColumns &d, const QString &origin,
    const sync::SyncTable &table, const QString &key, const QVariantList &serverRow,
    const QHash<QString, FieldClock> &clocks)
{
    QHash<QString, qint64> pending;
    {
        QSqlQuery q = m_local.run(
            u"SELECT field, MAX(hlc) FROM sync_outbox WHERE entity = ? AND row_key = ? GROUP BY field"_s,
            {table.name, key});
        while (q.next())
            pending.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QVariantList keyArgs;
    for (const QString &part : sync::splitKey(key))
        keyArgs << part;
    const QString where = sync::keyCondition(table);

    if (serverRow.isEmpty()) {
        // Deleted on the server, or no longer this user's to see.
        if (!table.permanentDelete && pending.contains(u"+"_s)
            && later(pending.value(u"+"_s), origin, clocks.value(u"*"_s)))
            return false;
        if (clocks.contains(u"*"_s)) {
            // Deleted: what went with it on the server comes as deletions of its own.
            m_local.run(u"DELETE FROM %1 WHERE %2"_s.arg(table.name, where), keyArgs);
        } else {
            // No longer this user's to see: what is seen through it goes too.
            deleteWithChildren(m_local, table, key);
        }
        m_local.run(u"DELETE FROM sync_outbox WHERE entity = ? AND row_key = ?"_s, {table.name, key});
        return true;
    }
    if (pending.contains(u"*"_s))
        return false; // deleted here; the delete goes up with the next push

    const QStringList columns = d.columns(table.name);
    const bool exists
        = m_local.scalar(u"SELECT 1 FROM %1 WHERE %2"_s.arg(table.name, where), keyArgs).isValid();
    if (!exists) {
        QVariantList values;
        for (const QVariant &value : serverRow)
            values << sql::bindable(value);
        QSqlQuery insert = m_local.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            table.name, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
        for (const QVariant &value : std::as_const(values))
            insert.addBindValue(value);
        if (!insert.exec())
            replaceLocally(m_local, table, columns, serverRow);
        return true;
    }
    const qint64 inserted = pending.value(u"+"_s, 0);
    QStringList assignments;
    QVariantList values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString &column = columns.at(i);
        if (table.key.contains(column))
            continue;
        const qint64 mine = std::max(pending.value(column, 0), inserted);
        if (mine != 0 && later(mine, origin, clocks.value(column)))
            continue;
        assignments << column + u" = ?"_s;
        values << sql::bindable(serverRow.at(i));
    }
    if (assignments.isEmpty())
        return false;
    values += keyArgs;
    m_local.run(u"UPDATE %1 SET %2 WHERE %3"_s.arg(table.name, assignments.join(u", "_s), where), values);
    return true;
}

ServerRows fetchRows(Database &m_server, const SyncColumns &d, const QList<RowRef> &refs)
{
    ServerRows fetched;
    fetched.hlc = m_server.scalar(u"SELECT hlc FROM sync_server WHERE id = 1"_s).toLongLong();
    QHash<QString, QStringList> keysByTable;
    for (const RowRef &ref : refs)
        keysByTable[ref.entity] << ref.key;
    for (auto it = keysByTable.cbegin(); it != keysByTable.cend(); ++it) {
        const SyncTable *table = sync::findTable(it.key());
        const QStringList columns = table ? d.columns(table->name) : QStringList();
        if (columns.isEmpty())
            continue;
        QVariantList keyArgs;
        for (const QString &key : it.value()) {
            for (const QString &part : sync::splitKey(key))
                keyArgs << part;
        }
        {
            QSqlQuery q = m_server.run(u"SELECT %1 FROM %2 WHERE %3"_s.arg(columns.join(u", "_s), table->name,
                                           d.keyIn(*table, it.value().size())),
                keyArgs);
            while (q.next()) {
                QVariantList row;
                for (int c = 0; c < columns.size(); ++c)
                    row << q.value(c);
                fetched.rows[table->name].insert(sync::joinKey(keyValues(q, *table, columns)), row);
            }
        }
        QVariantList clockArgs {table->name};
        for (const QString &key : it.value())
            clockArgs << key;
        QSqlQuery q
            = m_server.run(u"SELECT row_key, field, hlc, origin FROM sync_clock WHERE entity = ? "
                           "AND row_key IN (%1)"_s.arg(QStringList(it.value().size(), u"?"_s).join(u", "_s)),
                clockArgs);
        while (q.next()) {
            fetched.clocks[table->name + u'|' + q.value(0).toString()].insert(
                q.value(1).toString(), FieldClock {q.value(2).toLongLong(), q.value(3).toString(), 0, {}});
        }
    }
    return fetched;
}

qint64 applyRows(
    Database &m_local, const SyncColumns &d, const QList<RowRef> &refs, const ServerRows &fetched)
{
    const QString origin = Replica(m_local).origin();
    qint64 written = 0;
    for (const RowRef &ref : refs) {
        const SyncTable *table = sync::findTable(ref.entity);
        if (!table || d.columns(table->name).isEmpty())
            continue;
        if (applyLocally(m_local, d, origin, *table, ref.key, fetched.rows.value(table->name).value(ref.key),
                fetched.clocks.value(table->name + u'|' + ref.key)))
            ++written;
    }
    // What this replica saw of the server's clock: its next changes are later.
    m_local.run(u"UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1"_s, {fetched.hlc});
    return written;
}

} // namespace

} // namespace loopline
