#include "leads/leadconversion.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/settingsstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::lead;
using loopline::test::qualify;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;

// Converting a lead on both backends: contact, company and deal in one transaction,
// reusing a contact with the same e-mail or phone and a company with the same domain.
class tst_LeadConversion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void onlyQualifiedLeadsConvert();
    void createsContactCompanyAndDeal();
    void reusesContactByEmailIgnoringCase();
    void reusesContactByNormalisedPhone();
    void reusesCompanyByDomain();
    void publicMailDomainsAreNotCompanies();
    void failureLeavesNothingBehind();

private:
    QString qualifiedLead(Lead l)
    {
        LeadStore store(*m_db);
        const QString id = store.create(l);
        qualify(store, id);
        return id;
    }
    qint64 count(const QString &table) const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).toLongLong();
    }
    std::unique_ptr<Database> m_db;
};

void tst_LeadConversion::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_LeadConversion::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_db->setClock(std::make_shared<ManualClock>());
    SettingsStore(*m_db).setText(u"phone.region"_s, u"RU"_s);
}

void tst_LeadConversion::cleanup()
{
    m_db.reset();
}

void tst_LeadConversion::onlyQualifiedLeadsConvert()
{
    LeadStore store(*m_db);
    const QString id = store.create(lead(u"Early"_s));
    const auto error = storeErrorFrom([&] { LeadConversion(*m_db).convert(id, {}); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"qualified"_s), qPrintable(error->message()));
    QCOMPARE(count(u"deals"_s), 0);
}

void tst_LeadConversion::createsContactCompanyAndDeal()
{
    Lead l = lead(u"Shevchenko"_s);
    l.email = u"anna@kvant.ua"_s;
    l.phone = u"+380 44 123 45 67"_s;
    l.companyName = u"Kvant"_s;
    l.interest = u"CRM licences"_s;
    l.jobTitle = u"CTO"_s;
    l.segment = u"Software vendors"_s;
    const QString id = qualifiedLead(l);

    LeadConversion::Request request;
    request.valueMinor = 1'200'000;
    request.currency = u"UAH"_s;
    LeadConversion::Result result;
    QVERIFY_THROWS_NO_EXCEPTION(result = LeadConversion(*m_db).convert(id, request));
    QVERIFY(result.contactCreated);
    QVERIFY(result.companyCreated);

    const Contact contact = *ContactStore(*m_db).get(result.contactId);
    QCOMPARE(contact.lastName, u"Shevchenko"_s);
    QCOMPARE(contact.primaryEmail(), u"anna@kvant.ua"_s);
    QCOMPARE(contact.companyId, result.companyId);
    QCOMPARE(contact.jobTitle, u"CTO"_s);
    QCOMPARE(contact.source, u"Web site"_s);
    QCOMPARE(CompanyStore(*m_db).get(result.companyId)->domain, u"kvant.ua"_s);
    const Deal deal = *DealStore(*m_db).get(result.dealId);
    QCOMPARE(deal.title, u"Kvant — CRM licences"_s);
    QCOMPARE(deal.valueMinor, qint64(1'200'000));
    QCOMPARE(deal.contactIds, QStringList {result.contactId});
    QCOMPARE(deal.stageId, DealStore(*m_db).stages().first().id);
    QCOMPARE(deal.segment, u"Software vendors"_s);

    const Lead read = *LeadStore(*m_db).get(id);
    QCOMPARE(read.contactId, result.contactId);
    QCOMPARE(read.companyId, result.companyId);
    QCOMPARE(read.dealId, result.dealId);
    QCOMPARE(TimelineStore(*m_db).list(id).first().kind, u"converted"_s);
    QVERIFY(TimelineStore(*m_db).list(result.dealId).first().body.contains(u"Shevchenko"_s));

    const auto again = storeErrorFrom([&] { LeadConversion(*m_db).convert(id, {}); });
    QVERIFY(again);
    QVERIFY2(again->message().contains(u"already"_s), qPrintable(again->message()));
    QCOMPARE(count(u"deals"_s), 1);
}

