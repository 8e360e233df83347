#include "analytics/reports.h"
#include "campaigns/campaignstore.h"
#include "leads/leadfigures.h"
#include "leads/leadlifecycle.h"
#include "pipeline/dealclosing.h"
#include "pipeline/forecast.h"
#include "pipeline/pipelinestore.h"
#include "store/dealstore.h"
#include "store/listquery.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// The manager's reports on both backends, against a hand-built dataset with the
// expected figures worked out by hand.
class tst_Reports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void winLossPerMonthConvertsWonValue();
    void lossReasonsMostFrequentFirst();
    void competitorsCountEveryListedDeal();
    void ownerDateAndCampaignFilters();
    void leadFunnelCountsReachedSteps();
    void dealFunnelCountsSkippedStagesAsReached();
    void campaignResultsCloseTheLoop();
    void winLossByOwnerSourceCampaignAndSegment();
    void sourceFilterGoesThroughTheLead();
    void sdrStatsCountResponsesAndBonus();
    void salesStatsPerRep();
    void everyDrillDownListsTheRecordsBehindItsFigure();
    void forecastMonthsListTheirOpenDeals();

private:
    qint64 count(const DrillDown &drill)
    {
        ListQuery query(*m_db, drill.entity == u"lead"_s ? ListSpec::leads() : ListSpec::deals());
        query.setCondition(drill.condition, drill.values);
        return query.count();
    }
    QString deal(const QString &title, const QString &stage, const QString &owner, qint64 valueMinor = 0,
        const QString &currency = u"EUR"_s)
    {
        Deal d;
        d.title = title;
        d.stageId = stage;
        d.valueMinor = valueMinor;
        d.currency = currency;
        d.owner = owner;
        return DealStore(*m_db).create(d);
    }
    void at(qint64 ms) { m_clock->setNowMs(ms); }
    void buildClosedDeals();
    void lead(const QString &owner, int maxStep, qint64 receivedAt, const QVariant &campaignId = {});

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
    QString m_alpha, m_beta, m_gamma;
    QStringList m_deals;
};

namespace {
constexpr qint64 kStart = 1'767'258'000'000; // 2026-01-01T09:00:00Z
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kNoon = 3 * 3'600'000; // 09:00 + 3 h = 12:00 UTC
// Noon UTC of a day of January 2026 (day 32 = 1 February).
constexpr qint64 jan(int day)
{
    return kStart + (day - 1) * kDay + kNoon;
}
} // namespace

void tst_Reports::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_Reports::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
    m_deals.clear();
}

void tst_Reports::cleanup()
{
    m_db.reset();
}

