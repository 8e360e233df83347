#include "store/contactstore.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// Opening, refusing and migrating databases, and transactions, on both backends.
class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void freshDatabaseIsAtLatestSchema();
    void reopenIsIdempotent();
    void secondConnection();
    void connectionSettings();
    void foreignKeysAreEnforced();
    void refusesTextFile();
    void acceptsEmptyFile();
    void refusesDatabaseOfAnotherProgram();
    void refusesNewerSchema();
    void unreachableServerIsAnError();
    void transactionRollsBackWhenNotCommitted();
    void committedTransactionIsKept();
    void nestedTransactionsCommitTogether();
    void bulkWriteScopeRaisesAndRestoresTheCache();
    void deferredIndexesAreBuiltAgainOnOpen();
    void deferringIsUndoneWithItsTransaction();
    void abandonedInnerTransactionAbandonsOuter();
    void failedStoreCallAbandonsOuterTransaction();

private:
    static Contact contact(const QString &lastName);
    qint64 contactCount() const { return ContactStore(*m_db).count(); }
    qint64 timelineCount() const { return m_db->scalar(u"SELECT COUNT(*) FROM timeline"_s).toLongLong(); }
    QStringList tables(const Database &db) const;
    QStringList schemaOf(const Database &db, const QString &table) const;

    std::unique_ptr<Database> m_db;
    QString m_backend;
};

namespace {

const int kApplicationId = 0x4C4F4F50; // "LOOP"

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList directoryEntries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// Runs SQL on a plain QSQLITE connection (another program's file), outside Loopline.
bool runSqlite(const QString &path, const QStringList &statements, QString *error)
{
    const QString name = u"tst_database-foreign"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok)
                *error = statement + u": "_s + query.lastError().text();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void tst_Database::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_Database::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
}

void tst_Database::cleanup()
{
    m_db.reset();
}

Contact tst_Database::contact(const QString &lastName)
{
    Contact c;
    c.firstName = u"Anna"_s;
    c.lastName = lastName;
    c.emails.append({u"work"_s, u"anna@example.com"_s});
    return c;
}

