#include "dedupe/duplicates.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "privacy/privacy.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/settingsstore.h"
#include "store/taskstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

// Duplicates on both backends: which contacts and companies are found and why, and a
// merge that keeps both timelines and everything linked, undone exactly.
class tst_Duplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_db->setCurrentUser(u"tester"_s);
        SettingsStore(*m_db).setText(u"phone.region"_s, u"RU"_s);
        m_labels.clear();
        m_contacts = 0;
    }
    void cleanup() { m_db.reset(); }

    void editDistanceAndCompanyKey()
    {
        QCOMPARE(DuplicateFinder::editDistance(u"Petrova"_s, u"Petrowa"_s), 1);
        QCOMPARE(DuplicateFinder::editDistance(u"anna"_s, u"ANNA"_s), 0);
        QCOMPARE(DuplicateFinder::editDistance(u""_s, u"abc"_s), 3);
        QCOMPARE(DuplicateFinder::editDistance(u"kitten"_s, u"sitting"_s), 3);
        QCOMPARE(DuplicateFinder::companyKey(u"ООО «Ромашка»"_s), u"ромашка"_s);
        QCOMPARE(DuplicateFinder::companyKey(u"Romashka, LLC"_s), u"romashka"_s);
        QCOMPARE(DuplicateFinder::companyKey(u"ТОВ \"Зелена Енергія\""_s), u"зелена енергія"_s);
    }

    void findsDuplicateContacts()
    {
        const QString acme = company(u"Acme"_s, u"acme.example"_s);
        const QString other = company(u"Other"_s, QString());
        const QString a = contact(u"Anna"_s, u"Smith"_s, {u"Anna@X.example"_s}, {});
        const QString b = contact(u"Ann"_s, u"Smith-Jones"_s, {u"anna@x.EXAMPLE"_s}, {});
        const QString c = contact(u"Boris"_s, u"Orlov"_s, {}, {u"+7 916 123-45-67"_s});
        const QString d = contact(u"B."_s, u"Orloff"_s, {}, {u"8 (916) 1234567"_s});
        const QString e = contact(u"Ivan"_s, u"Petrov"_s, {u"ivan1@acme.example"_s}, {}, acme);
        const QString f = contact(
            u"Ilya"_s, u"Petrov"_s, {u"ilya@acme.example"_s}, {}, acme); // same last name, same initial
        const QString g = contact(u"Alexandra"_s, u"Petrova"_s, {}, {}, acme);
        const QString h = contact(u"Alexandra"_s, u"Petrowa"_s, {}, {}, acme); // a typo
        contact(u"Ivan"_s, u"Petrov"_s, {}, {}, other); // the same name elsewhere is someone else
        contact(u"Oleg"_s, u"Smirnov"_s, {}, {}, acme);

        QStringList found;
        QList<DuplicatePair> pairs;
        try {
            pairs = DuplicateFinder(*m_db).contacts();
        } catch (const StoreError &error) {
            QFAIL(qPrintable(test::describe(error)));
        }
        for (const DuplicatePair &p : std::as_const(pairs))
            found << u"%1+%2:%3:%4"_s.arg(label(p.firstId), label(p.secondId), p.reason).arg(p.confidence);
        QCOMPARE(found,
            QStringList({u"a+b:same email:100"_s, u"c+d:same phone:90"_s,
                u"e+f:similar name at the same company:70"_s, u"g+h:similar name at the same company:70"_s}));
        Q_UNUSED(a);
        Q_UNUSED(b);
        Q_UNUSED(c);
        Q_UNUSED(d);
        Q_UNUSED(e);
        Q_UNUSED(f);
        Q_UNUSED(g);
        Q_UNUSED(h);
    }

    void findsDuplicateCompanies()
    {
        company(u"ООО «Ромашка»"_s, QString(), u"r1"_s);
        company(u"Ромашка"_s, QString(), u"r2"_s);
        company(u"Acme Inc."_s, u"acme.example"_s, u"a1"_s);
        company(u"ACME Europe"_s, u"ACME.example"_s, u"a2"_s);
        company(u"Zeta"_s, QString(), u"z"_s);
        QStringList found;
        QList<DuplicatePair> pairs;
        try {
            pairs = DuplicateFinder(*m_db).companies();
        } catch (const StoreError &error) {
            QFAIL(qPrintable(test::describe(error)));
        }
        for (const DuplicatePair &p : std::as_const(pairs))
            found << u"%1+%2:%3"_s.arg(label(p.firstId), label(p.secondId), p.reason);
        QCOMPARE(found, QStringList({u"a1+a2:same web domain"_s, u"r1+r2:same name"_s}));
    }

    void contactMergeKeepsEverythingAndUndoes()
    {
        const QString dealA = deal(u"Deal of A"_s);
        const QString dealB = deal(u"Deal of B"_s);
        const QString a = contact(u"Anna"_s, u"Smith"_s, {u"anna@x.example"_s}, {u"+79161234567"_s});
        const QString b = contact(
            u"Anne"_s, u"Smith"_s, {u"ANNA@x.example"_s, u"anna.home@y.example"_s}, {u"+79031112233"_s});
        link(dealA, a);
        link(dealB, b);
        TimelineStore(*m_db).addNote(u"contact"_s, a, u"note on A"_s);
        TimelineStore(*m_db).addNote(u"contact"_s, b, u"note on B"_s);
        Task task;
        task.title = u"Call Anne"_s;
        task.dueAt = QDateTime::currentDateTimeUtc();
        task.entity = u"contact"_s;
        task.entityId = b;
        const QString taskId = TaskStore(*m_db).create(task);
        Lead lead = test::lead(u"Smith"_s);
        lead.contactId = b;
        const QString leadId = LeadStore(*m_db).create(lead);
        Privacy(*m_db).recordConsent(b, true, u"Web form"_s, u"v2"_s);
        const Contact bBefore = *ContactStore(*m_db).get(b);
        const Contact aBefore = *ContactStore(*m_db).get(a);

        Contact chosen = aBefore;
        chosen.firstName = u"Anne"_s; // the user took B's first name
        chosen.consent = bBefore.consent;
        Merger merger(*m_db);
        const ContactMergeRecord record = merger.mergeContacts(chosen, b);

        QVERIFY(!ContactStore(*m_db).get(b));
        const Contact merged = *ContactStore(*m_db).get(a);
        QCOMPARE(merged.firstName, u"Anne"_s);
        QStringList emails;
        for (const EmailAddress &e : merged.emails)
            emails << e.address;
        QCOMPARE(emails, QStringList({u"anna@x.example"_s, u"anna.home@y.example"_s}));
        QCOMPARE(merged.phones.size(), 2);
        QCOMPARE(merged.dealIds.size(), 2);
        QCOMPARE(LeadStore(*m_db).get(leadId)->contactId, a);
        QCOMPARE(TaskStore(*m_db).get(taskId)->entityId, a);
        QCOMPARE(Privacy(*m_db).consentHistory(a).size(), 1);
        const QStringList timeline
            = stringColumn(*m_db, u"SELECT body FROM timeline WHERE entity_id = ? ORDER BY seq"_s, {a});
        QVERIFY(timeline.contains(u"note on A"_s));
        QVERIFY(timeline.contains(u"note on B"_s)); // both timelines
        QVERIFY(timeline.constLast().contains(u"Anne Smith"_s));

        merger.undo(record);
        const Contact bAfter = *ContactStore(*m_db).get(b);
        QCOMPARE(bAfter.firstName, bBefore.firstName);
        QCOMPARE(bAfter.emails, bBefore.emails);
        QCOMPARE(bAfter.phones, bBefore.phones);
        QCOMPARE(bAfter.dealIds, bBefore.dealIds);
        const Contact aAfter = *ContactStore(*m_db).get(a);
        QCOMPARE(aAfter.firstName, aBefore.firstName);
        QCOMPARE(aAfter.emails, aBefore.emails);
        QCOMPARE(aAfter.dealIds, aBefore.dealIds);
        QCOMPARE(LeadStore(*m_db).get(leadId)->contactId, b);
        QCOMPARE(TaskStore(*m_db).get(taskId)->entityId, b);
        QCOMPARE(Privacy(*m_db).consentHistory(b).size(), 1);
        QCOMPARE(Privacy(*m_db).consentHistory(a).size(), 0);
        QCOMPARE(
            stringColumn(*m_db, u"SELECT body FROM timeline WHERE entity_id = ? AND kind = 'note'"_s, {b}),
            QStringList({u"note on B"_s}));
    }

    void companyMergeMovesItsPeopleAndUndoes()
    {
        const QString keep = company(u"Acme"_s, u"acme.example"_s);
        const QString other = company(u"ACME Inc."_s, QString());
        const QString c1 = contact(u"Ann"_s, u"Adams"_s, {}, {}, other);
        const QString d1 = deal(u"Big deal"_s, other);
        Company chosen = *CompanyStore(*m_db).get(keep);
        chosen.name = u"Acme Corporation"_s;
        Merger merger(*m_db);
        const CompanyMergeRecord record = merger.mergeCompanies(chosen, other);
        QVERIFY(!CompanyStore(*m_db).get(other));
        QCOMPARE(ContactStore(*m_db).get(c1)->companyId, keep);
        QCOMPARE(ContactStore(*m_db).get(c1)->companyName, u"Acme Corporation"_s);
        QCOMPARE(DealStore(*m_db).get(d1)->companyName, u"Acme Corporation"_s);

        merger.undo(record);
        QCOMPARE(CompanyStore(*m_db).get(keep)->name, u"Acme"_s);
        QCOMPARE(ContactStore(*m_db).get(c1)->companyId, other);
        QCOMPARE(ContactStore(*m_db).get(c1)->companyName, u"ACME Inc."_s);
        QCOMPARE(DealStore(*m_db).get(d1)->companyId, other);
    }

