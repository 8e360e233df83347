#include "syncschema.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace loopline::sync {

const QList<SyncTable> &tables()
{
    static const QList<SyncTable> list = [] {
        const QStringList byId = {u"lead_sources"_s, u"pipelines"_s, u"deal_stages"_s, u"stage_tasks"_s,
            u"loss_reasons"_s, u"competitors"_s, u"team_members"_s, u"questionnaire_templates"_s,
            u"questionnaire_versions"_s, u"segments"_s, u"segment_criteria"_s, u"campaigns"_s,
            u"collateral"_s, u"companies"_s, u"contacts"_s, u"deals"_s, u"deal_stage_history"_s, u"leads"_s,
            u"lead_status_history"_s, u"lead_signals"_s, u"tasks"_s, u"timeline"_s, u"consent_events"_s,
            u"erasures"_s, u"sync_conflicts"_s};
        QList<SyncTable> result;
        for (const QString &name : byId)
            result.append({name, {u"id"_s}, true});
        // Content-keyed rows, each after the table it belongs to.
        auto insertAfter = [&result](const QString &after, const SyncTable &table) {
            for (qsizetype i = 0; i < result.size(); ++i) {
                if (result.at(i).name == after) {
                    result.insert(i + 1, table);
                    return;
                }
            }
            result.append(table);
        };
        insertAfter(u"lead_sources"_s, {u"settings"_s, {u"key"_s}, false});
        insertAfter(u"settings"_s, {u"currency_rates"_s, {u"currency"_s}, false});
        insertAfter(u"contacts"_s, {u"contact_emails"_s, {u"contact_id"_s, u"position"_s}, false});
        insertAfter(u"contact_emails"_s, {u"contact_phones"_s, {u"contact_id"_s, u"position"_s}, false});
        insertAfter(u"deals"_s, {u"deal_contacts"_s, {u"deal_id"_s, u"contact_id"_s}, false});
        insertAfter(u"deal_contacts"_s, {u"deal_competitors"_s, {u"deal_id"_s, u"competitor_id"_s}, false});
        insertAfter(u"deal_competitors"_s, {u"deal_collateral"_s, {u"deal_id"_s, u"collateral_id"_s}, false});
        return result;
    }();
    return list;
}

const SyncTable *findTable(const QString &name)
{
    for (const SyncTable &table : tables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

QString joinKey(const QStringList &values)
{
    return values.join(u'|');
}

QStringList splitKey(const QString &key)
{
    return key.split(u'|');
}

QString keyCondition(const SyncTable &table)
{
    QStringList parts;
    for (const QString &column : table.key)
        parts << column + u" = ?"_s;
    return parts.join(u" AND "_s);
}

ColumnCatalog::ColumnCatalog(const Database &db)
{
    if (db.isSqlite()) {
        for (const SyncTable &table : tables()) {
            QSqlQuery q = db.run(u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table.name));
            while (q.next()) {
                const QString column = q.value(0).toString();
                if (column != "seq"_L1)
                    m_columns[table.name] << column;
            }
        }
        return;
    }
    QSqlQuery q = db.run(u"SELECT table_name, column_name, data_type FROM information_schema.columns "
                         "WHERE table_schema = current_schema() AND is_generated = 'NEVER' "
                         "AND column_name <> 'seq' ORDER BY table_name, ordinal_position"_s);
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (!findTable(table))
            continue;
        const QString column = q.value(1).toString();
        m_columns[table] << column;
        m_types.insert(table + u'.' + column, q.value(2).toString());
    }
}

QStringList ColumnCatalog::columns(const QString &table) const
{
    return m_columns.value(table);
}

QString ColumnCatalog::type(const QString &table, const QString &column) const
{
    return m_types.value(table + u'.' + column);
}

bool ColumnCatalog::has(const QString &table, const QString &column) const
{
    return m_columns.value(table).contains(column);
}

} // namespace loopline::sync
