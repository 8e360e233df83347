// Runs the loopline executable as a user would from a terminal: demo data and a
// screenshot on SQLite and on PostgreSQL, and the clear refusals for bad input.
#include "pgserver.h"
#include "store/contactstore.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

// configHome: the folder of Loopline's settings (XDG_CONFIG_HOME); a fresh one when empty.
Run runLoopline(const QStringList &arguments, const QString &configHome = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // the system's language is English here
    env.insert(u"XDG_CONFIG_HOME"_s, configHome.isEmpty() ? TestDatabase::temporaryDirectory() : configHome);
    env.insert(u"XDG_DATA_HOME"_s, TestDatabase::temporaryDirectory());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(LOOPLINE_EXECUTABLE), arguments);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return {-1, u"timed out: "_s + QString::fromUtf8(process.readAll())};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll())};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoAndScreenshotOnSqlite()
    {
        const QString dir = TestDatabase::temporaryDirectory();
        const QString db = dir + u"/demo.sqlite"_s;
        const QString png = dir + u"/shot.png"_s;
        const Run run = runLoopline({u"--db"_s, db, u"--demo"_s, u"300"_s, u"--view"_s, u"deals"_s,
            u"--screenshot"_s, png, u"--size"_s, u"1024x700"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1024, 700));
        auto opened = Database::open(ConnectionSpec::sqlite(db));
        QCOMPARE(ContactStore(*opened).count(), 300);
    }

    void screenshotOnPostgres()
    {
        if (TestDatabase::skipped(QString::fromLatin1(TestDatabase::Postgres)))
            QSKIP("PostgreSQL tests are disabled by LOOPLINE_TEST_SKIP_POSTGRES=1");
        test::PgServer &server = test::PgServer::instance();
        QVERIFY2(server.ensureStarted(), qPrintable(server.errorString()));
        const QString database = server.createDatabase();
        const QString url
            = u"postgresql://postgres@%1:%2/%3"_s.arg(server.host()).arg(server.port()).arg(database);
        const QString png = TestDatabase::temporaryDirectory() + u"/pg.png"_s;
        const Run run = runLoopline({u"--server"_s, url, u"--demo"_s, u"120"_s, u"--screenshot"_s, png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY(!QImage(png).isNull());
        auto opened = Database::open(server.spec(database));
        QCOMPARE(ContactStore(*opened).count(), 120);
    }

    // The team set-up from the command line: --init-server on an empty database, a replica
    // that syncs without a window, and the same replica opened again by its path alone.
    void initServerAndSyncAReplica()
    {
        if (TestDatabase::skipped(QString::fromLatin1(TestDatabase::Postgres)))
            QSKIP("PostgreSQL tests are disabled by LOOPLINE_TEST_SKIP_POSTGRES=1");
        test::PgServer &server = test::PgServer::instance();
        QVERIFY2(server.ensureStarted(), qPrintable(server.errorString()));
        const QString database = server.createDatabase();
        const QString url = u"postgresql://postgres@%1:%2/%3?sslmode=disable"_s.arg(server.host())
                                .arg(server.port())
                                .arg(database);
        Run run = runLoopline({u"--server"_s, url, u"--init-server"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(u"is ready"_s), qPrintable(run.output));
        {
            auto opened = Database::open(server.spec(database));
            Contact c;
            c.firstName = u"On"_s;
            c.lastName = u"Server"_s;
            ContactStore(*opened).create(c);
        }
        const QString replica = TestDatabase::temporaryDirectory() + u"/laptop.sqlite"_s;
        run = runLoopline({u"--replica"_s, replica, u"--server"_s, url, u"--sync"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(u"downloaded"_s), qPrintable(run.output));
        {
            auto local = Database::open(ConnectionSpec::sqlite(replica));
            QCOMPARE(ContactStore(*local).count(), 1);
            Contact c;
            c.firstName = u"On"_s;
            c.lastName = u"Laptop"_s;
            ContactStore(*local).create(c);
        }
        // The replica remembers its server (with its TLS mode).
        run = runLoopline({u"--replica"_s, replica, u"--sync"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(u"pushed"_s), qPrintable(run.output));
        auto opened = Database::open(server.spec(database));
        QCOMPARE(ContactStore(*opened).count(), 2);
        const QString png = TestDatabase::temporaryDirectory() + u"/replica.png"_s;
        run = runLoopline({u"--replica"_s, replica, u"--screenshot"_s, png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY(!QImage(png).isNull());
    }

    void refusesAFileThatIsNotLoopline()
    {
        const QString path = TestDatabase::temporaryDirectory() + u"/notes.txt"_s;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are my notes, not a database.\n");
        }
        const QByteArray before = fileHash(path);
        const Run run = runLoopline({u"--db"_s, path, u"--screenshot"_s, path + u".png"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains(u"not a Loopline database"_s), qPrintable(run.output));
        QVERIFY2(run.output.contains(u"Nothing was changed"_s), qPrintable(run.output));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u".png"_s));
    }

    // The language chosen under Edit > Settings is the one Loopline starts in; --lang wins.
    void startsInTheLanguageOfTheSettings()
    {
        const QString config = TestDatabase::temporaryDirectory();
        QVERIFY(QDir().mkpath(config + u"/Loopline"_s));
        {
            QFile file(config + u"/Loopline/Loopline.conf"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[ui]\nlanguage=ru\n");
        }
        const QString path = TestDatabase::temporaryDirectory() + u"/notes.txt"_s;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Not a database.\n");
        }
        const QStringList arguments {u"--db"_s, path, u"--screenshot"_s, path + u".png"_s};
        const Run russian = runLoopline(arguments, config);
        QCOMPARE(russian.exitCode, 1);
        QVERIFY2(russian.output.contains(u"Ничего не изменено"_s), qPrintable(russian.output));
        const Run ukrainian = runLoopline(arguments + QStringList {u"--lang"_s, u"uk"_s}, config);
        QVERIFY2(ukrainian.output.contains(u"Нічого не змінено"_s), qPrintable(ukrainian.output));
        const Run system = runLoopline(arguments); // no setting: the system's (C here) is English
        QVERIFY2(system.output.contains(u"Nothing was changed"_s), qPrintable(system.output));
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("language") << QStringList {u"--lang"_s, u"fr"_s} << u"--lang must be en, ru or uk"_s;
        QTest::addRow("view") << QStringList {u"--view"_s, u"pipeline"_s} << u"--view must be"_s;
        QTest::addRow("theme") << QStringList {u"--theme"_s, u"purple"_s}
                               << u"--theme must be light, dark or system"_s;
        QTest::addRow("demo") << QStringList {u"--demo"_s, u"lots"_s} << u"--demo takes a number"_s;
        QTest::addRow("server url") << QStringList {u"--server"_s, u"mysql://x/y"_s} << u"postgresql://"_s;
        QTest::addRow("init without server") << QStringList {u"--init-server"_s} << u"needs --server"_s;
        QTest::addRow("sync without replica") << QStringList {u"--sync"_s} << u"--sync needs --replica"_s;
        QTest::addRow("both") << QStringList {u"--db"_s, u"a.sqlite"_s, u"--server"_s, u"postgresql://h/d"_s}
                              << u"not both"_s;
    }

    void rejectsBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runLoopline(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(message), qPrintable(run.output));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
