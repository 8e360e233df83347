#include "analytics/reports.h"
#include "collateral/collateralstore.h"
#include "pipeline/dealclosing.h"
#include "pipeline/pipelinestore.h"
#include "store/dealstore.h"
#include "store/listquery.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;

// Collateral on both backends: the library, what was sent to which deal, and the report of
// win rates with and without each piece, against figures worked out by hand.
class tst_Collateral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void libraryReadsBackWhatWasSaved();
    void titleAndStageAreChecked();
    void deletedStageLeavesCollateralForAnyStage();
    void sendingRecordsOnceWhoAndWhen();
    void deletingADealOrAPieceForgetsWhatWasSent();
    void kindsHaveKeysAndNames();

    void winRateWithAndWithout();
    void filtersNarrowBothSides();
    void drillDownListsTheDealsItWasSentTo();

private:
    QString deal(const QString &title, const QString &owner, const QString &segment)
    {
        Deal d;
        d.title = title;
        d.stageId = u"needs_confirmed"_s;
        d.owner = owner;
        d.segment = segment;
        return DealStore(*m_db).create(d);
    }
    QString piece(const QString &title, Collateral::Kind kind = Collateral::Kind::Brochure)
    {
        Collateral c;
        c.title = title;
        c.kind = kind;
        return CollateralStore(*m_db).create(c);
    }
    void at(qint64 ms) { m_clock->setNowMs(ms); }
    void buildClosedDeals();
    static const CollateralStats *row(const QList<CollateralStats> &rows, const QString &id);
    qint64 drillCount(const DrillDown &drill) const
    {
        ListQuery query(*m_db, ListSpec::deals());
        query.setCondition(drill.condition, drill.values);
        return query.count();
    }

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
    QStringList m_deals;
    QString m_brochure, m_caseStudy, m_research, m_priceList;
};

namespace {
constexpr qint64 kStart = 1'767'258'000'000; // 2026-01-01T09:00:00Z
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kNoon = 3 * 3'600'000;
constexpr qint64 jan(int day)
{
    return kStart + (day - 1) * kDay + kNoon;
}
} // namespace

void tst_Collateral::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_Collateral::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
    m_deals.clear();
}

void tst_Collateral::cleanup()
{
    m_db.reset();
}

void tst_Collateral::libraryReadsBackWhatWasSaved()
{
    CollateralStore store(*m_db);
    QVERIFY(store.list().isEmpty());
    Collateral c;
    c.title = u"  Retail case study: 40 stores in 6 weeks "_s;
    c.kind = Collateral::Kind::CaseStudy;
    c.location = u" https://example.com/retail.pdf "_s;
    c.stageId = u"proposal_received"_s;
    c.segment = u"Retail"_s;
    const QString id = store.create(c);
    const QString brochure = piece(u"Brochure"_s);
    piece(u"annual research"_s, Collateral::Kind::Research);

    std::optional<Collateral> got = store.get(id);
    QVERIFY(got);
    QCOMPARE(got->title, u"Retail case study: 40 stores in 6 weeks"_s);
    QCOMPARE(got->kind, Collateral::Kind::CaseStudy);
    QCOMPARE(got->location, u"https://example.com/retail.pdf"_s);
    QCOMPARE(got->stageId, u"proposal_received"_s);
    QCOMPARE(got->segment, u"Retail"_s);
    QVERIFY(!got->archived);
    QCOMPARE(got->createdAt, m_clock->now());

    // By title, ignoring case.
    QStringList titles;
    for (const Collateral &each : store.list())
        titles << each.title;
    QCOMPARE(titles,
        (QStringList {u"annual research"_s, u"Brochure"_s, u"Retail case study: 40 stores in 6 weeks"_s}));

    at(kStart + 1000);
    got->title = u"Retail case study"_s;
    got->stageId.clear();
    got->location = u"/srv/docs/retail.pdf"_s;
    store.update(*got);
    got = store.get(id);
    QCOMPARE(got->title, u"Retail case study"_s);
    QVERIFY(got->stageId.isEmpty());
    QCOMPARE(got->location, u"/srv/docs/retail.pdf"_s);
    QCOMPARE(got->updatedAt.toMSecsSinceEpoch(), kStart + 1000);
    QCOMPARE(
        m_db->scalar(u"SELECT COUNT(*) FROM collateral WHERE stage_id IS NULL AND id = ?"_s, {id}).toInt(),
        1);

    store.setArchived(brochure, true);
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.list(true).size(), 3);
    QVERIFY(store.get(brochure)->archived);
    store.setArchived(brochure, false);
    QCOMPARE(store.list().size(), 3);

    store.remove(id);
    QVERIFY(!store.get(id));
    QCOMPARE(store.list(true).size(), 2);
    QVERIFY(storeErrorFrom([&] { store.setArchived(id, true); }));
    got->id = id;
    QVERIFY(storeErrorFrom([&] { store.update(*got); }));
}

