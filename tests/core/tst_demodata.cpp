#include "analytics/reports.h"
#include "collateral/collateralstore.h"
#include "demo/demodata.h"
#include "leads/leadstore.h"
#include "records/validation.h"
#include "segments/segmentstore.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/teamstore.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// The demo data generator: reproducible, valid records, the promised proportions,
// progress and cancelling, on both backends.
class tst_DemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void sameSeedGivesSameRecords();
    void recordsAreValidAndConsistent();
    void fillMakesThePromisedCounts();
    void fillGivesTheSameDataOnEveryBackend();
    void demoLeadsFollowTheLifecycle();
    void demoSegmentsAndCollateral();
    void fillReportsProgressPerBatch();
    void progressCanCancel();
    void transliterate_data();
    void transliterate();

private:
    qint64 count(const QString &table) const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).toLongLong();
    }

    std::unique_ptr<Database> m_db;
    QByteArray m_firstBackendDigest;
};

namespace {

struct Generated
{
    QList<Company> companies;
    QList<Contact> contacts;
    QList<Deal> deals;
};

Generated generate(quint32 seed, int companies, int contacts, int deals)
{
    DemoDataGenerator generator(seed);
    Generated g;
    for (int i = 0; i < companies; ++i)
        g.companies << generator.makeCompany();
    QStringList contactIds;
    for (int i = 0; i < contacts; ++i) {
        g.contacts << generator.makeContact();
        contactIds << g.contacts.last().id;
    }
    for (int i = 0; i < deals; ++i)
        g.deals << generator.makeDeal(contactIds);
    return g;
}

bool isLatin(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
}

int indexOfId(const QList<Contact> &contacts, const QString &id)
{
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        if (contacts.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace

void tst_DemoData::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_DemoData::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
}

void tst_DemoData::cleanup()
{
    m_db.reset();
}

void tst_DemoData::sameSeedGivesSameRecords()
{
    const Generated a = generate(7, 30, 200, 40);
    const Generated b = generate(7, 30, 200, 40);
    for (int i = 0; i < 30; ++i) {
        const Company &x = a.companies.at(i);
        const Company &y = b.companies.at(i);
        QVERIFY(x.id != y.id); // ids are fresh UUIDs, everything else repeats
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.domain, y.domain);
        QCOMPARE(x.industry, y.industry);
        QCOMPARE(x.employees, y.employees);
        QCOMPARE(x.address, y.address);
        QCOMPARE(x.owner, y.owner);
        QCOMPARE(x.createdAt, y.createdAt);
    }
    for (int i = 0; i < 200; ++i) {
        const Contact &x = a.contacts.at(i);
        const Contact &y = b.contacts.at(i);
        QCOMPARE(x.firstName, y.firstName);
        QCOMPARE(x.lastName, y.lastName);
        QCOMPARE(x.jobTitle, y.jobTitle);
        QCOMPARE(x.companyName, y.companyName);
        QCOMPARE(x.emails, y.emails);
        QCOMPARE(x.phones, y.phones);
        QCOMPARE(x.owner, y.owner);
        QCOMPARE(x.source, y.source);
        QCOMPARE(x.tags, y.tags);
        QCOMPARE(x.consent, y.consent);
        QCOMPARE(x.createdAt, y.createdAt);
        QCOMPARE(x.updatedAt, y.updatedAt);
    }
    for (int i = 0; i < 40; ++i) {
        const Deal &x = a.deals.at(i);
        const Deal &y = b.deals.at(i);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.valueMinor, y.valueMinor);
        QCOMPARE(x.currency, y.currency);
        QCOMPARE(x.stageId, y.stageId);
        QCOMPARE(x.status, y.status);
        QCOMPARE(x.expectedClose, y.expectedClose);
        QCOMPARE(x.contactIds.size(), y.contactIds.size());
        QCOMPARE(indexOfId(a.contacts, x.contactIds.first()), indexOfId(b.contacts, y.contactIds.first()));
    }

    // Another seed gives other people.
    const Generated c = generate(8, 30, 200, 40);
    QStringList namesA, namesC;
    for (int i = 0; i < 200; ++i) {
        namesA << a.contacts.at(i).displayName();
        namesC << c.contacts.at(i).displayName();
    }
    QVERIFY(namesA != namesC);
}

