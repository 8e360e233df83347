#include "dealclosing.h"

#include "records/money.h"
#include "store/changelog.h"
#include "store/dealstore.h"
#include "store/sqlvalues.h"
#include "store/timelinestore.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSelectReason = u"SELECT id, name, position, needs_competitor, archived FROM loss_reasons "_s;
const QString kSelectCompetitor
    = u"SELECT id, name, website, notes, created_at, updated_at FROM competitors "_s;

LossReason readReason(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0,
        q.value(4).toInt() != 0};
}

Competitor readCompetitor(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        sql::instant(q.value(4)), sql::instant(q.value(5))};
}

// The LIKE pattern matching names that start with prefix ('%', '_' and '\' taken literally).
QString likePrefix(QString prefix)
{
    prefix.replace(u'\\', "\\\\"_L1).replace(u'%', "\\%"_L1).replace(u'_', "\\_"_L1);
    return prefix + u'%';
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Loss reasons

QList<LossReason> LossReasonStore::list(bool includeArchived) const
{
    QSqlQuery q = m_db.run(kSelectReason + (includeArchived ? QString() : u"WHERE archived = 0 "_s)
        + u"ORDER BY position, id"_s);
    QList<LossReason> reasons;
    while (q.next())
        reasons << readReason(q);
    return reasons;
}

std::optional<LossReason> LossReasonStore::get(const QString &id) const
{
    QSqlQuery q = m_db.run(kSelectReason + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readReason(q);
}

QString LossReasonStore::checkedName(const QString &name, const QString &exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StoreError(tr("A loss reason needs a name."));
    for (const LossReason &reason : list(true)) {
        if (reason.id != exceptId
            && (reason.name.compare(trimmed, Qt::CaseInsensitive) == 0
                || displayName(reason).compare(trimmed, Qt::CaseInsensitive) == 0))
            throw StoreError(tr("There is already a loss reason called \"%1\".").arg(trimmed));
    }
    return trimmed;
}

QString LossReasonStore::add(const QString &name, bool needsCompetitor)
{
    Transaction tx(m_db);
    const QString trimmed = checkedName(name, {});
    const QString id = Database::newId();
    m_db.run(u"INSERT INTO loss_reasons (id, name, position, needs_competitor) VALUES (?, ?, "
             "(SELECT COALESCE(MAX(position), 0) + 1 FROM loss_reasons), ?)"_s,
        {id, trimmed, needsCompetitor ? 1 : 0});
    tx.commit();
    return id;
}

void LossReasonStore::rename(const QString &id, const QString &name)
{
    Transaction tx(m_db);
    if (!get(id))
        throw StoreError(tr("The loss reason was deleted by someone else."));
    m_db.run(u"UPDATE loss_reasons SET name = ? WHERE id = ?"_s, {checkedName(name, id), id});
    tx.commit();
}

void LossReasonStore::setArchived(const QString &id, bool archived)
{
    Transaction tx(m_db);
    const std::optional<LossReason> reason = get(id);
    if (!reason)
        throw StoreError(tr("The loss reason was deleted by someone else."));
    if (archived && !reason->archived && list().size() == 1)
        throw StoreError(tr("\"%1\" is the last active loss reason; a lost deal needs at least one.")
                             .arg(displayName(*reason)));
    m_db.run(u"UPDATE loss_reasons SET archived = ? WHERE id = ?"_s, {archived ? 1 : 0, id});
    tx.commit();
}

QString LossReasonStore::displayName(const LossReason &reason)
{
    static const QHash<QString, const char *> builtIn = {
        {u"price"_s, QT_TR_NOOP("Price")},
        {u"product_fit"_s, QT_TR_NOOP("Product fit")},
        {u"lead_quality"_s, QT_TR_NOOP("Lead quality")},
        {u"seller_work"_s, QT_TR_NOOP("Seller's work")},
        {u"timing"_s, QT_TR_NOOP("Timing")},
        {u"no_decision"_s, QT_TR_NOOP("No decision")},
        {u"competitor"_s, QT_TR_NOOP("Went to a competitor")},
    };
    const char *source = builtIn.value(reason.id);
    // A built-in reason the team renamed shows the name it was given.
    return source && reason.name == QLatin1StringView(source) ? tr(source) : reason.name;
}

// ---------------------------------------------------------------------------------------------
// Competitors

QString CompetitorStore::checkedName(const QString &name, const QString &exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StoreError(tr("A competitor needs a name."));
    const std::optional<Competitor> same = findByName(trimmed);
    if (same && same->id != exceptId)
        throw StoreError(tr("There is already a competitor called \"%1\".").arg(same->name));
    return trimmed;
}

QString CompetitorStore::create(Competitor competitor)
{
    Transaction tx(m_db);
    competitor.name = checkedName(competitor.name, {});
    if (competitor.id.isEmpty())
        competitor.id = Database::newId();
    const qint64 now = m_db.clock().nowMs();
    m_db.run(u"INSERT INTO competitors (id, name, website, notes, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {competitor.id, competitor.name, sql::text(competitor.website.trimmed()), sql::text(competitor.notes),
            now, now});
    tx.commit();
    return competitor.id;
}

void CompetitorStore::update(const Competitor &competitor)
{
    Transaction tx(m_db);
    if (!get(competitor.id))
        throw StoreError(tr("The competitor was deleted by someone else; it cannot be saved."));
    m_db.run(u"UPDATE competitors SET name = ?, website = ?, notes = ?, updated_at = ? WHERE id = ?"_s,
        {checkedName(competitor.name, competitor.id), sql::text(competitor.website.trimmed()),
            sql::text(competitor.notes), m_db.clock().nowMs(), competitor.id});
    tx.commit();
}

void CompetitorStore::remove(const QString &id)
{
    Transaction tx(m_db);
    m_db.run(u"UPDATE deals SET won_by_competitor_id = NULL WHERE won_by_competitor_id = ?"_s, {id});
    m_db.run(u"DELETE FROM deal_competitors WHERE competitor_id = ?"_s, {id});
    m_db.run(u"DELETE FROM competitors WHERE id = ?"_s, {id});
    tx.commit();
}

std::optional<Competitor> CompetitorStore::get(const QString &id) const
{
    QSqlQuery q = m_db.run(kSelectCompetitor + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readCompetitor(q);
}

std::optional<Competitor> CompetitorStore::findByName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // Compared here, not in SQL: SQLite's lower() and LIKE fold ASCII letters only. A team
    // competes with tens of companies, not thousands.
    for (const Competitor &competitor : list()) {
        if (competitor.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return competitor;
    }
    return std::nullopt;
}

QList<Competitor> CompetitorStore::list() const
{
    QSqlQuery q = m_db.run(kSelectCompetitor + u"ORDER BY lower(name), seq"_s);
    QList<Competitor> result;
    while (q.next())
        result << readCompetitor(q);
    return result;
}

QList<QPair<QString, QString>> CompetitorStore::find(const QString &prefix, int limit) const
{
    const QString typed = prefix.trimmed();
    QString where;
    QVariantList binds;
    if (typed.isEmpty()) {
        where = u"1 = 1"_s;
    } else if (m_db.isSqlite()) {
        // SQLite's LIKE folds ASCII letters only; also try the prefix with a capital first letter,
        // so "бит" finds "Битрикс" as it does on PostgreSQL.
        where = u"(name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')"_s;
        binds << likePrefix(typed) << likePrefix(typed.at(0).toUpper() + typed.mid(1));
    } else {
        where = u"name ILIKE ? ESCAPE '\\'"_s;
        binds << likePrefix(typed);
    }
    binds << limit;
    QSqlQuery q = m_db.run(
        u"SELECT id, name FROM competitors WHERE %1 ORDER BY lower(name), seq LIMIT ?"_s.arg(where), binds);
    QList<QPair<QString, QString>> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

QStringList CompetitorStore::competitorsOf(const QString &dealId) const
{
    QSqlQuery q
        = m_db.run(u"SELECT c.id FROM deal_competitors dc JOIN competitors c ON c.id = dc.competitor_id "
                   "WHERE dc.deal_id = ? ORDER BY lower(c.name), c.seq"_s,
            {dealId});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList CompetitorStore::namesOf(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        if (const std::optional<Competitor> competitor = get(id))
            names << competitor->name;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

void CompetitorStore::setCompetitors(const QString &dealId, const QStringList &competitorIds)
{
    Transaction tx(m_db);
    if (!m_db.scalar(u"SELECT 1 FROM deals WHERE id = ?"_s, {dealId}).isValid())
        throw StoreError(tr("The deal was deleted by someone else."));
    QStringList ids;
    for (const QString &id : competitorIds) {
        if (id.isEmpty() || ids.contains(id))
            continue;
        if (!get(id))
            throw StoreError(tr("A competitor of this deal was deleted by someone else; pick it again."));
        ids << id;
    }
    const QStringList before = namesOf(competitorsOf(dealId));
    m_db.run(u"DELETE FROM deal_competitors WHERE deal_id = ?"_s, {dealId});
    for (const QString &id : std::as_const(ids))
        m_db.run(u"INSERT INTO deal_competitors (deal_id, competitor_id) VALUES (?, ?)"_s, {dealId, id});
    ChangeDescription changes;
    changes.compare(tr("Competitors"), before, namesOf(ids));
    if (!changes.isEmpty())
        TimelineStore(m_db).add(u"deal"_s, dealId, u"changed"_s, changes.toString());
    tx.commit();
}

void CompetitorStore::addCompetitor(const QString &dealId, const QString &competitorId)
{
    m_db.run(u"INSERT INTO deal_competitors (deal_id, competitor_id) SELECT ?, id FROM competitors "
             "WHERE id = ? AND NOT EXISTS (SELECT 1 FROM deal_competitors WHERE deal_id = ? "
             "AND competitor_id = ?)"_s,
        {dealId, competitorId, dealId, competitorId});
}

// ---------------------------------------------------------------------------------------------
// Closing deals

Deal DealClosing::openDeal(const QString &dealId) const
{
    const std::optional<Deal> deal = DealStore(m_db).get(dealId);
    if (!deal)
        throw StoreError(tr("The deal was deleted by someone else."));
    if (deal->status != DealStatus::Open)
        throw StoreError(tr("\"%1\" is already closed (%2); reopen it before closing it again.")
                             .arg(deal->title, DealStore::statusDisplayName(deal->status)));
    return *deal;
}

LossReason DealClosing::activeReason(const QString &reasonId) const
{
    if (reasonId.isEmpty())
        throw StoreError(tr("Choose why the deal was lost."));
    const std::optional<LossReason> reason = LossReasonStore(m_db).get(reasonId);
    if (!reason)
        throw StoreError(tr("There is no loss reason \"%1\"; choose another one.").arg(reasonId));
    if (reason->archived)
        throw StoreError(tr("The loss reason \"%1\" is archived; choose another one.")
                             .arg(LossReasonStore::displayName(*reason)));
    return *reason;
}

void DealClosing::closeWon(const QString &dealId, qint64 finalAmountMinor, const QDate &closedOn)
{
    if (finalAmountMinor < 0)
        throw StoreError(tr("The final amount cannot be negative."));
    Transaction tx(m_db);
    const Deal deal = openDeal(dealId);
    const QDateTime closedAt
        = closedOn.isValid() ? QDateTime(closedOn, QTime(12, 0), QTimeZone::utc()) : m_db.clock().now();
    QSqlQuery q
        = m_db.run(u"UPDATE deals SET status = ?, value_minor = ?, closed_at = ?, lost_reason_id = NULL, "
                   "won_by_competitor_id = NULL, updated_at = ? WHERE id = ? AND status = ?"_s,
            {dealStatusKey(DealStatus::Won), finalAmountMinor, closedAt.toMSecsSinceEpoch(),
                m_db.clock().nowMs(), dealId, dealStatusKey(DealStatus::Open)});
    if (q.numRowsAffected() != 1)
        throw StoreError(tr("\"%1\" was closed by someone else meanwhile.").arg(deal.title));
    QString body = tr("Won: %1").arg(formatMoney(finalAmountMinor, deal.currency));
    if (closedOn.isValid() && closedOn != m_db.clock().now().toLocalTime().date())
        body += u'\n' + tr("Closed on %1").arg(QLocale().toString(closedOn, QLocale::ShortFormat));
    TimelineStore(m_db).add(u"deal"_s, dealId, u"changed"_s, body);
    tx.commit();
}

void DealClosing::closeLost(
    const QString &dealId, const QString &reasonId, const QString &competitorId, const QString &comment)
{
    Transaction tx(m_db);
    const Deal deal = openDeal(dealId);
    const LossReason reason = activeReason(reasonId);
    if (reason.needsCompetitor && competitorId.isEmpty())
        throw StoreError(tr("Name the competitor that won \"%1\".").arg(deal.title));
    std::optional<Competitor> competitor;
    if (!competitorId.isEmpty()) {
        competitor = CompetitorStore(m_db).get(competitorId);
        if (!competitor)
            throw StoreError(tr("The competitor was deleted by someone else; choose it again."));
    }
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery q = m_db.run(
        u"UPDATE deals SET status = ?, closed_at = ?, lost_reason_id = ?, won_by_competitor_id = ?, "
        "updated_at = ? WHERE id = ? AND status = ?"_s,
        {dealStatusKey(DealStatus::Lost), now, reason.id, sql::key(competitorId), now, dealId,
            dealStatusKey(DealStatus::Open)});
    if (q.numRowsAffected() != 1)
        throw StoreError(tr("\"%1\" was closed by someone else meanwhile.").arg(deal.title));
    QStringList lines {tr("Lost: %1").arg(LossReasonStore::displayName(reason))};
    if (competitor) {
        CompetitorStore(m_db).addCompetitor(dealId, competitor->id);
        lines << tr("Won by: %1").arg(competitor->name);
    }
    if (!comment.trimmed().isEmpty())
        lines << tr("Comment: %1").arg(comment.trimmed());
    TimelineStore(m_db).add(u"deal"_s, dealId, u"changed"_s, lines.join(u'\n'));
    tx.commit();
}

void DealClosing::reopen(const QString &dealId, const QString &comment)
{
    Transaction tx(m_db);
    const std::optional<Deal> deal = DealStore(m_db).get(dealId);
    if (!deal)
        throw StoreError(tr("The deal was deleted by someone else."));
    if (deal->status == DealStatus::Open)
        throw StoreError(tr("\"%1\" is open already.").arg(deal->title));
    m_db.run(u"UPDATE deals SET status = ?, closed_at = NULL, lost_reason_id = NULL, "
             "won_by_competitor_id = NULL, updated_at = ? WHERE id = ?"_s,
        {dealStatusKey(DealStatus::Open), m_db.clock().nowMs(), dealId});
    QString body = tr("Reopened (was %1)").arg(DealStore::statusDisplayName(deal->status));
    if (!comment.trimmed().isEmpty())
        body += u'\n' + tr("Comment: %1").arg(comment.trimmed());
    TimelineStore(m_db).add(u"deal"_s, dealId, u"changed"_s, body);
    tx.commit();
}

} // namespace loopline