// Rate: 1 USD = 0.9 EUR (base). All deals created on 1 January.
//
//   deal owner  closed   outcome                         competitors listed
//   D1   anna   Jan 10   won 1000.00 EUR                 Alpha, Beta
//   D2   anna   Jan 12   won 2000.00 USD (=1800.00 EUR)  Alpha
//   D3   boris  Jan 14   lost: price                     Beta
//   D4   boris  Jan 20   lost: competitor, Alpha won     Gamma (+ Alpha by closing)
//   D5   anna   Feb 5    won 500.00 EUR                  -            (lead of campaign "spring")
//   D6   anna   Feb 10   lost: price                     Alpha
//   D7   boris  Feb 15   lost: timing (closed_at NULL: updated_at counts)
//   D8   boris  Feb 20   lost: competitor, Beta won      (Beta by closing)
//   D9   anna   open                                     Alpha        (never counted)
//
// Win/loss: 2026-01 won 2 lost 2, 100000 + 180000 = 280000 minor;
//           2026-02 won 1 lost 3, 50000 minor.
// Loss reasons: price 2, competitor 2 (tie: position 1 before 7), timing 1.
// Competitors: Alpha D1 D2 D4 D6: 4 deals, won 2, lostTo 1 (D4);
//              Beta  D1 D3 D8:    3 deals, won 1, lostTo 1 (D8);
//              Gamma D4:          1 deal,  won 0, lostTo 0.
// Owner anna: 2026-01 won 2 lost 0 280000; 2026-02 won 1 lost 1 50000;
//             Alpha 3 deals (D1 D2 D6) won 2; Beta 1 (D1) won 1.
// February only: price 1, timing 1, competitor 1 (by position); Alpha 1, Beta 1.
// Campaign "spring": 2026-02 won 1 lost 0 50000.
void tst_Reports::buildClosedDeals()
{
    CurrencyRates(*m_db).setRate(u"USD"_s, 0.9);
    CompetitorStore competitors(*m_db);
    m_alpha = competitors.create({QString(), u"Alpha"_s, {}, {}, {}, {}});
    m_beta = competitors.create({QString(), u"Beta"_s, {}, {}, {}, {}});
    m_gamma = competitors.create({QString(), u"Gamma"_s, {}, {}, {}, {}});

    const QStringList owners = {u"anna"_s, u"anna"_s, u"boris"_s, u"boris"_s, u"anna"_s, u"anna"_s,
        u"boris"_s, u"boris"_s, u"anna"_s};
    for (qsizetype i = 0; i < owners.size(); ++i) {
        m_deals << deal(
            u"D%1"_s.arg(i + 1), u"needs_confirmed"_s, owners.at(i), 0, i == 1 ? u"USD"_s : u"EUR"_s);
    }
    competitors.setCompetitors(m_deals[0], {m_alpha, m_beta});
    competitors.setCompetitors(m_deals[1], {m_alpha});
    competitors.setCompetitors(m_deals[2], {m_beta});
    competitors.setCompetitors(m_deals[3], {m_gamma});
    competitors.setCompetitors(m_deals[5], {m_alpha});
    competitors.setCompetitors(m_deals[8], {m_alpha});

    DealClosing closing(*m_db);
    at(jan(10));
    closing.closeWon(m_deals[0], 100000);
    at(jan(12));
    closing.closeWon(m_deals[1], 200000);
    at(jan(14));
    closing.closeLost(m_deals[2], u"price"_s);
    at(jan(20));
    closing.closeLost(m_deals[3], u"competitor"_s, m_alpha);
    at(jan(31 + 5));
    closing.closeWon(m_deals[4], 50000);
    at(jan(31 + 10));
    closing.closeLost(m_deals[5], u"price"_s);
    at(jan(31 + 15));
    closing.closeLost(m_deals[6], u"timing"_s);
    m_db->run(u"UPDATE deals SET closed_at = NULL WHERE id = ?"_s, {m_deals[6]});
    at(jan(31 + 20));
    closing.closeLost(m_deals[7], u"competitor"_s, m_beta);

    m_db->run(u"INSERT INTO campaigns (id, name, created_at, updated_at) VALUES ('spring', 'Spring', ?, ?)"_s,
        {kStart, kStart});
    lead(u"anna"_s, 9, kStart, u"spring"_s);
    m_db->run(u"UPDATE leads SET deal_id = ? WHERE campaign_id = 'spring'"_s, {m_deals[4]});
}

void tst_Reports::lead(const QString &owner, int maxStep, qint64 receivedAt, const QVariant &campaignId)
{
    m_db->run(u"INSERT INTO leads (id, source_id, owner, max_step, received_at, sla_due_at, campaign_id, "
              "created_at, updated_at) VALUES (?, 'web_site', ?, ?, ?, ?, ?, ?, ?)"_s,
        {Database::newId(), owner, maxStep, receivedAt, receivedAt + 1'800'000,
            campaignId.isValid() ? campaignId : QVariant(QMetaType::fromType<QString>()), receivedAt,
            receivedAt});
}

void tst_Reports::winLossPerMonthConvertsWonValue()
{
    buildClosedDeals();
    const QList<WinLossMonth> months = Reports(*m_db).winLossByMonth();
    QCOMPARE(months.size(), 2);
    QCOMPARE(months[0].month, QDate(2026, 1, 1));
    QCOMPARE(months[0].won, 2);
    QCOMPARE(months[0].lost, 2);
    QCOMPARE(qRound64(months[0].wonValueMinor), 280000);
    QCOMPARE(months[1].month, QDate(2026, 2, 1));
    QCOMPARE(months[1].won, 1);
    QCOMPARE(months[1].lost, 3);
    QCOMPARE(qRound64(months[1].wonValueMinor), 50000);
}

void tst_Reports::lossReasonsMostFrequentFirst()
{
    buildClosedDeals();
    const QList<LossReasonCount> reasons = Reports(*m_db).lossReasons();
    QCOMPARE(reasons.size(), 3);
    QCOMPARE(reasons[0].reasonId, u"price"_s);
    QCOMPARE(reasons[0].name, u"Price"_s);
    QCOMPARE(reasons[0].count, 2);
    QCOMPARE(reasons[1].reasonId, u"competitor"_s);
    QCOMPARE(reasons[1].name, u"Went to a competitor"_s);
    QCOMPARE(reasons[1].count, 2);
    QCOMPARE(reasons[2].reasonId, u"timing"_s);
    QCOMPARE(reasons[2].count, 1);
}

