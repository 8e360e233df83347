#include "database.h"

#include "store/sqlvalues.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

// PRAGMA application_id of a Loopline SQLite file: "LOOP".
constexpr int kApplicationId = 0x4C4F4F50;
constexpr int kLatestSchema = 8;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"loopline-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString defaultUser()
{
    QString user = qEnvironmentVariable("LOOPLINE_USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

QStringList migrationStatements(Dialect dialect, int version)
{
    const QDir dir(u":/loopline/sql/"_s + (dialect == Dialect::Sqlite ? u"sqlite"_s : u"postgresql"_s));
    const QString prefix = u"%1_"_s.arg(version, 3, 10, QChar(u'0'));
    const QStringList matches = dir.entryList({prefix + u"*.sql"_s}, QDir::Files);
    if (matches.size() != 1)
        throw StoreError(
            Database::tr("The database schema %1 is missing from this build.").arg(version), dir.path());
    QFile file(dir.filePath(matches.first()));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            Database::tr("The database schema %1 is missing from this build.").arg(version), file.fileName());
    return Database::splitStatements(QString::fromUtf8(file.readAll()));
}

} // namespace

Database::Database(const ConnectionSpec &spec)
    : m_spec(spec)
    , m_connectionName(nextConnectionName())
    , m_clock(std::make_shared<Clock>())
    , m_user(defaultUser())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const ConnectionSpec &spec)
{
    std::unique_ptr<Database> db(new Database(spec));
    db->connect();
    db->checkIsLoopline();
    db->configure();
    db->migrate();
    db->restoreIndexes();
    return db;
}

