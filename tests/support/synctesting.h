#pragma once

#include "store/database.h"
#include "sync/replica.h"
#include "sync/syncschema.h"
#include "testdatabase.h"

#include <QDebug>
#include <QStringList>

namespace loopline::test {

// A new SQLite replica of the server, whose user is `user` (and whose clock is `clock` when
// given).
inline std::unique_ptr<Database> newReplica(
    const ConnectionSpec &server, const QString &user, std::shared_ptr<const Clock> clock = {})
{
    auto db = TestDatabase::create(QString::fromLatin1(TestDatabase::Sqlite));
    db->setCurrentUser(user);
    if (clock)
        db->setClock(std::move(clock));
    Replica(*db).initialise(server.toUrl());
    return db;
}

// Every row of a synced table as text, in a stable order, over the given columns.
inline QStringList syncedRows(const Database &db, const QString &table, const QStringList &columns)
{
    QStringList rows;
    QSqlQuery q = db.run(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        rows << values.join(QChar(0x1f));
    }
    rows.sort();
    return rows;
}

// The first synced table where a replica and the server differ (over the columns both
// have), with the differing rows logged; empty when they are equal.
inline QString firstDifference(const Database &replica, const Database &server)
{
    const sync::ColumnCatalog local(replica);
    const sync::ColumnCatalog remote(server);
    for (const sync::SyncTable &table : sync::tables()) {
        QStringList columns;
        for (const QString &c : local.columns(table.name)) {
            if (remote.has(table.name, c))
                columns << c;
        }
        const QStringList mine = syncedRows(replica, table.name, columns);
        const QStringList theirs = syncedRows(server, table.name, columns);
        if (mine == theirs)
            continue;
        for (const QString &row : mine) {
            if (!theirs.contains(row))
                qWarning().noquote() << "  only on the replica:" << table.name << row;
        }
        for (const QString &row : theirs) {
            if (!mine.contains(row))
                qWarning().noquote() << "  only on the server:" << table.name << row;
        }
        return QStringLiteral("%1: %2 rows on the replica, %3 on the server")
            .arg(table.name)
            .arg(mine.size())
            .arg(theirs.size());
    }
    return {};
}

} // namespace loopline::test
