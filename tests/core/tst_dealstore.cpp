#include "pipeline/dealclosing.h"
#include "records/money.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// DealStore on both backends: CRUD, stages, statuses, the deal's contacts, and
// delete and undo.
class tst_DealStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void createAndGetRoundTrip();
    void createFillsDefaults();
    void updateWritesChangedTimelineEntry();
    void invalidDealWritesNothing();
    void stagesInPositionOrder();
    void unknownStageIsRefused();
    void usedStageCannotBeDeleted();
    void statuses_data();
    void statuses();
    void contactLinks();
    void removeThenRestore();
    void restoreWithoutCompanyOrContactsDeletedMeanwhile();
    void bulkWriterNamesTheBadRow();

private:
    QString createContact(const QString &last);
    static Deal deal(const QString &title, const QString &stage = u"needs_confirmed"_s)
    {
        Deal d;
        d.title = title;
        d.stageId = stage;
        return d;
    }
    qint64 count(const QString &table) const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).toLongLong();
    }

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

namespace {

constexpr qint64 kStart = 1'767'225'600'000; // 2026-01-01T00:00:00Z

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

void tst_DealStore::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_DealStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
}

void tst_DealStore::cleanup()
{
    m_db.reset();
}

QString tst_DealStore::createContact(const QString &last)
{
    Contact c;
    c.firstName = u"Anna"_s;
    c.lastName = last;
    return ContactStore(*m_db).create(c);
}

