#include "leads/leadfigures.h"
#include "store/clock.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// LeadFiguresQuery and BonusRates on both backends, over a hand-built set of leads
// inserted with plain SQL.
//
// The period is March 2026, [P0, P1) with P0 = 1 March 00:00Z and P1 = 1 April 00:00Z;
// now is 10 April. Times below are March 2026 UTC unless said otherwise; "resp" is
// first_response_at, "ms" first_response_ms (in thousands).
//
//  lead sdr    received     due          resp              ms    step  mql    sql    sal    converted
//  L1   anna   2 10:00      2 10:30      2 10:10           600   9     3      5      10     20
//  L2   anna   3 10:00      3 10:30      3 10:50 (late)    3000  6     4      6      12
//  L3   boris  4 11:00      4 11:30      4 11:05           300   5     5      7
//  L4   boris  5 12:00      5 12:30      5 12:30 (on time) 1800  3     6
//  L5   anna   6 09:00      6 09:30      6 09:15           900   2
//  L6   —      10 09:00     10 09:30     none (breach)           1
//  L7   —      31 23:50     Apr 1 00:20  none                    1
//  L8   anna   P0 exactly   1 00:30      1 00:40 (late)    2400  4     1 01:00
//  L9   boris  P1 exactly   Apr 1 00:30  Apr 1 00:10       600   9                               P1 exactly
//  L10  anna   Feb 27 17:00 Feb 27 17:30 P0 exactly (late) 7200  5     1 02:00  2
//  L11  boris  Feb 20 10:00 Feb 20 10:30 Feb 20 10:20      1200  9            Feb 25  15     P1 − 1 ms
//
// Everyone:
//  received [P0, P1): L1–L8 = 8 (L9 at P1 is out, L10 and L11 earlier).
//  reached (steps 9 6 5 3 2 1 1 4): ≥1 8, ≥2 6, ≥3 5, ≥4 4, ≥5 3, ≥6 2, ≥7 1, ≥8 1, ≥9 1;
//   conversion(3, 5) = 3 / 5 = 0.6.
//  taken (resp in period): L1 L2 L3 L4 L5 L8 L10 = 7; ms sorted 300 600 900 1800 2400 3000 7200,
//   median = the 4th = 1 800 000.
//  came due in the period (and before now): L1 L2 L3 L4 L5 L6 L8 = 7 (L7, L9 due in April,
//   L10, L11 in February); breaches L2 L6 L8 = 3 (L4 answered exactly at due), share 3/7.
//  marks in period: mql L1 L2 L3 L4 L8 L10 = 6; sql L1 L2 L3 L10 = 4; sal L1 L2 L11 = 3;
//   converted L1 L11 = 2 (L9 at P1 is out).
// anna (L1 L2 L5 L8 L10):
//  received 4; reached ≥1 4, ≥2 4, ≥3 3, ≥4 3, ≥5 2, ≥6 2, ≥7–9 1; conversion(3, 5) = 2/3.
//  taken 5: 600 900 2400 3000 7200, median 2 400 000. Due 4 (L1 L2 L5 L8), breaches L2 L8 = 2, share 0.5.
//  mql 4 (L1 L2 L8 L10), sql 3 (L1 L2 L10), sal 2 (L1 L2), converted 1 (L1).
// boris (L3 L4 L9 L11):
//  received 2; taken 2: 300 1800, median (300 000 + 1 800 000) / 2 = 1 050 000.
//  Due 2, breaches 0. mql 2, sql 1 (L3; L11's is February), sal 1 (L11), converted 1 (L11).
// Bonus at 100.00 per converted, 20.00 per SQL, 30.00 per SAL (minor units):
//  anna 1×10000 + 3×2000 + 2×3000 = 22000; boris 1×10000 + 1×2000 + 1×3000 = 15000;
//  the team (leads with an SDR) 2×10000 + 4×2000 + 3×3000 = 37000.
class tst_LeadFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void everyone();
    void oneSdrOddMedian();
    void oneSdrEvenMedian();
    void breachesDependOnNow();
    void periodBoundaries();
    void openPeriod();
    void emptyPeriod();
    void conversionGuards();
    void bonus();
    void bonusRatesSaveAndLoad();

