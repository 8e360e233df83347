#include "collateralstore.h"

#include "records/enumkeys.h"
#include "store/sqlvalues.h"
#include "store/timelinestore.h"

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr std::pair<Collateral::Kind, QStringView> kKinds[]
    = {{Collateral::Kind::Brochure, u"brochure"}, {Collateral::Kind::CaseStudy, u"case_study"},
        {Collateral::Kind::Research, u"research"}, {Collateral::Kind::Other, u"other"}};

const QString kSelect = u"SELECT id, title, kind, location, stage_id, segment, archived, created_at, "
                        "updated_at FROM collateral "_s;

Collateral readCollateral(const QSqlQuery &q)
{
    Collateral c;
    c.id = q.value(0).toString();
    c.title = q.value(1).toString();
    c.kind = CollateralStore::kindFromKey(q.value(2).toString());
    c.location = q.value(3).toString();
    c.stageId = q.value(4).toString();
    c.segment = q.value(5).toString();
    c.archived = q.value(6).toInt() != 0;
    c.createdAt = sql::instant(q.value(7));
    c.updatedAt = sql::instant(q.value(8));
    return c;
}

} // namespace

QList<Collateral::Kind> CollateralStore::kinds()
{
    QList<Collateral::Kind> result;
    for (const auto &[kind, key] : kKinds)
        result << kind;
    return result;
}

QString CollateralStore::kindKey(Collateral::Kind kind)
{
    return keyOf(kKinds, kind, u"other");
}

Collateral::Kind CollateralStore::kindFromKey(const QString &key)
{
    return valueOf(kKinds, key).value_or(Collateral::Kind::Other);
}

QString CollateralStore::kindDisplayName(Collateral::Kind kind)
{
    switch (kind) {
    case Collateral::Kind::Brochure:
        return tr("Brochure");
    case Collateral::Kind::CaseStudy:
        return tr("Case study");
    case Collateral::Kind::Research:
        return tr("Research");
    case Collateral::Kind::Other:
        break;
    }
    return tr("Other");
}

QList<Collateral> CollateralStore::list(bool includeArchived) const
{
    QSqlQuery q = m_db.run(
        kSelect + (includeArchived ? QString() : u"WHERE archived = 0 "_s) + u"ORDER BY lower(title), seq"_s);
    QList<Collateral> result;
    while (q.next())
        result << readCollateral(q);
    return result;
}

