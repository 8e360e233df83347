#include "testdatabase.h"

#include "pgserver.h"

#include <QTemporaryDir>
#include <vector>

using namespace Qt::StringLiterals;

namespace loopline::test {

namespace {

// Temporary directories of SQLite test databases; removed when the process ends,
// after every Database using them is gone.
std::vector<std::unique_ptr<QTemporaryDir>> &temporaryDirectories()
{
    static std::vector<std::unique_ptr<QTemporaryDir>> dirs;
    return dirs;
}

} // namespace

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow(Sqlite) << QString::fromLatin1(Sqlite);
    QTest::newRow(Postgres) << QString::fromLatin1(Postgres);
}

QString TestDatabase::temporaryDirectory()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        throw StoreError(u"Cannot create a temporary directory."_s, dir->errorString());
    const QString path = dir->path();
    temporaryDirectories().push_back(std::move(dir));
    return path;
}

ConnectionSpec TestDatabase::emptySpec(const QString &backend)
{
    if (backend == QLatin1StringView(Sqlite))
        return ConnectionSpec::sqlite(temporaryDirectory() + u"/loopline.sqlite"_s);
    if (backend == QLatin1StringView(Postgres)) {
        PgServer &server = PgServer::instance();
        return server.spec(server.createDatabase());
    }
    throw StoreError(u"Unknown test backend \"%1\"."_s.arg(backend));
}

std::unique_ptr<Database> TestDatabase::create(const QString &backend)
{
    std::unique_ptr<Database> db = Database::open(emptySpec(backend));
    db->setCurrentUser(u"tester"_s);
    return db;
}

bool TestDatabase::skipped(const QString &backend)
{
    return backend == QLatin1StringView(Postgres) && PgServer::disabledByEnvironment();
}

QString describe(const StoreError &error)
{
    return error.details().isEmpty() ? error.message() : error.message() + u'\n' + error.details();
}

QStringList stringColumn(const Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = db.run(sql, values);
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

void undoSyncSchema(Database &db)
{
    if (db.isSqlite()) {
        db.run(QStringLiteral("DROP TABLE deferred_schema"));
    } else {
        db.run(QStringLiteral("DROP FUNCTION loopline_sync_changes(BIGINT, INTEGER)"));
        db.run(QStringLiteral("DROP FUNCTION loopline_sync_changed(BIGINT)"));
    }
    db.run(QStringLiteral("DELETE FROM schema_version WHERE version = 8"));
    if (db.isSqlite()) {
        for (const char *table :
            {"sync_state", "sync_outbox", "sync_conflicts", "sync_rejected", "sync_refresh"})
            db.run(QStringLiteral("DROP TABLE %1").arg(QLatin1StringView(table)));
        db.run(QStringLiteral("DROP INDEX team_members_login"));
    } else {
        db.run(QStringLiteral("DROP FUNCTION loopline_sync_capture() CASCADE"));
        db.run(QStringLiteral("DROP FUNCTION loopline_sync_stamp(BIGINT)"));
        for (const char *table :
            {"sync_clock", "sync_received", "sync_conflicts", "sync_origins", "sync_server"})
            db.run(QStringLiteral("DROP TABLE %1").arg(QLatin1StringView(table)));
    }
    db.run(QStringLiteral("ALTER TABLE team_members DROP COLUMN login"));
    db.run(QStringLiteral("DELETE FROM schema_version WHERE version = 7"));
}

} // namespace loopline::test
