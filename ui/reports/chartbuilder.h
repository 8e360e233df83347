#pragma once

#include "analytics/reports.h"
#include "export/tableexport.h"
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

// Builds the report charts from the database with a filter, in the colours and font
// of a palette: one SQL aggregate per chart (see Reports).
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    ChartBuilder(Database &db, const ReportFilter &filter, const QPalette &palette, const QFont &font);

    static QList<ChartKind> allKinds();
    static QList<ChartKind> defaultDashboard();
    static QString key(ChartKind kind);
    static std::optional<ChartKind> fromKey(const QString &key);
    static QString title(ChartKind kind);
    static QString emptyText(ChartKind kind);

    // How wide, in pixels, the names beside horizontal bars may be before they are shortened.
    void setLabelWidth(int pixels) { m_labelWidth = pixels; }
    // Throws StoreError when the database cannot be read.
    ChartContent build(ChartKind kind) const;
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

    Database &m_db;
    Reports m_reports;
    QPalette m_palette;
    QFont m_font;
    QString m_base;
    int m_labelWidth = 220;
};

} // namespace loopline
