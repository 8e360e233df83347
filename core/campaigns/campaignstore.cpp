#include "campaignstore.h"

#include "records/validation.h"
#include "store/sqlvalues.h"
#include "store/timelinestore.h"

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kColumns
    = u"id, name, kind, channel, starts_on, ends_on, currency, budget_minor, actual_cost_minor, "
      "plan_reach, plan_visits, plan_leads, plan_mql, plan_sql, plan_won, plan_revenue_minor, "
      "actual_reach, actual_visits, notes, created_at, updated_at"_s;

QVariantList rowValues(const Campaign &c)
{
    return {c.id, c.name.trimmed(), c.kind == Campaign::Kind::Event ? u"event"_s : u"campaign"_s,
        sql::text(c.channel.trimmed()), sql::date(c.startsOn), sql::date(c.endsOn), c.currency.toUpper(),
        c.budgetMinor,
        c.actualCostMinor ? QVariant(*c.actualCostMinor) : QVariant(QMetaType::fromType<qint64>()),
        c.planReach, c.planVisits, c.planLeads, c.planMql, c.planSql, c.planWon, c.planRevenueMinor,
        c.actualReach, c.actualVisits, sql::text(c.notes), sql::instant(c.createdAt),
        sql::instant(c.updatedAt)};
}

Campaign campaignFrom(const QSqlQuery &q)
{
    int i = 0;
    const auto next = [&] { return q.value(i++); };
    Campaign c;
    c.id = next().toString();
    c.name = next().toString();
    c.kind = next().toString() == u"event" ? Campaign::Kind::Event : Campaign::Kind::Campaign;
    c.channel = next().toString();
    c.startsOn = sql::date(next());
    c.endsOn = sql::date(next());
    c.currency = next().toString();
    c.budgetMinor = next().toLongLong();
    const QVariant cost = next();
    if (!cost.isNull())
        c.actualCostMinor = cost.toLongLong();
    for (qint64 *field : {&c.planReach, &c.planVisits, &c.planLeads, &c.planMql, &c.planSql, &c.planWon,
             &c.planRevenueMinor, &c.actualReach, &c.actualVisits})
        *field = next().toLongLong();
    c.notes = next().toString();
    c.createdAt = sql::instant(next());
    c.updatedAt = sql::instant(next());
    return c;
}

} // namespace

void CampaignStore::check(const Campaign &campaign) const
{
    if (campaign.name.trimmed().isEmpty())
        throw StoreError(tr("A campaign needs a name."));
    if (!Validation::isValidCurrency(campaign.currency))
        throw StoreError(tr("Currency: \"%1\" is not a currency code.").arg(campaign.currency));
    if (campaign.startsOn.isValid() && campaign.endsOn.isValid() && campaign.endsOn < campaign.startsOn)
        throw StoreError(tr("\"%1\" ends before it starts.").arg(campaign.name.trimmed()));
    const qint64 numbers[] = {campaign.budgetMinor, campaign.actualCostMinor.value_or(0), campaign.planReach,
        campaign.planVisits, campaign.planLeads, campaign.planMql, campaign.planSql, campaign.planWon,
        campaign.planRevenueMinor, campaign.actualReach, campaign.actualVisits};
    for (qint64 n : numbers) {
        if (n < 0)
            throw StoreError(tr("The figures of \"%1\" cannot be negative.").arg(campaign.name.trimmed()));
    }
    const QVariant other = m_db.scalar(u"SELECT id FROM campaigns WHERE lower(name) = lower(?) AND id <> ?"_s,
        {campaign.name.trimmed(), campaign.id});
    if (other.isValid())
        throw StoreError(tr("There is already a campaign called \"%1\".").arg(campaign.name.trimmed()));
}

QString CampaignStore::create(Campaign campaign)
{
    if (campaign.id.isEmpty())
        campaign.id = Database::newId();
    check(campaign);
    campaign.createdAt = campaign.updatedAt = m_db.clock().now();
    QStringList marks;
    for (qsizetype i = 0, n = kColumns.count(u','); i <= n; ++i)
        marks << u"?"_s;
    Transaction tx(m_db);
    m_db.run(u"INSERT INTO campaigns ("_s + kColumns + u") VALUES ("_s + marks.join(u", "_s) + u')',
        rowValues(campaign));
    linkLeadsByName(campaign);
    TimelineStore(m_db).add(u"campaign"_s, campaign.id, u"created"_s, tr("Campaign created"));
    tx.commit();
    return campaign.id;
}

