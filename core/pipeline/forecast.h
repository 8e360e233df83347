#pragma once

#include "records/records.h"
#include "store/database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>
#include <limits>

namespace loopline {

// How often the deals of this database that reached a stage were won: the rate the forecast
// weights a stage's open deals with.
struct StageConversion
{
    DealStage stage;
    // Closed deals (won or lost, closed in the history period) whose history reached this
    // stage or a later stage of the same pipeline.
    qint64 closedReached = 0;
    qint64 wonReached = 0; // of those, won
    double rate = 0; // the rate used: wonReached / closedReached when measured
    bool measured = false; // false: too little history, fell back to stage.probability / 100
};

// One month of the forecast, in minor units of the base currency.
struct ForecastMonth
{
    QDate month; // its first day
    double expectedMinor = 0; // open deals' values times their stage's rate
    double pipelineMinor = 0; // the same deals unweighted
    qint64 deals = 0;
    // Of `deals`, those expected to close before the forecast's first month, still open: they
    // are counted in the first month.
    qint64 overdueDeals = 0;
};

// Expected revenue by month from the open deals of one pipeline. Each open deal counts with
// its value, converted to the base currency by the rate table, times the conversion of its
// current stage: of the deals closed in the history period that reached that stage, the share
// that was won. A deal reached a stage when its stage history enters that stage or a later
// one of the pipeline (a deal that skipped stages still passed them), or when it closed in
// it. Stages with fewer closed deals than the minimum sample use their probability instead.
// Everything is aggregated by the database.
class Forecast
{
public:
    explicit Forecast(const Database &db)
        : m_db(db)
    {
    }

    void setPipeline(const QString &pipelineId) { m_pipelineId = pipelineId; }
    QString pipeline() const { return m_pipelineId; }
    // The closed deals considered: closed from the start of `from` to the end of `to`, local
    // time, both days included. An invalid date leaves that side open. A deal closed before
    // closing times were recorded counts by the time of its last change.
    void setHistoryPeriod(QDate from, QDate to);
    // A stage reached by fewer closed deals than this falls back to its probability.
    void setMinimumSample(int closedDeals = 5) { m_minimumSample = closedDeals; }
    int minimumSample() const { return m_minimumSample; }

    // The pipeline's stages in order, each with its conversion.
    QList<StageConversion> conversions() const;
    // `count` months from the month of `first` on, each listed even when empty. Deals expected
    // to close before that month count in it; deals after the last month are left out.
    QList<ForecastMonth> months(QDate first, int count) const;

    QString baseCurrency() const;
    // Open deals of the pipeline in a currency without a rate: left out of the months.
    qint64 unconvertedDeals() const;
    // Open deals of the pipeline without an expected close date: not in any month.
    qint64 undatedDeals() const;

private:
    // The open deals of the pipeline, "FROM deals d" with this condition.
    QString openDealsOfPipeline(QVariantList &values) const;

    const Database &m_db;
    QString m_pipelineId = QStringLiteral("default");
    qint64 m_fromMs = std::numeric_limits<qint64>::min();
    qint64 m_toMs = std::numeric_limits<qint64>::max();
    int m_minimumSample = 5;
};

} // namespace loopline
