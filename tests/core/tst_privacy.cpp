#include "booth/boothcapture.h"
#include "exchange/vcard.h"
#include "leads/leadconversion.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "privacy/privacy.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// Privacy on both backends: the consent history as consent is given and withdrawn
// (by hand, on the form, at the booth), the export of everything held about a person
// as JSON and vCard, and an erasure that leaves nothing personal and a tombstone.
class tst_Privacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_clock = std::make_shared<ManualClock>(1'770'000'000'000);
        m_db->setClock(m_clock);
        m_db->setCurrentUser(u"dpo"_s);
    }
    void cleanup() { m_db.reset(); }

    void consentHistoryFollowsEveryChange()
    {
        Contact c = person();
        c.consent = {true, QDateTime(), u"Web form"_s, u"v1"_s};
        const QString id = ContactStore(*m_db).create(c);
        Privacy privacy(*m_db);
        m_clock->advanceMs(1000);
        privacy.recordConsent(id, false, u"Unsubscribe link"_s, QString());
        QVERIFY(!ContactStore(*m_db).get(id)->consent.given);
        m_clock->advanceMs(1000);
        privacy.recordConsent(id, true, u"Phone call"_s, u"v2"_s);
        const Contact now = *ContactStore(*m_db).get(id);
        QVERIFY(now.consent.given);
        QCOMPARE(now.consent.textVersion, u"v2"_s);
        m_clock->advanceMs(1000);
        Contact edited = now;
        edited.consent.given = false; // unticked on the form
        ContactStore(*m_db).update(edited);

        const QList<ConsentEvent> history = privacy.consentHistory(id);
        QCOMPARE(history.size(), 4);
        QStringList summary;
        for (const ConsentEvent &e : history)
            summary << u"%1 %2 %3 %4"_s.arg(
                e.given ? u"given"_s : u"withdrawn"_s, e.source, e.textVersion, e.author);
        QCOMPARE(summary,
            QStringList({u"given Web form v1 dpo"_s, u"withdrawn Unsubscribe link  dpo"_s,
                u"given Phone call v2 dpo"_s, u"withdrawn Unticked on the contact form  dpo"_s}));
        QVERIFY(history.at(0).at < history.at(1).at);

        QVERIFY(storeErrorFrom([&] { privacy.recordConsent(id, true, u"Fair"_s, QString()); }));
        QVERIFY(storeErrorFrom([&] { privacy.recordConsent(id, false, u" "_s, QString()); }));
        QCOMPARE(privacy.consentHistory(id).size(), 4);
    }

    void exportHoldsEverythingAboutThePerson()
    {
        const QString id = ContactStore(*m_db).create(person());
        Deal deal;
        deal.title = u"Robots for Acme"_s;
        deal.stageId = DealStore(*m_db).stages().value(0).id;
        deal.contactIds = {id};
        DealStore(*m_db).create(deal);
        Privacy(*m_db).recordConsent(id, true, u"Booth"_s, u"v3"_s);

        const QJsonObject doc = QJsonDocument::fromJson(Privacy(*m_db).exportJson(id)).object();
        const QJsonObject contact = doc.value(u"contact"_s).toObject();
        QCOMPARE(contact.value(u"lastName"_s).toString(), u"Petrova"_s);
        QCOMPARE(contact.value(u"emails"_s).toArray().at(0).toObject().value(u"address"_s).toString(),
            u"anna@acme.ru"_s);
        QCOMPARE(contact.value(u"phones"_s).toArray().at(0).toObject().value(u"number"_s).toString(),
            u"+79161234567"_s);
        QCOMPARE(contact.value(u"consent"_s).toObject().value(u"textVersion"_s).toString(), u"v3"_s);
        QCOMPARE(doc.value(u"consentHistory"_s).toArray().size(), 1);
        QCOMPARE(doc.value(u"deals"_s).toArray().at(0).toObject().value(u"title"_s).toString(),
            u"Robots for Acme"_s);
        QVERIFY(!doc.value(u"timeline"_s).toArray().isEmpty());

        const VCardReader::Result card = VCardReader::read(Privacy(*m_db).exportVCard(id));
        QCOMPARE(card.cards.size(), 1);
        QCOMPARE(card.cards.at(0).familyName, u"Petrova"_s);
        QCOMPARE(card.cards.at(0).emails.at(0).address, u"anna@acme.ru"_s);
    }

    void erasureLeavesNothingPersonal()
    {
        // A booth lead with consent, converted: the person now has a lead, a contact, a
        // deal and consent history; a second lead carries one of their emails.
        BoothCapture booth(*m_db, u"Expo"_s, u"v1"_s);
        BoothEntry e;
        e.firstName = u"Anna"_s;
        e.lastName = u"Petrova"_s;
        e.email = u"anna@acme.ru"_s;
        e.phone = u"+79161234567"_s;
        e.notes = u"Lives on Tverskaya 1"_s;
        e.consent = true;
        const QString leadId = booth.save(e);
        LeadStore leads(*m_db);
        test::qualify(leads, leadId);
        const LeadConversion::Result converted = LeadConversion(*m_db).convert(leadId, {});
        const QString contactId = converted.contactId;
        e.email = u"ANNA@acme.ru"_s;
        const QString otherLead = booth.save(e);
        const Contact snapshot = *ContactStore(*m_db).get(contactId);
        const int historyBefore
            = m_db->scalar(u"SELECT COUNT(*) FROM lead_status_history WHERE lead_id = ?"_s, {leadId}).toInt();

        Privacy privacy(*m_db);
        privacy.erase(contactId, u"Request of 2026-03-01"_s);

        QVERIFY(!ContactStore(*m_db).get(contactId));
        for (const QString &table : {u"contact_emails"_s, u"contact_phones"_s, u"consent_events"_s})
            QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).toInt(), 0);
        QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM timeline WHERE entity_id IN (?, ?, ?)"_s,
                         {contactId, leadId, otherLead})
                     .toInt(),
            0);
        for (const QString &id : {leadId, otherLead}) {
            const Lead lead = *leads.get(id);
            QCOMPARE(lead.firstName, QString());
            QCOMPARE(lead.email, QString());
            QCOMPARE(lead.phone, QString());
            QCOMPARE(lead.notes, QString());
            QCOMPARE(lead.sourceId, u"trade_show"_s); // the funnel keeps its figures
            QVERIFY(privacy.isErased(u"lead"_s, id));
        }
        QCOMPARE(
            m_db->scalar(u"SELECT COUNT(*) FROM lead_status_history WHERE lead_id = ?"_s, {leadId}).toInt(),
            historyBefore);
        QVERIFY(DealStore(*m_db).get(converted.dealId)); // the business record stays
        QVERIFY(privacy.isErased(u"contact"_s, contactId));
        QCOMPARE(
            stringColumn(*m_db, u"SELECT author || '|' || reason FROM erasures WHERE entity = 'contact'"_s),
            QStringList({u"dpo|Request of 2026-03-01"_s}));
        // Nothing anywhere still says who it was.
        QCOMPARE(
            m_db->scalar(u"SELECT COUNT(*) FROM leads WHERE first_name = 'Anna' OR email LIKE '%acme%'"_s)
                .toInt(),
            0);
        // Undo of an earlier delete, or an old copy, cannot bring the person back.
        const auto refused = storeErrorFrom([&] { ContactStore(*m_db).restore(snapshot); });
        QVERIFY(refused);
        QVERIFY(refused->message().contains(u"erased"_s));
        QVERIFY(!ContactStore(*m_db).get(contactId));
    }

    void upgradeStartsTheHistoryFromTodaysConsent()
    {
        // Contacts written in bulk (demo data, imports) before schema 6 have consent and no history.
        Contact c = person();
        c.consent
            = {true, QDateTime::fromMSecsSinceEpoch(1'760'000'000'000), u"Landing page"_s, u"2026-01"_s};
        {
            Transaction tx(*m_db);
            ContactStore::BulkWriter writer(*m_db);
            writer.add(c);
            tx.commit();
        }
        test::undoSyncSchema(*m_db);
        for (const QString &table : {u"erasures"_s, u"consent_events"_s})
            m_db->run(u"DROP TABLE "_s + table);
        for (const QString &index : {u"contact_emails_lower"_s, u"contact_phones_number"_s, u"leads_phone"_s})
            m_db->run(u"DROP INDEX "_s + index);
        m_db->run(u"DELETE FROM schema_version WHERE version = 6"_s);
        const ConnectionSpec spec = m_db->spec();
        m_db.reset();
        try {
            m_db = Database::open(spec);
        } catch (const StoreError &error) {
            QFAIL(qPrintable(test::describe(error)));
        }
        const QString id = m_db->scalar(u"SELECT id FROM contacts"_s).toString();
        const QList<ConsentEvent> history = Privacy(*m_db).consentHistory(id);
        QCOMPARE(history.size(), 1);
        QVERIFY(history.at(0).given);
        QCOMPARE(history.at(0).source, u"Landing page"_s);
        QCOMPARE(history.at(0).textVersion, u"2026-01"_s);
        QCOMPARE(history.at(0).at, QDateTime::fromMSecsSinceEpoch(1'760'000'000'000));
    }

private:
    static Contact person()
    {
        Contact c;
        c.firstName = u"Anna"_s;
        c.lastName = u"Petrova"_s;
        c.emails = {{u"work"_s, u"anna@acme.ru"_s}};
        c.phones = {{u"mobile"_s, u"+79161234567"_s}};
        return c;
    }

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

QTEST_MAIN(tst_Privacy)
#include "tst_privacy.moc"
