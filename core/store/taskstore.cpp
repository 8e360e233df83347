#include "taskstore.h"

#include "store/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr int kColumnCount = 9;

QString columns()
{
    return u"t.id, t.title, t.owner, t.due_at, t.done_at, t.entity, t.entity_id, t.notes, t.created_at"_s;
}

// Lead::displayName() in SQL: the name, else the e-mail, else the company.
QString leadName()
{
    return u"COALESCE(NULLIF(TRIM(l.first_name || ' ' || l.last_name), ''), NULLIF(l.email, ''), l.company_name)"_s;
}

// Tasks with what they are about, in one pass over the owner's index.
QString itemsFrom()
{
    return u" FROM tasks t LEFT JOIN leads l ON t.entity = 'lead' AND l.id = t.entity_id"
           " LEFT JOIN deals d ON t.entity = 'deal' AND d.id = t.entity_id"_s;
}

QString subjectColumn()
{
    return u"COALESCE(CASE t.entity WHEN 'lead' THEN "_s + leadName()
        + u" WHEN 'deal' THEN d.title END, '')"_s;
}

Task readTask(const QSqlQuery &q)
{
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
    return t;
}

} // namespace

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
    QSqlQuery q = m_db.run(u"SELECT "_s + columns() + u" FROM tasks t WHERE "_s + where
            + u" ORDER BY CASE WHEN t.done_at IS NULL THEN 0 ELSE 1 END, t.due_at, t.seq"_s,
        values);
    QList<Task> result;
    while (q.next())
        result << readTask(q);
    return result;
}

std::optional<Task> TaskStore::get(const QString &id) const
{
    const QList<Task> found = select(u"t.id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Task>(found.first());
}

void TaskStore::update(const QString &id, const QString &set, QVariantList values)
{
    const qint64 now = m_db.clock().nowMs();
    values << now << id;
    Transaction tx(m_db);
    const QSqlQuery q = m_db.run(u"UPDATE tasks SET "_s + set + u", updated_at = ? WHERE id = ?"_s, values);
    if (q.numRowsAffected() == 0)
        throw StoreError(tr("The task no longer exists; someone may have deleted it."));
    tx.commit();
}

void TaskStore::setDone(const QString &id, bool done)
{
    if (done)
        update(id, u"done_at = COALESCE(done_at, ?)"_s, {m_db.clock().nowMs()});
    else
        update(id, u"done_at = NULL"_s, {});
}

void TaskStore::reschedule(const QString &id, const QDateTime &dueAt)
{
    if (!dueAt.isValid())
        throw StoreError(tr("A task needs a due date."));
    update(id, u"due_at = ?"_s, {dueAt.toMSecsSinceEpoch()});
}

void TaskStore::remove(const QString &id)
{
    Transaction tx(m_db);
    m_db.run(u"DELETE FROM tasks WHERE id = ?"_s, {id});
    tx.commit();
}

QList<Task> TaskStore::forOwner(const QString &owner, bool includeDone) const
{
    return select(includeDone ? u"t.owner = ?"_s : u"t.owner = ? AND t.done_at IS NULL"_s, {owner});
}

QList<Task> TaskStore::forEntity(const QString &entityId) const
{
    return select(u"t.entity_id = ?"_s, {entityId});
}

QList<TaskListItem> TaskStore::selectItems(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = m_db.run(sql, values);
    QList<TaskListItem> result;
    while (q.next()) {
        TaskListItem item;
        item.task = readTask(q);
        item.bucket = TaskBucket(q.value(kColumnCount).toInt());
        item.subject = q.value(kColumnCount + 1).toString();
        result << item;
    }
    return result;
}

QList<TaskListItem> TaskStore::myTasks(
    const QString &owner, const QDateTime &now, const QTimeZone &zone, int doneLimit) const
{
    // The day's bounds come from the zone here; the database only compares instants.
    QList<TaskListItem> items = selectItems(u"SELECT "_s + columns()
            + u", CASE WHEN t.due_at < ? THEN 0 WHEN t.due_at < ? THEN 1 ELSE 2 END, "_s + subjectColumn()
            + itemsFrom() + u" WHERE t.owner = ? AND t.done_at IS NULL ORDER BY t.due_at, t.seq"_s,
        {now.toMSecsSinceEpoch(), endOfDay(now, zone).toMSecsSinceEpoch(), owner});
    if (doneLimit > 0) {
        items << selectItems(u"SELECT "_s + columns() + u", 3, "_s + subjectColumn() + itemsFrom()
                + u" WHERE t.owner = ? AND t.done_at IS NOT NULL ORDER BY t.done_at DESC, t.seq DESC LIMIT ?"_s,
            {owner, doneLimit});
    }
    return items;
}

QDateTime TaskStore::endOfDay(const QDateTime &now, const QTimeZone &zone)
{
    return now.toTimeZone(zone).date().addDays(1).startOfDay(zone);
}

TaskBucket TaskStore::bucketOf(const Task &task, const QDateTime &now, const QTimeZone &zone)
{
    if (task.isDone())
        return TaskBucket::Done;
    if (task.dueAt < now)
        return TaskBucket::Overdue;
    return task.dueAt < endOfDay(now, zone) ? TaskBucket::Today : TaskBucket::Upcoming;
}

QString TaskStore::subjectTitle(const Task &task) const
{
    if (task.entityId.isEmpty())
        return {};
    if (task.entity == u"lead")
        return m_db.scalar(u"SELECT "_s + leadName() + u" FROM leads l WHERE l.id = ?"_s, {task.entityId})
            .toString();
    if (task.entity == u"deal")
        return m_db.scalar(u"SELECT title FROM deals WHERE id = ?"_s, {task.entityId}).toString();
    return {};
}

} // namespace loopline
