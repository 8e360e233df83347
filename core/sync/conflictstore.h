#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace loopline {

class Database;

// Two edits of one field made without seeing each other, as the server found them
// during a sync: the value that was kept (the later edit) and the other one.
struct SyncConflict
{
    QString id;
    QString entity; // table: contacts, deals...
    QString rowKey; // the record's key
    QString field; // column
    QString recordName; // "Anna Ivanova", "Acme renewal"; the key when the record is gone
    QVariant keptValue;
    QString keptAuthor;
    QVariant otherValue;
    QString otherAuthor;
    QDateTime detectedAt;
};

// The conflict list: what is open, and a person's decision on each. Deciding is an
// ordinary edit, so on a replica it syncs like any other and closes the conflict for
// everyone.
class ConflictStore
{
    Q_DECLARE_TR_FUNCTIONS(ConflictStore)

public:
    explicit ConflictStore(Database &db);

    QList<SyncConflict> openConflicts() const;
    qint64 openCount() const;
    // Leaves the kept value and closes the conflict.
    void keep(const QString &id);
    // Writes the other value into the record and closes the conflict. Throws StoreError
    // when the record is gone.
    void useOther(const QString &id);

    // The name a person knows a record by ("Anna Ivanova", a deal's title); its key when
    // the record is gone or has no name.
    QString recordName(const QString &entity, const QString &key) const;

    // "Job title" for job_title: the label of a field in the conflict list.
    static QString fieldLabel(const QString &entity, const QString &field);
    static QString entityLabel(const QString &entity);

private:
    void close(const QString &id, const QString &resolution);
    Database &m_db;
};

} // namespace loopline
