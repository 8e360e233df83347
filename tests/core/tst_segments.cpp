#include "collateral/collateralstore.h"
#include "leads/leadconversion.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "segments/segmentstore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/listquery.h"
#include "store/teamstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// Segments on both backends: records with needs and weighted criteria, names unique
// ignoring case, a rename carried to every record that names the segment, deleting only
// what nothing uses, the contact's segment, and schema 5 turning the names already in use
// into segments.
class tst_Segments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void createdSegmentsReadBackInOrder();
    void namesAreRequiredAndUniqueIgnoringCase();
    void renameIsCarriedToEveryRecord();
    void updateSavesNeedsCriteriaAndName();
    void archivedSegmentsAreNotOffered();
    void deleteIsRefusedWhileUsed();
    void criteriaAreValidated();
    void ensureReusesOrCreates();
    void contactsKeepTheirSegment();
    void convertedLeadGivesItsSegmentToTheContact();
    void migrationMakesSegmentsOfNamesInUse();

private:
    Segment segment(
        const QString &name, const QList<SegmentCriterion> &criteria = {}, const QString &needs = {}) const
    {
        Segment s;
        s.name = name;
        s.needs = needs;
        s.criteria = criteria;
        return s;
    }
    Contact contact(const QString &lastName, const QString &segmentName = {}) const
    {
        Contact c;
        c.firstName = u"Anna"_s;
        c.lastName = lastName;
        c.segment = segmentName;
        c.emails.append({u"work"_s, lastName.toLower() + u"@example.com"_s});
        return c;
    }
    QString deal(const QString &title, const QString &segmentName) const
    {
        Deal d;
        d.title = title;
        d.stageId = u"needs_confirmed"_s;
        d.segment = segmentName;
        return DealStore(*m_db).create(d);
    }
    qint64 count(const QString &sql, const QVariantList &values = {}) const
    {
        return m_db->scalar(sql, values).toLongLong();
    }

    std::unique_ptr<Database> m_db;
};

void tst_Segments::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_Segments::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_db->setClock(std::make_shared<ManualClock>());
}

void tst_Segments::cleanup()
{
    m_db.reset();
}

void tst_Segments::createdSegmentsReadBackInOrder()
{
    SegmentStore store(*m_db);
    QVERIFY(store.list().isEmpty());
    const QString retail = store.create(segment(u"Retail chains"_s,
        {{{}, u"Price per store"_s, 40}, {{}, u"Rollout time"_s, 35}, {{}, u"References"_s, 25}},
        u"  Stock-outs; no single view of stores  "_s));
    const QString banks = store.create(segment(u"Банки"_s));

    const QList<Segment> all = store.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, retail);
    QCOMPARE(all.at(1).id, banks);
    QVERIFY(all.at(0).position < all.at(1).position);
    QCOMPARE(store.names(), (QStringList {u"Retail chains"_s, u"Банки"_s}));

    const std::optional<Segment> got = store.get(retail);
    QVERIFY(got);
    QCOMPARE(got->name, u"Retail chains"_s);
    QCOMPARE(got->needs, u"Stock-outs; no single view of stores"_s);
    QVERIFY(!got->archived);
    QCOMPARE(got->createdAt, m_db->clock().now());
    QCOMPARE(got->criteria.size(), 3);
    QCOMPARE(got->criteria.at(0).name, u"Price per store"_s);
    QCOMPARE(got->criteria.at(0).weight, 40);
    QCOMPARE(got->criteria.at(2).name, u"References"_s);
    QCOMPARE(got->totalWeight(), 100);
    QVERIFY(!got->criteria.at(0).id.isEmpty());
    // list() carries the criteria too.
    QCOMPARE(all.at(0).criteria, got->criteria);
    QVERIFY(all.at(1).criteria.isEmpty());
    QVERIFY(!store.get(u"no-such-id"_s));
}

