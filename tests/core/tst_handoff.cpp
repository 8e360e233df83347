#include "leads/handoff.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "store/taskstore.h"
#include "store/teamstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::completeBant;
using loopline::test::lead;
using loopline::test::qualify;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;

// The hand-off rules on both backends: trade-show leads to sales at once, hot MQLs to
// a rep by round-robin or territory, warm and cold ones to nurture, a follow-up task
// for every assignment.
class tst_HandOff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void tradeShowLeadGoesToSalesAtOnce();
    void roundRobinTakesTurns();
    void hotMqlGoesToARep();
    void warmMqlGoesToNurture();
    void territoryAndSegmentComeFirst();
    void noRepLeavesItForAManager();
    void inactiveRepsAreSkipped();
    void teamMembersNeedUniqueNames();

private:
    void addRep(
        const QString &name, const QString &territory = {}, const QString &segment = {}, bool active = true)
    {
        TeamMember m;
        m.name = name;
        m.role = TeamRole::Sales;
        m.territory = territory;
        m.segment = segment;
        m.active = active;
        TeamStore(*m_db).add(m);
    }
    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

namespace {
constexpr qint64 kStart = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kHour = 3'600'000;
} // namespace

void tst_HandOff::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_HandOff::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
    TeamMember sdr;
    sdr.name = u"sam"_s;
    sdr.role = TeamRole::Sdr;
    TeamStore(*m_db).add(sdr);
}

void tst_HandOff::cleanup()
{
    m_db.reset();
}

void tst_HandOff::tradeShowLeadGoesToSalesAtOnce()
{
    addRep(u"anna"_s);
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Bondar"_s, u"trade_show"_s));
    const Lead read = *store.get(id);
    QCOMPARE(read.handOff, HandOff::Sales);
    QCOMPARE(read.owner, u"anna"_s);
    const QList<Task> tasks = TaskStore(*m_db).forOwner(u"anna"_s);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().entityId, id);
    QCOMPARE(tasks.first().dueAt, QDateTime::fromMSecsSinceEpoch(kStart + 24 * kHour, Qt::UTC));
    QVERIFY(tasks.first().title.contains(u"Bondar"_s));
    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.first().kind, u"handoff"_s);
    QVERIFY2(timeline.first().body.contains(u"trade-show"_s), qPrintable(timeline.first().body));
    // A web lead waits in the SDR queue.
    QCOMPARE(store.get(store.create(lead(u"Web"_s)))->handOff, HandOff::Queue);
}

void tst_HandOff::roundRobinTakesTurns()
{
    addRep(u"boris"_s);
    addRep(u"anna"_s);
    addRep(u"vera"_s);
    LeadStore store(*m_db);
    QStringList owners;
    for (int i = 0; i < 5; ++i)
        owners << store.get(store.create(lead(u"Lead %1"_s.arg(i), u"trade_show"_s)))->owner;
    QCOMPARE(owners, (QStringList {u"anna"_s, u"boris"_s, u"vera"_s, u"anna"_s, u"boris"_s}));
}

void tst_HandOff::hotMqlGoesToARep()
{
    addRep(u"anna"_s);
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Hot"_s));
    qualify(store, id); // all of BANT: 80 points, hot
    const Lead read = *store.get(id);
    QCOMPARE(read.temperature, Temperature::Hot);
    QCOMPARE(read.handOff, HandOff::Sales);
    QCOMPARE(read.owner, u"anna"_s);
    QCOMPARE(read.sdr, u"sam"_s);
    QCOMPARE(TaskStore(*m_db).forEntity(id).size(), 1);
}

void tst_HandOff::warmMqlGoesToNurture()
{
    addRep(u"anna"_s);
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Warm"_s));
    QVariantMap answers = completeBant();
    // No budget and no timeframe: authority 20 + need 15 = 35, warm (30 ≤ 35 < 60).
    answers.insert(u"budget"_s, qint64(0));
    answers.insert(u"timeframe"_s, u"Later or unknown"_s);
    qualify(store, id, answers);
    const Lead read = *store.get(id);
    QCOMPARE(read.temperature, Temperature::Warm);
    QCOMPARE(read.handOff, HandOff::Nurture);
    QCOMPARE(read.owner, QString());
    QCOMPARE(TaskStore(*m_db).forEntity(id).size(), 0);
    QVERIFY(TimelineStore(*m_db).list(id).first().body.contains(u"nurture"_s));
}

void tst_HandOff::territoryAndSegmentComeFirst()
{
    addRep(u"anna"_s, u"Lviv"_s);
    addRep(u"boris"_s, u"Kyiv"_s);
    addRep(u"vera"_s, {}, u"Retail"_s);
    HandOffRules rules;
    rules.mode = HandOffRules::Mode::Territory;
    rules.followUpHours = 4;
    rules.save(*m_db);
    QCOMPARE(HandOffRules::load(*m_db).followUpHours, 4);

    LeadStore store(*m_db);
    Lead kyiv = lead(u"Kyiv"_s, u"trade_show"_s);
    kyiv.territory = u"kyiv"_s;
    const QString kyivId = store.create(kyiv);
    QCOMPARE(store.get(kyivId)->owner, u"boris"_s);
    QCOMPARE(TaskStore(*m_db).forEntity(kyivId).first().dueAt,
        QDateTime::fromMSecsSinceEpoch(kStart + 4 * kHour, Qt::UTC));
    Lead retail = lead(u"Retail"_s, u"trade_show"_s);
    retail.segment = u"retail"_s;
    QCOMPARE(store.get(store.create(retail))->owner, u"vera"_s);
    // Nobody covers Odesa: round-robin over everyone (after vera comes anna).
    Lead odesa = lead(u"Odesa"_s, u"trade_show"_s);
    odesa.territory = u"Odesa"_s;
    const QString odesaId = store.create(odesa);
    QCOMPARE(store.get(odesaId)->owner, u"anna"_s);
    QVERIFY(TimelineStore(*m_db).list(odesaId).first().body.contains(u"round-robin"_s));
}

void tst_HandOff::noRepLeavesItForAManager()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Alone"_s, u"trade_show"_s));
    QCOMPARE(store.get(id)->handOff, HandOff::Sales);
    QCOMPARE(store.get(id)->owner, QString());
    QCOMPARE(TaskStore(*m_db).forEntity(id).size(), 0);
    QVERIFY(TimelineStore(*m_db).list(id).first().body.contains(u"manager"_s));
}

void tst_HandOff::inactiveRepsAreSkipped()
{
    addRep(u"anna"_s, {}, {}, false);
    addRep(u"boris"_s);
    LeadStore store(*m_db);
    QCOMPARE(store.get(store.create(lead(u"A"_s, u"trade_show"_s)))->owner, u"boris"_s);
    QCOMPARE(store.get(store.create(lead(u"B"_s, u"trade_show"_s)))->owner, u"boris"_s);
}

void tst_HandOff::teamMembersNeedUniqueNames()
{
    addRep(u"anna"_s);
    TeamMember again;
    again.name = u"anna"_s;
    QVERIFY(storeErrorFrom([&] { TeamStore(*m_db).add(again); }));
    QVERIFY(storeErrorFrom([&] { TeamStore(*m_db).add(TeamMember {}); }));
    QCOMPARE(TeamStore(*m_db).members(TeamRole::Sales).size(), 1);
    QCOMPARE(TeamStore(*m_db).members().size(), 2);
}

QTEST_GUILESS_MAIN(tst_HandOff)
#include "tst_handoff.moc"
