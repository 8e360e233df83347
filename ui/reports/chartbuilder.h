#pragma once

#include "analytics/reports.h"
#include "campaigns/campaignstore.h"
#include "export/tableexport.h"
#include "leads/leadfigures.h"
#include "pipeline/forecast.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QStringList>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QValueAxis;

namespace loopline {

// Every chart the reports page can show. The order is the order of the "Charts" menu;
// the keys are stored in the settings, so never renumber them.
enum class ChartKind {
    WinLossByMonth,
    WinLossByOwner,
    WinLossBySource,
    WinLossByCampaign,
    WinLossBySegment,
    LossReasons,
    Competitors,
    LeadFunnel,
    DealFunnel,
    CampaignRoi,
    CampaignPlan,
    SdrFigures,
    SalesFigures,
    Forecast,
    Collateral,
};

// What a chart shows, as read from the database: only the fields of its kind are filled.
struct ChartData
{
    QString baseCurrency;
    QList<WinLossMonth> months;
    QList<WinLossGroup> groups;
    QList<LossReasonCount> reasons;
    QList<CompetitorStats> competitors;
    QList<FunnelStep> funnel;
    QList<CampaignResult> campaigns;
    std::optional<Campaign> campaign; // plan against actual: the campaign and its figures
    CampaignFigures campaignFigures;
    QList<SdrStats> sdr;
    BonusRates bonusRates;
    QList<SalesStats> sales;
    QList<ForecastMonth> forecast;
    QList<CollateralStats> collateral;
};

// What one bar stands for: the records behind it and the title of their list.
struct BarRecords
{
    QString title;
    DrillDown records;
};

// A chart ready to show: the chart itself (owned by the caller), whether it has anything
// to draw, the numbers behind it, and the records behind each bar of its bar series
// (records[set][bar]; none when the bars stand for no records).
struct ChartContent
{
    QChart *chart = nullptr;
    bool hasData = false;
    DataTable table;
    QAbstractBarSeries *bars = nullptr;
    QList<QList<BarRecords>> records;
    const BarRecords *recordsAt(int set, int bar) const;
};

// Reads what a chart shows (fetch(), one SQL aggregate per chart, see Reports; safe on a
// worker thread with its own connection) and builds the chart from it (build(), on the GUI
// thread) in the colours and font of a palette, with the records behind each bar.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    ChartBuilder(const Database &db, const ReportFilter &filter, const QPalette &palette, const QFont &font);

    static QList<ChartKind> allKinds();
    static QList<ChartKind> defaultDashboard();
    static QString key(ChartKind kind);
    static std::optional<ChartKind> fromKey(const QString &key);
    static QString title(ChartKind kind);
    static QString emptyText(ChartKind kind);

    // How wide, in pixels, the names beside horizontal bars may be before they are shortened.
    void setLabelWidth(int pixels) { m_labelWidth = pixels; }
    // Throws StoreError when the database cannot be read.
    static ChartData fetch(Database &db, const ReportFilter &filter, ChartKind kind);
    ChartContent build(ChartKind kind, const ChartData &data) const;
    // Applies the palette and font to a chart (again after a palette change).
    void style(QChart *chart) const;

private:
    ChartContent winLossByMonth() const;
    ChartContent winLossBy(ReportDimension dimension) const;
    ChartContent lossReasons() const;
    ChartContent competitors() const;
    ChartContent funnel(const QList<FunnelStep> &steps, bool deals) const;
    ChartContent campaignRoi() const;
    ChartContent campaignPlan() const;
    ChartContent sdrFigures() const;
    ChartContent salesFigures() const;
    ChartContent forecast() const;
    ChartContent collateral() const;
    // Puts the sets in the series and the series with its axes and tips in the chart: a
    // legend on top for several sets, counts on the bars when asked.
    void finish(ChartContent &content, QAbstractBarSeries *series, const QList<QBarSet *> &sets,
        const QStringList &categories, QValueAxis *values, const QStringList &tips, qreal barWidth,
        bool counts) const;
    QString money(double minor) const;

    Reports m_reports; // for the records behind the bars
    mutable const ChartData *m_data = nullptr; // while build() runs
    QPalette m_palette;
    QFont m_font;
    mutable QString m_base;
    int m_labelWidth = 220;
};

} // namespace loopline