void tst_Collateral::titleAndStageAreChecked()
{
    CollateralStore store(*m_db);
    Collateral c;
    c.title = u"  "_s;
    std::optional<StoreError> error = storeErrorFrom([&] { store.create(c); });
    QVERIFY(error);
    QCOMPARE(error->message(), u"Collateral needs a title."_s);
    c.title = u"Brochure"_s;
    c.stageId = u"no_such_stage"_s;
    error = storeErrorFrom([&] { store.create(c); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"stage"_s), qPrintable(error->message()));
    QVERIFY(store.list(true).isEmpty());
    // The database refuses an unknown kind.
    QVERIFY(storeErrorFrom([&] {
        m_db->run(u"INSERT INTO collateral (id, title, kind, created_at, updated_at) VALUES ('x', 'X', "
                  "'video', 0, 0)"_s);
    }));
}

void tst_Collateral::deletedStageLeavesCollateralForAnyStage()
{
    PipelineStore pipelines(*m_db);
    const QString stage = pipelines.addStage(u"default"_s, u"Demo given"_s, 40);
    Collateral c;
    c.title = u"Demo script"_s;
    c.stageId = stage;
    const QString id = CollateralStore(*m_db).create(c);
    QCOMPARE(CollateralStore(*m_db).get(id)->stageId, stage);
    pipelines.removeStage(stage);
    QVERIFY(CollateralStore(*m_db).get(id));
    QVERIFY(CollateralStore(*m_db).get(id)->stageId.isEmpty());
}

