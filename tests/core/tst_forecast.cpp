#include "pipeline/dealclosing.h"
#include "pipeline/forecast.h"
#include "pipeline/pipelinestore.h"
#include "store/clock.h"
#include "store/dealstore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// Forecast on both backends, over a hand-built history inserted with plain SQL.
//
// The default pipeline's stages, in order, with their probabilities:
//   S1 assessment_booked 10%, S2 needs_confirmed 25%, S3 proposal_received 50%,
//   S4 terms_agreed 75%, S5 contract_sent 90%.
// The history period is March 2026 (1 to 31 March, both included). Closed deals, the
// stages their history enters, and where they closed (their current stage):
//
//  deal  history     closed in  outcome  closed on
//  C1    S1 S2 S3 S4 S5  S5     won      1 March (first day of the period)
//  C2    S1 S2 S3 S4 S5  S5     lost     5 March
//  C3    S1 S2 S4        S4     won      6 March (skipped S3: still passed it)
//  C4    S1 S2 S3 S4     S4     won      7 March
//  C5    S1 S2 S3 S4     S4     lost     8 March
//  C6    S3              S3     won      9 March (created in S3: passed S1 and S2)
//  C7    S1 S2 S3        S3     lost     10 March
//  C8    S1 S2           S2     lost     11 March
//  C9    S1              S1     lost     12 March
//  C10   (none)          S1     lost     31 March (last day; no history row: its stage counts)
//  outside the period:
//  C11   S1 .. S5        S5     won      28 February
//  C12   S1 .. S5        S5     won      1 April
//  C13   S1 .. S5        S5     lost     2 April
//  P1    a deal of the "Partners" pipeline, won 15 March: never in the default pipeline's figures.
//
// March, reached = furthest position ≥ the stage's:
//  S1: C1–C10 = 10 closed, won C1 C3 C4 C6 = 4 → 0.4
//  S2: C1–C8 = 8, won 4 → 0.5
//  S3: C1–C7 = 7, won 4 → 4/7
//  S4: C1–C5 = 5, won C1 C3 C4 = 3 → 0.6
//  S5: C1 C2 = 2, won 1: fewer than the minimum sample of 5 → falls back to 90% (0.5 measured
//      with a minimum sample of 2).
// Whole history (open period), C11–C13 added: S1 13 / 6 won, S2 11 / 6, S3 10 / 6 → 0.6,
//  S4 8 / 5 → 0.625, S5 5 / 3 → 0.6 (now measured).
// April only, minimum sample 1: C12 won and C13 lost reached every stage → 0.5 everywhere.
//
// Base currency EUR, 1 USD = 0.9 EUR; GBP has no rate. Open deals (expected close), forecast
// from April 2026 for three months:
//  O1  EUR 10 000.00  S3  20 April   1 000 000 × 4/7       =   571 428.571…
//  O2  USD  5 000.00  S5   5 April     450 000 × 0.9 (S5)  =   405 000
//  O5  EUR  1 000.00  S2  15 March     100 000 × 0.5       =    50 000  (overdue → April)
//  O3  EUR  2 000.00  S1  31 May       200 000 × 0.4       =    80 000
//  O4  USD  3 000.00  S4   1 May       270 000 × 0.6       =   162 000
//  O6  GBP    500.00  S2  10 April     no rate: left out, unconverted
//  O7  EUR    400.00  S2  none         undated
//  O8  EUR    999.00  S2   1 July      after the last month: left out
//  P2  EUR    700.00  Partners, 10 April: another pipeline
// April: expected 1 026 428.57 → 1 026 429, pipeline 1 550 000, 3 deals (1 overdue);
// May: expected 242 000, pipeline 470 000, 2 deals; June: nothing.
// The closed deals' expected close (15 April) must not put them into April.
class tst_Forecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void conversionsFromClosedDeals();
    void fallbackBelowMinimumSample();
    void historyPeriodFilter();
    void monthsWeightedInBaseCurrency();
    void unconvertedAndUndated();
    void otherPipeline();
    void emptyDatabase();
    void historyWrittenByTheStores();
    void closedBeforeCloseTimesWereRecorded();
    void furthestOfHistoryAndClosingStage();

