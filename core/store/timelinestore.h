#pragma once

#include "records/records.h"
#include "store/database.h"

namespace loopline {

// The timeline of a record: notes people add and the changes the stores record.
class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)

public:
    explicit TimelineStore(Database &db)
        : m_db(db)
    {
    }

    // Adds an entry stamped with the database's clock and current user; returns its id.
    QString add(const QString &entity, const QString &entityId, const QString &kind, const QString &body);
    QString addNote(const QString &entity, const QString &entityId, const QString &text);
    // Logs a note, call, meeting or e-mail (the activity kinds) with what was said or done.
    QString addActivity(
        const QString &entity, const QString &entityId, const QString &kind, const QString &text);
    static QStringList activityKinds();
    // Newest first, at most limit entries.
    QList<TimelineEntry> list(const QString &entityId, int limit = 200) const;

private:
    Database &m_db;
};

} // namespace loopline
