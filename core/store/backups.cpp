#include "backups.h"

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kStampFormat = u"yyyyMMdd-HHmmss"_s;

// Names for the short-lived connections of this file, unique across threads.
QString connectionName()
{
    static std::atomic<int> counter {0};
    return u"loopline-backups-%1"_s.arg(++counter);
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Makes sure what was written to the file is on the disk before it is renamed into place.
void syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

void removeWithJournal(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

// A read-only connection of its own to a file, closed and removed when it goes.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(connectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    // The first column of the first row; sets *failed (with the error) when the query fails.
    QVariant value(const QString &sql, QString *failed) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            *failed = q.lastError().text();
            return {};
        }
        return q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

Backups::Backups(const QString &folder, const QString &databasePath)
    : m_folder(folder.isEmpty() ? defaultFolder(databasePath) : folder)
    , m_baseName(QFileInfo(databasePath).completeBaseName())
{
}

QString Backups::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

QList<BackupInfo> Backups::list() const
{
    static const QRegularExpression stamp(u"-(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$"_s);
    QList<BackupInfo> result;
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        {m_baseName + u"-*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch m = stamp.match(file.fileName());
        if (!m.hasMatch() || file.fileName().size() != m_baseName.size() + m.capturedLength())
            continue; // another database's backups, whose name starts alike
        const QDateTime at = QDateTime::fromString(m.captured(1), kStampFormat);
        if (at.isValid())
            result.append({file.absoluteFilePath(), at, file.size()});
    }
    std::stable_sort(result.begin(), result.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.at > b.at || (a.at == b.at && a.path > b.path);
    });
    return result;
}

QDateTime Backups::lastBackupAt() const
{
    const QList<BackupInfo> all = list();
    return all.isEmpty() ? QDateTime() : all.constFirst().at;
}

bool Backups::isDue(const QDateTime &now, int hours) const
{
    const QDateTime last = lastBackupAt();
    return !last.isValid() || last.secsTo(now) >= qint64(hours) * 3600;
}