private:
    struct Row
    {
        QString id;
        QString sdr;
        qint64 received = 0;
        qint64 due = 0;
        std::optional<qint64> response;
        std::optional<qint64> responseMs;
        int maxStep = 1;
        std::optional<qint64> mql;
        std::optional<qint64> sql;
        std::optional<qint64> sal;
        std::optional<qint64> converted;
    };
    void insert(const Row &row);
    void insertDataset();
    LeadFigures compute(const QString &sdr = {}) const;

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

namespace {

constexpr qint64 kThousand = 1000;

QDateTime utc(QDate date, int hour = 0, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

qint64 march(int day, int hour = 0, int minute = 0)
{
    return utc(QDate(2026, 3, day), hour, minute).toMSecsSinceEpoch();
}

qint64 february(int day, int hour = 0, int minute = 0)
{
    return utc(QDate(2026, 2, day), hour, minute).toMSecsSinceEpoch();
}

qint64 april(int day, int hour = 0, int minute = 0)
{
    return utc(QDate(2026, 4, day), hour, minute).toMSecsSinceEpoch();
}

const qint64 kP0 = march(1);
const qint64 kP1 = april(1);

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QList<qint64> steps(std::initializer_list<qint64> reached)
{
    QList<qint64> list {0};
    list.append(reached);
    return list;
}

} // namespace

void tst_LeadFigures::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_LeadFigures::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(april(10));
    m_db->setClock(m_clock);
}

void tst_LeadFigures::cleanup()
{
    m_db.reset();
}

void tst_LeadFigures::insert(const Row &row)
{
    m_db->run(u"INSERT INTO leads (id, source_id, sdr, received_at, sla_due_at, first_response_at,"
              " first_response_ms, max_step, mql_at, sql_at, sal_at, converted_at, created_at, updated_at)"
              " VALUES (?, 'web_site', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {row.id, row.sdr.isNull() ? u""_s : row.sdr, row.received, row.due, nullable(row.response),
            nullable(row.responseMs), row.maxStep, nullable(row.mql), nullable(row.sql), nullable(row.sal),
            nullable(row.converted), row.received, row.received});
}

void tst_LeadFigures::insertDataset()
{
    const QString anna = u"anna"_s;
    const QString boris = u"boris"_s;
    // clang-format off
    insert({u"L1"_s, anna, march(2, 10), march(2, 10, 30), march(2, 10, 10), 600 * kThousand, 9,
            march(3), march(5), march(10), march(20)});
    insert({u"L2"_s, anna, march(3, 10), march(3, 10, 30), march(3, 10, 50), 3000 * kThousand, 6,
            march(4), march(6), march(12), {}});
    insert({u"L3"_s, boris, march(4, 11), march(4, 11, 30), march(4, 11, 5), 300 * kThousand, 5,
            march(5), march(7), {}, {}});
    insert({u"L4"_s, boris, march(5, 12), march(5, 12, 30), march(5, 12, 30), 1800 * kThousand, 3,
            march(6), {}, {}, {}});
    insert({u"L5"_s, anna, march(6, 9), march(6, 9, 30), march(6, 9, 15), 900 * kThousand, 2, {}, {}, {}, {}});
    insert({u"L6"_s, {}, march(10, 9), march(10, 9, 30), {}, {}, 1, {}, {}, {}, {}});
    insert({u"L7"_s, {}, march(31, 23, 50), april(1, 0, 20), {}, {}, 1, {}, {}, {}, {}});
    insert({u"L8"_s, anna, kP0, march(1, 0, 30), march(1, 0, 40), 2400 * kThousand, 4,
            march(1, 1), {}, {}, {}});
    insert({u"L9"_s, boris, kP1, april(1, 0, 30), april(1, 0, 10), 600 * kThousand, 9, {}, {}, {}, kP1});
    insert({u"L10"_s, anna, february(27, 17), february(27, 17, 30), kP0, 7200 * kThousand, 5,
            march(1, 2), march(2), {}, {}});
    insert({u"L11"_s, boris, february(20, 10), february(20, 10, 30), february(20, 10, 20), 1200 * kThousand, 9,
            {}, february(25), march(15), kP1 - 1});
    // clang-format on
}