std::optional<Collateral> CollateralStore::get(const QString &id) const
{
    QSqlQuery q = m_db.run(kSelect + u"WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return readCollateral(q);
}

Collateral CollateralStore::checked(const Collateral &collateral) const
{
    Collateral c = collateral;
    c.title = c.title.trimmed();
    c.location = c.location.trimmed();
    c.segment = c.segment.trimmed();
    if (c.title.isEmpty())
        throw StoreError(tr("Collateral needs a title."));
    if (!c.stageId.isEmpty()
        && !m_db.scalar(u"SELECT 1 FROM deal_stages WHERE id = ?"_s, {c.stageId}).isValid())
        throw StoreError(
            tr("The stage of \"%1\" was deleted by someone else; choose another one.").arg(c.title));
    return c;
}

QString CollateralStore::create(Collateral collateral)
{
    Collateral c = checked(collateral);
    if (c.id.isEmpty())
        c.id = Database::newId();
    const qint64 now = m_db.clock().nowMs();
    Transaction tx(m_db);
    m_db.run(u"INSERT INTO collateral (id, title, kind, location, stage_id, segment, archived, created_at, "
             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {c.id, c.title, kindKey(c.kind), sql::text(c.location), sql::key(c.stageId), sql::text(c.segment),
            c.archived ? 1 : 0, now, now});
    tx.commit();
    return c.id;
}

void CollateralStore::update(const Collateral &collateral)
{
    const Collateral c = checked(collateral);
    Transaction tx(m_db);
    QSqlQuery q = m_db.run(u"UPDATE collateral SET title = ?, kind = ?, location = ?, stage_id = ?, "
                           "segment = ?, archived = ?, updated_at = ? WHERE id = ?"_s,
        {c.title, kindKey(c.kind), sql::text(c.location), sql::key(c.stageId), sql::text(c.segment),
            c.archived ? 1 : 0, m_db.clock().nowMs(), c.id});
    if (q.numRowsAffected() != 1)
        throw StoreError(tr("\"%1\" was deleted by someone else; it cannot be saved.").arg(c.title));
    tx.commit();
}

void CollateralStore::setArchived(const QString &id, bool archived)
{
    QSqlQuery q = m_db.run(u"UPDATE collateral SET archived = ?, updated_at = ? WHERE id = ?"_s,
        {archived ? 1 : 0, m_db.clock().nowMs(), id});
    if (q.numRowsAffected() != 1)
        throw StoreError(tr("The collateral was deleted by someone else."));
}

void CollateralStore::remove(const QString &id)
{
    Transaction tx(m_db);
    // What deals it was sent to goes by ON DELETE CASCADE.
    m_db.run(u"DELETE FROM collateral WHERE id = ?"_s, {id});
    tx.commit();
}

bool CollateralStore::send(const QString &dealId, const QString &collateralId)
{
    Transaction tx(m_db);
    if (!m_db.scalar(u"SELECT 1 FROM deals WHERE id = ?"_s, {dealId}).isValid())
        throw StoreError(tr("The deal was deleted by someone else."));
    const std::optional<Collateral> collateral = get(collateralId);
    if (!collateral)
        throw StoreError(tr("The collateral was deleted by someone else; choose it again."));
    if (m_db.scalar(u"SELECT 1 FROM deal_collateral WHERE deal_id = ? AND collateral_id = ?"_s,
                {dealId, collateralId})
            .isValid())
        return false; // sent before: the first time is what counts
    if (collateral->archived)
        throw StoreError(tr("\"%1\" is archived; it is no longer sent.").arg(collateral->title));
    m_db.run(u"INSERT INTO deal_collateral (deal_id, collateral_id, sent_at, sent_by) VALUES (?, ?, ?, ?)"_s,
        {dealId, collateralId, m_db.clock().nowMs(), sql::text(m_db.currentUser())});
    TimelineStore(m_db).add(u"deal"_s, dealId, u"changed"_s, tr("Sent: %1").arg(collateral->title));
    tx.commit();
    return true;
}

bool CollateralStore::unsend(const QString &dealId, const QString &collateralId)
{
    Transaction tx(m_db);
    QSqlQuery q = m_db.run(
        u"DELETE FROM deal_collateral WHERE deal_id = ? AND collateral_id = ?"_s, {dealId, collateralId});
    const bool removed = q.numRowsAffected() > 0;
    if (removed) {
        const std::optional<Collateral> collateral = get(collateralId);
        TimelineStore(m_db).add(u"deal"_s, dealId, u"changed"_s,
            tr("No longer counted as sent: %1").arg(collateral ? collateral->title : collateralId));
    }
    tx.commit();
    return removed;
}

QList<SentCollateral> CollateralStore::sentTo(const QString &dealId) const
{
    QSqlQuery q = m_db.run(u"SELECT c.id, c.title, c.kind, c.location, dc.sent_at, dc.sent_by "
                           "FROM deal_collateral dc JOIN collateral c ON c.id = dc.collateral_id "
                           "WHERE dc.deal_id = ? ORDER BY dc.sent_at, c.seq"_s,
        {dealId});
    QList<SentCollateral> result;
    while (q.next()) {
        SentCollateral sent;
        sent.collateralId = q.value(0).toString();
        sent.title = q.value(1).toString();
        sent.kind = kindFromKey(q.value(2).toString());
        sent.location = q.value(3).toString();
        sent.sentAt = sql::instant(q.value(4));
        sent.sentBy = q.value(5).toString();
        result << sent;
    }
    return result;
}

qint64 CollateralStore::sentCount(const QString &collateralId) const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM deal_collateral WHERE collateral_id = ?"_s, {collateralId})
        .toLongLong();
}

} // namespace loopline
