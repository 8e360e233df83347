// Kills (SIGKILL, at random moments) a process that syncs a replica with the team server
// (a real private PostgreSQL): in the first download, and while pushing and pulling a
// few hundred changes. After every kill the replica opens clean; in the end, once a sync
// runs to its end, the replica equals the server and every record made on either side
// is there exactly once. The seed is printed; LOOPLINE_CRASH_SEED repeats a run.
#include "pgserver.h"
#include "store/contactstore.h"
#include "store/database.h"
#include "sync/replica.h"
#include "sync/syncsession.h"
#include "synctesting.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace loopline;

namespace {

const char *kSyncVariable = "LOOPLINE_CRASH_SYNC";

ConnectionSpec serverSpec(const QString &url)
{
    QString error;
    ConnectionSpec spec = *ConnectionSpec::fromUrl(url, &error);
    return spec;
}

// The child: syncs the replica (path|server URL) in small batches, printing each batch.
int runSync(const QString &arguments)
{
    const QStringList parts = arguments.split(u'|');
    try {
        std::unique_ptr<Database> local = Database::open(ConnectionSpec::sqlite(parts.value(0)));
        std::unique_ptr<Database> server = Database::open(serverSpec(parts.value(1)));
        SyncSession session(*local, *server);
        session.setBatchSize(5);
        std::fprintf(stdout, "ready\n");
        std::fflush(stdout);
        session.run([](const SyncSession::Progress &p) {
            std::fprintf(stdout, "step %d %lld\n", int(p.step), qlonglong(p.done));
            std::fflush(stdout);
            return true;
        });
        std::fprintf(stdout, "done\n");
        std::fflush(stdout);
    } catch (const StoreError &error) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}

Contact person(const QString &last)
{
    Contact c;
    c.firstName = u"Kill"_s;
    c.lastName = last;
    c.emails = {EmailAddress {u"work"_s, last.toLower() + u"@example.com"_s}};
    return c;
}

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    std::unique_ptr<Database> m_server;
    QString m_url;

