#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/listquery.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// ContactStore on both backends: round trips, the change timeline, validation,
// delete and undo, bulk writes and the company name carried on contacts.
class tst_ContactStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void createAndGetRoundTrip();
    void createFillsDefaults();
    void getUnknownIdGivesNothing();
    void updateWritesChangedTimelineEntry();
    void updateListsEveryChangedField();
    void updateWithoutChangesWritesNoEntry();
    void updateOfDeletedContactFails();
    void invalidContactWritesNothing();
    void unknownCompanyWritesNothing();
    void removeThenRestoreGivesBackIdenticalRecord();
    void restoreSkipsDealsDeletedMeanwhile();
    void bulkWriterWritesOneTransaction();
    void bulkWriterBadRowRollsBackBatch_data();
    void bulkWriterBadRowRollsBackBatch();
    void companyRenameUpdatesContacts();
    void manualClockDrivesTimestamps();

private:
    static Contact sampleContact();
    static void compareContacts(const Contact &actual, const Contact &expected);
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

Contact simpleContact(const QString &first, const QString &last, const QString &email)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.emails.append({u"work"_s, email});
    return c;
}

} // namespace

void tst_ContactStore::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_ContactStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
}

void tst_ContactStore::cleanup()
{
    m_db.reset();
}

Contact tst_ContactStore::sampleContact()
{
    Contact c;
    c.firstName = u"  Оксана "_s;
    c.lastName = u"Шевченко"_s;
    c.jobTitle = u"Head of Sales"_s;
    c.owner = u"dmytro"_s;
    c.source = u"Trade show"_s;
    c.notes = u"Met at the Kyiv booth.\nWants a demo in March."_s;
    c.tags = {u"vip"_s, u"decision-maker"_s};
    c.emails = {{u"work"_s, u"oksana.shevchenko@northwind.com"_s},
        {u"personal"_s, u" oksana@mail.example "_s}, {u"other"_s, u"o.shevchenko@пример.рф"_s}};
    c.phones = {{u"work"_s, u"+380 44 123 4567"_s}, {u"mobile"_s, u"+380 67 765-43-21"_s}};
    c.consent.given = true;
    c.consent.at = QDateTime(QDate(2025, 11, 14), QTime(10, 30, 15, 250), Qt::UTC);
    c.consent.source = u"Web form"_s;
    c.consent.textVersion = u"2025-09"_s;
    return c;
}

void tst_ContactStore::compareContacts(const Contact &actual, const Contact &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.firstName, expected.firstName);
    QCOMPARE(actual.lastName, expected.lastName);
    QCOMPARE(actual.jobTitle, expected.jobTitle);
    QCOMPARE(actual.companyId, expected.companyId);
    QCOMPARE(actual.companyName, expected.companyName);
    QCOMPARE(actual.owner, expected.owner);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.emails, expected.emails);
    QCOMPARE(actual.phones, expected.phones);
    QCOMPARE(actual.consent.given, expected.consent.given);
    QCOMPARE(actual.consent.at, expected.consent.at);
    QCOMPARE(actual.consent.source, expected.consent.source);
    QCOMPARE(actual.consent.textVersion, expected.consent.textVersion);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.dealIds, expected.dealIds);
}

void tst_ContactStore::createAndGetRoundTrip()
{
    Company company;
    company.name = u"Northwind Logistics"_s;
    QString companyId;
    QVERIFY_THROWS_NO_EXCEPTION(companyId = CompanyStore(*m_db).create(company));

    Contact contact = sampleContact();
    contact.companyId = companyId;
    contact.companyName = u"ignored: read from the company"_s;
    ContactStore store(*m_db);
    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(id = store.create(contact));
    QVERIFY(!QUuid::fromString(id).isNull());

    const std::optional<Contact> read = store.get(id);
    QVERIFY(read.has_value());

    Contact expected = contact;
    expected.id = id;
    expected.firstName = u"Оксана"_s;
    expected.companyName = u"Northwind Logistics"_s;
    expected.emails[1].address = u"oksana@mail.example"_s;
    expected.createdAt = utc(kStart);
    expected.updatedAt = utc(kStart);
    compareContacts(*read, expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(
        read->consent.at.toMSecsSinceEpoch(), contact.consent.at.toMSecsSinceEpoch()); // milliseconds kept
    QCOMPARE(read->displayName(), u"Оксана Шевченко"_s);

    // The list columns carry the primary email and phone.
    QSqlQuery row = m_db->run(u"SELECT email, phone, tags FROM contacts WHERE id = ?"_s, {id});
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), u"oksana.shevchenko@northwind.com"_s);
    QCOMPARE(row.value(1).toString(), u"+380 44 123 4567"_s);
    QCOMPARE(row.value(2).toString(), u"vip, decision-maker"_s);

    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().kind, u"created"_s);
    QCOMPARE(timeline.first().entity, u"contact"_s);
    QCOMPARE(timeline.first().author, u"tester"_s);
    QCOMPARE(timeline.first().at, utc(kStart));
    QCOMPARE(store.count(), 1);
}

