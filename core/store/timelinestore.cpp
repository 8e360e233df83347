#include "timelinestore.h"

#include "store/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace loopline {

QString TimelineStore::add(
    const QString &entity, const QString &entityId, const QString &kind, const QString &body)
{
    const QString id = Database::newId();
    m_db.run(
        u"INSERT INTO timeline (id, entity, entity_id, at, author, kind, body) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {id, entity, entityId, m_db.clock().nowMs(), m_db.currentUser(), kind, body});
    return id;
}

QString TimelineStore::addNote(const QString &entity, const QString &entityId, const QString &text)
{
    if (text.trimmed().isEmpty())
        throw StoreError(tr("A note cannot be empty."));
    return add(entity, entityId, u"note"_s, text.trimmed());
}

QList<TimelineEntry> TimelineStore::list(const QString &entityId, int limit) const
{
    QSqlQuery q = m_db.run(u"SELECT id, entity, entity_id, at, author, kind, body FROM timeline "
                           "WHERE entity_id = ? ORDER BY at DESC, seq DESC LIMIT ?"_s,
        {entityId, limit});
    QList<TimelineEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            sql::instant(q.value(3)), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return entries;
}

} // namespace loopline
