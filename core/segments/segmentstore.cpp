#include "segmentstore.h"

#include "store/sqlvalues.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSelectSegment
    = u"SELECT id, name, needs, position, archived, created_at, updated_at FROM segments "_s;

// The tables whose segment column holds a segment's name.
const QStringList kUsingTables = {u"leads"_s, u"contacts"_s, u"deals"_s, u"team_members"_s, u"collateral"_s};

Segment readSegment(const QSqlQuery &q)
{
    Segment s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.needs = q.value(2).toString();
    s.position = q.value(3).toInt();
    s.archived = q.value(4).toInt() != 0;
    s.createdAt = sql::instant(q.value(5));
    s.updatedAt = sql::instant(q.value(6));
    return s;
}

} // namespace

int Segment::totalWeight() const
{
    int total = 0;
    for (const SegmentCriterion &criterion : criteria)
        total += criterion.weight;
    return total;
}

QList<Segment> SegmentStore::list(bool includeArchived) const
{
    QList<Segment> segments;
    QHash<QString, qsizetype> byId;
    {
        QSqlQuery q = m_db.run(kSelectSegment + (includeArchived ? QString() : u"WHERE archived = 0 "_s)
            + u"ORDER BY position, seq"_s);
        while (q.next()) {
            segments << readSegment(q);
            byId.insert(segments.last().id, segments.size() - 1);
        }
    }
    QSqlQuery q = m_db.run(
        u"SELECT segment_id, id, name, weight FROM segment_criteria ORDER BY segment_id, position, seq"_s);
    while (q.next()) {
        const auto it = byId.constFind(q.value(0).toString());
        if (it != byId.constEnd())
            segments[*it].criteria.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    }
    return segments;
}

QStringList SegmentStore::names(bool includeArchived) const
{
    QSqlQuery q = m_db.run(u"SELECT name FROM segments "_s
        + (includeArchived ? QString() : u"WHERE archived = 0 "_s) + u"ORDER BY position, seq"_s);
    QStringList result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

std::optional<Segment> SegmentStore::get(const QString &id) const
{
    std::optional<Segment> segment;
    {
        QSqlQuery q = m_db.run(kSelectSegment + u"WHERE id = ?"_s, {id});
        if (!q.next())
            return std::nullopt;
        segment = readSegment(q);
    }
    segment->criteria = criteria(id);
    return segment;
}

std::optional<Segment> SegmentStore::findByName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // Compared here, not in SQL: SQLite's lower() folds ASCII letters only ("Ритейл").
    // A business has a handful of segments, not thousands.
    QString id;
    {
        QSqlQuery q = m_db.run(u"SELECT id, name FROM segments ORDER BY position, seq"_s);
        while (q.next()) {
            if (q.value(1).toString().compare(trimmed, Qt::CaseInsensitive) == 0) {
                id = q.value(0).toString();
                break;
            }
        }
    }
    return id.isEmpty() ? std::nullopt : get(id);
}

Segment SegmentStore::existing(const QString &id) const
{
    const std::optional<Segment> segment = get(id);
    if (!segment)
        throw StoreError(tr("The segment was deleted by someone else."));
    return *segment;
}

QString SegmentStore::checkedName(const QString &name, const QString &exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StoreError(tr("A segment needs a name."));
    const std::optional<Segment> same = findByName(trimmed);
    if (same && same->id != exceptId)
        throw StoreError(tr("There is already a segment called \"%1\".").arg(same->name));
    return trimmed;
}

QList<SegmentCriterion> SegmentStore::checkedCriteria(const QList<SegmentCriterion> &criteria) const
{
    QList<SegmentCriterion> checked;
    QStringList seen;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        SegmentCriterion criterion = criteria.at(i);
        criterion.name = criterion.name.trimmed();
        if (criterion.name.isEmpty())
            throw StoreError(tr("Criterion %1 needs a name.").arg(i + 1));
        if (criterion.weight < 1 || criterion.weight > 100)
            throw StoreError(tr("The weight of \"%1\" must be between 1 and 100 (it is %2).")
                                 .arg(criterion.name)
                                 .arg(criterion.weight));
        for (const QString &name : std::as_const(seen)) {
            if (name.compare(criterion.name, Qt::CaseInsensitive) == 0)
                throw StoreError(tr("\"%1\" is listed twice among the criteria.").arg(criterion.name));
        }
        seen << criterion.name;
        checked << criterion;
    }
    return checked;
}

void SegmentStore::writeCriteria(const QString &segmentId, const QList<SegmentCriterion> &criteria)
{
    m_db.run(u"DELETE FROM segment_criteria WHERE segment_id = ?"_s, {segmentId});
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const SegmentCriterion &criterion = criteria.at(i);
        m_db.run(
            u"INSERT INTO segment_criteria (id, segment_id, position, name, weight) VALUES (?, ?, ?, ?, ?)"_s,
            {criterion.id.isEmpty() ? Database::newId() : criterion.id, segmentId, int(i + 1), criterion.name,
                criterion.weight});
    }
}

