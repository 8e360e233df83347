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
    return addActivity(entity, entityId, u"note"_s, text);
}

QStringList TimelineStore::activityKinds()
{
    return {u"note"_s, u"call"_s, u"meeting"_s, u"email"_s};
}

QString TimelineStore::addActivity(
    const QString &entity, const QString &entityId, const QString &kind, const QString &text)
{
    if (!activityKinds().contains(kind))
        throw StoreError(tr("\"%1\" is not a kind of activity.").arg(kind));
    if (text.trimmed().isEmpty())
        throw StoreError(kind == u"note" ? tr("A note cannot be empty.") : tr("Say what happened."));
    return add(entity, entityId, kind, text.trimmed());
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