void tst_Reports::competitorsCountEveryListedDeal()
{
    buildClosedDeals();
    const QList<CompetitorStats> stats = Reports(*m_db).competitors();
    QCOMPARE(stats.size(), 3);
    QCOMPARE(stats[0].competitorId, m_alpha);
    QCOMPARE(stats[0].name, u"Alpha"_s);
    QCOMPARE(stats[0].closedDeals, 4);
    QCOMPARE(stats[0].won, 2);
    QCOMPARE(stats[0].lostTo, 1);
    QCOMPARE(stats[0].winRate(), 0.5);
    QCOMPARE(stats[1].competitorId, m_beta);
    QCOMPARE(stats[1].closedDeals, 3);
    QCOMPARE(stats[1].won, 1);
    QCOMPARE(stats[1].lostTo, 1);
    QCOMPARE(stats[2].competitorId, m_gamma);
    QCOMPARE(stats[2].closedDeals, 1);
    QCOMPARE(stats[2].won, 0);
    QCOMPARE(stats[2].lostTo, 0);
    QCOMPARE(stats[2].winRate(), 0.0);
}

void tst_Reports::ownerDateAndCampaignFilters()
{
    buildClosedDeals();
    Reports reports(*m_db);
    ReportFilter filter;
    filter.owner = u"anna"_s;
    reports.setFilter(filter);
    QList<WinLossMonth> months = reports.winLossByMonth();
    QCOMPARE(months.size(), 2);
    QCOMPARE(months[0].won, 2);
    QCOMPARE(months[0].lost, 0);
    QCOMPARE(qRound64(months[0].wonValueMinor), 280000);
    QCOMPARE(months[1].won, 1);
    QCOMPARE(months[1].lost, 1);
    QList<CompetitorStats> stats = reports.competitors();
    QCOMPARE(stats.size(), 2);
    QCOMPARE(stats[0].competitorId, m_alpha);
    QCOMPARE(stats[0].closedDeals, 3);
    QCOMPARE(stats[0].won, 2);
    QCOMPARE(stats[0].lostTo, 0);
    QCOMPARE(stats[1].competitorId, m_beta);
    QCOMPARE(stats[1].closedDeals, 1);
    QCOMPARE(stats[1].won, 1);

    filter = {};
    filter.from = QDate(2026, 2, 1);
    filter.to = QDate(2026, 2, 28);
    reports.setFilter(filter);
    months = reports.winLossByMonth();
    QCOMPARE(months.size(), 1);
    QCOMPARE(months[0].month, QDate(2026, 2, 1));
    QCOMPARE(months[0].lost, 3); // D7 through its updated_at
    const QList<LossReasonCount> reasons = reports.lossReasons();
    QCOMPARE(reasons.size(), 3);
    QCOMPARE(reasons[0].reasonId, u"price"_s);
    QCOMPARE(reasons[1].reasonId, u"timing"_s);
    QCOMPARE(reasons[2].reasonId, u"competitor"_s);
    stats = reports.competitors();
    QCOMPARE(stats.size(), 2);
    QCOMPARE(stats[0].closedDeals, 1);
    QCOMPARE(stats[1].closedDeals, 1);

    filter.to = QDate(2026, 2, 9); // D5 only
    reports.setFilter(filter);
    months = reports.winLossByMonth();
    QCOMPARE(months.size(), 1);
    QCOMPARE(months[0].won, 1);
    QCOMPARE(months[0].lost, 0);

    filter = {};
    filter.campaignId = u"spring"_s;
    reports.setFilter(filter);
    months = reports.winLossByMonth();
    QCOMPARE(months.size(), 1);
    QCOMPARE(months[0].month, QDate(2026, 2, 1));
    QCOMPARE(months[0].won, 1);
    QCOMPARE(qRound64(months[0].wonValueMinor), 50000);
    QVERIFY(reports.lossReasons().isEmpty());

    filter = {};
    filter.pipelineId = u"no_such_pipeline"_s;
    reports.setFilter(filter);
    QVERIFY(reports.winLossByMonth().isEmpty());
}