private:
    QString company(const QString &name, const QString &domain, const QString &label = {})
    {
        Company c;
        c.name = name;
        c.domain = domain;
        const QString id = CompanyStore(*m_db).create(c);
        m_labels.insert(id, label.isEmpty() ? name : label);
        return id;
    }
    QString contact(const QString &first, const QString &last, const QStringList &emails,
        const QStringList &phones, const QString &companyId = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.companyId = companyId;
        for (const QString &e : emails)
            c.emails << EmailAddress {u"work"_s, e};
        for (const QString &p : phones)
            c.phones << PhoneNumber {u"work"_s, p};
        const QString id = ContactStore(*m_db).create(c);
        m_labels.insert(id, QString(QChar(u'a' + m_contacts++)));
        return id;
    }
    QString deal(const QString &title, const QString &companyId = {})
    {
        Deal d;
        d.title = title;
        d.companyId = companyId;
        d.stageId = DealStore(*m_db).stages().value(0).id;
        return DealStore(*m_db).create(d);
    }
    void link(const QString &dealId, const QString &contactId)
    {
        m_db->run(u"INSERT INTO deal_contacts (deal_id, contact_id) VALUES (?, ?)"_s, {dealId, contactId});
    }
    QString label(const QString &id) const { return m_labels.value(id, id); }

    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_labels;
    int m_contacts = 0;
};

QTEST_MAIN(tst_Duplicates)
#include "tst_duplicates.moc"
