#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;

// CompanyStore on both backends: CRUD, the timeline, delete and undo with the
// contacts and deals that point at the company, and the lookups pickers use.
class tst_CompanyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void createAndGetRoundTrip();
    void createFillsDefaults();
    void updateWritesChangedTimelineEntry();
    void updateWithoutChangesWritesNoEntry();
    void invalidCompanyWritesNothing_data();
    void invalidCompanyWritesNothing();
    void removeDetachesAndRestoreReattaches();
    void restoreLeavesRecordsThatMovedOn();
    void findByDomain();
    void findByNamePrefix();
    void findForPicker();
    void bulkWriterNamesTheBadRow();

private:
    QString createContact(const QString &last, const QString &companyId);
    QString createDeal(const QString &title, const QString &companyId);
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

Company company(const QString &name, const QString &domain = {})
{
    Company c;
    c.name = name;
    c.domain = domain;
    return c;
}

QStringList names(const QList<QPair<QString, QString>> &found)
{
    QStringList result;
    for (const auto &[id, name] : found)
        result << name;
    return result;
}

} // namespace

void tst_CompanyStore::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_CompanyStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kStart);
    m_db->setClock(m_clock);
}

void tst_CompanyStore::cleanup()
{
    m_db.reset();
}

QString tst_CompanyStore::createContact(const QString &last, const QString &companyId)
{
    Contact c;
    c.firstName = u"Anna"_s;
    c.lastName = last;
    c.companyId = companyId;
    return ContactStore(*m_db).create(c);
}

QString tst_CompanyStore::createDeal(const QString &title, const QString &companyId)
{
    Deal d;
    d.title = title;
    d.stageId = u"needs_confirmed"_s;
    d.companyId = companyId;
    return DealStore(*m_db).create(d);
}

void tst_CompanyStore::createAndGetRoundTrip()
{
    Company c;
    c.name = u"  Northwind Logistics Ltd "_s;
    c.domain = u" Northwind.COM "_s;
    c.industry = u"Logistics "_s;
    c.employees = 120;
    c.address = u"Київ, вул. Хрещатик, 1"_s;
    c.owner = u"oksana"_s;
    c.notes = u"Key account.\nRenewal in May."_s;
    CompanyStore store(*m_db);
    QString id;
    QVERIFY_THROWS_NO_EXCEPTION(id = store.create(c));
    QVERIFY(!id.isEmpty());

    const std::optional<Company> read = store.get(id);
    QVERIFY(read.has_value());
    QCOMPARE(read->id, id);
    QCOMPARE(read->name, u"Northwind Logistics Ltd"_s);
    QCOMPARE(read->domain, u"northwind.com"_s);
    QCOMPARE(read->industry, u"Logistics"_s);
    QCOMPARE(read->employees, 120);
    QCOMPARE(read->address, u"Київ, вул. Хрещатик, 1"_s);
    QCOMPARE(read->owner, u"oksana"_s);
    QCOMPARE(read->notes, c.notes);
    QCOMPARE(read->createdAt, utc(kStart));
    QCOMPARE(read->updatedAt, utc(kStart));
    QVERIFY(read->contactIds.isEmpty());
    QVERIFY(read->dealIds.isEmpty());
    QCOMPARE(store.count(), 1);

    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().entity, u"company"_s);
    QCOMPARE(timeline.first().kind, u"created"_s);
    QVERIFY(!store.get(u"no-such-id"_s).has_value());
}

void tst_CompanyStore::createFillsDefaults()
{
    CompanyStore store(*m_db);
    const QString id = store.create(company(u"Atlas"_s));
    const std::optional<Company> read = store.get(id);
    QCOMPARE(read->owner, u"tester"_s);
    QCOMPARE(read->domain, QString());
    QCOMPARE(read->employees, 0);

    Company withId = company(u"Bluefield"_s);
    withId.id = u"company-fixed-id"_s;
    QCOMPARE(store.create(withId), u"company-fixed-id"_s);
    QCOMPARE(store.count(), 2);
}

