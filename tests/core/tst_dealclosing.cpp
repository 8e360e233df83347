#include "pipeline/dealclosing.h"
#include "records/money.h"
#include "store/dealstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;

// Winning and losing deals on both backends: loss reasons, competitors and the deals they
// are up against, the rules of closing and reopening.
class tst_DealClosing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void lossReasonsBuiltInAndCustom();
    void lostRequiresAReason();
    void competitorReasonRequiresACompetitor();
    void competitorRecordedAsWinnerAndListed();
    void archivedReasonIsRefused();
    void wonRecordsAmountAndDate();
    void closingTwiceIsRefused();
    void reopenClears();
    void updateCannotChangeTheStatus();
    void competitorNamesAreUniqueIgnoringCase();
    void findsCompetitorsByPrefix();
    void setCompetitorsReplaces();
    void deletingACompetitorRemovesItsLinks();

private:
    QString createDeal(const QString &title = u"Licence"_s, qint64 valueMinor = 100'000)
    {
        Deal d;
        d.title = title;
        d.stageId = u"proposal_received"_s;
        d.valueMinor = valueMinor;
        return DealStore(*m_db).create(d);
    }
    QString createCompetitor(const QString &name)
    {
        Competitor c;
        c.name = name;
        return CompetitorStore(*m_db).create(c);
    }
    Deal deal(const QString &id) const { return *DealStore(*m_db).get(id); }
    QString lastTimelineBody(const QString &dealId) const
    {
        return TimelineStore(*m_db).list(dealId).value(0).body;
    }
    qint64 timelineCount() const { return m_db->scalar(u"SELECT COUNT(*) FROM timeline"_s).toLongLong(); }

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

namespace {

constexpr qint64 kStart = 1'767'258'000'000; // 2026-01-01T09:00:00Z

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

void tst_DealClosing::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_DealClosing::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
}

void tst_DealClosing::cleanup()
{
    m_db.reset();
}

void tst_DealClosing::lossReasonsBuiltInAndCustom()
{
    LossReasonStore store(*m_db);
    QList<LossReason> reasons = store.list();
    QCOMPARE(reasons.size(), 7);
    QCOMPARE(reasons.first().id, u"price"_s);
    QCOMPARE(LossReasonStore::displayName(reasons.first()), u"Price"_s);
    QCOMPARE(reasons.last().id, u"competitor"_s);
    QVERIFY(reasons.last().needsCompetitor);
    QCOMPARE(LossReasonStore::displayName(reasons.last()), u"Went to a competitor"_s);
    QCOMPARE(std::count_if(
                 reasons.cbegin(), reasons.cend(), [](const LossReason &r) { return r.needsCompetitor; }),
        qsizetype(1));

    const QString id = store.add(u"  Merged with another project "_s, true);
    reasons = store.list();
    QCOMPARE(reasons.size(), 8);
    QCOMPARE(reasons.last().id, id);
    QCOMPARE(reasons.last().name, u"Merged with another project"_s);
    QCOMPARE(reasons.last().position, 8);
    QVERIFY(reasons.last().needsCompetitor);

    // Names are unique ignoring case, built-in display names included.
    QVERIFY(storeErrorFrom([&] { store.add(u"price"_s); }).has_value());
    QVERIFY(storeErrorFrom([&] { store.add(u"  "_s); }).has_value());
    QVERIFY(storeErrorFrom([&] { store.rename(id, u"TIMING"_s); }).has_value());
    QCOMPARE(store.list().size(), 8);

    // A renamed built-in shows its new name.
    QVERIFY_THROWS_NO_EXCEPTION(store.rename(u"price"_s, u"Too expensive"_s));
    QCOMPARE(LossReasonStore::displayName(*store.get(u"price"_s)), u"Too expensive"_s);
    QVERIFY(storeErrorFrom([&] { store.rename(u"no-such-reason"_s, u"X"_s); }).has_value());

    // The last active reason cannot be archived.
    for (const LossReason &reason : store.list()) {
        if (reason.id != id)
            store.setArchived(reason.id, true);
    }
    QCOMPARE(store.list().size(), 1);
    const auto error = storeErrorFrom([&] { store.setArchived(id, true); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"last active"_s), qPrintable(error->message()));
    QCOMPARE(store.list(true).size(), 8);
}

void tst_DealClosing::lostRequiresAReason()
{
    const QString id = createDeal();
    const qint64 entries = timelineCount();
    const auto error = storeErrorFrom([&] { DealClosing(*m_db).closeLost(id, {}); });
    QVERIFY(error.has_value());
    QCOMPARE(error->message(), u"Choose why the deal was lost."_s);
    QVERIFY(storeErrorFrom([&] { DealClosing(*m_db).closeLost(id, u"no-such-reason"_s); }).has_value());
    QCOMPARE(deal(id).status, DealStatus::Open);
    QCOMPARE(timelineCount(), entries);

    m_clock->advanceMs(60'000);
    QVERIFY_THROWS_NO_EXCEPTION(DealClosing(*m_db).closeLost(id, u"price"_s, {}, u"  Half our price  "_s));
    const Deal lost = deal(id);
    QCOMPARE(lost.status, DealStatus::Lost);
    QCOMPARE(lost.lostReasonId, u"price"_s);
    QVERIFY(lost.wonByCompetitorId.isEmpty());
    QCOMPARE(lost.closedAt, utc(kStart + 60'000));
    QCOMPARE(lost.updatedAt, utc(kStart + 60'000));
    QCOMPARE(lost.valueMinor, qint64(100'000)); // a lost deal keeps the value it had
    QCOMPARE(lastTimelineBody(id), u"Lost: Price\nComment: Half our price"_s);
}

void tst_DealClosing::competitorReasonRequiresACompetitor()
{
    const QString id = createDeal(u"Kvant CRM"_s);
    const auto error = storeErrorFrom([&] { DealClosing(*m_db).closeLost(id, u"competitor"_s); });
    QVERIFY(error.has_value());
    QCOMPARE(error->message(), u"Name the competitor that won \"Kvant CRM\"."_s);
    QVERIFY(storeErrorFrom([&] {
        DealClosing(*m_db).closeLost(id, u"competitor"_s, u"no-such-competitor"_s);
    }).has_value());
    QCOMPARE(deal(id).status, DealStatus::Open);
    QVERIFY(CompetitorStore(*m_db).competitorsOf(id).isEmpty());

    // A custom reason can need one too.
    const QString merged = LossReasonStore(*m_db).add(u"Bought with a bundle"_s, true);
    QVERIFY(storeErrorFrom([&] { DealClosing(*m_db).closeLost(id, merged); }).has_value());
    QCOMPARE(deal(id).status, DealStatus::Open);
}

void tst_DealClosing::competitorRecordedAsWinnerAndListed()
{
    const QString id = createDeal();
    const QString acme = createCompetitor(u"Acme CRM"_s);
    const QString bitrix = createCompetitor(u"Bitrix24"_s);
    CompetitorStore competitors(*m_db);
    competitors.setCompetitors(id, {acme});

    QVERIFY_THROWS_NO_EXCEPTION(DealClosing(*m_db).closeLost(id, u"competitor"_s, bitrix, u"Bundled"_s));
    const Deal lost = deal(id);
    QCOMPARE(lost.status, DealStatus::Lost);
    QCOMPARE(lost.lostReasonId, u"competitor"_s);
    QCOMPARE(lost.wonByCompetitorId, bitrix);
    QCOMPARE(competitors.competitorsOf(id), (QStringList {acme, bitrix}));
    QCOMPARE(lastTimelineBody(id), u"Lost: Went to a competitor\nWon by: Bitrix24\nComment: Bundled"_s);

    // Already listed: listed once.
    const QString other = createDeal(u"Other"_s);
    competitors.setCompetitors(other, {acme});
    DealClosing(*m_db).closeLost(other, u"competitor"_s, acme);
    QCOMPARE(competitors.competitorsOf(other), QStringList {acme});
    QCOMPARE(deal(other).wonByCompetitorId, acme);
}

void tst_DealClosing::archivedReasonIsRefused()
{
    const QString id = createDeal();
    LossReasonStore reasons(*m_db);
    reasons.setArchived(u"timing"_s, true);
    QCOMPARE(reasons.list().size(), 6);
    QVERIFY(reasons.get(u"timing"_s)->archived);
    QCOMPARE(reasons.list(true).size(), 7);
    const auto error = storeErrorFrom([&] { DealClosing(*m_db).closeLost(id, u"timing"_s); });
    QVERIFY(error.has_value());
    QCOMPARE(error->message(), u"The loss reason \"Timing\" is archived; choose another one."_s);
    QCOMPARE(deal(id).status, DealStatus::Open);

    reasons.setArchived(u"timing"_s, false);
    QVERIFY_THROWS_NO_EXCEPTION(DealClosing(*m_db).closeLost(id, u"timing"_s));
    QCOMPARE(deal(id).lostReasonId, u"timing"_s);
    // Archiving a reason leaves the deals that name it alone.
    reasons.setArchived(u"timing"_s, true);
    QCOMPARE(deal(id).lostReasonId, u"timing"_s);
}

void tst_DealClosing::wonRecordsAmountAndDate()
{
    const QString id = createDeal(u"Licence"_s, 100'000);
    m_clock->advanceMs(3'600'000);
    QVERIFY_THROWS_NO_EXCEPTION(DealClosing(*m_db).closeWon(id, 123'456, QDate(2025, 12, 30)));
    const Deal won = deal(id);
    QCOMPARE(won.status, DealStatus::Won);
    QCOMPARE(won.valueMinor, qint64(123'456));
    QCOMPARE(won.closedAt, QDateTime(QDate(2025, 12, 30), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(won.updatedAt, utc(kStart + 3'600'000));
    QVERIFY(won.lostReasonId.isEmpty());
    const QString body = lastTimelineBody(id);
    QVERIFY2(body.startsWith(u"Won: "_s + formatMoney(123'456, u"EUR"_s) + u'\n'), qPrintable(body));
    QVERIFY2(body.contains(u"Closed on "_s), qPrintable(body));

    // No date: now; today's date is not repeated in the timeline.
    const QString second = createDeal(u"Second"_s);
    DealClosing(*m_db).closeWon(second, 50'000, QDate());
    QCOMPARE(deal(second).closedAt, utc(kStart + 3'600'000));
    QCOMPARE(lastTimelineBody(second), u"Won: "_s + formatMoney(50'000, u"EUR"_s));

    const QString third = createDeal(u"Third"_s);
    QVERIFY(storeErrorFrom([&] { DealClosing(*m_db).closeWon(third, -1, QDate()); }).has_value());
    QCOMPARE(deal(third).status, DealStatus::Open);
    QVERIFY(storeErrorFrom([&] { DealClosing(*m_db).closeWon(u"no-such-deal"_s, 1, QDate()); }).has_value());
}

void tst_DealClosing::closingTwiceIsRefused()
{
    const QString won = createDeal(u"Won deal"_s);
    DealClosing closing(*m_db);
    closing.closeWon(won, 100, QDate());
    const qint64 entries = timelineCount();
    const auto error = storeErrorFrom([&] { closing.closeWon(won, 200, QDate()); });
    QVERIFY(error.has_value());
    QCOMPARE(error->message(), u"\"Won deal\" is already closed (Won); reopen it before closing it again."_s);
    QVERIFY(storeErrorFrom([&] { closing.closeLost(won, u"price"_s); }).has_value());
    QCOMPARE(deal(won).valueMinor, qint64(100));
    QCOMPARE(deal(won).status, DealStatus::Won);

    const QString lost = createDeal(u"Lost deal"_s);
    closing.closeLost(lost, u"price"_s);
    QVERIFY(storeErrorFrom([&] { closing.closeLost(lost, u"timing"_s); }).has_value());
    QVERIFY(storeErrorFrom([&] { closing.closeWon(lost, 1, QDate()); }).has_value());
    QCOMPARE(deal(lost).lostReasonId, u"price"_s);
    QCOMPARE(timelineCount(), entries + 2); // the creation and the loss of the second deal
}

void tst_DealClosing::reopenClears()
{
    const QString id = createDeal();
    const QString acme = createCompetitor(u"Acme CRM"_s);
    DealClosing closing(*m_db);
    closing.closeLost(id, u"competitor"_s, acme);
    m_clock->advanceMs(86'400'000);
    QVERIFY_THROWS_NO_EXCEPTION(closing.reopen(id, u"They came back"_s));
    const Deal open = deal(id);
    QCOMPARE(open.status, DealStatus::Open);
    QVERIFY(!open.closedAt.isValid());
    QVERIFY(open.lostReasonId.isEmpty());
    QVERIFY(open.wonByCompetitorId.isEmpty());
    QCOMPARE(open.updatedAt, utc(kStart + 86'400'000));
    QCOMPARE(lastTimelineBody(id), u"Reopened (was Lost)\nComment: They came back"_s);
    // The competitors it is up against stay.
    QCOMPARE(CompetitorStore(*m_db).competitorsOf(id), QStringList {acme});

    const auto error = storeErrorFrom([&] { closing.reopen(id); });
    QVERIFY(error.has_value());
    QCOMPARE(error->message(), u"\"Licence\" is open already."_s);

    // Reopened, it can be closed again.
    QVERIFY_THROWS_NO_EXCEPTION(closing.closeWon(id, 5'000, QDate()));
    closing.reopen(id);
    QCOMPARE(deal(id).status, DealStatus::Open);
    QCOMPARE(deal(id).valueMinor, qint64(5'000));
}

void tst_DealClosing::updateCannotChangeTheStatus()
{
    const QString id = createDeal();
    DealStore store(*m_db);
    Deal edited = deal(id);
    edited.status = DealStatus::Won;
    edited.title = u"Renamed"_s;
    const auto error = storeErrorFrom([&] { store.update(edited); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"Won…"_s) && error->message().contains(u"Lost…"_s),
        qPrintable(error->message()));
    QCOMPARE(deal(id).status, DealStatus::Open);
    QCOMPARE(deal(id).title, u"Licence"_s);

    DealClosing(*m_db).closeLost(id, u"price"_s);
    edited = deal(id);
    edited.status = DealStatus::Open;
    QVERIFY(storeErrorFrom([&] { store.update(edited); }).has_value());
    QCOMPARE(deal(id).status, DealStatus::Lost);

    // Other fields of a closed deal can still be edited; how it closed stays.
    edited = deal(id);
    edited.notes = u"Ask again next year"_s;
    QVERIFY_THROWS_NO_EXCEPTION(store.update(edited));
    QCOMPARE(deal(id).notes, u"Ask again next year"_s);
    QCOMPARE(deal(id).lostReasonId, u"price"_s);
    QVERIFY(deal(id).closedAt.isValid());
}

void tst_DealClosing::competitorNamesAreUniqueIgnoringCase()
{
    CompetitorStore store(*m_db);
    Competitor acme;
    acme.name = u"  Acme CRM "_s;
    acme.website = u"https://acme.example "_s;
    acme.notes = u"Cheap, weak support"_s;
    const QString acmeId = store.create(acme);
    const Competitor read = *store.get(acmeId);
    QCOMPARE(read.name, u"Acme CRM"_s);
    QCOMPARE(read.website, u"https://acme.example"_s);
    QCOMPARE(read.notes, u"Cheap, weak support"_s);
    QCOMPARE(read.createdAt, utc(kStart));
    QCOMPARE(read.updatedAt, utc(kStart));

    Competitor same;
    same.name = u"acme crm"_s;
    const auto error = storeErrorFrom([&] { store.create(same); });
    QVERIFY(error.has_value());
    QCOMPARE(error->message(), u"There is already a competitor called \"Acme CRM\"."_s);
    same.name = u"   "_s;
    QVERIFY(storeErrorFrom([&] { store.create(same); }).has_value());

    // Letters outside ASCII too.
    const QString bitrix = createCompetitor(u"Битрикс24"_s);
    same.name = u"БИТРИКС24"_s;
    QVERIFY(storeErrorFrom([&] { store.create(same); }).has_value());
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.findByName(u"битрикс24"_s)->id, bitrix);
    QVERIFY(!store.findByName(u"Битрикс"_s).has_value());

    // Renaming onto another's name is refused; changing one's own case is not.
    Competitor renamed = *store.get(bitrix);
    renamed.name = u"ACME crm"_s;
    QVERIFY(storeErrorFrom([&] { store.update(renamed); }).has_value());
    QCOMPARE(store.get(bitrix)->name, u"Битрикс24"_s);
    m_clock->advanceMs(1'000);
    renamed = *store.get(acmeId);
    renamed.name = u"ACME CRM"_s;
    QVERIFY_THROWS_NO_EXCEPTION(store.update(renamed));
    QCOMPARE(store.get(acmeId)->name, u"ACME CRM"_s);
    QCOMPARE(store.get(acmeId)->updatedAt, utc(kStart + 1'000));
    renamed.id = u"no-such-competitor"_s;
    renamed.name = u"Zeta"_s;
    QVERIFY(storeErrorFrom([&] { store.update(renamed); }).has_value());
}

void tst_DealClosing::findsCompetitorsByPrefix()
{
    const QString zeta = createCompetitor(u"zeta"_s);
    const QString acme = createCompetitor(u"Acme CRM"_s);
    const QString acorn = createCompetitor(u"Acorn 100%"_s);
    const QString bitrix = createCompetitor(u"Битрикс24"_s);
    CompetitorStore store(*m_db);

    QList<Competitor> all = store.list();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).id, acme);
    QCOMPARE(all.at(1).id, acorn);
    QCOMPARE(all.at(2).id, zeta); // ordered ignoring case

    using Matches = QList<QPair<QString, QString>>;
    QCOMPARE(store.find(u"ac"_s), (Matches {{acme, u"Acme CRM"_s}, {acorn, u"Acorn 100%"_s}}));
    QCOMPARE(store.find(u"ACM"_s), (Matches {{acme, u"Acme CRM"_s}}));
    QCOMPARE(store.find(u"Z"_s), (Matches {{zeta, u"zeta"_s}}));
    QCOMPARE(store.find(u"бит"_s), (Matches {{bitrix, u"Битрикс24"_s}}));
    QCOMPARE(store.find(u"Acorn 100"_s).size(), 1);
    QVERIFY(store.find(u"%"_s).isEmpty()); // wildcards are taken literally
    QVERIFY(store.find(u"_cme"_s).isEmpty());
    QVERIFY(store.find(u"crm"_s).isEmpty()); // a prefix, not a word inside
    QCOMPARE(store.find(QString()).size(), 4);
    QCOMPARE(store.find(u"a"_s, 1).size(), 1);
}

void tst_DealClosing::setCompetitorsReplaces()
{
    const QString id = createDeal();
    const QString a = createCompetitor(u"Acme CRM"_s);
    const QString b = createCompetitor(u"Bitrix24"_s);
    const QString c = createCompetitor(u"Creatio"_s);
    CompetitorStore store(*m_db);

    QVERIFY_THROWS_NO_EXCEPTION(store.setCompetitors(id, {b, a, b, QString()}));
    QCOMPARE(store.competitorsOf(id), (QStringList {a, b}));
    QCOMPARE(lastTimelineBody(id), u"Competitors: (empty) → Acme CRM, Bitrix24"_s);

    QVERIFY_THROWS_NO_EXCEPTION(store.setCompetitors(id, {c, b}));
    QCOMPARE(store.competitorsOf(id), (QStringList {b, c}));
    QCOMPARE(lastTimelineBody(id), u"Competitors: Acme CRM, Bitrix24 → Bitrix24, Creatio"_s);

    // The same set again writes no entry.
    const qint64 entries = timelineCount();
    store.setCompetitors(id, {b, c});
    QCOMPARE(timelineCount(), entries);

    // An unknown competitor fails the whole write.
    QVERIFY(storeErrorFrom([&] { store.setCompetitors(id, {a, u"no-such-competitor"_s}); }).has_value());
    QCOMPARE(store.competitorsOf(id), (QStringList {b, c}));
    QVERIFY(storeErrorFrom([&] { store.setCompetitors(u"no-such-deal"_s, {a}); }).has_value());

    // Each deal has its own list.
    const QString other = createDeal(u"Other"_s);
    store.setCompetitors(other, {a});
    QCOMPARE(store.competitorsOf(id), (QStringList {b, c}));

    QVERIFY_THROWS_NO_EXCEPTION(store.setCompetitors(id, {}));
    QVERIFY(store.competitorsOf(id).isEmpty());
    QCOMPARE(store.competitorsOf(other), QStringList {a});
}

void tst_DealClosing::deletingACompetitorRemovesItsLinks()
{
    const QString first = createDeal(u"First"_s);
    const QString second = createDeal(u"Second"_s);
    const QString acme = createCompetitor(u"Acme CRM"_s);
    const QString bitrix = createCompetitor(u"Bitrix24"_s);
    CompetitorStore store(*m_db);
    store.setCompetitors(first, {acme, bitrix});
    store.setCompetitors(second, {acme});
    DealClosing(*m_db).closeLost(second, u"competitor"_s, acme);

    QVERIFY_THROWS_NO_EXCEPTION(store.remove(acme));
    QVERIFY(!store.get(acme).has_value());
    QCOMPARE(store.competitorsOf(first), QStringList {bitrix});
    QVERIFY(store.competitorsOf(second).isEmpty());
    QCOMPARE(
        m_db->scalar(u"SELECT COUNT(*) FROM deal_competitors WHERE competitor_id = ?"_s, {acme}).toInt(), 0);
    // The lost deal stays lost for its reason; the winner is forgotten, its timeline keeps the name.
    const Deal lost = deal(second);
    QCOMPARE(lost.status, DealStatus::Lost);
    QCOMPARE(lost.lostReasonId, u"competitor"_s);
    QVERIFY(lost.wonByCompetitorId.isEmpty());
    QVERIFY(lastTimelineBody(second).contains(u"Acme CRM"_s));
    QCOMPARE(DealStore(*m_db).count(), 2);
}

QTEST_GUILESS_MAIN(tst_DealClosing)
#include "tst_dealclosing.moc"
