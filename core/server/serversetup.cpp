#include "serversetup.h"

#include "sync/syncschema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QStringList kRoles {u"admin"_s, u"manager"_s, u"sdr"_s, u"sales"_s, u"booth"_s};

// A role name PostgreSQL keeps whole (NAMEDATALEN - 1 bytes).
constexpr int kMaxIdentifierBytes = 63;
// What marks a login Loopline created, so removeUser() drops only those.
const QString kLoginComment = u"Loopline login"_s;

void requirePostgres(const Database &db)
{
    if (db.isSqlite())
        throw StoreError(ServerSetup::tr("Roles and row-level security exist only on a PostgreSQL server."));
}

void requireRole(const QString &role)
{
    if (!kRoles.contains(role))
        throw StoreError(
            ServerSetup::tr("\"%1\" is not a role; the roles are %2.").arg(role, kRoles.join(u", "_s)));
}

// The SQL of a format() call made by the server itself with the values bound, so that
// identifiers (%I) and literals (%L) are quoted by PostgreSQL, whatever they hold.
QString formatted(const Database &db, const QString &pattern, const QStringList &arguments)
{
    QString sql = u"SELECT format(CAST(? AS text)"_s;
    QVariantList values {pattern};
    for (const QString &argument : arguments) {
        sql += u", CAST(? AS text)"_s;
        values << argument;
    }
    return db.scalar(sql + u')', values).toString();
}

void runFormatted(const Database &db, const QString &pattern, const QStringList &arguments)
{
    db.run(formatted(db, pattern, arguments));
}

