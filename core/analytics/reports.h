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

private:
    const Database &m_db;
    ReportFilter m_filter;
};

} // namespace loopline