// Leads (received, max_step): anna Dec 31 2025 (3) — before the period; anna Jan 2 (1),
// Jan 3 (3), Jan 4 (5), Jan 5 (9); boris Jan 6 (6).
// From 1 January: steps 1..9 = 5 4 4 3 3 2 1 1 1; anna only: 4 3 3 2 2 1 1 1 1;
// everything: 6 5 5 3 3 2 1 1 1.
void tst_Reports::leadFunnelCountsReachedSteps()
{
    lead(u"anna"_s, 3, jan(0));
    lead(u"anna"_s, 1, jan(2));
    lead(u"anna"_s, 3, jan(3));
    lead(u"anna"_s, 5, jan(4));
    lead(u"anna"_s, 9, jan(5));
    lead(u"boris"_s, 6, jan(6));

    const auto counts = [](const QList<FunnelStep> &steps) {
        QList<qint64> result;
        for (const FunnelStep &step : steps)
            result << step.count;
        return result;
    };
    Reports reports(*m_db);
    QList<FunnelStep> funnel = reports.leadFunnel();
    QCOMPARE(funnel.size(), 9);
    QCOMPARE(funnel.first().key, LeadLifecycle::key(LeadStatus::New));
    QCOMPARE(funnel.first().label, LeadLifecycle::displayName(LeadStatus::New));
    QCOMPARE(funnel.last().key, LeadLifecycle::key(LeadStatus::Converted));
    QCOMPARE(counts(funnel), (QList<qint64> {6, 5, 5, 3, 3, 2, 1, 1, 1}));

    ReportFilter filter;
    filter.from = QDate(2026, 1, 1);
    reports.setFilter(filter);
    QCOMPARE(counts(reports.leadFunnel()), (QList<qint64> {5, 4, 4, 3, 3, 2, 1, 1, 1}));
    filter.owner = u"anna"_s;
    reports.setFilter(filter);
    QCOMPARE(counts(reports.leadFunnel()), (QList<qint64> {4, 3, 3, 2, 2, 1, 1, 1, 1}));
}

// Default pipeline stages at positions 1..5. Deals:
//   F0 created Dec 31 2025 at contract_sent (5), open — before the period
//   F1 assessment_booked (1), open
//   F2 assessment_booked > needs_confirmed > proposal_received (3), lost
//   F3 assessment_booked > terms_agreed (4, skipping 2 and 3), won
//   F4 needs_confirmed > contract_sent (5), won
//   F5 in a second pipeline — never counted
// From 1 January: 4 3 3 2 1, won 2. Everything: 5 4 4 3 2, won 2.
void tst_Reports::dealFunnelCountsSkippedStagesAsReached()
{
    at(jan(0));
    deal(u"F0"_s, u"contract_sent"_s, u"anna"_s);
    at(jan(2));
    deal(u"F1"_s, u"assessment_booked"_s, u"anna"_s);
    DealStore store(*m_db);
    DealClosing closing(*m_db);
    const QString f2 = deal(u"F2"_s, u"assessment_booked"_s, u"anna"_s);
    store.moveToStage(f2, u"needs_confirmed"_s, false);
    store.moveToStage(f2, u"proposal_received"_s, false);
    closing.closeLost(f2, u"price"_s);
    const QString f3 = deal(u"F3"_s, u"assessment_booked"_s, u"boris"_s);
    store.moveToStage(f3, u"terms_agreed"_s, false);
    closing.closeWon(f3, 1000);
    const QString f4 = deal(u"F4"_s, u"needs_confirmed"_s, u"boris"_s);
    store.moveToStage(f4, u"contract_sent"_s, false);
    closing.closeWon(f4, 1000);
    PipelineStore pipelines(*m_db);
    const QString other = pipelines.addPipeline(u"Partners"_s, {u"Intro"_s, u"Offer"_s});
    deal(u"F5"_s, pipelines.stages(other).first().id, u"anna"_s);

    const auto counts = [](const QList<FunnelStep> &steps) {
        QList<qint64> result;
        for (const FunnelStep &step : steps)
            result << step.count;
        return result;
    };
    Reports reports(*m_db);
    QList<FunnelStep> funnel = reports.dealFunnel();
    QCOMPARE(funnel.size(), 6);
    QCOMPARE(funnel.first().key, u"assessment_booked"_s);
    QCOMPARE(funnel.first().label, u"Needs assessment booked"_s);
    QCOMPARE(funnel.last().key, u"won"_s);
    QCOMPARE(funnel.last().label, u"Won"_s);
    QCOMPARE(counts(funnel), (QList<qint64> {5, 4, 4, 3, 2, 2}));

    ReportFilter filter;
    filter.from = QDate(2026, 1, 1);
    reports.setFilter(filter);
    QCOMPARE(counts(reports.dealFunnel()), (QList<qint64> {4, 3, 3, 2, 1, 2}));
    filter.owner = u"boris"_s;
    reports.setFilter(filter);
    QCOMPARE(counts(reports.dealFunnel()), (QList<qint64> {2, 2, 2, 2, 1, 2}));
}