void tst_ContactStore::createFillsDefaults()
{
    Contact contact = simpleContact(u"Anna"_s, u"Bondarenko"_s, u"anna@example.com"_s);
    contact.consent.given = true; // no date: stamped now
    contact.consent.source = u"Booth"_s;
    contact.consent.textVersion = u"2026-01"_s;
    contact.tags = {u" vip "_s, u""_s, u"partner"_s};
    ContactStore store(*m_db);
    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(id = store.create(contact));
    const std::optional<Contact> read = store.get(id);
    QVERIFY(read.has_value());
    QCOMPARE(read->owner, u"tester"_s);
    QCOMPARE(read->consent.at, utc(kStart));
    QCOMPARE(read->tags, (QStringList {u"vip"_s, u"partner"_s}));
    QVERIFY(read->companyId.isEmpty());
    QVERIFY(read->companyName.isEmpty());
    QVERIFY(read->dealIds.isEmpty());
    QVERIFY(read->phones.isEmpty());

    // A given id is kept.
    Contact withId = simpleContact(u"Ivan"_s, u"Petrov"_s, u"ivan@example.com"_s);
    withId.id = u"0f9c7e5a-0000-4000-8000-000000000001"_s;
    QCOMPARE(store.create(withId), withId.id);
    QVERIFY(store.get(withId.id).has_value());

    // No consent: no consent date.
    const std::optional<Contact> noConsent = store.get(withId.id);
    QVERIFY(!noConsent->consent.given);
    QVERIFY(!noConsent->consent.at.isValid());
}

void tst_ContactStore::getUnknownIdGivesNothing()
{
    QVERIFY(!ContactStore(*m_db).get(u"no-such-id"_s).has_value());
    QVERIFY(!ContactStore(*m_db).get(QString()).has_value());
}

