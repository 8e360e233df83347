#pragma once

#include "records/records.h"
#include "store/database.h"

#include <optional>

namespace loopline {

// Reads and writes deals, their contact links and the configurable stages.
class DealStore
{
    Q_DECLARE_TR_FUNCTIONS(DealStore)

public:
    explicit DealStore(Database &db)
        : m_db(db)
    {
    }

    QString create(Deal deal);
    // Saves the deal's fields; its status is not changed here but by DealClosing (won, lost,
    // reopened), and a deal whose status differs from the stored one is refused.
    void update(const Deal &deal);
    // Moves an open deal to another stage: records the move in its stage history, restarts
    // its days-in-stage and creates the stage's follow-up tasks (unless told not to, as
    // when a move is undone); returns their ids.
    QStringList moveToStage(const QString &id, const QString &stageId, bool createTasks = true);
    void remove(const QString &id);
    void restore(const Deal &deal);
    std::optional<Deal> get(const QString &id) const;
    qint64 count() const;
    QList<DealStage> stages() const;
    // The translated name of a built-in stage, or the stored name of a custom one.
    static QString stageDisplayName(const DealStage &stage);
    static QString statusDisplayName(DealStatus status);

    class BulkWriter
    {
    public:
        explicit BulkWriter(Database &db);
        void add(Deal deal);

    private:
        Database &m_db;
        BulkWriteScope m_bulk;
        QSqlQuery m_insert;
        QSqlQuery m_link;
        QSqlQuery m_history;
        qint64 m_written = 0;
    };

private:
    void insertRow(Deal &deal, bool keepTimestamps);
    void writeContacts(const Deal &deal, bool replace);
    QStringList enterStage(const QString &dealId, const QString &from, const QString &to,
        const QString &owner, bool createTasks = true);
    void checkStage(const QString &stageId) const;
    static void checkStatusUnchanged(const Deal &before, const Deal &deal);
    Database &m_db;
};

} // namespace loopline