private:
    struct Row
    {
        QString id;
        QString stage; // current stage
        QString status = u"open"_s;
        qint64 valueMinor = 100'000;
        QString currency = u"EUR"_s;
        QString expectedClose; // ISO date or ''
        QDate closedOn;
        QStringList history; // stages entered, in order
    };
    void insert(const Row &row);
    void insertDataset();
    Forecast march() const;

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
    QString m_partners;
    QStringList m_partnerStages;
};

namespace {

const QString S1 = u"assessment_booked"_s;
const QString S2 = u"needs_confirmed"_s;
const QString S3 = u"proposal_received"_s;
const QString S4 = u"terms_agreed"_s;
const QString S5 = u"contract_sent"_s;
const QStringList kAll = {S1, S2, S3, S4, S5};

// Noon local time: inside that day whatever the test machine's time zone.
qint64 localNoon(QDate day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

} // namespace

void tst_Forecast::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_Forecast::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(localNoon(d(4, 10)));
    m_db->setClock(m_clock);
}

void tst_Forecast::cleanup()
{
    m_db.reset();
}

void tst_Forecast::insert(const Row &row)
{
    const qint64 created = localNoon(d(1, 5));
    const QVariant closed = row.closedOn.isValid() ? QVariant(localNoon(row.closedOn))
                                                   : QVariant(QMetaType::fromType<qint64>());
    m_db->run(
        u"INSERT INTO deals (id, title, value_minor, currency, stage_id, expected_close, status, "
        "closed_at, created_at, updated_at, stage_entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {row.id, row.id, row.valueMinor, row.currency, row.stage, row.expectedClose, row.status, closed,
            created, created, created});
    for (qsizetype i = 0; i < row.history.size(); ++i) {
        m_db->run(
            u"INSERT INTO deal_stage_history (id, deal_id, from_stage, to_stage, at) VALUES (?, ?, ?, ?, ?)"_s,
            {Database::newId(), row.id, i > 0 ? row.history.at(i - 1) : u""_s, row.history.at(i),
                created + i * 86'400'000});
    }
}

