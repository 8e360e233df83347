// Kills a process that is writing to a Loopline SQLite database (SIGKILL, at
// random moments, including during the first migration) and checks that the
// file always opens again, passes SQLite's and FTS5's integrity checks, and holds
// only whole transactions.
#include "demo/demodata.h"
#include "store/contactstore.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;

namespace {

constexpr int kBatch = 50;
const char *kWriterVariable = "LOOPLINE_CRASH_WRITER_DB";

// The child: writes batches of kBatch contacts, one transaction each, and edits
// earlier ones, until it is killed.
int runWriter(const QString &path)
{
    try {
        std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(path));
        DemoDataGenerator generator(quint32(QCoreApplication::applicationPid()));
        std::fprintf(stdout, "ready\n");
        std::fflush(stdout);
        for (;;) {
            Transaction tx(*db);
            ContactStore::BulkWriter writer(*db);
            for (int i = 0; i < kBatch; ++i)
                writer.add(generator.makeContact());
            db->run(u"UPDATE contacts SET job_title = job_title || '.' WHERE seq % 7 = 0"_s);
            tx.commit();
        }
    } catch (const StoreError &error) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error.message()));
        return 1;
    }
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesAConsistentDatabase_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<bool>("waitForReady");
        // 0 ms kills it while it creates and migrates the file.
        QTest::addRow("during migration") << 0 << false;
        QTest::addRow("early") << 5 << false;
        for (int i = 0; i < 6; ++i)
            QTest::addRow("while writing %d", i)
                << int(50 + QRandomGenerator::global()->bounded(400)) << true;
    }

    void killedWriterLeavesAConsistentDatabase()
    {
        QFETCH(int, delayMs);
        QFETCH(bool, waitForReady);
        const QString path = loopline::test::TestDatabase::temporaryDirectory() + u"/crash.sqlite"_s;
        qint64 previousCount = 0;
        for (int round = 0; round < 3; ++round) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kWriterVariable), path);
            writer.setProcessEnvironment(env);
            writer.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            if (waitForReady)
                QVERIFY(writer.waitForReadyRead(10000));
            QTest::qSleep(delayMs);
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));

            std::unique_ptr<Database> db;
            try {
                db = Database::open(ConnectionSpec::sqlite(path));
            } catch (const StoreError &error) {
                QFAIL(qPrintable(u"The database does not open after a kill: "_s + error.message() + u'\n'
                    + error.details()));
            }
            QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(db->scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            // FTS5 checks its index against the content table; it raises an error if they differ.
            db->run(u"INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')"_s);
            const qint64 count = ContactStore(*db).count();
            QCOMPARE(count % kBatch, 0); // only whole transactions
            QVERIFY(count >= previousCount); // nothing committed was lost
            const qint64 emails
                = db->scalar(u"SELECT COUNT(DISTINCT contact_id) FROM contact_emails"_s).toLongLong();
            QCOMPARE(emails, count); // every contact kept its email rows
            previousCount = count;
        }
        if (waitForReady)
            QVERIFY2(previousCount > 0,
                "the writer was killed before it committed anything; the check proved nothing");
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kWriterVariable))
        return runWriter(qEnvironmentVariable(kWriterVariable));
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