void tst_Reports::campaignResultsCloseTheLoop()
{
    // Two campaigns: "Expo" (event, 5 000.00 EUR budget, actual cost 6 000.00 EUR) and
    // "Ads" (10 000.00 RUB budget at 1 RUB = 0.01 EUR: 100.00 EUR). Expo brought three
    // leads, two of them with deals: one won for 1 000.00 USD (at 0.9: 900.00 EUR), one
    // lost. Ads brought one lead and nothing else.
    // Expo: cost 600 000, revenue 90 000 minor EUR, ROI (90 000 - 600 000) / 600 000 = -0.85.
    CurrencyRates rates(*m_db);
    rates.setRate(u"USD"_s, 0.9);
    rates.setRate(u"RUB"_s, 0.01);
    CampaignStore campaigns(*m_db);
    Campaign expo;
    expo.name = u"Expo"_s;
    expo.kind = Campaign::Kind::Event;
    expo.budgetMinor = 5'000'00;
    expo.actualCostMinor = 6'000'00;
    expo.startsOn = QDate(2026, 1, 10);
    expo.endsOn = QDate(2026, 1, 12);
    const QString expoId = campaigns.create(expo);
    Campaign ads;
    ads.name = u"Ads"_s;
    ads.currency = u"RUB"_s;
    ads.budgetMinor = 10'000'00;
    ads.startsOn = QDate(2026, 3, 1);
    const QString adsId = campaigns.create(ads);

    const QString won = deal(u"Won"_s, u"needs_confirmed"_s, u"anna"_s, 1'000'00, u"USD"_s);
    DealClosing(*m_db).closeWon(won, 1'000'00, QDate(2026, 1, 20));
    const QString lost = deal(u"Lost"_s, u"needs_confirmed"_s, u"anna"_s, 500'00);
    DealClosing(*m_db).closeLost(lost, u"price"_s, {}, {});
    for (const QVariant &dealId : {QVariant(won), QVariant(lost), QVariant()})
        m_db->run(u"INSERT INTO leads (id, source_id, campaign_id, deal_id, owner, received_at, sla_due_at, "
                  "created_at, updated_at) VALUES (?, 'web_site', ?, ?, 'anna', 0, 0, 0, 0)"_s,
            {Database::newId(), expoId, dealId.isNull() ? QVariant(QMetaType::fromType<QString>()) : dealId});
    m_db->run(u"INSERT INTO leads (id, source_id, campaign_id, owner, received_at, sla_due_at, created_at, "
              "updated_at) VALUES (?, 'web_site', ?, 'boris', 0, 0, 0, 0)"_s,
        {Database::newId(), adsId});

    Reports reports(*m_db);
    QList<CampaignResult> rows = reports.campaignResults();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).name, u"Ads"_s); // newest first
    QCOMPARE(qRound64(rows.at(0).costMinor), qint64(100'00));
    QCOMPARE(rows.at(0).leads, qint64(1));
    QCOMPARE(rows.at(0).won, qint64(0));
    const CampaignResult &e = rows.at(1);
    QCOMPARE(qRound64(e.costMinor), qint64(6'000'00));
    QCOMPARE(e.leads, qint64(3));
    QCOMPARE(e.won, qint64(1));
    QCOMPARE(qRound64(e.revenueMinor), qint64(900'00));
    QCOMPARE(qRound(*e.roi() * 100), -85);

    ReportFilter filter; // January only: Ads starts in March
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 1, 31);
    reports.setFilter(filter);
    rows = reports.campaignResults();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().name, u"Expo"_s);
    filter = ReportFilter(); // Boris's leads only: Expo has none of them
    filter.owner = u"boris"_s;
    reports.setFilter(filter);
    rows = reports.campaignResults();
    QCOMPARE(rows.at(1).leads, qint64(0));
    QCOMPARE(rows.at(0).leads, qint64(1));
}

// From buildClosedDeals(): anna D1 D2 D5 D6 (won 3, lost 1, 330 000 minor), boris D3 D4
// D7 D8 (lost 4). D5 came from the "spring" lead (source web_site). D1 and D3 are in the
// Retail segment: won 1, lost 1; the other six: won 2, lost 4.
void tst_Reports::winLossByOwnerSourceCampaignAndSegment()
{
    buildClosedDeals();
    m_db->run(u"UPDATE deals SET segment = 'Retail' WHERE id IN (?, ?)"_s, {m_deals[0], m_deals[2]});
    Reports reports(*m_db);

    QList<WinLossGroup> rows = reports.winLossBy(ReportDimension::Owner);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].key, u"anna"_s);
    QCOMPARE(rows[0].name, u"anna"_s);
    QCOMPARE(rows[0].won, 3);
    QCOMPARE(rows[0].lost, 1);
    QCOMPARE(qRound64(rows[0].wonValueMinor), 330000);
    QCOMPARE(rows[0].winRate(), 0.75);
    QCOMPARE(rows[1].key, u"boris"_s);
    QCOMPARE(rows[1].won, 0);
    QCOMPARE(rows[1].lost, 4);

    rows = reports.winLossBy(ReportDimension::Campaign);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].key, QString());
    QCOMPARE(rows[0].won, 2);
    QCOMPARE(rows[0].lost, 5);
    QCOMPARE(rows[1].key, u"spring"_s);
    QCOMPARE(rows[1].name, u"Spring"_s);
    QCOMPARE(rows[1].won, 1);
    QCOMPARE(rows[1].lost, 0);
    QCOMPARE(qRound64(rows[1].wonValueMinor), 50000);

    rows = reports.winLossBy(ReportDimension::Source);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].key, u"web_site"_s);
    QCOMPARE(rows[1].name, u"Web site"_s);
    QCOMPARE(rows[1].won, 1);

    rows = reports.winLossBy(ReportDimension::Segment);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].key, QString());
    QCOMPARE(rows[0].won, 2);
    QCOMPARE(rows[0].lost, 4);
    QCOMPARE(rows[1].key, u"Retail"_s);
    QCOMPARE(rows[1].won, 1);
    QCOMPARE(rows[1].lost, 1);

    ReportFilter filter; // February: anna D5 D6, boris D7 D8
    filter.from = QDate(2026, 2, 1);
    reports.setFilter(filter);
    rows = reports.winLossBy(ReportDimension::Owner);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].won + rows[0].lost, 2);
    QCOMPARE(rows[1].won + rows[1].lost, 2);
    QCOMPARE(qRound64(rows[0].wonValueMinor), 50000);
}