void tst_Segments::namesAreRequiredAndUniqueIgnoringCase()
{
    SegmentStore store(*m_db);
    const QString retail = store.create(segment(u"Retail chains"_s));
    const QString banks = store.create(segment(u"Банки"_s));

    std::optional<StoreError> error = storeErrorFrom([&] { store.create(segment(u"  "_s)); });
    QVERIFY(error);
    QCOMPARE(error->message(), u"A segment needs a name."_s);
    error = storeErrorFrom([&] { store.create(segment(u" retail CHAINS "_s)); });
    QVERIFY(error);
    QCOMPARE(error->message(), u"There is already a segment called \"Retail chains\"."_s);
    // Case is folded beyond ASCII, on SQLite too.
    error = storeErrorFrom([&] { store.create(segment(u"БАНКИ"_s)); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(u"Банки"_s), qPrintable(error->message()));
    QVERIFY(storeErrorFrom([&] { store.rename(banks, u"retail chains"_s); }));
    QCOMPARE(store.names(), (QStringList {u"Retail chains"_s, u"Банки"_s}));

    // A segment may change the case of its own name.
    store.rename(retail, u"Retail Chains"_s);
    QCOMPARE(store.get(retail)->name, u"Retail Chains"_s);
    QCOMPARE(store.findByName(u"RETAIL chains"_s)->id, retail);
    QVERIFY(!store.findByName(u"Retail"_s));
}

void tst_Segments::renameIsCarriedToEveryRecord()
{
    SegmentStore store(*m_db);
    const QString retail = store.create(segment(u"Retail"_s));
    store.create(segment(u"Banks"_s));

    Lead retailLead = test::lead(u"Petrenko"_s);
    retailLead.segment = u"Retail"_s;
    const QString leadId = LeadStore(*m_db).create(retailLead);
    Lead bankLead = test::lead(u"Bondar"_s);
    bankLead.segment = u"Banks"_s;
    const QString bankLeadId = LeadStore(*m_db).create(bankLead);
    const QString contactId = ContactStore(*m_db).create(contact(u"Smith"_s, u"Retail"_s));
    const QString dealId = deal(u"Stores rollout"_s, u"Retail"_s);
    const QString bankDealId = deal(u"Branches"_s, u"Banks"_s);
    TeamMember rep;
    rep.name = u"anna"_s;
    rep.segment = u"Retail"_s;
    const QString repId = TeamStore(*m_db).add(rep);
    Collateral brochure;
    brochure.title = u"Retail brochure"_s;
    brochure.segment = u"Retail"_s;
    const QString brochureId = CollateralStore(*m_db).create(brochure);
    const qint64 dealUpdated = DealStore(*m_db).get(dealId)->updatedAt.toMSecsSinceEpoch();
    const qint64 timelineBefore = count(u"SELECT COUNT(*) FROM timeline"_s);

    QCOMPARE(store.usage(retail).total(), 5);
    store.rename(retail, u"Retail chains"_s);

    QCOMPARE(store.get(retail)->name, u"Retail chains"_s);
    QCOMPARE(LeadStore(*m_db).get(leadId)->segment, u"Retail chains"_s);
    QCOMPARE(ContactStore(*m_db).get(contactId)->segment, u"Retail chains"_s);
    QCOMPARE(DealStore(*m_db).get(dealId)->segment, u"Retail chains"_s);
    QCOMPARE(TeamStore(*m_db).get(repId)->segment, u"Retail chains"_s);
    QCOMPARE(CollateralStore(*m_db).get(brochureId)->segment, u"Retail chains"_s);
    // Other segments' records are left alone, and no record counts as edited.
    QCOMPARE(LeadStore(*m_db).get(bankLeadId)->segment, u"Banks"_s);
    QCOMPARE(DealStore(*m_db).get(bankDealId)->segment, u"Banks"_s);
    QCOMPARE(DealStore(*m_db).get(dealId)->updatedAt.toMSecsSinceEpoch(), dealUpdated);
    QCOMPARE(count(u"SELECT COUNT(*) FROM timeline"_s), timelineBefore);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deals WHERE segment = 'Retail'"_s), 0);
    const SegmentUsage usage = store.usage(retail);
    QCOMPARE(usage.leads, 1);
    QCOMPARE(usage.contacts, 1);
    QCOMPARE(usage.deals, 1);
    QCOMPARE(usage.teamMembers, 1);
    QCOMPARE(usage.collateral, 1);

    // A rename the store refuses changes nothing anywhere.
    QVERIFY(storeErrorFrom([&] { store.rename(retail, u"banks"_s); }));
    QCOMPARE(DealStore(*m_db).get(dealId)->segment, u"Retail chains"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deals WHERE segment = 'Banks'"_s), 1);

    // Inside a transaction that is abandoned, the rename and its cascade go together.
    {
        Transaction tx(*m_db);
        store.rename(retail, u"Shops"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE segment = 'Shops'"_s), 1);
    }
    QCOMPARE(store.get(retail)->name, u"Retail chains"_s);
    QCOMPARE(LeadStore(*m_db).get(leadId)->segment, u"Retail chains"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM leads WHERE segment = 'Shops'"_s), 0);
}

void tst_Segments::updateSavesNeedsCriteriaAndName()
{
    SegmentStore store(*m_db);
    const QString id = store.create(segment(u"SMB"_s, {{{}, u"Price"_s, 60}}));
    const QString dealId = deal(u"Small shop"_s, u"SMB"_s);

    Segment edited = *store.get(id);
    edited.name = u"Small business"_s;
    edited.needs = u"Few people, no IT department"_s;
    edited.criteria = {{{}, u"Price"_s, 50}, {{}, u"Ease of use"_s, 30}, {{}, u"Support"_s, 20}};
    store.update(edited);
    const Segment saved = *store.get(id);
    QCOMPARE(saved.name, u"Small business"_s);
    QCOMPARE(saved.needs, u"Few people, no IT department"_s);
    QCOMPARE(saved.criteria.size(), 3);
    QCOMPARE(saved.criteria.at(1).name, u"Ease of use"_s);
    QCOMPARE(saved.totalWeight(), 100);
    QCOMPARE(DealStore(*m_db).get(dealId)->segment, u"Small business"_s);

    // Bad criteria refuse the whole update: the name stays, and so do its records.
    edited = saved;
    edited.name = u"Micro business"_s;
    edited.criteria << SegmentCriterion {{}, u"Speed"_s, 0};
    QVERIFY(storeErrorFrom([&] { store.update(edited); }));
    QCOMPARE(store.get(id)->name, u"Small business"_s);
    QCOMPARE(store.get(id)->criteria.size(), 3);
    QCOMPARE(DealStore(*m_db).get(dealId)->segment, u"Small business"_s);

    edited.id = u"gone"_s;
    edited.criteria.removeLast();
    const std::optional<StoreError> error = storeErrorFrom([&] { store.update(edited); });
    QVERIFY(error);
    QCOMPARE(error->message(), u"The segment was deleted by someone else."_s);
}

void tst_Segments::archivedSegmentsAreNotOffered()
{
    SegmentStore store(*m_db);
    const QString retail = store.create(segment(u"Retail"_s));
    const QString banks = store.create(segment(u"Banks"_s));
    store.setArchived(retail, true);
    QCOMPARE(store.names(), QStringList {u"Banks"_s});
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.list(true).size(), 2);
    QCOMPARE(store.names(true), (QStringList {u"Retail"_s, u"Banks"_s}));
    QVERIFY(store.get(retail)->archived);
    // An archived name is still taken.
    QVERIFY(storeErrorFrom([&] { store.create(segment(u"retail"_s)); }));
    store.setArchived(retail, false);
    QCOMPARE(store.names(), (QStringList {u"Retail"_s, u"Banks"_s}));
    QVERIFY(storeErrorFrom([&] { store.setArchived(u"gone"_s, true); }));
    Q_UNUSED(banks);
}

void tst_Segments::deleteIsRefusedWhileUsed()
{
    SegmentStore store(*m_db);
    const QString retail = store.create(segment(u"Retail"_s, {{{}, u"Price"_s, 10}}));
    const QString dealA = deal(u"A"_s, u"Retail"_s);
    deal(u"B"_s, u"Retail"_s);
    const QString contactId = ContactStore(*m_db).create(contact(u"Smith"_s, u"Retail"_s));

    const std::optional<StoreError> error = storeErrorFrom([&] { store.remove(retail); });
    QVERIFY(error);
    QCOMPARE(error->message(),
        // English plurals come from loopline_en.ts in the app; untranslated here.
        u"\"Retail\" cannot be deleted: 3 record(s) use it (1 contact(s), 2 deal(s)). Archive it instead, "
        "so it is no longer offered."_s);
    QVERIFY(store.get(retail));

    DealStore(*m_db).remove(dealA);
    m_db->run(u"UPDATE deals SET segment = '' WHERE segment = 'Retail'"_s);
    QVERIFY(storeErrorFrom([&] { store.remove(retail); }));
    Contact c = *ContactStore(*m_db).get(contactId);
    c.segment.clear();
    ContactStore(*m_db).update(c);
    QCOMPARE(store.usage(retail).total(), 0);

    store.remove(retail);
    QVERIFY(!store.get(retail));
    QCOMPARE(count(u"SELECT COUNT(*) FROM segment_criteria"_s), 0);
    QCOMPARE(store.usage(retail).total(), 0);
}

void tst_Segments::criteriaAreValidated()
{
    SegmentStore store(*m_db);
    const QString id = store.create(segment(u"Retail"_s));
    struct Bad
    {
        QList<SegmentCriterion> criteria;
        QString message;
    };
    const QList<Bad> bad = {
        {{{{}, u"Price"_s, 0}}, u"The weight of \"Price\" must be between 1 and 100 (it is 0)."_s},
        {{{{}, u"Price"_s, 101}}, u"The weight of \"Price\" must be between 1 and 100 (it is 101)."_s},
        {{{{}, u"Price"_s, 50}, {{}, u" "_s, 10}}, u"Criterion 2 needs a name."_s},
        {{{{}, u"Price"_s, 50}, {{}, u"price "_s, 10}}, u"\"price\" is listed twice among the criteria."_s},
    };
    store.setCriteria(id, {{{}, u"Support"_s, 5}});
    for (const Bad &b : bad) {
        const std::optional<StoreError> error = storeErrorFrom([&] { store.setCriteria(id, b.criteria); });
        QVERIFY2(error, qPrintable(b.message));
        QCOMPARE(error->message(), b.message);
        // Nothing was replaced.
        QCOMPARE(store.criteria(id), (QList<SegmentCriterion> {store.criteria(id).value(0)}));
        QCOMPARE(store.criteria(id).value(0).name, u"Support"_s);
    }
    QVERIFY(storeErrorFrom([&] { store.create(segment(u"Banks"_s, {{{}, u"Price"_s, 200}})); }));
    QVERIFY(!store.findByName(u"Banks"_s));

    // Weights at both ends are fine; names are trimmed; the order is kept.
    store.setCriteria(id, {{{}, u" Speed "_s, 100}, {{}, u"Price"_s, 1}, {{}, u"Support"_s, 50}});
    const QList<SegmentCriterion> saved = store.criteria(id);
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved.at(0).name, u"Speed"_s);
    QCOMPARE(saved.at(0).weight, 100);
    QCOMPARE(saved.at(1).weight, 1);
    QCOMPARE(saved.at(2).name, u"Support"_s);
    QCOMPARE(store.get(id)->totalWeight(), 151);
    store.setCriteria(id, {});
    QVERIFY(store.criteria(id).isEmpty());
    // The database itself refuses a weight out of range.
    QVERIFY(storeErrorFrom([&] {
        m_db->run(u"INSERT INTO segment_criteria (id, segment_id, position, name, weight) VALUES "
                  "('x', ?, 1, 'Price', 0)"_s,
            {id});
    }));
}

void tst_Segments::ensureReusesOrCreates()
{
    SegmentStore store(*m_db);
    store.create(segment(u"Retail chains"_s));
    QCOMPARE(store.ensure(u"  retail CHAINS "_s), u"Retail chains"_s);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.ensure(u"Banks "_s), u"Banks"_s);
    QCOMPARE(store.names(), (QStringList {u"Retail chains"_s, u"Banks"_s}));
    QCOMPARE(store.ensure(u"  "_s), QString());
    QCOMPARE(store.list().size(), 2);
}

void tst_Segments::contactsKeepTheirSegment()
{
    ContactStore contacts(*m_db);
    const QString id = contacts.create(contact(u"Smith"_s, u" Retail "_s));
    Contact c = *contacts.get(id);
    QCOMPARE(c.segment, u"Retail"_s);
    c.segment = u"Banks"_s;
    contacts.update(c);
    QCOMPARE(contacts.get(id)->segment, u"Banks"_s);
    const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(id);
    QVERIFY(!timeline.isEmpty());
    QVERIFY2(timeline.first().body.contains(u"Segment: Retail → Banks"_s), qPrintable(timeline.first().body));

    // Undo of a delete puts the segment back; bulk-written contacts carry it too.
    const Contact snapshot = *contacts.get(id);
    contacts.remove(id);
    contacts.restore(snapshot);
    QCOMPARE(contacts.get(id)->segment, u"Banks"_s);
    {
        Transaction tx(*m_db);
        ContactStore::BulkWriter writer(*m_db);
        writer.add(contact(u"Jones"_s, u"Retail"_s));
        tx.commit();
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM contacts WHERE segment = 'Retail'"_s), 1);

    // The contact, deal and lead lists filter by segment.
    for (const ListSpec &spec : {ListSpec::contacts(), ListSpec::deals(), ListSpec::leads()}) {
        bool found = false;
        for (const ListFilterField &field : spec.filters)
            found = found || field.key == u"segment";
        QVERIFY2(found, qPrintable(spec.entity));
    }
    ListQuery list(*m_db, ListSpec::contacts());
    list.setFieldFilter(u"segment"_s, u"ret"_s);
    QCOMPARE(list.count(), 1);
    list.setFieldFilter(u"segment"_s, u"Ban"_s);
    QCOMPARE(list.count(), 1);
    QCOMPARE(list.fetch(nullptr, 5).value(0).id, id);
}

void tst_Segments::convertedLeadGivesItsSegmentToTheContact()
{
    LeadStore leads(*m_db);
    Lead l = test::lead(u"Petrenko"_s);
    l.email = u"petrenko@shop.example"_s;
    l.segment = u"Retail"_s;
    const QString leadId = leads.create(l);
    test::qualify(leads, leadId);
    const LeadConversion::Result result = LeadConversion(*m_db).convert(leadId, {});
    QCOMPARE(ContactStore(*m_db).get(result.contactId)->segment, u"Retail"_s);
    QCOMPARE(DealStore(*m_db).get(result.dealId)->segment, u"Retail"_s);
}

void tst_Segments::migrationMakesSegmentsOfNamesInUse()
{
    // Bring the fresh database back to schema 4 with segment names in use, then open it
    // again: schema 5 must turn every distinct name into a segment, once.
    test::undoSyncSchema(*m_db);
    for (const QString &table : {u"erasures"_s, u"consent_events"_s, u"deal_collateral"_s, u"collateral"_s,
             u"segment_criteria"_s, u"segments"_s})
        m_db->run(u"DROP TABLE "_s + table);
    m_db->run(u"ALTER TABLE contacts DROP COLUMN segment"_s);
    m_db->run(u"DELETE FROM schema_version WHERE version >= 5"_s);
    QCOMPARE(m_db->schemaVersion(), 4);

    for (const QString &name : {u"Retail"_s, u"Retail"_s, u"  "_s, u"Banks"_s})
        m_db->run(u"INSERT INTO deals (id, title, stage_id, segment, created_at, updated_at) "
                  "VALUES (?, 'Deal', 'needs_confirmed', ?, 0, 0)"_s,
            {Database::newId(), name});
    m_db->run(u"INSERT INTO leads (id, source_id, segment, received_at, sla_due_at, created_at, updated_at) "
              "VALUES (?, 'web_site', 'Госсектор', 0, 0, 0, 0)"_s,
        {Database::newId()});
    TeamMember rep;
    rep.name = u"anna"_s;
    rep.segment = u"Retail"_s;
    TeamStore(*m_db).add(rep);

    const ConnectionSpec spec = m_db->spec();
    m_db.reset();
    try {
        m_db = Database::open(spec);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(test::describe(error)));
    }
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());

    // Team members first, then leads, then deals; by name within each.
    SegmentStore store(*m_db);
    QCOMPARE(store.names(), (QStringList {u"Retail"_s, u"Госсектор"_s, u"Banks"_s}));
    const QList<Segment> segments = store.list();
    QStringList ids;
    for (const Segment &s : segments) {
        QVERIFY(!s.archived);
        QVERIFY(s.needs.isEmpty());
        QVERIFY(s.criteria.isEmpty());
        QVERIFY(s.createdAt.isValid());
        QCOMPARE(s.id.size(), 36); // a UUID, as Database::newId() makes
        ids << s.id;
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 3);
    QCOMPARE(store.usage(segments.at(0).id).deals, 2);
    QCOMPARE(store.usage(segments.at(0).id).teamMembers, 1);
    // Contacts have a segment now, empty for the ones there were.
    QCOMPARE(count(u"SELECT COUNT(*) FROM contacts WHERE segment <> ''"_s), 0);
    // The new segments behave like any other.
    store.rename(segments.at(2).id, u"Banking"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deals WHERE segment = 'Banking'"_s), 1);
    QCOMPARE(store.create(segment(u"Insurance"_s)).size(), 36);
    QCOMPARE(store.list().last().name, u"Insurance"_s);
}

QTEST_GUILESS_MAIN(tst_Segments)
#include "tst_segments.moc"
