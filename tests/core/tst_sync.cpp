#include "leads/leadstore.h"
#include "leadtesting.h"
#include "pgserver.h"
#include "privacy/privacy.h"
#include "server/serversetup.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "sync/replica.h"
#include "sync/syncschema.h"
#include "sync/syncsession.h"
#include "synctesting.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::describe;
using loopline::test::firstDifference;
using loopline::test::PgServer;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

namespace {

// Thrown by a fault hook to stop a sync at a chosen point, as a lost connection does.
struct Cut
{
};

} // namespace

// Sync of SQLite replicas with a team server on a real private PostgreSQL: the change
// log, a round trip, per-field last-writer-wins with a conflict list, tombstones, a push
// whose answer is lost, a download cut and resumed, and a randomised convergence test.
class tst_Sync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_server;
    ConnectionSpec m_serverSpec;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>(1'780'000'000'000);

    std::unique_ptr<Database> newReplica(const QString &user)
    {
        return test::newReplica(m_serverSpec, user, m_clock);
    }

    std::unique_ptr<Database> serverConnection()
    {
        auto db = Database::open(m_serverSpec);
        db->setClock(m_clock);
        return db;
    }

    // Syncs until done; a sync cut by the fault hook is retried on a new connection.
    SyncSession::Result syncFully(Database &replica, const std::function<void(const char *)> &hook = {})
    {
        QString lastError;
        for (int attempt = 0; attempt < 50; ++attempt) {
            auto server = serverConnection();
            SyncSession session(replica, *server);
            session.setBatchSize(7);
            if (attempt < 3)
                session.setFaultHook(hook);
            try {
                return session.run();
            } catch (const Cut &) {
            } catch (const StoreError &error) {
                lastError = describe(error);
            }
        }
        qFatal("sync did not finish: %s", qPrintable(lastError));
    }

    ConnectionSpec loginSpec(const QString &login, const QString &password) const
    {
        ConnectionSpec spec = m_serverSpec;
        spec.user = login;
        spec.password = password;
        return spec;
    }

    // One sync of the replica through a connection of the given server login.
    SyncSession::Result syncAs(Database &replica, const ConnectionSpec &login)
    {
        auto server = Database::open(login);
        server->setClock(m_clock);
        return SyncSession(replica, *server).run();
    }

    void verifyEqualToServer(const Database &replica)
    {
        const QString difference = firstDifference(replica, *m_server);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    static Contact person(const QString &last, const QString &email)
    {
        Contact c;
        c.firstName = u"Anna"_s;
        c.lastName = last;
        c.emails = {EmailAddress {u"work"_s, email}};
        c.phones = {PhoneNumber {u"mobile"_s, u"+4930123456"_s}};
        return c;
    }

private Q_SLOTS:
    void init()
    {
        if (PgServer::disabledByEnvironment())
            QSKIP("PostgreSQL tests are disabled by LOOPLINE_TEST_SKIP_POSTGRES=1");
        try {
            m_serverSpec = TestDatabase::emptySpec(QString::fromLatin1(TestDatabase::Postgres));
            m_server = serverConnection();
            m_server->setCurrentUser(u"manager"_s);
        } catch (const StoreError &error) {
            QFAIL(qPrintable(describe(error)));
        }
    }
    void cleanup() { m_server.reset(); }

    void changeLogCapturesEveryLocalChange()
    {
        auto replica = newReplica(u"rep"_s);
        QVERIFY(Replica(*replica).isReplica());
        QCOMPARE(Replica(*replica).pendingChanges(), 0);
        ContactStore store(*replica);
        const QString id = store.create(person(u"Ivanova"_s, u"anna@example.com"_s));
        QCOMPARE(stringColumn(*replica, u"SELECT field FROM sync_outbox WHERE entity = 'contacts'"_s),
            QStringList {u"+"_s});
        QCOMPARE(stringColumn(*replica, u"SELECT row_key FROM sync_outbox WHERE entity = 'contact_emails'"_s),
            QStringList {id + u"|0"_s});
        replica->run(u"DELETE FROM sync_outbox"_s);
        Contact c = *store.get(id);
        c.lastName = u"Petrova"_s;
        store.update(c);
        const QStringList fields = stringColumn(
            *replica, u"SELECT field FROM sync_outbox WHERE entity = 'contacts' ORDER BY seq"_s);
        QVERIFY2(fields.contains(u"last_name"_s), qPrintable(fields.join(u',')));
        QVERIFY(!fields.contains(u"first_name"_s)); // unchanged fields are not logged
        QCOMPARE(replica->scalar(u"SELECT value FROM sync_outbox WHERE field = 'last_name'"_s).toString(),
            u"Petrova"_s);
        const qint64 first = replica->scalar(u"SELECT MIN(hlc) FROM sync_outbox"_s).toLongLong();
        store.remove(id);
        QCOMPARE(
            replica->scalar(u"SELECT COUNT(*) FROM sync_outbox WHERE entity = 'contacts' AND field = '*'"_s)
                .toInt(),
            1);
        QVERIFY(replica->scalar(u"SELECT MAX(hlc) FROM sync_outbox"_s).toLongLong() > first);
        // Writes made while applying a sync are not logged again.
        replica->run(u"DELETE FROM sync_outbox"_s);
        replica->run(u"UPDATE sync_state SET applying = 1"_s);
        Company acme;
        acme.name = u"Acme"_s;
        CompanyStore(*replica).create(acme);
        replica->run(u"UPDATE sync_state SET applying = 0"_s);
        QCOMPARE(Replica(*replica).pendingChanges(), 0);
    }

    void roundTripBetweenReplicasAndServer()
    {
        auto a = newReplica(u"anna"_s);
        auto b = newReplica(u"boris"_s);
        Company acme;
        acme.name = u"Acme"_s;
        const QString companyId = CompanyStore(*a).create(acme);
        Contact c = person(u"Ivanova"_s, u"anna@acme.example"_s);
        c.companyId = companyId;
        const QString contactId = ContactStore(*a).create(c);
        const auto pushed = syncFully(*a);
        QVERIFY(pushed.pushed > 0);
        QCOMPARE(pushed.rejected, 0);
        QCOMPARE(m_server->scalar(u"SELECT last_name FROM contacts WHERE id = ?"_s, {contactId}).toString(),
            u"Ivanova"_s);

        const auto pulled = syncFully(*b);
        QVERIFY(pulled.downloaded > 0);
        const auto got = ContactStore(*b).get(contactId);
        QVERIFY(got);
        QCOMPARE(got->companyId, companyId);
        QCOMPARE(got->primaryEmail(), u"anna@acme.example"_s);

        // An edit on B reaches A; an edit on the server (direct mode) reaches both.
        Contact edited = *got;
        edited.jobTitle = u"CTO"_s;
        ContactStore(*b).update(edited);
        syncFully(*b);
        syncFully(*a);
        QCOMPARE(ContactStore(*a).get(contactId)->jobTitle, u"CTO"_s);
        Contact direct = *ContactStore(*m_server).get(contactId);
        direct.notes = u"Met at the fair"_s;
        ContactStore(*m_server).update(direct);
        syncFully(*a);
        syncFully(*b);
        QCOMPARE(ContactStore(*a).get(contactId)->notes, u"Met at the fair"_s);
        QCOMPARE(ContactStore(*b).get(contactId)->notes, u"Met at the fair"_s);
        verifyEqualToServer(*a);
        verifyEqualToServer(*b);
        QCOMPARE(Replica(*a).pendingChanges(), 0);
        QVERIFY(Replica(*a).lastSync().isValid());
    }

    void concurrentEditsOfOneFieldAreListedAsConflicts()
    {
        auto a = newReplica(u"anna"_s);
        auto b = newReplica(u"boris"_s);
        const QString id = ContactStore(*a).create(person(u"Smith"_s, u"s@example.com"_s));
        syncFully(*a);
        syncFully(*b);
        // Both edit the job title offline; B's edit is later (and so is its updated_at,
        // which is bookkeeping and not listed).
        m_clock->advanceMs(1000);
        Contact onA = *ContactStore(*a).get(id);
        onA.jobTitle = u"Buyer"_s;
        ContactStore(*a).update(onA);
        QTest::qWait(5);
        m_clock->advanceMs(1000);
        Contact onB = *ContactStore(*b).get(id);
        onB.jobTitle = u"Head of purchasing"_s;
        onB.notes = u"Prefers e-mail"_s; // not edited on A: no conflict
        ContactStore(*b).update(onB);
        syncFully(*b);
        syncFully(*a);
        syncFully(*b);
        for (Database *db : {a.get(), b.get(), m_server.get()})
            QCOMPARE(ContactStore(*db).get(id)->jobTitle, u"Head of purchasing"_s);
        QCOMPARE(ContactStore(*a).get(id)->notes, u"Prefers e-mail"_s);
        for (Database *db : {a.get(), b.get(), m_server.get()}) {
            const QStringList conflicts = stringColumn(*db,
                u"SELECT field || ':' || kept_value || ':' || other_value FROM sync_conflicts WHERE row_key "
                u"= ? "
                "AND entity = 'contacts'"_s,
                {id});
            QCOMPARE(conflicts, QStringList {u"job_title:Head of purchasing:Buyer"_s});
        }
        verifyEqualToServer(*a);
        verifyEqualToServer(*b);
    }

    void laterEditToTheSameValueTakesTheClock()
    {
        auto a = newReplica(u"anna"_s);
        auto b = newReplica(u"boris"_s);
        const QString id = ContactStore(*a).create(person(u"Same"_s, u"same@example.com"_s));
        syncFully(*a);
        syncFully(*b);
        for (Database *db : {a.get(), b.get()}) {
            m_clock->advanceMs(1000);
            Contact c = *ContactStore(*db).get(id);
            c.jobTitle = u"Buyer"_s;
            ContactStore(*db).update(c);
            QTest::qWait(5);
        }
        syncFully(*a);
        syncFully(*b); // the same value, later: the server keeps B's clock, not A's
        const QString origin = m_server
                                   ->scalar(u"SELECT origin FROM sync_clock WHERE entity = 'contacts' AND "
                                            "row_key = ? AND field = 'job_title'"_s,
                                       {id})
                                   .toString();
        QCOMPARE(origin, Replica(*b).origin());
        // Equal values are no conflict.
        QCOMPARE(
            m_server->scalar(u"SELECT COUNT(*) FROM sync_conflicts WHERE field = 'job_title'"_s).toInt(), 0);
    }

    // A change made on the server itself is stamped with the server's clock as it is, not
    // the cap for pushed clocks a day ahead: a laptop's later edit of the field wins.
    void directEditKeepsTheServerClockNow()
    {
        auto a = newReplica(u"anna"_s);
        const QString id = ContactStore(*m_server).create(person(u"Direct"_s, u"direct@example.com"_s));
        syncFully(*a);
        const qint64 limit = (QDateTime::currentMSecsSinceEpoch() + 60'000) << 16;
        QVERIFY(m_server->scalar(u"SELECT hlc FROM sync_server"_s).toLongLong() < limit);
        QVERIFY(m_server->scalar(u"SELECT MAX(hlc) FROM sync_clock WHERE row_key = ?"_s, {id}).toLongLong()
            < limit);

        Contact onServer = *ContactStore(*m_server).get(id);
        onServer.jobTitle = u"Set at the office"_s;
        ContactStore(*m_server).update(onServer);
        QTest::qWait(5);
        Contact onLaptop = *ContactStore(*a).get(id);
        onLaptop.jobTitle = u"Set later on the laptop"_s;
        ContactStore(*a).update(onLaptop);
        syncFully(*a);
        QCOMPARE(ContactStore(*m_server).get(id)->jobTitle, u"Set later on the laptop"_s);
        QCOMPARE(ContactStore(*a).get(id)->jobTitle, u"Set later on the laptop"_s);
        verifyEqualToServer(*a);
    }

    void deletedRecordIsNotBroughtBackByAnOfflineEdit()
    {
        auto a = newReplica(u"anna"_s);
        auto b = newReplica(u"boris"_s);
        const QString id = ContactStore(*a).create(person(u"Gone"_s, u"gone@example.com"_s));
        syncFully(*a);
        syncFully(*b);
        ContactStore(*a).remove(id);
        QTest::qWait(5);
        Contact edited = *ContactStore(*b).get(id);
        edited.jobTitle = u"Edited later, offline"_s;
        ContactStore(*b).update(edited);
        syncFully(*a);
        syncFully(*b);
        syncFully(*a);
        for (Database *db : {a.get(), b.get(), m_server.get()}) {
            QVERIFY(!ContactStore(*db).get(id));
            QCOMPARE(
                db->scalar(u"SELECT COUNT(*) FROM contact_emails WHERE contact_id = ?"_s, {id}).toInt(), 0);
        }
        verifyEqualToServer(*a);
        verifyEqualToServer(*b);
    }

    void erasureHoldsOnEveryReplica()
    {
        auto a = newReplica(u"dpo"_s);
        auto b = newReplica(u"boris"_s);
        const QString id = ContactStore(*a).create(person(u"Private"_s, u"p@example.com"_s));
        syncFully(*a);
        syncFully(*b);
        Privacy(*a).erase(id, u"Asked to be forgotten"_s);
        Contact edited = *ContactStore(*b).get(id);
        edited.notes = u"Called again"_s;
        ContactStore(*b).update(edited);
        syncFully(*b);
        syncFully(*a);
        syncFully(*b);
        for (Database *db : {a.get(), b.get(), m_server.get()}) {
            QVERIFY(!ContactStore(*db).get(id));
            QVERIFY(Privacy(*db).isErased(u"contact"_s, id));
        }
        verifyEqualToServer(*a);
        verifyEqualToServer(*b);
    }

    void pushWhoseAnswerIsLostIsNotAppliedTwice()
    {
        auto a = newReplica(u"anna"_s);
        const QString id = ContactStore(*a).create(person(u"Once"_s, u"once@example.com"_s));
        {
            auto server = serverConnection();
            SyncSession session(*a, *server);
            session.setFaultHook([](const char *point) {
                if (qstrcmp(point, "push-committed") == 0)
                    throw Cut {};
            });
            QVERIFY_THROWS_EXCEPTION(Cut, session.run());
        }
        QVERIFY(Replica(*a).pendingChanges() > 0); // the server took it, but we did not hear
        const qint64 clocks = m_server->scalar(u"SELECT MAX(server_seq) FROM sync_clock"_s).toLongLong();
        const auto again = syncFully(*a);
        QCOMPARE(again.rejected, 0);
        QCOMPARE(Replica(*a).pendingChanges(), 0);
        // Nothing was applied a second time: no new server change came from the retry.
        QCOMPARE(m_server->scalar(u"SELECT MAX(server_seq) FROM sync_clock"_s).toLongLong(), clocks);
        QCOMPARE(m_server->scalar(u"SELECT COUNT(*) FROM contacts WHERE id = ?"_s, {id}).toInt(), 1);
        verifyEqualToServer(*a);
    }

    void cutPushRollsBackAndIsRetried()
    {
        auto a = newReplica(u"anna"_s);
        for (int i = 0; i < 20; ++i)
            ContactStore(*a).create(person(u"Bulk%1"_s.arg(i), u"b%1@example.com"_s.arg(i)));
        int applied = 0;
        syncFully(*a, [&applied](const char *point) {
            if (qstrcmp(point, "push-applied") == 0 && ++applied == 5)
                throw Cut {};
        });
        QCOMPARE(m_server->scalar(u"SELECT COUNT(*) FROM contacts"_s).toInt(), 20);
        verifyEqualToServer(*a);
    }

    void firstDownloadResumesAfterACut()
    {
        for (int i = 0; i < 60; ++i)
            ContactStore(*m_server).create(person(u"Server%1"_s.arg(i), u"s%1@example.com"_s.arg(i)));
        auto a = newReplica(u"anna"_s);
        int pages = 0;
        QList<qint64> progress;
        {
            auto server = serverConnection();
            SyncSession session(*a, *server);
            session.setBatchSize(10);
            session.setFaultHook([&pages, &a](const char *point) {
                // Cut once part of the contacts is here.
                if (qstrcmp(point, "download-applied") == 0 && ++pages > 1
                    && a->scalar(u"SELECT COUNT(*) FROM contacts"_s).toInt() >= 20)
                    throw Cut {};
            });
            QVERIFY_THROWS_EXCEPTION(Cut, session.run([&progress](const SyncSession::Progress &p) {
                progress << p.done;
                return true;
            }));
        }
        QVERIFY(!Replica(*a).downloaded());
        const int partial = a->scalar(u"SELECT COUNT(*) FROM contacts"_s).toInt();
        QVERIFY(partial > 0 && partial < 60);
        // The contacts are being filled without their secondary indexes and search triggers.
        const QString contactsSchema = u"SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'contacts'"_s;
        QVERIFY(a->scalar(u"SELECT COUNT(*) FROM deferred_schema WHERE tbl = 'contacts'"_s).toInt() > 5);
        const auto fresh = newReplica(u"bob"_s);
        QVERIFY(a->scalar(contactsSchema).toInt() < fresh->scalar(contactsSchema).toInt());
        // Meanwhile the server changes: a contact already downloaded is edited.
        const QString firstId = m_server->scalar(u"SELECT id FROM contacts ORDER BY id LIMIT 1"_s).toString();
        Contact edited = *ContactStore(*m_server).get(firstId);
        edited.jobTitle = u"Changed during the download"_s;
        ContactStore(*m_server).update(edited);
        const auto rest = syncFully(*a);
        QVERIFY(rest.downloaded > 0);
        QVERIFY(Replica(*a).downloaded());
        QCOMPARE(a->scalar(u"SELECT COUNT(*) FROM contacts"_s).toInt(), 60);
        QCOMPARE(ContactStore(*a).get(firstId)->jobTitle, u"Changed during the download"_s);
        QVERIFY(progress.size() >= 3);
        verifyEqualToServer(*a);
        // Every index and trigger is back, and the search finds every contact.
        const QString schema = u"SELECT group_concat(type || ' ' || name || ': ' || sql, '\n') FROM "
                               "(SELECT * FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name)"_s;
        QCOMPARE(a->scalar(schema).toString(), fresh->scalar(schema).toString());
        QCOMPARE(a->scalar(u"SELECT COUNT(*) FROM deferred_schema"_s).toInt(), 0);
        QCOMPARE(
            a->scalar(u"SELECT COUNT(*) FROM contacts_fts WHERE contacts_fts MATCH 'server*'"_s).toInt(), 60);
        QVERIFY_THROWS_NO_EXCEPTION(
            a->run(u"INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')"_s));
    }

    // With the server's roles set up, a sales rep's replica holds only what the rep may see,
    // edits of it reach the server, a crafted change to someone else's record is refused
    // and undone locally, and a deal given to another rep leaves the replica.
    void replicaOfARepHoldsOnlyWhatTheRepMaySee()
    {
        ServerSetup::initialise(*m_server);
        const QString anna = m_serverSpec.database + u"_anna"_s;
        ServerSetup::addUser(*m_server, anna, u"secret-anna"_s, u"sales"_s, u"Anna"_s);
        ServerSetup::addUser(
            *m_server, m_serverSpec.database + u"_boris"_s, u"secret-boris"_s, u"sales"_s, u"Boris"_s);
        const auto deal = [this](const QString &title, const QString &owner) {
            Deal d;
            d.title = title;
            d.owner = owner;
            d.valueMinor = 100'000;
            d.stageId = DealStore(*m_server).stages().value(0).id;
            return DealStore(*m_server).create(d);
        };
        const QString annas = deal(u"Anna's renewal"_s, u"Anna"_s);
        const QString boris = deal(u"Boris's tender"_s, u"Boris"_s);

        const ConnectionSpec annaSpec = loginSpec(anna, u"secret-anna"_s);
        auto replica = newReplica(u"Anna"_s);
        Replica(*replica).setMember(u"Anna"_s);
        const auto syncAsAnna = [&] { return syncAs(*replica, annaSpec); };
        syncAsAnna();
        QVERIFY(DealStore(*replica).get(annas));
        QVERIFY(!DealStore(*replica).get(boris));
        QCOMPARE(replica->scalar(u"SELECT COUNT(*) FROM deals"_s).toInt(), 1);

        // Her own work goes up.
        Deal mine = *DealStore(*replica).get(annas);
        mine.title = u"Anna's renewal, 3 years"_s;
        DealStore(*replica).update(mine);
        Deal added;
        added.title = u"Made on the train"_s;
        added.owner = u"Anna"_s;
        added.stageId = mine.stageId;
        const QString addedId = DealStore(*replica).create(added);
        // A hand-made row claiming to be Boris's is refused by the server and taken back.
        replica->run(u"INSERT INTO deals (id, title, stage_id, owner, created_at, updated_at) "
                     "VALUES ('forged', 'Not mine', ?, 'Boris', 0, 0)"_s,
            {mine.stageId});
        const auto result = syncAsAnna();
        QCOMPARE(result.rejected, 1);
        QVERIFY2(stringColumn(*replica, u"SELECT reason FROM sync_rejected"_s)
                     .value(0)
                     .contains(u"does not allow"_s),
            qPrintable(stringColumn(*replica, u"SELECT reason FROM sync_rejected"_s).join(u';')));
        QVERIFY(!DealStore(*replica).get(u"forged"_s));
        QVERIFY(!DealStore(*m_server).get(u"forged"_s));
        QCOMPARE(DealStore(*m_server).get(annas)->title, u"Anna's renewal, 3 years"_s);
        QCOMPARE(DealStore(*m_server).get(addedId)->owner, u"Anna"_s);

        // Given to Boris on the server: gone from her replica at the next sync.
        Deal moved = *DealStore(*m_server).get(annas);
        moved.owner = u"Boris"_s;
        DealStore(*m_server).update(moved);
        syncAsAnna();
        QVERIFY(!DealStore(*replica).get(annas));
        QVERIFY(DealStore(*replica).get(addedId));
        // What she may see is exactly what her replica holds.
        auto asAnna = Database::open(annaSpec);
        const QString difference = firstDifference(*replica, *asAnna);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // What others pushed is not hers to read or move: she cannot make their replicas skip.
        m_server->run(
            u"INSERT INTO sync_received (login, origin, last_seq) VALUES ('someone', 'their-laptop', 5)"_s);
        QCOMPARE(
            asAnna->scalar(u"SELECT COUNT(*) FROM sync_received WHERE origin = 'their-laptop'"_s).toInt(), 0);
        QCOMPARE(asAnna->run(u"UPDATE sync_received SET last_seq = 999999 WHERE origin = 'their-laptop'"_s)
                     .numRowsAffected(),
            0);
        QVERIFY(test::storeErrorFrom([&] {
            asAnna->run(u"INSERT INTO sync_received (login, origin, last_seq) VALUES ('someone', 'x', 1)"_s);
        }));
        QCOMPARE(
            m_server->scalar(u"SELECT last_seq FROM sync_received WHERE origin = 'their-laptop'"_s).toInt(),
            5);
        // Nor can she stamp an edit with a clock far in the future to win over every later one.
        {
            Transaction tx(*asAnna);
            asAnna->run(u"SELECT set_config('loopline.hlc', ?, true)"_s, {QString::number(qint64(1) << 62)});
            asAnna->run(u"UPDATE deals SET notes = 'forever mine' WHERE id = ?"_s, {addedId});
            tx.commit();
        }
        const qint64 stamped
            = m_server
                  ->scalar(u"SELECT hlc FROM sync_clock WHERE entity = 'deals' AND row_key = ? "
                           "AND field = 'notes'"_s,
                      {addedId})
                  .toLongLong();
        // Nor pass her changes off as another person's replica.
        m_server->run(u"INSERT INTO sync_origins (origin, login) VALUES ('their-laptop', 'someone')"_s);
        const auto spoofed = test::storeErrorFrom([&] {
            Transaction tx(*asAnna);
            asAnna->run(u"SELECT set_config('loopline.origin', 'their-laptop', true)"_s);
            asAnna->run(u"UPDATE deals SET notes = 'not from me' WHERE id = ?"_s, {addedId});
            tx.commit();
        });
        QVERIFY(spoofed);
        QCOMPARE(spoofed->code(), u"42501"_s);
        QVERIFY(stamped > 0);
        QVERIFY(stamped <= (QDateTime::currentMSecsSinceEpoch() + 86'400'000 + 60'000) << 16);
    }

    // An SDR's laptop holds the lead queue and nothing of sales: no deals, no contacts. The
    // lead he takes and works offline reaches the server, and a lead a colleague takes and
    // hands to sales meanwhile leaves his replica.
    void replicaOfAnSdrHoldsTheQueue()
    {
        ServerSetup::initialise(*m_server);
        const QString sam = m_serverSpec.database + u"_sam"_s;
        ServerSetup::addUser(*m_server, sam, u"secret-sam"_s, u"sdr"_s, u"Sam"_s);
        ServerSetup::addUser(
            *m_server, m_serverSpec.database + u"_sue"_s, u"secret-sue"_s, u"sdr"_s, u"Sue"_s);
        LeadStore serverLeads(*m_server);
        const QString first = serverLeads.create(test::lead(u"Queued"_s));
        const QString second = serverLeads.create(test::lead(u"AlsoQueued"_s));
        Deal d;
        d.title = u"Not for SDRs"_s;
        d.owner = u"manager"_s;
        d.stageId = DealStore(*m_server).stages().value(0).id;
        DealStore(*m_server).create(d);
        ContactStore(*m_server).create(person(u"Customer"_s, u"customer@example.com"_s));

        const ConnectionSpec samSpec = loginSpec(sam, u"secret-sam"_s);
        auto replica = newReplica(u"Sam"_s);
        Replica(*replica).setMember(u"Sam"_s);
        const auto syncAsSam = [&] { return syncAs(*replica, samSpec); };
        syncAsSam();
        QVERIFY(Replica(*replica).downloaded());
        QCOMPARE(replica->scalar(u"SELECT COUNT(*) FROM leads"_s).toInt(), 2);
        QCOMPARE(replica->scalar(u"SELECT COUNT(*) FROM deals"_s).toInt(), 0);
        QCOMPARE(replica->scalar(u"SELECT COUNT(*) FROM contacts"_s).toInt(), 0);

        // Offline, he takes the first lead; Sue takes the second on the server.
        LeadStore(*replica).take(first, u"Sam"_s);
        Lead noted = *LeadStore(*replica).get(first);
        noted.notes = u"Called, will send the deck"_s;
        LeadStore(*replica).update(noted);
        serverLeads.take(second, u"Sue"_s);
        // ...and hands it to sales (a trade-show lead goes there at once).
        m_server->run(u"UPDATE leads SET handoff = 'sales' WHERE id = ?"_s, {second});
        const auto result = syncAsSam();
        QCOMPARE(result.rejected, 0);
        QCOMPARE(LeadStore(*m_server).get(first)->sdr, u"Sam"_s);
        QCOMPARE(LeadStore(*m_server).get(first)->notes, u"Called, will send the deck"_s);
        QVERIFY(!LeadStore(*replica).get(second));
        auto asSam = Database::open(samSpec);
        const QString difference = firstDifference(*replica, *asSam);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Five replicas and the server make a thousand random creates, edits, deletes and
    // erasures, syncing in random order with connections cut at random points (the
    // server ends the backend mid-push or mid-pull). In the end every replica equals
    // the server, every record created and not deleted is there, and every pair of
    // concurrent edits of one field that kept different values is in the conflict list.
    void randomisedConvergence()
    {
        const quint32 seed = qEnvironmentVariableIsSet("LOOPLINE_SYNC_SEED")
            ? qEnvironmentVariable("LOOPLINE_SYNC_SEED").toUInt()
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (set LOOPLINE_SYNC_SEED to repeat)", seed);
        QRandomGenerator random(seed);
        const auto failed = qScopeGuard([seed] {
            if (QTest::currentTestFailed())
                qWarning("randomisedConvergence failed with seed %u (LOOPLINE_SYNC_SEED=%u)", seed, seed);
        });

        constexpr int kReplicas = 5;
        constexpr int kOperations = 1000;
        std::vector<std::unique_ptr<Database>> replicas;
        for (int i = 0; i < kReplicas; ++i)
            replicas.push_back(newReplica(u"rep%1"_s.arg(i)));
        QSet<QString> created;
        QSet<QString> deleted;
        int cuts = 0;
        const auto terminateBackends = [this, &random, &cuts](const char *point) {
            if (random.bounded(40) != 0 || qstrcmp(point, "push-committed") == 0)
                return;
            ++cuts;
            m_server->run(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                          "current_database() AND pid <> pg_backend_pid()"_s);
        };
        const auto syncOne = [&](Database &replica) {
            // One attempt, which may be cut; retried by a later round.
            auto server = serverConnection();
            SyncSession session(replica, *server);
            session.setBatchSize(1 + int(random.bounded(20)));
            session.setFaultHook(terminateBackends);
            try {
                session.run();
            } catch (const StoreError &) {
            }
        };
        const auto anyContact = [&](Database &db) -> QString {
            const QStringList ids = stringColumn(db, u"SELECT id FROM contacts ORDER BY id"_s);
            return ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
        };
        const QStringList titles = {u"CEO"_s, u"CTO"_s, u"Buyer"_s, u"Engineer"_s, u"Head of sales"_s};

        // Every 20 operations two replicas edit one contact's job title without syncing in
        // between: the pair must end up in the conflict list.
        QList<QString> concurrentlyEdited;
        const auto editConcurrently = [&](int op) {
            const int first = int(random.bounded(kReplicas));
            const int second = (first + 1 + int(random.bounded(kReplicas - 1))) % kReplicas;
            const QStringList onFirst = stringColumn(*replicas.at(first), u"SELECT id FROM contacts"_s);
            const QStringList onSecond = stringColumn(*replicas.at(second), u"SELECT id FROM contacts"_s);
            QStringList both;
            for (const QString &id : onFirst) {
                if (onSecond.contains(id))
                    both << id;
            }
            if (both.isEmpty())
                return;
            // A contact picked at random, so that the pairs are spread over many contacts
            // and some outlive the random deletions.
            const QString id = both.at(random.bounded(int(both.size())));
            for (const int who : {first, second}) {
                Contact c = *ContactStore(*replicas.at(who)).get(id);
                c.jobTitle = u"Concurrent %1 on %2"_s.arg(op).arg(who);
                ContactStore(*replicas.at(who)).update(c);
            }
            concurrentlyEdited << id;
        };

        // Deletions spare the contacts of those pairs, so that every pair is checked at the end.
        const auto anyContactToDelete = [&](Database &db) -> QString {
            QStringList ids = stringColumn(db, u"SELECT id FROM contacts ORDER BY id"_s);
            ids.removeIf([&](const QString &id) { return concurrentlyEdited.contains(id); });
            return ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
        };

        for (int op = 0; op < kOperations; ++op) {
            if (op % 20 == 19)
                editConcurrently(op);
            const int who = int(random.bounded(kReplicas + 1)); // kReplicas: the server itself
            Database &db = who == kReplicas ? *m_server : *replicas.at(who);
            const int dice = int(random.bounded(100));
            try {
                if (dice < 25) {
                    created.insert(
                        ContactStore(db).create(person(u"P%1"_s.arg(op), u"p%1@example.com"_s.arg(op))));
                } else if (dice < 70) {
                    const QString id = anyContact(db);
                    if (id.isEmpty())
                        continue;
                    Contact c = *ContactStore(db).get(id);
                    if (dice < 50)
                        c.jobTitle = titles.at(random.bounded(int(titles.size())));
                    else if (dice < 60)
                        c.notes = u"note %1"_s.arg(op);
                    else
                        c.emails = {EmailAddress {u"work"_s, u"n%1@example.com"_s.arg(op)}};
                    ContactStore(db).update(c);
                } else if (dice < 78) {
                    const QString id = anyContactToDelete(db);
                    if (id.isEmpty())
                        continue;
                    ContactStore(db).remove(id);
                    deleted.insert(id);
                } else if (dice < 81) {
                    const QString id = anyContactToDelete(db);
                    if (id.isEmpty())
                        continue;
                    Privacy(db).erase(id, u"random erasure"_s);
                    deleted.insert(id);
                } else if (dice < 86) {
                    Deal deal;
                    deal.title = u"Deal %1"_s.arg(op);
                    deal.valueMinor = 1000 * op;
                    deal.stageId
                        = db.scalar(u"SELECT id FROM deal_stages ORDER BY position LIMIT 1"_s).toString();
                    const QString contact = anyContact(db);
                    if (!contact.isEmpty())
                        deal.contactIds = {contact};
                    DealStore(db).create(deal);
                } else if (who != kReplicas) {
                    syncOne(*replicas.at(who));
                }
            } catch (const StoreError &error) {
                QFAIL(qPrintable(u"operation %1 on %2: %3"_s.arg(op).arg(who).arg(describe(error))));
            }
            m_clock->advanceMs(1000);
        }
        // Settle: everyone pushes, then everyone pulls what the others pushed.
        for (int round = 0; round < 2; ++round) {
            for (auto &replica : replicas)
                syncFully(*replica);
        }
        qInfo("%d connections cut, %lld contacts created, %lld deleted, %d conflicts", cuts,
            qint64(created.size()), qint64(deleted.size()),
            m_server->scalar(u"SELECT COUNT(*) FROM sync_conflicts"_s).toInt());
        QVERIFY(cuts > 0);
        for (auto &replica : replicas) {
            QCOMPARE(Replica(*replica).pendingChanges(), 0);
            for (const QString &r : stringColumn(
                     *replica, u"SELECT entity || '.' || field || ': ' || reason FROM sync_rejected"_s))
                qInfo().noquote() << "rejected:" << r;
            verifyEqualToServer(*replica);
        }
        const QStringList ids = stringColumn(*m_server, u"SELECT id FROM contacts"_s);
        const QSet<QString> alive(ids.cbegin(), ids.cend());
        QCOMPARE(alive, created - deleted);
        int checked = 0;
        for (const QString &id : std::as_const(concurrentlyEdited)) {
            if (!alive.contains(id))
                continue;
            ++checked;
            QVERIFY2(
                m_server->scalar(u"SELECT COUNT(*) FROM sync_conflicts WHERE entity = 'contacts' AND "
                                 "row_key = ? AND field = 'job_title'"_s,
                            {id})
                        .toInt()
                    > 0,
                qPrintable(u"no conflict listed for the concurrent edits of %1"_s.arg(id)));
        }
        qInfo("%d concurrent pairs checked in the conflict list", checked);
        // One pair every 20 operations on contacts the random deletions spare (a replica that
        // had deleted one before it was picked may still take it away): 27 to 45 in practice.
        QVERIFY2(checked >= 10, qPrintable(u"only %1 pairs were left to check"_s.arg(checked)));
    }
};

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