void tst_DemoData::recordsAreValidAndConsistent()
{
    const Generated g = generate(20261123, 60, 1000, 200);
    const QDateTime now(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QHash<QString, Company> companies;
    bool cyrillicForm = false;
    bool latinForm = false;
    for (const Company &company : g.companies) {
        QVERIFY2(Validation::check(company).isEmpty(), qPrintable(company.name));
        companies.insert(company.id, company);
        QVERIFY(isLatin(company.domain));
        QCOMPARE(company.domain, company.domain.toLower());
        QVERIFY(company.createdAt <= now);
        // Cyrillic legal forms come first ("ТОВ Atlas Energy"), the others last ("Atlas Energy Ltd").
        const bool leading = company.name.startsWith(u"ООО "_s) || company.name.startsWith(u"ТОВ "_s);
        const bool trailing = company.name.endsWith(u" Ltd"_s) || company.name.endsWith(u" LLC"_s)
            || company.name.endsWith(u" Group"_s) || company.name.endsWith(u" GmbH"_s);
        QVERIFY2(leading != trailing, qPrintable(company.name));
        cyrillicForm |= leading;
        latinForm |= trailing;
    }
    QVERIFY(cyrillicForm);
    QVERIFY(latinForm);

    int employed = 0;
    int cyrillic = 0;
    QSet<QString> contactIds;
    for (const Contact &contact : g.contacts) {
        QVERIFY2(Validation::check(contact).isEmpty(), qPrintable(contact.displayName()));
        contactIds.insert(contact.id);
        // First and last name come from the same language.
        QCOMPARE(isLatin(contact.firstName), isLatin(contact.lastName));
        cyrillic += isLatin(contact.lastName) ? 0 : 1;
        const QString domain = contact.emails.first().address.section(u'@', 1);
        if (contact.companyId.isEmpty()) {
            QCOMPARE(domain, u"example.com"_s);
        } else {
            ++employed;
            QVERIFY(companies.contains(contact.companyId));
            QCOMPARE(contact.companyName, companies.value(contact.companyId).name);
            QCOMPARE(domain, companies.value(contact.companyId).domain);
        }
        QVERIFY(
            contact.emails.first().address.startsWith(DemoDataGenerator::transliterate(contact.firstName)));
        QCOMPARE(contact.phones.size(), 1);
        QVERIFY(contact.createdAt <= now);
        QVERIFY(contact.updatedAt >= contact.createdAt);
        if (contact.consent.given)
            QCOMPARE(contact.consent.at, contact.createdAt);
    }
    // Roughly nine in ten work at a company, and two thirds have Cyrillic names.
    QVERIFY2(employed > 800 && employed < 980, qPrintable(QString::number(employed)));
    QVERIFY2(cyrillic > 560 && cyrillic < 770, qPrintable(QString::number(cyrillic)));

    const QStringList stages {u"assessment_booked"_s, u"needs_confirmed"_s, u"proposal_received"_s,
        u"terms_agreed"_s, u"contract_sent"_s};
    for (const Deal &deal : g.deals) {
        QVERIFY2(Validation::check(deal).isEmpty(), qPrintable(deal.title));
        QVERIFY(stages.contains(deal.stageId));
        QVERIFY(companies.contains(deal.companyId));
        QVERIFY(deal.title.endsWith(u" — "_s + companies.value(deal.companyId).name));
        QCOMPARE(deal.contactIds.size(), 1);
        QVERIFY(contactIds.contains(deal.contactIds.first()));
        QVERIFY(deal.valueMinor >= 500 * 100);
        QVERIFY(deal.expectedClose >= now.date().addDays(-60));
        QVERIFY(deal.expectedClose < now.date().addDays(120));
    }
}

void tst_DemoData::fillMakesThePromisedCounts()
{
    DemoDataGenerator::Counts counts;
    bool finished = false;
    QVERIFY_THROWS_NO_EXCEPTION(finished = DemoDataGenerator().fill(*m_db, 200, {}, &counts));
    QVERIFY(finished);
    QCOMPARE(counts.contacts, 200);
    QCOMPARE(counts.companies, 25);
    QCOMPARE(counts.deals, 40);
    QCOMPARE(ContactStore(*m_db).count(), 200);
    QCOMPARE(CompanyStore(*m_db).count(), 25);
    QCOMPARE(DealStore(*m_db).count(), 40);
    QCOMPARE(count(u"contact_phones"_s), 200);
    QCOMPARE(count(u"deal_contacts"_s), 40);
    const qint64 emails = count(u"contact_emails"_s);
    QVERIFY(emails > 200 && emails < 400);
    QCOMPARE(count(u"contact_emails"_s),
        m_db->scalar(u"SELECT COUNT(*) FROM contact_emails WHERE position > 0"_s).toLongLong() + 200);

    // The denormalised company names agree with the companies.
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM contacts c JOIN companies co ON co.id = c.company_id WHERE "
                          "c.company_name <> co.name"_s)
                 .toInt(),
        0);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM deals d JOIN companies co ON co.id = d.company_id WHERE "
                          "d.company_name <> co.name"_s)
                 .toInt(),
        0);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM contacts WHERE company_id IS NULL AND company_name <> ''"_s)
                 .toInt(),
        0);

    // Deal contacts come from the same fill.
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id"_s)
                 .toInt(),
        40);
}

