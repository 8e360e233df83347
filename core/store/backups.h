#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace loopline {

class Database;

// One backup file of a local database.
struct BackupInfo
{
    QString path;
    QDateTime at; // when it was taken (from its name)
    qint64 bytes = 0;
};

// What a look at a database file found: whether it is a sound Loopline database, and
// what it holds, so that a person can tell which backup to restore.
struct FileCheck
{
    bool ok = false;
    bool damaged = false; // SQLite found damage (not: missing, foreign, newer)
    QString problem; // translated, when !ok
    int schema = 0;
    qint64 contacts = 0;
    qint64 companies = 0;
    qint64 deals = 0;
    qint64 leads = 0;
};

// Backups of a local (SQLite) database in a folder: `<name>-yyyyMMdd-HHmmss.sqlite`, newest
// kept. A backup is a consistent snapshot taken while the database is in use (VACUUM INTO a
// temporary name, checked, then renamed), so a backup that is listed is whole. A restore
// checks the backup before it replaces anything and keeps the file it replaced.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    // Backups of the database file `databasePath` in `folder`.
    Backups(const QString &folder, const QString &databasePath);
    // The folder used when the user has not chosen one: "backups" beside the database.
    static QString defaultFolder(const QString &databasePath);

    QString folder() const { return m_folder; }
    // Newest first.
    QList<BackupInfo> list() const;
    // When the newest backup was taken; invalid when there is none.
    QDateTime lastBackupAt() const;
    // True when the newest backup is older than `hours` (or there is none).
    bool isDue(const QDateTime &now, int hours) const;

    // Writes a backup of db as of now and removes the oldest beyond `keep`. Throws StoreError
    // (with nothing left behind) when the folder cannot be written or the copy fails its check.
    BackupInfo create(Database &db, int keep, const QDateTime &now = QDateTime::currentDateTime());

    // How far check() looks: Full runs SQLite's integrity_check (every index against its
    // table), Quick its quick_check (pages and records only, much faster on a large file).
    enum class Depth { Full, Quick };
    // Opens the file read-only and checks it: an SQLite file of Loopline, not newer than this
    // version, passing SQLite's check. Changes nothing.
    static FileCheck check(const QString &file, Depth depth = Depth::Full);
    // Replaces the database file `target` (which must not be open) with `backup`, after
    // checking the backup: when the check fails nothing is touched and StoreError says why.
    // The file replaced is kept as `<target>.before-restore` (with its write-ahead log),
    // and its path returned.
    static QString restore(const QString &backup, const QString &target);

private:
    QString m_folder;
    QString m_baseName;
};

} // namespace loopline