QString rolePrefix(const Database &db)
{
    const QString name = db.scalar(u"SELECT current_database()"_s).toString();
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_]{0,45}$"_s);
    QString prefix = name;
    if (!plain.match(name).hasMatch()) {
        QString cleaned;
        for (const QChar c : name.toLower()) {
            const bool safe = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
            cleaned += safe ? c : u'_';
        }
        cleaned.truncate(32);
        prefix = cleaned + u'_'
            + QString::fromLatin1(
                QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    }
    if (prefix.startsWith("pg_"_L1)) // reserved for PostgreSQL's own roles
        prefix.prepend(u"loopline_"_s);
    return prefix;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// The SCRAM-SHA-256 secret PostgreSQL stores for a password (RFC 5802, RFC 7677), as
// CREATE ROLE ... PASSWORD accepts it: the server stores it as is and never sees the
// password. Only for ASCII passwords, which SASLprep leaves unchanged.
QString scramSecret(const QString &password)
{
    constexpr int kIterations = 4096; // PostgreSQL's default scram_iterations
    const QByteArray secret = password.toUtf8();
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    // PBKDF2-HMAC-SHA-256 with one output block: Hi(password, salt, i).
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(salt);
    mac.addData("\0\0\0\1", 4); // INT(1): the first block
    QByteArray u = mac.result();
    QByteArray salted = u;
    for (int i = 1; i < kIterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype j = 0; j < salted.size(); ++j)
            salted[j] = char(salted[j] ^ u[j]);
    }
    const QByteArray clientKey = hmacSha256(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmacSha256(salted, QByteArrayLiteral("Server Key"));
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
            QString::fromLatin1(serverKey.toBase64()));
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// "ALTER ROLE %I PASSWORD %L" with the secret (or, for a password SASLprep may change, the
// password itself, which the server then hashes).
void applyPassword(
    const Database &db, const QString &statement, const QString &login, const QString &password)
{
    runFormatted(
        db, statement + u" PASSWORD %L"_s, {login, isAscii(password) ? scramSecret(password) : password});
}

void checkLogin(const Database &db, const QString &login)
{
    if (login.trimmed().isEmpty())
        throw StoreError(ServerSetup::tr("A user needs a login name."));
    if (login != login.trimmed())
        throw StoreError(ServerSetup::tr("A login name cannot start or end with a space."));
    if (login.toUtf8().size() > kMaxIdentifierBytes)
        throw StoreError(ServerSetup::tr("The login name \"%1\" is too long (at most %2 bytes).")
                             .arg(login)
                             .arg(kMaxIdentifierBytes));
    if (login.startsWith("pg_"_L1))
        throw StoreError(ServerSetup::tr("Login names starting with \"pg_\" are reserved by PostgreSQL."));
    for (const QString &role : kRoles) {
        if (login == ServerSetup::groupRole(db, role))
            throw StoreError(
                ServerSetup::tr("\"%1\" is one of Loopline's group roles, not a login.").arg(login));
    }
}

struct LoginRole
{
    bool exists = false;
    bool superuser = false;
    bool canLogin = false;
};

LoginRole loginRole(const Database &db, const QString &login)
{
    QSqlQuery q = db.run(u"SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = ?"_s, {login});
    if (!q.next())
        return {};
    return {true, q.value(0).toBool(), q.value(1).toBool()};
}

// The login must be an ordinary login role for Loopline to change it.
void requireOrdinaryLogin(const LoginRole &role, const QString &login)
{
    if (!role.exists)
        throw StoreError(ServerSetup::tr("There is no login \"%1\" on the server.").arg(login));
    if (role.superuser)
        throw StoreError(
            ServerSetup::tr("\"%1\" is a superuser of the server; Loopline does not change it.").arg(login));
    if (!role.canLogin)
        throw StoreError(ServerSetup::tr("\"%1\" is a group role, not a login.").arg(login));
}

bool isMember(const Database &db, const QString &login, const QString &group)
{
    return db
        .scalar(u"SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"_s,
            {group, login})
        .isValid();
}

// Makes the login a member of this database's group of the role, and of no other of its groups.
void grantOnly(const Database &db, const QString &login, const QString &role)
{
    for (const QString &other : kRoles) {
        const QString group = ServerSetup::groupRole(db, other);
        const bool member = isMember(db, login, group);
        if (other == role && !member)
            runFormatted(db, u"GRANT %I TO %I"_s, {group, login});
        else if (other != role && member)
            runFormatted(db, u"REVOKE %I FROM %I"_s, {group, login});
    }
}

void requireInitialised(const Database &db)
{
    if (!ServerSetup::isInitialised(db))
        throw StoreError(ServerSetup::tr("The server's roles are not set up yet: set up the server first."));
}

// Whether the record a sync_clock row is about is one the current login may see: a CASE over
// the synced tables, each an EXISTS on the record's key, checked under that table's policies.
QString clockVisibility()
{
    QString cases;
    for (const sync::SyncTable &table : sync::tables()) {
        QStringList match;
        for (qsizetype i = 0; i < table.key.size(); ++i) {
            match << (table.key.size() == 1
                    ? u"t.%1::text = row_key"_s.arg(table.key.at(i))
                    : u"t.%1::text = split_part(row_key, '|', %2)"_s.arg(table.key.at(i)).arg(i + 1));
        }
        cases += u" WHEN '%1' THEN EXISTS (SELECT 1 FROM %1 t WHERE %2)"_s.arg(
            table.name, match.join(u" AND "_s));
    }
    return u"(CASE entity%1 ELSE false END)"_s.arg(cases);
}

// The statements of roles.sql with the names of this database's roles and schema filled in.
QStringList policyStatements(const Database &db)
{
    QFile file(u":/loopline/sql/server/roles.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            ServerSetup::tr("The server's role definitions are missing from this build."), file.fileName());
    QHash<QString, QString> names;
    for (const QString &role : kRoles) {
        const QString group = ServerSetup::groupRole(db, role);
        names.insert(role, group);
        names.insert(role + u"_name"_s, u'\'' + group + u'\''); // [a-z0-9_] only: nothing to escape
    }
    names.insert(u"staff"_s, names.value(u"admin"_s) + u", "_s + names.value(u"manager"_s));
    names.insert(u"restricted"_s,
        QStringList {names.value(u"sales"_s), names.value(u"sdr"_s), names.value(u"booth"_s)}.join(u", "_s));
    names.insert(u"everyone"_s, names.value(u"staff"_s) + u", "_s + names.value(u"restricted"_s));
    names.insert(u"schema"_s, db.scalar(u"SELECT quote_ident(current_schema())"_s).toString());
    names.insert(u"me"_s, u"(SELECT loopline_me())"_s);
    names.insert(u"new_leads"_s, u"(SELECT loopline_leads_written_now())"_s);
    names.insert(u"clock_visible"_s, clockVisibility());

    const QStringList statements = Database::splitStatements(QString::fromUtf8(file.readAll()));

    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QStringList result;
    for (const QString &statement : std::as_const(statements)) {
        if (statement.trimmed().isEmpty())
            continue;
        QString filled;
        qsizetype from = 0;
        for (const QRegularExpressionMatch &m : placeholder.globalMatch(statement)) {
            const auto value = names.constFind(m.captured(1));
            if (value == names.cend())
                throw StoreError(ServerSetup::tr("The server's role definitions are damaged."),
                    m.captured(0) + u'\n' + statement);
            filled += QStringView(statement).mid(from, m.capturedStart() - from);
            filled += *value;
            from = m.capturedEnd();
        }
        filled += QStringView(statement).mid(from);
        result << filled;
    }
    return result;
}

} // namespace

QStringList ServerSetup::roleKeys()
{
    return kRoles;
}

QString ServerSetup::groupRole(const Database &db, const QString &role)
{
    requirePostgres(db);
    requireRole(role);
    return rolePrefix(db) + u'_' + role;
}

bool ServerSetup::isInitialised(const Database &db)
{
    if (db.isSqlite())
        return false;
    return db.scalar(u"SELECT to_regprocedure('loopline_leads_written_now()') IS NOT NULL"_s).toBool();
}

void ServerSetup::initialise(Database &adminDb)
{
    requirePostgres(adminDb);
    if (adminDb.schemaVersion() < 7)
        throw StoreError(tr("The database is at schema %1; open it with this version of Loopline first, "
                            "which brings it up to date.")
                             .arg(adminDb.schemaVersion()));
    const bool owner = adminDb
                           .scalar(u"SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class "
                                   "WHERE oid = 'leads'::regclass"_s)
                           .toBool();
    if (!owner)
        throw StoreError(tr("Only the owner of the database's tables can set up the server's roles; "
                            "connect as that login. Nothing was changed."));

    Transaction tx(adminDb);
    for (const QString &role : kRoles) {
        const QString group = groupRole(adminDb, role);
        const LoginRole existing = loginRole(adminDb, group);
        if (existing.exists) {
            if (existing.canLogin || existing.superuser)
                throw StoreError(tr("The role \"%1\" exists already and is not a Loopline group role "
                                    "(it can log in). Nothing was changed.")
                                     .arg(group));
            continue;
        }
        runFormatted(adminDb, u"CREATE ROLE %I NOLOGIN"_s, {group});
        runFormatted(adminDb, u"COMMENT ON ROLE %I IS %L"_s,
            {group,
                u"Loopline %1 of the database %2"_s.arg(
                    role, adminDb.scalar(u"SELECT current_database()"_s).toString())});
    }
    const QStringList statements = policyStatements(adminDb);
    for (const QString &statement : statements)
        adminDb.run(statement);
    tx.commit();
}

void ServerSetup::addUser(Database &adminDb, const QString &login, const QString &password,
    const QString &role, const QString &teamMemberName)
{
    requirePostgres(adminDb);
    requireRole(role);
    requireInitialised(adminDb);
    checkLogin(adminDb, login);
    const QString name = teamMemberName.trimmed();
    if (name.isEmpty())
        throw StoreError(tr("A user needs the name of the team member they are."));

    Transaction tx(adminDb);
    // The team member first: a clash there leaves the server's roles as they were.
    const QVariant byLogin = adminDb.scalar(u"SELECT id FROM team_members WHERE login = ?"_s, {login});
    const QVariant byName = adminDb.scalar(u"SELECT id FROM team_members WHERE name = ?"_s, {name});
    if (byLogin.isValid()) {
        if (byName.isValid() && byName != byLogin)
            throw StoreError(tr("There is already a team member called \"%1\".").arg(name));
        adminDb.run(u"UPDATE team_members SET name = ?, role = ? WHERE id = ?"_s, {name, role, byLogin});
    } else if (byName.isValid()) {
        const QString taken
            = adminDb.scalar(u"SELECT COALESCE(login, '') FROM team_members WHERE id = ?"_s, {byName})
                  .toString();
        if (!taken.isEmpty())
            throw StoreError(tr("The team member \"%1\" already has the login \"%2\".").arg(name, taken));
        adminDb.run(u"UPDATE team_members SET login = ?, role = ? WHERE id = ?"_s, {login, role, byName});
    } else {
        adminDb.run(u"INSERT INTO team_members (id, name, role, login) VALUES (?, ?, ?, ?)"_s,
            {Database::newId(), name, role, login});
    }

    const LoginRole existing = loginRole(adminDb, login);
    if (existing.exists) {
        requireOrdinaryLogin(existing, login);
        if (!password.isEmpty())
            applyPassword(adminDb, u"ALTER ROLE %I"_s, login, password);
    } else if (password.isEmpty()) {
        runFormatted(adminDb, u"CREATE ROLE %I LOGIN"_s, {login});
        runFormatted(adminDb, u"COMMENT ON ROLE %I IS %L"_s, {login, kLoginComment});
    } else {
        applyPassword(adminDb, u"CREATE ROLE %I LOGIN"_s, login, password);
        runFormatted(adminDb, u"COMMENT ON ROLE %I IS %L"_s, {login, kLoginComment});
    }
    grantOnly(adminDb, login, role);
    tx.commit();
}

void ServerSetup::setRole(Database &adminDb, const QString &login, const QString &role)
{
    requirePostgres(adminDb);
    requireRole(role);
    requireInitialised(adminDb);
    requireOrdinaryLogin(loginRole(adminDb, login), login);
    Transaction tx(adminDb);
    const QSqlQuery updated
        = adminDb.run(u"UPDATE team_members SET role = ? WHERE login = ?"_s, {role, login});
    if (updated.numRowsAffected() != 1)
        throw StoreError(tr("No team member has the login \"%1\".").arg(login));
    grantOnly(adminDb, login, role);
    tx.commit();
}

void ServerSetup::setPassword(Database &adminDb, const QString &login, const QString &password)
{
    requirePostgres(adminDb);
    requireOrdinaryLogin(loginRole(adminDb, login), login);
    if (password.isEmpty())
        runFormatted(adminDb, u"ALTER ROLE %I PASSWORD NULL"_s, {login});
    else
        applyPassword(adminDb, u"ALTER ROLE %I"_s, login, password);
}

void ServerSetup::removeUser(Database &adminDb, const QString &login)
{
    requirePostgres(adminDb);
    requireInitialised(adminDb);
    const LoginRole existing = loginRole(adminDb, login);
    Transaction tx(adminDb);
    adminDb.run(u"UPDATE team_members SET login = NULL WHERE login = ?"_s, {login});
    if (existing.exists) {
        requireOrdinaryLogin(existing, login);
        for (const QString &role : kRoles) {
            const QString group = groupRole(adminDb, role);
            if (isMember(adminDb, login, group))
                runFormatted(adminDb, u"REVOKE %I FROM %I"_s, {group, login});
        }
        const bool ours = adminDb
                              .scalar(u"SELECT shobj_description(oid, 'pg_authid') = ? FROM pg_roles "
                                      "WHERE rolname = ?"_s,
                                  {kLoginComment, login})
                              .toBool();
        const bool elsewhere
            = adminDb
                  .scalar(u"SELECT 1 FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member "
                          "WHERE u.rolname = ?"_s,
                      {login})
                  .isValid();
        if (ours && !elsewhere) {
            // A login that still owns something or holds rights elsewhere on the server stays.
            const QString drop = formatted(adminDb, u"DROP ROLE %I"_s, {login});
            runFormatted(adminDb,
                u"DO $remove$ BEGIN EXECUTE %L; EXCEPTION WHEN dependent_objects_still_exist THEN "
                "RAISE NOTICE 'login kept: %%', SQLERRM; END $remove$"_s,
                {drop});
        }
    }
    tx.commit();
}

ServerSetup::Identity ServerSetup::identity(const Database &db)
{
    requirePostgres(db);
    Identity who;
    if (!isInitialised(db)) {
        who.login = db.scalar(u"SELECT current_user"_s).toString();
        return who;
    }
    QSqlQuery q
        = db.run(u"SELECT current_user, COALESCE(loopline_me(), ''), COALESCE(loopline_my_role(), '')"_s);
    if (q.next()) {
        who.login = q.value(0).toString();
        who.member = q.value(1).toString();
        who.role = q.value(2).toString();
    }
    return who;
}

} // namespace loopline
