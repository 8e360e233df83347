#pragma once

#include "analytics/reports.h"
#include "store/database.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <array>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace loopline {

// The manager's reports: win/loss by month, loss reasons, competitors and the lead
// funnel as four charts, narrowed by period, owner and pipeline. Right-click a chart to
// save it as a picture or copy its numbers as CSV.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum ChartIndex {
        WinLossChart,
        LossReasonsChart,
        CompetitorsChart,
        FunnelChart,
        CampaignsChart,
        ChartCount
    };

    explicit ReportsPage(Database &db, QWidget *parent = nullptr);

    QString title() const { return tr("Reports"); }

    int chartCount() const { return ChartCount; }
    QChartView *chart(int index) const;
    QLabel *emptyLabel(int index) const;
    // True while the chart has no data and shows its empty-state text instead.
    bool isShowingEmptyState(int index) const;

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QComboBox *pipelineBox() const { return m_pipeline; }
    ReportFilter filter() const;

    // The chart's numbers, a header line and one line per category.
    QString csv(int index) const;
    void copyCsv(int index) const;
    bool saveChart(int index, const QString &fileName) const;

public Q_SLOTS:
    // Reads the reports again with the current filter.
    void refresh();

Q_SIGNALS:
    void statusChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Cell
    {
        QLabel *heading = nullptr;
        QStackedWidget *stack = nullptr;
        QChartView *view = nullptr;
        QLabel *empty = nullptr;
        QList<QStringList> rows; // CSV: header first
    };

    QWidget *makeFilterBar();
    QWidget *makeCell(int index, const QString &heading, const QString &emptyText);
    void fillPipelines();
    void setChart(int index, QChart *chart, bool hasData);
    void styleChart(QChart *chart) const;
    void showWinLoss(const QList<WinLossMonth> &months);
    void showLossReasons(const QList<LossReasonCount> &reasons);
    void showCompetitors(const QList<CompetitorStats> &competitors);
    void showFunnel(const QList<FunnelStep> &steps);
    void showCampaigns(const QList<CampaignResult> &campaigns);
    void showContextMenu(int index, const QPoint &pos);

    Database &m_db;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_owner;
    QComboBox *m_pipeline;
    QTimer *m_debounce;
    std::array<Cell, ChartCount> m_cells;
};

} // namespace loopline
