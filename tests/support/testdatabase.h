#pragma once

#include "store/database.h"

#include <QString>
#include <QStringList>
#include <QTest>
#include <memory>
#include <optional>

namespace loopline::test {

// Fresh Loopline databases for tests, on either backend:
//  - "sqlite": a new file in a temporary directory that lives until the process ends;
//  - "postgresql": a new database (CREATE DATABASE) on the process's private server.
// Test classes run every function on both by declaring
//     void initTestCase_data() { TestDatabase::addBackendRows(); }
//     void init() { QFETCH_GLOBAL(QString, backend); LOOPLINE_OPEN_TEST_DATABASE(m_db, backend); }
class TestDatabase
{
public:
    static constexpr const char *Sqlite = "sqlite";
    static constexpr const char *Postgres = "postgresql";

    // Adds the global "backend" column with one row per backend.
    static void addBackendRows();

    // Opens (creates and migrates) a fresh database whose current user is "tester";
    // throws StoreError, with the server log when the PostgreSQL server did not start.
    static std::unique_ptr<Database> create(const QString &backend);

    // Where a fresh database would be, with nothing created there yet (SQLite: a
    // path to a file that does not exist) or an empty PostgreSQL database.
    static ConnectionSpec emptySpec(const QString &backend);

    // A new temporary directory that lives until the process ends.
    static QString temporaryDirectory();

    // True when the PostgreSQL backend is to be skipped (LOOPLINE_TEST_SKIP_POSTGRES=1).
    static bool skipped(const QString &backend);
};

// Takes a database back from schema 8 to 6 (drops what sync added), for tests of the
// migrations before it.
void undoSyncSchema(Database &db);

// "message\ndetails", for a failure report.
QString describe(const StoreError &error);

// The StoreError that f throws, or nullopt if it returns normally.
template<typename F> std::optional<StoreError> storeErrorFrom(F &&f)
{
    try {
        f();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

// The first column of every row of a query, as strings.
QStringList stringColumn(const Database &db, const QString &sql, const QVariantList &values = {});

} // namespace loopline::test

// Opens a fresh test database into `target` (a std::unique_ptr<Database>): skips
// the PostgreSQL backend when it is disabled, fails the test with the reason
// (and the server log) when it cannot be opened.
#define LOOPLINE_OPEN_TEST_DATABASE(target, backend)                                                         \
    do {                                                                                                     \
        if (::loopline::test::TestDatabase::skipped(backend))                                                \
            QSKIP("PostgreSQL tests are disabled by LOOPLINE_TEST_SKIP_POSTGRES=1");                         \
        try {                                                                                                \
            target = ::loopline::test::TestDatabase::create(backend);                                        \
        } catch (const ::loopline::StoreError &openError_) {                                                 \
            QFAIL(qPrintable(::loopline::test::describe(openError_)));                                       \
        }                                                                                                    \
    } while (false)