void tst_DealStore::createAndGetRoundTrip()
{
    Company company;
    company.name = u"Kvant Software"_s;
    const QString companyId = CompanyStore(*m_db).create(company);
    const QString a = createContact(u"Shevchenko"_s);
    const QString b = createContact(u"Bondarenko"_s);

    Deal d = deal(u"  Annual licence — Kvant "_s, u"proposal_received"_s);
    d.companyId = companyId;
    d.companyName = u"ignored: read from the company"_s;
    d.contactIds = {b, a};
    d.valueMinor = 1'250'000'00;
    d.currency = u"UAH"_s;
    d.owner = u"sergey"_s;
    d.expectedClose = QDate(2026, 12, 15);
    d.status = DealStatus::Won;
    d.notes = u"Signed at the Lviv office."_s;
    DealStore store(*m_db);
    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(id = store.create(d));

    const std::optional<Deal> read = store.get(id);
    QVERIFY(read.has_value());
    QCOMPARE(read->id, id);
    QCOMPARE(read->title, u"Annual licence — Kvant"_s);
    QCOMPARE(read->companyId, companyId);
    QCOMPARE(read->companyName, u"Kvant Software"_s);
    QCOMPARE(read->contactIds, sorted({a, b}));
    QCOMPARE(read->valueMinor, qint64(1'250'000'00));
    QCOMPARE(read->currency, u"UAH"_s);
    QCOMPARE(read->stageId, u"proposal_received"_s);
    QCOMPARE(read->owner, u"sergey"_s);
    QCOMPARE(read->expectedClose, QDate(2026, 12, 15));
    QCOMPARE(read->status, DealStatus::Won);
    QCOMPARE(read->notes, d.notes);
    QCOMPARE(read->createdAt, utc(kStart));
    QCOMPARE(read->updatedAt, utc(kStart));
    QCOMPARE(store.count(), 1);
    QCOMPARE(
        m_db->scalar(u"SELECT expected_close FROM deals WHERE id = ?"_s, {id}).toString(), u"2026-12-15"_s);

    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().entity, u"deal"_s);
    QCOMPARE(timeline.first().kind, u"created"_s);
    QVERIFY(!store.get(u"no-such-id"_s).has_value());

    // Large values survive (64-bit minor units).
    Deal big = deal(u"Big"_s);
    big.valueMinor = Q_INT64_C(9'000'000'000'000'000);
    QCOMPARE(store.get(store.create(big))->valueMinor, Q_INT64_C(9'000'000'000'000'000));
}

void tst_DealStore::createFillsDefaults()
{
    DealStore store(*m_db);
    const QString id = store.create(deal(u"Pilot"_s));
    const std::optional<Deal> read = store.get(id);
    QCOMPARE(read->owner, u"tester"_s);
    QCOMPARE(read->currency, u"EUR"_s);
    QCOMPARE(read->valueMinor, qint64(0));
    QCOMPARE(read->status, DealStatus::Open);
    QVERIFY(!read->expectedClose.isValid());
    QVERIFY(read->companyId.isEmpty());
    QVERIFY(read->companyName.isEmpty());
    QVERIFY(read->contactIds.isEmpty());
}

void tst_DealStore::updateWritesChangedTimelineEntry()
{
    DealStore store(*m_db);
    Deal d = deal(u"Licence"_s);
    d.valueMinor = 100'000;
    const QString id = store.create(d);

    m_clock->advanceMs(3'600'000);
    Deal edited = *store.get(id);
    edited.stageId = u"proposal_received"_s;
    edited.valueMinor = 250'000;
    edited.expectedClose = QDate(2026, 3, 31);
    QVERIFY_THROWS_NO_EXCEPTION(store.update(edited));

    const std::optional<Deal> read = store.get(id);
    QCOMPARE(read->stageId, u"proposal_received"_s);
    QCOMPARE(read->valueMinor, qint64(250'000));
    QCOMPARE(read->expectedClose, QDate(2026, 3, 31));
    QCOMPARE(read->updatedAt, utc(kStart + 3'600'000));
    QCOMPARE(read->createdAt, utc(kStart));

    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.first().kind, u"changed"_s);
    QCOMPARE(timeline.first().at, utc(kStart + 3'600'000));
    const QString close = QLocale().toString(QDate(2026, 3, 31), QLocale::ShortFormat);
    QCOMPARE(timeline.first().body,
        u"Value: %2 → %3\n"
        "Stage: Needs confirmed → Proposal received\n"
        "Expected close: (empty) → %1"_s.arg(
            close, formatMoney(100'000, d.currency), formatMoney(250'000, d.currency)));

    // No change, no entry.
    QVERIFY_THROWS_NO_EXCEPTION(store.update(*store.get(id)));
    QCOMPARE(TimelineStore(*m_db).list(id).size(), 2);
}

void tst_DealStore::invalidDealWritesNothing()
{
    DealStore store(*m_db);
    const QString keptId = store.create(deal(u"Kept"_s));
    for (const auto &mutate : QList<std::function<void(Deal &)>> {
             [](Deal &d) { d.title.clear(); },
             [](Deal &d) { d.currency = u"eur"_s; },
             [](Deal &d) { d.valueMinor = -1; },
             [](Deal &d) { d.stageId.clear(); },
         }) {
        Deal bad = deal(u"Bad"_s);
        mutate(bad);
        QVERIFY(storeErrorFrom([&] { store.create(bad); }).has_value());
        QCOMPARE(store.count(), 1);
        QCOMPARE(count(u"timeline"_s), 1);

        Deal edited = *store.get(keptId);
        mutate(edited);
        QVERIFY(storeErrorFrom([&] { store.update(edited); }).has_value());
        const std::optional<Deal> kept = store.get(keptId);
        QCOMPARE(kept->title, u"Kept"_s);
        QCOMPARE(kept->currency, u"EUR"_s);
        QCOMPARE(kept->valueMinor, qint64(0));
        QCOMPARE(kept->stageId, u"needs_confirmed"_s);
        QCOMPARE(count(u"timeline"_s), 1);
    }
}

void tst_DealStore::stagesInPositionOrder()
{
    DealStore store(*m_db);
    QList<DealStage> stages = store.stages();
    QCOMPARE(stages.size(), 5);
    const QStringList ids {u"assessment_booked"_s, u"needs_confirmed"_s, u"proposal_received"_s,
        u"terms_agreed"_s, u"contract_sent"_s};
    const QList<int> probabilities {10, 25, 50, 75, 90};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(stages.at(i).id, ids.at(i));
        QCOMPARE(stages.at(i).position, i + 1);
        QCOMPARE(stages.at(i).probability, probabilities.at(i));
    }
    QCOMPARE(DealStore::stageDisplayName(stages.at(0)), u"Needs assessment booked"_s);
    QCOMPARE(DealStore::stageDisplayName(stages.at(4)), u"Contract received for signature"_s);

    // Stages added later (and out of id order) are listed by position.
    m_db->run(
        u"INSERT INTO deal_stages (id, name, position, probability) VALUES ('zz_lead', 'Lead in', 0, 5), "
        "('aa_paid', 'Invoice paid', 6, 100)"_s);
    stages = store.stages();
    QCOMPARE(stages.size(), 7);
    QCOMPARE(stages.first().id, u"zz_lead"_s);
    QCOMPARE(stages.last().id, u"aa_paid"_s);
    QCOMPARE(stages.at(1).id, u"assessment_booked"_s);
    QCOMPARE(
        DealStore::stageDisplayName(stages.first()), u"Lead in"_s); // a custom stage shows its stored name

    // A deal can be put in a custom stage.
    const QString id = store.create(deal(u"Custom"_s, u"zz_lead"_s));
    QCOMPARE(store.get(id)->stageId, u"zz_lead"_s);
}

void tst_DealStore::unknownStageIsRefused()
{
    DealStore store(*m_db);
    const auto error = storeErrorFrom([&] { store.create(deal(u"Licence"_s, u"no_such_stage"_s)); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"no_such_stage"_s), qPrintable(error->message()));
    QCOMPARE(store.count(), 0);
    QCOMPARE(count(u"timeline"_s), 0);

    const QString id = store.create(deal(u"Licence"_s));
    Deal edited = *store.get(id);
    edited.stageId = u"no_such_stage"_s;
    QVERIFY(storeErrorFrom([&] { store.update(edited); }).has_value());
    QCOMPARE(store.get(id)->stageId, u"needs_confirmed"_s);
    QCOMPARE(count(u"timeline"_s), 1);
}

void tst_DealStore::usedStageCannotBeDeleted()
{
    DealStore(*m_db).create(deal(u"Licence"_s, u"terms_agreed"_s));
    QVERIFY(storeErrorFrom([&] {
        m_db->run(u"DELETE FROM deal_stages WHERE id = 'terms_agreed'"_s);
    }).has_value());
    QCOMPARE(DealStore(*m_db).stages().size(), 5);
    QVERIFY_THROWS_NO_EXCEPTION(m_db->run(u"DELETE FROM deal_stages WHERE id = 'contract_sent'"_s));
    QCOMPARE(DealStore(*m_db).stages().size(), 4);
}

void tst_DealStore::statuses_data()
{
    QTest::addColumn<DealStatus>("status");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("display");

    QTest::addRow("open") << DealStatus::Open << u"open"_s << u"Open"_s;
    QTest::addRow("won") << DealStatus::Won << u"won"_s << u"Won"_s;
    QTest::addRow("lost") << DealStatus::Lost << u"lost"_s << u"Lost"_s;
}

void tst_DealStore::statuses()
{
    QFETCH(DealStatus, status);
    QFETCH(QString, key);
    QFETCH(QString, display);

    QCOMPARE(dealStatusKey(status), key);
    QCOMPARE(dealStatusFromKey(key), status);
    QCOMPARE(DealStore::statusDisplayName(status), display);

    DealStore store(*m_db);
    Deal d = deal(u"Licence"_s);
    d.status = status;
    const QString id = store.create(d);
    QCOMPARE(store.get(id)->status, status);
    QCOMPARE(m_db->scalar(u"SELECT status FROM deals WHERE id = ?"_s, {id}).toString(), key);

    // Moving through every status and back, through DealClosing (update() refuses status changes).
    DealClosing closing(*m_db);
    const auto moveTo = [&](DealStatus next) {
        if (store.get(id)->status != DealStatus::Open)
            closing.reopen(id);
        if (next == DealStatus::Won)
            closing.closeWon(id, 100, QDate());
        else if (next == DealStatus::Lost)
            closing.closeLost(id, u"price"_s);
    };
    for (DealStatus next : {DealStatus::Won, DealStatus::Lost, DealStatus::Open, status}) {
        moveTo(next);
        QCOMPARE(store.get(id)->status, next);
    }

    // The schema refuses anything else.
    QVERIFY(storeErrorFrom([&] {
        m_db->run(u"UPDATE deals SET status = 'pending' WHERE id = ?"_s, {id});
    }).has_value());
    QCOMPARE(store.get(id)->status, status);
    QCOMPARE(dealStatusFromKey(u"pending"_s), DealStatus::Open);
}

void tst_DealStore::contactLinks()
{
    const QString a = createContact(u"Shevchenko"_s);
    const QString b = createContact(u"Bondarenko"_s);
    const QString c = createContact(u"Tkachenko"_s);
    DealStore store(*m_db);
    Deal d = deal(u"Licence"_s);
    d.contactIds = {a, b, a, u"no-such-contact"_s}; // duplicates and missing contacts are skipped
    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(id = store.create(d));
    QCOMPARE(store.get(id)->contactIds, sorted({a, b}));
    QCOMPARE(count(u"deal_contacts"_s), 2);
    QCOMPARE(ContactStore(*m_db).get(a)->dealIds, QStringList {id});

    Deal edited = *store.get(id);
    edited.contactIds = {b, c};
    QVERIFY_THROWS_NO_EXCEPTION(store.update(edited));
    QCOMPARE(store.get(id)->contactIds, sorted({b, c}));
    QVERIFY(ContactStore(*m_db).get(a)->dealIds.isEmpty());
    QCOMPARE(ContactStore(*m_db).get(c)->dealIds, QStringList {id});

    // Two deals for one contact.
    Deal second = deal(u"Training"_s);
    second.contactIds = {c};
    const QString secondId = store.create(second);
    QCOMPARE(ContactStore(*m_db).get(c)->dealIds, sorted({id, secondId}));

    // Deleting a contact removes it from its deals; the deals stay.
    ContactStore(*m_db).remove(c);
    QCOMPARE(store.get(id)->contactIds, QStringList {b});
    QVERIFY(store.get(secondId)->contactIds.isEmpty());
    QCOMPARE(store.count(), 2);

    edited = *store.get(id);
    edited.contactIds.clear();
    store.update(edited);
    QVERIFY(store.get(id)->contactIds.isEmpty());
    QCOMPARE(count(u"deal_contacts"_s), 0);
}

void tst_DealStore::removeThenRestore()
{
    Company company;
    company.name = u"Kvant Software"_s;
    const QString companyId = CompanyStore(*m_db).create(company);
    const QString a = createContact(u"Shevchenko"_s);
    const QString b = createContact(u"Bondarenko"_s);
    DealStore store(*m_db);
    Deal d = deal(u"Licence"_s, u"terms_agreed"_s);
    d.companyId = companyId;
    d.contactIds = {a, b};
    d.valueMinor = 990'00;
    d.currency = u"GBP"_s;
    d.expectedClose = QDate(2026, 6, 1);
    d.status = DealStatus::Lost;
    d.notes = u"Lost on price."_s;
    const QString id = store.create(d);
    m_clock->advanceMs(60'000);
    Deal edited = *store.get(id);
    edited.owner = u"anna"_s;
    store.update(edited);
    const Deal before = *store.get(id);
    const qint64 timelineBefore = count(u"timeline"_s);

    QVERIFY_THROWS_NO_EXCEPTION(store.remove(id));
    QVERIFY(!store.get(id).has_value());
    QCOMPARE(count(u"deal_contacts"_s), 0);
    QVERIFY(ContactStore(*m_db).get(a)->dealIds.isEmpty());
    QCOMPARE(count(u"timeline"_s), timelineBefore);
    QVERIFY(CompanyStore(*m_db).get(companyId)->dealIds.isEmpty());

    m_clock->advanceMs(60'000);
    QVERIFY_THROWS_NO_EXCEPTION(store.restore(before));
    const std::optional<Deal> after = store.get(id);
    QVERIFY(after.has_value());
    QCOMPARE(after->title, before.title);
    QCOMPARE(after->companyId, companyId);
    QCOMPARE(after->companyName, u"Kvant Software"_s);
    QCOMPARE(after->contactIds, before.contactIds);
    QCOMPARE(after->valueMinor, before.valueMinor);
    QCOMPARE(after->currency, before.currency);
    QCOMPARE(after->stageId, before.stageId);
    QCOMPARE(after->owner, u"anna"_s);
    QCOMPARE(after->expectedClose, before.expectedClose);
    QCOMPARE(after->status, DealStatus::Lost);
    QCOMPARE(after->notes, before.notes);
    QCOMPARE(after->createdAt, utc(kStart));
    QCOMPARE(after->updatedAt, utc(kStart + 60'000));
    QCOMPARE(ContactStore(*m_db).get(a)->dealIds, QStringList {id});
    QCOMPARE(CompanyStore(*m_db).get(companyId)->dealIds, QStringList {id});
}

void tst_DealStore::restoreWithoutCompanyOrContactsDeletedMeanwhile()
{
    Company company;
    company.name = u"Kvant Software"_s;
    const QString companyId = CompanyStore(*m_db).create(company);
    const QString a = createContact(u"Shevchenko"_s);
    const QString b = createContact(u"Bondarenko"_s);
    DealStore store(*m_db);
    Deal d = deal(u"Licence"_s);
    d.companyId = companyId;
    d.contactIds = {a, b};
    const QString id = store.create(d);
    const Deal before = *store.get(id);

    store.remove(id);
    CompanyStore(*m_db).remove(companyId);
    ContactStore(*m_db).remove(b);
    QVERIFY_THROWS_NO_EXCEPTION(store.restore(before));
    const std::optional<Deal> after = store.get(id);
    QVERIFY(after.has_value());
    QVERIFY(after->companyId.isEmpty());
    QVERIFY(after->companyName.isEmpty());
    QCOMPARE(after->contactIds, QStringList {a});
}

void tst_DealStore::bulkWriterNamesTheBadRow()
{
    const QString contact = createContact(u"Shevchenko"_s);
    struct Case
    {
        const char *what;
        int badRow;
        std::function<void(Deal &)> spoil;
    };
    const QList<Case> cases = {
        {"invalid currency", 3, [](Deal &d) { d.currency = u"euro"_s; }},
        {"unknown stage", 2, [](Deal &d) { d.stageId = u"no_such_stage"_s; }},
        {"unknown contact", 4, [](Deal &d) { d.contactIds = {u"no-such-contact"_s}; }},
        {"unknown company", 1, [](Deal &d) { d.companyId = u"no-such-company"_s; }},
    };
    for (const Case &c : cases) {
        std::optional<StoreError> error;
        {
            Transaction tx(*m_db);
            DealStore::BulkWriter writer(*m_db);
            error = storeErrorFrom([&] {
                for (int row = 1; row <= 5; ++row) {
                    Deal d = deal(u"Deal %1"_s.arg(row));
                    d.contactIds = {contact};
                    if (row == c.badRow)
                        c.spoil(d);
                    writer.add(d);
                }
                tx.commit();
            });
        }
        QVERIFY2(error.has_value(), c.what);
        QVERIFY2(error->message().startsWith(u"Deal %1 (Deal %1)"_s.arg(c.badRow)),
            qPrintable(QString::fromLatin1(c.what) + u": "_s + test::describe(*error)));
        QCOMPARE(DealStore(*m_db).count(), 0);
        QCOMPARE(count(u"deal_contacts"_s), 0);
    }
}

QTEST_GUILESS_MAIN(tst_DealStore)
#include "tst_dealstore.moc"
