#include "leads/leadstore.h"
#include "leads/workinghours.h"
#include "leadtesting.h"
#include "store/taskstore.h"
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

// LeadStore on both backends: arrival and the SLA clock, taking a lead, every kind of
// status move with its history, questionnaire answers and signals feeding the score,
// and the partner's commission.
class tst_LeadStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void createStartsTheSlaClock();
    void invalidLeadWritesNothing();
    void takeRecordsTheFirstResponse();
    void slaClockStopsOutsideWorkingHours();
    void mqlNeedsTheQuestionnaire();
    void marksAreStampedOnce();
    void movingBackNeedsAComment();
    void disqualifyNeedsAReason();
    void routedToPartnerEarnsCommission();
    void closedLeadCannotMove();
    void answersAndSignalsMakeTheScore();
    void halfFilledAnswersAreKeptButNotComplete();
    void detailsUpdateWritesTimeline();
    void sourcesAreEditable();
    void removeAndRestore();

private:
    qint64 count(const QString &table) const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).toLongLong();
    }
    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

namespace {
constexpr qint64 kStart = 1'767'225'600'000; // 2026-01-01T00:00:00Z, a Thursday
constexpr qint64 kMinute = 60'000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

LeadLifecycle::Context comment(const QString &text)
{
    LeadLifecycle::Context c;
    c.comment = text;
    return c;
}

LeadLifecycle::Context disqualify(const QString &reason)
{
    LeadLifecycle::Context c;
    c.disqualifyReason = reason;
    return c;
}

LeadLifecycle::Context partner(const QString &name, double percent)
{
    LeadLifecycle::Context c;
    c.partner = name;
    c.commissionPercent = percent;
    return c;
}

LeadSignal signal(SignalKind kind, int sharePercent = 100)
{
    LeadSignal s;
    s.kind = kind;
    s.sharePercent = sharePercent;
    return s;
}
} // namespace

void tst_LeadStore::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_LeadStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
}

void tst_LeadStore::cleanup()
{
    m_db.reset();
}

void tst_LeadStore::createStartsTheSlaClock()
{
    LeadStore store(*m_db);
    Lead l = lead(u"Shevchenko"_s);
    l.email = u"anna@kvant.ua"_s;
    l.campaign = u"Spring webinar"_s;
    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(id = store.create(l));
    const Lead read = *store.get(id);
    QCOMPARE(read.status, LeadStatus::New);
    QCOMPARE(read.handOff, HandOff::Queue);
    QCOMPARE(read.receivedAt, utc(kStart));
    QCOMPARE(read.slaDueAt, utc(kStart + 30 * kMinute));
    QVERIFY(!read.firstResponseAt.isValid());
    QCOMPARE(read.firstResponseMs, qint64(-1));
    QCOMPARE(read.temperature, Temperature::Cold);
    QCOMPARE(read.campaign, u"Spring webinar"_s);
    QCOMPARE(read.maxStep, 1);
    const QList<LeadStatusChange> history = store.history(id);
    QCOMPARE(history.size(), 1);
    QVERIFY(!history.first().from.has_value());
    QCOMPARE(history.first().to, LeadStatus::New);
    QCOMPARE(history.first().author, u"tester"_s);
    QCOMPARE(TimelineStore(*m_db).list(id).size(), 1);
}

void tst_LeadStore::invalidLeadWritesNothing()
{
    LeadStore store(*m_db);
    Lead empty;
    auto error = storeErrorFrom([&] { store.create(empty); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"at least a name"_s), qPrintable(error->message()));

    Lead badEmail = lead(u"Koval"_s);
    badEmail.email = u"koval@"_s;
    error = storeErrorFrom([&] { store.create(badEmail); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"koval@"_s), qPrintable(error->message()));

    error = storeErrorFrom([&] { store.create(lead(u"Koval"_s, u"no_such_source"_s)); });
    QVERIFY(error);
    QCOMPARE(count(u"leads"_s), 0);
    QCOMPARE(count(u"lead_status_history"_s), 0);
}