void tst_Reports::sourceFilterGoesThroughTheLead()
{
    buildClosedDeals();
    lead(u"boris"_s, 2, jan(3));
    m_db->run(u"UPDATE leads SET source_id = 'trade_show' WHERE owner = 'boris'"_s);
    Reports reports(*m_db);
    ReportFilter filter;
    filter.sourceId = u"web_site"_s;
    reports.setFilter(filter);
    const QList<WinLossMonth> months = reports.winLossByMonth();
    QCOMPARE(months.size(), 1);
    QCOMPARE(months[0].won, 1); // D5 only
    QCOMPARE(months[0].lost, 0);
    QCOMPARE(reports.leadFunnel().first().count, 1); // the spring lead, not boris's
    filter.sourceId = u"trade_show"_s;
    reports.setFilter(filter);
    QVERIFY(reports.winLossByMonth().isEmpty());
    QCOMPARE(reports.leadFunnel().first().count, 1);
    QCOMPARE(reports.leadFunnel().at(2).count, 0);
}

// Period: January 2026. Bonus rates: converted 100.00, SQL 10.00, SAL 20.00.
//   L1 sam   received Jan 2, answered after 10 min (due 30): within; SQL Jan 3
//   L2 sam   received Jan 3, answered after 50 min: breach; SQL Jan 4, SAL Jan 5, converted Jan 10
//   L3 sam   received and answered Dec 31 (not taken in the period); SQL Jan 2
//   L4 tina  received Jan 4, answered after 20 min: within
//   L5 nobody has taken it
// sam: taken 2, within 1, average 30 min; bonus 100.00 + 3 × 10.00 + 20.00 = 150.00.
// tina: taken 1, within 1, average 20 min, no bonus.
void tst_Reports::sdrStatsCountResponsesAndBonus()
{
    BonusRates rates;
    rates.perConvertedMinor = 100'00;
    rates.perSqlMinor = 10'00;
    rates.perSalMinor = 20'00;
    rates.save(*m_db);
    const qint64 minute = 60'000;
    const auto add = [this, minute](const QString &sdr, qint64 received, qint64 responseMinutes,
                         const QVariant &sqlAt, const QVariant &salAt, const QVariant &convertedAt) {
        const QVariant none(QMetaType::fromType<qint64>());
        m_db->run(u"INSERT INTO leads (id, source_id, sdr, received_at, sla_due_at, first_response_at, "
                  "first_response_ms, sql_at, sal_at, converted_at, created_at, updated_at) "
                  "VALUES (?, 'web_site', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {Database::newId(), sdr, received, received + 30 * minute,
                sdr.isEmpty() ? none : QVariant(received + responseMinutes * minute),
                sdr.isEmpty() ? none : QVariant(responseMinutes * minute), sqlAt.isValid() ? sqlAt : none,
                salAt.isValid() ? salAt : none, convertedAt.isValid() ? convertedAt : none, received,
                received});
    };
    add(u"sam"_s, jan(2), 10, jan(3), {}, {});
    add(u"sam"_s, jan(3), 50, jan(4), jan(5), jan(10));
    add(u"sam"_s, jan(0), 10, jan(2), {}, {});
    add(u"tina"_s, jan(4), 20, {}, {}, {});
    add(QString(), jan(5), 0, {}, {}, {});

    Reports reports(*m_db);
    ReportFilter filter;
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 1, 31);
    reports.setFilter(filter);
    const QList<SdrStats> rows = reports.sdrStats();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].sdr, u"sam"_s);
    QCOMPARE(rows[0].taken, 2);
    QCOMPARE(rows[0].withinSla, 1);
    QCOMPARE(rows[0].withinSlaShare(), 0.5);
    QCOMPARE(rows[0].averageResponseMs.value(), 30 * minute);
    QCOMPARE(rows[0].bonusMinor, 150'00);
    QCOMPARE(rows[1].sdr, u"tina"_s);
    QCOMPARE(rows[1].taken, 1);
    QCOMPARE(rows[1].withinSla, 1);
    QCOMPARE(rows[1].averageResponseMs.value(), 20 * minute);
    QCOMPARE(rows[1].bonusMinor, 0);

    // The same bonus as the SDR figures dialog computes for sam.
    LeadFiguresQuery figures(*m_db);
    figures.setPeriod(QDate(2026, 1, 1).startOfDay(), QDate(2026, 2, 1).startOfDay());
    figures.setSdr(u"sam"_s);
    QCOMPARE(figures.bonusMinor(rates), rows[0].bonusMinor);

    QCOMPARE(count(reports.leadsTakenBy(u"sam"_s)), 2);
    QCOMPARE(count(reports.leadsTakenBy(u"tina"_s)), 1);

    filter.owner = u"tina"_s; // the owner filter picks the SDR
    reports.setFilter(filter);
    QCOMPARE(reports.sdrStats().size(), 1);
    QCOMPARE(reports.sdrStats().first().sdr, u"tina"_s);
}