std::unique_ptr<Database> Database::reopen() const
{
    std::unique_ptr<Database> db(new Database(m_spec));
    db->m_clock = m_clock;
    db->m_user = m_user;
    db->connect();
    db->configure();
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::connect()
{
    if (m_spec.dialect == Dialect::Sqlite) {
        const QFileInfo info(m_spec.path);
        if (info.exists() && info.size() > 0) {
            // Look at the header before SQLite touches the file: opening a foreign
            // file must change nothing.
            QFile file(m_spec.path);
            if (!file.open(QIODevice::ReadOnly))
                throw StoreError(tr("Cannot read \"%1\": %2").arg(m_spec.path, file.errorString()));
            if (file.read(16) != QByteArray("SQLite format 3\0", 16))
                throw StoreError(tr("\"%1\" is not a Loopline database (it is not an SQLite file). "
                                    "Nothing was changed.")
                                     .arg(m_spec.path));
        } else if (!info.exists()) {
            if (!QDir().mkpath(info.absolutePath()))
                throw StoreError(tr("Cannot create the folder \"%1\".").arg(info.absolutePath()));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_spec.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            throw StoreError(tr("Cannot open the database \"%1\".").arg(m_spec.path), db.lastError().text());
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        throw StoreError(tr("This installation has no PostgreSQL driver (the Qt QPSQL plugin)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(m_spec.host);
    db.setPort(m_spec.port);
    db.setDatabaseName(m_spec.database);
    db.setUserName(m_spec.user);
    db.setPassword(m_spec.password);
    QString options = m_spec.options;
    if (!options.contains("connect_timeout"_L1))
        options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
    db.setConnectOptions(options);
    if (!db.open())
        throw StoreError(tr("Cannot connect to %1.").arg(m_spec.displayName()), db.lastError().text());
}

QStringList Database::tableNames() const
{
    if (isSqlite())
        return connection().tables(QSql::Tables);
    QStringList names;
    QSqlQuery q
        = run(u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void Database::checkIsLoopline()
{
    const QString where = m_spec.displayName();
    if (isSqlite()) {
        QSqlQuery probe(connection());
        if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next())
            throw StoreError(tr("\"%1\" is not a Loopline database. Nothing was changed.").arg(where),
                probe.lastError().text());
        const int appId = probe.value(0).toInt();
        const QStringList tables = tableNames();
        // Another program's application id marks its file even before it has tables.
        if (appId != kApplicationId && (appId != 0 || !tables.isEmpty()))
            throw StoreError(tr("\"%1\" is an SQLite database of another program, not a Loopline database. "
                                "Nothing was changed.")
                                 .arg(where));
        if (tables.isEmpty())
            return; // a new, empty file: ours to set up
    } else {
        const QStringList tables = tableNames();
        if (tables.isEmpty())
            return;
        if (!tables.contains(u"schema_version"_s))
            throw StoreError(tr("The database %1 already holds tables that are not Loopline's. "
                                "Nothing was changed.")
                                 .arg(where));
    }
    const int version = schemaVersion();
    if (version > kLatestSchema)
        throw StoreError(tr("%1 was made by a newer version of Loopline (schema %2; this version knows "
                            "up to %3). Update Loopline to open it. Nothing was changed.")
                             .arg(where)
                             .arg(version)
                             .arg(kLatestSchema));
}

void Database::configure()
{
    if (isSqlite()) {
        // WAL keeps readers and the writer apart and, with synchronous=NORMAL, a killed
        // process never leaves a corrupt file.
        run(u"PRAGMA journal_mode=WAL"_s);
        run(u"PRAGMA synchronous=NORMAL"_s);
        run(u"PRAGMA foreign_keys=ON"_s);
        run(u"PRAGMA temp_store=MEMORY"_s);
    } else {
        run(u"SET client_min_messages TO warning"_s);
    }
}

int Database::latestSchemaVersion()
{
    return kLatestSchema;
}

int Database::applicationId()
{
    return kApplicationId;
}

int Database::schemaVersion() const
{
    const QStringList tables = tableNames();
    if (!tables.contains(u"schema_version"_s))
        return 0;
    return scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s).toInt();
}

void Database::migrate()
{
    // Each migration is one transaction with its schema_version row, so a process
    // killed half-way leaves the database at the previous version, never between.
    const int found = schemaVersion();
    try {
        migrateFrom(found);
    } catch (const StoreError &error) {
        // A team member's login may not change the schema: the administrator upgrades it.
        if (!isSqlite() && found > 0 && error.code() == "42501"_L1)
            throw StoreError(
                tr("The team database on %1 is an older Loopline database (schema %2; this version "
                   "needs %3). Ask your administrator to upgrade it with loopline --init-server.")
                    .arg(m_spec.displayName())
                    .arg(found)
                    .arg(kLatestSchema),
                error.details(), error.code());
        throw;
    }
}

void Database::migrateFrom(int found)
{
    for (int next = found + 1; next <= kLatestSchema; ++next) {
        Transaction tx(*this);
        if (next == 1) {
            run(u"CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"_s);
            if (isSqlite())
                run(u"PRAGMA application_id = %1"_s.arg(kApplicationId));
        }
        const QStringList statements = migrationStatements(m_spec.dialect, next);
        for (const QString &statement : statements) {
            if (!statement.trimmed().isEmpty())
                run(statement);
        }
        run(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s, {next, m_clock->nowMs()});
        tx.commit();
    }
}

QStringList Database::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed() == "--;"_L1) {
            statements << current;
            current.clear();
        } else if (!line.startsWith("--"_L1)) {
            current += line + u'\n';
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current;
    return statements;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StoreError(tr("The database refused a statement: %1").arg(query.lastError().text()), sql);
    return query;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw StoreError(tr("The database reported an error: %1").arg(query.lastError().text()),
            query.lastQuery(), query.lastError().nativeErrorCode());
}

QSqlQuery Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!query.exec(sql))
            throw StoreError(tr("The database reported an error: %1").arg(query.lastError().text()), sql,
                query.lastError().nativeErrorCode());
        return query;
    }
    if (!query.prepare(sql))
        throw StoreError(tr("The database refused a statement: %1").arg(query.lastError().text()), sql);
    for (const QVariant &value : values)
        query.addBindValue(sql::bindable(value));
    exec(query);
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

QString Database::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void Database::beginBulkWrite()
{
    if (m_bulkDepth++ > 0 || !isSqlite())
        return;
    m_normalCacheSize = scalar(u"PRAGMA cache_size"_s);
    run(u"PRAGMA cache_size = -65536"_s); // 64 MiB
}

void Database::endBulkWrite()
{
    if (--m_bulkDepth > 0 || !isSqlite() || !m_normalCacheSize.isValid())
        return;
    QSqlQuery restore(connection());
    restore.exec(
        u"PRAGMA cache_size = %1"_s.arg(m_normalCacheSize.toLongLong())); // shrinking frees the pages
}

void Database::deferIndexes(const QString &table)
{
    if (!isSqlite() || scalar(u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(table)).toInt())
        return;
    QStringList fullText;
    {
        QSqlQuery q = run(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                          "AND sql LIKE 'CREATE VIRTUAL TABLE%' AND sql LIKE ? ORDER BY name"_s,
            {u"%content='%1'%"_s.arg(table)});
        while (q.next())
            fullText << q.value(0).toString();
    }
    QStringList drops;
    QStringList rebuild;
    {
        // Unique indexes stay: they are constraints the fill relies on.
        QSqlQuery q = run(u"SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
                          "AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR type = 'trigger') "
                          "ORDER BY type, name"_s,
            {table});
        while (q.next()) {
            const QString type = q.value(0).toString();
            const QString sql = q.value(2).toString();
            const bool keepsFullText = std::any_of(
                fullText.cbegin(), fullText.cend(), [&](const QString &fts) { return sql.contains(fts); });
            if (type == "trigger"_L1 && !keepsFullText)
                continue; // other triggers keep working during the fill
            drops << u"DROP %1 %2"_s.arg(type.toUpper(), q.value(1).toString());
            rebuild << sql;
        }
    }
    if (drops.isEmpty())
        return;
    for (const QString &fts : std::as_const(fullText))
        rebuild << u"INSERT INTO %1(%1) VALUES ('rebuild')"_s.arg(fts);
    Transaction tx(*this);
    for (const QString &statement : std::as_const(rebuild))
        run(u"INSERT INTO deferred_schema (tbl, statement) VALUES (?, ?)"_s, {table, statement});
    for (const QString &statement : std::as_const(drops))
        run(statement);
    tx.commit();
}

void Database::restoreIndexes(const QString &table)
{
    if (!isSqlite())
        return;
    QStringList statements;
    {
        QSqlQuery q = run(
            u"SELECT statement FROM deferred_schema WHERE ? = '' OR tbl = ? ORDER BY seq"_s, {table, table});
        while (q.next())
            statements << q.value(0).toString();
    }
    if (statements.isEmpty())
        return;
    BulkWriteScope bulk(*this);
    Transaction tx(*this);
    for (const QString &statement : std::as_const(statements))
        run(statement);
    run(u"DELETE FROM deferred_schema WHERE ? = '' OR tbl = ?"_s, {table, table});
    tx.commit();
}

void Database::beginTransaction()
{
    if (m_transactionDepth++ > 0)
        return;
    m_rollbackOnly = false;
    if (!connection().transaction())
        throw StoreError(tr("Cannot start a transaction: %1").arg(connection().lastError().text()));
}

void Database::commitTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    if (--m_transactionDepth > 0)
        return;
    if (m_rollbackOnly) {
        connection().rollback();
        throw StoreError(tr("The change was abandoned because part of it failed; nothing was saved."));
    }
    if (!connection().commit()) {
        const QString error = connection().lastError().text();
        connection().rollback();
        throw StoreError(tr("Cannot save the change: %1").arg(error));
    }
}

void Database::rollbackTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    connection().rollback();
}

} // namespace loopline
