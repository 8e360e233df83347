#include "dealstore.h"

#include "records/money.h"
#include "records/validation.h"
#include "segments/segmentstore.h"
#include "store/changelog.h"
#include "store/sqlvalues.h"
#include "store/taskstore.h"
#include "store/timelinestore.h"

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kInsertDeal
    = u"INSERT INTO deals (id, title, company_id, company_name, value_minor, currency, "
      u"stage_id, owner, expected_close, "
      "status, notes, created_at, updated_at, stage_entered_at, closed_at, lost_reason_id, "
      "won_by_competitor_id, segment) VALUES (?, ?, ?, COALESCE((SELECT name "
      "FROM companies WHERE id = ?), ''), "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kInsertStageHistory
    = u"INSERT INTO deal_stage_history (id, deal_id, from_stage, to_stage, at, author) "
      "VALUES (?, ?, ?, ?, ?, ?)"_s;
const QString kLinkContact = u"INSERT INTO deal_contacts (deal_id, contact_id) VALUES (?, ?)"_s;

void bindDeal(QSqlQuery &q, const Deal &d)
{
    q.addBindValue(sql::bindable(d.id));
    q.addBindValue(sql::bindable(d.title.trimmed()));
    q.addBindValue(sql::bindable(sql::key(d.companyId)));
    q.addBindValue(sql::bindable(sql::key(d.companyId)));
    q.addBindValue(sql::bindable(d.valueMinor));
    q.addBindValue(sql::bindable(d.currency));
    q.addBindValue(sql::bindable(d.stageId));
    q.addBindValue(sql::bindable(d.owner));
    q.addBindValue(sql::bindable(sql::date(d.expectedClose)));
    q.addBindValue(sql::bindable(dealStatusKey(d.status)));
    q.addBindValue(sql::bindable(d.notes));
    q.addBindValue(sql::bindable(sql::instant(d.createdAt)));
    q.addBindValue(sql::bindable(sql::instant(d.updatedAt)));
    q.addBindValue(sql::bindable(sql::instant(d.stageEnteredAt.isValid() ? d.stageEnteredAt : d.createdAt)));
    q.addBindValue(sql::bindable(sql::instant(d.closedAt)));
    q.addBindValue(sql::bindable(sql::key(d.lostReasonId)));
    q.addBindValue(sql::bindable(sql::key(d.wonByCompetitorId)));
    q.addBindValue(sql::bindable(d.segment.trimmed()));
}

void throwIfInvalid(const Deal &deal)
{
    const FieldErrors errors = Validation::check(deal);
    if (!errors.isEmpty())
        throw StoreError(Validation::describe(errors));
}

} // namespace

void DealStore::checkStage(const QString &stageId) const
{
    if (!m_db.scalar(u"SELECT 1 FROM deal_stages WHERE id = ?"_s, {stageId}).isValid())
        throw StoreError(tr("There is no deal stage \"%1\".").arg(stageId));
}

QString DealStore::create(Deal deal)
{
    throwIfInvalid(deal);
    checkStage(deal.stageId);
    if (deal.id.isEmpty())
        deal.id = Database::newId();
    if (deal.owner.isEmpty())
        deal.owner = m_db.currentUser();
    Transaction tx(m_db);
    deal.segment = SegmentStore(m_db).ensure(deal.segment); // a new name becomes a segment
    insertRow(deal, false);
    m_db.run(kInsertStageHistory,
        {Database::newId(), deal.id, u""_s, deal.stageId, m_db.clock().nowMs(),
            sql::text(m_db.currentUser())});
    TimelineStore(m_db).add(u"deal"_s, deal.id, u"created"_s, tr("Deal created"));
    tx.commit();
    return deal.id;
}

void DealStore::insertRow(Deal &deal, bool keepTimestamps)
{
    const QDateTime now = m_db.clock().now();
    if (!keepTimestamps || !deal.createdAt.isValid())
        deal.createdAt = now;
    if (!keepTimestamps || !deal.updatedAt.isValid())
        deal.updatedAt = now;
    QSqlQuery q = m_db.prepare(kInsertDeal);
    bindDeal(q, deal);
    Database::exec(q);
    writeContacts(deal, false);
}

