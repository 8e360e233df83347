#include "conflictstore.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "sync/syncschema.h"

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

// The name a person knows a record by, per table.
QString nameExpression(const QString &entity)
{
    if (entity == "contacts"_L1 || entity == "leads"_L1)
        return u"TRIM(first_name || ' ' || last_name)"_s;
    if (entity == "companies"_L1 || entity == "campaigns"_L1 || entity == "competitors"_L1
        || entity == "segments"_L1 || entity == "team_members"_L1)
        return u"name"_s;
    if (entity == "deals"_L1 || entity == "tasks"_L1 || entity == "collateral"_L1)
        return u"title"_s;
    return {};
}

} // namespace

ConflictStore::ConflictStore(Database &db)
    : m_db(db)
{
}

QList<SyncConflict> ConflictStore::openConflicts() const
{
    QList<SyncConflict> result;
    {
        QSqlQuery q = m_db.run(u"SELECT id, entity, row_key, field, kept_value, kept_author, other_value, "
                               "other_author, detected_at FROM sync_conflicts WHERE resolved_at IS NULL "
                               "ORDER BY detected_at DESC, id"_s);
        while (q.next()) {
            SyncConflict c;
            c.id = q.value(0).toString();
            c.entity = q.value(1).toString();
            c.rowKey = q.value(2).toString();
            c.field = q.value(3).toString();
            c.keptValue = q.value(4);
            c.keptAuthor = q.value(5).toString();
            c.otherValue = q.value(6);
            c.otherAuthor = q.value(7).toString();
            c.detectedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
            result << c;
        }
    }
    for (SyncConflict &c : result)
        c.recordName = recordName(c.entity, c.rowKey);
    return result;
}

QString ConflictStore::recordName(const QString &entity, const QString &key) const
{
    const QString name = nameExpression(entity);
    const sync::SyncTable *table = sync::findTable(entity);
    QString found;
    if (!name.isEmpty() && table && table->key == QStringList {u"id"_s})
        found = m_db.scalar(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(name, entity), {key}).toString();
    return found.trimmed().isEmpty() ? key : found;
}

qint64 ConflictStore::openCount() const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s).toLongLong();
}

void ConflictStore::keep(const QString &id)
{
    Transaction tx(m_db);
    close(id, u"kept"_s);
    tx.commit();
}

void ConflictStore::useOther(const QString &id)
{
    QSqlQuery q
        = m_db.run(u"SELECT entity, row_key, field, other_value FROM sync_conflicts WHERE id = ?"_s, {id});
    if (!q.next())
        throw StoreError(tr("This conflict is no longer there."));
    const QString entity = q.value(0).toString();
    const QString key = q.value(1).toString();
    const QString field = q.value(2).toString();
    const QVariant value = q.value(3);
    q.finish();
    const sync::SyncTable *table = sync::findTable(entity);
    const sync::ColumnCatalog catalog(m_db);
    if (!table || !catalog.has(entity, field) || table->key.contains(field))
        throw StoreError(tr("The field \"%1\" cannot be set from the conflict list.").arg(field));
    const QString type = catalog.type(entity, field);
    const QString placeholder = type.isEmpty() ? u"?"_s : u"CAST(? AS %1)"_s.arg(type);
    QVariantList args {value};
    for (const QString &part : sync::splitKey(key))
        args << part;
    Transaction tx(m_db);
    QSqlQuery update = m_db.run(
        u"UPDATE %1 SET %2 = %3 WHERE %4"_s.arg(entity, field, placeholder, sync::keyCondition(*table)),
        args);
    if (update.numRowsAffected() == 0)
        throw StoreError(tr("The record of this conflict has been deleted; there is nothing to change."));
    close(id, u"other"_s);
    tx.commit();
}

void ConflictStore::close(const QString &id, const QString &resolution)
{
    m_db.run(u"UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ? "
             "AND resolved_at IS NULL"_s,
        {m_db.clock().nowMs(), m_db.currentUser(), resolution, id});
}

QString ConflictStore::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {{u"contacts"_s, QT_TR_NOOP("Contact")},
        {u"companies"_s, QT_TR_NOOP("Company")}, {u"deals"_s, QT_TR_NOOP("Deal")},
        {u"leads"_s, QT_TR_NOOP("Lead")}, {u"tasks"_s, QT_TR_NOOP("Task")},
        {u"campaigns"_s, QT_TR_NOOP("Campaign")}, {u"contact_emails"_s, QT_TR_NOOP("E-mail address")},
        {u"contact_phones"_s, QT_TR_NOOP("Phone number")}};
    const auto it = labels.constFind(entity);
    return it == labels.cend() ? entity : tr(it.value());
}

QString ConflictStore::fieldLabel(const QString &entity, const QString &field)
{
    Q_UNUSED(entity);
    static const QHash<QString, const char *> labels = {{u"first_name"_s, QT_TR_NOOP("First name")},
        {u"last_name"_s, QT_TR_NOOP("Last name")}, {u"job_title"_s, QT_TR_NOOP("Job title")},
        {u"notes"_s, QT_TR_NOOP("Notes")}, {u"name"_s, QT_TR_NOOP("Name")}, {u"title"_s, QT_TR_NOOP("Title")},
        {u"owner"_s, QT_TR_NOOP("Owner")}, {u"email"_s, QT_TR_NOOP("E-mail")},
        {u"phone"_s, QT_TR_NOOP("Phone")}, {u"address"_s, QT_TR_NOOP("Address")},
        {u"number"_s, QT_TR_NOOP("Number")}, {u"value_minor"_s, QT_TR_NOOP("Value")},
        {u"stage_id"_s, QT_TR_NOOP("Stage")}, {u"status"_s, QT_TR_NOOP("Status")},
        {u"expected_close"_s, QT_TR_NOOP("Expected close")}, {u"domain"_s, QT_TR_NOOP("Web domain")},
        {u"industry"_s, QT_TR_NOOP("Industry")}, {u"tags"_s, QT_TR_NOOP("Tags")},
        {u"segment"_s, QT_TR_NOOP("Segment")}, {u"rating"_s, QT_TR_NOOP("Rating")},
        {u"temperature"_s, QT_TR_NOOP("Temperature")}, {u"due_at"_s, QT_TR_NOOP("Due")},
        {u"company_id"_s, QT_TR_NOOP("Company")}};
    const auto it = labels.constFind(field);
    if (it != labels.cend())
        return tr(it.value());
    QString text = field;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace loopline