void tst_DemoData::demoLeadsFollowTheLifecycle()
{
    QVERIFY(DemoDataGenerator().fill(*m_db, 400));
    LeadStore store(*m_db);
    QCOMPARE(store.count(), 200 + 4); // one per two contacts, plus four new ones in the queue
    QCOMPARE(TeamStore(*m_db).members(TeamRole::Sales).size(), 5);
    QCOMPARE(TeamStore(*m_db).members(TeamRole::Sdr).size(), 2);
    QCOMPARE(count(u"leads WHERE status = 'new' AND handoff = 'queue'"_s), 4);

    int converted = 0;
    for (const QString &id : stringColumn(*m_db, u"SELECT id FROM leads ORDER BY seq"_s)) {
        const Lead lead = *store.get(id);
        const QList<LeadStatusChange> history = store.history(id);
        QVERIFY(!history.isEmpty());
        QVERIFY(!history.first().from.has_value());
        int maxStep = 1;
        for (qsizetype i = 1; i < history.size(); ++i) {
            const LeadStatusChange &c = history.at(i);
            QCOMPARE(c.from, std::optional(history.at(i - 1).to));
            QVERIFY2(LeadLifecycle::allowedTargets(*c.from).contains(c.to),
                qPrintable(LeadLifecycle::key(*c.from) + u" → "_s + LeadLifecycle::key(c.to)));
            QVERIFY(c.at >= history.at(i - 1).at);
            maxStep = std::max(maxStep, LeadLifecycle::step(c.to));
        }
        QCOMPARE(history.last().to, lead.status);
        QCOMPARE(lead.maxStep, maxStep);
        QCOMPARE(lead.mqlAt.isValid(), maxStep >= 3);
        if (lead.mqlAt.isValid())
            QVERIFY(lead.questionnaireComplete);
        if (lead.status == LeadStatus::Converted)
            ++converted;
    }
    QVERIFY(converted > 0);
    // Every lead that names a demo campaign is linked to it.
    QCOMPARE(count(u"campaigns"_s), 6);
    QCOMPARE(count(u"leads WHERE campaign <> '' AND campaign_id IS NULL"_s), 0);
    QVERIFY(count(u"leads WHERE campaign_id IS NOT NULL"_s) > 100);
}

void tst_DemoData::demoSegmentsAndCollateral()
{
    QVERIFY(DemoDataGenerator().fill(*m_db, 2000));
    const QList<Segment> segments = SegmentStore(*m_db).list();
    QCOMPARE(segments.size(), 4);
    for (const Segment &segment : segments) {
        QVERIFY(!segment.needs.isEmpty());
        QVERIFY(segment.criteria.size() >= 3);
        QCOMPARE(segment.totalWeight(), 100);
    }
    // Every segment name a record carries is one of them, and each is used.
    for (const QString &table : {u"contacts"_s, u"deals"_s, u"leads"_s})
        QCOMPARE(count(table + u" WHERE segment <> '' AND segment NOT IN (SELECT name FROM segments)"_s), 0);
    QVERIFY(count(u"contacts WHERE segment <> ''"_s) > 1500);
    for (const Segment &segment : segments)
        QVERIFY2(SegmentStore(*m_db).usage(segment.id).deals > 0, qPrintable(segment.name));
    // A deal's segment is its company's, as is its contact's when they work there.
    QCOMPARE(
        count(u"deals d JOIN deal_contacts dc ON dc.deal_id = d.id JOIN contacts c ON c.id = dc.contact_id "
              "WHERE c.company_id = d.company_id AND c.segment <> d.segment"_s),
        0);

    QCOMPARE(CollateralStore(*m_db).list().size(), 6);
    QVERIFY(count(u"deal_collateral"_s) > 200);
    QCOMPARE(
        count(u"deal_collateral dc JOIN deals d ON d.id = dc.deal_id WHERE dc.sent_at < d.created_at"_s), 0);
    // The retail case study goes with a clearly higher win rate.
    const QList<CollateralStats> stats = Reports(*m_db).collateral();
    QCOMPARE(stats.size(), 6);
    bool found = false;
    for (const CollateralStats &row : stats) {
        if (row.title != u"Retail chain: 40 stores live in six weeks")
            continue;
        found = true;
        QVERIFY2(row.winRateWith() > row.winRateWithout() + 0.1,
            qPrintable(u"%1 against %2"_s.arg(row.winRateWith()).arg(row.winRateWithout())));
    }
    QVERIFY(found);
}

