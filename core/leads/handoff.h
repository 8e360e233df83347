#pragma once

#include "leads/lead.h"
#include "store/database.h"

#include <QCoreApplication>

namespace loopline {

// How hot leads and trade-show leads find a sales rep.
struct HandOffRules
{
    enum class Mode { RoundRobin, Territory };
    Mode mode = Mode::RoundRobin;
    int followUpHours = 24; // the new owner's follow-up task is due this much later

    static HandOffRules load(Database &db);
    void save(Database &db) const;
};

// Applies the hand-off rules of DOMAIN.md: trade-show leads go to sales at once; a
// lead that reaches MQL goes to a sales rep when hot and to nurture when warm or cold.
// A rep is chosen round-robin, or by territory and segment first when so configured.
// Every assignment creates a follow-up task for the new owner and a timeline entry
// saying why. Called by LeadStore inside its transaction.
class HandOffRouter
{
    Q_DECLARE_TR_FUNCTIONS(HandOffRouter)

public:
    struct Result
    {
        HandOff handOff = HandOff::Queue;
        QString owner; // empty when no rep is available or the lead is nurtured
        QString taskId;
        QString reason; // for the user, also written to the lead's timeline
    };

    explicit HandOffRouter(Database &db)
        : m_db(db)
    {
    }
    Result onArrival(const QString &leadId);
    Result onQualified(const QString &leadId);
    // The rep the rules pick next for this lead (advances the round-robin turn).
    QString nextRep(const Lead &lead, QString *why = nullptr);

private:
    Result toSales(const Lead &lead, const QString &cause);
    void apply(const QString &leadId, Result &result);
    Database &m_db;
};

} // namespace loopline
