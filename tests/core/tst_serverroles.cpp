#include "booth/boothcapture.h"
#include "leads/leadconversion.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "pgserver.h"
#include "pipeline/board.h"
#include "pipeline/dealclosing.h"
#include "server/serversetup.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/listquery.h"
#include "store/taskstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::completeBant;
using loopline::test::describe;
using loopline::test::PgServer;
using loopline::test::storeErrorFrom;
using loopline::test::stringColumn;

// Roles and row-level security on the team server (PostgreSQL only). Every connection but
// the setup's is opened as a login made by ServerSetup::addUser. The test server's pg_hba
// trusts local connections, so logins connect without their password, except in
// passwordsAreStoredAsScramSecrets, which asks for it.
//
// The team: Anna and Boris sell, Sam is an SDR, Mia a manager, "Booth kiosk" captures leads.
// Anna has a deal with Initech whose contact (Ivan) is Boris's, and a lead whose contact
// (Lena) is Boris's; everything else of Boris's she must not see.
class tst_ServerRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void initialiseIsRepeatable();
    void identityNamesTheTeamMember();
    void salesRepSeesOnlyOwnRecords();
    void salesRepCannotTakeOrLeakOthersRecords();
    void salesRepWorksThroughTheStores();
    void salesRepConvertsOwnLead();
    void restrictedRolesCannotWriteReferenceTables();
    void sdrWorksTheQueueButSeesNoDeals();
    void boothCapturesButSeesNothing();
    void managerSeesAndChangesEverything();
    void syncTablesWorkForEveryRole();
    void syncClockShowsOnlyWhatALoginMaySee();
    void rolesChangeAndUsersGo();
    void loginsAndNamesAreQuoted();
    void badRequestsAreRefused();
    void passwordsAreStoredAsScramSecrets();

private:
    QString login(const QString &who) const { return m_dbName + u'_' + who; }
    std::unique_ptr<Database> openAs(const QString &who) const;
    static qint64 count(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        return db.scalar(sql, values).toLongLong();
    }
    static int affected(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        return db.run(sql, values).numRowsAffected();
    }
    // True when the server refuses the statement for want of rights (SQLSTATE 42501): a missing
    // grant, a row-level security policy, or an owner's right.
    static bool denied(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        const std::optional<StoreError> error = storeErrorFrom([&] { db.run(sql, values); });
        if (!error)
            return false;
        const QString text = error->message();
        const bool rights = text.contains("permission denied"_L1) || text.contains("row-level security"_L1)
            || text.contains("must be owner"_L1);
        if (!rights)
            qWarning("Refused for another reason: %s", qPrintable(text));
        return rights;
    }
    QString deal(const QString &title, const QString &owner, const QString &companyId,
        const QStringList &contacts = {});

    std::unique_ptr<Database> m_admin;
    QString m_dbName;
    QString m_acme, m_globex, m_initech;
    QString m_annaContact, m_borisContact, m_ivan, m_lena;
    QString m_annaDeal, m_borisDeal;
    QString m_queueLead, m_annaLead, m_borisLead;
};

std::unique_ptr<Database> tst_ServerRoles::openAs(const QString &who) const
{
    ConnectionSpec spec = PgServer::instance().spec(m_dbName);
    spec.user = login(who);
    spec.password = u"secret-"_s + who;
    std::unique_ptr<Database> db = Database::open(spec);
    // Owner and author columns hold the team member's name, as loopline_me() finds it.
    db->setCurrentUser(ServerSetup::identity(*db).member);
    return db;
}

QString tst_ServerRoles::deal(
    const QString &title, const QString &owner, const QString &companyId, const QStringList &contacts)
{
    DealStore store(*m_admin);
    Deal d;
    d.title = title;
    d.owner = owner;
    d.companyId = companyId;
    d.contactIds = contacts;
    d.valueMinor = 100'000;
    d.stageId = store.stages().value(0).id;
    return store.create(d);
}

void tst_ServerRoles::initTestCase()
{
    if (PgServer::disabledByEnvironment())
        QSKIP("PostgreSQL tests are disabled by LOOPLINE_TEST_SKIP_POSTGRES=1");
    if (!PgServer::instance().ensureStarted())
        QFAIL(qPrintable(PgServer::instance().errorString()));
}

