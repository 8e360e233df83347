#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace loopline {

// Something a person has to do by a given time, usually about a lead or a deal.
struct Task
{
    QString id;
    QString title;
    QString owner;
    QDateTime dueAt;
    QDateTime doneAt; // invalid while open
    QString entity; // lead, deal, contact... or empty
    QString entityId;
    QString notes;
    QDateTime createdAt;

    bool isDone() const { return doneAt.isValid(); }
};

// Where a task stands for its owner at a given moment, in the order "My tasks" shows them.
enum class TaskBucket { Overdue, Today, Upcoming, Done };

// One line of "My tasks": the task, its bucket and the name of what it is about.
struct TaskListItem
{
    Task task;
    TaskBucket bucket = TaskBucket::Upcoming;
    QString subject; // the lead's name or the deal's title; empty for a personal task
};

class TaskStore
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)

public:
    explicit TaskStore(Database &db)
        : m_db(db)
    {
    }
    QString create(Task task);
    std::optional<Task> get(const QString &id) const;
    // Marking a done task done again keeps the time it was first done.
    void setDone(const QString &id, bool done);
    void reschedule(const QString &id, const QDateTime &dueAt);
    void remove(const QString &id);
    // Open tasks first by due time, then done ones.
    QList<Task> forOwner(const QString &owner, bool includeDone = false) const;
    QList<Task> forEntity(const QString &entityId) const;

    // The owner's open tasks by due time (overdue, due later today in `zone`, upcoming),
    // then the `doneLimit` most recently done ones, each with its bucket and subject.
    QList<TaskListItem> myTasks(
        const QString &owner, const QDateTime &now, const QTimeZone &zone, int doneLimit = 20) const;
    static TaskBucket bucketOf(const Task &task, const QDateTime &now, const QTimeZone &zone);
    // The first instant of the day after `now` in `zone`: open tasks due before it are due today.
    static QDateTime endOfDay(const QDateTime &now, const QTimeZone &zone);
    // What the task is about: the lead's display name or the deal's title (empty when
    // the task has no record or the record is gone).
    QString subjectTitle(const Task &task) const;

private:
    QList<Task> select(const QString &where, const QVariantList &values) const;
    QList<TaskListItem> selectItems(const QString &sql, const QVariantList &values) const;
    void update(const QString &id, const QString &set, QVariantList values);
    Database &m_db;
};

} // namespace loopline