void tst_Forecast::insertDataset()
{
    m_partners = PipelineStore(*m_db).addPipeline(u"Partners"_s, {u"Intro"_s, u"Signed"_s});
    m_partnerStages.clear();
    for (const DealStage &stage : PipelineStore(*m_db).stages(m_partners))
        m_partnerStages << stage.id;
    CurrencyRates(*m_db).setRate(u"USD"_s, 0.9);

    const QString won = u"won"_s;
    const QString lost = u"lost"_s;
    const QString april15 = u"2026-04-15"_s;
    // clang-format off
    insert({u"C1"_s, S5, won, 100'000, u"EUR"_s, april15, d(3, 1), kAll});
    insert({u"C2"_s, S5, lost, 100'000, u"EUR"_s, april15, d(3, 5), kAll});
    insert({u"C3"_s, S4, won, 100'000, u"EUR"_s, april15, d(3, 6), {S1, S2, S4}});
    insert({u"C4"_s, S4, won, 100'000, u"EUR"_s, april15, d(3, 7), {S1, S2, S3, S4}});
    insert({u"C5"_s, S4, lost, 100'000, u"EUR"_s, april15, d(3, 8), {S1, S2, S3, S4}});
    insert({u"C6"_s, S3, won, 100'000, u"USD"_s, april15, d(3, 9), {S3}});
    insert({u"C7"_s, S3, lost, 100'000, u"EUR"_s, april15, d(3, 10), {S1, S2, S3}});
    insert({u"C8"_s, S2, lost, 100'000, u"EUR"_s, april15, d(3, 11), {S1, S2}});
    insert({u"C9"_s, S1, lost, 100'000, u"EUR"_s, april15, d(3, 12), {S1}});
    insert({u"C10"_s, S1, lost, 100'000, u"EUR"_s, april15, d(3, 31), {}});
    insert({u"C11"_s, S5, won, 100'000, u"EUR"_s, april15, d(2, 28), kAll});
    insert({u"C12"_s, S5, won, 100'000, u"EUR"_s, april15, d(4, 1), kAll});
    insert({u"C13"_s, S5, lost, 100'000, u"EUR"_s, april15, d(4, 2), kAll});
    insert({u"P1"_s, m_partnerStages.at(1), won, 100'000, u"EUR"_s, april15, d(3, 15), m_partnerStages});

    insert({u"O1"_s, S3, u"open"_s, 1'000'000, u"EUR"_s, u"2026-04-20"_s, {}, {S1, S2, S3}});
    insert({u"O2"_s, S5, u"open"_s, 500'000, u"USD"_s, u"2026-04-05"_s, {}, kAll});
    insert({u"O3"_s, S1, u"open"_s, 200'000, u"EUR"_s, u"2026-05-31"_s, {}, {S1}});
    insert({u"O4"_s, S4, u"open"_s, 300'000, u"USD"_s, u"2026-05-01"_s, {}, {S1, S4}});
    insert({u"O5"_s, S2, u"open"_s, 100'000, u"EUR"_s, u"2026-03-15"_s, {}, {S1, S2}});
    insert({u"O6"_s, S2, u"open"_s, 50'000, u"GBP"_s, u"2026-04-10"_s, {}, {S2}});
    insert({u"O7"_s, S2, u"open"_s, 40'000, u"EUR"_s, u""_s, {}, {S2}});
    insert({u"O8"_s, S2, u"open"_s, 99'900, u"EUR"_s, u"2026-07-01"_s, {}, {S2}});
    insert({u"P2"_s, m_partnerStages.at(0), u"open"_s, 70'000, u"EUR"_s, u"2026-04-10"_s, {},
            {m_partnerStages.at(0)}});
    // clang-format on
}

Forecast tst_Forecast::march() const
{
    Forecast forecast(*m_db);
    forecast.setHistoryPeriod(d(3, 1), d(3, 31));
    return forecast;
}

void tst_Forecast::conversionsFromClosedDeals()
{
    insertDataset();
    const QList<StageConversion> c = march().conversions();
    QCOMPARE(c.size(), 5);
    QStringList ids;
    for (const StageConversion &stage : c)
        ids << stage.stage.id;
    QCOMPARE(ids, kAll);
    QCOMPARE(c.at(0).stage.probability, 10);
    const QList<qint64> closed = {10, 8, 7, 5, 2};
    const QList<qint64> won = {4, 4, 4, 3, 1};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(c.at(i).closedReached, closed.at(i));
        QCOMPARE(c.at(i).wonReached, won.at(i));
    }
    QCOMPARE(c.at(0).rate, 0.4);
    QCOMPARE(c.at(1).rate, 0.5);
    QCOMPARE(c.at(2).rate, 4.0 / 7.0);
    QCOMPARE(c.at(3).rate, 0.6);
    for (int i = 0; i < 4; ++i)
        QVERIFY(c.at(i).measured);
}

void tst_Forecast::fallbackBelowMinimumSample()
{
    insertDataset();
    Forecast forecast = march();
    QCOMPARE(forecast.minimumSample(), 5);
    QList<StageConversion> c = forecast.conversions();
    QVERIFY(!c.at(4).measured);
    QCOMPARE(c.at(4).closedReached, 2);
    QCOMPARE(c.at(4).rate, 0.9);

    forecast.setMinimumSample(2);
    c = forecast.conversions();
    QVERIFY(c.at(4).measured);
    QCOMPARE(c.at(4).rate, 0.5);

    // Above every stage's history: all fall back, the counts stay.
    forecast.setMinimumSample(11);
    c = forecast.conversions();
    QCOMPARE(c.at(0).closedReached, 10);
    QVERIFY(!c.at(0).measured);
    QCOMPARE(c.at(0).rate, 0.1);
    QCOMPARE(c.at(3).rate, 0.75);
}

void tst_Forecast::historyPeriodFilter()
{
    insertDataset();
    Forecast forecast(*m_db);
    QList<StageConversion> c = forecast.conversions(); // no period set: every closed deal
    QCOMPARE(c.at(0).closedReached, 13);
    QCOMPARE(c.at(0).wonReached, 6);
    QCOMPARE(c.at(0).rate, 6.0 / 13.0);
    QCOMPARE(c.at(1).closedReached, 11);
    QCOMPARE(c.at(1).rate, 6.0 / 11.0);
    QCOMPARE(c.at(2).closedReached, 10);
    QCOMPARE(c.at(2).rate, 0.6);
    QCOMPARE(c.at(3).closedReached, 8);
    QCOMPARE(c.at(3).rate, 0.625);
    QCOMPARE(c.at(4).closedReached, 5);
    QCOMPARE(c.at(4).wonReached, 3);
    QVERIFY(c.at(4).measured);
    QCOMPARE(c.at(4).rate, 0.6);

    forecast.setHistoryPeriod(d(4, 1), d(4, 30));
    forecast.setMinimumSample(1);
    c = forecast.conversions();
    for (const StageConversion &stage : std::as_const(c)) {
        QCOMPARE(stage.closedReached, 2);
        QCOMPARE(stage.wonReached, 1);
        QCOMPARE(stage.rate, 0.5);
    }

    // One side open: from March on adds C12 and C13 to March's deals.
    forecast.setHistoryPeriod(d(3, 1), {});
    forecast.setMinimumSample(5);
    c = forecast.conversions();
    QCOMPARE(c.at(0).closedReached, 12);
    QCOMPARE(c.at(4).closedReached, 4);
    QVERIFY(!c.at(4).measured);

    // A period with no closed deals: every stage falls back.
    forecast.setHistoryPeriod(d(1, 1), d(1, 31));
    c = forecast.conversions();
    QCOMPARE(c.at(2).closedReached, 0);
    QCOMPARE(c.at(2).wonReached, 0);
    QVERIFY(!c.at(2).measured);
    QCOMPARE(c.at(2).rate, 0.5);
}

void tst_Forecast::monthsWeightedInBaseCurrency()
{
    insertDataset();
    const Forecast forecast = march();
    QCOMPARE(forecast.baseCurrency(), u"EUR"_s);
    // Any day of the month starts it.
    const QList<ForecastMonth> months = forecast.months(d(4, 15), 3);
    QCOMPARE(months.size(), 3);
    QCOMPARE(months.at(0).month, d(4, 1));
    QCOMPARE(months.at(1).month, d(5, 1));
    QCOMPARE(months.at(2).month, d(6, 1));

    QCOMPARE(qRound64(months.at(0).expectedMinor), 1'026'429);
    QCOMPARE(qRound64(months.at(0).pipelineMinor), 1'550'000);
    QCOMPARE(months.at(0).deals, 3);
    QCOMPARE(months.at(0).overdueDeals, 1);

    QCOMPARE(qRound64(months.at(1).expectedMinor), 242'000);
    QCOMPARE(qRound64(months.at(1).pipelineMinor), 470'000);
    QCOMPARE(months.at(1).deals, 2);
    QCOMPARE(months.at(1).overdueDeals, 0);

    QCOMPARE(months.at(2).expectedMinor, 0.0);
    QCOMPARE(months.at(2).pipelineMinor, 0.0);
    QCOMPARE(months.at(2).deals, 0);

    // Four months reach O8 (1 July, 999.00 × 0.5 in S2).
    const QList<ForecastMonth> four = forecast.months(d(4, 1), 4);
    QCOMPARE(four.size(), 4);
    QCOMPARE(qRound64(four.at(3).expectedMinor), 49'950);
    QCOMPARE(four.at(3).deals, 1);

    // From May, O1 O2 O5 (April and March) are overdue and count in May.
    const QList<ForecastMonth> fromMay = forecast.months(d(5, 1), 1);
    QCOMPARE(fromMay.size(), 1);
    QCOMPARE(qRound64(fromMay.at(0).expectedMinor), 1'026'429 + 242'000);
    QCOMPARE(fromMay.at(0).deals, 5);
    QCOMPARE(fromMay.at(0).overdueDeals, 3);

    // A stage's rate follows the minimum sample: S5 measured at 0.5 makes O2 225 000.
    Forecast measured = march();
    measured.setMinimumSample(2);
    QCOMPARE(qRound64(measured.months(d(4, 1), 1).at(0).expectedMinor), 1'026'429 - 405'000 + 225'000);

    QVERIFY(forecast.months(d(4, 1), 0).isEmpty());
    QVERIFY(forecast.months({}, 3).isEmpty());
}

void tst_Forecast::unconvertedAndUndated()
{
    insertDataset();
    Forecast forecast = march();
    QCOMPARE(forecast.unconvertedDeals(), 1); // O6 in GBP
    QCOMPARE(forecast.undatedDeals(), 1); // O7

    // With a rate O6 joins April: 500.00 GBP × 1.2 = 600.00 EUR, × 0.5 in S2.
    CurrencyRates(*m_db).setRate(u"GBP"_s, 1.2);
    QCOMPARE(forecast.unconvertedDeals(), 0);
    ForecastMonth april = forecast.months(d(4, 1), 1).at(0);
    QCOMPARE(qRound64(april.expectedMinor), 1'026'429 + 30'000);
    QCOMPARE(qRound64(april.pipelineMinor), 1'550'000 + 60'000);
    QCOMPARE(april.deals, 4);

    // In USD as the base, EUR needs a rate: every EUR deal is unconverted, USD ones count as is.
    CurrencyRates(*m_db).setBaseCurrency(u"USD"_s);
    CurrencyRates(*m_db).removeRate(u"USD"_s);
    QCOMPARE(forecast.baseCurrency(), u"USD"_s);
    QCOMPARE(forecast.unconvertedDeals(), 5); // O1 O3 O5 O7 O8
    april = forecast.months(d(4, 1), 1).at(0);
    QCOMPARE(april.deals, 2); // O2 and O6
    QCOMPARE(qRound64(april.expectedMinor), 500'000 * 9 / 10 + 60'000 / 2);
}

void tst_Forecast::otherPipeline()
{
    insertDataset();
    Forecast forecast(*m_db);
    forecast.setPipeline(m_partners);
    forecast.setMinimumSample(1);
    const QList<StageConversion> c = forecast.conversions();
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).stage.pipelineId, m_partners);
    QCOMPARE(c.at(0).closedReached, 1);
    QCOMPARE(c.at(0).wonReached, 1);
    QCOMPARE(c.at(0).rate, 1.0);
    const QList<ForecastMonth> months = forecast.months(d(4, 1), 2);
    QCOMPARE(qRound64(months.at(0).expectedMinor), 70'000);
    QCOMPARE(months.at(0).deals, 1);
    QCOMPARE(months.at(1).deals, 0);
    QCOMPARE(forecast.unconvertedDeals(), 0);
    QCOMPARE(forecast.undatedDeals(), 0);
}

void tst_Forecast::emptyDatabase()
{
    const Forecast forecast = march();
    const QList<StageConversion> c = forecast.conversions();
    QCOMPARE(c.size(), 5);
    for (const StageConversion &stage : c) {
        QCOMPARE(stage.closedReached, 0);
        QVERIFY(!stage.measured);
        QCOMPARE(stage.rate, stage.stage.probability / 100.0);
    }
    const QList<ForecastMonth> months = forecast.months(d(4, 1), 6);
    QCOMPARE(months.size(), 6);
    QCOMPARE(months.at(5).month, d(9, 1));
    QCOMPARE(months.at(5).deals, 0);
    QCOMPARE(forecast.unconvertedDeals(), 0);
    QCOMPARE(forecast.undatedDeals(), 0);

    Forecast none(*m_db);
    none.setPipeline(u"no-such-pipeline"_s);
    QVERIFY(none.conversions().isEmpty());
    QCOMPARE(none.months(d(4, 1), 2).size(), 2);
}

// The history the application writes: created in S1, moved to S2 and on to S4 (skipping S3),
// won; another created in S1 and lost there; a third moved to S3, closed and reopened (open
// again: not history).
void tst_Forecast::historyWrittenByTheStores()
{
    DealStore deals(*m_db);
    DealClosing closing(*m_db);
    const auto create = [&deals](const QString &title) {
        Deal deal;
        deal.title = title;
        deal.stageId = S1;
        deal.valueMinor = 100'000;
        return deals.create(deal);
    };
    const QString a = create(u"A"_s);
    deals.moveToStage(a, S2, false);
    deals.moveToStage(a, S4, false);
    closing.closeWon(a, 120'000, d(4, 9));
    const QString b = create(u"B"_s);
    closing.closeLost(b, u"price"_s);
    const QString c = create(u"C"_s);
    deals.moveToStage(c, S3, false);
    closing.closeLost(c, u"timing"_s);
    closing.reopen(c);

    Forecast forecast(*m_db);
    forecast.setHistoryPeriod(d(4, 1), d(4, 30));
    forecast.setMinimumSample(1);
    const QList<StageConversion> conversions = forecast.conversions();
    const QList<qint64> closed = {2, 1, 1, 1, 0};
    const QList<qint64> won = {1, 1, 1, 1, 0};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(conversions.at(i).closedReached, closed.at(i));
        QCOMPARE(conversions.at(i).wonReached, won.at(i));
    }
    QCOMPARE(conversions.at(0).rate, 0.5);
    QCOMPARE(conversions.at(3).rate, 1.0);
    QVERIFY(!conversions.at(4).measured);
}

// A deal won or lost before schema 3 has no closed_at: its last change stands for it.
void tst_Forecast::closedBeforeCloseTimesWereRecorded()
{
    insert({u"W"_s, S2, u"won"_s, 100'000, u"EUR"_s, u""_s, {}, {S1, S2}});
    insert({u"L"_s, S1, u"lost"_s, 100'000, u"EUR"_s, u""_s, {}, {S1}});
    m_db->run(u"UPDATE deals SET updated_at = ? WHERE id = 'L'"_s, {localNoon(d(2, 3))});
    Forecast forecast(*m_db);
    forecast.setMinimumSample(1);
    forecast.setHistoryPeriod(d(1, 1), d(1, 31)); // created and last changed on 5 January
    QList<StageConversion> c = forecast.conversions();
    QCOMPARE(c.at(0).closedReached, 1);
    QCOMPARE(c.at(0).wonReached, 1);
    QCOMPARE(c.at(1).closedReached, 1);
    QCOMPARE(c.at(2).closedReached, 0);
    forecast.setHistoryPeriod(d(1, 1), d(2, 28));
    c = forecast.conversions();
    QCOMPARE(c.at(0).closedReached, 2);
    QCOMPARE(c.at(0).rate, 0.5);
}

// A deal's furthest stage is the furthest of the stages its history entered and the stage it
// closed in, each only when in the pipeline: J closed in S4 with a history of S1 only; K was
// moved to the Partners pipeline after S3 and closed there; M has history only in Partners
// and is never in the default pipeline's figures.
void tst_Forecast::furthestOfHistoryAndClosingStage()
{
    m_partners = PipelineStore(*m_db).addPipeline(u"Partners"_s, {u"Intro"_s, u"Signed"_s});
    const QList<DealStage> partners = PipelineStore(*m_db).stages(m_partners);
    insert({u"J"_s, S4, u"won"_s, 100'000, u"EUR"_s, u""_s, d(3, 2), {S1}});
    insert({u"K"_s, partners.at(1).id, u"lost"_s, 100'000, u"EUR"_s, u""_s, d(3, 3),
        {S1, S2, S3, partners.at(1).id}});
    insert({u"M"_s, partners.at(0).id, u"won"_s, 100'000, u"EUR"_s, u""_s, d(3, 4), {partners.at(0).id}});
    Forecast forecast = march();
    forecast.setMinimumSample(1);
    const QList<StageConversion> c = forecast.conversions();
    QCOMPARE(c.size(), 5);
    const QList<qint64> closed = {2, 2, 2, 1, 0};
    const QList<qint64> won = {1, 1, 1, 1, 0};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(c.at(i).closedReached, closed.at(i));
        QCOMPARE(c.at(i).wonReached, won.at(i));
    }

    forecast.setPipeline(m_partners);
    const QList<StageConversion> p = forecast.conversions();
    QCOMPARE(p.size(), 2);
    QCOMPARE(p.at(0).closedReached, 2); // K (closed in Signed) and M
    QCOMPARE(p.at(0).wonReached, 1);
    QCOMPARE(p.at(1).closedReached, 1);
    QCOMPARE(p.at(1).wonReached, 0);
}

QTEST_GUILESS_MAIN(tst_Forecast)
#include "tst_forecast.moc"
