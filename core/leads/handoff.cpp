#include "handoff.h"

#include "leads/leadstore.h"
#include "store/settingsstore.h"
#include "store/taskstore.h"
#include "store/teamstore.h"
#include "store/timelinestore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {
const QString kRulesKey = u"handoff"_s;
const QString kTurnKey = u"handoff.last_rep"_s;
} // namespace

HandOffRules HandOffRules::load(Database &db)
{
    const QJsonObject o = SettingsStore(db).object(kRulesKey);
    HandOffRules rules;
    if (o.value(u"mode"_s).toString() == u"territory")
        rules.mode = Mode::Territory;
    rules.followUpHours = o.value(u"followUpHours"_s).toInt(rules.followUpHours);
    return rules;
}

void HandOffRules::save(Database &db) const
{
    SettingsStore(db).setObject(kRulesKey,
        QJsonObject {{u"mode"_s, mode == Mode::Territory ? u"territory"_s : u"round_robin"_s},
            {u"followUpHours"_s, followUpHours}});
}

QString HandOffRouter::nextRep(const Lead &lead, QString *why)
{
    const QList<TeamMember> reps = TeamStore(m_db).members(TeamRole::Sales);
    if (reps.isEmpty())
        return {};
    QList<TeamMember> pool = reps;
    QString how = tr("round-robin");
    if (HandOffRules::load(m_db).mode == HandOffRules::Mode::Territory) {
        QList<TeamMember> matching;
        for (const TeamMember &rep : reps) {
            const bool territory = !lead.territory.isEmpty()
                && rep.territory.compare(lead.territory, Qt::CaseInsensitive) == 0;
            const bool segment
                = !lead.segment.isEmpty() && rep.segment.compare(lead.segment, Qt::CaseInsensitive) == 0;
            if (territory || segment)
                matching << rep;
        }
        if (!matching.isEmpty()) {
            pool = matching;
            how = tr("territory or segment, then round-robin");
        } else {
            how = tr("no rep covers this territory or segment; round-robin");
        }
    }
    // The turn passes to the first rep (by name) after the one who got the last lead.
    SettingsStore settings(m_db);
    const QString last = settings.text(kTurnKey);
    const TeamMember *chosen = &pool.first();
    for (const TeamMember &rep : pool) {
        if (rep.name > last) {
            chosen = &rep;
            break;
        }
    }
    settings.setText(kTurnKey, chosen->name);
    if (why)
        *why = how;
    return chosen->name;
}

HandOffRouter::Result HandOffRouter::toSales(const Lead &lead, const QString &cause)
{
    Result result;
    result.handOff = HandOff::Sales;
    QString how;
    result.owner = nextRep(lead, &how);
    result.reason = result.owner.isEmpty()
        ? tr("%1 Handed to sales; no active sales rep, so it waits for a manager to assign it.").arg(cause)
        : tr("%1 Assigned to %2 (%3).").arg(cause, result.owner, how);
    return result;
}

void HandOffRouter::apply(const QString &leadId, Result &result)
{
    m_db.run(u"UPDATE leads SET handoff = ?, owner = ?, updated_at = ? WHERE id = ?"_s,
        {handOffKey(result.handOff), result.owner, m_db.clock().nowMs(), leadId});
    if (!result.owner.isEmpty()) {
        const Lead lead = *LeadStore(m_db).get(leadId);
        Task task;
        task.title = tr("Follow up %1").arg(lead.displayName());
        task.owner = result.owner;
        task.dueAt = m_db.clock().now().addSecs(qint64(HandOffRules::load(m_db).followUpHours) * 3600);
        task.entity = u"lead"_s;
        task.entityId = leadId;
        result.taskId = TaskStore(m_db).create(task);
    }
    TimelineStore(m_db).add(u"lead"_s, leadId, u"handoff"_s, result.reason);
}

HandOffRouter::Result HandOffRouter::onArrival(const QString &leadId)
{
    const std::optional<Lead> lead = LeadStore(m_db).get(leadId);
    if (!lead || lead->sourceId != u"trade_show")
        return {};
    Result result = toSales(*lead, tr("A trade-show lead goes to sales at once."));
    apply(leadId, result);
    return result;
}

HandOffRouter::Result HandOffRouter::onQualified(const QString &leadId)
{
    const std::optional<Lead> lead = LeadStore(m_db).get(leadId);
    if (!lead)
        return {};
    Result result;
    if (lead->temperature == Temperature::Hot) {
        result = toSales(*lead, tr("Qualified and hot."));
    } else {
        result.handOff = HandOff::Nurture;
        result.reason = tr("Qualified and %1: goes to marketing to be nurtured.")
                            .arg(LeadStore::temperatureDisplayName(lead->temperature).toLower());
    }
    apply(leadId, result);
    return result;
}

} // namespace loopline
