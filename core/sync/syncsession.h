#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

namespace loopline {

class Database;
class SyncColumns;

// One sync of a replica with its team server: the first download of what the user
// may see (resumable after a cut connection), push of the local change log, and pull
// of what changed on the server since the last sequence seen. Each step is made of
// batches that are each one transaction on each side, so a sync cut at any moment
// (connection lost, process killed) loses nothing and applies nothing twice; the next
// sync goes on from where this one stopped.
//
// Merging is per field: the change with the later hybrid logical clock wins, ties
// broken by origin. The server notes two edits of one field made without seeing each
// other in sync_conflicts, which syncs like a record. A local change the server
// refuses (the role's rights, a record deleted meanwhile) is listed in sync_rejected.
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(SyncSession)

public:
    struct Progress
    {
        enum class Step { Download, Push, Pull };
        Step step = Step::Pull;
        qint64 done = 0;
        qint64 total = 0; // 0 when unknown
    };
    // Called between batches; returning false stops the sync there (nothing is lost).
    using ProgressFn = std::function<bool(const Progress &)>;

    struct Result
    {
        qint64 downloaded = 0; // rows of the first download
        qint64 pushed = 0; // local changes the server took
        qint64 rejected = 0; // local changes the server refused
        qint64 pulled = 0; // records brought up to date from the server
        bool finished = true; // false when stopped by the progress callback
    };

    // local: the replica (SQLite); server: a connection to the team server.
    SyncSession(Database &local, Database &server);
    ~SyncSession();

    // Download (until done), push, pull. Throws StoreError when a connection fails; what
    // was done until then stays done.
    Result run(const ProgressFn &progress = {});

    void setBatchSize(int rows) { m_batch = rows; }
    // For tests: called at named points inside each step ("push-applied", "pull-fetched"...).
    void setFaultHook(std::function<void(const char *point)> hook) { m_faultHook = std::move(hook); }

    // A record of a synced table: the table and the record's key.
    struct RowRef
    {
        QString entity;
        QString key;
    };

private:
    // Brings the rows listed in sync_refresh to the server's state (after a push the server
    // did not take as it was, e.g. an edit of a record deleted there meanwhile).
    void refresh();
    bool download(const ProgressFn &progress, Result &result);
    bool push(const ProgressFn &progress, Result &result);
    bool pull(const ProgressFn &progress, Result &result);
    void fault(const char *point) const;
    // The column lists of both sides, read on first use and kept for the session.
    const SyncColumns &columns();

    Database &m_local;
    Database &m_server;
    std::unique_ptr<SyncColumns> m_columns;
    int m_batch = 500;
    std::function<void(const char *)> m_faultHook;
};

} // namespace loopline
