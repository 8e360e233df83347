#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace loopline {

// What every report is narrowed to. Dates bound the closing date of deals (won/lost
// reports) or the arrival of leads (lead funnel); both ends included, invalid = open.
struct ReportFilter
{
    QDate from;
    QDate to;
    QString owner; // empty: everyone
    QString pipelineId; // empty: every pipeline
    QString campaignId; // empty: every campaign (leads' campaign_id; deals through their lead)
    QString segment; // empty: every segment (deals.segment / leads.segment)
    QString sourceId; // empty: every lead source (leads.source_id; deals through their lead)
};

// What a breakdown of closed deals groups them by.
enum class ReportDimension {
    Owner, // deals.owner
    Source, // the source of the deal's lead
    Campaign, // the campaign of the deal's lead
    Segment // deals.segment
};

// Closed deals of one owner, source, campaign or segment; key and name are empty for
// the deals that have none.
struct WinLossGroup
{
    QString key;
    QString name;
    qint64 won = 0;
    qint64 lost = 0;
    double wonValueMinor = 0; // base currency
    double winRate() const { return won + lost > 0 ? double(won) / double(won + lost) : 0; }
};

// An SDR's work in the period: leads first answered, how many within the SLA, the
// average first response and the bonus earned (BonusRates, in the rates' currency).
struct SdrStats
{
    QString sdr;
    qint64 taken = 0;
    qint64 withinSla = 0;
    std::optional<qint64> averageResponseMs;
    qint64 bonusMinor = 0;
    double withinSlaShare() const { return taken > 0 ? double(withinSla) / double(taken) : 0; }
};

// A sales rep's figures: their leads received in the period and how many became deals,
// their deals closed in the period, won value, and how long their customers stay.
struct SalesStats
{
    QString owner;
    qint64 leads = 0;
    qint64 convertedLeads = 0;
    qint64 won = 0;
    qint64 lost = 0;
    double wonValueMinor = 0; // base currency
    // Customer lifetime in billing periods (months): per company with won deals of this
    // rep, the months from its first won deal to its last, both included; averaged.
    std::optional<double> averageCustomerMonths;
    double conversion() const { return leads > 0 ? double(convertedLeads) / double(leads) : 0; }
    std::optional<double> averageDealMinor() const
    {
        return won > 0 ? std::optional<double>(wonValueMinor / double(won)) : std::nullopt;
    }
};

// One piece of collateral against the closed deals of the period: how often the deals it
// was sent to were won, and how often the others were.
struct CollateralStats
{
    QString collateralId;
    QString title;
    qint64 closedWith = 0;
    qint64 wonWith = 0;
    qint64 closedWithout = 0;
    qint64 wonWithout = 0;
    double winRateWith() const { return closedWith > 0 ? double(wonWith) / double(closedWith) : 0; }
    double winRateWithout() const
    {
        return closedWithout > 0 ? double(wonWithout) / double(closedWithout) : 0;
    }
};

// The records behind one bar of a chart: a record list ("deal" or "lead") narrowed by an
// SQL condition over its alias (d for deals, l for leads) with bound values.
struct DrillDown
{
    QString entity;
    QString condition;
    QVariantList values;
    bool isValid() const { return !entity.isEmpty(); }
};

struct WinLossMonth
{
    QDate month; // first day
    qint64 won = 0;
    qint64 lost = 0;
    double wonValueMinor = 0; // base currency
};

struct LossReasonCount
{
    QString reasonId;
    QString name; // display name (translated for built-ins)
    qint64 count = 0;
};

struct CompetitorStats
{
    QString competitorId;
    QString name;
    qint64 closedDeals = 0; // closed deals that listed it (or were lost to it)
    qint64 won = 0; // of those, won by us
    qint64 lostTo = 0; // deals it won against us
    double winRate() const { return closedDeals > 0 ? double(won) / double(closedDeals) : 0; }
};

// A campaign's closed loop in the base currency: what it cost and what the deals of its
// leads brought in.
struct CampaignResult
{
    QString campaignId;
    QString name;
    double costMinor = 0; // the actual cost, or the budget when none was entered
    qint64 leads = 0;
    qint64 won = 0;
    double revenueMinor = 0; // won deals of its leads
    bool converted = true; // false: its currency has no rate, so cost is left at 0
    std::optional<double> roi() const
    {
        return costMinor > 0 ? std::optional<double>((revenueMinor - costMinor) / costMinor) : std::nullopt;
    }
};

struct FunnelStep
{
    QString key;
    QString label;
    qint64 count = 0;
};

// The manager's reports, each one SQL aggregation (never a loop over rows in C++), on
// both dialects. Money is converted to the base currency through currency_rates.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    explicit Reports(const Database &db)
        : m_db(db)
    {
    }
    void setFilter(const ReportFilter &filter) { m_filter = filter; }
    const ReportFilter &filter() const { return m_filter; }

    // Won and lost deals per month of closing (months with neither left out).
    QList<WinLossMonth> winLossByMonth() const;
    // Lost deals per loss reason, most frequent first.
    QList<LossReasonCount> lossReasons() const;
    // Per competitor: how often it appears in our closed deals, our win rate against
    // it, and how many deals it won; most frequent first.
    QList<CompetitorStats> competitors() const;
    // Leads received in the period reaching each main lifecycle step (1–9).
    QList<FunnelStep> leadFunnel() const;
    // Deals created in the period (of the pipeline, or the default one) reaching each
    // stage, and won.
    QList<FunnelStep> dealFunnel() const;
    // Campaigns and events running in the period (their dates overlap it; undated ones
    // always), newest first, with cost, leads, wins and won revenue; one aggregate.
    QList<CampaignResult> campaignResults() const;
    // Closed deals grouped by owner, source, campaign or segment, most deals first.
    QList<WinLossGroup> winLossBy(ReportDimension dimension) const;
    // Per SDR, leads first answered in the period; most taken first.
    QList<SdrStats> sdrStats() const;
    // Per sales rep (deal owner), most won value first.
    QList<SalesStats> salesStats() const;
    // Per piece of collateral sent to a closed deal of the period, win rate with and
    // without it; most sent first (core/analytics/collateralreport.cpp).
    QList<CollateralStats> collateral() const;

    // The records behind the figures, with the same filter.
    // Deals closed in the month (any month when invalid) with the status (won or lost;
    // both when empty).
    DrillDown closedDeals(const QString &statusKey = {}, const QDate &month = {}) const;
    DrillDown closedDealsBy(
        ReportDimension dimension, const QString &key, const QString &statusKey = {}) const;
    DrillDown lostDealsFor(const QString &reasonId) const;
    DrillDown dealsWithCompetitor(const QString &competitorId) const;
    DrillDown leadsReaching(int step) const;
    // Deals created in the period that reached the stage; won deals for "won".
    DrillDown dealsReaching(const QString &stageId) const;
    DrillDown campaignLeads(const QString &campaignId) const;
    DrillDown leadsTakenBy(const QString &sdr) const;
    DrillDown dealsWithCollateral(const QString &collateralId) const;
    // Open deals of the pipeline (the default one when none) expected to close in the
    // month; with `andEarlier`, also those expected before it (the forecast's first month).
    DrillDown openDealsClosingIn(const QDate &month, bool andEarlier) const;

private:
    const Database &m_db;
    ReportFilter m_filter;
};

} // namespace loopline
