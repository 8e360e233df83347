#include "backupcontroller.h"

#include "store/database.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;

namespace loopline {

BackupController::Policy BackupController::policy()
{
    QSettings settings;
    Policy p;
    p.folder = settings.value(u"backup/folder"_s).toString();
    p.keep = qBound(1, settings.value(u"backup/keep"_s, 7).toInt(), 1000);
    p.hours = qBound(0, settings.value(u"backup/hours"_s, 24).toInt(), 24 * 365);
    return p;
}

void BackupController::setPolicy(const Policy &policy)
{
    QSettings settings;
    settings.setValue(u"backup/folder"_s, policy.folder);
    settings.setValue(u"backup/keep"_s, policy.keep);
    settings.setValue(u"backup/hours"_s, policy.hours);
}

BackupController::BackupController(const ConnectionSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{
    m_schedule.setInterval(60 * 60 * 1000);
    connect(&m_schedule, &QTimer::timeout, this, &BackupController::backUpIfDue);
}

BackupController::~BackupController()
{
    if (m_worker)
        m_worker->wait();
}

Backups BackupController::backups() const
{
    return Backups(policy().folder, m_spec.path);
}

void BackupController::start()
{
    checkFile();
    m_schedule.start();
}

void BackupController::runOnWorker(std::function<void()> work, std::function<void()> done)
{
    m_worker = QThread::create(std::move(work));
    // Runs on this thread once the worker has ended, so `done` may start the next one.
    connect(m_worker, &QThread::finished, this, [this, done = std::move(done)] {
        m_worker->deleteLater();
        m_worker = nullptr;
        done();
    });
    m_worker->start(QThread::LowPriority);
}

void BackupController::checkFile()
{
    if (m_worker)
        return;
    const QString path = m_spec.path;
    auto checked = std::make_shared<FileCheck>();
    // At every start: the quick check, so that a large file does not keep a core busy.
    runOnWorker([path, checked] { *checked = Backups::check(path, Backups::Depth::Quick); },
        [this, checked] {
            if (!checked->ok)
                Q_EMIT damaged(checked->problem);
            else
                backUpIfDue();
        });
}

void BackupController::backUpIfDue()
{
    const Policy p = policy();
    if (p.hours > 0 && backups().isDue(QDateTime::currentDateTime(), p.hours))
        backUpNow();
}

void BackupController::backUpNow()
{
    if (m_worker)
        return; // one at a time
    const Policy p = policy();
    const ConnectionSpec spec = m_spec;
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    auto outcome = std::make_shared<Outcome>();
    Q_EMIT backupStarted();
    runOnWorker(
        [spec, p, outcome] {
            try {
                // A Database belongs to the thread that opened it.
                auto db = Database::open(spec);
                const BackupInfo made = Backups(p.folder, spec.path).create(*db, p.keep);
                outcome->ok = true;
                outcome->message = tr("Backed up at %1 to %2.")
                                       .arg(QLocale().toString(made.at.time(), QLocale::ShortFormat),
                                           QDir::toNativeSeparators(made.path));
            } catch (const StoreError &error) {
                outcome->message = error.message();
            }
        },
        [this, outcome] { Q_EMIT backupFinished(outcome->ok, outcome->message); });
}

} // namespace loopline
