#include "connect/connectdialog.h"
#include "mainwindow/mainwindow.h"
#include "pgserver.h"
#include "server/serversetup.h"
#include "store/connectionproblem.h"
#include "store/contactstore.h"
#include "sync/conflictsdialog.h"
#include "sync/conflictstore.h"
#include "sync/rejecteddialog.h"
#include "sync/replica.h"
#include "sync/synccontroller.h"
#include "sync/syncsession.h"
#include "synctesting.h"
#include "team/usersdialog.h"
#include "testdatabase.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace loopline;
using namespace loopline::test;

// Replica mode in the window: the Team menu and status bar, Sync now (F9) on a worker
// thread against a real private PostgreSQL, an unreachable server shown as offline, and
// the conflict list where a person takes the other value.
class TestSyncUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_server;
    ConnectionSpec m_serverSpec;
    std::unique_ptr<Database> m_replica;

    std::unique_ptr<Database> newReplica(const QString &user) { return test::newReplica(m_serverSpec, user); }
    void syncDirectly(Database &replica)
    {
        auto server = Database::open(m_serverSpec);
        SyncSession(replica, *server).run();
    }
    static void screenshot(QWidget &widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("LOOPLINE_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(widget.grab().save(dir + u"/"_s + name));
    }

private Q_SLOTS:
    void init()
    {
        if (PgServer::disabledByEnvironment())
            QSKIP("PostgreSQL tests are disabled by LOOPLINE_TEST_SKIP_POSTGRES=1");
        try {
            m_serverSpec = TestDatabase::emptySpec(QString::fromLatin1(TestDatabase::Postgres));
            m_server = Database::open(m_serverSpec);
            m_replica = newReplica(u"anna"_s);
        } catch (const StoreError &error) {
            QFAIL(qPrintable(describe(error)));
        }
    }
    void cleanup()
    {
        m_replica.reset();
        m_server.reset();
    }

    void syncNowBringsServerRecordsIntoTheWindow()
    {
        Contact c;
        c.firstName = u"Олена"_s;
        c.lastName = u"Server"_s;
        const QString id = ContactStore(*m_server).create(c);

        MainWindow window(*m_replica);
        SyncController controller(*m_replica, m_serverSpec);
        window.attachSync(&controller);
        window.resize(1100, 700);
        window.show();
        QVERIFY(window.syncNowAction());
        QCOMPARE(window.syncNowAction()->shortcut(), QKeySequence(Qt::Key_F9));
        auto *status = window.findChild<QLabel *>(u"syncStatus"_s);
        QVERIFY(status);
        QCOMPARE(status->text(), u"Not synced yet"_s); // nothing known of the server before a first try
        bool teamMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            teamMenu = teamMenu || menu->text() == u"&Team"_s;
        QVERIFY(teamMenu);

        QSignalSpy finished(&controller, &SyncController::finished);
        QSignalSpy progress(&controller, &SyncController::progress);
        window.syncNowAction()->trigger();
        QCOMPARE(controller.state(), SyncController::State::Syncing);
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(progress.size() > 0);
        QCOMPARE(controller.state(), SyncController::State::Idle);
        QVERIFY(ContactStore(*m_replica).get(id));
        QVERIFY2(status->text().startsWith(u"Online · synced"_s), qPrintable(status->text()));

        // A local edit waits to be sent, and the status says so.
        Contact mine;
        mine.firstName = u"Local"_s;
        mine.lastName = u"Edit"_s;
        ContactStore(*m_replica).create(mine);
        Q_EMIT controller.statusChanged();
        QVERIFY2(status->text().contains(u"change(s) to send"_s) || status->text().contains(u"to send"_s),
            qPrintable(status->text()));
        screenshot(window, u"replica-window.png"_s);
        window.syncNowAction()->trigger();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(Replica(*m_replica).pendingChanges(), 0);
        QCOMPARE(m_server->scalar(u"SELECT COUNT(*) FROM contacts WHERE last_name = 'Edit'"_s).toInt(), 1);
    }

    void unreachableServerShowsOffline()
    {
        ConnectionSpec down = m_serverSpec;
        down.port = 1; // nothing listens there
        SyncController controller(*m_replica, down);
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.syncNow();
        QVERIFY(finished.wait(30'000));
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(controller.state(), SyncController::State::Offline);
        QVERIFY(controller.statusText().startsWith(u"Offline"_s));
        QVERIFY(!controller.lastError().isEmpty());
    }

    void conflictListTakesTheOtherValue()
    {
        auto other = newReplica(u"boris"_s);
        Contact c;
        c.firstName = u"Anna"_s;
        c.lastName = u"Conflict"_s;
        const QString id = ContactStore(*m_replica).create(c);
        syncDirectly(*m_replica);
        syncDirectly(*other);
        Contact mine = *ContactStore(*m_replica).get(id);
        mine.jobTitle = u"Buyer"_s;
        ContactStore(*m_replica).update(mine);
        QTest::qWait(5);
        Contact theirs = *ContactStore(*other).get(id);
        theirs.jobTitle = u"Head of purchasing"_s;
        ContactStore(*other).update(theirs);
        syncDirectly(*other);
        syncDirectly(*m_replica);
        QCOMPARE(ContactStore(*m_replica).get(id)->jobTitle, u"Head of purchasing"_s);

        ConflictsDialog dialog(*m_replica);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.rowCount(), 1);
        auto *list = dialog.findChild<QTreeWidget *>();
        QVERIFY(list);
        QCOMPARE(list->topLevelItem(0)->text(0), u"Contact: Anna Conflict"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), u"Job title"_s);
        QVERIFY(list->topLevelItem(0)->text(2).startsWith(u"Head of purchasing"_s));
        QVERIFY(list->topLevelItem(0)->text(3).startsWith(u"Buyer"_s));
        screenshot(dialog, u"conflicts.png"_s);
        QSignalSpy changed(&dialog, &ConflictsDialog::recordsChanged);
        QTest::keyClick(&dialog, Qt::Key_U, Qt::ControlModifier);
        QTRY_COMPARE(changed.size(), 1); // a button's shortcut clicks it after its animation
        QCOMPARE(dialog.rowCount(), 0);
        QCOMPARE(ContactStore(*m_replica).get(id)->jobTitle, u"Buyer"_s);
        auto *stack = dialog.findChild<QStackedWidget *>();
        QVERIFY(qobject_cast<QLabel *>(stack->currentWidget())); // the empty state
        screenshot(dialog, u"conflicts-empty.png"_s);

        // The decision is an edit like any other: it reaches the server and the other
        // replica, and closes the conflict there too.
        syncDirectly(*m_replica);
        syncDirectly(*other);
        QCOMPARE(ContactStore(*other).get(id)->jobTitle, u"Buyer"_s);
        QCOMPARE(ConflictStore(*other).openCount(), 0);
        QCOMPARE(ConflictStore(*m_server).openCount(), 0);
    }

    void connectDialogExplainsEachProblem()
    {
        ConnectDialog dialog;
        dialog.show();
        ConnectionSpec spec = m_serverSpec;
        spec.options = u"sslmode=disable"_s;
        dialog.setSpec(spec);
        QPushButton *ok = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == u"&Connect"_s)
                ok = button;
        }
        QVERIFY(ok);
        QVERIFY(ok->isEnabled());
        screenshot(dialog, u"connect.png"_s);
        // The right server connects; the URL it keeps has no password.
        QVERIFY2(dialog.tryConnect(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(!dialog.spec().toUrl().contains(u"password"_s));

        ConnectionSpec down = spec;
        down.port = 1;
        dialog.setSpec(down);
        QVERIFY(!dialog.tryConnect());
        QVERIFY2(dialog.errorText().contains(u"does not answer"_s), qPrintable(dialog.errorText()));
        screenshot(dialog, u"connect-down.png"_s);

        ConnectionSpec missing = spec;
        missing.database = u"no_such_database"_s;
        dialog.setSpec(missing);
        QVERIFY(!dialog.tryConnect());
        QVERIFY2(dialog.errorText().contains(u"has no database"_s), qPrintable(dialog.errorText()));

        // The test server offers no TLS: requiring it fails with the TLS message.
        ConnectionSpec tls = spec;
        tls.options = u"sslmode=require"_s;
        dialog.setSpec(tls);
        QVERIFY(!dialog.tryConnect());
        QVERIFY2(dialog.errorText().contains(u"TLS"_s), qPrintable(dialog.errorText()));

        // Verified TLS needs a CA file before Connect is enabled.
        ConnectionSpec verified = spec;
        verified.options = u"sslmode=verify-full"_s;
        dialog.setSpec(verified);
        QVERIFY(!ok->isEnabled());
    }

    void connectionProblemsAreToldApart()
    {
        const ConnectionSpec spec = m_serverSpec;
        const auto explain = [&spec](const QString &details) {
            return ConnectionProblem::explain(StoreError(u"Cannot connect."_s, details), spec);
        };
        QVERIFY(
            explain(u"FATAL:  password authentication failed for user \"rep\""_s).contains(u"password"_s));
        QCOMPARE(ConnectionProblem::classify(StoreError(u"x"_s, u"fe_sendauth: no password supplied"_s)),
            ConnectionProblem::Kind::WrongPassword);
        QCOMPARE(ConnectionProblem::classify(StoreError(u"x"_s, u"connection refused"_s)),
            ConnectionProblem::Kind::Unreachable);
        QCOMPARE(
            ConnectionProblem::classify(StoreError(u"x"_s, u"server certificate for \"a\" does not match"_s)),
            ConnectionProblem::Kind::Tls);
        // A schema from a newer Loopline, on a real server.
        m_server->run(u"INSERT INTO schema_version (version, applied_at) VALUES (99, 0)"_s);
        const auto error = storeErrorFrom([this] { Database::open(m_serverSpec); });
        QVERIFY(error);
        QCOMPARE(ConnectionProblem::classify(*error), ConnectionProblem::Kind::SchemaTooNew);
        QVERIFY(ConnectionProblem::explain(*error, spec).contains(u"newer version"_s));
        m_server->run(u"DELETE FROM schema_version WHERE version = 99"_s);
    }

    void administratorManagesUsers()
    {
        ServerSetup::initialise(*m_server);
        MainWindow window(*m_server); // the owner of the tables is the administrator
        QVERIFY(window.usersAction());
        UsersDialog dialog(*m_server);
        dialog.show();
        const int before = dialog.rowCount();
        const QString login = m_serverSpec.database + u"_olena"_s;
        QVERIFY2(dialog.addUser(u"Олена"_s, login, u"secret"_s, u"sales"_s), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.rowCount(), before + 1);
        QCOMPARE(m_server->scalar(u"SELECT role FROM team_members WHERE login = ?"_s, {login}).toString(),
            u"sales"_s);
        screenshot(dialog, u"users.png"_s);
        QVERIFY(dialog.setRole(login, u"manager"_s));
        QCOMPARE(m_server->scalar(u"SELECT role FROM team_members WHERE login = ?"_s, {login}).toString(),
            u"manager"_s);
        // A refusal is shown in the dialog, not thrown.
        QVERIFY(!dialog.addUser(u"Nobody"_s, u"pg_nope"_s, u"x"_s, u"sales"_s));
        QVERIFY(!dialog.lastError().isEmpty());
        QVERIFY(dialog.removeLogin(login));
        QVERIFY(m_server->scalar(u"SELECT login FROM team_members WHERE name = ?"_s, {u"Олена"_s}).isNull());

        // A sales rep's window has no Users menu.
        ServerSetup::addUser(*m_server, login, u"secret"_s, u"sales"_s, u"Олена"_s);
        ConnectionSpec rep = m_serverSpec;
        rep.user = login;
        rep.password = u"secret"_s;
        auto asRep = Database::open(rep);
        MainWindow repWindow(*asRep);
        QVERIFY(!repWindow.usersAction());
    }

    void refusedChangesAreListed()
    {
        RejectedDialog empty(*m_replica);
        QCOMPARE(empty.rowCount(), 0);
        m_replica->run(u"INSERT INTO sync_rejected (entity, row_key, field, value, reason, at) VALUES "
                       "('deals', 'd1', 'owner', 'Boris', 'Your role on the team server does not allow this "
                       "change.', 0), ('contacts', 'c1', '*', NULL, 'No rights', 1)"_s);
        RejectedDialog dialog(*m_replica);
        dialog.show();
        QCOMPARE(dialog.rowCount(), 2);
        const auto *list = dialog.findChild<QTreeWidget *>();
        QStringList changes;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            changes << list->topLevelItem(i)->text(1);
        changes.sort();
        QCOMPARE(changes, (QStringList {u"Deletion"_s, u"Owner → Boris"_s}));
        screenshot(dialog, u"refused.png"_s);
        dialog.clearList(false);
        QCOMPARE(dialog.rowCount(), 0);
        QCOMPARE(Replica(*m_replica).rejectedChanges(), 0);
    }

    void keepingAValueClosesTheConflict()
    {
        m_server->run(
            u"INSERT INTO sync_conflicts (id, entity, row_key, field, kept_value, kept_origin, kept_hlc, "
            "other_value, other_origin, other_hlc, detected_at) VALUES ('c1', 'contacts', 'x', 'notes', "
            "'a', 'o1', 1, 'b', 'o2', 2, 0)"_s);
        syncDirectly(*m_replica);
        ConflictsDialog dialog(*m_replica);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.rowCount(), 1);
        QCOMPARE(dialog.findChild<QTreeWidget *>()->topLevelItem(0)->text(0), u"Contact: x"_s);
        QTest::keyClick(&dialog, Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(dialog.rowCount(), 0);
        QCOMPARE(m_replica->scalar(u"SELECT resolution FROM sync_conflicts WHERE id = 'c1'"_s).toString(),
            u"kept"_s);
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