    // Runs the child on the replica and kills it at a random moment; returns whether
    // it finished first.
    bool syncAndKill(const QString &path, int maxSteps)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kSyncVariable), path + u'|' + m_url);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted() || !child.waitForReadyRead(20000))
            qFatal("the sync child did not start: %s", qPrintable(child.errorString()));
        // The kill comes after a random number of the child's steps (each one batch written),
        // and a random moment into the next, wherever the sync then is: how long a sync takes
        // depends on the machine, its steps do not.
        const int steps = int(m_random.bounded(maxSteps));
        const int delayUs = int(m_random.bounded(5000));
        QByteArray output;
        for (int seen = 0; seen <= steps && !output.contains("done");) {
            if (!child.canReadLine() && !child.waitForReadyRead(20000))
                break;
            while (child.canReadLine()) {
                const QByteArray line = child.readLine();
                output += line;
                if (line.startsWith("step"))
                    ++seen;
            }
        }
        QThread::usleep(delayUs);
        child.kill();
        child.waitForFinished(10000);
        output += child.readAllStandardOutput();
        return output.contains("done");
    }

    void verifyOpensClean(const QString &path)
    {
        std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(path));
        QCOMPARE(db->scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        db->run(u"INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')"_s);
        // Indexes set aside by a download that was killed are back.
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM deferred_schema"_s).toInt(), 0);
        const QString schema
            = u"SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'contacts' AND type = 'index'"_s;
        const std::unique_ptr<Database> fresh = Database::open(
            ConnectionSpec::sqlite(test::TestDatabase::temporaryDirectory() + u"/fresh.sqlite"_s));
        QCOMPARE(db->scalar(schema).toInt(), fresh->scalar(schema).toInt());
        QCOMPARE(db->scalar(u"SELECT applying FROM sync_state"_s).toInt(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::PgServer::disabledByEnvironment())
            QSKIP("PostgreSQL tests are disabled by LOOPLINE_TEST_SKIP_POSTGRES=1");
        m_seed = qEnvironmentVariableIsSet("LOOPLINE_CRASH_SEED")
            ? qEnvironmentVariable("LOOPLINE_CRASH_SEED").toUInt()
            : QRandomGenerator::global()->generate();
        m_random.seed(m_seed);
        qInfo("random kill moments from seed %u (LOOPLINE_CRASH_SEED=%u repeats them)", m_seed, m_seed);
        try {
            const ConnectionSpec spec
                = test::TestDatabase::emptySpec(QString::fromLatin1(test::TestDatabase::Postgres));
            m_server = Database::open(spec);
            m_url = u"postgresql://%1@%2:%3/%4"_s.arg(spec.user, spec.host).arg(spec.port).arg(spec.database);
        } catch (const StoreError &error) {
            QFAIL(qPrintable(test::describe(error)));
        }
    }

    void killedSyncLosesNothingAndAppliesNothingTwice()
    {
        QSet<QString> made;
        for (int i = 0; i < 400; ++i)
            made.insert(ContactStore(*m_server).create(person(u"Server%1"_s.arg(i))));
        const QString path = test::TestDatabase::temporaryDirectory() + u"/replica.sqlite"_s;
        {
            std::unique_ptr<Database> local = Database::open(ConnectionSpec::sqlite(path));
            Replica(*local).initialise(m_url);
        }
        int killed = 0;
        QStringList lastEdited;
        for (int round = 0; round < 8; ++round) {
            // Each round both sides change something: the replica offline, the server directly.
            {
                std::unique_ptr<Database> local = Database::open(ConnectionSpec::sqlite(path));
                for (int i = 0; i < 40; ++i)
                    made.insert(ContactStore(*local).create(person(u"Replica%1x%2"_s.arg(round).arg(i))));
                const QStringList ids
                    = test::stringColumn(*local, u"SELECT id FROM contacts ORDER BY id LIMIT 20"_s);
                lastEdited = ids;
                for (const QString &id : ids) {
                    Contact c = *ContactStore(*local).get(id);
                    c.notes = u"edited on the laptop in round %1"_s.arg(round);
                    ContactStore(*local).update(c);
                }
            }
            for (int i = 0; i < 10; ++i)
                made.insert(ContactStore(*m_server).create(person(u"Direct%1x%2"_s.arg(round).arg(i))));
            if (!syncAndKill(path, 40))
                ++killed;
            verifyOpensClean(path);
        }
        qInfo("syncs killed before their end: %d of 8", killed);
        QVERIFY2(killed > 0, "no sync was killed in the middle; the check proved nothing");

        std::unique_ptr<Database> local = Database::open(ConnectionSpec::sqlite(path));
        SyncSession(*local, *m_server).run();
        QCOMPARE(Replica(*local).pendingChanges(), 0);
        const QString difference = test::firstDifference(*local, *m_server);
        QVERIFY2(difference.isEmpty(), qPrintable(u"seed %1: %2"_s.arg(m_seed).arg(difference)));
        const QStringList ids = test::stringColumn(*m_server, u"SELECT id FROM contacts"_s);
        QCOMPARE(ids.size(), made.size()); // nothing applied twice
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), made); // nothing lost
        // Nothing was refused: the test's owner login may do everything.
        const QStringList refused = test::stringColumn(*local,
            u"SELECT entity || ' ' || row_key || ' ' || field || ': ' || reason FROM sync_rejected"_s);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
        // The last round's edits all arrived.
        for (const QString &id : std::as_const(lastEdited)) {
            const QString notes
                = m_server->scalar(u"SELECT notes FROM contacts WHERE id = ?"_s, {id}).toString();
            QVERIFY2(notes == "edited on the laptop in round 7"_L1,
                qPrintable(u"seed %1: contact %2 (%3) has the notes \"%4\" on the server"_s.arg(m_seed).arg(
                    id, m_server->scalar(u"SELECT last_name FROM contacts WHERE id = ?"_s, {id}).toString(),
                    notes)));
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kSyncVariable))
        return runSync(qEnvironmentVariable(kSyncVariable));
    TestSyncCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_synccrash.moc"
