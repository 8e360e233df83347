#include "taskstore.h"

#include "store/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace loopline {

QString TaskStore::create(Task task)
{
    if (task.title.trimmed().isEmpty())
        throw StoreError(tr("A task needs a title."));
    if (!task.dueAt.isValid())
        throw StoreError(tr("The task \"%1\" needs a due date.").arg(task.title.trimmed()));
    if (task.id.isEmpty())
        task.id = Database::newId();
    const qint64 now = m_db.clock().nowMs();
    Transaction tx(m_db);
    m_db.run(u"INSERT INTO tasks (id, title, owner, due_at, done_at, entity, entity_id, notes, created_at, "
             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {task.id, task.title.trimmed(), sql::text(task.owner), task.dueAt.toMSecsSinceEpoch(),
            sql::instant(task.doneAt), sql::text(task.entity), sql::text(task.entityId),
            sql::text(task.notes), now, now});
    tx.commit();
    return task.id;
}

QList<Task> TaskStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.run(u"SELECT id, title, owner, due_at, done_at, entity, entity_id, notes, created_at "
                           "FROM tasks WHERE "_s
            + where + u" ORDER BY CASE WHEN done_at IS NULL THEN 0 ELSE 1 END, due_at, seq"_s,
        values);
    QList<Task> result;
    while (q.next()) {
        Task t;
        t.id = q.value(0).toString();
        t.title = q.value(1).toString();
        t.owner = q.value(2).toString();
        t.dueAt = sql::instant(q.value(3));
        t.doneAt = sql::instant(q.value(4));
        t.entity = q.value(5).toString();
        t.entityId = q.value(6).toString();
        t.notes = q.value(7).toString();
        t.createdAt = sql::instant(q.value(8));
        result << t;
    }
    return result;
}

std::optional<Task> TaskStore::get(const QString &id) const
{
    const QList<Task> found = select(u"id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Task>(found.first());
}

void TaskStore::setDone(const QString &id, bool done)
{
    const qint64 now = m_db.clock().nowMs();
    Transaction tx(m_db);
    m_db.run(u"UPDATE tasks SET done_at = ?, updated_at = ? WHERE id = ?"_s,
        {done ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()), now, id});
    tx.commit();
}

QList<Task> TaskStore::forOwner(const QString &owner, bool includeDone) const
{
    return select(includeDone ? u"owner = ?"_s : u"owner = ? AND done_at IS NULL"_s, {owner});
}

QList<Task> TaskStore::forEntity(const QString &entityId) const
{
    return select(u"entity_id = ?"_s, {entityId});
}

} // namespace loopline
