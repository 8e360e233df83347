#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace loopline {

class Database;

// A local change the team server refused, with its reason (the role's rights, a rule).
struct RejectedChange
{
    QString entity;
    QString rowKey;
    QString field; // "+" a new record, "*" a deletion, else the column
    QString value;
    QString reason;
    QDateTime at;
};

// A laptop's SQLite copy of the team database. Once initialised, triggers on every
// synced table append each local change (an insert as the whole row, an update field
// by field, a delete as a tombstone) to sync_outbox in the same transaction as the
// change, stamped with the replica's hybrid logical clock and the last server
// sequence it had pulled. Changes applied by a sync are not logged again.
class Replica
{
    Q_DECLARE_TR_FUNCTIONS(Replica)

public:
    explicit Replica(Database &db);

    // True when this SQLite file is a replica of a team server.
    bool isReplica() const;
    // Makes this (SQLite) database a replica of the server named serverUrl (no
    // password): a new origin id, and the change-log triggers. Throws StoreError when
    // the database already holds records of its own, which a replica cannot.
    void initialise(const QString &serverUrl);
    // (Re)creates the triggers for the current schema; done on every open of a replica.
    void installTriggers();

    QString origin() const;
    QString serverUrl() const;
    // The team member the replica's user is on the server, learnt while online; records
    // made offline are owned by this name so the server's rules accept them.
    QString member() const;
    void setMember(const QString &member);
    qint64 pendingChanges() const;
    qint64 pulledSequence() const;
    bool downloaded() const;
    QDateTime lastSync() const;
    qint64 openConflicts() const;
    qint64 rejectedChanges() const;
    QList<RejectedChange> rejected() const;
    void clearRejected();

private:
    Database &m_db;
};

} // namespace loopline
