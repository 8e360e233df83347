#include "leadlifecycle.h"

#include <array>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

struct StatusInfo
{
    LeadStatus status;
    const char *key;
    const char *name;
    int step;
};

// Main path first, in order; then the other ends.
constexpr std::array<StatusInfo, 12> kStatuses = {{
    {LeadStatus::New, "new", QT_TRANSLATE_NOOP("LeadLifecycle", "New"), 1},
    {LeadStatus::ReceivedBySdr, "received_by_sdr",
        QT_TRANSLATE_NOOP("LeadLifecycle", "Received by SDR, questionnaire filled"), 2},
    {LeadStatus::AwaitingAssignment, "awaiting_assignment",
        QT_TRANSLATE_NOOP("LeadLifecycle", "Awaiting assignment to a sales rep"), 3},
    {LeadStatus::ReceivedBySales, "received_by_sales",
        QT_TRANSLATE_NOOP("LeadLifecycle", "Received by the sales rep, awaiting action"), 4},
    {LeadStatus::DiscussingNeeds, "discussing_needs",
        QT_TRANSLATE_NOOP("LeadLifecycle", "Discussing the client's tasks before a proposal"), 5},
    {LeadStatus::BriefFilled, "brief_filled",
        QT_TRANSLATE_NOOP("LeadLifecycle", "Pre-sale brief sent and filled by the client"), 6},
    {LeadStatus::ProposalInPreparation, "proposal_in_preparation",
        QT_TRANSLATE_NOOP("LeadLifecycle", "Proposal being prepared and agreed"), 7},
    {LeadStatus::ContractAndPayment, "contract_and_payment",
        QT_TRANSLATE_NOOP("LeadLifecycle", "Contract agreed and paid"), 8},
    {LeadStatus::Converted, "converted", QT_TRANSLATE_NOOP("LeadLifecycle", "Converted"), 9},
    {LeadStatus::Disqualified, "disqualified", QT_TRANSLATE_NOOP("LeadLifecycle", "Disqualified"), 0},
    {LeadStatus::RoutedToPartner, "routed_to_partner",
        QT_TRANSLATE_NOOP("LeadLifecycle", "Routed to a partner"), 0},
    {LeadStatus::Lost, "lost", QT_TRANSLATE_NOOP("LeadLifecycle", "Lost"), 0},
}};

const StatusInfo &info(LeadStatus status)
{
    return kStatuses.at(size_t(status));
}

} // namespace

QList<LeadStatus> LeadLifecycle::allStatuses()
{
    QList<LeadStatus> statuses;
    for (const StatusInfo &s : kStatuses)
        statuses << s.status;
    return statuses;
}

QString LeadLifecycle::key(LeadStatus status)
{
    return QString::fromLatin1(info(status).key);
}

std::optional<LeadStatus> LeadLifecycle::fromKey(const QString &key)
{
    for (const StatusInfo &s : kStatuses) {
        if (key == QLatin1StringView(s.key))
            return s.status;
    }
    return std::nullopt;
}

QString LeadLifecycle::displayName(LeadStatus status)
{
    return tr(info(status).name);
}

int LeadLifecycle::step(LeadStatus status)
{
    return info(status).step;
}

bool LeadLifecycle::isEnd(LeadStatus status)
{
    return status == LeadStatus::Converted || step(status) == 0;
}

FunnelMark LeadLifecycle::markAt(LeadStatus status)
{
    switch (status) {
    case LeadStatus::AwaitingAssignment:
        return FunnelMark::Mql;
    case LeadStatus::DiscussingNeeds:
        return FunnelMark::Sql;
    case LeadStatus::BriefFilled:
        return FunnelMark::Sal;
    default:
        return FunnelMark::None;
    }
}

bool LeadLifecycle::hasReached(LeadStatus status, FunnelMark mark)
{
    static const int markStep[] = {0, step(LeadStatus::AwaitingAssignment), step(LeadStatus::DiscussingNeeds),
        step(LeadStatus::BriefFilled)};
    return mark != FunnelMark::None && step(status) >= markStep[int(mark)];
}

bool LeadLifecycle::isBackward(LeadStatus from, LeadStatus to)
{
    return !isEnd(from) && step(to) > 0 && step(to) == step(from) - 1;
}

QList<LeadStatus> LeadLifecycle::allowedTargets(LeadStatus from)
{
    QList<LeadStatus> targets;
    if (isEnd(from))
        return targets;
    const int here = step(from);
    for (const StatusInfo &s : kStatuses) {
        if (s.step == here + 1 || (s.step > 0 && s.step == here - 1))
            targets << s.status;
    }
    targets << LeadStatus::Disqualified;
    // SDRs route partner leads before sales take them; sales lose leads they work.
    if (here <= step(LeadStatus::AwaitingAssignment))
        targets << LeadStatus::RoutedToPartner;
    if (here >= step(LeadStatus::ReceivedBySales))
        targets << LeadStatus::Lost;
    return targets;
}

LeadLifecycle::Decision LeadLifecycle::check(LeadStatus from, LeadStatus to, const Context &context)
{
    if (isEnd(from))
        return {false, tr("The lead is closed (%1); it cannot move any more.").arg(displayName(from))};
    if (!allowedTargets(from).contains(to))
        return {
            false, tr("A lead cannot move from \"%1\" to \"%2\".").arg(displayName(from), displayName(to))};
    if (isBackward(from, to) && context.comment.trimmed().isEmpty())
        return {
            false, tr("Say why the lead moves back to \"%1\" (a comment is required).").arg(displayName(to))};
    if (to == LeadStatus::AwaitingAssignment && !context.questionnaireComplete && !isBackward(from, to))
        return {false, tr("Fill in the qualification questionnaire before the lead becomes an MQL.")};
    if (to == LeadStatus::Disqualified && context.disqualifyReason.trimmed().isEmpty())
        return {false, tr("Give the reason the lead is disqualified.")};
    if (to == LeadStatus::RoutedToPartner) {
        if (context.partner.trimmed().isEmpty())
            return {false, tr("Name the partner the lead is routed to.")};
        if (!(context.commissionPercent > 0 && context.commissionPercent <= 100))
            return {false, tr("The partner's commission must be more than 0% and at most 100%.")};
    }
    return {true, {}};
}

} // namespace loopline