void tst_DemoData::fillGivesTheSameDataOnEveryBackend()
{
    QVERIFY(DemoDataGenerator(99).fill(*m_db, 300));
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const QString &sql : {u"SELECT first_name || '|' || last_name || '|' || email || '|' || phone || "
                               u"'|' || company_name || '|' || "
                               "tags || '|' || CAST(updated_at AS TEXT) FROM contacts ORDER BY seq"_s,
             u"SELECT name || '|' || domain || '|' || CAST(employees AS TEXT) FROM companies ORDER BY seq"_s,
             u"SELECT title || '|' || CAST(value_minor AS TEXT) || '|' || currency || '|' || stage_id || '|' "
             u"|| status "
             "|| '|' || expected_close FROM deals ORDER BY seq"_s}) {
        for (const QString &row : stringColumn(*m_db, sql))
            digest.addData(row.toUtf8() + '\n');
    }
    if (m_firstBackendDigest.isEmpty())
        m_firstBackendDigest = digest.result();
    else
        QCOMPARE(digest.result().toHex(), m_firstBackendDigest.toHex());
}

void tst_DemoData::fillReportsProgressPerBatch()
{
    QList<QPair<qint64, qint64>> calls;
    DemoDataGenerator::Counts counts;
    const bool finished = DemoDataGenerator().fill(
        *m_db, 5001,
        [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        },
        &counts);
    QVERIFY(finished);
    QCOMPARE(calls, (QList<QPair<qint64, qint64>> {{5000, 5001}, {5001, 5001}}));
    QCOMPARE(counts.companies, 625);
    QCOMPARE(counts.contacts, 5001);
    QCOMPARE(counts.deals, 1001); // 1000 for the first batch of 5000, 1 for the last contact
    QCOMPARE(ContactStore(*m_db).count(), 5001);
    QCOMPARE(DealStore(*m_db).count(), 1001);
    QCOMPARE(CompanyStore(*m_db).count(), 625);
}

void tst_DemoData::progressCanCancel()
{
    QList<QPair<qint64, qint64>> calls;
    DemoDataGenerator::Counts counts;
    bool finished = true;
    QVERIFY_THROWS_NO_EXCEPTION(finished = DemoDataGenerator().fill(
                                    *m_db, 5001,
                                    [&](qint64 done, qint64 total) {
                                        calls.append({done, total});
                                        return false;
                                    },
                                    &counts));
    QVERIFY(!finished);
    QCOMPARE(calls, (QList<QPair<qint64, qint64>> {{5000, 5001}}));
    // The batches finished before cancelling stay, and the counts say so.
    QCOMPARE(counts.companies, 625);
    QCOMPARE(counts.contacts, 5000);
    QCOMPARE(counts.deals, 1000);
    QCOMPARE(ContactStore(*m_db).count(), 5000);
    QCOMPARE(DealStore(*m_db).count(), 1000);
    QCOMPARE(CompanyStore(*m_db).count(), 625);
}

void tst_DemoData::transliterate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("latin");

    QTest::addRow("ukrainian surname") << u"Шевченко"_s << u"shevchenko"_s;
    QTest::addRow("russian yo") << u"Фёдоров"_s << u"fedorov"_s;
    QTest::addRow("ukrainian i and ya") << u"Юлія"_s << u"yuliya"_s;
    QTest::addRow("yi and ye") << u"Їжак Євген"_s << u"yizhakyevgen"_s;
    QTest::addRow("ghe with upturn") << u"Ґанок"_s << u"ganok"_s;
    QTest::addRow("shcha") << u"Щука"_s << u"shchuka"_s;
    QTest::addRow("kha and i") << u"Хрещатик 1"_s << u"khreshchatik1"_s;
    QTest::addRow("hard and soft signs") << u"Объявление Тарасьев"_s << u"obyavlenietarasev"_s;
    QTest::addRow("apostrophe dropped") << u"Мар'яна"_s << u"maryana"_s;
    QTest::addRow("hyphen dropped") << u"ИТ-директор"_s << u"itdirektor"_s;
    QTest::addRow("latin kept, lower-cased") << u"Northwind Logistics"_s << u"northwindlogistics"_s;
    QTest::addRow("empty") << QString() << QString();
}

void tst_DemoData::transliterate()
{
    QFETCH(QString, text);
    QFETCH(QString, latin);
    QCOMPARE(DemoDataGenerator::transliterate(text), latin);
}

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_demodata.moc"
