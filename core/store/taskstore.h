#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
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
    void setDone(const QString &id, bool done);
    // Open tasks first by due time, then done ones.
    QList<Task> forOwner(const QString &owner, bool includeDone = false) const;
    QList<Task> forEntity(const QString &entityId) const;

private:
    QList<Task> select(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace loopline