void CampaignStore::update(const Campaign &campaign)
{
    check(campaign);
    const std::optional<Campaign> before = get(campaign.id);
    if (!before)
        throw StoreError(tr("The campaign was deleted by someone else."));
    Campaign row = campaign;
    row.createdAt = before->createdAt;
    row.updatedAt = m_db.clock().now();
    QVariantList values = rowValues(row);
    values.removeFirst(); // id
    values << campaign.id;
    QStringList sets;
    for (const QString &column : kColumns.split(u", "_s).mid(1))
        sets << column + u" = ?"_s;
    Transaction tx(m_db);
    m_db.run(u"UPDATE campaigns SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s, values);
    linkLeadsByName(campaign);
    tx.commit();
}

void CampaignStore::remove(const QString &id)
{
    Transaction tx(m_db);
    m_db.run(u"UPDATE leads SET campaign_id = NULL WHERE campaign_id = ?"_s, {id});
    m_db.run(u"DELETE FROM campaigns WHERE id = ?"_s, {id});
    tx.commit();
}

std::optional<Campaign> CampaignStore::get(const QString &id) const
{
    QSqlQuery q = m_db.run(u"SELECT "_s + kColumns + u" FROM campaigns WHERE id = ?"_s, {id});
    return q.next() ? std::optional<Campaign>(campaignFrom(q)) : std::nullopt;
}

std::optional<Campaign> CampaignStore::findByName(const QString &name) const
{
    QSqlQuery q = m_db.run(
        u"SELECT "_s + kColumns + u" FROM campaigns WHERE lower(name) = lower(?) ORDER BY seq LIMIT 1"_s,
        {name.trimmed()});
    return q.next() ? std::optional<Campaign>(campaignFrom(q)) : std::nullopt;
}

qint64 CampaignStore::count() const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM campaigns"_s).toLongLong();
}

void CampaignStore::linkLeadsByName(const Campaign &campaign)
{
    m_db.run(u"UPDATE leads SET campaign_id = ? WHERE campaign_id IS NULL AND lower(campaign) = lower(?)"_s,
        {campaign.id, campaign.name.trimmed()});
}

void CampaignStore::linkLead(Database &db, const QString &leadId)
{
    db.run(u"UPDATE leads SET campaign_id = (SELECT c.id FROM campaigns c WHERE lower(c.name) = "
           u"lower(leads.campaign) "
           "ORDER BY c.seq LIMIT 1) WHERE id = ?"_s,
        {leadId});
}

CampaignFigures CampaignStore::figures(const QString &id) const
{
    const std::optional<Campaign> campaign = get(id);
    if (!campaign)
        throw StoreError(tr("The campaign was deleted by someone else."));
    CampaignFigures f;
    f.plan.costMinor = double(campaign->budgetMinor);
    f.plan.reach = campaign->planReach;
    f.plan.visits = campaign->planVisits;
    f.plan.leads = campaign->planLeads;
    f.plan.mql = campaign->planMql;
    f.plan.sql = campaign->planSql;
    f.plan.won = campaign->planWon;
    f.plan.revenueMinor = double(campaign->planRevenueMinor);
    f.actual.costMinor = double(campaign->actualCostMinor.value_or(campaign->budgetMinor));
    f.actual.reach = campaign->actualReach;
    f.actual.visits = campaign->actualVisits;

    // Won deals' values go through the base currency: deal currency → base → campaign's.
    const QString base = m_db.scalar(u"SELECT value FROM settings WHERE key = 'currency.base'"_s).toString();
    const QString baseCurrency = base.isEmpty() ? u"EUR"_s : base;
    QSqlQuery q = m_db.run(
        u"SELECT COUNT(*), "
        "SUM(CASE WHEN l.mql_at IS NOT NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN l.sql_at IS NOT NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN d.status = 'won' THEN d.value_minor * "
        "    (CASE WHEN d.currency = b.base THEN 1.0 ELSE rd.per_base END) END), "
        "SUM(CASE WHEN d.status = 'won' AND d.currency <> b.base AND rd.per_base IS NULL THEN 1 ELSE 0 END) "
        "FROM leads l CROSS JOIN (SELECT CAST(? AS TEXT) AS base) b "
        "LEFT JOIN deals d ON d.id = l.deal_id "
        "LEFT JOIN currency_rates rd ON rd.currency = d.currency "
        "WHERE l.campaign_id = ?"_s,
        {baseCurrency, id});
    if (q.next()) {
        f.actual.leads = q.value(0).toLongLong();
        f.actual.mql = q.value(1).toLongLong();
        f.actual.sql = q.value(2).toLongLong();
        f.actual.won = q.value(3).toLongLong();
        const double revenueBase = q.value(4).toDouble();
        f.unconvertedDeals = q.value(5).toLongLong();
        double perBase = 1.0;
        if (campaign->currency != baseCurrency) {
            const QVariant rate = m_db.scalar(
                u"SELECT per_base FROM currency_rates WHERE currency = ?"_s, {campaign->currency});
            perBase = rate.isValid() ? rate.toDouble() : 0.0;
        }
        f.actual.revenueMinor = perBase > 0 ? revenueBase / perBase : 0.0;
    }
    return f;
}

} // namespace loopline