QString SegmentStore::create(Segment segment)
{
    Transaction tx(m_db);
    segment.name = checkedName(segment.name, {});
    const QList<SegmentCriterion> criteria = checkedCriteria(segment.criteria);
    if (segment.id.isEmpty())
        segment.id = Database::newId();
    const qint64 now = m_db.clock().nowMs();
    m_db.run(u"INSERT INTO segments (id, name, needs, position, archived, created_at, updated_at) VALUES "
             "(?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM segments), ?, ?, ?)"_s,
        {segment.id, segment.name, sql::text(segment.needs.trimmed()), segment.archived ? 1 : 0, now, now});
    writeCriteria(segment.id, criteria);
    tx.commit();
    return segment.id;
}

void SegmentStore::update(const Segment &segment)
{
    Transaction tx(m_db);
    const Segment before = existing(segment.id);
    const QString name = checkedName(segment.name, segment.id);
    const QList<SegmentCriterion> criteria = checkedCriteria(segment.criteria);
    m_db.run(u"UPDATE segments SET name = ?, needs = ?, updated_at = ? WHERE id = ?"_s,
        {name, sql::text(segment.needs.trimmed()), m_db.clock().nowMs(), segment.id});
    if (name != before.name)
        renameUses(before.name, name);
    writeCriteria(segment.id, criteria);
    tx.commit();
}

void SegmentStore::rename(const QString &id, const QString &name)
{
    Transaction tx(m_db);
    const Segment before = existing(id);
    const QString trimmed = checkedName(name, id);
    if (trimmed != before.name) {
        m_db.run(u"UPDATE segments SET name = ?, updated_at = ? WHERE id = ?"_s,
            {trimmed, m_db.clock().nowMs(), id});
        renameUses(before.name, trimmed);
    }
    tx.commit();
}

void SegmentStore::renameUses(const QString &from, const QString &to)
{
    // The records keep their updated_at: their own fields did not change, only the name of
    // the group they belong to.
    for (const QString &table : kUsingTables)
        m_db.run(u"UPDATE %1 SET segment = ? WHERE segment = ?"_s.arg(table), {to, from});
}

void SegmentStore::setArchived(const QString &id, bool archived)
{
    Transaction tx(m_db);
    existing(id);
    m_db.run(u"UPDATE segments SET archived = ?, updated_at = ? WHERE id = ?"_s,
        {archived ? 1 : 0, m_db.clock().nowMs(), id});
    tx.commit();
}

SegmentUsage SegmentStore::usage(const QString &id) const
{
    SegmentUsage usage;
    const QVariant name = m_db.scalar(u"SELECT name FROM segments WHERE id = ?"_s, {id});
    if (!name.isValid())
        return usage;
    QStringList counts;
    for (const QString &table : kUsingTables)
        counts << u"(SELECT COUNT(*) FROM %1 WHERE segment = ?)"_s.arg(table);
    const QVariantList values(kUsingTables.size(), name);
    QSqlQuery q = m_db.run(u"SELECT "_s + counts.join(u", "_s), values);
    if (q.next()) {
        usage.leads = q.value(0).toLongLong();
        usage.contacts = q.value(1).toLongLong();
        usage.deals = q.value(2).toLongLong();
        usage.teamMembers = q.value(3).toLongLong();
        usage.collateral = q.value(4).toLongLong();
    }
    return usage;
}

QString SegmentStore::removalRefusal(const QString &id) const
{
    const std::optional<Segment> segment = get(id);
    if (!segment)
        return {};
    const SegmentUsage used = usage(id);
    if (used.total() == 0)
        return {};
    QStringList parts;
    if (used.leads > 0)
        parts << tr("%n lead(s)", nullptr, int(used.leads));
    if (used.contacts > 0)
        parts << tr("%n contact(s)", nullptr, int(used.contacts));
    if (used.deals > 0)
        parts << tr("%n deal(s)", nullptr, int(used.deals));
    if (used.teamMembers > 0)
        parts << tr("%n team member(s)", nullptr, int(used.teamMembers));
    if (used.collateral > 0)
        parts << tr("%n piece(s) of collateral", nullptr, int(used.collateral));
    return tr("\"%1\" cannot be deleted: %n record(s) use it (%2). Archive it instead, so it is no longer "
              "offered.",
        nullptr, int(used.total()))
        .arg(segment->name, parts.join(u", "_s));
}

void SegmentStore::remove(const QString &id)
{
    Transaction tx(m_db);
    existing(id);
    if (const QString refusal = removalRefusal(id); !refusal.isEmpty())
        throw StoreError(refusal);
    // Its criteria go by ON DELETE CASCADE.
    m_db.run(u"DELETE FROM segments WHERE id = ?"_s, {id});
    tx.commit();
}

QList<SegmentCriterion> SegmentStore::criteria(const QString &segmentId) const
{
    QSqlQuery q = m_db.run(
        u"SELECT id, name, weight FROM segment_criteria WHERE segment_id = ? ORDER BY position, seq"_s,
        {segmentId});
    QList<SegmentCriterion> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return result;
}

void SegmentStore::setCriteria(const QString &segmentId, const QList<SegmentCriterion> &criteria)
{
    Transaction tx(m_db);
    existing(segmentId);
    writeCriteria(segmentId, checkedCriteria(criteria));
    m_db.run(u"UPDATE segments SET updated_at = ? WHERE id = ?"_s, {m_db.clock().nowMs(), segmentId});
    tx.commit();
}

QString SegmentStore::ensure(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const std::optional<Segment> same = findByName(trimmed))
        return same->name;
    Segment segment;
    segment.name = trimmed;
    create(segment);
    return trimmed;
}

} // namespace loopline
