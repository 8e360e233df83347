#pragma once

#include "clock.h"
#include "connectionspec.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace loopline {

// One open Loopline database: a named QSqlDatabase connection, its dialect, the
// migrations that bring it to the current schema, and the clock and user name
// that stamp what is written. A Database belongs to the thread that opened it;
// long work on another thread opens its own with reopen().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens (and creates or upgrades) the database. Throws StoreError with a clear
    // message, changing nothing, when the file is not a Loopline database, was made
    // by a newer Loopline, or the server cannot be reached.
    static std::unique_ptr<Database> open(const ConnectionSpec &spec);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A second connection to the same database, for use on another thread.
    std::unique_ptr<Database> reopen() const;

    Dialect dialect() const { return m_spec.dialect; }
    bool isSqlite() const { return m_spec.dialect == Dialect::Sqlite; }
    const ConnectionSpec &spec() const { return m_spec; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    // The SQLite application_id that marks a Loopline file.
    static int applicationId();

    // Prepares a statement; throws StoreError naming the statement when it fails.
    QSqlQuery prepare(const QString &sql) const;
    // Executes a prepared statement with its bound values; throws on failure.
    static void exec(QSqlQuery &query);
    // Prepares, binds positional values, executes.
    QSqlQuery run(const QString &sql, const QVariantList &values = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

    const Clock &clock() const { return *m_clock; }
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    QString currentUser() const { return m_user; }
    void setCurrentUser(const QString &user) { m_user = user; }

    static QString newId();
    // The statements of an SQL script: separated by lines "--;", comment lines left out.
    static QStringList splitStatements(const QString &script);

    // While at least one bulk writer is alive, SQLite keeps a larger page cache: inserting
    // many rows into random-key (UUID) indexes is otherwise bound by cache misses.
    void beginBulkWrite();
    void endBulkWrite();

    // Sets aside the non-unique indexes and full-text triggers of an empty SQLite table, so
    // that filling it in bulk writes only the rows; the statements that build them again
    // (and the full-text index) go to deferred_schema in the same transaction. Does nothing
    // on PostgreSQL or when the table already holds rows.
    void deferIndexes(const QString &table);
    // Builds what deferIndexes set aside, for one table or (empty) every table, in one
    // transaction. open() does it for every table, so a process killed in the middle of a
    // fill leaves no index or search entry missing.
    void restoreIndexes(const QString &table = QString());

    // Transaction nesting: only the outermost Transaction talks to the server.
    void beginTransaction();
    void commitTransaction();
    void rollbackTransaction();
    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    explicit Database(const ConnectionSpec &spec);
    void connect();
    void checkIsLoopline();
    void configure();
    void migrate();
    void migrateFrom(int found);
    QStringList tableNames() const;

    ConnectionSpec m_spec;
    QString m_connectionName;
    std::shared_ptr<const Clock> m_clock;
    QString m_user;
    int m_transactionDepth = 0;
    int m_bulkDepth = 0;
    QVariant m_normalCacheSize;
    bool m_rollbackOnly = false;
};

// RAII transaction: rolls back unless commit() was called. Nested transactions
// join the outermost one; if an inner one is abandoned the whole is rolled back.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {
        m_db.beginTransaction();
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollbackTransaction();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        m_done = true;
        m_db.commitTransaction();
    }

private:
    Database &m_db;
    bool m_done = false;
};

// Holds a Database in bulk-write mode for its lifetime (see Database::beginBulkWrite).
class BulkWriteScope
{
public:
    explicit BulkWriteScope(Database &db)
        : m_db(db)
    {
        m_db.beginBulkWrite();
    }
    ~BulkWriteScope() { m_db.endBulkWrite(); }
    BulkWriteScope(const BulkWriteScope &) = delete;
    BulkWriteScope &operator=(const BulkWriteScope &) = delete;

private:
    Database &m_db;
};

} // namespace loopline