void tst_ContactStore::updateWritesChangedTimelineEntry()
{
    Contact contact = simpleContact(u"Anna"_s, u"Bondarenko"_s, u"anna@example.com"_s);
    contact.jobTitle = u"CEO"_s;
    ContactStore store(*m_db);
    const QString id = store.create(contact);

    m_clock->advanceMs(60'000);
    m_db->setCurrentUser(u"emily"_s);
    Contact edited = *store.get(id);
    edited.jobTitle = u"  CFO "_s;
    QVERIFY_THROWS_NO_EXCEPTION(store.update(edited));

    const std::optional<Contact> read = store.get(id);
    QCOMPARE(read->jobTitle, u"CFO"_s);
    QCOMPARE(read->updatedAt, utc(kStart + 60'000));
    QCOMPARE(read->createdAt, utc(kStart));

    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.size(), 2);
    const TimelineEntry &changed = timeline.first(); // newest first
    QCOMPARE(changed.kind, u"changed"_s);
    QCOMPARE(changed.entity, u"contact"_s);
    QCOMPARE(changed.entityId, id);
    QCOMPARE(changed.author, u"emily"_s);
    QCOMPARE(changed.at, utc(kStart + 60'000));
    QCOMPARE(changed.body, u"Job title: CEO → CFO"_s);
    QCOMPARE(timeline.at(1).kind, u"created"_s);
}

void tst_ContactStore::updateListsEveryChangedField()
{
    ContactStore store(*m_db);
    Contact contact = simpleContact(u"Anna"_s, u"Bondarenko"_s, u"anna@example.com"_s);
    contact.tags = {u"vip"_s};
    const QString id = store.create(contact);

    Contact edited = *store.get(id);
    edited.lastName = u"Шевченко"_s;
    edited.tags << u"partner"_s;
    edited.emails.append({u"personal"_s, u"anna@mail.example"_s});
    edited.phones.append({u"mobile"_s, u"+380 67 765 4321"_s});
    edited.consent.given = true;
    edited.consent.source = u"Booth"_s;
    edited.consent.textVersion = u"2026-01"_s;
    QVERIFY_THROWS_NO_EXCEPTION(store.update(edited));

    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.first().body,
        QStringList({
                        u"Last name: Bondarenko → Шевченко"_s,
                        u"Tags: vip → vip, partner"_s,
                        u"Emails: anna@example.com → anna@example.com, anna@mail.example"_s,
                        u"Phones: (empty) → +380 67 765 4321"_s,
                        u"Marketing consent: no → yes"_s,
                        u"Consent source: (empty) → Booth"_s,
                        u"Consent text version: (empty) → 2026-01"_s,
                    })
            .join(u'\n'));

    const std::optional<Contact> read = store.get(id);
    QCOMPARE(read->emails, edited.emails);
    QCOMPARE(read->phones, edited.phones);
    QCOMPARE(read->consent.at, utc(kStart)); // given now
    QCOMPARE(count(u"contact_emails"_s), 2);
    QCOMPARE(count(u"contact_phones"_s), 1);

    // Removing details replaces them, it does not append.
    m_clock->advanceMs(1000);
    edited = *read;
    edited.emails.removeFirst();
    edited.phones.clear();
    QVERIFY_THROWS_NO_EXCEPTION(store.update(edited));
    QCOMPARE(store.get(id)->emails, (QList<EmailAddress> {{u"personal"_s, u"anna@mail.example"_s}}));
    QCOMPARE(count(u"contact_emails"_s), 1);
    QCOMPARE(count(u"contact_phones"_s), 0);
    QCOMPARE(
        m_db->scalar(u"SELECT email FROM contacts WHERE id = ?"_s, {id}).toString(), u"anna@mail.example"_s);
    QCOMPARE(store.get(id)->consent.at, utc(kStart)); // the consent date stays when consent stays
}

void tst_ContactStore::updateWithoutChangesWritesNoEntry()
{
    ContactStore store(*m_db);
    const QString id = store.create(sampleContact());
    m_clock->advanceMs(5000);
    QVERIFY_THROWS_NO_EXCEPTION(store.update(*store.get(id)));
    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().kind, u"created"_s);
}

void tst_ContactStore::updateOfDeletedContactFails()
{
    ContactStore store(*m_db);
    const QString id = store.create(sampleContact());
    const Contact contact = *store.get(id);
    QVERIFY_THROWS_NO_EXCEPTION(store.remove(id));
    const auto error = storeErrorFrom([&] { store.update(contact); });
    QVERIFY(error.has_value());
    QVERIFY(!error->message().isEmpty());
    QCOMPARE(store.count(), 0);
    QCOMPARE(count(u"contact_emails"_s), 0);
}

void tst_ContactStore::invalidContactWritesNothing()
{
    ContactStore store(*m_db);
    const QString keptId = store.create(simpleContact(u"Anna"_s, u"Bondarenko"_s, u"anna@example.com"_s));
    const qint64 timelineBefore = count(u"timeline"_s);

    Contact bad = sampleContact();
    bad.emails[1].address = u"oksana at mail.example"_s;
    const auto error = storeErrorFrom([&] { store.create(bad); });
    QVERIFY(error.has_value());
    QVERIFY2(error->message().contains(u"oksana at mail.example"_s), qPrintable(error->message()));
    QCOMPARE(store.count(), 1);
    QCOMPARE(count(u"contact_emails"_s), 1);
    QCOMPARE(count(u"contact_phones"_s), 0);
    QCOMPARE(count(u"timeline"_s), timelineBefore);

    // An invalid update changes nothing either.
    Contact edited = *store.get(keptId);
    edited.lastName = u"Changed"_s;
    edited.emails.first().address = u"anna@@example.com"_s;
    QVERIFY(storeErrorFrom([&] { store.update(edited); }).has_value());
    const std::optional<Contact> kept = store.get(keptId);
    QCOMPARE(kept->lastName, u"Bondarenko"_s);
    QCOMPARE(kept->emails.first().address, u"anna@example.com"_s);
    QCOMPARE(count(u"timeline"_s), timelineBefore);
}

void tst_ContactStore::unknownCompanyWritesNothing()
{
    Contact contact = sampleContact();
    contact.companyId = u"no-such-company"_s;
    const auto error = storeErrorFrom([&] { ContactStore(*m_db).create(contact); });
    QVERIFY(error.has_value());
    QCOMPARE(count(u"contacts"_s), 0);
    QCOMPARE(count(u"contact_emails"_s), 0);
    QCOMPARE(count(u"timeline"_s), 0);
}

void tst_ContactStore::removeThenRestoreGivesBackIdenticalRecord()
{
    Company company;
    company.name = u"Kvant Software"_s;
    const QString companyId = CompanyStore(*m_db).create(company);
    Contact contact = sampleContact();
    contact.companyId = companyId;
    ContactStore store(*m_db);
    const QString id = store.create(contact);
    const QString otherId = store.create(simpleContact(u"Ivan"_s, u"Petrov"_s, u"ivan@example.com"_s));

    DealStore deals(*m_db);
    QStringList dealIds;
    for (const QString &title : {u"Annual licence"_s, u"Training"_s}) {
        Deal deal;
        deal.title = title;
        deal.stageId = u"needs_confirmed"_s;
        deal.contactIds = {id, otherId};
        dealIds << deals.create(deal);
    }
    dealIds.sort();
    m_clock->advanceMs(3'600'000);
    Contact edited = *store.get(id);
    edited.notes = u"Edited once, so updatedAt differs from createdAt."_s;
    store.update(edited);

    const Contact before = *store.get(id);
    QCOMPARE(before.dealIds, dealIds);
    QVERIFY(before.updatedAt != before.createdAt);
    const qint64 timelineBefore = count(u"timeline"_s);

    QVERIFY_THROWS_NO_EXCEPTION(store.remove(id));
    QVERIFY(!store.get(id).has_value());
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM contact_emails WHERE contact_id = ?"_s, {id}).toInt(), 0);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM contact_phones WHERE contact_id = ?"_s, {id}).toInt(), 0);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM deal_contacts WHERE contact_id = ?"_s, {id}).toInt(), 0);
    QCOMPARE(deals.get(dealIds.first())->contactIds, QStringList {otherId}); // the deal stays
    QCOMPARE(count(u"timeline"_s), timelineBefore); // the timeline stays
    QCOMPARE(store.count(), 1);

    m_clock->advanceMs(60'000); // undo later: the timestamps must still be the old ones
    QVERIFY_THROWS_NO_EXCEPTION(store.restore(before));
    const std::optional<Contact> after = store.get(id);
    QVERIFY(after.has_value());
    compareContacts(*after, before);
    if (QTest::currentTestFailed())
        return;
    for (const QString &dealId : std::as_const(dealIds)) {
        QStringList expected {id, otherId};
        expected.sort();
        QCOMPARE(deals.get(dealId)->contactIds, expected);
    }
    QCOMPARE(store.count(), 2);

    // Restoring twice is refused: the record exists.
    QVERIFY(storeErrorFrom([&] { store.restore(before); }).has_value());
    QCOMPARE(store.count(), 2);
}

void tst_ContactStore::restoreSkipsDealsDeletedMeanwhile()
{
    ContactStore store(*m_db);
    const QString id = store.create(sampleContact());
    DealStore deals(*m_db);
    Deal kept;
    kept.title = u"Kept"_s;
    kept.stageId = u"terms_agreed"_s;
    kept.contactIds = {id};
    const QString keptId = deals.create(kept);
    Deal gone = kept;
    gone.title = u"Gone"_s;
    const QString goneId = deals.create(gone);

    const Contact before = *store.get(id);
    QCOMPARE(before.dealIds.size(), 2);
    store.remove(id);
    deals.remove(goneId);
    QVERIFY_THROWS_NO_EXCEPTION(store.restore(before));
    QCOMPARE(store.get(id)->dealIds, QStringList {keptId});
}

void tst_ContactStore::bulkWriterWritesOneTransaction()
{
    {
        Transaction tx(*m_db);
        ContactStore::BulkWriter writer(*m_db);
        for (int i = 0; i < 500; ++i) {
            Contact c = simpleContact(u"Bulk"_s, u"Contact %1"_s.arg(i), u"bulk%1@example.com"_s.arg(i));
            c.emails.append({u"personal"_s, u"bulk%1@mail.example"_s.arg(i)});
            c.phones.append({u"work"_s, u"+44 20 7%1"_s.arg(i, 6, 10, QChar(u'0'))});
            QVERIFY_THROWS_NO_EXCEPTION(writer.add(c));
        }
        QCOMPARE(writer.written(), 500);
        // Not committed yet: another connection sees nothing.
        QCOMPARE(ContactStore(*m_db->reopen()).count(), 0);
        QVERIFY_THROWS_NO_EXCEPTION(tx.commit());
    }
    QCOMPARE(count(u"contacts"_s), 500);
    QCOMPARE(count(u"contact_emails"_s), 1000);
    QCOMPARE(count(u"contact_phones"_s), 500);
    const QString id = m_db->scalar(u"SELECT id FROM contacts WHERE last_name = 'Contact 417'"_s).toString();
    const std::optional<Contact> c = ContactStore(*m_db).get(id);
    QVERIFY(c.has_value());
    QCOMPARE(c->emails.size(), 2);
    QCOMPARE(c->emails.at(1).address, u"bulk417@mail.example"_s);
    QCOMPARE(c->phones.first().number, u"+44 20 7000417"_s);
    QCOMPARE(c->createdAt, utc(kStart));
    QCOMPARE(c->updatedAt, utc(kStart));
}

void tst_ContactStore::bulkWriterBadRowRollsBackBatch_data()
{
    QTest::addColumn<QString>("defect");
    QTest::addColumn<int>("badRow"); // 1-based, as the message says

    QTest::addRow("invalid email") << u"email"_s << 7;
    QTest::addRow("no name") << u"name"_s << 1;
    QTest::addRow("duplicate id") << u"duplicate"_s << 4;
    QTest::addRow("unknown company") << u"company"_s << 3;
}

void tst_ContactStore::bulkWriterBadRowRollsBackBatch()
{
    QFETCH(QString, defect);
    QFETCH(int, badRow);

    // A first batch that is committed and must survive.
    {
        Transaction tx(*m_db);
        ContactStore::BulkWriter writer(*m_db);
        for (int i = 0; i < 500; ++i)
            writer.add(simpleContact(u"First"_s, u"Batch %1"_s.arg(i), u"first%1@example.com"_s.arg(i)));
        tx.commit();
    }
    QCOMPARE(count(u"contacts"_s), 500);

    std::optional<StoreError> error;
    {
        Transaction tx(*m_db);
        ContactStore::BulkWriter writer(*m_db);
        error = storeErrorFrom([&] {
            for (int row = 1; row <= 10; ++row) {
                Contact c
                    = simpleContact(u"Second"_s, u"Batch %1"_s.arg(row), u"second%1@example.com"_s.arg(row));
                c.id = u"00000000-0000-4000-8000-%1"_s.arg(row, 12, 10, QChar(u'0'));
                if (row == badRow) {
                    if (defect == "email"_L1)
                        c.emails.first().address = u"second at example.com"_s;
                    else if (defect == "name"_L1)
                        c.firstName = c.lastName = QString();
                    else if (defect == "duplicate"_L1)
                        c.id = u"00000000-0000-4000-8000-%1"_s.arg(1, 12, 10, QChar(u'0'));
                    else if (defect == "company"_L1)
                        c.companyId = u"no-such-company"_s;
                }
                writer.add(c);
            }
            tx.commit();
        });
    }
    QVERIFY2(error.has_value(), "the bad row was accepted");
    QVERIFY2(error->message().startsWith(u"Contact %1 ("_s.arg(badRow)), qPrintable(test::describe(*error)));
    QCOMPARE(count(u"contacts"_s), 500);
    QCOMPARE(count(u"contact_emails"_s), 500);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM contacts WHERE first_name = 'Second'"_s).toInt(), 0);

    // The database takes the corrected batch afterwards.
    {
        Transaction tx(*m_db);
        ContactStore::BulkWriter writer(*m_db);
        for (int row = 1; row <= 10; ++row)
            writer.add(
                simpleContact(u"Second"_s, u"Batch %1"_s.arg(row), u"second%1@example.com"_s.arg(row)));
        QVERIFY_THROWS_NO_EXCEPTION(tx.commit());
    }
    QCOMPARE(count(u"contacts"_s), 510);
}

void tst_ContactStore::companyRenameUpdatesContacts()
{
    CompanyStore companies(*m_db);
    Company company;
    company.name = u"Helios Energy"_s;
    company.domain = u"helios.com"_s;
    const QString companyId = companies.create(company);
    Company other;
    other.name = u"Atlas Retail"_s;
    const QString otherId = companies.create(other);

    ContactStore store(*m_db);
    Contact a = simpleContact(u"Anna"_s, u"Bondarenko"_s, u"anna@helios.com"_s);
    a.companyId = companyId;
    Contact b = simpleContact(u"Ivan"_s, u"Petrov"_s, u"ivan@helios.com"_s);
    b.companyId = companyId;
    Contact c = simpleContact(u"Emily"_s, u"Clark"_s, u"emily@atlas.com"_s);
    c.companyId = otherId;
    const QString aId = store.create(a);
    const QString bId = store.create(b);
    const QString cId = store.create(c);
    Deal deal;
    deal.title = u"Solar"_s;
    deal.stageId = u"assessment_booked"_s;
    deal.companyId = companyId;
    const QString dealId = DealStore(*m_db).create(deal);
    QCOMPARE(store.get(aId)->companyName, u"Helios Energy"_s);

    Company renamed = *companies.get(companyId);
    renamed.name = u"Гелиос Энерджи"_s;
    QVERIFY_THROWS_NO_EXCEPTION(companies.update(renamed));

    QCOMPARE(store.get(aId)->companyName, u"Гелиос Энерджи"_s);
    QCOMPARE(store.get(bId)->companyName, u"Гелиос Энерджи"_s);
    QCOMPARE(store.get(cId)->companyName, u"Atlas Retail"_s);
    QCOMPARE(DealStore(*m_db).get(dealId)->companyName, u"Гелиос Энерджи"_s);
    // The search index follows the denormalised name on both backends.
    ListQuery query(*m_db, ListSpec::contacts());
    query.setSearch(u"гелиос"_s);
    QCOMPARE(query.count(), 2);
    query.setSearch(u"helios energy"_s);
    QCOMPARE(query.count(), 0);

    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(companyId);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.first().body, u"Name: Helios Energy → Гелиос Энерджи"_s);

    // Moving a contact to another company is recorded with the companies' names, not their ids.
    Contact moved = *store.get(cId);
    moved.companyId = companyId;
    QVERIFY_THROWS_NO_EXCEPTION(store.update(moved));
    QCOMPARE(TimelineStore(*m_db).list(cId).first().body, u"Company: Atlas Retail → Гелиос Энерджи"_s);
}