void tst_LeadStore::takeRecordsTheFirstResponse()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    m_clock->advanceMs(12 * kMinute + 30'000);
    QVERIFY_THROWS_NO_EXCEPTION(store.take(id, u"sam"_s));
    const Lead read = *store.get(id);
    QCOMPARE(read.status, LeadStatus::ReceivedBySdr);
    QCOMPARE(read.sdr, u"sam"_s);
    QCOMPARE(read.owner, u"sam"_s);
    QCOMPARE(read.firstResponseAt, utc(kStart + 12 * kMinute + 30'000));
    QCOMPARE(read.firstResponseMs, 12 * kMinute + 30'000);
    QCOMPARE(read.maxStep, 2);
    QCOMPARE(store.history(id).size(), 2);
    QCOMPARE(store.history(id).last().from, std::optional(LeadStatus::New));

    const auto error = storeErrorFrom([&] { store.take(id, u"sofia"_s); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"sam"_s), qPrintable(error->message()));
    QCOMPARE(store.get(id)->sdr, u"sam"_s);
}

void tst_LeadStore::slaClockStopsOutsideWorkingHours()
{
    SlaPolicy policy;
    policy.hours.enabled = true;
    policy.hours.timeZoneId = "UTC";
    QVERIFY_THROWS_NO_EXCEPTION(policy.save(*m_db));
    // Friday 2026-01-02 17:50 UTC: ten working minutes left that day, twenty on Monday.
    const qint64 friday = kStart + (24 + 17) * 60 * kMinute + 50 * kMinute;
    const qint64 monday = kStart + 4 * 24 * 60 * kMinute;
    m_clock->setNowMs(friday);
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Melnyk"_s));
    QCOMPARE(store.get(id)->slaDueAt, utc(monday + 9 * 60 * kMinute + 20 * kMinute));

    // Taken on Monday at 09:05: fifteen working minutes after arrival.
    m_clock->setNowMs(monday + 9 * 60 * kMinute + 5 * kMinute);
    store.take(id, u"sam"_s);
    QCOMPARE(store.get(id)->firstResponseMs, 15 * kMinute);
}

void tst_LeadStore::mqlNeedsTheQuestionnaire()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    store.take(id, u"sam"_s);
    auto error = storeErrorFrom([&] { store.move(id, LeadStatus::AwaitingAssignment); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"questionnaire"_s), qPrintable(error->message()));
    QCOMPARE(store.get(id)->status, LeadStatus::ReceivedBySdr);

    store.saveAnswers(id, u"bant-1"_s, completeBant());
    QVERIFY(store.get(id)->questionnaireComplete);
    m_clock->advanceMs(kMinute);
    QVERIFY_THROWS_NO_EXCEPTION(
        store.move(id, LeadStatus::AwaitingAssignment, comment(u"Budget confirmed"_s)));
    const Lead read = *store.get(id);
    QCOMPARE(read.status, LeadStatus::AwaitingAssignment);
    QCOMPARE(read.mqlAt, utc(kStart + kMinute));
    QCOMPARE(read.maxStep, 3);
    QCOMPARE(store.history(id).last().comment, u"Budget confirmed"_s);
}

void tst_LeadStore::marksAreStampedOnce()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    qualify(store, id);
    const QList<LeadStatus> path {
        LeadStatus::ReceivedBySales, LeadStatus::DiscussingNeeds, LeadStatus::BriefFilled};
    for (LeadStatus s : path) {
        m_clock->advanceMs(kMinute);
        QVERIFY_THROWS_NO_EXCEPTION(store.move(id, s));
    }
    const Lead at6 = *store.get(id);
    QCOMPARE(at6.sqlAt, utc(kStart + 2 * kMinute));
    QCOMPARE(at6.salAt, utc(kStart + 3 * kMinute));
    // Back and forward again: the first time each mark was reached stays.
    m_clock->advanceMs(kMinute);
    store.move(id, LeadStatus::DiscussingNeeds, comment(u"Brief incomplete"_s));
    m_clock->advanceMs(kMinute);
    store.move(id, LeadStatus::BriefFilled);
    QCOMPARE(store.get(id)->salAt, utc(kStart + 3 * kMinute));
    QCOMPARE(store.get(id)->maxStep, 6);
    store.move(id, LeadStatus::ProposalInPreparation);
    store.move(id, LeadStatus::ContractAndPayment);
    store.move(id, LeadStatus::Converted);
    QCOMPARE(store.get(id)->convertedAt, utc(kStart + 5 * kMinute));
    QCOMPARE(store.get(id)->maxStep, 9);
    QCOMPARE(store.history(id).size(), 1 + 2 + 3 + 2 + 3);
}

void tst_LeadStore::movingBackNeedsAComment()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    store.take(id, u"sam"_s);
    auto error = storeErrorFrom([&] { store.move(id, LeadStatus::New); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"comment"_s), qPrintable(error->message()));
    QVERIFY_THROWS_NO_EXCEPTION(store.move(id, LeadStatus::New, comment(u"Taken by mistake"_s)));
    QCOMPARE(store.get(id)->status, LeadStatus::New);
    QCOMPARE(store.history(id).last().comment, u"Taken by mistake"_s);
    // The first response stays recorded: the SLA was met once.
    QVERIFY(store.get(id)->firstResponseAt.isValid());
    error = storeErrorFrom([&] { store.move(id, LeadStatus::DiscussingNeeds); });
    QVERIFY(error);
}

