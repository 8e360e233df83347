#include "booth/boothcapture.h"
#include "campaigns/campaignstore.h"
#include "leads/leadconversion.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "store/contactstore.h"
#include "store/teamstore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// BoothCapture on both backends: a booth lead is a trade-show lead of the event, goes
// to sales at once, carries its consent with the text version, counts for today, and
// possible duplicates are counted without being shown.
class tst_BoothCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_clock
            = std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 10), QTime(14, 0)).toMSecsSinceEpoch());
        m_db->setClock(m_clock);
        m_db->setCurrentUser(u"booth"_s);
        TeamMember rep;
        rep.name = u"olga"_s;
        TeamStore(*m_db).add(rep);
    }
    void cleanup() { m_db.reset(); }

    void savesATradeShowLeadThatGoesToSales()
    {
        BoothCapture::ensureEvent(*m_db, u"Expo"_s);
        BoothCapture booth(*m_db, u"Expo"_s, u"v7"_s);
        BoothEntry e;
        e.firstName = u"Anna"_s;
        e.lastName = u"Petrova"_s;
        e.company = u"Acme"_s;
        e.email = u"anna@acme.ru"_s;
        e.phone = u"8 (916) 123-45-67"_s;
        e.interest = u"Robots"_s;
        e.rating = Temperature::Hot;
        e.notes = u"  wants a demo  "_s;
        e.consent = true;
        const QString id = booth.save(e);
        const std::optional<Lead> lead = LeadStore(*m_db).get(id);
        QVERIFY(lead);
        QCOMPARE(lead->sourceId, u"trade_show"_s);
        QCOMPARE(lead->campaign, u"Expo"_s);
        QCOMPARE(lead->phone, u"+79161234567"_s);
        QCOMPARE(lead->rating, std::optional<Temperature>(Temperature::Hot));
        QCOMPARE(lead->handOff, HandOff::Sales);
        QCOMPARE(lead->owner, u"olga"_s);
        QCOMPARE(lead->notes, u"wants a demo"_s);
        QCOMPARE(stringColumn(*m_db,
                     u"SELECT source || '|' || text_version || '|' || author FROM consent_events "
                     "WHERE lead_id = ? AND given = 1"_s,
                     {id}),
            QStringList({u"Booth at Expo|v7|booth"_s}));
        // The event's own lead count sees it (the campaign links leads by name).
        QCOMPARE(
            CampaignStore(*m_db).figures(CampaignStore(*m_db).findByName(u"Expo"_s)->id).actual.leads, 1);

        e.consent = false;
        e.email = u"second@acme.ru"_s;
        const QString second = booth.save(e);
        QCOMPARE(
            m_db->scalar(u"SELECT COUNT(*) FROM consent_events WHERE lead_id = ?"_s, {second}).toInt(), 0);
    }

    void consentGoesWithTheLeadToItsContact()
    {
        BoothCapture booth(*m_db, u"Expo"_s, u"v7"_s);
        BoothEntry e;
        e.firstName = u"Anna"_s;
        e.lastName = u"Petrova"_s;
        e.email = u"anna@acme.ru"_s;
        e.consent = true;
        const QString id = booth.save(e);
        LeadStore leads(*m_db);
        test::qualify(leads, id);
        const LeadConversion::Result result = LeadConversion(*m_db).convert(id, {});
        QVERIFY(result.contactCreated);
        const std::optional<Contact> contact = ContactStore(*m_db).get(result.contactId);
        QVERIFY(contact);
        QVERIFY(contact->consent.given);
        QCOMPARE(contact->consent.textVersion, u"v7"_s);
        QCOMPARE(contact->consent.source, u"Booth at Expo"_s);
        QCOMPARE(
            m_db->scalar(u"SELECT COUNT(*) FROM consent_events WHERE contact_id = ?"_s, {result.contactId})
                .toInt(),
            1);
    }

    void refusesWhatIsWrongAndWritesNothing_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("consent");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("field");
        QTest::addRow("nothing to call them by") << ""
                                                 << ""
                                                 << "" << false << "v1"
                                                 << "lastName";
        QTest::addRow("bad email") << "Ivan"
                                   << "ivan@"
                                   << "" << false << "v1"
                                   << "email";
        QTest::addRow("bad phone") << "Ivan"
                                   << ""
                                   << "call me" << false << "v1"
                                   << "phone";
        QTest::addRow("consent without a text version") << "Ivan"
                                                        << ""
                                                        << "" << true << ""
                                                        << "consent";
    }
    void refusesWhatIsWrongAndWritesNothing()
    {
        QFETCH(QString, first);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(bool, consent);
        QFETCH(QString, version);
        QFETCH(QString, field);
        BoothCapture booth(*m_db, u"Expo"_s, version);
        BoothEntry e;
        e.firstName = first;
        e.email = email;
        e.phone = phone;
        e.consent = consent;
        const FieldErrors errors = booth.check(e);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().field, field);
        QVERIFY(storeErrorFrom([&] { booth.save(e); }));
        QCOMPARE(LeadStore(*m_db).count(), 0);
    }

    void countsTodaysLeadsOfTheEvent()
    {
        BoothCapture booth(*m_db, u"Expo"_s, u"v1"_s);
        BoothCapture other(*m_db, u"Other fair"_s, u"v1"_s);
        BoothEntry e;
        e.lastName = u"Yesterday"_s;
        m_clock->setNowMs(QDateTime(QDate(2026, 3, 9), QTime(18, 0)).toMSecsSinceEpoch());
        booth.save(e);
        m_clock->setNowMs(QDateTime(QDate(2026, 3, 10), QTime(9, 0)).toMSecsSinceEpoch());
        e.lastName = u"Today one"_s;
        booth.save(e);
        e.lastName = u"Today two"_s;
        booth.save(e);
        e.lastName = u"Elsewhere"_s;
        other.save(e);
        QCOMPARE(booth.capturedToday(), 2);
        QCOMPARE(other.capturedToday(), 1);
    }

    void countsPossibleDuplicates()
    {
        Contact c;
        c.lastName = u"Known"_s;
        c.emails = {{u"work"_s, u"Known@Example.com"_s}};
        c.phones = {{u"work"_s, u"+79161234567"_s}};
        ContactStore(*m_db).create(c);
        BoothCapture booth(*m_db, u"Expo"_s, u"v1"_s);
        BoothEntry e;
        e.lastName = u"Lead"_s;
        e.email = u"known@example.com"_s;
        booth.save(e);

        DuplicateHint hint = booth.possibleDuplicates(u"KNOWN@example.com"_s, QString());
        QCOMPARE(hint.contacts, 1);
        QCOMPARE(hint.leads, 1);
        hint = booth.possibleDuplicates(QString(), u"8 916 123 45 67"_s);
        QCOMPARE(hint.contacts, 1);
        QCOMPARE(hint.leads, 0);
        hint = booth.possibleDuplicates(u"known@exam"_s, u"8 916"_s); // still being typed
        QVERIFY(!hint.any());
    }

    void syncsEveryCommitWhileOpen()
    {
        if (!m_db->isSqlite())
            QSKIP("synchronous is a SQLite setting; PostgreSQL commits are durable");
        QCOMPARE(m_db->scalar(u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        {
            BoothCapture booth(*m_db, u"Expo"_s, u"v1"_s);
            QCOMPARE(m_db->scalar(u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        }
        QCOMPARE(m_db->scalar(u"PRAGMA synchronous"_s).toInt(), 1);
    }

    void eventsAreListedAndMadeOnce()
    {
        BoothCapture::ensureEvent(*m_db, u"Expo 2026"_s);
        BoothCapture::ensureEvent(*m_db, u"Expo 2026"_s);
        Campaign campaign;
        campaign.name = u"Spring mailing"_s;
        CampaignStore(*m_db).create(campaign);
        QCOMPARE(BoothCapture::events(*m_db), QStringList({u"Expo 2026"_s}));
        QCOMPARE(CampaignStore(*m_db).findByName(u"Expo 2026"_s)->kind, Campaign::Kind::Event);
    }

private:
    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

QTEST_MAIN(tst_BoothCapture)
#include "tst_boothcapture.moc"