BackupInfo Backups::create(Database &db, int keep, const QDateTime &now)
{
    if (!db.isSqlite())
        throw StoreError(tr("Only a local database is backed up by Loopline; the team server is backed "
                            "up by its administrator."));
    if (!QDir().mkpath(m_folder))
        throw StoreError(
            tr("Cannot create the backup folder \"%1\".").arg(QDir::toNativeSeparators(m_folder)));
    const QString stem = QDir(m_folder).filePath(m_baseName + u'-' + now.toString(kStampFormat));
    QString target = stem + u".sqlite"_s;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + u"-%1.sqlite"_s.arg(n);
    const QString partial = QDir(m_folder).filePath(u"."_s + QFileInfo(target).fileName() + u".partial"_s);
    removeWithJournal(partial);
    const auto failed = [&](const QString &why, const QString &details = {}) {
        removeWithJournal(partial);
        return StoreError(
            tr("Cannot write a backup to \"%1\": %2").arg(QDir::toNativeSeparators(m_folder), why), details);
    };
    try {
        // A consistent snapshot of the database as of now, even while it is being written.
        db.run(u"VACUUM INTO ?"_s, {partial});
    } catch (const StoreError &error) {
        throw failed(error.message(), error.details());
    }
    {
        // A backup stands alone: no write-ahead log to carry along.
        const QString name = connectionName();
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            copy.setDatabaseName(partial);
            if (copy.open()) {
                QSqlQuery q(copy);
                q.exec(u"PRAGMA journal_mode = DELETE"_s);
                q.finish();
                copy.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    const FileCheck checked = check(partial);
    if (!checked.ok)
        throw failed(checked.problem);
    syncToDisk(partial);
    if (!QFile::rename(partial, target))
        throw failed(tr("the file could not be renamed to \"%1\".").arg(QFileInfo(target).fileName()));
    const QList<BackupInfo> all = list();
    for (qsizetype i = qMax(keep, 1); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return {target, now, QFileInfo(target).size()};
}

FileCheck Backups::check(const QString &file, Depth depth)
{
    FileCheck result;
    const QString shown = QDir::toNativeSeparators(file);
    const QFileInfo info(file);
    if (!info.exists() || info.size() == 0) {
        result.problem = tr("\"%1\" does not exist or is empty.").arg(shown);
        return result;
    }
    {
        QFile raw(file);
        if (!raw.open(QIODevice::ReadOnly)) {
            result.problem = tr("\"%1\" cannot be read: %2").arg(shown, raw.errorString());
            return result;
        }
        if (raw.read(16) != QByteArray("SQLite format 3\0", 16)) {
            result.problem = tr("\"%1\" is not a Loopline database (it is not an SQLite file).").arg(shown);
            return result;
        }
    }
    const ReadOnlyConnection db(file);
    if (!db.isOpen()) {
        result.problem = tr("\"%1\" cannot be opened: %2").arg(shown, db.error());
        return result;
    }
    QString failed;
    const auto damaged = [&] {
        result.damaged = true;
        result.problem = tr("\"%1\" is damaged: %2").arg(shown, failed);
        return result;
    };
    const int appId = db.value(u"PRAGMA application_id"_s, &failed).toInt();
    if (!failed.isEmpty())
        return damaged();
    const bool hasVersion
        = db.value(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version'"_s, &failed).toInt()
        > 0;
    if (!failed.isEmpty())
        return damaged();
    if (appId != Database::applicationId() || !hasVersion) {
        result.problem = tr("\"%1\" is not a Loopline database.").arg(shown);
        return result;
    }
    result.schema = db.value(u"SELECT MAX(version) FROM schema_version"_s, &failed).toInt();
    if (!failed.isEmpty())
        return damaged();
    if (result.schema > Database::latestSchemaVersion()) {
        result.problem
            = tr("\"%1\" was made by a newer version of Loopline (schema %2).").arg(shown).arg(result.schema);
        return result;
    }
    const QString integrity
        = db.value(
                depth == Depth::Full ? u"PRAGMA integrity_check(5)"_s : u"PRAGMA quick_check(5)"_s, &failed)
              .toString();
    if (!failed.isEmpty())
        return damaged();
    if (integrity != "ok"_L1) {
        failed = integrity;
        return damaged();
    }
    const auto count = [&](const char *table) {
        return db.value(u"SELECT COUNT(*) FROM %1"_s.arg(QLatin1StringView(table)), &failed).toLongLong();
    };
    result.contacts = count("contacts");
    result.companies = count("companies");
    result.deals = count("deals");
    result.leads = result.schema >= 2 ? count("leads") : 0;
    if (!failed.isEmpty())
        return damaged();
    result.ok = true;
    return result;
}

QString Backups::restore(const QString &backup, const QString &target)
{
    const FileCheck checked = check(backup);
    if (!checked.ok)
        throw StoreError(tr("The backup cannot be restored: %1 Nothing was changed.").arg(checked.problem));
    const QString incoming = target + u".restoring"_s;
    const QString kept = target + u".before-restore"_s;
    removeWithJournal(incoming);
    if (!QFile::copy(backup, incoming)) {
        removeWithJournal(incoming);
        throw StoreError(tr("Cannot copy the backup next to \"%1\". Nothing was changed.")
                             .arg(QDir::toNativeSeparators(target)));
    }
    QFile(incoming).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    syncToDisk(incoming);
    std::error_code error;
    if (QFileInfo::exists(target)) {
        // The file replaced stays as it was, beside it: a second name for it first, then its
        // log moved along, then the backup takes its place in one rename.
        removeWithJournal(kept);
        std::filesystem::create_hard_link(fsPath(target), fsPath(kept), error);
        if (error && !QFile::copy(target, kept)) {
            removeWithJournal(incoming);
            throw StoreError(tr("Cannot keep a copy of \"%1\" before restoring. Nothing was changed.")
                                 .arg(QDir::toNativeSeparators(target)));
        }
        if (QFileInfo::exists(target + u"-wal"_s))
            std::filesystem::rename(fsPath(target + u"-wal"_s), fsPath(kept + u"-wal"_s), error);
        QFile::remove(target + u"-shm"_s);
    }
    std::filesystem::rename(fsPath(incoming), fsPath(target), error);
    if (error) {
        removeWithJournal(incoming);
        throw StoreError(tr("Cannot put the backup in place of \"%1\": %2")
                             .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(error.message())));
    }
    return QFileInfo::exists(kept) ? kept : QString();
}

} // namespace loopline
