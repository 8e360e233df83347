#include "campaigns/campaignstore.h"
#include "leads/leadconversion.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "pipeline/dealclosing.h"
#include "pipeline/pipelinestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::lead;
using loopline::test::qualify;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;

// Campaigns on both backends: seed 002's worked example to the cent, and the closed
// loop: the leads a campaign brought, how far they went and what they earned.
class tst_Campaigns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void seed002PlanAgainstActual();
    void actualsComeFromTheLeads();
    void leadsFindTheirCampaignByName();
    void invalidCampaignsAreRefused();

private:
    std::unique_ptr<Database> m_db;
};

namespace {

// Seed 002: a 200 000 RUB budget; planned reach 230 000 and 4 500 visits; actual
// reach 2 500 000 and 31 837 visits.
Campaign seed002()
{
    Campaign c;
    c.name = u"Contextual advertising, autumn"_s;
    c.channel = u"Contextual ads"_s;
    c.currency = u"RUB"_s;
    c.budgetMinor = 200'000'00;
    c.planReach = 230'000;
    c.planVisits = 4'500;
    c.actualReach = 2'500'000;
    c.actualVisits = 31'837;
    return c;
}

double rounded(std::optional<double> minor)
{
    return minor ? std::round(*minor) / 100.0 : -1; // to whole kopecks, shown in roubles
}

} // namespace

void tst_Campaigns::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_Campaigns::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_db->setClock(std::make_shared<ManualClock>());
}

void tst_Campaigns::cleanup()
{
    m_db.reset();
}

void tst_Campaigns::seed002PlanAgainstActual()
{
    CampaignStore store(*m_db);
    const QString id = store.create(seed002());
    const CampaignFigures f = store.figures(id);
    // 200 000 / 230 000 = 0.8696 → 0.87 per contact; 200 000 / 4 500 = 44.44 per visit.
    QCOMPARE(rounded(f.plan.perContact()), 0.87);
    QCOMPARE(rounded(f.plan.perVisit()), 44.44);
    // The budget was spent as planned: 200 000 / 2 500 000 = 0.08; / 31 837 = 6.28.
    QCOMPARE(rounded(f.actual.perContact()), 0.08);
    QCOMPARE(rounded(f.actual.perVisit()), 6.28);
    QVERIFY(!f.actual.perLead()); // no leads yet
    Campaign c = *store.get(id);
    QCOMPARE(c.budgetMinor, qint64(200'000'00));
    QCOMPARE(c.actualVisits, qint64(31'837));
    QVERIFY(!c.actualCostMinor);
    // An actual cost overrides the budget on the actual side only.
    c.actualCostMinor = 250'000'00;
    store.update(c);
    QCOMPARE(rounded(store.figures(id).actual.perVisit()), 7.85); // 250 000 / 31 837 = 7.8525
    QCOMPARE(rounded(store.figures(id).plan.perVisit()), 44.44);
}

void tst_Campaigns::actualsComeFromTheLeads()
{
    CurrencyRates(*m_db).setRate(u"RUB"_s, 0.01); // 1 RUB = 0.01 EUR (the base)
    CampaignStore campaigns(*m_db);
    Campaign c = seed002();
    c.currency = u"RUB"_s;
    c.budgetMinor = 100'000'00; // 100 000 RUB
    const QString id = campaigns.create(c);

    LeadStore leads(*m_db);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        Lead l = lead(u"Lead %1"_s.arg(i));
        l.campaign = u"contextual advertising, AUTUMN"_s; // any case
        l.companyName = u"Company %1"_s.arg(i);
        ids << leads.create(l);
    }
    leads.create(lead(u"Elsewhere"_s)); // another campaign's (none)
    // Three reach MQL, two of them SQL; two are converted and one of those deals is won.
    for (int i = 0; i < 3; ++i)
        qualify(leads, ids.at(i));
    for (int i = 0; i < 2; ++i) {
        leads.move(ids.at(i), LeadStatus::ReceivedBySales);
        leads.move(ids.at(i), LeadStatus::DiscussingNeeds);
    }
    LeadConversion::Request request;
    request.valueMinor = 3'000'00; // 3 000 EUR
    const QString wonDeal = LeadConversion(*m_db).convert(ids.at(0), request).dealId;
    request.valueMinor = 500'00;
    LeadConversion(*m_db).convert(ids.at(1), request);
    DealClosing(*m_db).closeWon(wonDeal, 3'000'00, QDate(2026, 3, 1));

    const CampaignFigures f = campaigns.figures(id);
    QCOMPARE(f.actual.leads, qint64(5));
    QCOMPARE(f.actual.mql, qint64(3));
    QCOMPARE(f.actual.sql, qint64(2));
    QCOMPARE(f.actual.won, qint64(1));
    // 3 000 EUR = 300 000 RUB; cost 100 000 RUB: 20 000 per lead, 33 333.33 per MQL,
    // 100 000 per won deal, ROI (300 000 - 100 000) / 100 000 = 2.
    QCOMPARE(qRound64(f.actual.revenueMinor), qint64(300'000'00));
    QCOMPARE(rounded(f.actual.perLead()), 20'000.0);
    QCOMPARE(rounded(f.actual.perMql()), 33'333.33);
    QCOMPARE(rounded(f.actual.perWon()), 100'000.0);
    QCOMPARE(*f.actual.roi(), 2.0);
}

void tst_Campaigns::leadsFindTheirCampaignByName()
{
    LeadStore leads(*m_db);
    Lead early = lead(u"Early"_s);
    early.campaign = u"Retail Expo 2026"_s;
    const QString earlyId = leads.create(early); // before the campaign exists
    CampaignStore campaigns(*m_db);
    Campaign expo;
    expo.name = u"Retail Expo 2026"_s;
    expo.kind = Campaign::Kind::Event;
    const QString id = campaigns.create(expo);
    QCOMPARE(campaigns.figures(id).actual.leads, qint64(1)); // linked when the campaign was created
    Lead moved = *leads.get(earlyId);
    moved.campaign = u"Something else"_s;
    leads.update(moved);
    QCOMPARE(campaigns.figures(id).actual.leads, qint64(0));
    moved.campaign = u"retail expo 2026"_s;
    leads.update(moved);
    QCOMPARE(campaigns.figures(id).actual.leads, qint64(1));
    campaigns.remove(id);
    QVERIFY(!campaigns.get(id));
    QVERIFY(leads.get(earlyId)); // the lead stays
}

void tst_Campaigns::invalidCampaignsAreRefused()
{
    CampaignStore store(*m_db);
    store.create(seed002());
    QVERIFY(storeErrorFrom([&] { store.create(seed002()); })); // same name
    Campaign nameless = seed002();
    nameless.name = u" "_s;
    QVERIFY(storeErrorFrom([&] { store.create(nameless); }));
    Campaign backwards = seed002();
    backwards.name = u"Backwards"_s;
    backwards.startsOn = QDate(2026, 5, 1);
    backwards.endsOn = QDate(2026, 4, 1);
    QVERIFY(storeErrorFrom([&] { store.create(backwards); }));
    Campaign negative = seed002();
    negative.name = u"Negative"_s;
    negative.planVisits = -1;
    QVERIFY(storeErrorFrom([&] { store.create(negative); }));
    QCOMPARE(store.count(), 1);
}

QTEST_GUILESS_MAIN(tst_Campaigns)
#include "tst_campaigns.moc"