void tst_ServerRoles::init()
{
    try {
        m_dbName = PgServer::instance().createDatabase();
        m_admin = Database::open(PgServer::instance().spec(m_dbName));
        m_admin->setCurrentUser(u"admin"_s);
        ServerSetup::initialise(*m_admin);
        ServerSetup::addUser(*m_admin, login(u"anna"_s), u"secret-anna"_s, u"sales"_s, u"Anna"_s);
        ServerSetup::addUser(*m_admin, login(u"boris"_s), u"secret-boris"_s, u"sales"_s, u"Boris"_s);
        ServerSetup::addUser(*m_admin, login(u"sam"_s), u"secret-sam"_s, u"sdr"_s, u"Sam"_s);
        ServerSetup::addUser(*m_admin, login(u"mia"_s), u"secret-mia"_s, u"manager"_s, u"Mia"_s);
        ServerSetup::addUser(*m_admin, login(u"kiosk"_s), u"secret-kiosk"_s, u"booth"_s, u"Booth kiosk"_s);

        CompanyStore companies(*m_admin);
        Company c;
        c.name = u"Acme"_s;
        c.owner = u"Anna"_s;
        m_acme = companies.create(c);
        c.name = u"Globex"_s;
        c.owner = u"Boris"_s;
        m_globex = companies.create(c);
        c.name = u"Initech"_s;
        m_initech = companies.create(c);

        ContactStore contacts(*m_admin);
        const auto person = [&](const QString &last, const QString &owner, const QString &companyId) {
            Contact p;
            p.lastName = last;
            p.owner = owner;
            p.companyId = companyId;
            p.emails << EmailAddress {u"work"_s, last.toLower() + u"@example.com"_s};
            p.phones << PhoneNumber {u"work"_s, u"+4930123456"_s + QString::number(last.size())};
            return contacts.create(p);
        };
        m_annaContact = person(u"Adler"_s, u"Anna"_s, m_acme);
        m_borisContact = person(u"Berg"_s, u"Boris"_s, m_globex);
        m_ivan = person(u"Ivanov"_s, u"Boris"_s, m_initech);
        m_lena = person(u"Lenz"_s, u"Boris"_s, {});

        m_annaDeal = deal(u"Initech robots"_s, u"Anna"_s, m_initech, {m_ivan});
        m_borisDeal = deal(u"Globex secret deal"_s, u"Boris"_s, m_globex, {m_borisContact});

        LeadStore leads(*m_admin);
        m_queueLead = leads.create(test::lead(u"Queue"_s));
        m_annaLead = leads.create(test::lead(u"Annas"_s));
        m_borisLead = leads.create(test::lead(u"Boriss"_s));
        m_admin->run(u"UPDATE leads SET handoff = 'sales', owner = 'Anna', contact_id = ? WHERE id = ?"_s,
            {m_lena, m_annaLead});
        m_admin->run(u"UPDATE leads SET handoff = 'sales', owner = 'Boris' WHERE id = ?"_s, {m_borisLead});

        Task task;
        task.title = u"Call Globex"_s;
        task.owner = u"Boris"_s;
        task.dueAt = QDateTime::currentDateTimeUtc().addDays(1);
        task.entity = u"deal"_s;
        task.entityId = m_borisDeal;
        TaskStore(*m_admin).create(task);
        TimelineStore(*m_admin).addNote(u"deal"_s, m_borisDeal, u"Boris's private note"_s);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
}

void tst_ServerRoles::cleanup()
{
    m_admin.reset();
}

void tst_ServerRoles::initialiseIsRepeatable()
{
    const auto snapshot = [this] {
        return stringColumn(*m_admin,
                   u"SELECT tablename || '.' || policyname || ':' || cmd || ':' || array_to_string(roles, "
                   u"',') "
                   "FROM pg_policies WHERE schemaname = current_schema() ORDER BY 1"_s)
            + stringColumn(*m_admin,
                u"SELECT table_name || ':' || grantee || ':' || privilege_type FROM "
                "information_schema.role_table_grants WHERE grantee LIKE ? ORDER BY 1"_s,
                {m_dbName + u"\\_%"_s});
    };
    const QStringList before = snapshot();
    QVERIFY(before.size() > 100);
    // What an older version may have left: a policy and a grant this one no longer makes.
    const QString sales = ServerSetup::groupRole(*m_admin, u"sales"_s);
    m_admin->run(u"CREATE POLICY loopline_obsolete ON deals TO %1 USING (true)"_s.arg(sales));
    m_admin->run(u"GRANT UPDATE ON lead_sources TO %1"_s.arg(sales));
    QVERIFY(snapshot() != before);
    try {
        ServerSetup::initialise(*m_admin);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    QCOMPARE(snapshot(), before);
    QVERIFY(ServerSetup::isInitialised(*m_admin));
    // The group roles cannot log in; every business table is under row-level security.
    for (const QString &role : ServerSetup::roleKeys()) {
        QCOMPARE(m_admin->scalar(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s,
                     {ServerSetup::groupRole(*m_admin, role)}),
            QVariant(false));
    }
    QCOMPARE(
        count(*m_admin,
            u"SELECT COUNT(*) FROM pg_class WHERE relname IN ('deals', 'leads', 'contacts', 'companies', "
            "'tasks', 'timeline', 'consent_events', 'deal_totals', 'sync_conflicts') AND relrowsecurity"_s),
        9);
    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deals"_s), 1);
}

void tst_ServerRoles::identityNamesTheTeamMember()
{
    const struct
    {
        QString who;
        QString member;
        QString role;
    } expected[] = {{u"anna"_s, u"Anna"_s, u"sales"_s}, {u"sam"_s, u"Sam"_s, u"sdr"_s},
        {u"mia"_s, u"Mia"_s, u"manager"_s}, {u"kiosk"_s, u"Booth kiosk"_s, u"booth"_s}};
    for (const auto &e : expected) {
        std::unique_ptr<Database> db = openAs(e.who);
        const ServerSetup::Identity identity = ServerSetup::identity(*db);
        QCOMPARE(identity.login, login(e.who));
        QCOMPARE(identity.member, e.member);
        QCOMPARE(identity.role, e.role);
        QCOMPARE(db->scalar(u"SELECT loopline_me()"_s).toString(), e.member);
    }
    // The owner of the tables (here a superuser) is an admin, without being a team member.
    const ServerSetup::Identity owner = ServerSetup::identity(*m_admin);
    QCOMPARE(owner.role, u"admin"_s);
    QCOMPARE(owner.member, QString());
    QCOMPARE(
        m_admin->scalar(u"SELECT role FROM team_members WHERE login = ?"_s, {login(u"kiosk"_s)}).toString(),
        u"booth"_s);
}

void tst_ServerRoles::salesRepSeesOnlyOwnRecords()
{
    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    QCOMPARE(stringColumn(*anna, u"SELECT id FROM deals"_s), QStringList {m_annaDeal});
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deals WHERE owner <> loopline_me()"_s), 0);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deals WHERE id = ?"_s, {m_borisDeal}), 0);
    QCOMPARE(stringColumn(*anna, u"SELECT id FROM leads"_s), QStringList {m_annaLead});
    // Her own contact, the contact of her deal and the contact of her lead.
    QStringList contacts = stringColumn(*anna, u"SELECT id FROM contacts"_s);
    contacts.sort();
    QStringList expected {m_annaContact, m_ivan, m_lena};
    expected.sort();
    QCOMPARE(contacts, expected);
    QStringList companies = stringColumn(*anna, u"SELECT name FROM companies ORDER BY name"_s);
    QCOMPARE(companies, QStringList({u"Acme"_s, u"Initech"_s}));
    // What hangs off Boris's records is as hidden as they are.
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deal_contacts WHERE deal_id = ?"_s, {m_borisDeal}), 0);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deal_stage_history WHERE deal_id = ?"_s, {m_borisDeal}), 0);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deal_stage_history WHERE deal_id = ?"_s, {m_annaDeal}), 1);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM timeline WHERE entity_id = ?"_s, {m_borisDeal}), 0);
    QVERIFY(count(*anna, u"SELECT COUNT(*) FROM timeline WHERE entity_id = ?"_s, {m_annaDeal}) > 0);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM tasks"_s), 0);
    QCOMPARE(
        count(*anna, u"SELECT COUNT(*) FROM contact_emails WHERE contact_id = ?"_s, {m_borisContact}), 0);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM contact_emails WHERE contact_id = ?"_s, {m_ivan}), 1);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM lead_status_history WHERE lead_id = ?"_s, {m_borisLead}), 0);
    // The board's team-wide totals are staff's.
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deal_totals"_s), 0);
    QVERIFY(count(*m_admin, u"SELECT COUNT(*) FROM deal_totals"_s) > 0);
    // Boris sees his side, not hers.
    std::unique_ptr<Database> boris = openAs(u"boris"_s);
    QCOMPARE(stringColumn(*boris, u"SELECT id FROM deals"_s), QStringList {m_borisDeal});
    QCOMPARE(count(*boris, u"SELECT COUNT(*) FROM contacts WHERE id = ?"_s, {m_annaContact}), 0);
    QCOMPARE(count(*boris, u"SELECT COUNT(*) FROM tasks"_s), 1);
}