// buildClosedDeals() plus companies: X bought D1 (Jan 10) and D5 (Feb 5) from anna, two
// months; Y bought D2 (Jan 12), one month: anna's customers stay 1.5 months on average.
// Leads: anna's spring lead (converted) and one more of anna's, one of boris's.
void tst_Reports::salesStatsPerRep()
{
    buildClosedDeals();
    for (const QString &company : {u"X"_s, u"Y"_s})
        m_db->run(u"INSERT INTO companies (id, name, created_at, updated_at) VALUES (?, ?, 0, 0)"_s,
            {company, company});
    m_db->run(u"UPDATE deals SET company_id = 'X' WHERE id IN (?, ?)"_s, {m_deals[0], m_deals[4]});
    m_db->run(u"UPDATE deals SET company_id = 'Y' WHERE id = ?"_s, {m_deals[1]});
    m_db->run(u"UPDATE leads SET converted_at = ?"_s, {jan(20)});
    lead(u"anna"_s, 2, jan(3));
    lead(u"boris"_s, 2, jan(3));

    Reports reports(*m_db);
    QList<SalesStats> rows = reports.salesStats();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].owner, u"anna"_s);
    QCOMPARE(rows[0].leads, 2);
    QCOMPARE(rows[0].convertedLeads, 1);
    QCOMPARE(rows[0].conversion(), 0.5);
    QCOMPARE(rows[0].won, 3);
    QCOMPARE(rows[0].lost, 1);
    QCOMPARE(qRound64(rows[0].wonValueMinor), 330000);
    QCOMPARE(qRound64(*rows[0].averageDealMinor()), 110000);
    QCOMPARE(rows[0].averageCustomerMonths.value(), 1.5);
    QCOMPARE(rows[1].owner, u"boris"_s);
    QCOMPARE(rows[1].leads, 1);
    QCOMPARE(rows[1].won, 0);
    QCOMPARE(rows[1].lost, 4);
    QVERIFY(!rows[1].averageDealMinor());
    QVERIFY(!rows[1].averageCustomerMonths);

    ReportFilter filter; // January: anna D1 D2 won; X's lifetime counts only up to January
    filter.to = QDate(2026, 1, 31);
    reports.setFilter(filter);
    rows = reports.salesStats();
    QCOMPARE(rows[0].owner, u"anna"_s);
    QCOMPARE(rows[0].won, 2);
    QCOMPARE(rows[0].lost, 0);
    QCOMPARE(rows[0].averageCustomerMonths.value(), 1.0);
}