QStringList tst_Database::tables(const Database &db) const
{
    QStringList names = db.isSqlite()
        ? stringColumn(db, u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"_s)
        : stringColumn(db,
            u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() ORDER BY table_name"_s);
    return names;
}

void tst_Database::freshDatabaseIsAtLatestSchema()
{
    QCOMPARE(Database::latestSchemaVersion(), 8);
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM schema_version"_s).toInt(), Database::latestSchemaVersion());
    const QStringList names = tables(*m_db);
    for (const QString &table : {u"companies"_s, u"contacts"_s, u"contact_emails"_s, u"contact_phones"_s,
             u"deal_stages"_s, u"deals"_s, u"deal_contacts"_s, u"timeline"_s, u"schema_version"_s,
             u"settings"_s, u"lead_sources"_s, u"team_members"_s, u"questionnaire_templates"_s,
             u"questionnaire_versions"_s, u"leads"_s, u"lead_status_history"_s, u"lead_signals"_s, u"tasks"_s,
             u"campaigns"_s, u"segments"_s, u"segment_criteria"_s, u"collateral"_s, u"deal_collateral"_s})
        QVERIFY2(names.contains(table), qPrintable(table));
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM deal_stages"_s).toInt(), 5);
    QCOMPARE(m_db->isSqlite(), m_backend == "sqlite"_L1);
    QCOMPARE(m_db->dialect(), m_backend == "sqlite"_L1 ? Dialect::Sqlite : Dialect::Postgres);
}

void tst_Database::reopenIsIdempotent()
{
    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(id = ContactStore(*m_db).create(contact(u"Shevchenko"_s)));
    const ConnectionSpec spec = m_db->spec();
    const QStringList tablesBefore = tables(*m_db);

    // Opened again while the first connection is still open, then again after it is closed.
    for (int round = 0; round < 2; ++round) {
        std::unique_ptr<Database> again;
        QVERIFY_THROWS_NO_EXCEPTION(again = Database::open(spec));
        QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(
            again->scalar(u"SELECT COUNT(*) FROM schema_version"_s).toInt(), Database::latestSchemaVersion());
        QCOMPARE(again->scalar(u"SELECT COUNT(*) FROM deal_stages"_s).toInt(), 5);
        QCOMPARE(tables(*again), tablesBefore);
        const std::optional<Contact> kept = ContactStore(*again).get(id);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->lastName, u"Shevchenko"_s);
        QCOMPARE(ContactStore(*again).count(), 1);
        if (round == 0)
            m_db.reset();
    }
}

void tst_Database::secondConnection()
{
    m_db->setCurrentUser(u"oksana"_s);
    auto clock = std::make_shared<ManualClock>(1'800'000'000'000);
    m_db->setClock(clock);
    std::unique_ptr<Database> second;
    QVERIFY_THROWS_NO_EXCEPTION(second = m_db->reopen());
    QVERIFY(second->connection().connectionName() != m_db->connection().connectionName());
    QCOMPARE(second->currentUser(), u"oksana"_s);
    QCOMPARE(second->clock().nowMs(), qint64(1'800'000'000'000));

    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(id = ContactStore(*second).create(contact(u"Bondarenko"_s)));
    const std::optional<Contact> seen = ContactStore(*m_db).get(id);
    QVERIFY(seen.has_value());
    QCOMPARE(seen->owner, u"oksana"_s);
    QCOMPARE(seen->createdAt.toMSecsSinceEpoch(), qint64(1'800'000'000'000));
}

void tst_Database::connectionSettings()
{
    if (m_db->isSqlite()) {
        QCOMPARE(m_db->scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(m_db->scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(m_db->scalar(u"PRAGMA application_id"_s).toInt(), kApplicationId);
        QCOMPARE(m_db->scalar(u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        // Settings belong to the connection: a second one gets them too.
        std::unique_ptr<Database> second = m_db->reopen();
        QCOMPARE(second->scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(second->scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    } else {
        QCOMPARE(m_db->scalar(u"SHOW server_encoding"_s).toString(), u"UTF8"_s);
        QCOMPARE(m_db->scalar(u"SHOW client_min_messages"_s).toString(), u"warning"_s);
        QCOMPARE(m_db->scalar(u"SELECT current_user"_s).toString(), u"postgres"_s);
    }
}

void tst_Database::foreignKeysAreEnforced()
{
    const auto error = storeErrorFrom([&] {
        m_db->run(
            u"INSERT INTO contacts (id, company_id, created_at, updated_at) VALUES ('c1', 'no-such-company', "
            "0, 0)"_s);
    });
    QVERIFY(error.has_value());
    QVERIFY(!error->message().isEmpty());
    QCOMPARE(contactCount(), 0);
}

void tst_Database::refusesTextFile()
{
    if (!m_db->isSqlite())
        QSKIP("Only an SQLite database is a file");
    const QString dir = TestDatabase::temporaryDirectory();
    const QString path = dir + u"/notes.loopline"_s;
    const QByteArray text = "Shopping list\nmilk\nbread\n"_ba.repeated(50);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
    }
    const QStringList entriesBefore = directoryEntries(dir);
    const auto error = storeErrorFrom([&] { Database::open(ConnectionSpec::sqlite(path)); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"not a Loopline database"_s), qPrintable(error->message()));
    QCOMPARE(fileBytes(path), text);
    QCOMPARE(directoryEntries(dir), entriesBefore);
}

void tst_Database::acceptsEmptyFile()
{
    if (!m_db->isSqlite())
        QSKIP("Only an SQLite database is a file");
    // A zero-byte file (e.g. made by "New file" in a file manager) is set up as a new database.
    const QString path = TestDatabase::temporaryDirectory() + u"/new.loopline"_s;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    std::unique_ptr<Database> db;
    QVERIFY_THROWS_NO_EXCEPTION(db = Database::open(ConnectionSpec::sqlite(path)));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->scalar(u"PRAGMA application_id"_s).toInt(), kApplicationId);
}

void tst_Database::refusesDatabaseOfAnotherProgram()
{
    if (m_db->isSqlite()) {
        struct Case
        {
            const char *what;
            QStringList statements;
        };
        const QList<Case> cases = {
            {"a table, no application id",
                {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                    u"INSERT INTO notes (body) VALUES ('keep me')"_s}},
            {"a table and another application id",
                {u"PRAGMA application_id = 305419896"_s,
                    u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                    u"INSERT INTO notes (body) VALUES ('keep me')"_s}},
            {"another application id, no tables yet", {u"PRAGMA application_id = 305419896"_s}},
            {"a table named like ours", {u"CREATE TABLE contacts (name TEXT)"_s}},
        };
        for (const Case &c : cases) {
            const QString dir = TestDatabase::temporaryDirectory();
            const QString path = dir + u"/other.db"_s;
            QString sqlError;
            QVERIFY2(runSqlite(path, c.statements, &sqlError), qPrintable(sqlError));
            const QByteArray before = fileBytes(path);
            QVERIFY(!before.isEmpty());
            const QStringList entriesBefore = directoryEntries(dir);

            const auto error = storeErrorFrom([&] { Database::open(ConnectionSpec::sqlite(path)); });
            QVERIFY2(error.has_value(), c.what);
            QVERIFY2(error->message().contains(u"not a Loopline database"_s), qPrintable(error->message()));
            QVERIFY2(fileBytes(path) == before, c.what);
            QCOMPARE(directoryEntries(dir), entriesBefore);
        }
        return;
    }

    // PostgreSQL: a database that holds another program's table, or a foreign table.
    const QList<QPair<const char *, QStringList>> cases = {
        {"a table",
            {u"CREATE TABLE notes (id SERIAL PRIMARY KEY, body TEXT)"_s,
                u"INSERT INTO notes (body) VALUES ('keep me')"_s}},
        {"a foreign table",
            {u"CREATE EXTENSION file_fdw"_s, u"CREATE SERVER files FOREIGN DATA WRAPPER file_fdw"_s,
                u"CREATE FOREIGN TABLE imported (line TEXT) SERVER files OPTIONS (filename "
                "'/dev/null')"_s}},
    };
    for (const auto &[what, statements] : cases) {
        ConnectionSpec spec;
        QVERIFY_THROWS_NO_EXCEPTION(spec = TestDatabase::emptySpec(m_backend));
        // Reach the empty database without Loopline: a plain QPSQL connection.
        const QString name = u"tst_database-other"_s;
        QStringList before;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            other.setHostName(spec.host);
            other.setPort(spec.port);
            other.setUserName(spec.user);
            other.setDatabaseName(spec.database);
            QVERIFY2(other.open(), qPrintable(other.lastError().text()));
            QSqlQuery query(other);
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
            QVERIFY(query.exec(u"SELECT table_name || ':' || table_type FROM information_schema.tables WHERE "
                               "table_schema = current_schema() ORDER BY 1"_s));
            while (query.next())
                before << query.value(0).toString();
            QVERIFY(!before.isEmpty());

            const auto error = storeErrorFrom([&] { Database::open(spec); });
            QVERIFY2(error.has_value(), what);
            QVERIFY2(error->message().contains(u"not Loopline's"_s), qPrintable(error->message()));

            QStringList after;
            QVERIFY(query.exec(u"SELECT table_name || ':' || table_type FROM information_schema.tables WHERE "
                               "table_schema = current_schema() ORDER BY 1"_s));
            while (query.next())
                after << query.value(0).toString();
            QCOMPARE(after, before);
            if (QLatin1StringView(what) == "a table"_L1) {
                QVERIFY(query.exec(u"SELECT body FROM notes"_s));
                QVERIFY(query.next());
                QCOMPARE(query.value(0).toString(), u"keep me"_s);
            }
            query.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void tst_Database::refusesNewerSchema()
{
    QVERIFY_THROWS_NO_EXCEPTION(
        m_db->run(u"INSERT INTO schema_version (version, applied_at) VALUES (999, 0)"_s));
    const ConnectionSpec spec = m_db->spec();

    if (m_db->isSqlite()) {
        m_db.reset(); // close it, so the file holds everything
        const QString dir = QFileInfo(spec.path).absolutePath();
        const QByteArray before = fileBytes(spec.path);
        const QStringList entriesBefore = directoryEntries(dir);
        const auto error = storeErrorFrom([&] { Database::open(spec); });
        QVERIFY(error.has_value());
        QVERIFY2(error->message().contains(u"newer"_s), qPrintable(error->message()));
        QVERIFY2(error->message().contains(u"999"_s), qPrintable(error->message()));
        QVERIFY(fileBytes(spec.path) == before);
        QCOMPARE(directoryEntries(dir), entriesBefore);
        return;
    }

    const QStringList tablesBefore = tables(*m_db);
    const auto error = storeErrorFrom([&] { Database::open(spec); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"newer"_s), qPrintable(error->message()));
    QCOMPARE(tables(*m_db), tablesBefore);
    // Every migration and the newer version, nothing added or removed.
    QStringList versions;
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version)
        versions << QString::number(version);
    versions << u"999"_s;
    QCOMPARE(stringColumn(*m_db, u"SELECT version FROM schema_version ORDER BY version"_s), versions);
}

void tst_Database::unreachableServerIsAnError()
{
    if (m_db->isSqlite())
        QSKIP("Only PostgreSQL has a server");
    ConnectionSpec spec = m_db->spec();
    spec.database = u"no_such_database"_s;
    const auto error = storeErrorFrom([&] { Database::open(spec); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"Cannot connect"_s), qPrintable(error->message()));
    QVERIFY(!error->details().isEmpty());
}

void tst_Database::transactionRollsBackWhenNotCommitted()
{
    {
        Transaction tx(*m_db);
        QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(contact(u"Shevchenko"_s)));
        QCOMPARE(contactCount(), 1); // visible inside the transaction
    }
    QCOMPARE(contactCount(), 0);
    QCOMPARE(timelineCount(), 0);
}

void tst_Database::committedTransactionIsKept()
{
    {
        Transaction tx(*m_db);
        QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(contact(u"Shevchenko"_s)));
        QVERIFY_THROWS_NO_EXCEPTION(tx.commit());
    }
    QCOMPARE(contactCount(), 1);
    QCOMPARE(timelineCount(), 1);
    // Another connection sees it, so it really reached the database.
    QCOMPARE(ContactStore(*m_db->reopen()).count(), 1);
}

void tst_Database::bulkWriteScopeRaisesAndRestoresTheCache()
{
    if (!m_db->isSqlite()) {
        // The server manages its own memory; the scope must simply do nothing harmful.
        const BulkWriteScope scope(*m_db);
        QCOMPARE(contactCount(), 0);
        return;
    }
    const qint64 normal = m_db->scalar(u"PRAGMA cache_size"_s).toLongLong();
    {
        const BulkWriteScope outer(*m_db);
        QCOMPARE(m_db->scalar(u"PRAGMA cache_size"_s).toLongLong(), -65536);
        {
            const BulkWriteScope inner(*m_db);
            QCOMPARE(m_db->scalar(u"PRAGMA cache_size"_s).toLongLong(), -65536);
        }
        QCOMPARE(m_db->scalar(u"PRAGMA cache_size"_s).toLongLong(), -65536); // the outer scope still holds it
    }
    QCOMPARE(m_db->scalar(u"PRAGMA cache_size"_s).toLongLong(), normal);
}

QStringList tst_Database::schemaOf(const Database &db, const QString &table) const
{
    return db.isSqlite() ? stringColumn(db,
               u"SELECT type || ' ' || name || ': ' || sql FROM sqlite_master "
               "WHERE tbl_name = '%1' AND sql IS NOT NULL ORDER BY type, name"_s.arg(table))
                         : stringColumn(db,
                             u"SELECT indexname || ': ' || indexdef FROM pg_indexes "
                             "WHERE tablename = '%1' ORDER BY indexname"_s.arg(table));
}

void tst_Database::deferredIndexesAreBuiltAgainOnOpen()
{
    const QStringList before = schemaOf(*m_db, u"contacts"_s);
    QVERIFY(before.size() > 5);
    {
        Transaction tx(*m_db);
        m_db->deferIndexes(u"contacts"_s);
        tx.commit();
    }
    if (!m_db->isSqlite()) {
        QCOMPARE(schemaOf(*m_db, u"contacts"_s), before); // a server keeps its indexes
        return;
    }
    const QStringList deferred = schemaOf(*m_db, u"contacts"_s);
    for (const QString &entry : deferred) // what stays: the table and the unique indexes
        QVERIFY2(entry.startsWith("table "_L1) || entry.contains("CREATE UNIQUE"_L1), qPrintable(entry));
    QVERIFY(!deferred.join(u'\n').contains("contacts_fts"_L1));
    QVERIFY(m_db->scalar(u"SELECT COUNT(*) FROM deferred_schema WHERE tbl = 'contacts'"_s).toInt() > 5);

    // Filled without the search triggers: nothing is indexed yet.
    QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(contact(u"Shevchenko"_s)));
    const QString match = u"SELECT COUNT(*) FROM contacts_fts WHERE contacts_fts MATCH 'shevchenko'"_s;
    QCOMPARE(m_db->scalar(match).toInt(), 0);
    // A table that holds rows is left alone.
    m_db->deferIndexes(u"contacts"_s);
    QCOMPARE(schemaOf(*m_db, u"contacts"_s), deferred);

    // A process that stops here (killed mid-download) leaves nothing missing once the
    // file is opened again.
    const ConnectionSpec spec = m_db->spec();
    m_db.reset();
    QVERIFY_THROWS_NO_EXCEPTION(m_db = Database::open(spec));
    QCOMPARE(schemaOf(*m_db, u"contacts"_s), before);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM deferred_schema"_s).toInt(), 0);
    QCOMPARE(m_db->scalar(match).toInt(), 1);
    QVERIFY_THROWS_NO_EXCEPTION(
        m_db->run(u"INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')"_s));
    QCOMPARE(m_db->scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void tst_Database::deferringIsUndoneWithItsTransaction()
{
    const QStringList before = schemaOf(*m_db, u"companies"_s);
    {
        Transaction tx(*m_db);
        m_db->deferIndexes(u"companies"_s);
        if (m_db->isSqlite())
            QVERIFY(schemaOf(*m_db, u"companies"_s).size() < before.size());
    } // rolled back
    QCOMPARE(schemaOf(*m_db, u"companies"_s), before);
    QCOMPARE(m_db->isSqlite() ? m_db->scalar(u"SELECT COUNT(*) FROM deferred_schema"_s).toInt() : 0, 0);

    // restoreIndexes() of one table leaves another's deferral for later.
    const QStringList dealsBefore = schemaOf(*m_db, u"deals"_s);
    {
        Transaction tx(*m_db);
        m_db->deferIndexes(u"companies"_s);
        m_db->deferIndexes(u"deals"_s);
        tx.commit();
    }
    const QStringList dealsDeferred = schemaOf(*m_db, u"deals"_s);
    QCOMPARE(dealsDeferred == dealsBefore, !m_db->isSqlite());
    m_db->restoreIndexes(u"companies"_s);
    QCOMPARE(schemaOf(*m_db, u"companies"_s), before);
    QCOMPARE(schemaOf(*m_db, u"deals"_s), dealsDeferred);
    m_db->restoreIndexes();
    QCOMPARE(schemaOf(*m_db, u"deals"_s), dealsBefore);
    QCOMPARE(m_db->isSqlite() ? m_db->scalar(u"SELECT COUNT(*) FROM deferred_schema"_s).toInt() : 0, 0);
}

void tst_Database::nestedTransactionsCommitTogether()
{
    {
        Transaction outer(*m_db);
        QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(contact(u"Shevchenko"_s)));
        {
            Transaction inner(*m_db);
            QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(contact(u"Bondarenko"_s)));
            QVERIFY_THROWS_NO_EXCEPTION(inner.commit());
        }
        // The inner commit did not reach the server: another connection sees nothing yet.
        QCOMPARE(ContactStore(*m_db->reopen()).count(), 0);
        QVERIFY_THROWS_NO_EXCEPTION(outer.commit());
    }
    QCOMPARE(contactCount(), 2);
    QCOMPARE(ContactStore(*m_db->reopen()).count(), 2);
}

void tst_Database::abandonedInnerTransactionAbandonsOuter()
{
    {
        Transaction outer(*m_db);
        QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(contact(u"Shevchenko"_s)));
        {
            Transaction inner(*m_db);
            QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(contact(u"Bondarenko"_s)));
            // no commit: abandoned
        }
        QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(contact(u"Tkachenko"_s)));
        const auto error = storeErrorFrom([&] { outer.commit(); });
        QVERIFY(error.has_value());
        QVERIFY(!error->message().isEmpty());
    }
    QCOMPARE(contactCount(), 0);
    QCOMPARE(timelineCount(), 0);

    // The database is usable again afterwards, with a clean slate.
    {
        Transaction tx(*m_db);
        QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(contact(u"Kravchenko"_s)));
        QVERIFY_THROWS_NO_EXCEPTION(tx.commit());
    }
    QCOMPARE(contactCount(), 1);
}

void tst_Database::failedStoreCallAbandonsOuterTransaction()
{
    Contact first = contact(u"Shevchenko"_s);
    first.id = u"11111111-1111-1111-1111-111111111111"_s;
    {
        Transaction outer(*m_db);
        QVERIFY_THROWS_NO_EXCEPTION(ContactStore(*m_db).create(first));
        // Same id again: the database refuses it inside the store's own (inner) transaction.
        const auto duplicate = storeErrorFrom([&] { ContactStore(*m_db).create(first); });
        QVERIFY(duplicate.has_value());
        const auto error = storeErrorFrom([&] { outer.commit(); });
        QVERIFY(error.has_value());
    }
    QCOMPARE(contactCount(), 0);
    QCOMPARE(timelineCount(), 0);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
