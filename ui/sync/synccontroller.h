#pragma once

#include "store/connectionspec.h"
#include "sync/syncsession.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <memory>

class QThread;

namespace loopline {

class Database;

// Keeps a laptop's replica in step with the team server: syncs on start, on demand and
// every few minutes, each time on a worker thread with its own connections to both
// databases, so the window stays responsive. It says whether the server was reachable
// the last time, how many local changes wait to be sent and how many conflicts are open.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Syncing, Offline };
    Q_ENUM(State)

    // local: the replica the window works on (GUI thread); server: where it syncs to,
    // with the password already known (asked once at start, or from the keychain).
    SyncController(Database &local, ConnectionSpec server, QObject *parent = nullptr);
    ~SyncController() override;

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSync() const;
    qint64 pendingChanges() const;
    qint64 openConflicts() const;
    // One line for the status bar: "Online · synced 12:05 · 3 changes to send · 1 conflict".
    QString statusText() const;
    QString serverName() const { return m_server.displayName(); }

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

public Q_SLOTS:
    void syncNow();
    // Stops a running sync at its next batch; what was done stays done.
    void cancel();

Q_SIGNALS:
    void started();
    void progress(loopline::SyncSession::Progress::Step step, qint64 done, qint64 total);
    // ok: the sync ran to its end. message: what happened, in words.
    void finished(bool ok, const QString &message);
    // Records may have changed: lists should reload.
    void dataChanged();
    void statusChanged();

private:
    // reached: the server answered (the sync may still have been cut or stopped later).
    void onWorkerDone(
        bool ok, bool reached, const QString &message, const loopline::SyncSession::Result &result);

    Database &m_local;
    ConnectionSpec m_server;
    QTimer m_timer;
    State m_state = State::Idle;
    bool m_attempted = false;
    QString m_lastError;
    QPointer<QThread> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace loopline
