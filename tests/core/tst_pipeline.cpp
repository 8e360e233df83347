#include "pipeline/board.h"
#include "pipeline/pipelinestore.h"
#include "store/dealstore.h"
#include "store/taskstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// Pipelines, stages and the stage board on both backends: stage moves with their history
// and follow-up tasks, renaming and reordering stages, totals in mixed currencies, and
// the board's lazy card pages.
class tst_Pipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void defaultPipelineHasStageZeroFirst();
    void stageMoveRecordsHistoryAndCreatesTasks();
    void closedDealCannotMove();
    void renamingAndReorderingKeepHistory();
    void usedStageCannotBeRemoved();
    void newPipeline();
    void totalsConvertThroughTheRateTable();
    void cardsComeInPagesLongestInStageFirst();
    void filtersByOwnerAndExpectedClose();
    void keptTotalsAgreeWithTheDeals();
    void activitiesAreLoggedOnTheDeal();

private:
    QString deal(const QString &title, const QString &stage, qint64 valueMinor = 0,
        const QString &currency = u"EUR"_s, const QString &owner = u"anna"_s)
    {
        Deal d;
        d.title = title;
        d.stageId = stage;
        d.valueMinor = valueMinor;
        d.currency = currency;
        d.owner = owner;
        return DealStore(*m_db).create(d);
    }
    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

namespace {
constexpr qint64 kStart = 1'767'258'000'000; // 2026-01-01T09:00:00Z
constexpr qint64 kDay = 86'400'000;
} // namespace

void tst_Pipeline::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_Pipeline::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
}

void tst_Pipeline::cleanup()
{
    m_db.reset();
}

void tst_Pipeline::defaultPipelineHasStageZeroFirst()
{
    PipelineStore store(*m_db);
    QCOMPARE(store.pipelines().size(), 1);
    QCOMPARE(PipelineStore::displayName(store.pipelines().first()), u"Sales"_s);
    const QList<DealStage> stages = store.stages(u"default"_s);
    QCOMPARE(stages.size(), 5);
    QCOMPARE(stages.first().id, u"assessment_booked"_s);
    QCOMPARE(DealStore::stageDisplayName(stages.first()), u"Needs assessment booked"_s);
}

void tst_Pipeline::stageMoveRecordsHistoryAndCreatesTasks()
{
    PipelineStore pipelines(*m_db);
    pipelines.addStageTask(u"proposal_received"_s, u"Call about the proposal"_s, 2);
    pipelines.addStageTask(u"proposal_received"_s, u"Send the case study"_s, 0);
    QCOMPARE(pipelines.stageTasks(u"proposal_received"_s).size(), 2);
    const QString id = deal(u"Kvant licences"_s, u"needs_confirmed"_s);
    m_clock->advanceMs(3 * kDay);
    QStringList tasks;
    QVERIFY_THROWS_NO_EXCEPTION(tasks = DealStore(*m_db).moveToStage(id, u"proposal_received"_s));
    QCOMPARE(tasks.size(), 2);
    const Task first = *TaskStore(*m_db).get(tasks.first());
    QCOMPARE(first.owner, u"anna"_s);
    QCOMPARE(first.entityId, id);
    QCOMPARE(first.dueAt, QDateTime::fromMSecsSinceEpoch(kStart + 5 * kDay, Qt::UTC));
    QVERIFY(first.title.contains(u"Kvant licences"_s));
    const Deal moved = *DealStore(*m_db).get(id);
    QCOMPARE(moved.stageId, u"proposal_received"_s);
    QCOMPARE(moved.stageEnteredAt, QDateTime::fromMSecsSinceEpoch(kStart + 3 * kDay, Qt::UTC));
    QCOMPARE(stringColumn(*m_db,
                 u"SELECT from_stage || '>' || to_stage FROM deal_stage_history WHERE deal_id = ? "
                 "ORDER BY at, seq"_s,
                 {id}),
        (QStringList {u">needs_confirmed"_s, u"needs_confirmed>proposal_received"_s}));
    QVERIFY(TimelineStore(*m_db).list(id).first().body.contains(u"Proposal received"_s));
    // The same stage again changes nothing.
    QCOMPARE(DealStore(*m_db).moveToStage(id, u"proposal_received"_s), QStringList());
    QVERIFY(storeErrorFrom([&] { DealStore(*m_db).moveToStage(id, u"no_such_stage"_s); }));
    QVERIFY(storeErrorFrom([&] { pipelines.addStageTask(u"proposal_received"_s, u" "_s, 1); }));
}