void DealStore::writeContacts(const Deal &deal, bool replace)
{
    if (replace)
        m_db.run(u"DELETE FROM deal_contacts WHERE deal_id = ?"_s, {deal.id});
    QStringList seen;
    for (const QString &contactId : deal.contactIds) {
        if (seen.contains(contactId))
            continue;
        seen << contactId;
        // Skip contacts deleted meanwhile rather than failing the whole save.
        m_db.run(u"INSERT INTO deal_contacts (deal_id, contact_id) SELECT ?, id FROM contacts WHERE id = ?"_s,
            {deal.id, contactId});
    }
}

void DealStore::update(const Deal &deal)
{
    throwIfInvalid(deal);
    checkStage(deal.stageId);
    const std::optional<Deal> before = get(deal.id);
    if (!before)
        throw StoreError(tr("The deal was deleted by someone else; it cannot be saved."));
    checkStatusUnchanged(*before, deal);
    ChangeDescription changes;
    changes.compare(tr("Title"), before->title, deal.title.trimmed());
    if (before->companyId != deal.companyId) {
        const QString after = deal.companyId.isEmpty()
            ? QString()
            : m_db.scalar(u"SELECT name FROM companies WHERE id = ?"_s, {deal.companyId}).toString();
        changes.compare(tr("Company"), before->companyName, after);
    }
    changes.compare(tr("Value"), formatMoney(before->valueMinor, before->currency),
        formatMoney(deal.valueMinor, deal.currency));
    changes.compare(tr("Currency"), before->currency, deal.currency);
    if (before->stageId != deal.stageId) {
        QHash<QString, QString> stageNames;
        for (const DealStage &stage : stages())
            stageNames.insert(stage.id, stageDisplayName(stage));
        changes.compare(tr("Stage"), stageNames.value(before->stageId), stageNames.value(deal.stageId));
    }
    changes.compare(tr("Owner"), before->owner, deal.owner);
    changes.compare(tr("Segment"), before->segment, deal.segment.trimmed());
    changes.compare(tr("Expected close"), before->expectedClose, deal.expectedClose);
    changes.compare(tr("Notes"), before->notes, deal.notes);

    Transaction tx(m_db);
    const QString segment = SegmentStore(m_db).ensure(deal.segment);
    m_db.run(
        u"UPDATE deals SET title = ?, company_id = ?, company_name = COALESCE((SELECT name FROM companies "
        "WHERE id = ?), ''), value_minor = ?, currency = ?, stage_id = ?, owner = ?, expected_close = ?, "
        "status = ?, notes = ?, segment = ?, updated_at = ? WHERE id = ?"_s,
        {deal.title.trimmed(), sql::key(deal.companyId), sql::key(deal.companyId), deal.valueMinor,
            deal.currency, deal.stageId, deal.owner, sql::date(deal.expectedClose),
            dealStatusKey(deal.status), deal.notes, segment, m_db.clock().nowMs(), deal.id});
    writeContacts(deal, true);
    if (before->stageId != deal.stageId)
        enterStage(deal.id, before->stageId, deal.stageId, deal.owner);
    if (!changes.isEmpty())
        TimelineStore(m_db).add(u"deal"_s, deal.id, u"changed"_s, changes.toString());
    tx.commit();
}

void DealStore::checkStatusUnchanged(const Deal &before, const Deal &deal)
{
    if (deal.status == before.status)
        return;
    // Closing asks for the final amount or the reason (DealClosing); reopening forgets them.
    if (deal.status != DealStatus::Open)
        throw StoreError(tr("A deal is marked won or lost with Won… or Lost…, not by saving the form: "
                            "they record the final amount or why it was lost."));
    throw StoreError(tr("\"%1\" is %2; use Reopen to make it open again.")
                         .arg(before.title, statusDisplayName(before.status)));
}