void tst_CompanyStore::updateWritesChangedTimelineEntry()
{
    CompanyStore store(*m_db);
    Company c = company(u"Helios Energy"_s, u"helios.com"_s);
    c.employees = 120;
    c.address = u"London"_s;
    const QString id = store.create(c);

    m_clock->advanceMs(120'000);
    Company edited = *store.get(id);
    edited.employees = 150;
    edited.address = u"Manchester"_s;
    edited.domain = u"HELIOS-ENERGY.com"_s;
    QVERIFY_THROWS_NO_EXCEPTION(store.update(edited));

    const std::optional<Company> read = store.get(id);
    QCOMPARE(read->employees, 150);
    QCOMPARE(read->domain, u"helios-energy.com"_s);
    QCOMPARE(read->updatedAt, utc(kStart + 120'000));
    QCOMPARE(read->createdAt, utc(kStart));

    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.first().kind, u"changed"_s);
    QCOMPARE(timeline.first().at, utc(kStart + 120'000));
    QCOMPARE(timeline.first().body,
        u"Domain: helios.com → helios-energy.com\n"
        "Employees: 120 → 150\n"
        "Address: London → Manchester"_s);
}

void tst_CompanyStore::updateWithoutChangesWritesNoEntry()
{
    CompanyStore store(*m_db);
    const QString id = store.create(company(u"Helios Energy"_s, u"helios.com"_s));
    QVERIFY_THROWS_NO_EXCEPTION(store.update(*store.get(id)));
    QCOMPARE(TimelineStore(*m_db).list(id).size(), 1);

    store.remove(id);
    QVERIFY(storeErrorFrom([&] { store.update(company(u"Gone"_s)); }).has_value());
}

void tst_CompanyStore::invalidCompanyWritesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("employees");

    QTest::addRow("no name") << QString() << u"example.com"_s << 1;
    QTest::addRow("bad domain") << u"Atlas"_s << u"atlas"_s << 1;
    QTest::addRow("negative employees") << u"Atlas"_s << QString() << -3;
}

void tst_CompanyStore::invalidCompanyWritesNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(int, employees);

    CompanyStore store(*m_db);
    const QString keptId = store.create(company(u"Kept"_s, u"kept.com"_s));
    Company bad = company(name, domain);
    bad.employees = employees;
    const auto error = storeErrorFrom([&] { store.create(bad); });
    QVERIFY(error.has_value());
    QVERIFY(!error->message().isEmpty());
    QCOMPARE(store.count(), 1);
    QCOMPARE(count(u"timeline"_s), 1);

    bad.id = keptId;
    QVERIFY(storeErrorFrom([&] { store.update(bad); }).has_value());
    const std::optional<Company> kept = store.get(keptId);
    QCOMPARE(kept->name, u"Kept"_s);
    QCOMPARE(kept->domain, u"kept.com"_s);
    QCOMPARE(count(u"timeline"_s), 1);
}

void tst_CompanyStore::removeDetachesAndRestoreReattaches()
{
    CompanyStore store(*m_db);
    const QString id = store.create(company(u"Kvant Software"_s, u"kvant.com"_s));
    const QString otherId = store.create(company(u"Atlas Retail"_s));
    const QStringList contactIds {createContact(u"Shevchenko"_s, id), createContact(u"Bondarenko"_s, id),
        createContact(u"Tkachenko"_s, id)};
    const QString bystander = createContact(u"Petrov"_s, otherId);
    const QStringList dealIds {createDeal(u"Licence"_s, id), createDeal(u"Training"_s, id)};
    m_clock->advanceMs(10'000);
    Company edited = *store.get(id);
    edited.employees = 42;
    store.update(edited); // so updatedAt differs from createdAt

    const Company before = *store.get(id);
    QCOMPARE(before.contactIds, contactIds); // in creation order
    QCOMPARE(before.dealIds, dealIds);

    QVERIFY_THROWS_NO_EXCEPTION(store.remove(id));
    QVERIFY(!store.get(id).has_value());
    QCOMPARE(store.count(), 1);
    QCOMPARE(count(u"contacts"_s), 4); // contacts and deals stay, without a company
    QCOMPARE(count(u"deals"_s), 2);
    for (const QString &contactId : contactIds) {
        const Contact c = *ContactStore(*m_db).get(contactId);
        QVERIFY(c.companyId.isEmpty());
        QVERIFY(c.companyName.isEmpty());
    }
    for (const QString &dealId : dealIds) {
        const Deal d = *DealStore(*m_db).get(dealId);
        QVERIFY(d.companyId.isEmpty());
        QVERIFY(d.companyName.isEmpty());
    }
    QCOMPARE(ContactStore(*m_db).get(bystander)->companyName, u"Atlas Retail"_s);

    m_clock->advanceMs(10'000);
    QVERIFY_THROWS_NO_EXCEPTION(store.restore(before));
    const std::optional<Company> after = store.get(id);
    QVERIFY(after.has_value());
    QCOMPARE(after->name, before.name);
    QCOMPARE(after->domain, before.domain);
    QCOMPARE(after->industry, before.industry);
    QCOMPARE(after->employees, 42);
    QCOMPARE(after->address, before.address);
    QCOMPARE(after->owner, before.owner);
    QCOMPARE(after->notes, before.notes);
    QCOMPARE(after->createdAt, before.createdAt);
    QCOMPARE(after->updatedAt, before.updatedAt);
    QCOMPARE(after->contactIds, contactIds);
    QCOMPARE(after->dealIds, dealIds);
    for (const QString &contactId : contactIds) {
        const Contact c = *ContactStore(*m_db).get(contactId);
        QCOMPARE(c.companyId, id);
        QCOMPARE(c.companyName, u"Kvant Software"_s);
    }
    for (const QString &dealId : dealIds)
        QCOMPARE(DealStore(*m_db).get(dealId)->companyName, u"Kvant Software"_s);
    QCOMPARE(ContactStore(*m_db).get(bystander)->companyId, otherId);
}

void tst_CompanyStore::restoreLeavesRecordsThatMovedOn()
{
    CompanyStore store(*m_db);
    const QString id = store.create(company(u"Kvant Software"_s));
    const QString otherId = store.create(company(u"Atlas Retail"_s));
    const QString stays = createContact(u"Shevchenko"_s, id);
    const QString moves = createContact(u"Bondarenko"_s, id);
    const QString deleted = createContact(u"Tkachenko"_s, id);
    const QString dealMoves = createDeal(u"Licence"_s, id);
    const Company before = *store.get(id);

    store.remove(id);
    Contact moved = *ContactStore(*m_db).get(moves);
    moved.companyId = otherId;
    ContactStore(*m_db).update(moved);
    ContactStore(*m_db).remove(deleted);
    Deal movedDeal = *DealStore(*m_db).get(dealMoves);
    movedDeal.companyId = otherId;
    DealStore(*m_db).update(movedDeal);

    QVERIFY_THROWS_NO_EXCEPTION(store.restore(before));
    QCOMPARE(store.get(id)->contactIds, QStringList {stays});
    QVERIFY(store.get(id)->dealIds.isEmpty());
    QCOMPARE(ContactStore(*m_db).get(moves)->companyName, u"Atlas Retail"_s);
    QCOMPARE(DealStore(*m_db).get(dealMoves)->companyName, u"Atlas Retail"_s);
    QVERIFY(!ContactStore(*m_db).get(deleted).has_value());
}

void tst_CompanyStore::findByDomain()
{
    CompanyStore store(*m_db);
    const QString id = store.create(company(u"Northwind"_s, u"Northwind.com"_s));
    store.create(company(u"Northwind UA"_s, u"northwind.com.ua"_s));
    const QString cyrillicId = store.create(company(u"Пример"_s, u"пример.рф"_s));

    std::optional<Company> found = store.findByDomain(u"  NORTHWIND.COM "_s);
    QVERIFY(found.has_value());
    QCOMPARE(found->id, id);
    QCOMPARE(found->name, u"Northwind"_s);
    QCOMPARE(found->domain, u"northwind.com"_s);
    QCOMPARE(found->createdAt, utc(kStart));

    found = store.findByDomain(u"пример.рф"_s);
    QVERIFY(found.has_value());
    QCOMPARE(found->id, cyrillicId);

    QVERIFY(!store.findByDomain(u"northwind.co"_s).has_value());
    QVERIFY(!store.findByDomain(u"www.northwind.com"_s).has_value());

    // Two companies on one domain: the first one made wins.
    m_clock->advanceMs(1000);
    store.create(company(u"Northwind Duplicate"_s, u"northwind.com"_s));
    QCOMPARE(store.findByDomain(u"northwind.com"_s)->id, id);
}

void tst_CompanyStore::findByNamePrefix()
{
    CompanyStore store(*m_db);
    for (const QString &name : {u"Acme Logistics"_s, u"Acorn"_s, u"Acme"_s, u"Beta"_s, u"Ac"_s,
             u"AD Systems"_s, u"Київ Софт"_s, u"Київстар"_s, u"Кварц"_s, u"Acme"_s})
        store.create(company(name));

    QCOMPARE(names(store.findByNamePrefix(u"Ac"_s)),
        (QStringList {u"Ac"_s, u"Acme"_s, u"Acme"_s, u"Acme Logistics"_s, u"Acorn"_s}));
    QCOMPARE(
        names(store.findByNamePrefix(u"Acme"_s)), (QStringList {u"Acme"_s, u"Acme"_s, u"Acme Logistics"_s}));
    QCOMPARE(names(store.findByNamePrefix(u"Acme "_s)), QStringList {u"Acme Logistics"_s});
    QCOMPARE(names(store.findByNamePrefix(u"Ac"_s, 2)), (QStringList {u"Ac"_s, u"Acme"_s}));
    QCOMPARE(names(store.findByNamePrefix(u"Київ"_s)), (QStringList {u"Київ Софт"_s, u"Київстар"_s}));
    QCOMPARE(
        names(store.findByNamePrefix(u"К"_s)), (QStringList {u"Кварц"_s, u"Київ Софт"_s, u"Київстар"_s}));
    QVERIFY(store.findByNamePrefix(u"Zeta"_s).isEmpty());
    QCOMPARE(store.findByNamePrefix(QString()).size(), 10);

    // Equal names come in creation order, with their ids.
    const auto acmes = store.findByNamePrefix(u"Acme"_s, 2);
    QCOMPARE(acmes.size(), 2);
    QVERIFY(acmes.at(0).first != acmes.at(1).first);
    QVERIFY(m_db->scalar(u"SELECT seq FROM companies WHERE id = ?"_s, {acmes.at(0).first}).toLongLong()
        < m_db->scalar(u"SELECT seq FROM companies WHERE id = ?"_s, {acmes.at(1).first}).toLongLong());
}

void tst_CompanyStore::findForPicker()
{
    CompanyStore store(*m_db);
    for (const QString &name : {u"Northwind Logistics"_s, u"Acme"_s, u"Київ Софт"_s, u"ТОВ Кварц"_s})
        store.create(company(name));
    // Any letter case, any word of the name, Cyrillic too; sorted by name.
    QCOMPARE(names(store.find(u"north"_s)), QStringList {u"Northwind Logistics"_s});
    QCOMPARE(names(store.find(u"LOGI"_s)), QStringList {u"Northwind Logistics"_s});
    QCOMPARE(names(store.find(u"київ"_s)), QStringList {u"Київ Софт"_s});
    QCOMPARE(names(store.find(u"кварц"_s)), QStringList {u"ТОВ Кварц"_s});
    QCOMPARE(names(store.find(u"north log"_s)), QStringList {u"Northwind Logistics"_s});
    QVERIFY(store.find(u"wind"_s).isEmpty()); // words match from their start
    QCOMPARE(store.find(u"a"_s, 1).size(), 1);
}

void tst_CompanyStore::bulkWriterNamesTheBadRow()
{
    std::optional<StoreError> error;
    {
        Transaction tx(*m_db);
        CompanyStore::BulkWriter writer(*m_db);
        error = storeErrorFrom([&] {
            for (int row = 1; row <= 5; ++row) {
                Company c = company(u"Company %1"_s.arg(row), u"company%1.com"_s.arg(row));
                c.id = row == 4 ? u"company-1"_s : u"company-%1"_s.arg(row); // row 4 repeats row 1's id
                writer.add(c);
            }
            tx.commit();
        });
    }
    QVERIFY(error.has_value());
    QVERIFY2(error->message().startsWith(u"Company 4 (Company 4)"_s), qPrintable(test::describe(*error)));
    QCOMPARE(CompanyStore(*m_db).count(), 0);

    {
        Transaction tx(*m_db);
        CompanyStore::BulkWriter writer(*m_db);
        error = storeErrorFrom([&] {
            writer.add(company(u"Fine"_s));
            writer.add(company(u"Bad"_s, u"not a domain"_s));
            tx.commit();
        });
    }
    QVERIFY(error.has_value());
    QVERIFY2(error->message().startsWith(u"Company 2 (Bad)"_s), qPrintable(error->message()));
    QCOMPARE(CompanyStore(*m_db).count(), 0);
}

QTEST_GUILESS_MAIN(tst_CompanyStore)
#include "tst_companystore.moc"
