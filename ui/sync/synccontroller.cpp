#include "synccontroller.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "sync/conflictstore.h"
#include "sync/replica.h"

#include <QLocale>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace loopline {

SyncController::SyncController(Database &local, ConnectionSpec server, QObject *parent)
    : QObject(parent)
    , m_local(local)
    , m_server(std::move(server))
{
    m_timer.setInterval(5min);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_timer.start();
}

SyncController::~SyncController()
{
    cancel();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QDateTime SyncController::lastSync() const
{
    return Replica(m_local).lastSync();
}

qint64 SyncController::pendingChanges() const
{
    return Replica(m_local).pendingChanges();
}

qint64 SyncController::openConflicts() const
{
    return ConflictStore(m_local).openCount();
}

QString SyncController::statusText() const
{
    QStringList parts;
    switch (m_state) {
    case State::Syncing:
        parts << tr("Syncing with %1…").arg(m_server.host);
        break;
    case State::Offline:
        parts << tr("Offline");
        break;
    case State::Idle:
        if (m_attempted) // before the first attempt, nothing is known of the server
            parts << tr("Online");
        break;
    }
    const QDateTime last = lastSync();
    if (last.isValid()) {
        const QDateTime local = last.toLocalTime();
        parts << tr("synced %1")
                     .arg(local.date() == QDate::currentDate()
                             ? QLocale().toString(local.time(), QLocale::ShortFormat)
                             : QLocale().toString(local, QLocale::ShortFormat));
    } else {
        parts << tr("not synced yet");
    }
    const qint64 pending = pendingChanges();
    if (pending > 0)
        parts << tr("%n change(s) to send", nullptr, int(pending));
    const qint64 conflicts = openConflicts();
    if (conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, int(conflicts));
    QString text = parts.join(u" · "_s);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

void SyncController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SyncController::syncNow()
{
    if (m_worker)
        return; // one at a time
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_state = State::Syncing;
    Q_EMIT started();
    Q_EMIT statusChanged();
    // The worker opens its own connections: a Database belongs to the thread that opened it.
    const ConnectionSpec localSpec = m_local.spec();
    const ConnectionSpec serverSpec = m_server;
    const QString user = m_local.currentUser();
    auto cancelFlag = m_cancel;
    // The destructor waits for the worker, so `this` outlives it; queued calls to a
    // destroyed controller are dropped by Qt.
    SyncController *self = this;
    m_worker = QThread::create([localSpec, serverSpec, user, cancelFlag, self] {
        bool ok = false;
        bool reached = false; // the server answered, whatever happened after
        QString message;
        SyncSession::Result result;
        try {
            auto local = Database::open(localSpec);
            local->setCurrentUser(user);
            auto server = Database::open(serverSpec);
            reached = true;
            SyncSession session(*local, *server);
            result = session.run([&](const SyncSession::Progress &p) {
                QMetaObject::invokeMethod(
                    self, [self, p] { Q_EMIT self->progress(p.step, p.done, p.total); },
                    Qt::QueuedConnection);
                return !cancelFlag->load();
            });
            ok = result.finished;
            if (!result.finished)
                message = SyncController::tr("Sync stopped; what was done is kept.");
            else if (result.rejected > 0)
                message = SyncController::tr(
                    "Synced. The server refused %n change(s); see Team → Refused changes.", nullptr,
                    int(result.rejected));
            else
                message = SyncController::tr("Synced: %n change(s) sent, %1 record(s) brought up to date.",
                    nullptr, int(result.pushed))
                              .arg(result.pulled + result.downloaded);
        } catch (const StoreError &error) {
            message = error.message();
        }
        QMetaObject::invokeMethod(
            self, [self, ok, reached, message, result] { self->onWorkerDone(ok, reached, message, result); },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start(QThread::LowPriority);
}

void SyncController::onWorkerDone(
    bool ok, bool reached, const QString &message, const SyncSession::Result &result)
{
    if (m_worker)
        m_worker->wait();
    m_worker = nullptr;
    m_attempted = true;
    m_state = reached ? State::Idle : State::Offline;
    m_lastError = ok ? QString() : message;
    if (result.pulled > 0 || result.downloaded > 0 || result.rejected > 0)
        Q_EMIT dataChanged();
    Q_EMIT finished(ok, message);
    Q_EMIT statusChanged();
}

} // namespace loopline
