#include "pgserver.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVersionNumber>
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace loopline::test {

namespace {

constexpr int kToolTimeoutMs = 120'000;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

struct ToolResult
{
    int exitCode = -1;
    QString output;
    bool ok() const { return exitCode == 0; }
};

// Runs a PostgreSQL tool, as the postgres user when we are root.
ToolResult runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory)
{
    QString executable = program;
    QStringList args = arguments;
    if (runningAsRoot()) {
        executable = u"runuser"_s;
        args = QStringList {u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingDirectory);
    process.start(executable, args);
    const QString commandLine = executable + u' ' + args.join(u' ');
    if (!process.waitForStarted())
        return {-1, u"Cannot start %1: %2"_s.arg(commandLine, process.errorString())};
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1,
            u"%1 did not finish in %2 s:\n%3"_s.arg(commandLine)
                .arg(kToolTimeoutMs / 1000)
                .arg(QString::fromLocal8Bit(process.readAll()))};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, commandLine + u'\n' + QString::fromLocal8Bit(process.readAll())};
}

bool hasServerTools(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(dir + u"/initdb"_s).isExecutable()
        && QFileInfo(dir + u"/pg_ctl"_s).isExecutable();
}

// `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin.
QString findBinDir()
{
    QProcess config;
    config.start(u"pg_config"_s, {u"--bindir"_s});
    if (config.waitForFinished(10'000) && config.exitStatus() == QProcess::NormalExit
        && config.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (hasServerTools(dir))
            return dir;
    }
    const QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : std::as_const(versions)) {
        const QString dir = root.filePath(version + u"/bin"_s);
        if (hasServerTools(dir))
            return dir;
    }
    return {};
}

// A TCP port nobody listens on right now: bind 127.0.0.1:0 and read what the kernel chose.
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    int port = 0;
    socklen_t length = sizeof(address);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool giveToPostgresUser(const QString &path, QString *error)
{
    const passwd *user = ::getpwnam("postgres");
    if (!user) {
        *error = u"Running as root, but there is no \"postgres\" user to run the server as."_s;
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        *error = u"Cannot give %1 to the postgres user: %2"_s.arg(
            path, QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    return true;
}

void stopAtExit()
{
    PgServer::instance().stop();
}

} // namespace

PgServer &PgServer::instance()
{
    static PgServer server;
    return server;
}

PgServer::~PgServer()
{
    // Normally the post routine has stopped the server already. Here the Qt SQL
    // globals may be gone, so only the server process and its directory are handled.
    if (m_running && m_dir) {
        runTool(m_binDir + u"/pg_ctl"_s,
            {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, m_dir->path());
        m_running = false;
    }
    if (m_watchdogPid > 0)
        ::kill(pid_t(m_watchdogPid), SIGTERM);
}

bool PgServer::disabledByEnvironment()
{
    return qEnvironmentVariable("LOOPLINE_TEST_SKIP_POSTGRES") == "1"_L1;
}

QString PgServer::host() const
{
    return u"127.0.0.1"_s;
}

QString PgServer::maintenanceConnectionName() const
{
    return u"loopline-test-maintenance"_s;
}

bool PgServer::ensureStarted()
{
    if (m_running)
        return true;
    if (m_attempted)
        return false; // one attempt per process; errorString() still holds why it failed
    m_attempted = true;
    m_running = start();
    return m_running;
}

bool PgServer::start()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error
            = u"No PostgreSQL server binaries: neither `pg_config --bindir` nor /usr/lib/postgresql/*/bin "
              "holds initdb and pg_ctl."_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/loopline-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"Cannot create a temporary directory: %1"_s.arg(m_dir->errorString());
        return false;
    }
    const QString base = m_dir->path();
    const QString socketDir = m_dir->filePath(u"sock"_s);
    if (::chmod(QFile::encodeName(base).constData(), 0755) != 0 || !QDir().mkdir(socketDir)) {
        m_error = u"Cannot prepare %1."_s.arg(base);
        return false;
    }
    if (runningAsRoot() && (!giveToPostgresUser(base, &m_error) || !giveToPostgresUser(socketDir, &m_error)))
        return false;

    const ToolResult init = runTool(m_binDir + u"/initdb"_s,
        {u"-D"_s, m_dir->filePath(u"data"_s), u"-U"_s, u"postgres"_s, u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s,
            u"--locale=C.UTF-8"_s, u"--no-sync"_s},
        base);
    if (!init.ok()) {
        m_error = u"initdb failed (exit code %1):\n%2"_s.arg(init.exitCode).arg(init.output);
        return false;
    }

    // The port is free when we look, but another process may take it before the
    // server binds it; try a few.
    QString failure;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce(&failure)) {
            startWatchdog();
            qAddPostRoutine(stopAtExit);
            return true;
        }
        if (!failure.contains("could not bind"_L1) && !failure.contains("already in use"_L1))
            break;
    }
    m_error = failure;
    return false;
}

