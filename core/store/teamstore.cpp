#include "teamstore.h"

#include "records/enumkeys.h"

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

TeamMember memberFrom(const QSqlQuery &q)
{
    TeamMember m;
    m.id = q.value(0).toString();
    m.name = q.value(1).toString();
    m.role = TeamStore::roleFromKey(q.value(2).toString()).value_or(TeamRole::Sales);
    m.territory = q.value(3).toString();
    m.segment = q.value(4).toString();
    m.active = q.value(5).toInt() != 0;
    return m;
}

constexpr std::pair<TeamRole, QStringView> kRoles[]
    = {{TeamRole::Admin, u"admin"}, {TeamRole::Manager, u"manager"}, {TeamRole::Sdr, u"sdr"},
        {TeamRole::Sales, u"sales"}, {TeamRole::Booth, u"booth"}};

const QString kSelect = u"SELECT id, name, role, territory, segment, active FROM team_members "_s;

} // namespace

QString TeamStore::roleKey(TeamRole role)
{
    return keyOf(kRoles, role, u"sales");
}

std::optional<TeamRole> TeamStore::roleFromKey(const QString &key)
{
    return valueOf(kRoles, key);
}

QString TeamStore::roleDisplayName(TeamRole role)
{
    switch (role) {
    case TeamRole::Admin:
        return tr("Administrator");
    case TeamRole::Manager:
        return tr("Manager");
    case TeamRole::Sdr:
        return tr("SDR");
    case TeamRole::Booth:
        return tr("Booth staff");
    case TeamRole::Sales:
        break;
    }
    return tr("Sales rep");
}

QList<TeamMember> TeamStore::members(std::optional<TeamRole> role, bool includeInactive) const
{
    QStringList where;
    QVariantList values;
    if (role) {
        where << u"role = ?"_s;
        values << roleKey(*role);
    }
    if (!includeInactive)
        where << u"active = 1"_s;
    QString sql = kSelect;
    if (!where.isEmpty())
        sql += u"WHERE "_s + where.join(u" AND "_s);
    QSqlQuery q = m_db.run(sql + u" ORDER BY name"_s, values);
    QList<TeamMember> result;
    while (q.next())
        result << memberFrom(q);
    return result;
}

std::optional<TeamMember> TeamStore::get(const QString &id) const
{
    QSqlQuery q = m_db.run(kSelect + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return memberFrom(q);
}

void TeamStore::check(const TeamMember &member) const
{
    if (member.name.trimmed().isEmpty())
        throw StoreError(tr("A team member needs a name."));
    const QVariant other = m_db.scalar(
        u"SELECT id FROM team_members WHERE name = ? AND id <> ?"_s, {member.name.trimmed(), member.id});
    if (other.isValid())
        throw StoreError(tr("There is already a team member called \"%1\".").arg(member.name.trimmed()));
}

QString TeamStore::add(TeamMember member)
{
    if (member.id.isEmpty())
        member.id = Database::newId();
    check(member);
    Transaction tx(m_db);
    m_db.run(
        u"INSERT INTO team_members (id, name, role, territory, segment, active) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {member.id, member.name.trimmed(), roleKey(member.role), member.territory.trimmed(),
            member.segment.trimmed(), member.active ? 1 : 0});
    tx.commit();
    return member.id;
}

void TeamStore::update(const TeamMember &member)
{
    check(member);
    Transaction tx(m_db);
    m_db.run(
        u"UPDATE team_members SET name = ?, role = ?, territory = ?, segment = ?, active = ? WHERE id = ?"_s,
        {member.name.trimmed(), roleKey(member.role), member.territory.trimmed(), member.segment.trimmed(),
            member.active ? 1 : 0, member.id});
    tx.commit();
}

void TeamStore::remove(const QString &id)
{
    Transaction tx(m_db);
    m_db.run(u"DELETE FROM team_members WHERE id = ?"_s, {id});
    tx.commit();
}

} // namespace loopline
