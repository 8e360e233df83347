#pragma once

#include "records/records.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QMap>

namespace loopline {

struct Pipeline
{
    QString id;
    QString name;
    int position = 0;
    bool archived = false;
};

// A follow-up task created for a deal's owner when the deal enters a stage.
struct StageTask
{
    QString id;
    QString stageId;
    QString title;
    int dueDays = 1;
};

// Pipelines and their ordered stages. Deals and their stage history refer to stages by
// id, so renaming or reordering a stage keeps every deal's history meaningful.
class PipelineStore
{
    Q_DECLARE_TR_FUNCTIONS(PipelineStore)

public:
    explicit PipelineStore(Database &db)
        : m_db(db)
    {
    }
    QList<Pipeline> pipelines(bool includeArchived = false) const;
    static QString displayName(const Pipeline &pipeline);
    // A new pipeline with these stages (the first is its stage zero).
    QString addPipeline(const QString &name, const QStringList &stageNames);
    void renamePipeline(const QString &id, const QString &name);

    QList<DealStage> stages(const QString &pipelineId) const;
    QString addStage(const QString &pipelineId, const QString &name, int probability);
    void renameStage(const QString &stageId, const QString &name);
    void setProbability(const QString &stageId, int probability);
    // Moves the stage to the given index within its pipeline.
    void moveStage(const QString &stageId, int index);
    // Refused while a deal is in the stage or its history passed through it.
    void removeStage(const QString &stageId);

    QList<StageTask> stageTasks(const QString &stageId) const;
    QString addStageTask(const QString &stageId, const QString &title, int dueDays);
    void removeStageTask(const QString &id);

private:
    std::optional<DealStage> stage(const QString &stageId) const;
    void renumber(const QString &pipelineId, const QStringList &stageIds);
    Database &m_db;
};

// Exchange rates for totals in the user's currency: one unit of `currency` is worth
// `perBase` units of the base currency. Deals keep their own currency.
class CurrencyRates
{
    Q_DECLARE_TR_FUNCTIONS(CurrencyRates)

public:
    explicit CurrencyRates(Database &db)
        : m_db(db)
    {
    }
    QString baseCurrency() const;
    void setBaseCurrency(const QString &code);
    QMap<QString, double> rates() const;
    void setRate(const QString &currency, double perBase);
    void removeRate(const QString &currency);
    // The currencies a money field offers: the base currency first, then those with a
    // rate, then the common ones; any other ISO code may still be typed.
    QStringList choices() const;
    static QStringList commonCurrencies();

private:
    Database &m_db;
};

} // namespace loopline
