#include "syncbench.h"

#include "pgserver.h"
#include "sqlitecli.h"
#include "store/database.h"
#include "sync/replica.h"
#include "sync/syncsession.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace loopline::bench {

namespace {

void line(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// psql from the server's own binaries, else from PATH.
QString psqlProgram()
{
    const QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const QString candidate = root.filePath(versions.at(i) + u"/bin/psql"_s);
        if (QFile::exists(candidate))
            return candidate;
    }
    return QStandardPaths::findExecutable(u"psql"_s);
}

// The contacts table's data columns, as the download reads them.
const QString kColumns
    = u"id, first_name, last_name, email, phone, job_title, company_id, company_name, owner, "
      "source, tags, notes, consent, consent_at, consent_source, consent_text_version, "
      "created_at, updated_at, segment"_s;

double copyToFile(const ConnectionSpec &spec, const QString &file, bool withSeq = false)
{
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, spec.password);
    psql.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    psql.start(psqlProgram(),
        {u"-X"_s, u"-q"_s, u"-h"_s, spec.host, u"-p"_s, QString::number(spec.port), u"-U"_s, spec.user,
            u"-d"_s, spec.database, u"-c"_s,
            u"\\copy (SELECT %1%2 FROM contacts) TO '%3' WITH (FORMAT csv)"_s.arg(
                withSeq ? u"row_number() OVER () AS seq, "_s : QString(), kColumns, file)});
    if (!psql.waitForFinished(-1) || psql.exitCode() != 0)
        throw std::runtime_error(("psql \\copy failed: " + psql.readAllStandardError()).toStdString());
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

void runSyncBenchmark(const QList<qint64> &sizes)
{
    test::PgServer &server = test::PgServer::instance();
    if (!server.ensureStarted())
        throw std::runtime_error(server.errorString().toStdString());
    const QString psql = psqlProgram();
    if (psql.isEmpty())
        throw std::runtime_error("no psql to measure against");
    line(u"# PostgreSQL on %1:%2, baseline %3"_s.arg(server.host()).arg(server.port()).arg(psql));
    QTemporaryDir scratch(QDir::tempPath() + u"/loopline-bench-sync-XXXXXX"_s);
    for (const qint64 n : sizes) {
        const ConnectionSpec spec = server.spec(server.createDatabase());
        std::unique_ptr<Database> db = Database::open(spec);
        // The server's contacts, written in one statement (the change log's trigger is
        // skipped for the set-up: a download reads the tables, not the log).
        {
            Transaction tx(*db);
            db->run(u"SET LOCAL session_replication_role = replica"_s);
            db->run(
                u"INSERT INTO contacts (id, first_name, last_name, email, phone, job_title, company_name, "
                "owner, source, tags, notes, created_at, updated_at) "
                "SELECT md5(i::text), 'First' || i, 'Last' || (i % 5000), 'person' || i || '@example.com', "
                "'+4930' || (1000000 + i), 'Buyer', 'Company ' || (i % 3000), 'rep' || (i % 20), 'web', "
                "'vip,2026', 'Met at the spring fair; wants a demo in May.', 1770000000000 + i, "
                "1770000000000 + i FROM generate_series(1, ?) AS i"_s,
                {n});
            tx.commit();
        }
        db->run(u"VACUUM ANALYZE contacts"_s);
        line(u"# sync%1: server filled; load average %2"_s.arg(n).arg(QString::fromLatin1([] {
            QFile f(u"/proc/loadavg"_s);
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("unknown");
        }())));

        // Baseline and ours alternate, best of three each.
        double copyMs = 1e300;
        double downloadMs = 1e300;
        qint64 downloaded = 0;
        for (int round = 0; round < 3; ++round) {
            copyMs = std::min(copyMs, copyToFile(spec, scratch.filePath(u"contacts%1.csv"_s.arg(round))));
            const QString path = scratch.filePath(u"replica%1-%2.sqlite"_s.arg(n).arg(round));
            std::unique_ptr<Database> local = Database::open(ConnectionSpec::sqlite(path));
            Replica(*local).initialise(spec.displayName());
            std::unique_ptr<Database> remote = Database::open(spec);
            QElapsedTimer timer;
            timer.start();
            const SyncSession::Result result = SyncSession(*local, *remote).run();
            downloadMs = std::min(downloadMs, double(timer.nsecsElapsed()) / 1e6);
            downloaded = result.downloaded;
            if (local->scalar(u"SELECT COUNT(*) FROM contacts"_s).toLongLong() != n)
                throw std::runtime_error("the download is incomplete");
            if (round < 2)
                QFile::remove(path);
        }
        // A second, like-for-like baseline: the fastest tools' pipeline into the same schema,
        // psql \copy to a file and the sqlite3 shell's .import of it into a new replica file.
        double pipelineMs = 1e300;
        {
            const SqliteCli cli;
            for (int round = 0; round < 2; ++round) {
                const QString csv = scratch.filePath(u"pipeline%1.csv"_s.arg(round));
                const QString path = scratch.filePath(u"pipeline%1-%2.sqlite"_s.arg(n).arg(round));
                {
                    std::unique_ptr<Database> fresh = Database::open(ConnectionSpec::sqlite(path));
                    Replica(*fresh).initialise(spec.displayName());
                }
                const double exportMs = copyToFile(spec, csv, true);
                const SqliteCli::Run run = cli.run(path,
                    {u"PRAGMA cache_size = -65536;"_s, u"UPDATE sync_state SET applying = 1;"_s,
                        u".import --csv \"%1\" contacts"_s.arg(csv)},
                    scratch.path());
                pipelineMs = std::min(pipelineMs, exportMs + run.ms);
                QFile::remove(path);
            }
        }
        line(u"sync%1.psql_copy_plus_sqlite3_import_ms = %2 ms"_s.arg(n).arg(pipelineMs, 0, 'f', 1));
        line(u"sync%1.download_ratio_vs_copy_plus_import = %2"_s.arg(n).arg(
            pipelineMs / downloadMs, 0, 'f', 3));
        const double ratio = copyMs / downloadMs;
        line(u"sync%1.psql_copy_ms = %2 ms"_s.arg(n).arg(copyMs, 0, 'f', 1));
        line(u"sync%1.first_download_ms = %2 ms (%3 rows of every table)"_s.arg(n)
                 .arg(downloadMs, 0, 'f', 1)
                 .arg(downloaded));
        line(u"sync%1.download_rows_per_s = %2"_s.arg(n).arg(double(n) / downloadMs * 1000, 0, 'f', 0));
        line(u"bar.sync%1.download_ratio_ge_0.3 = %2 (%3x psql \\copy to a file) %4"_s.arg(n)
                 .arg(ratio >= 0.3 ? u"PASS"_s : u"FAIL"_s)
                 .arg(ratio, 0, 'f', 3)
                 .arg(ratio >= 0.3 ? QString() : u"<-- below the bar"_s));

        // 1 000 changes each way on the last replica: edits on the laptop, edits on the server.
        const QString path = scratch.filePath(u"replica%1-2.sqlite"_s.arg(n));
        std::unique_ptr<Database> local = Database::open(ConnectionSpec::sqlite(path));
        {
            Transaction tx(*local);
            local->run(u"UPDATE contacts SET job_title = 'Head of purchasing' WHERE seq IN "
                       "(SELECT seq FROM contacts ORDER BY seq LIMIT 1000)"_s);
            tx.commit();
        }
        {
            Transaction tx(*db);
            db->run(u"UPDATE contacts SET notes = 'Called back' WHERE id IN "
                    "(SELECT id FROM contacts ORDER BY id DESC LIMIT 1000)"_s);
            tx.commit();
        }
        std::unique_ptr<Database> remote = Database::open(spec);
        QElapsedTimer timer;
        timer.start();
        const SyncSession::Result result = SyncSession(*local, *remote).run();
        const double syncMs = double(timer.nsecsElapsed()) / 1e6;
        line(u"sync%1.incremental_ms = %2 ms (%3 changes sent, %4 records received)"_s.arg(n)
                 .arg(syncMs, 0, 'f', 1)
                 .arg(result.pushed)
                 .arg(result.pulled));
        if (result.pushed != 1000 || result.pulled < 1000)
            throw std::runtime_error("the incremental sync did not carry 1000 changes each way");
    }
}

} // namespace loopline::bench