QStringList DealStore::moveToStage(const QString &id, const QString &stageId, bool createTasks)
{
    checkStage(stageId);
    Transaction tx(m_db);
    const std::optional<Deal> deal = get(id);
    if (!deal)
        throw StoreError(tr("The deal was deleted by someone else."));
    if (deal->stageId == stageId)
        return {};
    if (deal->status != DealStatus::Open)
        throw StoreError(tr("\"%1\" is closed (%2); reopen it before moving it to another stage.")
                             .arg(deal->title, statusDisplayName(deal->status)));
    QHash<QString, QString> names;
    for (const DealStage &stage : stages())
        names.insert(stage.id, stageDisplayName(stage));
    m_db.run(
        u"UPDATE deals SET stage_id = ?, updated_at = ? WHERE id = ?"_s, {stageId, m_db.clock().nowMs(), id});
    const QStringList tasks = enterStage(id, deal->stageId, stageId, deal->owner, createTasks);
    ChangeDescription change;
    change.compare(tr("Stage"), names.value(deal->stageId), names.value(stageId));
    TimelineStore(m_db).add(u"deal"_s, id, u"changed"_s, change.toString());
    tx.commit();
    return tasks;
}

QStringList DealStore::enterStage(
    const QString &dealId, const QString &from, const QString &to, const QString &owner, bool createTasks)
{
    const qint64 now = m_db.clock().nowMs();
    m_db.run(u"UPDATE deals SET stage_entered_at = ? WHERE id = ?"_s, {now, dealId});
    m_db.run(kInsertStageHistory, {Database::newId(), dealId, from, to, now, sql::text(m_db.currentUser())});
    // Sales automation: the follow-up tasks configured for the stage, for the deal's owner.
    if (!createTasks)
        return {};
    // Read them all first: on PostgreSQL a query still being read is cut off by the next one.
    QList<QPair<QString, int>> templates;
    QSqlQuery q = m_db.run(
        u"SELECT title, due_days FROM stage_tasks WHERE stage_id = ? ORDER BY position, id"_s, {to});
    while (q.next())
        templates.append({q.value(0).toString(), q.value(1).toInt()});
    QStringList created;
    const QString title = m_db.scalar(u"SELECT title FROM deals WHERE id = ?"_s, {dealId}).toString();
    for (const auto &[taskTitle, dueDays] : std::as_const(templates)) {
        Task task;
        task.title = tr("%1: %2").arg(taskTitle, title);
        task.owner = owner.isEmpty() ? m_db.currentUser() : owner;
        task.dueAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addDays(dueDays);
        task.entity = u"deal"_s;
        task.entityId = dealId;
        created << TaskStore(m_db).create(task);
    }
    return created;
}

void DealStore::remove(const QString &id)
{
    Transaction tx(m_db);
    m_db.run(u"DELETE FROM deals WHERE id = ?"_s, {id});
    tx.commit();
}

void DealStore::restore(const Deal &deal)
{
    Deal copy = deal;
    if (!copy.companyId.isEmpty()
        && !m_db.scalar(u"SELECT 1 FROM companies WHERE id = ?"_s, {copy.companyId}).isValid())
        copy.companyId.clear();
    Transaction tx(m_db);
    insertRow(copy, true);
    tx.commit();
}

std::optional<Deal> DealStore::get(const QString &id) const
{
    QSqlQuery q
        = m_db.run(u"SELECT id, title, company_id, company_name, value_minor, currency, stage_id, owner, "
                   "expected_close, status, notes, created_at, updated_at, stage_entered_at, closed_at, "
                   "lost_reason_id, won_by_competitor_id, segment FROM deals WHERE id = ?"_s,
            {id});
    if (!q.next())
        return std::nullopt;
    Deal d;
    d.id = q.value(0).toString();
    d.title = q.value(1).toString();
    d.companyId = q.value(2).toString();
    d.companyName = q.value(3).toString();
    d.valueMinor = q.value(4).toLongLong();
    d.currency = q.value(5).toString();
    d.stageId = q.value(6).toString();
    d.owner = q.value(7).toString();
    d.expectedClose = sql::date(q.value(8));
    d.status = dealStatusFromKey(q.value(9).toString());
    d.notes = q.value(10).toString();
    d.createdAt = sql::instant(q.value(11));
    d.updatedAt = sql::instant(q.value(12));
    d.stageEnteredAt = sql::instant(q.value(13));
    d.closedAt = sql::instant(q.value(14));
    d.lostReasonId = q.value(15).toString();
    d.wonByCompetitorId = q.value(16).toString();
    d.segment = q.value(17).toString();
    QSqlQuery contacts
        = m_db.run(u"SELECT contact_id FROM deal_contacts WHERE deal_id = ? ORDER BY contact_id"_s, {id});
    while (contacts.next())
        d.contactIds << contacts.value(0).toString();
    return d;
}

