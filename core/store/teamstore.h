#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace loopline {

enum class TeamRole { Admin, Manager, Sdr, Sales, Booth };

// A person on the team, as the hand-off rules see them.
struct TeamMember
{
    QString id;
    QString name; // the user name records carry as owner
    TeamRole role = TeamRole::Sales;
    QString territory; // region or country the rep covers
    QString segment; // customer segment the rep covers
    bool active = true;
};

// The team: who is an SDR, who sells and where, who is on leave.
class TeamStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamStore)

public:
    explicit TeamStore(Database &db)
        : m_db(db)
    {
    }
    // Ordered by name; only active members unless asked.
    QList<TeamMember> members(
        std::optional<TeamRole> role = std::nullopt, bool includeInactive = false) const;
    std::optional<TeamMember> get(const QString &id) const;
    QString add(TeamMember member);
    void update(const TeamMember &member);
    void remove(const QString &id);

    static QString roleKey(TeamRole role);
    static std::optional<TeamRole> roleFromKey(const QString &key);
    static QString roleDisplayName(TeamRole role);

private:
    void check(const TeamMember &member) const;
    Database &m_db;
};

} // namespace loopline