void tst_LeadStore::disqualifyNeedsAReason()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    QVERIFY(storeErrorFrom([&] { store.move(id, LeadStatus::Disqualified); }));
    store.move(id, LeadStatus::Disqualified, disqualify(u"Student project"_s));
    QCOMPARE(store.get(id)->status, LeadStatus::Disqualified);
    QCOMPARE(store.get(id)->disqualifyReason, u"Student project"_s);
    QVERIFY(store.history(id).last().comment.contains(u"Student project"_s));
}

void tst_LeadStore::routedToPartnerEarnsCommission()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    QVERIFY(storeErrorFrom([&] { store.reportPartnerDeal(id, 100, u"RUB"_s); }));
    QVERIFY(
        storeErrorFrom([&] { store.move(id, LeadStatus::RoutedToPartner, partner(u"Integrator"_s, 0)); }));
    store.move(id, LeadStatus::RoutedToPartner, partner(u"Integrator LLC"_s, 12.5));
    QCOMPARE(store.get(id)->partner, u"Integrator LLC"_s);
    QCOMPARE(store.get(id)->commissionBasisPoints, 1250);

    // 12.5 % of 1 000 000.00 RUB = 125 000.00 RUB.
    store.reportPartnerDeal(id, 100'000'000, u"RUB"_s);
    QCOMPARE(store.get(id)->commissionMinor, std::optional<qint64>(12'500'000));
    QCOMPARE(store.get(id)->partnerDealMinor, std::optional<qint64>(100'000'000));
    QCOMPARE(store.get(id)->partnerCurrency, u"RUB"_s);
    // 12.5 % of 0.05 = 0.00625, rounded half up to 0.01; of 0.03 = 0.00375 → 0.00.
    store.reportPartnerDeal(id, 5, u"RUB"_s);
    QCOMPARE(store.get(id)->commissionMinor, std::optional<qint64>(1));
    store.reportPartnerDeal(id, 3, u"RUB"_s);
    QCOMPARE(store.get(id)->commissionMinor, std::optional<qint64>(0));
}

void tst_LeadStore::closedLeadCannotMove()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    store.move(id, LeadStatus::Disqualified, disqualify(u"Spam"_s));
    const auto error = storeErrorFrom([&] { store.move(id, LeadStatus::New, comment(u"x"_s)); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"closed"_s), qPrintable(error->message()));
}