void tst_ServerRoles::salesRepCannotTakeOrLeakOthersRecords()
{
    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    QCOMPARE(affected(*anna, u"UPDATE deals SET title = 'Mine now' WHERE id = ?"_s, {m_borisDeal}), 0);
    QCOMPARE(affected(*anna, u"UPDATE deals SET owner = 'Anna'"_s), 1); // her own only
    QCOMPARE(affected(*anna, u"DELETE FROM deals WHERE id = ?"_s, {m_borisDeal}), 0);
    QCOMPARE(affected(*anna, u"UPDATE contacts SET notes = 'x' WHERE id = ?"_s, {m_borisContact}), 0);
    QCOMPARE(affected(*anna, u"DELETE FROM tasks"_s), 0);
    QCOMPARE(affected(*anna, u"UPDATE leads SET owner = 'Anna' WHERE id = ?"_s, {m_borisLead}), 0);
    QCOMPARE(m_admin->scalar(u"SELECT title FROM deals WHERE id = ?"_s, {m_borisDeal}).toString(),
        u"Globex secret deal"_s);
    QCOMPARE(count(*m_admin, u"SELECT COUNT(*) FROM tasks"_s), 1);

    // Giving a deal away, or making one in someone else's name, is refused.
    QVERIFY(denied(*anna, u"UPDATE deals SET owner = 'Boris' WHERE id = ?"_s, {m_annaDeal}));
    QVERIFY(denied(*anna,
        u"INSERT INTO deals (id, title, stage_id, owner, created_at, updated_at) "
        "VALUES ('forged', 'Forged', ?, 'Boris', 0, 0)"_s,
        {m_admin->scalar(u"SELECT stage_id FROM deals WHERE id = ?"_s, {m_annaDeal})}));
    // Linking Boris's contact to her deal would show her the contact: refused.
    QVERIFY(denied(*anna, u"INSERT INTO deal_contacts (deal_id, contact_id) VALUES (?, ?)"_s,
        {m_annaDeal, m_borisContact}));
    // Tasks and notes about records she cannot see are refused too.
    QVERIFY(denied(*anna,
        u"INSERT INTO timeline (id, entity, entity_id, at, kind) VALUES ('n1', 'deal', ?, 0, 'note')"_s,
        {m_borisDeal}));
    QVERIFY(denied(*anna,
        u"INSERT INTO tasks (id, title, owner, due_at, entity, entity_id, created_at, updated_at) "
        "VALUES ('t1', 'Spy', 'Boris', 0, 'deal', ?, 0, 0)"_s,
        {m_borisDeal}));
    QCOMPARE(
        count(*m_admin, u"SELECT COUNT(*) FROM deal_contacts WHERE contact_id = ?"_s, {m_borisContact}), 1);

    // Her own contact and company are hers to delete, unless someone else's records use them.
    m_admin->run(
        u"INSERT INTO deal_contacts (deal_id, contact_id) VALUES (?, ?)"_s, {m_borisDeal, m_annaContact});
    m_admin->run(u"UPDATE contacts SET company_id = ? WHERE id = ?"_s, {m_acme, m_borisContact});
    QCOMPARE(affected(*anna, u"DELETE FROM contacts WHERE id = ?"_s, {m_annaContact}), 0);
    QCOMPARE(affected(*anna, u"DELETE FROM companies WHERE id = ?"_s, {m_acme}), 0);
    m_admin->run(
        u"DELETE FROM deal_contacts WHERE deal_id = ? AND contact_id = ?"_s, {m_borisDeal, m_annaContact});
    QCOMPARE(affected(*anna, u"DELETE FROM contacts WHERE id = ?"_s, {m_annaContact}), 1);
    QCOMPARE(
        affected(*anna, u"DELETE FROM contacts WHERE id = ?"_s, {m_ivan}), 0); // linked to her deal, not hers
    // Nor may she move the server's sync clock herself.
    QVERIFY(denied(*anna, u"SELECT loopline_sync_stamp(CAST(1 AS bigint) << 60)"_s));
}

