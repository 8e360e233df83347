#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace loopline {

// The statuses of a lead from the source article (see DOMAIN.md, "The lead
// lifecycle"): nine steps from New to Converted, and three other ends.
enum class LeadStatus {
    New, // arrived; the SDR team must pick it up (30-minute SLA)
    ReceivedBySdr, // received by an SDR, questionnaire being filled
    AwaitingAssignment, // qualified, waiting for a sales rep — MQL
    ReceivedBySales, // received by the sales rep, awaiting action
    DiscussingNeeds, // discussing the client's tasks before a proposal — SQL
    BriefFilled, // pre-sale brief sent and filled by the client — SAL
    ProposalInPreparation, // proposal being prepared and agreed
    ContractAndPayment, // contract agreed and paid
    Converted, // the success end
    Disqualified, // not a target lead (reason required)
    RoutedToPartner, // handed to a partner for a commission (partner and rate required)
    Lost, // sales lost it
};

// The marketing/sales hand-off marks reached at given statuses.
enum class FunnelMark { None, Mql, Sql, Sal };

// Every rule about moving a lead between statuses, in one place: the UI offers
// only what allowedTargets() returns, and the store refuses what check() refuses.
class LeadLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(LeadLifecycle)

public:
    struct Context
    {
        bool questionnaireComplete = false;
        QString comment;
        QString disqualifyReason;
        QString partner;
        double commissionPercent = 0; // of the partner's deal
    };
    struct Decision
    {
        bool allowed = false;
        QString reason; // why not, for the user; empty when allowed
    };

    static QList<LeadStatus> allStatuses();
    static QString key(LeadStatus status);
    static std::optional<LeadStatus> fromKey(const QString &key);
    static QString displayName(LeadStatus status);
    // 1–9 along the main path, 0 for Disqualified, RoutedToPartner and Lost.
    static int step(LeadStatus status);
    static bool isEnd(LeadStatus status);
    // The mark a lead earns on reaching this status (None for most).
    static FunnelMark markAt(LeadStatus status);
    // Whether a lead at this status has passed the mark (a lost lead keeps no mark here;
    // its history says how far it came).
    static bool hasReached(LeadStatus status, FunnelMark mark);

    // Statuses a lead may move to from here, whatever the context.
    static QList<LeadStatus> allowedTargets(LeadStatus from);
    // Whether the move is allowed with what the user supplied.
    static Decision check(LeadStatus from, LeadStatus to, const Context &context);
    // Moving back a step: allowed, but only with a comment.
    static bool isBackward(LeadStatus from, LeadStatus to);
};

} // namespace loopline