void tst_ContactStore::manualClockDrivesTimestamps()
{
    ContactStore store(*m_db);
    Contact contact = simpleContact(u"Anna"_s, u"Bondarenko"_s, u"anna@example.com"_s);
    const QString id = store.create(contact);
    Contact read = *store.get(id);
    QCOMPARE(read.createdAt, utc(kStart));
    QCOMPARE(read.updatedAt, utc(kStart));

    m_clock->advanceMs(90'000);
    read.jobTitle = u"CFO"_s;
    read.consent.given = true;
    read.consent.source = u"Phone call"_s;
    read.consent.textVersion = u"2026-01"_s;
    store.update(read);
    read = *store.get(id);
    QCOMPARE(read.createdAt, utc(kStart));
    QCOMPARE(read.updatedAt, utc(kStart + 90'000));
    QCOMPARE(read.consent.at, utc(kStart + 90'000));

    m_clock->setNowMs(kStart + 86'400'000);
    read.jobTitle = u"CEO"_s;
    store.update(read);
    read = *store.get(id);
    QCOMPARE(read.updatedAt, utc(kStart + 86'400'000));
    QCOMPARE(read.consent.at, utc(kStart + 90'000)); // consent kept its date

    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.size(), 3);
    QCOMPARE(timeline.at(0).at, utc(kStart + 86'400'000));
    QCOMPARE(timeline.at(1).at, utc(kStart + 90'000));
    QCOMPARE(timeline.at(2).at, utc(kStart));

    // A second contact made later sorts after the first by its timestamps.
    m_clock->advanceMs(1);
    const QString laterId = store.create(simpleContact(u"Ivan"_s, u"Petrov"_s, u"ivan@example.com"_s));
    QCOMPARE(store.get(laterId)->createdAt, utc(kStart + 86'400'001));
}

QTEST_GUILESS_MAIN(tst_ContactStore)
#include "tst_contactstore.moc"
