#pragma once

#include <QString>
#include <QStringList>

namespace loopline::bench {

// The sqlite3 command-line shell, used as the bulk-load baseline.
class SqliteCli
{
public:
    // Finds the shell: the given path, else "sqlite3" on PATH. Throws
    // std::runtime_error when there is none.
    explicit SqliteCli(const QString &program = {});

    QString program() const { return m_program; }
    QString version() const;

    struct Run
    {
        double ms = 0; // wall time from process start to exit
        double cpuMs = -1; // user + system CPU time of the shell, or -1 if unknown
        QString output;
    };
    // Runs `sqlite3 database` in workingDir with the lines on its stdin, ".bail on"
    // first. Throws std::runtime_error when it fails or writes anything to stderr
    // (a malformed CSV line is reported there, and must not pass unnoticed).
    Run run(const QString &database, const QStringList &lines, const QString &workingDir) const;

private:
    QString m_program;
};

} // namespace loopline::bench