qint64 DealStore::count() const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM deals"_s).toLongLong();
}

QList<DealStage> DealStore::stages() const
{
    QSqlQuery q
        = m_db.run(u"SELECT s.id, s.name, s.position, s.probability, s.pipeline_id FROM deal_stages s "
                   "LEFT JOIN pipelines p ON p.id = s.pipeline_id ORDER BY p.position, s.position"_s);
    QList<DealStage> stages;
    while (q.next())
        stages.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
            q.value(4).toString()});
    return stages;
}

QString DealStore::stageDisplayName(const DealStage &stage)
{
    // Built-in stages are named in the past tense from the buyer's side (see DOMAIN.md).
    static const QHash<QString, const char *> builtIn = {
        {u"assessment_booked"_s, QT_TR_NOOP("Needs assessment booked")},
        {u"needs_confirmed"_s, QT_TR_NOOP("Needs confirmed")},
        {u"proposal_received"_s, QT_TR_NOOP("Proposal received")},
        {u"terms_agreed"_s, QT_TR_NOOP("Terms agreed")},
        {u"contract_sent"_s, QT_TR_NOOP("Contract received for signature")},
    };
    // A renamed built-in stage shows the name the user gave it.
    const auto it = builtIn.constFind(stage.id);
    return it != builtIn.constEnd() && stage.name == QLatin1StringView(it.value()) ? tr(it.value())
                                                                                   : stage.name;
}

QString DealStore::statusDisplayName(DealStatus status)
{
    switch (status) {
    case DealStatus::Open:
        return tr("Open");
    case DealStatus::Won:
        return tr("Won");
    case DealStatus::Lost:
        return tr("Lost");
    }
    return {};
}

DealStore::BulkWriter::BulkWriter(Database &db)
    : m_db(db)
    , m_bulk(db)
    , m_insert(db.prepare(kInsertDeal))
    , m_link(db.prepare(kLinkContact))
    , m_history(db.prepare(kInsertStageHistory))
{
}

void DealStore::BulkWriter::add(Deal deal)
{
    const FieldErrors errors = Validation::check(deal);
    if (!errors.isEmpty())
        throw StoreError(
            tr("Deal %1 (%2): %3").arg(m_written + 1).arg(deal.title, Validation::describe(errors)));
    if (deal.id.isEmpty())
        deal.id = Database::newId();
    if (!deal.createdAt.isValid())
        deal.createdAt = m_db.clock().now();
    if (!deal.updatedAt.isValid())
        deal.updatedAt = deal.createdAt;
    try {
        bindDeal(m_insert, deal);
        Database::exec(m_insert);
        for (const QVariant &v : QVariantList {Database::newId(), deal.id, u""_s, deal.stageId,
                 deal.createdAt.toMSecsSinceEpoch(), sql::text(deal.owner)})
            m_history.addBindValue(v);
        Database::exec(m_history);
        for (const QString &contactId : std::as_const(deal.contactIds)) {
            m_link.addBindValue(sql::bindable(deal.id));
            m_link.addBindValue(sql::bindable(contactId));
            Database::exec(m_link);
        }
    } catch (const StoreError &error) {
        // A row the database refuses (duplicate id, unknown stage, company or contact) is named
        // like an invalid one.
        throw StoreError(
            tr("Deal %1 (%2): %3").arg(m_written + 1).arg(deal.title, error.message()), error.details());
    }
    ++m_written;
}

} // namespace loopline
