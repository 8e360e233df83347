#pragma once

#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace loopline {

// One of a segment's buyers' selection criteria (price, delivery time, references...) and
// how much it weighs in their choice, 1–100.
struct SegmentCriterion
{
    QString id;
    QString name;
    int weight = 10;
    friend bool operator==(const SegmentCriterion &, const SegmentCriterion &) = default;
};

// A target group described by what it needs (DOMAIN.md, "Segment"), which marketing hands
// to sales. Leads, contacts, deals, team members and collateral name their segment in their
// own segment column: the name is the link, so a rename is carried to all of them.
struct Segment
{
    QString id;
    QString name;
    QString needs; // what the group needs, its problems, in words
    int position = 0;
    bool archived = false; // no longer offered; records that name it keep it
    QList<SegmentCriterion> criteria; // in order
    QDateTime createdAt;
    QDateTime updatedAt;

    int totalWeight() const;
};

// How many records name a segment, by kind.
struct SegmentUsage
{
    qint64 leads = 0;
    qint64 contacts = 0;
    qint64 deals = 0;
    qint64 teamMembers = 0;
    qint64 collateral = 0;
    qint64 total() const { return leads + contacts + deals + teamMembers + collateral; }
};

class SegmentStore
{
    Q_DECLARE_TR_FUNCTIONS(SegmentStore)

public:
    explicit SegmentStore(Database &db)
        : m_db(db)
    {
    }

    // In position order, with their criteria; only the active ones unless asked.
    QList<Segment> list(bool includeArchived = false) const;
    // The names of list(), for a combo box.
    QStringList names(bool includeArchived = false) const;
    std::optional<Segment> get(const QString &id) const;
    // The segment with this name, ignoring case.
    std::optional<Segment> findByName(const QString &name) const;

    // Adds a segment at the end of the list with its criteria, in one transaction; the name
    // is required and unique ignoring case. Returns its id.
    QString create(Segment segment);
    // Saves name, needs and criteria in one transaction. A new name is carried to every
    // lead, contact, deal, team member and piece of collateral that named the old one.
    void update(const Segment &segment);
    // Renames the segment and carries the new name to the records that use it (one transaction).
    void rename(const QString &id, const QString &name);
    void setArchived(const QString &id, bool archived);
    // Deletes a segment no record uses; otherwise throws StoreError saying how many do.
    void remove(const QString &id);
    // Why remove() would refuse the segment (the records that use it), or empty.
    QString removalRefusal(const QString &id) const;
    SegmentUsage usage(const QString &id) const;

    QList<SegmentCriterion> criteria(const QString &segmentId) const;
    // Replaces the criteria in one transaction. Names are required and unique within the
    // segment (ignoring case); weights are 1–100.
    void setCriteria(const QString &segmentId, const QList<SegmentCriterion> &criteria);

    // For forms where a segment name is typed: the stored name of the segment it names
    // (ignoring case), a new segment created under that name when there is none, or empty
    // for an empty name.
    QString ensure(const QString &name);

private:
    QString checkedName(const QString &name, const QString &exceptId) const;
    QList<SegmentCriterion> checkedCriteria(const QList<SegmentCriterion> &criteria) const;
    void writeCriteria(const QString &segmentId, const QList<SegmentCriterion> &criteria);
    void renameUses(const QString &from, const QString &to);
    Segment existing(const QString &id) const;
    Database &m_db;
};

} // namespace loopline
