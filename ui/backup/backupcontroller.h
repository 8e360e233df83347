#pragma once

#include "store/backups.h"
#include "store/connectionspec.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QThread;

namespace loopline {

// Backs up a local database on a worker thread: when one is due (checked at start and every
// hour), and on demand. Also checks the file at start, on the worker, and says when it is
// damaged. The policy (folder, how many to keep, how often) is a setting of this computer.
class BackupController : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        QString folder; // empty: "backups" beside the database
        int keep = 7;
        int hours = 24; // 0: only on demand
    };
    static Policy policy();
    static void setPolicy(const Policy &policy);

    // spec: the local database (SQLite).
    explicit BackupController(const ConnectionSpec &spec, QObject *parent = nullptr);
    ~BackupController() override;

    Backups backups() const;
    bool isBusy() const { return m_worker != nullptr; }
    // Starts the schedule: the file check now, a backup when due, then hourly checks.
    void start();

public Q_SLOTS:
    void backUpNow();
    void backUpIfDue();
    void checkFile();

Q_SIGNALS:
    void backupStarted();
    void backupFinished(bool ok, const QString &message);
    // The database file failed SQLite's check (problem says how).
    void damaged(const QString &problem);

private:
    void runOnWorker(std::function<void()> work, std::function<void()> done);

    ConnectionSpec m_spec;
    QThread *m_worker = nullptr;
    QTimer m_schedule;
};

} // namespace loopline
