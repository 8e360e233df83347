#include "pipelinestore.h"

#include "records/validation.h"
#include "store/dealstore.h"
#include "store/settingsstore.h"

using namespace Qt::StringLiterals;

namespace loopline {

QList<Pipeline> PipelineStore::pipelines(bool includeArchived) const
{
    QSqlQuery q
        = m_db.run(u"SELECT id, name, position, archived FROM pipelines %1 ORDER BY position, name"_s.arg(
            includeArchived ? QString() : u"WHERE archived = 0"_s));
    QList<Pipeline> result;
    while (q.next())
        result << Pipeline {
            q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0};
    return result;
}

QString PipelineStore::displayName(const Pipeline &pipeline)
{
    return pipeline.id == u"default" && pipeline.name == u"Sales" ? tr("Sales") : pipeline.name;
}

QString PipelineStore::addPipeline(const QString &name, const QStringList &stageNames)
{
    if (name.trimmed().isEmpty())
        throw StoreError(tr("A pipeline needs a name."));
    if (stageNames.isEmpty())
        throw StoreError(tr("A pipeline needs at least one stage."));
    const QString id = Database::newId();
    Transaction tx(m_db);
    m_db.run(u"INSERT INTO pipelines (id, name, position) VALUES (?, ?, "
             "(SELECT COALESCE(MAX(position), 0) + 1 FROM pipelines))"_s,
        {id, name.trimmed()});
    for (const QString &stageName : stageNames)
        addStage(id, stageName, 0);
    tx.commit();
    return id;
}

void PipelineStore::renamePipeline(const QString &id, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw StoreError(tr("A pipeline needs a name."));
    Transaction tx(m_db);
    m_db.run(u"UPDATE pipelines SET name = ? WHERE id = ?"_s, {name.trimmed(), id});
    tx.commit();
}

QList<DealStage> PipelineStore::stages(const QString &pipelineId) const
{
    QSqlQuery q = m_db.run(u"SELECT id, name, position, probability, pipeline_id FROM deal_stages "
                           "WHERE pipeline_id = ? ORDER BY position, id"_s,
        {pipelineId});
    QList<DealStage> result;
    while (q.next())
        result << DealStage {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toInt(), q.value(4).toString()};
    return result;
}

std::optional<DealStage> PipelineStore::stage(const QString &stageId) const
{
    QSqlQuery q = m_db.run(
        u"SELECT id, name, position, probability, pipeline_id FROM deal_stages WHERE id = ?"_s, {stageId});
    if (!q.next())
        return std::nullopt;
    return DealStage {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
        q.value(4).toString()};
}

QString PipelineStore::addStage(const QString &pipelineId, const QString &name, int probability)
{
    if (name.trimmed().isEmpty())
        throw StoreError(tr("A stage needs a name."));
    if (probability < 0 || probability > 100)
        throw StoreError(tr("A stage's probability must be between 0 and 100 %."));
    if (!m_db.scalar(u"SELECT 1 FROM pipelines WHERE id = ?"_s, {pipelineId}).isValid())
        throw StoreError(tr("There is no pipeline \"%1\".").arg(pipelineId));
    const QString id = Database::newId();
    Transaction tx(m_db);
    m_db.run(u"INSERT INTO deal_stages (id, name, position, probability, pipeline_id) VALUES (?, ?, "
             "(SELECT COALESCE(MAX(position), 0) + 1 FROM deal_stages WHERE pipeline_id = ?), ?, ?)"_s,
        {id, name.trimmed(), pipelineId, probability, pipelineId});
    tx.commit();
    return id;
}

void PipelineStore::renameStage(const QString &stageId, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw StoreError(tr("A stage needs a name."));
    Transaction tx(m_db);
    m_db.run(u"UPDATE deal_stages SET name = ? WHERE id = ?"_s, {name.trimmed(), stageId});
    tx.commit();
}

void PipelineStore::setProbability(const QString &stageId, int probability)
{
    if (probability < 0 || probability > 100)
        throw StoreError(tr("A stage's probability must be between 0 and 100 %."));
    Transaction tx(m_db);
    m_db.run(u"UPDATE deal_stages SET probability = ? WHERE id = ?"_s, {probability, stageId});
    tx.commit();
}

void PipelineStore::renumber(const QString &pipelineId, const QStringList &stageIds)
{
    for (qsizetype i = 0; i < stageIds.size(); ++i)
        m_db.run(u"UPDATE deal_stages SET position = ? WHERE id = ? AND pipeline_id = ?"_s,
            {int(i) + 1, stageIds.at(i), pipelineId});
}

void PipelineStore::moveStage(const QString &stageId, int index)
{
    const std::optional<DealStage> moved = stage(stageId);
    if (!moved)
        throw StoreError(tr("The stage was deleted by someone else."));
    QStringList ids;
    for (const DealStage &s : stages(moved->pipelineId))
        ids << s.id;
    ids.removeAll(stageId);
    ids.insert(std::clamp<qsizetype>(index, 0, ids.size()), stageId);
    Transaction tx(m_db);
    renumber(moved->pipelineId, ids);
    tx.commit();
}

void PipelineStore::removeStage(const QString &stageId)
{
    const std::optional<DealStage> removed = stage(stageId);
    if (!removed)
        return;
    const QString name = DealStore::stageDisplayName(*removed);
    const qint64 deals
        = m_db.scalar(u"SELECT COUNT(*) FROM deals WHERE stage_id = ?"_s, {stageId}).toLongLong();
    if (deals > 0)
        throw StoreError(
            tr("%n deal(s) are in \"%1\"; move them to another stage first.", nullptr, int(deals)).arg(name));
    if (m_db.scalar(u"SELECT 1 FROM deal_stage_history WHERE to_stage = ? OR from_stage = ?"_s,
                {stageId, stageId})
            .isValid())
        throw StoreError(tr("Deals have passed through \"%1\"; it stays so their history keeps its meaning. "
                            "Rename it instead.")
                             .arg(name));
    Transaction tx(m_db);
    m_db.run(u"DELETE FROM deal_stages WHERE id = ?"_s, {stageId});
    QStringList ids;
    for (const DealStage &s : stages(removed->pipelineId))
        ids << s.id;
    renumber(removed->pipelineId, ids);
    tx.commit();
}

QList<StageTask> PipelineStore::stageTasks(const QString &stageId) const
{
    QSqlQuery q = m_db.run(
        u"SELECT id, stage_id, title, due_days FROM stage_tasks WHERE stage_id = ? ORDER BY position, id"_s,
        {stageId});
    QList<StageTask> result;
    while (q.next())
        result << StageTask {
            q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
    return result;
}

QString PipelineStore::addStageTask(const QString &stageId, const QString &title, int dueDays)
{
    if (title.trimmed().isEmpty())
        throw StoreError(tr("A follow-up task needs a title."));
    if (dueDays < 0 || dueDays > 365)
        throw StoreError(tr("A follow-up task is due 0 to 365 days after the deal enters the stage."));
    if (!stage(stageId))
        throw StoreError(tr("The stage was deleted by someone else."));
    const QString id = Database::newId();
    Transaction tx(m_db);
    m_db.run(u"INSERT INTO stage_tasks (id, stage_id, title, due_days, position) VALUES (?, ?, ?, ?, "
             "(SELECT COALESCE(MAX(position), 0) + 1 FROM stage_tasks WHERE stage_id = ?))"_s,
        {id, stageId, title.trimmed(), dueDays, stageId});
    tx.commit();
    return id;
}

void PipelineStore::removeStageTask(const QString &id)
{
    Transaction tx(m_db);
    m_db.run(u"DELETE FROM stage_tasks WHERE id = ?"_s, {id});
    tx.commit();
}

QString CurrencyRates::baseCurrency() const
{
    const QString stored = SettingsStore(m_db).text(u"currency.base"_s);
    return stored.isEmpty() ? u"EUR"_s : stored;
}

QStringList CurrencyRates::commonCurrencies()
{
    return {u"EUR"_s, u"USD"_s, u"GBP"_s, u"PLN"_s, u"UAH"_s, u"RUB"_s, u"KZT"_s, u"CHF"_s};
}

QStringList CurrencyRates::choices() const
{
    QStringList choices {baseCurrency()};
    choices << rates().keys() << commonCurrencies();
    choices.removeDuplicates();
    return choices;
}

void CurrencyRates::setBaseCurrency(const QString &code)
{
    if (!Validation::isValidCurrency(code))
        throw StoreError(tr("\"%1\" is not a currency code.").arg(code));
    SettingsStore(m_db).setText(u"currency.base"_s, code.toUpper());
}

QMap<QString, double> CurrencyRates::rates() const
{
    QSqlQuery q = m_db.run(u"SELECT currency, per_base FROM currency_rates ORDER BY currency"_s);
    QMap<QString, double> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toDouble());
    return result;
}

void CurrencyRates::setRate(const QString &currency, double perBase)
{
    if (!Validation::isValidCurrency(currency))
        throw StoreError(tr("\"%1\" is not a currency code.").arg(currency));
    if (!(perBase > 0))
        throw StoreError(tr("The rate for %1 must be above zero.").arg(currency));
    Transaction tx(m_db);
    m_db.run(u"DELETE FROM currency_rates WHERE currency = ?"_s, {currency.toUpper()});
    m_db.run(u"INSERT INTO currency_rates (currency, per_base, updated_at) VALUES (?, ?, ?)"_s,
        {currency.toUpper(), perBase, m_db.clock().nowMs()});
    tx.commit();
}

void CurrencyRates::removeRate(const QString &currency)
{
    Transaction tx(m_db);
    m_db.run(u"DELETE FROM currency_rates WHERE currency = ?"_s, {currency.toUpper()});
    tx.commit();
}

} // namespace loopline
