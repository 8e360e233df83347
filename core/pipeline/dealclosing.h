#pragma once

#include "records/records.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace loopline {

// Why a deal was lost. Seven are built in (price, product fit, ..., "Went to a competitor");
// a team can add its own, rename and archive them. Archived reasons stay on the deals that
// name them but are no longer offered.
struct LossReason
{
    QString id;
    QString name;
    int position = 0;
    bool needsCompetitor = false; // the deal was lost to a competitor, who must be named
    bool archived = false;
};

class LossReasonStore
{
    Q_DECLARE_TR_FUNCTIONS(LossReasonStore)

public:
    explicit LossReasonStore(Database &db)
        : m_db(db)
    {
    }

    // In position order; only the active ones unless asked.
    QList<LossReason> list(bool includeArchived = false) const;
    std::optional<LossReason> get(const QString &id) const;
    // Adds a reason at the end of the list; names are unique ignoring case. Returns its id.
    QString add(const QString &name, bool needsCompetitor = false);
    void rename(const QString &id, const QString &name);
    void setArchived(const QString &id, bool archived);

    // The translated name of a built-in reason not renamed since, or the stored name.
    static QString displayName(const LossReason &reason);

private:
    QString checkedName(const QString &name, const QString &exceptId) const;
    Database &m_db;
};

// A company the team competes with for deals.
struct Competitor
{
    QString id;
    QString name;
    QString website;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

class CompetitorStore
{
    Q_DECLARE_TR_FUNCTIONS(CompetitorStore)

public:
    explicit CompetitorStore(Database &db)
        : m_db(db)
    {
    }

    // Names are required and unique ignoring case. create() returns the new id.
    QString create(Competitor competitor);
    void update(const Competitor &competitor);
    // Also removes it from every deal's competitors and clears it as the winner of lost deals
    // (their timeline keeps its name).
    void remove(const QString &id);
    std::optional<Competitor> get(const QString &id) const;
    // The competitor with exactly this name, ignoring case.
    std::optional<Competitor> findByName(const QString &name) const;
    // Ordered by name.
    QList<Competitor> list() const;
    // (id, name) of the competitors whose name starts with prefix, ignoring case; for a picker.
    QList<QPair<QString, QString>> find(const QString &prefix, int limit = 20) const;

    // The competitors a deal is up against, by name.
    QStringList competitorsOf(const QString &dealId) const;
    // Replaces a deal's competitors (one transaction); unknown ids are refused.
    void setCompetitors(const QString &dealId, const QStringList &competitorIds);
    // Adds one competitor to a deal's list unless it is there already.
    void addCompetitor(const QString &dealId, const QString &competitorId);

private:
    QString checkedName(const QString &name, const QString &exceptId) const;
    QStringList namesOf(const QStringList &ids) const;
    Database &m_db;
};

// Closing a deal as won or lost, and reopening it. The only way a deal's status changes
// after it was created: DealStore::update() refuses status changes.
class DealClosing
{
    Q_DECLARE_TR_FUNCTIONS(DealClosing)

public:
    explicit DealClosing(Database &db)
        : m_db(db)
    {
    }

    // Marks an open deal won: its value becomes the final amount, closed_at that day at 12:00
    // UTC (now when the date is invalid).
    void closeWon(const QString &dealId, qint64 finalAmountMinor, const QDate &closedOn = {});
    // Marks an open deal lost for an active reason. A reason that needs a competitor needs
    // competitorId; the competitor is recorded as the winner and added to the deal's competitors.
    void closeLost(const QString &dealId, const QString &reasonId, const QString &competitorId = {},
        const QString &comment = {});
    // Makes a won or lost deal open again, forgetting when and why it closed.
    void reopen(const QString &dealId, const QString &comment = {});

private:
    Deal openDeal(const QString &dealId) const;
    LossReason activeReason(const QString &reasonId) const;
    Database &m_db;
};

} // namespace loopline