// Each bar's records, counted through the record lists' own query, are its figure.
void tst_Reports::everyDrillDownListsTheRecordsBehindItsFigure()
{
    buildClosedDeals();
    lead(u"anna"_s, 3, jan(3));
    lead(u"boris"_s, 5, jan(4));
    m_db->run(u"UPDATE deals SET segment = 'Retail' WHERE id IN (?, ?)"_s, {m_deals[0], m_deals[2]});
    Reports reports(*m_db);
    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 1) { // and again narrowed
            ReportFilter filter;
            filter.owner = u"anna"_s;
            filter.from = QDate(2026, 1, 1);
            filter.to = QDate(2026, 2, 7);
            reports.setFilter(filter);
        }
        for (const WinLossMonth &month : reports.winLossByMonth()) {
            QCOMPARE(count(reports.closedDeals(u"won"_s, month.month)), month.won);
            QCOMPARE(count(reports.closedDeals(u"lost"_s, month.month)), month.lost);
        }
        for (ReportDimension dimension : {ReportDimension::Owner, ReportDimension::Source,
                 ReportDimension::Campaign, ReportDimension::Segment}) {
            for (const WinLossGroup &group : reports.winLossBy(dimension)) {
                QCOMPARE(count(reports.closedDealsBy(dimension, group.key)), group.won + group.lost);
                QCOMPARE(count(reports.closedDealsBy(dimension, group.key, u"won"_s)), group.won);
            }
        }
        for (const LossReasonCount &reason : reports.lossReasons())
            QCOMPARE(count(reports.lostDealsFor(reason.reasonId)), reason.count);
        for (const CompetitorStats &competitor : reports.competitors())
            QCOMPARE(count(reports.dealsWithCompetitor(competitor.competitorId)), competitor.closedDeals);
        const QList<FunnelStep> funnel = reports.leadFunnel();
        for (qsizetype i = 0; i < funnel.size(); ++i)
            QCOMPARE(count(reports.leadsReaching(int(i) + 1)), funnel.at(i).count);
        for (const FunnelStep &step : reports.dealFunnel())
            QCOMPARE(count(reports.dealsReaching(step.key)), step.count);
        for (const CampaignResult &campaign : reports.campaignResults())
            QCOMPARE(count(reports.campaignLeads(campaign.campaignId)), campaign.leads);
    }
    QCOMPARE(count(reports.closedDeals()), 3); // anna: D1 D2 D5 by 7 February
}

// Open deals expected in December 2025 (overdue: counted in January), January, March and
// June 2026 (after the six months), one without a date and one closed.
void tst_Reports::forecastMonthsListTheirOpenDeals()
{
    DealStore store(*m_db);
    for (const QDate &close : {QDate(2025, 12, 20), QDate(2026, 1, 5), QDate(2026, 1, 31), QDate(2026, 3, 1),
             QDate(2026, 7, 1), QDate()}) {
        Deal d;
        d.title = u"Open"_s;
        d.stageId = u"needs_confirmed"_s;
        d.valueMinor = 1000;
        d.currency = u"EUR"_s;
        d.expectedClose = close;
        store.create(d);
    }
    const QString closed = deal(u"Closed"_s, u"needs_confirmed"_s, u"anna"_s, 1000);
    m_db->run(u"UPDATE deals SET expected_close = '2026-01-10' WHERE id = ?"_s, {closed});
    DealClosing(*m_db).closeWon(closed, 1000);

    const QList<ForecastMonth> months = Forecast(*m_db).months(QDate(2026, 1, 1), 6);
    QCOMPARE(months.size(), 6);
    QCOMPARE(months.at(0).deals, 3);
    QCOMPARE(months.at(2).deals, 1);
    Reports reports(*m_db);
    for (qsizetype i = 0; i < months.size(); ++i)
        QCOMPARE(count(reports.openDealsClosingIn(months.at(i).month, i == 0)), months.at(i).deals);
}

QTEST_GUILESS_MAIN(tst_Reports)
#include "tst_reports.moc"
