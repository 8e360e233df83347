// Kills (SIGKILL, at random moments) a process that imports a CSV file or captures
// booth leads into a Loopline SQLite database, and checks that the file opens clean,
// that the import is all or nothing, and that every lead the booth confirmed as saved
// is there. The seed of the random moments is printed, and LOOPLINE_CRASH_SEED repeats a run.
#include "booth/boothcapture.h"
#include "exchange/contactimport.h"
#include "leads/leadstore.h"
#include "store/contactstore.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;

namespace {

constexpr int kImportRows = 20000;
const char *kImportVariable = "LOOPLINE_CRASH_IMPORT";
const char *kBoothVariable = "LOOPLINE_CRASH_BOOTH";

// The child that imports: prints "ready", imports the file in one transaction, and
// prints "committed" once run() has returned with the import landed.
int runImport(const QString &arguments)
{
    const QStringList parts = arguments.split(u'|');
    try {
        std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(parts.value(0)));
        QFile file(parts.value(1));
        if (!file.open(QIODevice::ReadOnly))
            return 3;
        ImportOptions options;
        options.columns
            = {ImportField::FullName, ImportField::Email, ImportField::Phone, ImportField::Company};
        std::fprintf(stdout, "ready\n");
        std::fflush(stdout);
        const ImportResult result = ContactImporter(*db).run(&file, CsvReader::sniff(&file), options);
        if (!result.committed()) {
            std::fprintf(stderr, "import: %s\n", qPrintable(result.error));
            return 1;
        }
        std::fprintf(stdout, "committed %lld\n", result.created);
        std::fflush(stdout);
    } catch (const StoreError &error) {
        std::fprintf(stderr, "import: %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}

// The child at the booth: saves one lead after another and prints "saved N" after
// each save() has returned, which is when the form says "Saved".
int runBooth(const QString &arguments)
{
    const QStringList parts = arguments.split(u'|');
    try {
        std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(parts.value(0)));
        BoothCapture booth(*db, u"Crash Expo"_s, u"v1"_s);
        for (int i = parts.value(1).toInt();; ++i) {
            BoothEntry entry;
            entry.firstName = u"Visitor"_s;
            entry.lastName = QString::number(i);
            entry.email = u"visitor%1@example.com"_s.arg(i);
            entry.consent = i % 2 == 0;
            booth.save(entry);
            std::fprintf(stdout, "saved %d\n", i);
            std::fflush(stdout);
        }
    } catch (const StoreError &error) {
        std::fprintf(stderr, "booth: %s\n", qPrintable(error.message()));
        return 1;
    }
}

std::unique_ptr<Database> openAfterKill(const QString &path)
{
    std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(path));
    if (db->scalar(u"PRAGMA integrity_check"_s).toString() != u"ok")
        throw StoreError(u"integrity_check failed"_s);
    // FTS5 checks its index against the content table; it raises an error if they differ.
    db->run(u"INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')"_s);
    db->run(u"INSERT INTO leads_fts(leads_fts) VALUES ('integrity-check')"_s);
    return db;
}

} // namespace

class TestCaptureCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_seed = qEnvironmentVariableIsSet("LOOPLINE_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("LOOPLINE_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        m_random.seed(m_seed);
        qInfo("random kill moments from seed %u (LOOPLINE_CRASH_SEED=%u repeats them)", m_seed, m_seed);
    }

    void killedImportIsAllOrNothing()
    {
        const QString dir = test::TestDatabase::temporaryDirectory();
        const QString csv = dir + u"/import.csv"_s;
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Name,Email,Phone,Company\r\n");
            for (int i = 0; i < kImportRows; ++i)
                file.write(QStringLiteral("Person %1 Test,p%1@example.com,+7916%2,Company %3\r\n")
                               .arg(i)
                               .arg(1000000 + i)
                               .arg(i % 300)
                               .toUtf8());
        }
        int landed = 0, killed = 0;
        for (int round = 0; round < 6; ++round) {
            const QString path = dir + u"/import%1.sqlite"_s.arg(round);
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kImportVariable), path + u'|' + csv);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            QVERIFY(child.waitForReadyRead(20000));
            // From just after the start to well past the end of a typical import.
            QTest::qSleep(int(m_random.bounded(round == 5 ? 15000 : 3000)));
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            const bool committed = child.readAllStandardOutput().contains("committed");

            std::unique_ptr<Database> db;
            try {
                db = openAfterKill(path);
            } catch (const StoreError &error) {
                QFAIL(qPrintable(u"round %1 (seed %2): "_s.arg(round).arg(m_seed) + error.message()));
            }
            const qint64 contacts = ContactStore(*db).count();
            const qint64 companies = db->scalar(u"SELECT COUNT(*) FROM companies"_s).toLongLong();
            const qint64 phones = db->scalar(u"SELECT COUNT(*) FROM contact_phones"_s).toLongLong();
            if (contacts == 0) {
                QVERIFY2(!committed, "the import said it committed, and its rows are gone");
                QCOMPARE(companies, 0);
                QCOMPARE(phones, 0);
                ++killed;
            } else {
                QCOMPARE(contacts, kImportRows);
                QCOMPARE(companies, 300);
                QCOMPARE(phones, kImportRows);
                ++landed;
            }
        }
        qInfo("imports killed before commit: %d, landed whole: %d", killed, landed);
        QVERIFY2(killed > 0, "no import was killed in the middle; the check proved nothing");
    }

    void everyLeadConfirmedAtTheBoothIsKept()
    {
        const QString path = test::TestDatabase::temporaryDirectory() + u"/booth.sqlite"_s;
        {
            std::unique_ptr<Database> db = Database::open(ConnectionSpec::sqlite(path));
            BoothCapture::ensureEvent(*db, u"Crash Expo"_s);
        }
        QSet<int> confirmed;
        int next = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kBoothVariable), path + u'|' + QString::number(next));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            QVERIFY(child.waitForReadyRead(20000));
            QTest::qSleep(int(100 + m_random.bounded(700)));
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("saved "))
                    confirmed.insert(line.mid(6).toInt());
            }
            std::unique_ptr<Database> db;
            try {
                db = openAfterKill(path);
            } catch (const StoreError &error) {
                QFAIL(qPrintable(u"round %1 (seed %2): "_s.arg(round).arg(m_seed) + error.message()));
            }
            QSet<int> stored;
            QSqlQuery q = db->run(u"SELECT last_name FROM leads WHERE first_name = 'Visitor'"_s);
            while (q.next())
                stored.insert(q.value(0).toInt());
            for (const int i : std::as_const(confirmed))
                QVERIFY2(stored.contains(i),
                    qPrintable(u"lead %1 was confirmed as saved and is gone (seed %2)"_s.arg(i).arg(m_seed)));
            // A lead and its consent are one transaction.
            QCOMPARE(
                db->scalar(u"SELECT COUNT(*) FROM leads l WHERE CAST(l.last_name AS INTEGER) % 2 = 0 AND "
                           "l.first_name = 'Visitor' AND NOT EXISTS (SELECT 1 FROM consent_events c WHERE "
                           "c.lead_id = l.id)"_s)
                    .toInt(),
                0);
            next = stored.isEmpty() ? 0 : *std::max_element(stored.cbegin(), stored.cend()) + 1;
        }
        QVERIFY2(confirmed.size() > 5, "too few leads were saved for the check to mean anything");
    }

private:
    quint32 m_seed = 0;
    QRandomGenerator m_random;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kImportVariable))
        return runImport(qEnvironmentVariable(kImportVariable));
    if (qEnvironmentVariableIsSet(kBoothVariable))
        return runBooth(qEnvironmentVariable(kBoothVariable));
    TestCaptureCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_capturecrash.moc"