void tst_LeadStore::answersAndSignalsMakeTheScore()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    // Default weights: demo watched 15, so half a demo is 7.
    const QString demo = store.addSignal(id, signal(SignalKind::DemoWatched, 50));
    QCOMPARE(store.get(id)->score, 7);
    QCOMPARE(store.get(id)->temperature, Temperature::Cold);
    // All of BANT: 25 + 20 + 15 + 20 = 80, plus 7 → 87, hot.
    store.saveAnswers(id, u"bant-1"_s, completeBant());
    QCOMPARE(store.get(id)->score, 87);
    QCOMPARE(store.get(id)->temperature, Temperature::Hot);
    QVERIFY(store.score(id).explanation().contains(u"87"_s));
    store.removeSignal(demo);
    QCOMPARE(store.get(id)->score, 80);
    QCOMPARE(store.behaviour(id).size(), 0);
    // A rating set by a person wins.
    Lead l = *store.get(id);
    l.rating = Temperature::Cold;
    store.update(l);
    QCOMPARE(store.get(id)->temperature, Temperature::Cold);
    QCOMPARE(store.get(id)->score, 80);
    QVERIFY(storeErrorFrom([&] { store.addSignal(id, signal(SignalKind::SiteVisit, 0)); }));
}

void tst_LeadStore::halfFilledAnswersAreKeptButNotComplete()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    QVariantMap answers = completeBant();
    answers.remove(u"need"_s);
    store.saveAnswers(id, u"bant-1"_s, answers);
    const Lead read = *store.get(id);
    QVERIFY(!read.questionnaireComplete);
    QCOMPARE(read.questionnaireVersionId, u"bant-1"_s);
    QCOMPARE(read.answers.value(u"authority"_s).toBool(), true);
    // A wrong answer (a choice that is not offered) is refused outright.
    answers.insert(u"timeframe"_s, u"Tomorrow"_s);
    QVERIFY(storeErrorFrom([&] { store.saveAnswers(id, u"bant-1"_s, answers); }));
    QVERIFY(storeErrorFrom([&] { store.saveAnswers(id, u"no-such-version"_s, completeBant()); }));
    QCOMPARE(store.get(id)->answers.value(u"timeframe"_s).toString(), u"Within a month"_s);
}

void tst_LeadStore::detailsUpdateWritesTimeline()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    Lead l = *store.get(id);
    l.companyName = u"Kvant"_s;
    l.sourceId = u"trade_show"_s;
    store.update(l);
    const QList<TimelineEntry> entries = TimelineStore(*m_db).list(id);
    QCOMPARE(entries.first().kind, u"changed"_s);
    QVERIFY2(entries.first().body.contains(u"Trade show"_s), qPrintable(entries.first().body));
    QVERIFY(entries.first().body.contains(u"Kvant"_s));
}

void tst_LeadStore::sourcesAreEditable()
{
    LeadStore store(*m_db);
    QCOMPARE(store.sources().size(), 9);
    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(id = store.addSource(u"Podcast"_s));
    QCOMPARE(store.sources().last().name, u"Podcast"_s);
    QVERIFY(storeErrorFrom([&] { store.addSource(u"podcast"_s); }));
    QVERIFY(storeErrorFrom([&] { store.addSource(u"Trade show"_s); }));
    QVERIFY_THROWS_NO_EXCEPTION(store.create(lead(u"Shevchenko"_s, id)));
}

void tst_LeadStore::removeAndRestore()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Shevchenko"_s));
    store.addSignal(id, signal(SignalKind::SiteVisit));
    store.take(id, u"sam"_s);
    const LeadStore::Snapshot before = store.snapshot(id);
    store.remove(id);
    QCOMPARE(count(u"leads"_s), 0);
    QCOMPARE(count(u"lead_status_history"_s), 0);
    QCOMPARE(count(u"lead_signals"_s), 0);
    QVERIFY(!store.get(id));

    // Undo puts back the lead, its whole history and its signals.
    QVERIFY_THROWS_NO_EXCEPTION(store.restore(before));
    const Lead back = *store.get(id);
    QCOMPARE(back.status, LeadStatus::ReceivedBySdr);
    QCOMPARE(back.sdr, u"sam"_s);
    QCOMPARE(back.firstResponseMs, before.lead.firstResponseMs);
    QCOMPARE(back.slaDueAt, before.lead.slaDueAt);
    QCOMPARE(back.score, before.lead.score);
    QCOMPARE(back.createdAt, before.lead.createdAt);
    QCOMPARE(store.history(id).size(), 2);
    QCOMPARE(store.behaviour(id).size(), 1);
}

QTEST_GUILESS_MAIN(tst_LeadStore)
#include "tst_leadstore.moc"