LeadFigures tst_LeadFigures::compute(const QString &sdr) const
{
    LeadFiguresQuery query(*m_db);
    query.setPeriod(QDateTime::fromMSecsSinceEpoch(kP0, QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(kP1, QTimeZone::utc()));
    query.setSdr(sdr);
    return query.compute();
}

void tst_LeadFigures::everyone()
{
    insertDataset();
    const LeadFigures f = compute();
    QCOMPARE(f.leadsReceived, 8);
    QCOMPARE(f.reachedStep, steps({8, 6, 5, 4, 3, 2, 1, 1, 1}));
    QCOMPARE(f.conversion(3, 5), 0.6);
    QCOMPARE(f.leadsTaken, 7);
    QCOMPARE(f.medianFirstResponseMs, std::optional<qint64>(1800 * kThousand));
    QCOMPARE(f.slaBreaches, 3);
    QCOMPARE(f.slaBreachShare, 3.0 / 7.0);
    QCOMPARE(f.mql, 6);
    QCOMPARE(f.sql, 4);
    QCOMPARE(f.sal, 3);
    QCOMPARE(f.converted, 2);
}

void tst_LeadFigures::oneSdrOddMedian()
{
    insertDataset();
    const LeadFigures f = compute(u"anna"_s);
    QCOMPARE(f.leadsReceived, 4);
    QCOMPARE(f.reachedStep, steps({4, 4, 3, 3, 2, 2, 1, 1, 1}));
    QCOMPARE(f.conversion(3, 5), 2.0 / 3.0);
    QCOMPARE(f.leadsTaken, 5);
    QCOMPARE(f.medianFirstResponseMs, std::optional<qint64>(2400 * kThousand));
    QCOMPARE(f.slaBreaches, 2);
    QCOMPARE(f.slaBreachShare, 0.5);
    QCOMPARE(f.mql, 4);
    QCOMPARE(f.sql, 3);
    QCOMPARE(f.sal, 2);
    QCOMPARE(f.converted, 1);
}

void tst_LeadFigures::oneSdrEvenMedian()
{
    insertDataset();
    const LeadFigures f = compute(u"boris"_s);
    QCOMPARE(f.leadsReceived, 2);
    QCOMPARE(f.leadsTaken, 2);
    QCOMPARE(f.medianFirstResponseMs, std::optional<qint64>(1050 * kThousand));
    QCOMPARE(f.slaBreaches, 0);
    QCOMPARE(f.slaBreachShare, 0.0);
    QCOMPARE(f.mql, 2);
    QCOMPARE(f.sql, 1);
    QCOMPARE(f.sal, 1);
    QCOMPARE(f.converted, 1);
}

void tst_LeadFigures::breachesDependOnNow()
{
    insertDataset();
    // L6 (due 10 March 09:30, never answered) is neither due nor breached yet.
    m_clock->setNowMs(march(10, 9, 29));
    LeadFigures f = compute();
    QCOMPARE(f.slaBreaches, 2);
    QCOMPARE(f.slaBreachShare, 2.0 / 6.0);
    m_clock->setNowMs(march(10, 9, 31));
    f = compute();
    QCOMPARE(f.slaBreaches, 3);
    QCOMPARE(f.slaBreachShare, 3.0 / 7.0);
}

void tst_LeadFigures::periodBoundaries()
{
    insertDataset();
    LeadFiguresQuery query(*m_db);
    // From L1's arrival (counted) to L2's (not counted).
    query.setPeriod(utc(QDate(2026, 3, 2), 10), utc(QDate(2026, 3, 3), 10));
    LeadFigures f = query.compute();
    QCOMPARE(f.leadsReceived, 1);
    QCOMPARE(f.leadsTaken, 1);
    QCOMPARE(f.medianFirstResponseMs, std::optional<qint64>(600 * kThousand));
    // L10's sql_at on 2 March 00:00 is before the period.
    QCOMPARE(f.sql, 0);

    // L8 is received at P0 and answered after it; L10 answered exactly at P0.
    query.setPeriod(utc(QDate(2026, 3, 1)), utc(QDate(2026, 3, 1), 0, 40));
    f = query.compute();
    QCOMPARE(f.leadsReceived, 1);
    QCOMPARE(f.leadsTaken, 1);
    QCOMPARE(f.medianFirstResponseMs, std::optional<qint64>(7200 * kThousand));
    QCOMPARE(f.slaBreaches, 1); // L8, due at 00:30
}

void tst_LeadFigures::openPeriod()
{
    insertDataset();
    LeadFiguresQuery query(*m_db);
    query.setPeriod(QDateTime(), QDateTime());
    const LeadFigures f = query.compute();
    QCOMPARE(f.leadsReceived, 11);
    QCOMPARE(f.reachedStep.at(9), 3);
    QCOMPARE(f.converted, 3);
    // Every lead has come due; L2 L6 L7 L8 L10 are late or unanswered.
    QCOMPARE(f.slaBreaches, 5);
    QCOMPARE(f.slaBreachShare, 5.0 / 11.0);
}

void tst_LeadFigures::emptyPeriod()
{
    insertDataset();
    LeadFiguresQuery query(*m_db);
    query.setPeriod(utc(QDate(2025, 1, 1)), utc(QDate(2025, 2, 1)));
    const LeadFigures f = query.compute();
    QCOMPARE(f.leadsReceived, 0);
    QCOMPARE(f.leadsTaken, 0);
    QCOMPARE(f.medianFirstResponseMs, std::nullopt);
    QCOMPARE(f.slaBreachShare, 0.0);
    QCOMPARE(f.reachedStep, steps({0, 0, 0, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(f.conversion(3, 5), 0.0);
    QCOMPARE(query.bonusMinor(BonusRates {100, 200, 300, u"EUR"_s}), 0);
}

void tst_LeadFigures::conversionGuards()
{
    LeadFigures f;
    f.reachedStep = steps({10, 8, 4, 2, 1, 0, 0, 0, 0});
    QCOMPARE(f.conversion(1, 3), 0.4);
    QCOMPARE(f.conversion(3, 3), 1.0);
    QCOMPARE(f.conversion(6, 9), 0.0);
    QCOMPARE(f.conversion(0, 3), 0.0);
    QCOMPARE(f.conversion(3, 10), 0.0);
}

void tst_LeadFigures::bonus()
{
    insertDataset();
    BonusRates rates;
    rates.perConvertedMinor = 100'00;
    rates.perSqlMinor = 20'00;
    rates.perSalMinor = 30'00;
    LeadFiguresQuery query(*m_db);
    query.setPeriod(utc(QDate(2026, 3, 1)), utc(QDate(2026, 4, 1)));
    query.setSdr(u"anna"_s);
    QCOMPARE(query.bonusMinor(rates), 22000);
    query.setSdr(u"boris"_s);
    QCOMPARE(query.bonusMinor(rates), 15000);
    query.setSdr(QString());
    QCOMPARE(query.bonusMinor(rates), 37000);
    query.setSdr(u"nobody"_s);
    QCOMPARE(query.bonusMinor(rates), 0);
}

void tst_LeadFigures::bonusRatesSaveAndLoad()
{
    QCOMPARE(BonusRates::load(*m_db), BonusRates());
    const BonusRates rates {150'00, 25'00, 40'00, u"UAH"_s};
    rates.save(*m_db);
    QCOMPARE(BonusRates::load(*m_db), rates);
}

QTEST_GUILESS_MAIN(tst_LeadFigures)
#include "tst_leadfigures.moc"