void tst_ServerRoles::salesRepWorksThroughTheStores()
{
    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    QCOMPARE(anna->currentUser(), u"Anna"_s);
    try {
        DealStore deals(*anna);
        QVERIFY(!deals.get(m_borisDeal));
        QCOMPARE(deals.count(), 1);

        ContactStore contacts(*anna);
        Contact person;
        person.firstName = u"Nina"_s;
        person.lastName = u"Neu"_s;
        person.emails << EmailAddress {u"work"_s, u"nina@neu.example"_s};
        const QString nina = contacts.create(person);
        QCOMPARE(contacts.get(nina)->owner, u"Anna"_s);

        Company company;
        company.name = u"Neu GmbH"_s;
        const QString neu = CompanyStore(*anna).create(company);
        person = *contacts.get(nina);
        person.companyId = neu;
        contacts.update(person);

        Deal d;
        d.title = u"Neu rollout"_s;
        d.companyId = neu;
        d.contactIds = {nina, m_ivan};
        d.valueMinor = 250'000;
        d.stageId = deals.stages().value(0).id;
        const QString id = deals.create(d);
        Deal created = *deals.get(id);
        QCOMPARE(created.owner, u"Anna"_s);
        QCOMPARE(created.contactIds.size(), 2);
        created.title = u"Neu rollout, phase 1"_s;
        deals.update(created);
        const QStringList tasks = deals.moveToStage(id, deals.stages().value(1).id);
        Q_UNUSED(tasks);
        QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deal_stage_history WHERE deal_id = ?"_s, {id}), 2);
        TimelineStore(*anna).addNote(u"deal"_s, id, u"Went well"_s);
        QVERIFY(TimelineStore(*anna).list(id).size() >= 3);

        Task task;
        task.title = u"Send the offer"_s;
        task.dueAt = QDateTime::currentDateTimeUtc().addDays(2);
        task.owner = u"Anna"_s;
        task.entity = u"deal"_s;
        task.entityId = id;
        const QString taskId = TaskStore(*anna).create(task);
        TaskStore(*anna).setDone(taskId, true);
        QVERIFY(TaskStore(*anna).get(taskId)->doneAt.isValid());

        // The list of deals pages through her own deals only.
        ListQuery list(*anna, ListSpec::deals());
        QCOMPARE(list.count(), 2);
        const QList<ListRow> rows = list.fetch(nullptr, 50);
        QCOMPARE(rows.size(), 2);
        for (const ListRow &row : rows)
            QVERIFY(row.id == id || row.id == m_annaDeal);
        ListQuery contactList(*anna, ListSpec::contacts());
        QCOMPARE(contactList.count(), 4);

        // Her board, filtered to her (the unfiltered totals are staff's).
        BoardQuery board(*anna);
        BoardFilter filter;
        filter.owner = u"Anna"_s;
        board.setFilter(filter);
        qint64 onBoard = 0;
        for (const BoardColumn &column : board.columns())
            onBoard += column.count;
        QCOMPARE(onBoard, 2);

        DealClosing(*anna).closeWon(m_annaDeal, 120'000);
        QCOMPARE(deals.get(m_annaDeal)->status, DealStatus::Won);
        QVERIFY(storeErrorFrom([&] { DealClosing(*anna).closeWon(m_borisDeal, 1); }));
        contacts.remove(nina);
        QVERIFY(!contacts.get(nina));
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    // The board's totals, kept by a trigger, followed her changes.
    QCOMPARE(count(*m_admin, u"SELECT SUM(open_count) FROM deal_totals"_s),
        count(*m_admin, u"SELECT COUNT(*) FROM deals WHERE status = 'open'"_s));
}

void tst_ServerRoles::salesRepConvertsOwnLead()
{
    QString leadId;
    try {
        LeadStore leads(*m_admin);
        Lead l = test::lead(u"Kowalski"_s);
        l.email = u"jan@kowalski.example"_s;
        l.companyName = u"Kowalski Sp."_s;
        leadId = leads.create(l);
        test::qualify(leads, leadId);
        m_admin->run(u"UPDATE leads SET owner = 'Anna' WHERE id = ?"_s, {leadId});
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    try {
        const LeadConversion::Result result = LeadConversion(*anna).convert(leadId, {});
        QVERIFY(result.contactCreated);
        QVERIFY(result.companyCreated);
        QCOMPARE(DealStore(*anna).get(result.dealId)->owner, u"Anna"_s);
        QCOMPARE(ContactStore(*anna).get(result.contactId)->owner, u"Anna"_s);
        QCOMPARE(LeadStore(*anna).get(leadId)->dealId, result.dealId);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    // A lead naming Boris's contact (whom Anna cannot see) by e-mail, or by phone written
    // another way: Anna learns that Boris has the person, by name only.
    QString bergLead;
    try {
        LeadStore leads(*m_admin);
        Lead l = test::lead(u"Berg"_s);
        l.email = u"BERG@example.com"_s;
        bergLead = leads.create(l);
        test::qualify(leads, bergLead);
        m_admin->run(u"UPDATE leads SET owner = 'Anna' WHERE id = ?"_s, {bergLead});
        Contact berg = *ContactStore(*m_admin).get(m_borisContact);
        berg.phones << PhoneNumber {u"mobile"_s, u"+7 916 555-12-34"_s};
        ContactStore(*m_admin).update(berg);
        Lead byPhone = *LeadStore(*m_admin).get(bergLead);
        byPhone.email.clear();
        byPhone.phone = u"+7 (916) 555 1234"_s;
        const LeadConversion::Matches phoneMatch = LeadConversion(*anna).findMatches(byPhone);
        QVERIFY(!phoneMatch.contact);
        QCOMPARE(phoneMatch.othersHave, QStringList {u"Boris"_s});
        byPhone.phone = u"+49 30 999999"_s;
        QVERIFY(LeadConversion(*anna).findMatches(byPhone).othersHave.isEmpty());
        const LeadConversion::Matches matches
            = LeadConversion(*anna).findMatches(*LeadStore(*m_admin).get(bergLead));
        QVERIFY(!matches.contact);
        QCOMPARE(matches.othersHave, QStringList {u"Boris"_s});
        const LeadConversion::Result result = LeadConversion(*anna).convert(bergLead, {});
        QVERIFY(result.contactCreated);
        QVERIFY(result.summary.contains(u"Boris"_s));
        // The manager sees Berg himself: nobody else is named.
        std::unique_ptr<Database> mia = openAs(u"mia"_s);
        QVERIFY(LeadConversion(*mia).findMatches(*LeadStore(*m_admin).get(bergLead)).contact);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    QVERIFY(denied(*openAs(u"sam"_s), u"SELECT * FROM loopline_contact_owners('berg@example.com', '')"_s));
    // Boris sees none of it.
    std::unique_ptr<Database> boris = openAs(u"boris"_s);
    QCOMPARE(count(*boris, u"SELECT COUNT(*) FROM leads WHERE id = ?"_s, {leadId}), 0);
    QCOMPARE(count(*boris, u"SELECT COUNT(*) FROM companies WHERE name = 'Kowalski Sp.'"_s), 0);
}

void tst_ServerRoles::restrictedRolesCannotWriteReferenceTables()
{
    for (const QString &who : {u"anna"_s, u"sam"_s, u"kiosk"_s}) {
        std::unique_ptr<Database> db = openAs(who);
        const QString statements[] = {
            u"INSERT INTO lead_sources (id, name, position) VALUES ('fake', 'Fake', 99)"_s,
            u"UPDATE deal_stages SET probability = 100"_s,
            u"DELETE FROM pipelines"_s,
            u"UPDATE team_members SET role = 'admin'"_s,
            u"INSERT INTO settings (key, value) VALUES ('scoring', '{}')"_s,
            u"UPDATE currency_rates SET per_base = 2"_s,
            u"INSERT INTO segments (id, name, created_at, updated_at) VALUES ('s', 'S', 0, 0)"_s,
            u"INSERT INTO sync_clock (entity, row_key, field, hlc, origin, server_seq) "
            "VALUES ('deals', 'x', '*', 1, 'me', 1)"_s,
            u"UPDATE sync_server SET seq = seq + 1000"_s,
            u"INSERT INTO deal_totals (stage_id, currency, open_count, open_value) VALUES ('x', 'EUR', 1, 1)"_s,
            u"SELECT * FROM loopline_rls_new_leads"_s,
            u"ALTER TABLE deals DISABLE ROW LEVEL SECURITY"_s,
        };
        for (const QString &sql : statements) {
            if (denied(*db, sql))
                continue;
            QFAIL(qPrintable(u"%1 may run: %2"_s.arg(who, sql)));
        }
        // Reading them is fine, and the only setting anyone moves is the hand-off's turn.
        QVERIFY(count(*db, u"SELECT COUNT(*) FROM lead_sources"_s) > 0);
        QVERIFY(count(*db, u"SELECT COUNT(*) FROM team_members"_s) >= 5);
        QCOMPARE(affected(*db, u"DELETE FROM settings WHERE key <> 'handoff.last_rep'"_s), 0);
        db->run(u"INSERT INTO settings (key, value) VALUES ('handoff.last_rep', 'Anna')"_s);
        db->run(u"DELETE FROM settings WHERE key = 'handoff.last_rep'"_s);
    }
}

void tst_ServerRoles::sdrWorksTheQueueButSeesNoDeals()
{
    std::unique_ptr<Database> sam = openAs(u"sam"_s);
    QCOMPARE(stringColumn(*sam, u"SELECT id FROM leads"_s), QStringList {m_queueLead});
    QCOMPARE(count(*sam, u"SELECT COUNT(*) FROM deals"_s), 0);
    QCOMPARE(count(*sam, u"SELECT COUNT(*) FROM contacts"_s), 0);
    QCOMPARE(count(*sam, u"SELECT COUNT(*) FROM companies"_s), 0);
    QCOMPARE(count(*sam, u"SELECT COUNT(*) FROM deal_stage_history"_s), 0);
    QCOMPARE(
        count(*sam, u"SELECT COUNT(*) FROM timeline WHERE entity IN ('deal', 'contact', 'company')"_s), 0);
    QCOMPARE(affected(*sam, u"UPDATE leads SET notes = 'x' WHERE id = ?"_s, {m_annaLead}), 0);
    QVERIFY(denied(*sam, u"UPDATE deals SET title = 'x'"_s)); // no right at all

    QString handed;
    QString tradeShow;
    try {
        LeadStore leads(*sam);
        // A lead from the web form joins the queue; Sam takes it and qualifies it.
        Lead l = test::lead(u"Webform"_s);
        l.email = u"web@form.example"_s;
        handed = leads.create(l);
        leads.take(handed);
        QCOMPARE(leads.get(handed)->sdr, u"Sam"_s);
        leads.saveAnswers(handed, u"bant-1"_s, completeBant());
        leads.move(handed, LeadStatus::AwaitingAssignment); // a hot MQL: handed to a rep
        QCOMPARE(count(*sam, u"SELECT COUNT(*) FROM leads WHERE id = ?"_s, {handed}), 1); // still his
        leads.take(m_queueLead);
        QCOMPARE(leads.get(m_queueLead)->sdr, u"Sam"_s);
        // A trade-show lead he types in goes to sales at once, and out of his sight.
        tradeShow = leads.create(test::lead(u"Expo"_s, u"trade_show"_s));
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    QCOMPARE(count(*sam, u"SELECT COUNT(*) FROM leads WHERE id = ?"_s, {tradeShow}), 0);
    QCOMPARE(
        m_admin->scalar(u"SELECT handoff FROM leads WHERE id = ?"_s, {tradeShow}).toString(), u"sales"_s);

    // The hot MQL went to a rep with a follow-up task, which the rep sees.
    const QString rep = m_admin->scalar(u"SELECT owner FROM leads WHERE id = ?"_s, {handed}).toString();
    QCOMPARE(m_admin->scalar(u"SELECT handoff FROM leads WHERE id = ?"_s, {handed}).toString(), u"sales"_s);
    QVERIFY(rep == u"Anna" || rep == u"Boris");
    std::unique_ptr<Database> repDb = openAs(rep.toLower());
    QCOMPARE(count(*repDb, u"SELECT COUNT(*) FROM leads WHERE id = ?"_s, {handed}), 1);
    QCOMPARE(count(*repDb, u"SELECT COUNT(*) FROM tasks WHERE entity_id = ?"_s, {handed}), 1);
    QCOMPARE(count(*repDb, u"SELECT COUNT(*) FROM lead_status_history WHERE lead_id = ?"_s, {handed}),
        count(*m_admin, u"SELECT COUNT(*) FROM lead_status_history WHERE lead_id = ?"_s, {handed}));
    QCOMPARE(count(*openAs(rep == u"Anna" ? u"boris"_s : u"anna"_s),
                 u"SELECT COUNT(*) FROM leads WHERE id = ?"_s, {handed}),
        0);
}

void tst_ServerRoles::boothCapturesButSeesNothing()
{
    BoothCapture::ensureEvent(*m_admin, u"Expo"_s);
    std::unique_ptr<Database> kiosk = openAs(u"kiosk"_s);
    QString id;
    try {
        BoothCapture booth(*kiosk, u"Expo"_s, u"v3"_s);
        BoothEntry e;
        e.firstName = u"Olga"_s;
        e.lastName = u"Orlova"_s;
        e.company = u"Orbit"_s;
        e.email = u"olga@orbit.example"_s;
        e.rating = Temperature::Hot;
        e.consent = true;
        id = booth.save(e);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    // Saved whole: the lead went to a rep, with its consent, history, task and timeline.
    QCOMPARE(count(*m_admin,
                 u"SELECT COUNT(*) FROM leads WHERE id = ? AND source_id = 'trade_show' "
                 "AND handoff = 'sales' AND owner IN ('Anna', 'Boris')"_s,
                 {id}),
        1);
    QCOMPARE(count(*m_admin,
                 u"SELECT COUNT(*) FROM consent_events WHERE lead_id = ? AND author = 'Booth kiosk'"_s, {id}),
        1);
    QCOMPARE(count(*m_admin, u"SELECT COUNT(*) FROM lead_status_history WHERE lead_id = ?"_s, {id}), 1);
    QCOMPARE(count(*m_admin, u"SELECT COUNT(*) FROM tasks WHERE entity_id = ?"_s, {id}), 1);
    QVERIFY(count(*m_admin, u"SELECT COUNT(*) FROM timeline WHERE entity_id = ?"_s, {id}) >= 2);
    // Read back only inside its own transaction: afterwards the booth sees nothing.
    for (const QString &table : {u"leads"_s, u"contacts"_s, u"companies"_s, u"deals"_s, u"tasks"_s,
             u"timeline"_s, u"consent_events"_s, u"lead_status_history"_s, u"contact_emails"_s})
        QCOMPARE(count(*kiosk, u"SELECT COUNT(*) FROM "_s + table), 0);
    QVERIFY(!LeadStore(*kiosk).get(id));
    QCOMPARE(affected(*kiosk, u"UPDATE leads SET notes = 'x'"_s), 0);
    QVERIFY(denied(*kiosk, u"DELETE FROM leads"_s)); // no right at all
    QVERIFY(denied(*kiosk,
        u"INSERT INTO leads (id, source_id, received_at, sla_due_at, created_at, updated_at) "
        "VALUES ('web', 'web_site', 0, 0, 0, 0)"_s));
    // What the booth form shows comes from counting functions, not from the rows.
    QCOMPARE(count(*kiosk, u"SELECT loopline_booth_captured('Expo', 0)"_s), 1);
    QSqlQuery q = kiosk->run(
        u"SELECT contacts, leads FROM loopline_booth_duplicates(?, ?)"_s, {u"ADLER@example.com"_s, u""_s});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1); // Adler by e-mail (any case)
    QCOMPARE(q.value(1).toLongLong(), 0);
    // ...and the booth form's own figures come through them: today's count and the hint.
    BoothCapture booth(*kiosk, u"Expo"_s, u"v3"_s);
    QCOMPARE(booth.capturedToday(), 1);
    QCOMPARE(booth.possibleDuplicates(u"ADLER@example.com"_s, QString()).contacts, 1);
    QCOMPARE(booth.possibleDuplicates(u"olga@orbit.example"_s, QString()).leads, 1);
    QVERIFY(!booth.possibleDuplicates(u"nobody@orbit.example"_s, QString()).any());
    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    QVERIFY(denied(*anna, u"SELECT loopline_booth_captured('Expo', 0)"_s));
}

void tst_ServerRoles::managerSeesAndChangesEverything()
{
    std::unique_ptr<Database> mia = openAs(u"mia"_s);
    for (const QString &table : {u"deals"_s, u"leads"_s, u"contacts"_s, u"companies"_s, u"tasks"_s,
             u"timeline"_s, u"deal_contacts"_s, u"deal_stage_history"_s, u"lead_status_history"_s,
             u"contact_emails"_s, u"deal_totals"_s, u"sync_clock"_s}) {
        const QString sql = u"SELECT COUNT(*) FROM "_s + table;
        QCOMPARE(count(*mia, sql), count(*m_admin, sql));
    }
    QCOMPARE(affected(*mia, u"UPDATE deals SET owner = 'Anna' WHERE id = ?"_s, {m_borisDeal}), 1);
    mia->run(u"INSERT INTO lead_sources (id, name, position) VALUES ('fair', 'Fair', 10)"_s);
    // The sync log is written by the sync functions alone, even for staff.
    QVERIFY(denied(*mia, u"UPDATE sync_clock SET hlc = hlc + 1"_s));
    QVERIFY(denied(*mia, u"DELETE FROM schema_version"_s));
    QCOMPARE(ServerSetup::identity(*mia).role, u"manager"_s);
    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deals"_s), 2);
}

void tst_ServerRoles::syncTablesWorkForEveryRole()
{
    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    // Her edit goes through the capture trigger into the server's log, which she may read.
    const qint64 before = count(*anna, u"SELECT seq FROM sync_server"_s);
    anna->run(u"UPDATE deals SET notes = 'Signed soon' WHERE id = ?"_s, {m_annaDeal});
    QVERIFY(count(*anna, u"SELECT seq FROM sync_server"_s) > before);
    QCOMPARE(
        count(*anna,
            u"SELECT COUNT(*) FROM sync_clock WHERE entity = 'deals' AND row_key = ? AND field = 'notes'"_s,
            {m_annaDeal}),
        1);
    // A booth capture is logged too.
    BoothCapture::ensureEvent(*m_admin, u"Fair"_s);
    std::unique_ptr<Database> kiosk = openAs(u"kiosk"_s);
    BoothEntry e;
    e.lastName = u"Logged"_s;
    QString boothLead;
    try {
        boothLead = BoothCapture(*kiosk, u"Fair"_s, {}).save(e);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    QVERIFY(count(*m_admin, u"SELECT COUNT(*) FROM sync_clock WHERE entity = 'leads' AND row_key = ?"_s,
                {boothLead})
        > 0);

    anna->run(u"INSERT INTO sync_received (origin, last_seq) VALUES ('laptop-anna', 5)"_s);
    QCOMPARE(affected(*anna, u"UPDATE sync_received SET last_seq = 6 WHERE origin = 'laptop-anna'"_s), 1);

    const QString annaLogin = login(u"anna"_s);
    const QString borisLogin = login(u"boris"_s);
    const auto conflict = [this](const QString &id, const QString &kept, const QString &other) {
        m_admin->run(
            u"INSERT INTO sync_conflicts (id, entity, row_key, field, kept_origin, kept_author, kept_hlc, "
            "other_origin, other_author, other_hlc, detected_at) "
            "VALUES (?, 'deals', 'd', 'title', 'a', ?, 1, 'b', ?, 2, 0)"_s,
            {id, kept, other});
    };
    conflict(u"c1"_s, annaLogin, borisLogin);
    conflict(u"c2"_s, borisLogin, annaLogin);
    conflict(u"c3"_s, borisLogin, login(u"sam"_s));
    QCOMPARE(
        stringColumn(*anna, u"SELECT id FROM sync_conflicts ORDER BY id"_s), QStringList({u"c1"_s, u"c2"_s}));
    QCOMPARE(count(*openAs(u"mia"_s), u"SELECT COUNT(*) FROM sync_conflicts"_s), 3);
    QCOMPARE(affected(*anna, u"UPDATE sync_conflicts SET resolution = 'kept' WHERE id IN ('c1', 'c3')"_s), 1);
    QVERIFY(denied(*anna,
        u"INSERT INTO sync_conflicts (id, entity, row_key, field, kept_origin, kept_author, kept_hlc, "
        "other_origin, other_author, other_hlc, detected_at) "
        "VALUES ('c4', 'deals', 'd', 'title', 'a', 'x', 1, 'b', 'y', 2, 0)"_s));
}

void tst_ServerRoles::syncClockShowsOnlyWhatALoginMaySee()
{
    m_admin->run(u"UPDATE deals SET notes = 'Boris only' WHERE id = ?"_s, {m_borisDeal});
    m_admin->run(u"UPDATE deals SET notes = 'Anna only' WHERE id = ?"_s, {m_annaDeal});
    const QString clockOf = u"SELECT COUNT(*) FROM sync_clock WHERE entity = 'deals' AND row_key = ?"_s;
    QVERIFY(count(*m_admin, clockOf, {m_borisDeal}) > 1);

    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    // Who changed which field of Boris's deal, and when, is not Anna's to read...
    QCOMPARE(count(*anna, clockOf, {m_borisDeal}), 0);
    QCOMPARE(count(*anna, clockOf, {m_annaDeal}), count(*m_admin, clockOf, {m_annaDeal}));
    QCOMPARE(count(*anna,
                 u"SELECT COUNT(*) FROM sync_clock WHERE entity = 'contact_emails' "
                 "AND split_part(row_key, '|', 1) = ?"_s,
                 {m_borisContact}),
        0);
    QVERIFY(
        count(*anna,
            u"SELECT COUNT(*) FROM sync_clock WHERE entity = 'contact_emails' AND split_part(row_key, '|', 1) = ?"_s,
            {m_annaContact})
        > 0);
    // ...but that it changed, by key alone, is: her replica must learn that a record left
    // her sight. The listing gives nothing more than the key and the sequence.
    const QString listed = u"SELECT COUNT(*) FROM loopline_sync_changes(0, 100000) WHERE row_key = ?"_s;
    QCOMPARE(count(*anna, listed, {m_borisDeal}), 1);
    QCOMPARE(count(*anna, u"SELECT loopline_sync_changed(0)"_s),
        count(*m_admin, u"SELECT loopline_sync_changed(0)"_s));

    // A deletion's tombstone names only the key, and every login reads it.
    m_admin->run(u"DELETE FROM deals WHERE id = ?"_s, {m_borisDeal});
    QCOMPARE(count(*anna, clockOf + u" AND field = '*'"_s, {m_borisDeal}), 1);
    QCOMPARE(count(*anna, clockOf, {m_borisDeal}), 1);

    // A deal handed to her brings its history with it.
    const QString handed = deal(u"Handed over"_s, u"Boris"_s, m_globex);
    QCOMPARE(count(*anna, clockOf, {handed}), 0);
    m_admin->run(u"UPDATE deals SET owner = 'Anna' WHERE id = ?"_s, {handed});
    QVERIFY(count(*anna, clockOf, {handed}) > 1);
}

void tst_ServerRoles::rolesChangeAndUsersGo()
{
    try {
        ServerSetup::setRole(*m_admin, login(u"anna"_s), u"sdr"_s);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    std::unique_ptr<Database> anna = openAs(u"anna"_s);
    QCOMPARE(ServerSetup::identity(*anna).role, u"sdr"_s);
    QCOMPARE(m_admin->scalar(u"SELECT role FROM team_members WHERE name = 'Anna'"_s).toString(), u"sdr"_s);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM deals"_s), 0);
    QCOMPARE(count(*anna, u"SELECT COUNT(*) FROM leads WHERE id = ?"_s, {m_queueLead}), 1);
    QCOMPARE(
        count(*m_admin,
            u"SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"_s,
            {login(u"anna"_s)}),
        1);

    // Boris leaves: his login goes (Loopline made it); his team member and records stay.
    try {
        ServerSetup::removeUser(*m_admin, login(u"boris"_s));
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    QVERIFY(!m_admin->scalar(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {login(u"boris"_s)}).isValid());
    QVERIFY(m_admin->scalar(u"SELECT login FROM team_members WHERE name = 'Boris'"_s).isNull());
    QCOMPARE(count(*m_admin, u"SELECT COUNT(*) FROM deals WHERE owner = 'Boris'"_s), 1);
    QVERIFY(storeErrorFrom([&] { openAs(u"boris"_s); }));
    // He can come back, as the same team member.
    try {
        ServerSetup::addUser(*m_admin, login(u"boris"_s), u"new-secret"_s, u"sales"_s, u"Boris"_s);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    QCOMPARE(count(*m_admin, u"SELECT COUNT(*) FROM team_members WHERE name = 'Boris'"_s), 1);
    QCOMPARE(count(*openAs(u"boris"_s), u"SELECT COUNT(*) FROM deals"_s), 1);
}

void tst_ServerRoles::loginsAndNamesAreQuoted()
{
    // Quotes, a semicolon, a comment, upper case and spaces arrive as they are.
    const QString odd = m_dbName + u"_O'B \"x\"; --"_s;
    const QString name = u"Seán O'Brien; DROP TABLE deals"_s;
    try {
        ServerSetup::addUser(*m_admin, odd, u"it's \"quoted\"; --"_s, u"sales"_s, name);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    QVERIFY(m_admin->scalar(u"SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin"_s, {odd}).isValid());
    QCOMPARE(m_admin->scalar(u"SELECT name FROM team_members WHERE login = ?"_s, {odd}).toString(), name);
    ConnectionSpec spec = PgServer::instance().spec(m_dbName);
    spec.user = odd;
    std::unique_ptr<Database> db;
    try {
        db = Database::open(spec);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    QCOMPARE(ServerSetup::identity(*db).member, name);
    QCOMPARE(ServerSetup::identity(*db).role, u"sales"_s);
    QCOMPARE(count(*db, u"SELECT COUNT(*) FROM deals"_s), 0);
    QVERIFY(count(*m_admin, u"SELECT COUNT(*) FROM deals"_s) > 0);
}

void tst_ServerRoles::badRequestsAreRefused()
{
    const auto refused = [&](auto &&f) { return storeErrorFrom(std::forward<decltype(f)>(f)).has_value(); };
    QVERIFY(refused([&] { ServerSetup::addUser(*m_admin, login(u"x"_s), u"p"_s, u"boss"_s, u"X"_s); }));
    QVERIFY(refused([&] { ServerSetup::addUser(*m_admin, u""_s, u"p"_s, u"sales"_s, u"X"_s); }));
    QVERIFY(refused([&] { ServerSetup::addUser(*m_admin, login(u"x"_s), u"p"_s, u"sales"_s, u" "_s); }));
    QVERIFY(refused([&] { ServerSetup::addUser(*m_admin, u"postgres"_s, u"p"_s, u"sales"_s, u"Pat"_s); }));
    QVERIFY(refused([&] { ServerSetup::addUser(*m_admin, u"pg_monitor"_s, u"p"_s, u"sales"_s, u"Pat"_s); }));
    QVERIFY(refused([&] {
        ServerSetup::addUser(
            *m_admin, ServerSetup::groupRole(*m_admin, u"admin"_s), u"p"_s, u"sales"_s, u"Pat"_s);
    }));
    // A team member already tied to another login keeps it.
    QVERIFY(refused([&] { ServerSetup::addUser(*m_admin, login(u"x"_s), u"p"_s, u"sales"_s, u"Anna"_s); }));
    QVERIFY(!m_admin->scalar(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {login(u"x"_s)}).isValid());
    QVERIFY(refused([&] { ServerSetup::setRole(*m_admin, login(u"nobody"_s), u"sales"_s); }));
    // Only the owner of the tables sets up roles.
    std::unique_ptr<Database> mia = openAs(u"mia"_s);
    QVERIFY(refused([&] { ServerSetup::initialise(*mia); }));
    QVERIFY(refused([&] { ServerSetup::addUser(*mia, login(u"y"_s), u"p"_s, u"admin"_s, u"Y"_s); }));
    // And only on PostgreSQL.
    std::unique_ptr<Database> sqlite
        = test::TestDatabase::create(QString::fromLatin1(test::TestDatabase::Sqlite));
    QVERIFY(refused([&] { ServerSetup::initialise(*sqlite); }));
    QVERIFY(!ServerSetup::isInitialised(*sqlite));
}

void tst_ServerRoles::passwordsAreStoredAsScramSecrets()
{
    const QString who = login(u"pat"_s);
    const QString password = u"correct horse battery staple"_s;
    try {
        ServerSetup::addUser(*m_admin, who, password, u"sales"_s, u"Pat"_s);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(describe(error)));
    }
    QVERIFY(m_admin->scalar(u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, {who})
                .toString()
                .startsWith(u"SCRAM-SHA-256$4096:"_s));

    // The test server trusts local connections; ask this one login for its password.
    const QString hbaPath = m_admin->scalar(u"SHOW hba_file"_s).toString();
    QFile hba(hbaPath);
    if (!hba.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(u"Cannot read %1 to require a password"_s.arg(hbaPath)));
    const QByteArray original = hba.readAll();
    hba.close();
    const auto writeHba = [&](const QByteArray &content) {
        QFile out(hbaPath);
        const bool written
            = out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(content) == content.size();
        out.close();
        m_admin->run(u"SELECT pg_reload_conf()"_s);
        return written;
    };
    if (!writeHba("host all \"" + who.toUtf8() + "\" 127.0.0.1/32 scram-sha-256\n" + original))
        QSKIP(qPrintable(u"Cannot write %1 to require a password"_s.arg(hbaPath)));
    const auto connect = [&](const QString &with) {
        ConnectionSpec spec = PgServer::instance().spec(m_dbName);
        spec.user = who;
        spec.password = with;
        return !storeErrorFrom([&] { Database::open(spec); });
    };
    // The server reloads its configuration on its own time.
    QDeadlineTimer deadline(10'000);
    while (connect(u"wrong"_s) && !deadline.hasExpired())
        QThread::msleep(100);
    const bool wrongRefused = !connect(u"wrong"_s);
    const bool rightAccepted = connect(password);
    // A password changed later, also in clear (non-ASCII, hashed by the server).
    try {
        ServerSetup::setPassword(*m_admin, who, u"пароль-2"_s);
    } catch (const StoreError &error) {
        writeHba(original);
        QFAIL(qPrintable(describe(error)));
    }
    const bool changedAccepted = connect(u"пароль-2"_s);
    const bool oldRefused = !connect(password);
    writeHba(original);
    QVERIFY(wrongRefused);
    QVERIFY(rightAccepted);
    QVERIFY(changedAccepted);
    QVERIFY(oldRefused);
}

QTEST_GUILESS_MAIN(tst_ServerRoles)
#include "tst_serverroles.moc"