void tst_Pipeline::closedDealCannotMove()
{
    const QString id = deal(u"Closed"_s, u"needs_confirmed"_s);
    m_db->run(u"UPDATE deals SET status = 'won' WHERE id = ?"_s, {id});
    const auto error = storeErrorFrom([&] { DealStore(*m_db).moveToStage(id, u"terms_agreed"_s); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"reopen"_s), qPrintable(error->message()));
}

void tst_Pipeline::renamingAndReorderingKeepHistory()
{
    PipelineStore store(*m_db);
    const QString id = deal(u"Kvant"_s, u"needs_confirmed"_s);
    DealStore(*m_db).moveToStage(id, u"terms_agreed"_s);
    store.renameStage(u"needs_confirmed"_s, u"Pain confirmed by the buyer"_s);
    store.moveStage(u"terms_agreed"_s, 1);
    const QList<DealStage> stages = store.stages(u"default"_s);
    QCOMPARE(stages.at(1).id, u"terms_agreed"_s);
    QCOMPARE(stages.at(1).position, 2);
    QCOMPARE(DealStore::stageDisplayName(stages.at(2)), u"Pain confirmed by the buyer"_s);
    // The history still names the stages by id, and shows them by their current names.
    QCOMPARE(stringColumn(*m_db,
                 u"SELECT s.name FROM deal_stage_history h JOIN deal_stages s ON s.id = h.to_stage "
                 "WHERE h.deal_id = ? ORDER BY h.at, h.seq"_s,
                 {id}),
        (QStringList {u"Pain confirmed by the buyer"_s, u"Terms agreed"_s}));
    QVERIFY(storeErrorFrom([&] { store.renameStage(u"terms_agreed"_s, u""_s); }));
}

void tst_Pipeline::usedStageCannotBeRemoved()
{
    PipelineStore store(*m_db);
    const QString id = deal(u"Kvant"_s, u"needs_confirmed"_s);
    auto error = storeErrorFrom([&] { store.removeStage(u"needs_confirmed"_s); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"1 deal"_s), qPrintable(error->message()));
    DealStore(*m_db).moveToStage(id, u"terms_agreed"_s);
    error = storeErrorFrom([&] { store.removeStage(u"needs_confirmed"_s); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"history"_s), qPrintable(error->message()));
    QVERIFY_THROWS_NO_EXCEPTION(store.removeStage(u"contract_sent"_s));
    QCOMPARE(store.stages(u"default"_s).size(), 4);
    QCOMPARE(store.stages(u"default"_s).last().position, 4);
}

void tst_Pipeline::newPipeline()
{
    PipelineStore store(*m_db);
    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(
        id = store.addPipeline(u"Partners"_s, {u"Partner call booked"_s, u"Deal registered"_s}));
    QCOMPARE(store.pipelines().size(), 2);
    const QList<DealStage> stages = store.stages(id);
    QCOMPARE(stages.size(), 2);
    QCOMPARE(stages.first().name, u"Partner call booked"_s);
    QCOMPARE(stages.first().position, 1);
    QVERIFY(storeErrorFrom([&] { store.addPipeline(u"Empty"_s, {}); }));
    QVERIFY(storeErrorFrom([&] { store.addStage(u"no_such"_s, u"Stage"_s, 10); }));
    // A deal in the new pipeline shows on its board, not on the default one.
    deal(u"Via a partner"_s, stages.first().id);
    BoardQuery board(*m_db);
    BoardFilter filter;
    filter.pipelineId = id;
    board.setFilter(filter);
    QCOMPARE(board.columns().first().count, 1);
    board.setFilter(BoardFilter());
    qint64 total = 0;
    for (const BoardColumn &c : board.columns())
        total += c.count;
    QCOMPARE(total, 0);
}