void tst_Collateral::sendingRecordsOnceWhoAndWhen()
{
    CollateralStore store(*m_db);
    m_db->setCurrentUser(u"anna"_s);
    const QString dealId = deal(u"Stores rollout"_s, u"anna"_s, {});
    const QString brochure = piece(u"Brochure"_s);
    const QString caseStudy = piece(u"Case study"_s, Collateral::Kind::CaseStudy);
    QVERIFY(store.sentTo(dealId).isEmpty());

    at(kStart + 60'000);
    QVERIFY(store.send(dealId, caseStudy));
    at(kStart + 120'000);
    QVERIFY(store.send(dealId, brochure));
    // Sending again is no change: the first time counts.
    at(kStart + 180'000);
    m_db->setCurrentUser(u"boris"_s);
    QVERIFY(!store.send(dealId, caseStudy));

    QList<SentCollateral> sent = store.sentTo(dealId);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).collateralId, caseStudy);
    QCOMPARE(sent.at(0).title, u"Case study"_s);
    QCOMPARE(sent.at(0).kind, Collateral::Kind::CaseStudy);
    QCOMPARE(sent.at(0).sentAt.toMSecsSinceEpoch(), kStart + 60'000);
    QCOMPARE(sent.at(0).sentBy, u"anna"_s);
    QCOMPARE(sent.at(1).collateralId, brochure);
    QCOMPARE(sent.at(1).sentAt.toMSecsSinceEpoch(), kStart + 120'000);
    QCOMPARE(store.sentCount(caseStudy), 1);

    // The deal's timeline says what was sent.
    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(dealId);
    QCOMPARE(timeline.first().body, u"Sent: Brochure"_s);
    QCOMPARE(timeline.at(1).body, u"Sent: Case study"_s);

    QVERIFY(store.unsend(dealId, caseStudy));
    QVERIFY(!store.unsend(dealId, caseStudy));
    sent = store.sentTo(dealId);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).collateralId, brochure);
    QCOMPARE(store.sentCount(caseStudy), 0);

    // Unknown deals and pieces, and archived pieces, are refused.
    QVERIFY(storeErrorFrom([&] { store.send(u"no-deal"_s, brochure); }));
    QVERIFY(storeErrorFrom([&] { store.send(dealId, u"no-piece"_s); }));
    store.setArchived(caseStudy, true);
    const std::optional<StoreError> error = storeErrorFrom([&] { store.send(dealId, caseStudy); });
    QVERIFY(error);
    QCOMPARE(error->message(), u"\"Case study\" is archived; it is no longer sent."_s);
    QCOMPARE(store.sentTo(dealId).size(), 1);
}

void tst_Collateral::deletingADealOrAPieceForgetsWhatWasSent()
{
    CollateralStore store(*m_db);
    const QString a = deal(u"A"_s, u"anna"_s, {});
    const QString b = deal(u"B"_s, u"anna"_s, {});
    const QString brochure = piece(u"Brochure"_s);
    const QString caseStudy = piece(u"Case study"_s);
    store.send(a, brochure);
    store.send(b, brochure);
    store.send(b, caseStudy);
    QCOMPARE(store.sentCount(brochure), 2);
    DealStore(*m_db).remove(a);
    QCOMPARE(store.sentCount(brochure), 1);
    store.remove(brochure);
    QCOMPARE(store.sentTo(b).size(), 1);
    QCOMPARE(store.sentTo(b).first().collateralId, caseStudy);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM deal_collateral"_s).toInt(), 1);
}

void tst_Collateral::kindsHaveKeysAndNames()
{
    const QList<Collateral::Kind> kinds = CollateralStore::kinds();
    QCOMPARE(kinds.size(), 4);
    QStringList keys, names;
    for (Collateral::Kind kind : kinds) {
        keys << CollateralStore::kindKey(kind);
        names << CollateralStore::kindDisplayName(kind);
        QCOMPARE(CollateralStore::kindFromKey(CollateralStore::kindKey(kind)), kind);
    }
    QCOMPARE(keys, (QStringList {u"brochure"_s, u"case_study"_s, u"research"_s, u"other"_s}));
    QCOMPARE(names, (QStringList {u"Brochure"_s, u"Case study"_s, u"Research"_s, u"Other"_s}));
    QCOMPARE(CollateralStore::kindFromKey(u"video"_s), Collateral::Kind::Other);
}

// All deals created on 1 January 2026.
//
//   deal owner  segment closed   outcome   sent
//   D1   anna   Retail  Jan 10   won       Brochure, Case study
//   D2   anna   Retail  Jan 12   won       Brochure
//   D3   boris  Banks   Jan 14   lost      Brochure, Case study, Price list (archived since)
//   D4   boris  Retail  Jan 20   lost      -
//   D5   anna   Banks   Feb 5    lost      -
//   D6   anna   Retail  open               Brochure, Research   (never counted)
//
// Everything: 5 closed deals, 2 won.
//   Brochure    with D1 D2 D3: 2 won of 3;  without D4 D5:    0 of 2
//   Case study  with D1 D3:    1 won of 2;  without D2 D4 D5: 1 of 3
//   Price list  with D3:       0 won of 1;  without D1 D2 D4 D5: 2 of 4
//   Research: sent to an open deal only, not listed.
// Owner anna (D1 D2 D5, 2 won):
//   Brochure 2/2 with, 0/1 without; Case study 1/1 with, 1/2 without; Price list absent.
// Segment Banks (D3 D5, none won): each of the three sent once: 0/1 with, 0/1 without;
//   by title as they tie.
// February only (D5): nothing was sent to it, so nothing is listed.
void tst_Collateral::buildClosedDeals()
{
    const QStringList owners = {u"anna"_s, u"anna"_s, u"boris"_s, u"boris"_s, u"anna"_s, u"anna"_s};
    const QStringList segments = {u"Retail"_s, u"Retail"_s, u"Banks"_s, u"Retail"_s, u"Banks"_s, u"Retail"_s};
    for (qsizetype i = 0; i < owners.size(); ++i)
        m_deals << deal(u"D%1"_s.arg(i + 1), owners.at(i), segments.at(i));
    m_brochure = piece(u"Brochure"_s);
    m_caseStudy = piece(u"Case study"_s, Collateral::Kind::CaseStudy);
    m_research = piece(u"Research 2026"_s, Collateral::Kind::Research);
    m_priceList = piece(u"Price list"_s, Collateral::Kind::Other);
    CollateralStore store(*m_db);
    for (int i : {0, 1, 2, 5})
        store.send(m_deals[i], m_brochure);
    for (int i : {0, 2})
        store.send(m_deals[i], m_caseStudy);
    store.send(m_deals[2], m_priceList);
    store.send(m_deals[5], m_research);
    store.setArchived(m_priceList, true);

    DealClosing closing(*m_db);
    at(jan(10));
    closing.closeWon(m_deals[0], 100000);
    at(jan(12));
    closing.closeWon(m_deals[1], 200000);
    at(jan(14));
    closing.closeLost(m_deals[2], u"price"_s);
    at(jan(20));
    closing.closeLost(m_deals[3], u"timing"_s);
    at(jan(31 + 5));
    closing.closeLost(m_deals[4], u"price"_s);
}

const CollateralStats *tst_Collateral::row(const QList<CollateralStats> &rows, const QString &id)
{
    for (const CollateralStats &r : rows) {
        if (r.collateralId == id)
            return &r;
    }
    return nullptr;
}

void tst_Collateral::winRateWithAndWithout()
{
    Reports reports(*m_db);
    QVERIFY(reports.collateral().isEmpty());
    buildClosedDeals();
    const QList<CollateralStats> rows = reports.collateral();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).collateralId, m_brochure);
    QCOMPARE(rows.at(0).title, u"Brochure"_s);
    QCOMPARE(rows.at(0).closedWith, 3);
    QCOMPARE(rows.at(0).wonWith, 2);
    QCOMPARE(rows.at(0).closedWithout, 2);
    QCOMPARE(rows.at(0).wonWithout, 0);
    QCOMPARE(rows.at(0).winRateWith(), 2.0 / 3.0);
    QCOMPARE(rows.at(0).winRateWithout(), 0.0);

    QCOMPARE(rows.at(1).collateralId, m_caseStudy);
    QCOMPARE(rows.at(1).closedWith, 2);
    QCOMPARE(rows.at(1).wonWith, 1);
    QCOMPARE(rows.at(1).closedWithout, 3);
    QCOMPARE(rows.at(1).wonWithout, 1);
    QCOMPARE(rows.at(1).winRateWith(), 0.5);
    QCOMPARE(rows.at(1).winRateWithout(), 1.0 / 3.0);

    // Archived since, but it was sent: it stays in the figures.
    QCOMPARE(rows.at(2).collateralId, m_priceList);
    QCOMPARE(rows.at(2).closedWith, 1);
    QCOMPARE(rows.at(2).wonWith, 0);
    QCOMPARE(rows.at(2).closedWithout, 4);
    QCOMPARE(rows.at(2).wonWithout, 2);
    QVERIFY(!row(rows, m_research));

    // Reopening a deal takes it out of both sides.
    DealClosing(*m_db).reopen(m_deals[1]);
    const QList<CollateralStats> reopened = reports.collateral();
    const CollateralStats *brochure = row(reopened, m_brochure);
    QVERIFY(brochure);
    QCOMPARE(brochure->closedWith, 2);
    QCOMPARE(brochure->wonWith, 1);
    QCOMPARE(brochure->closedWithout, 2);
}