void tst_LeadConversion::reusesContactByEmailIgnoringCase()
{
    Contact existing;
    existing.lastName = u"Shevchenko"_s;
    existing.emails = {{u"personal"_s, u"old@mail.ru"_s}, {u"work"_s, u"anna@kvant.ua"_s}};
    const QString contactId = ContactStore(*m_db).create(existing);

    Lead l = lead(u"Shevchenko"_s);
    l.email = u"Anna@Kvant.UA"_s;
    const QString id = qualifiedLead(l);
    const LeadConversion::Matches matches = LeadConversion(*m_db).findMatches(*LeadStore(*m_db).get(id));
    QVERIFY(matches.contact);
    QCOMPARE(matches.contact->id, contactId);
    const LeadConversion::Result result = LeadConversion(*m_db).convert(id, {});
    QCOMPARE(result.contactId, contactId);
    QVERIFY(!result.contactCreated);
    QCOMPARE(count(u"contacts"_s), 1);
    QVERIFY2(result.summary.contains(u"e-mail"_s), qPrintable(result.summary));
}

void tst_LeadConversion::reusesContactByNormalisedPhone()
{
    Contact existing;
    existing.lastName = u"Petrov"_s;
    existing.phones = {{u"mobile"_s, u"+7 (916) 123-45-67"_s}};
    const QString contactId = ContactStore(*m_db).create(existing);
    Contact other; // same last ten digits in another country: not the same number
    other.lastName = u"Other"_s;
    other.phones = {{u"mobile"_s, u"+1 916 123 4567"_s}};
    ContactStore(*m_db).create(other);

    Lead l = lead(u"Petrov"_s);
    l.phone = u"8 916 123 45 67"_s; // the old trunk prefix, region RU
    const QString id = qualifiedLead(l);
    const LeadConversion::Result result = LeadConversion(*m_db).convert(id, {});
    QCOMPARE(result.contactId, contactId);
    QCOMPARE(count(u"contacts"_s), 2);
}

void tst_LeadConversion::reusesCompanyByDomain()
{
    Company existing;
    existing.name = u"Kvant Software LLC"_s;
    existing.domain = u"kvant.ua"_s;
    const QString companyId = CompanyStore(*m_db).create(existing);

    Lead l = lead(u"Shevchenko"_s);
    l.email = u"anna@KVANT.ua"_s;
    l.companyName = u"Kvant"_s;
    const QString id = qualifiedLead(l);
    const LeadConversion::Result result = LeadConversion(*m_db).convert(id, {});
    QCOMPARE(result.companyId, companyId);
    QVERIFY(!result.companyCreated);
    QCOMPARE(count(u"companies"_s), 1);
    QCOMPARE(ContactStore(*m_db).get(result.contactId)->companyId, companyId);
    QVERIFY2(result.summary.contains(u"domain"_s), qPrintable(result.summary));
}

void tst_LeadConversion::publicMailDomainsAreNotCompanies()
{
    Company gmail;
    gmail.name = u"Somebody"_s;
    gmail.domain = u"gmail.com"_s;
    CompanyStore(*m_db).create(gmail);
    QCOMPARE(LeadConversion::companyDomain(u"someone@gmail.com"_s), QString());
    QCOMPARE(LeadConversion::companyDomain(u"someone@kvant.ua"_s), u"kvant.ua"_s);

    Lead l = lead(u"Private"_s);
    l.email = u"private.person@gmail.com"_s;
    l.companyName = u"Private Bakery"_s;
    const LeadConversion::Result result = LeadConversion(*m_db).convert(qualifiedLead(l), {});
    QVERIFY(result.companyCreated);
    QCOMPARE(CompanyStore(*m_db).get(result.companyId)->name, u"Private Bakery"_s);
    QCOMPARE(CompanyStore(*m_db).get(result.companyId)->domain, QString());
}

void tst_LeadConversion::failureLeavesNothingBehind()
{
    Lead l = lead(u"Shevchenko"_s);
    l.companyName = u"Kvant"_s;
    const QString id = qualifiedLead(l);
    LeadConversion::Request request;
    request.stageId = u"no_such_stage"_s; // fails after the contact and company were written
    QVERIFY(storeErrorFrom([&] { LeadConversion(*m_db).convert(id, request); }));
    QCOMPARE(count(u"contacts"_s), 0);
    QCOMPARE(count(u"companies"_s), 0);
    QCOMPARE(count(u"deals"_s), 0);
    QVERIFY(LeadStore(*m_db).get(id)->dealId.isEmpty());
    QVERIFY_THROWS_NO_EXCEPTION(LeadConversion(*m_db).convert(id, {}));
}

QTEST_GUILESS_MAIN(tst_LeadConversion)
#include "tst_leadconversion.moc"