void tst_Pipeline::totalsConvertThroughTheRateTable()
{
    CurrencyRates rates(*m_db);
    QCOMPARE(rates.baseCurrency(), u"EUR"_s);
    rates.setRate(u"USD"_s, 0.9);
    rates.setRate(u"RUB"_s, 0.01);
    QVERIFY(storeErrorFrom([&] { rates.setRate(u"UAH"_s, 0); }));
    deal(u"A"_s, u"needs_confirmed"_s, 100'000, u"EUR"_s); // 1 000.00 EUR
    deal(u"B"_s, u"needs_confirmed"_s, 50'000, u"USD"_s); // 500.00 USD → 450.00 EUR
    deal(u"C"_s, u"needs_confirmed"_s, 10'000'000, u"RUB"_s); // 100 000.00 RUB → 1 000.00 EUR
    deal(u"D"_s, u"needs_confirmed"_s, 20'000, u"GBP"_s); // no rate: counted, not in the total
    const QString won = deal(u"E"_s, u"needs_confirmed"_s, 999'999, u"EUR"_s);
    m_db->run(u"UPDATE deals SET status = 'won' WHERE id = ?"_s, {won}); // closed: not on the board
    deal(u"F"_s, u"terms_agreed"_s, 30'000, u"EUR"_s);

    const QList<BoardColumn> columns = BoardQuery(*m_db).columns();
    QCOMPARE(columns.size(), 5);
    QCOMPARE(columns.at(1).stage.id, u"needs_confirmed"_s);
    QCOMPARE(columns.at(1).count, 4);
    QCOMPARE(qRound64(columns.at(1).totalMinor), qint64(245'000)); // 1000 + 450 + 1000 = 2 450.00 EUR
    QCOMPARE(columns.at(1).unconverted, 1);
    QCOMPARE(columns.at(3).count, 1);
    QCOMPARE(qRound64(columns.at(3).totalMinor), qint64(30'000));
    QCOMPARE(columns.at(0).count, 0);

    // In roubles as the base: 1 000 EUR = 100 000 RUB when 1 EUR = 100 RUB.
    rates.setBaseCurrency(u"RUB"_s);
    rates.setRate(u"EUR"_s, 100);
    rates.setRate(u"USD"_s, 90);
    QCOMPARE(
        qRound64(BoardQuery(*m_db).columns().at(1).totalMinor), qint64(10'000'000 + 4'500'000 + 10'000'000));

    // What a money field offers: the base first, then the currencies with a rate, then the
    // common ones, each once.
    rates.setRate(u"SEK"_s, 8);
    const QStringList choices = rates.choices();
    QCOMPARE(choices.first(), u"RUB"_s);
    QCOMPARE(choices.mid(1, 3), (QStringList {u"EUR"_s, u"SEK"_s, u"USD"_s}));
    QCOMPARE(choices.count(u"EUR"_s), 1);
    for (const QString &common : CurrencyRates::commonCurrencies())
        QVERIFY(choices.contains(common));
}

void tst_Pipeline::cardsComeInPagesLongestInStageFirst()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << deal(u"Deal %1"_s.arg(i), u"needs_confirmed"_s);
        m_clock->advanceMs(kDay);
    }
    TaskStore tasks(*m_db);
    Task next;
    next.title = u"Send the brief"_s;
    next.dueAt = QDateTime::fromMSecsSinceEpoch(kStart + 10 * kDay, Qt::UTC);
    next.entity = u"deal"_s;
    next.entityId = ids.at(0);
    tasks.create(next);

    BoardQuery board(*m_db);
    const QList<BoardCard> first = board.cards(u"needs_confirmed"_s, nullptr, 2);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).id, ids.at(0));
    QCOMPARE(first.at(0).nextTask, u"Send the brief"_s);
    QCOMPARE(first.at(1).id, ids.at(1));
    const QList<BoardCard> second = board.cards(u"needs_confirmed"_s, &first.last(), 2);
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(0).id, ids.at(2));
    const QList<BoardCard> last = board.cards(u"needs_confirmed"_s, &second.last(), 2);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.at(0).id, ids.at(4));
    QCOMPARE(last.at(0).stageEnteredAt, QDateTime::fromMSecsSinceEpoch(kStart + 4 * kDay, Qt::UTC));
}

void tst_Pipeline::filtersByOwnerAndExpectedClose()
{
    Deal d;
    d.title = u"Soon"_s;
    d.stageId = u"needs_confirmed"_s;
    d.owner = u"anna"_s;
    d.expectedClose = QDate(2026, 2, 10);
    DealStore(*m_db).create(d);
    d.title = u"Later"_s;
    d.expectedClose = QDate(2026, 6, 1);
    DealStore(*m_db).create(d);
    d.title = u"Boris's"_s;
    d.owner = u"boris"_s;
    d.expectedClose = QDate(2026, 2, 11);
    DealStore(*m_db).create(d);

    BoardQuery board(*m_db);
    BoardFilter filter;
    filter.owner = u"anna"_s;
    board.setFilter(filter);
    QCOMPARE(board.columns().at(1).count, 2);
    filter.closeFrom = QDate(2026, 2, 1);
    filter.closeTo = QDate(2026, 2, 28);
    board.setFilter(filter);
    QCOMPARE(board.columns().at(1).count, 1);
    QCOMPARE(board.cards(u"needs_confirmed"_s, nullptr, 10).first().title, u"Soon"_s);
    filter.owner.clear();
    board.setFilter(filter);
    QCOMPARE(board.columns().at(1).count, 2);

    // By segment: the one deal of "Retail" (a filtered board aggregates the deals themselves).
    Deal retail = *DealStore(*m_db).get(board.cards(u"needs_confirmed"_s, nullptr, 10).first().id);
    retail.segment = u"Retail"_s;
    DealStore(*m_db).update(retail);
    BoardFilter bySegment;
    bySegment.segment = u"Retail"_s;
    board.setFilter(bySegment);
    QCOMPARE(board.columns().at(1).count, 1);
    QCOMPARE(board.cards(u"needs_confirmed"_s, nullptr, 10).first().id, retail.id);
}

void tst_Pipeline::keptTotalsAgreeWithTheDeals()
{
    // The unfiltered board reads deal_totals, kept by triggers; a filter that matches every
    // deal reads the deals themselves. After creates, edits, stage moves, closing and
    // deleting, in two currencies, both must say the same.
    CurrencyRates(*m_db).setRate(u"USD"_s, 0.5);
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << deal(u"Deal %1"_s.arg(i), i % 2 ? u"needs_confirmed"_s : u"terms_agreed"_s, 1000 * (i + 1),
            i % 3 ? u"EUR"_s : u"USD"_s);
    DealStore store(*m_db);
    store.moveToStage(ids.at(0), u"proposal_received"_s);
    store.moveToStage(ids.at(1), u"proposal_received"_s);
    Deal edited = *store.get(ids.at(2));
    edited.valueMinor = 777'777;
    edited.currency = u"USD"_s;
    edited.stageId = u"contract_sent"_s;
    store.update(edited);
    m_db->run(u"UPDATE deals SET status = 'lost' WHERE id = ?"_s, {ids.at(3)});
    m_db->run(u"UPDATE deals SET status = 'won' WHERE id = ?"_s, {ids.at(4)});
    m_db->run(u"UPDATE deals SET status = 'open' WHERE id = ?"_s, {ids.at(4)});
    store.remove(ids.at(5));

    BoardQuery kept(*m_db);
    BoardQuery scanned(*m_db);
    BoardFilter everything;
    everything.owner = u"anna"_s; // every deal here is Anna's
    scanned.setFilter(everything);
    const QList<BoardColumn> a = kept.columns();
    const QList<BoardColumn> b = scanned.columns();
    QCOMPARE(a.size(), b.size());
    qint64 count = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).count, b.at(i).count);
        QCOMPARE(qRound64(a.at(i).totalMinor), qRound64(b.at(i).totalMinor));
        count += a.at(i).count;
    }
    QCOMPARE(count, qint64(10)); // 12 made, one lost, one deleted
    // The edited deal alone, 7 777.77 USD at 0.5 = 3 888.885 EUR, shown as 3 888.89.
    QCOMPARE(qRound64(a.at(4).totalMinor), qint64(388'889));
}

void tst_Pipeline::activitiesAreLoggedOnTheDeal()
{
    const QString id = deal(u"Kvant"_s, u"needs_confirmed"_s);
    TimelineStore timeline(*m_db);
    m_clock->advanceMs(kDay);
    timeline.addActivity(u"deal"_s, id, u"call"_s, u"  Agreed to send the brief  "_s);
    m_clock->advanceMs(kDay);
    timeline.addActivity(u"deal"_s, id, u"meeting"_s, u"Demo with the CFO"_s);
    m_clock->advanceMs(kDay);
    timeline.addActivity(u"deal"_s, id, u"email"_s, u"Sent the proposal"_s);
    const QList<TimelineEntry> entries = timeline.list(id);
    QCOMPARE(entries.at(0).kind, u"email"_s);
    QCOMPARE(entries.at(1).kind, u"meeting"_s);
    QCOMPARE(entries.at(2).kind, u"call"_s);
    QCOMPARE(entries.at(2).body, u"Agreed to send the brief"_s);
    QCOMPARE(entries.at(2).author, u"tester"_s);
    QVERIFY(storeErrorFrom([&] { timeline.addActivity(u"deal"_s, id, u"fax"_s, u"x"_s); }));
    QVERIFY(storeErrorFrom([&] { timeline.addActivity(u"deal"_s, id, u"call"_s, u"  "_s); }));
    QCOMPARE(timeline.list(id).size(), 4); // the three, "created", and nothing refused
}

QTEST_GUILESS_MAIN(tst_Pipeline)
#include "tst_pipeline.moc"
