#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace loopline {

// A marketing campaign or an event (a trade show is one), with what was planned and
// what it cost. Leads name the campaign that brought them; what they became (MQL, SQL,
// won deals and revenue) is the campaign's actual result.
struct Campaign
{
    enum class Kind { Campaign, Event };
    QString id;
    QString name;
    Kind kind = Kind::Campaign;
    QString channel; // e-mail, contextual ads, social, exhibition...
    QDate startsOn;
    QDate endsOn;
    QString currency = QStringLiteral("EUR");
    qint64 budgetMinor = 0;
    std::optional<qint64> actualCostMinor; // none: the budget was spent as planned
    qint64 planReach = 0;
    qint64 planVisits = 0;
    qint64 planLeads = 0;
    qint64 planMql = 0;
    qint64 planSql = 0;
    qint64 planWon = 0;
    qint64 planRevenueMinor = 0;
    qint64 actualReach = 0; // entered or imported
    qint64 actualVisits = 0;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Plan against actual, and what follows from them (DOMAIN.md, "What the numbers are";
// seed 002's worked example). Money is in the campaign's currency, minor units.
struct CampaignFigures
{
    struct Side
    {
        double costMinor = 0;
        qint64 reach = 0;
        qint64 visits = 0;
        qint64 leads = 0;
        qint64 mql = 0;
        qint64 sql = 0;
        qint64 won = 0;
        double revenueMinor = 0;
        // Cost per contact reached, per visit, per lead, per MQL, per won deal; none when
        // there were none. ROI = (revenue - cost) / cost.
        std::optional<double> perContact() const { return per(reach); }
        std::optional<double> perVisit() const { return per(visits); }
        std::optional<double> perLead() const { return per(leads); }
        std::optional<double> perMql() const { return per(mql); }
        std::optional<double> perWon() const { return per(won); }
        std::optional<double> roi() const
        {
            return costMinor > 0 ? std::optional<double>((revenueMinor - costMinor) / costMinor)
                                 : std::nullopt;
        }

    private:
        std::optional<double> per(qint64 n) const
        {
            return n > 0 ? std::optional<double>(costMinor / double(n)) : std::nullopt;
        }
    };
    Side plan;
    Side actual;
    qint64 unconvertedDeals = 0; // won deals in a currency without a rate, left out of revenue
};

class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    explicit CampaignStore(Database &db)
        : m_db(db)
    {
    }
    QString create(Campaign campaign);
    void update(const Campaign &campaign);
    void remove(const QString &id);
    std::optional<Campaign> get(const QString &id) const;
    std::optional<Campaign> findByName(const QString &name) const;
    qint64 count() const;
    // Actual leads, MQL, SQL and won deals from the leads linked to the campaign, and
    // the revenue of those deals converted to its currency — one SQL aggregate.
    CampaignFigures figures(const QString &id) const;
    // Links the lead to the campaign its campaign text names (ignoring case), if any.
    static void linkLead(Database &db, const QString &leadId);

private:
    void check(const Campaign &campaign) const;
    void linkLeadsByName(const Campaign &campaign);
    Database &m_db;
};

} // namespace loopline
