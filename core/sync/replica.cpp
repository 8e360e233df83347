#include "replica.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "sync/syncschema.h"

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

// Now in milliseconds shifted into a hybrid logical clock's physical part.
const QString kPhysicalNow = u"(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) << 16)"_s;

QString keyExpression(const sync::SyncTable &table, const QString &row)
{
    QStringList parts;
    for (const QString &column : table.key)
        parts << row + u'.' + column;
    return parts.join(u" || '|' || "_s);
}

QString keyChanged(const sync::SyncTable &table)
{
    QStringList parts;
    for (const QString &column : table.key)
        parts << u"OLD.%1 IS NOT NEW.%1"_s.arg(column);
    return parts.join(u" OR "_s);
}

} // namespace

Replica::Replica(Database &db)
    : m_db(db)
{
}

bool Replica::isReplica() const
{
    return m_db.isSqlite() && !origin().isEmpty();
}

QString Replica::origin() const
{
    if (!m_db.isSqlite())
        return {};
    return m_db.scalar(u"SELECT origin FROM sync_state WHERE id = 1"_s).toString();
}

QString Replica::serverUrl() const
{
    return m_db.scalar(u"SELECT server FROM sync_state WHERE id = 1"_s).toString();
}

QString Replica::member() const
{
    return m_db.scalar(u"SELECT member FROM sync_state WHERE id = 1"_s).toString();
}

void Replica::setMember(const QString &member)
{
    m_db.run(u"UPDATE sync_state SET member = ? WHERE id = 1"_s, {member});
}

qint64 Replica::pendingChanges() const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM sync_outbox"_s).toLongLong();
}

qint64 Replica::pulledSequence() const
{
    return m_db.scalar(u"SELECT pulled_seq FROM sync_state WHERE id = 1"_s).toLongLong();
}

bool Replica::downloaded() const
{
    return m_db.scalar(u"SELECT downloaded FROM sync_state WHERE id = 1"_s).toInt() != 0;
}

QDateTime Replica::lastSync() const
{
    const QVariant at = m_db.scalar(u"SELECT last_sync_at FROM sync_state WHERE id = 1"_s);
    return at.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(at.toLongLong());
}

qint64 Replica::openConflicts() const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s).toLongLong();
}

qint64 Replica::rejectedChanges() const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM sync_rejected"_s).toLongLong();
}

QList<RejectedChange> Replica::rejected() const
{
    QList<RejectedChange> result;
    QSqlQuery q = m_db.run(
        u"SELECT entity, row_key, field, value, reason, at FROM sync_rejected ORDER BY seq DESC"_s);
    while (q.next()) {
        result.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC)});
    }
    return result;
}

void Replica::clearRejected()
{
    m_db.run(u"DELETE FROM sync_rejected"_s);
}

void Replica::initialise(const QString &serverUrl)
{
    if (!m_db.isSqlite())
        throw StoreError(tr("Only a local (SQLite) database can be a replica of a team server."));
    if (isReplica())
        return;
    for (const char *table : {"contacts", "companies", "deals", "leads"}) {
        if (m_db.scalar(u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(QLatin1StringView(table))).toInt())
            throw StoreError(
                tr("The file \"%1\" already holds records of its own; a replica of a team server "
                   "starts from an empty file.")
                    .arg(m_db.spec().path));
    }
    Transaction tx(m_db);
    m_db.run(u"UPDATE sync_state SET origin = ?, server = ?, hlc = %1, pulled_seq = 0, downloaded = 0, "
             "download_table = '', download_key = '' WHERE id = 1"_s.arg(kPhysicalNow),
        {Database::newId(), serverUrl});
    installTriggers();
    tx.commit();
}

void Replica::installTriggers()
{
    const sync::ColumnCatalog catalog(m_db);
    const QString stampClock
        = u"UPDATE sync_state SET hlc = max(hlc + 1, %1) WHERE id = 1;\n"_s.arg(kPhysicalNow);
    const QString when = u"(SELECT applying FROM sync_state WHERE id = 1) = 0 "
                         "AND (SELECT origin FROM sync_state WHERE id = 1) <> ''"_s;
    const QString log = u"INSERT INTO sync_outbox (entity, row_key, field, value, hlc, base_seq) "
                        "SELECT '%1', %2, '%3', %4, hlc, pulled_seq FROM sync_state WHERE id = 1%5;\n"_s;
    Transaction tx(m_db);
    for (const sync::SyncTable &table : sync::tables()) {
        const QStringList columns = catalog.columns(table.name);
        for (const char *suffix : {"ai", "au", "ak", "ad"})
            m_db.run(u"DROP TRIGGER IF EXISTS %1_sync_%2"_s.arg(table.name, QLatin1StringView(suffix)));
        QStringList pairs;
        for (const QString &column : columns)
            pairs << u"'%1', NEW.%1"_s.arg(column);
        const QString newKey = keyExpression(table, u"NEW"_s);
        const QString oldKey = keyExpression(table, u"OLD"_s);
        const QString insertLog
            = log.arg(table.name, newKey, u"+"_s, u"json_object(%1)"_s.arg(pairs.join(u", "_s)), QString());
        const QString deleteLog = log.arg(table.name, oldKey, u"*"_s, u"NULL"_s, QString());

        m_db.run(u"CREATE TRIGGER %1_sync_ai AFTER INSERT ON %1 WHEN %2 BEGIN\n%3%4END"_s.arg(
            table.name, when, stampClock, insertLog));
        m_db.run(u"CREATE TRIGGER %1_sync_ad AFTER DELETE ON %1 WHEN %2 BEGIN\n%3%4END"_s.arg(
            table.name, when, stampClock, deleteLog));
        // A changed key is the old row gone and a new one made.
        m_db.run(u"CREATE TRIGGER %1_sync_ak AFTER UPDATE ON %1 WHEN %2 AND (%3) BEGIN\n%4%5%6END"_s.arg(
            table.name, when, keyChanged(table), stampClock, deleteLog, insertLog));
        QString fieldLogs;
        for (const QString &column : columns) {
            if (table.key.contains(column))
                continue;
            fieldLogs += log.arg(
                table.name, newKey, column, u"NEW."_s + column, u" AND OLD.%1 IS NOT NEW.%1"_s.arg(column));
        }
        if (!fieldLogs.isEmpty()) {
            m_db.run(
                u"CREATE TRIGGER %1_sync_au AFTER UPDATE ON %1 WHEN %2 AND NOT (%3) BEGIN\n%4%5END"_s.arg(
                    table.name, when, keyChanged(table), stampClock, fieldLogs));
        }
    }
    tx.commit();
}

} // namespace loopline
