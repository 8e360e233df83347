#pragma once

#include "store/connectionspec.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace loopline::test {

// One private PostgreSQL server for the whole test process, started on first use
// in a temporary directory on a free loopback port and stopped when the process
// ends (a post routine, the singleton's destructor, and a watchdog shell for a
// process that crashes). initdb and pg_ctl refuse to run as root, so as root the
// directory is handed to the "postgres" user and both run through runuser.
class PgServer
{
public:
    static PgServer &instance();

    // True when LOOPLINE_TEST_SKIP_POSTGRES=1: PostgreSQL tests are skipped, not failed.
    static bool disabledByEnvironment();

    // Starts the server unless it runs already. On failure returns false and
    // errorString() says why, with the server log.
    bool ensureStarted();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    QString host() const;
    int port() const { return m_port; }
    // The server log, from the given byte offset on.
    QString log(qint64 fromByte = 0) const;

    // CREATE DATABASE with a name unique in this process; throws StoreError.
    QString createDatabase();
    // How Loopline connects to a database on this server.
    ConnectionSpec spec(const QString &database) const;

    void stop();

    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

private:
    PgServer() = default;
    ~PgServer();

    bool start();
    bool startOnce(QString *failure);
    void startWatchdog();
    QString maintenanceConnectionName() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
    bool m_attempted = false;
    QString m_error;
    qint64 m_watchdogPid = 0;
    int m_databases = 0;
};

} // namespace loopline::test
