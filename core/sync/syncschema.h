#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace loopline {

class Database;

namespace sync {

// One table that replicas and the team server keep in step, with the columns that
// make up its key. A record of a table keyed by a generated id is never reborn once
// deleted (the tombstone wins over any later edit); a row of a table keyed by its
// content (an e-mail's position on a contact) may be written again after a delete.
struct SyncTable
{
    QString name;
    QStringList key;
    bool permanentDelete = true;
};

// Every synced table, parents before children (the order of a first download).
const QList<SyncTable> &tables();
const SyncTable *findTable(const QString &name);

// The text key of a row: its key columns' values joined by '|' (as the server's
// trigger writes it), and back.
QString joinKey(const QStringList &values);
QStringList splitKey(const QString &key);

// The columns of a synced table that carry data (neither the local row number "seq"
// nor a generated column), with the SQL type of each on PostgreSQL ("" on SQLite).
// Read once per connection.
class ColumnCatalog
{
public:
    explicit ColumnCatalog(const Database &db);
    QStringList columns(const QString &table) const;
    QString type(const QString &table, const QString &column) const;
    bool has(const QString &table, const QString &column) const;

private:
    QHash<QString, QStringList> m_columns;
    QHash<QString, QString> m_types; // "table.column" -> type
};

// "a = ? AND b = ?" for a table's key columns, prefixed by alias when given.
QString keyCondition(const SyncTable &table);

} // namespace sync
} // namespace loopline
