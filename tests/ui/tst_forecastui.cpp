#include "deals/forecastdialog.h"
#include "pipeline/pipelinestore.h"
#include "records/money.h"
#include "store/clock.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// The forecast dialog on both backends, over a small hand-worked history inserted with SQL.
// Today is 10 April 2026, so the history period defaults to 11 April 2025 – 10 April 2026 and
// the months start with April 2026. Stages S1–S5 have probabilities 10 25 50 75 90 %.
//
// Closed in March 2026:  W1 won (history S1 S2 S3), W2 won (S1 S2), L1 lost (S1 S2 S3 S4),
//                        L2 lost (S1), L3 lost (S1 S2).
//  S1: 5 closed, 2 won → 40.0% measured (minimum sample 5)
//  S2: W1 W2 L1 L3 = 4, 2 won → too little history: 25.0% (50.0% measured with a sample of 2)
//  S3: W1 L1 = 2, 1 won → 50.0% (probability; also 50% measured)
//  S4: L1 = 1, 0 won → 75.0%;  S5: none → 90.0%
// Open (EUR base, 1 USD = 0.50 EUR, GBP without a rate):
//  A  EUR 1 000.00 S1, 20 April  → 100 000 × 0.40 = 40 000
//  B  USD 2 000.00 S3, 10 May    → 100 000 × 0.50 = 50 000
//  C  EUR   300.00 S2, 1 March   → overdue, counted in April: 30 000 × 0.25 = 7 500
//  D  GBP   100.00 S1, 20 April  → unconverted
//  E  EUR   500.00 S1, no date   → undated
// April €475.00 of €1,300.00 (2 deals, 1 overdue); May €500.00 of €1,000.00 (1); June to
// September nothing; total €975.00 of €2,300.00, 3 deals. With a minimum sample of 2, S2 is
// measured at 50%: April €550.00. From 15 March on no deal closed: S1 falls back to 10%.
class TestForecastUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_db->setClock(std::make_shared<ManualClock>(noon(QDate(2026, 4, 10))));
        QSettings().clear();
    }
    void cleanup() { m_db.reset(); }

    void showsTheHandWorkedForecast();
    void minimumSampleAndPeriodRecompute();
    void explainsTheMethod();
    void reversedPeriodIsReported();
    void remembersItsSize();

private:
    static qint64 noon(QDate day) { return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch(); }
    void insert(const QString &id, const QString &stage, const QString &status, qint64 valueMinor,
        const QString &currency, const QString &expectedClose, const QStringList &history);
    void insertDataset();

    std::unique_ptr<Database> m_db;
};

namespace {

const QString S1 = u"assessment_booked"_s;
const QString S2 = u"needs_confirmed"_s;
const QString S3 = u"proposal_received"_s;
const QString S4 = u"terms_agreed"_s;

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : u"<no item>"_s;
}

QString eur(qint64 minor)
{
    return formatMoney(minor, u"EUR"_s);
}

} // namespace