bool PgServer::startOnce(QString *failure)
{
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        *failure = u"Cannot find a free TCP port on 127.0.0.1."_s;
        return false;
    }
    const QString options
        = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"_s.arg(m_port).arg(
            m_dir->filePath(u"sock"_s));
    const qint64 logStart = QFileInfo(m_dir->filePath(u"log"_s)).size(); // the log of this attempt only
    const ToolResult started = runTool(m_binDir + u"/pg_ctl"_s,
        {u"-D"_s, m_dir->filePath(u"data"_s), u"-l"_s, m_dir->filePath(u"log"_s), u"-w"_s, u"-t"_s, u"60"_s,
            u"-o"_s, options, u"start"_s},
        m_dir->path());
    if (!started.ok()) {
        *failure = u"pg_ctl start failed (exit code %1):\n%2\n--- server log ---\n%3"_s.arg(started.exitCode)
                       .arg(started.output, log(logStart));
        return false;
    }

    QSqlDatabase maintenance = QSqlDatabase::addDatabase(u"QPSQL"_s, maintenanceConnectionName());
    maintenance.setHostName(host());
    maintenance.setPort(m_port);
    maintenance.setUserName(u"postgres"_s);
    maintenance.setDatabaseName(u"postgres"_s);
    if (!maintenance.open()) {
        *failure = u"The server started but refuses connections: %1\n--- server log ---\n%2"_s.arg(
            maintenance.lastError().text(), log());
        maintenance = QSqlDatabase();
        QSqlDatabase::removeDatabase(maintenanceConnectionName());
        runTool(m_binDir + u"/pg_ctl"_s,
            {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s},
            m_dir->path());
        return false;
    }
    return true;
}

// A shell that outlives a crashed test process (an abort skips every destructor)
// and then stops the server and removes its directory.
void PgServer::startWatchdog()
{
    const QString script = u"pid=$1; dir=$2; shift 2\n"
                           "while kill -0 \"$pid\" 2>/dev/null; do sleep 1; done\n"
                           "if [ -d \"$dir/data\" ]; then \"$@\"; fi\n"
                           "rm -rf \"$dir\"\n"_s;
    QStringList args {u"-c"_s, script, u"loopline-pg-watchdog"_s,
        QString::number(QCoreApplication::applicationPid()), m_dir->path()};
    if (runningAsRoot())
        args << u"runuser"_s << u"-u"_s << u"postgres"_s << u"--"_s;
    args << m_binDir + u"/pg_ctl"_s << u"-D"_s << m_dir->filePath(u"data"_s) << u"-m"_s << u"immediate"_s
         << u"-w"_s << u"stop"_s;
    QProcess watchdog;
    watchdog.setProgram(u"/bin/sh"_s);
    watchdog.setArguments(args);
    watchdog.setWorkingDirectory(u"/"_s);
    // Keep the test's stdout/stderr pipes out of it, or ctest would wait for the watchdog.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached(&m_watchdogPid);
}

QString PgServer::log(qint64 fromByte) const
{
    if (!m_dir)
        return {};
    QFile file(m_dir->filePath(u"log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return u"(no server log: %1)"_s.arg(file.errorString());
    file.seek(fromByte);
    return QString::fromUtf8(file.readAll());
}

QString PgServer::createDatabase()
{
    if (!ensureStarted())
        throw StoreError(u"The private PostgreSQL test server did not start."_s, m_error);
    const QString name = u"loopline_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_databases);
    QSqlQuery query(QSqlDatabase::database(maintenanceConnectionName(), false));
    if (!query.exec(u"CREATE DATABASE %1"_s.arg(name)))
        throw StoreError(u"Cannot create the test database %1."_s.arg(name),
            query.lastError().text() + u"\n--- server log ---\n"_s + log());
    return name;
}

ConnectionSpec PgServer::spec(const QString &database) const
{
    ConnectionSpec spec;
    spec.dialect = Dialect::Postgres;
    spec.host = host();
    spec.port = m_port;
    spec.user = u"postgres"_s;
    spec.database = database;
    return spec;
}

void PgServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    {
        QSqlDatabase maintenance = QSqlDatabase::database(maintenanceConnectionName(), false);
        maintenance.close();
    }
    QSqlDatabase::removeDatabase(maintenanceConnectionName());
    runTool(m_binDir + u"/pg_ctl"_s,
        {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}, m_dir->path());
    if (m_watchdogPid > 0) {
        ::kill(pid_t(m_watchdogPid), SIGTERM);
        m_watchdogPid = 0;
    }
    m_dir.reset();
}

} // namespace loopline::test