void tst_Collateral::filtersNarrowBothSides()
{
    buildClosedDeals();
    Reports reports(*m_db);
    ReportFilter filter;
    filter.owner = u"anna"_s;
    reports.setFilter(filter);
    QList<CollateralStats> rows = reports.collateral();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).collateralId, m_brochure);
    QCOMPARE(rows.at(0).closedWith, 2);
    QCOMPARE(rows.at(0).wonWith, 2);
    QCOMPARE(rows.at(0).closedWithout, 1);
    QCOMPARE(rows.at(0).wonWithout, 0);
    QCOMPARE(rows.at(1).collateralId, m_caseStudy);
    QCOMPARE(rows.at(1).closedWith, 1);
    QCOMPARE(rows.at(1).wonWith, 1);
    QCOMPARE(rows.at(1).closedWithout, 2);
    QCOMPARE(rows.at(1).wonWithout, 1);

    filter = {};
    filter.segment = u"Banks"_s;
    reports.setFilter(filter);
    rows = reports.collateral();
    QCOMPARE(rows.size(), 3);
    QStringList titles;
    for (const CollateralStats &r : rows) {
        titles << r.title;
        QCOMPARE(r.closedWith, 1);
        QCOMPARE(r.wonWith, 0);
        QCOMPARE(r.closedWithout, 1);
        QCOMPARE(r.wonWithout, 0);
    }
    QCOMPARE(titles, (QStringList {u"Brochure"_s, u"Case study"_s, u"Price list"_s}));

    filter = {};
    filter.from = QDate(2026, 2, 1);
    filter.to = QDate(2026, 2, 28);
    reports.setFilter(filter);
    QVERIFY(reports.collateral().isEmpty());

    filter = {};
    filter.to = QDate(2026, 1, 12);
    reports.setFilter(filter);
    rows = reports.collateral();
    QCOMPARE(rows.size(), 2); // D1 and D2, both won
    QCOMPARE(rows.at(0).collateralId, m_brochure);
    QCOMPARE(rows.at(0).closedWith, 2);
    QCOMPARE(rows.at(0).closedWithout, 0);
    QCOMPARE(rows.at(0).winRateWithout(), 0.0);
    QCOMPARE(rows.at(1).collateralId, m_caseStudy);
    QCOMPARE(rows.at(1).closedWith, 1);
    QCOMPARE(rows.at(1).closedWithout, 1);
    QCOMPARE(rows.at(1).wonWithout, 1);
}