void TestForecastUi::insert(const QString &id, const QString &stage, const QString &status, qint64 valueMinor,
    const QString &currency, const QString &expectedClose, const QStringList &history)
{
    const qint64 created = noon(QDate(2026, 1, 10));
    const QVariant closed
        = status == u"open"_s ? QVariant(QMetaType::fromType<qint64>()) : QVariant(noon(QDate(2026, 3, 10)));
    m_db->run(
        u"INSERT INTO deals (id, title, value_minor, currency, stage_id, expected_close, status, "
        "closed_at, created_at, updated_at, stage_entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {id, id, valueMinor, currency, stage, expectedClose, status, closed, created, created, created});
    for (const QString &to : history) {
        m_db->run(u"INSERT INTO deal_stage_history (id, deal_id, to_stage, at) VALUES (?, ?, ?, ?)"_s,
            {Database::newId(), id, to, created});
    }
}

void TestForecastUi::insertDataset()
{
    CurrencyRates(*m_db).setRate(u"USD"_s, 0.5);
    insert(u"W1"_s, S3, u"won"_s, 100'000, u"EUR"_s, u""_s, {S1, S2, S3});
    insert(u"W2"_s, S2, u"won"_s, 100'000, u"EUR"_s, u""_s, {S1, S2});
    insert(u"L1"_s, S4, u"lost"_s, 100'000, u"EUR"_s, u""_s, {S1, S2, S3, S4});
    insert(u"L2"_s, S1, u"lost"_s, 100'000, u"EUR"_s, u""_s, {S1});
    insert(u"L3"_s, S2, u"lost"_s, 100'000, u"EUR"_s, u""_s, {S1, S2});
    insert(u"A"_s, S1, u"open"_s, 100'000, u"EUR"_s, u"2026-04-20"_s, {S1});
    insert(u"B"_s, S3, u"open"_s, 200'000, u"USD"_s, u"2026-05-10"_s, {S1, S3});
    insert(u"C"_s, S2, u"open"_s, 30'000, u"EUR"_s, u"2026-03-01"_s, {S2});
    insert(u"D"_s, S1, u"open"_s, 10'000, u"GBP"_s, u"2026-04-20"_s, {S1});
    insert(u"E"_s, S1, u"open"_s, 50'000, u"EUR"_s, u""_s, {S1});
}

void TestForecastUi::showsTheHandWorkedForecast()
{
    insertDataset();
    ForecastDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.pipeline(), u"default"_s);
    QCOMPARE(dialog.historyFrom(), QDate(2025, 4, 11));
    QCOMPARE(dialog.historyTo(), QDate(2026, 4, 10));
    QCOMPARE(dialog.monthsAhead(), 6);
    QCOMPARE(dialog.minimumSample(), 5);

    const QTableWidget *months = dialog.monthsTable();
    QCOMPARE(months->rowCount(), 7); // six months and the total
    QCOMPARE(cell(months, 0, ForecastDialog::MonthNameColumn), u"April 2026"_s);
    QCOMPARE(cell(months, 0, ForecastDialog::ExpectedColumn), eur(47'500));
    QCOMPARE(cell(months, 0, ForecastDialog::PipelineColumn), eur(130'000));
    QCOMPARE(cell(months, 0, ForecastDialog::DealsColumn), u"2 (1 overdue)"_s);
    QCOMPARE(cell(months, 1, ForecastDialog::MonthNameColumn), u"May 2026"_s);
    QCOMPARE(cell(months, 1, ForecastDialog::ExpectedColumn), eur(50'000));
    QCOMPARE(cell(months, 1, ForecastDialog::PipelineColumn), eur(100'000));
    QCOMPARE(cell(months, 1, ForecastDialog::DealsColumn), u"1"_s);
    QCOMPARE(cell(months, 5, ForecastDialog::MonthNameColumn), u"September 2026"_s);
    QCOMPARE(cell(months, 5, ForecastDialog::ExpectedColumn), eur(0));
    QCOMPARE(cell(months, 5, ForecastDialog::DealsColumn), u"0"_s);
    QCOMPARE(cell(months, 6, ForecastDialog::MonthNameColumn), u"Total"_s);
    QCOMPARE(cell(months, 6, ForecastDialog::ExpectedColumn), eur(97'500));
    QCOMPARE(cell(months, 6, ForecastDialog::PipelineColumn), eur(230'000));
    QCOMPARE(cell(months, 6, ForecastDialog::DealsColumn), u"3"_s);
    QVERIFY(months->item(6, 0)->font().bold());

    const QTableWidget *stages = dialog.stagesTable();
    QCOMPARE(stages->rowCount(), 5);
    QCOMPARE(cell(stages, 0, ForecastDialog::StageNameColumn), u"Needs assessment booked"_s);
    const QList<QStringList> expected = {
        {u"5"_s, u"2"_s, u"40.0%"_s, u"measured"_s},
        {u"4"_s, u"2"_s, u"25.0%"_s, u"stage probability (too little history)"_s},
        {u"2"_s, u"1"_s, u"50.0%"_s, u"stage probability (too little history)"_s},
        {u"1"_s, u"0"_s, u"75.0%"_s, u"stage probability (too little history)"_s},
        {u"0"_s, u"0"_s, u"90.0%"_s, u"stage probability (too little history)"_s},
    };
    for (int row = 0; row < 5; ++row) {
        const QStringList shown = {cell(stages, row, ForecastDialog::ClosedColumn),
            cell(stages, row, ForecastDialog::WonColumn), cell(stages, row, ForecastDialog::RateColumn),
            cell(stages, row, ForecastDialog::BasisColumn)};
        QCOMPARE(shown, expected.at(row));
    }
    const QString tip = stages->item(1, ForecastDialog::BasisColumn)->toolTip();
    QVERIFY2(tip.contains(u"50.0%"_s) && tip.contains(u"2 won of 4"_s), qPrintable(tip));

    const QString notes = dialog.notesLabel()->text();
    QVERIFY(dialog.notesLabel()->isVisible());
    QVERIFY2(notes.contains(u"before this month"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"without an exchange rate"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"no expected close date"_s), qPrintable(notes));
}

void TestForecastUi::minimumSampleAndPeriodRecompute()
{
    insertDataset();
    ForecastDialog dialog(*m_db);
    dialog.minimumSampleSpinBox()->setValue(2);
    QCOMPARE(cell(dialog.stagesTable(), 1, ForecastDialog::RateColumn), u"50.0%"_s);
    QCOMPARE(cell(dialog.stagesTable(), 1, ForecastDialog::BasisColumn), u"measured"_s);
    QCOMPARE(cell(dialog.monthsTable(), 0, ForecastDialog::ExpectedColumn), eur(55'000));
    QCOMPARE(cell(dialog.monthsTable(), 6, ForecastDialog::ExpectedColumn), eur(105'000));

    // No deal closed from 15 March on: every stage falls back, A counts at 10%.
    dialog.historyFromEdit()->setDate(QDate(2026, 3, 15));
    QCOMPARE(cell(dialog.stagesTable(), 0, ForecastDialog::ClosedColumn), u"0"_s);
    QCOMPARE(cell(dialog.stagesTable(), 0, ForecastDialog::RateColumn), u"10.0%"_s);
    QCOMPARE(cell(dialog.monthsTable(), 0, ForecastDialog::ExpectedColumn), eur(10'000 + 7'500));

    dialog.monthsAheadSpinBox()->setValue(2);
    QCOMPARE(dialog.monthsTable()->rowCount(), 3);
    QCOMPARE(cell(dialog.monthsTable(), 2, ForecastDialog::ExpectedColumn), eur(10'000 + 7'500 + 50'000));

    // Another pipeline: its own stages, no deals, no notes.
    const QString partners = PipelineStore(*m_db).addPipeline(u"Partners"_s, {u"Intro"_s, u"Signed"_s});
    ForecastDialog other(*m_db);
    other.setPipeline(partners);
    QCOMPARE(other.pipeline(), partners);
    QCOMPARE(other.stagesTable()->rowCount(), 2);
    QCOMPARE(cell(other.stagesTable(), 0, ForecastDialog::StageNameColumn), u"Intro"_s);
    QCOMPARE(cell(other.monthsTable(), 6, ForecastDialog::DealsColumn), u"0"_s);
    QVERIFY(other.notesLabel()->isHidden());
}

void TestForecastUi::explainsTheMethod()
{
    insertDataset();
    ForecastDialog dialog(*m_db);
    const QString method = dialog.methodLabel()->text();
    QVERIFY2(method.contains(u"EUR"_s), qPrintable(method));
    QVERIFY2(
        method.contains(QLocale().toString(QDate(2025, 4, 11), QLocale::ShortFormat)), qPrintable(method));
    QVERIFY2(
        method.contains(QLocale().toString(QDate(2026, 4, 10), QLocale::ShortFormat)), qPrintable(method));
    QVERIFY2(method.contains(u"fewer than 5 closed deals"_s), qPrintable(method));
    dialog.setMinimumSample(3);
    QVERIFY2(dialog.methodLabel()->text().contains(u"fewer than 3 closed deals"_s), qPrintable(method));
}

void TestForecastUi::reversedPeriodIsReported()
{
    insertDataset();
    ForecastDialog dialog(*m_db);
    dialog.setHistoryPeriod(QDate(2026, 4, 1), QDate(2026, 3, 1));
    const auto *problem = dialog.findChild<QLabel *>(u"forecastProblem"_s);
    QVERIFY(problem && !problem->isHidden());
    QCOMPARE(dialog.monthsTable()->rowCount(), 0);
    QCOMPARE(dialog.stagesTable()->rowCount(), 0);
    QVERIFY(dialog.months().isEmpty());
    dialog.setHistoryPeriod(QDate(2026, 3, 1), QDate(2026, 4, 1));
    QVERIFY(problem->isHidden());
    QCOMPARE(dialog.monthsTable()->rowCount(), 7);
}

void TestForecastUi::remembersItsSize()
{
    {
        ForecastDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.resize(1111, 633);
        dialog.reject();
    }
    ForecastDialog again(*m_db);
    QCOMPARE(again.size(), QSize(1111, 633));
}

QTEST_MAIN(TestForecastUi)
#include "tst_forecastui.moc"
