#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QStringList>

namespace loopline {

// The team server's roles and row-level security (PostgreSQL only).
//
// Each Loopline database has five NOLOGIN group roles, named after the database so that
// several Loopline databases can share one server: "<prefix>_admin", "_manager", "_sales",
// "_sdr" and "_booth", where the prefix is the database name when it is a plain lower-case
// identifier of at most 46 characters, and otherwise its lower-cased form with every other
// character replaced by "_", cut to 32 characters, followed by "_" and 8 hex digits of the
// SHA-1 of the name ("loopline_" is put in front of a prefix that starts with "pg_").
// A person's login (a PostgreSQL LOGIN role, shared by the whole server) is a member of one
// of them and is tied to a team member by team_members.login; owner, sdr and author columns
// hold the team member's name, which SQL finds with loopline_me().
//
// PostgreSQL itself enforces what each role may do (resources/sql/server/roles.sql), so
// crafted SQL on a connection gets no more than the application would:
//  - admin, manager: every row of every table;
//  - sales: their own leads and deals (owner = loopline_me()), the contacts and companies
//    they own or that their leads and deals are about, and what hangs off those (e-mails,
//    phones, deal links, stage and status history, signals, consent, tasks, timeline); adds
//    deals, contacts and companies of their own, leads, and tasks and timeline entries about
//    what they see; deletes their own deals and leads, and their own contacts and companies
//    that nobody else's records use; gives nothing away (a change that would take a row out
//    of their sight, like a new owner, is refused);
//  - sdr: the lead queue (handoff = 'queue') and the leads they work (sdr or owner), with
//    what hangs off them; adds leads; no contacts, companies or deals;
//  - booth: adds trade-show leads with their history, signals, consent, follow-up task and
//    timeline entries, and sees a lead only inside the transaction that adds it (a table
//    filled by a trigger, read by loopline_leads_written_now(), makes that work for every
//    restricted role); loopline_booth_captured() and loopline_booth_duplicates() give the
//    booth form its counts;
//  - every role reads the reference tables (sources, pipelines, stages, settings, team,
//    campaigns, segments...), which only staff change; the one setting anybody writes is
//    the hand-off's round-robin turn (handoff.last_rep);
//  - sync: sync_server and sync_clock are read by everyone and written only by the sync
//    functions (which run as their owner); sync_received is read and written by everyone;
//    a sync_conflicts row is seen by staff and by the logins named as its authors;
//  - the board's team-wide totals (deal_totals) are staff's: a rep's board filters by owner.
// The owner of the tables and superusers are not limited (row security is not forced).
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    // The roles, as team_members.role and TeamStore::roleKey() spell them.
    static QStringList roleKeys();
    // The group role of a role key in the database db is connected to ("<prefix>_sales").
    static QString groupRole(const Database &db, const QString &role);

    // Creates or brings up to date the group roles, grants, functions (loopline_me(),
    // loopline_my_role(), ...) and row-level security policies, in one transaction. Run as
    // the owner of the tables (with CREATEROLE, or a superuser) on a database that
    // Database::open has migrated; run it again after every schema upgrade (until then a
    // table a newer schema adds stays closed to the sales, SDR and booth roles).
    static void initialise(Database &adminDb);
    // True when initialise() has run on this database.
    static bool isInitialised(const Database &db);

    // Creates the login (or, when it exists, sets its password if one is given), makes it a
    // member of the role's group only, and ties it to the team member of that name (created
    // when there is none) with the role; one transaction. An empty password makes a login
    // without one (other authentication, e.g. certificates) or keeps an existing login's.
    // Passwords are sent as SCRAM-SHA-256 secrets when they are ASCII, so the server never
    // sees or logs them in clear. Superusers and group roles are refused. Needs CREATEROLE.
    static void addUser(Database &adminDb, const QString &login, const QString &password, const QString &role,
        const QString &teamMemberName);
    // Moves the login to another role's group, and its team member with it.
    static void setRole(Database &adminDb, const QString &login, const QString &role);
    static void setPassword(Database &adminDb, const QString &login, const QString &password);
    // Takes the login out of this database's groups and unties it from its team member (who
    // stays, with their records). The login itself is dropped when Loopline created it and
    // it belongs to nothing else (e.g. another Loopline database on the same server).
    static void removeUser(Database &adminDb, const QString &login);

    // Who a connection is: its login, the team member name it writes as owner and author
    // (pass it to Database::setCurrentUser), and its role key ("" when it has none).
    struct Identity
    {
        QString login;
        QString member;
        QString role;
    };
    static Identity identity(const Database &db);
};

} // namespace loopline
