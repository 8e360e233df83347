#include "sqlitecli.h"

#include "benchstats.h"

#include <QProcess>
#include <QStandardPaths>
#include <stdexcept>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace loopline::bench {

namespace {

// CPU time of the children this process has waited for, in milliseconds.
double childrenCpuMs()
{
    rusage usage {};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return -1;
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

SqliteCli::SqliteCli(const QString &program)
{
    m_program = program.isEmpty() ? QStandardPaths::findExecutable(u"sqlite3"_s) : program;
    if (m_program.isEmpty())
        throw std::runtime_error(
            "the sqlite3 shell was not found on PATH (install the sqlite3 package or pass "
            "--sqlite3 PATH); it is the bulk-load baseline");
}

QString SqliteCli::version() const
{
    QProcess p;
    p.start(m_program, {u"-version"_s});
    if (!p.waitForFinished(30'000))
        return u"unknown"_s;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

SqliteCli::Run SqliteCli::run(
    const QString &database, const QStringList &lines, const QString &workingDir) const
{
    QProcess p;
    p.setWorkingDirectory(workingDir);
    QByteArray script = ".bail on\n";
    for (const QString &line : lines)
        script += line.toUtf8() + '\n';

    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    p.start(m_program, {u"-batch"_s, database});
    if (!p.waitForStarted(30'000))
        throw std::runtime_error(
            "cannot start " + m_program.toStdString() + ": " + p.errorString().toStdString());
    p.write(script);
    p.closeWriteChannel();
    if (!p.waitForFinished(-1))
        throw std::runtime_error(
            m_program.toStdString() + " did not finish: " + p.errorString().toStdString());
    Run result;
    result.ms = elapsedMs(timer);
    const double cpuAfter = childrenCpuMs();
    if (cpuBefore >= 0 && cpuAfter > cpuBefore)
        result.cpuMs = cpuAfter - cpuBefore;
    result.output = QString::fromUtf8(p.readAllStandardOutput());
    const QString errors = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !errors.isEmpty())
        throw std::runtime_error("sqlite3 failed (exit code " + std::to_string(p.exitCode())
            + "): " + errors.toStdString() + "\nscript:\n" + script.toStdString());
    return result;
}

} // namespace loopline::bench
