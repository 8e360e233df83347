#include "store/backups.h"
#include "store/contactstore.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// Backups of a local database: whole snapshots, the newest kept, and a restore that checks
// the backup before it replaces anything.
class tst_Backups : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    QString m_dir;
    QString m_path;

    void addContacts(Database &db, int count, const QString &prefix)
    {
        for (int i = 0; i < count; ++i) {
            Contact c;
            c.firstName = u"Anna"_s;
            c.lastName = prefix + QString::number(i);
            ContactStore(db).create(c);
        }
    }
    static QByteArray digest(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    // Overwrites part of a file's pages with noise, as a failing disk would.
    static void damage(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 16 * 4096);
        for (qint64 at = 2 * 4096; at < size; at += 3 * 4096) {
            file.seek(at + 100);
            file.write(QByteArray(900, '\x5a'));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = TestDatabase::temporaryDirectory();
        m_path = m_dir + u"/work.sqlite"_s;
        m_db = Database::open(ConnectionSpec::sqlite(m_path));
        m_db->setCurrentUser(u"tester"_s);
    }
    void cleanup() { m_db.reset(); }

    void backupIsAWholeSnapshotThatRestores()
    {
        addContacts(*m_db, 30, u"Before"_s);
        Backups backups(QString(), m_path);
        QCOMPARE(backups.folder(), m_dir + u"/backups"_s);
        QVERIFY(backups.list().isEmpty());

        // Changes another connection has not committed are not in it.
        std::unique_ptr<Database> writer = m_db->reopen();
        writer->setCurrentUser(u"tester"_s);
        {
            Transaction open(*writer);
            addContacts(*writer, 5, u"Uncommitted"_s);
            const BackupInfo made = backups.create(*m_db, 7);
            QVERIFY(QFileInfo::exists(made.path));
            QVERIFY(made.bytes > 0);
        } // rolled back
        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 1);
        QVERIFY(QFileInfo(listed.first().path).fileName().startsWith("work-"_L1));
        // Nothing half-written is left beside it.
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        const FileCheck checked = Backups::check(listed.first().path);
        QVERIFY2(checked.ok, qPrintable(checked.problem));
        QCOMPARE(checked.contacts, 30);
        QCOMPARE(checked.schema, Database::latestSchemaVersion());

        addContacts(*m_db, 12, u"After"_s);
        writer.reset();
        m_db.reset();
        const QString kept = Backups::restore(listed.first().path, m_path);
        QCOMPARE(kept, m_path + u".before-restore"_s);
        m_db = Database::open(ConnectionSpec::sqlite(m_path));
        QCOMPARE(ContactStore(*m_db).count(), 30);
        QCOMPARE(Backups::check(kept).contacts, 42); // the replaced file is kept whole
        QCOMPARE(m_db->scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        // Search works on what came back.
        QCOMPARE(
            m_db->scalar(u"SELECT COUNT(*) FROM contacts_fts WHERE contacts_fts MATCH 'before*'"_s).toInt(),
            30);
    }

    void keepsTheNewest()
    {
        addContacts(*m_db, 3, u"K"_s);
        Backups backups(m_dir + u"/kept"_s, m_path);
        const QDateTime start(QDate(2026, 12, 1), QTime(9, 0));
        QVERIFY(backups.isDue(start, 24));
        for (int day = 0; day < 5; ++day)
            backups.create(*m_db, 3, start.addDays(day));
        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).at, start.addDays(4));
        QCOMPARE(listed.at(2).at, start.addDays(2));
        QCOMPARE(backups.lastBackupAt(), start.addDays(4));
        QVERIFY(!backups.isDue(start.addDays(4).addSecs(23 * 3600), 24));
        QVERIFY(backups.isDue(start.addDays(5), 24));
        // Two in the same second do not overwrite each other.
        backups.create(*m_db, 10, start.addDays(4));
        QCOMPARE(backups.list().size(), 4);
        // Another database's backups in the same folder are not this one's.
        QFile other(m_dir + u"/kept/work-old-20260101-000000.sqlite"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("x");
        other.close();
        QCOMPARE(backups.list().size(), 4);
    }

    void damagedBackupIsRefusedAndNothingChanges()
    {
        addContacts(*m_db, 400, u"Many"_s);
        Backups backups(QString(), m_path);
        const QString path = backups.create(*m_db, 7).path;
        damage(path);
        const FileCheck checked = Backups::check(path);
        QVERIFY(!checked.ok);
        QVERIFY2(checked.problem.contains(QDir::toNativeSeparators(path)), qPrintable(checked.problem));
        QVERIFY2(checked.problem.contains("damaged"_L1), qPrintable(checked.problem));
        QVERIFY(checked.damaged);
        // The quick check of the start-up finds it too.
        const FileCheck quick = Backups::check(path, Backups::Depth::Quick);
        QVERIFY(!quick.ok);
        QVERIFY(quick.damaged);

        m_db.reset();
        const QByteArray before = digest(m_path);
        QVERIFY(!before.isEmpty());
        const auto refused = test::storeErrorFrom([&] { Backups::restore(path, m_path); });
        QVERIFY(refused);
        QVERIFY2(refused->message().contains("Nothing was changed"_L1), qPrintable(refused->message()));
        QCOMPARE(digest(m_path), before);
        QVERIFY(!QFileInfo::exists(m_path + u".before-restore"_s));
        QVERIFY(!QFileInfo::exists(m_path + u".restoring"_s));
    }

    void otherFilesAreNotBackups()
    {
        const QString text = m_dir + u"/notes.sqlite"_s;
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are notes, not a database.\n");
        file.close();
        QVERIFY(Backups::check(text).problem.contains("not an SQLite file"_L1));
        QVERIFY(Backups::check(m_dir + u"/missing.sqlite"_s).problem.contains("does not exist"_L1));

        const QString foreign = m_dir + u"/foreign.sqlite"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const FileCheck checked = Backups::check(foreign);
        QVERIFY(!checked.ok);
        QVERIFY2(checked.problem.contains("not a Loopline database"_L1), qPrintable(checked.problem));
        QVERIFY(!checked.damaged); // another program's file is not offered a restore
        QVERIFY(test::storeErrorFrom([&] { Backups::restore(foreign, m_path); }));
        QCOMPARE(Backups::check(m_path).ok, true); // the database in use checks out too
    }

    void serverIsNotBackedUpHere()
    {
        if (TestDatabase::skipped(QString::fromLatin1(TestDatabase::Postgres)))
            QSKIP("PostgreSQL tests are disabled by LOOPLINE_TEST_SKIP_POSTGRES=1");
        std::unique_ptr<Database> server = TestDatabase::create(QString::fromLatin1(TestDatabase::Postgres));
        const auto refused = test::storeErrorFrom([&] { Backups(m_dir, m_path).create(*server, 7); });
        QVERIFY(refused);
        QVERIFY2(refused->message().contains("administrator"_L1), qPrintable(refused->message()));
    }
};

QTEST_GUILESS_MAIN(tst_Backups)
#include "tst_backups.moc"