void tst_Collateral::drillDownListsTheDealsItWasSentTo()
{
    buildClosedDeals();
    Reports reports(*m_db);
    for (const QString &owner : {QString(), u"anna"_s, u"boris"_s}) {
        ReportFilter filter;
        filter.owner = owner;
        reports.setFilter(filter);
        const QList<CollateralStats> rows = reports.collateral();
        QVERIFY(!rows.isEmpty());
        for (const CollateralStats &r : rows) {
            const DrillDown drill = reports.dealsWithCollateral(r.collateralId);
            QCOMPARE(drill.entity, u"deal"_s);
            QCOMPARE(drillCount(drill), r.closedWith);
        }
    }
    reports.setFilter({});
    // The brochure's deals are D1, D2 and D3, not the open D6.
    ListQuery query(*m_db, ListSpec::deals());
    const DrillDown drill = reports.dealsWithCollateral(m_brochure);
    query.setCondition(drill.condition, drill.values);
    QStringList titles;
    for (const ListRow &r : query.fetch(nullptr, 10))
        titles << r.cells.value(0).toString();
    titles.sort();
    QCOMPARE(titles, (QStringList {u"D1"_s, u"D2"_s, u"D3"_s}));
    QCOMPARE(drillCount(reports.dealsWithCollateral(m_research)), 0);
}

QTEST_GUILESS_MAIN(tst_Collateral)
#include "tst_collateral.moc"
