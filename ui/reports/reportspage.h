#pragma once

#include "analytics/reports.h"
#include "reports/chartbuilder.h"
#include "store/database.h"

#include <QList>
#include <QWidget>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QImage;
class QPainter;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QThread;
class QTimer;

namespace loopline {

class ReportLoader;

// The manager's dashboard: the charts they chose (remembered between sessions), each
// narrowed by period, owner, lead source, campaign, segment and pipeline. Clicking a bar
// lists the records behind it. A chart's context menu saves it as PNG or its numbers as
// CSV or XLSX, moves it or takes it off; the whole dashboard exports as PDF or XLSX.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Database &db, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QString title() const { return tr("Reports"); }

    // The charts on the dashboard, in order.
    QList<ChartKind> dashboard() const { return m_dashboard; }
    void setDashboard(const QList<ChartKind> &kinds);
    void setChartShown(ChartKind kind, bool shown);
    // Moves the chart `delta` places earlier (negative) or later.
    void moveChart(ChartKind kind, int delta);
    void resetDashboard();

    // Null when the chart is not on the dashboard.
    QChartView *chart(ChartKind kind) const;
    QLabel *emptyLabel(ChartKind kind) const;
    // True while the chart has no data and shows its empty-state text instead.
    bool isShowingEmptyState(ChartKind kind) const;
    // The numbers behind the chart as last read, or null.
    const DataTable *table(ChartKind kind) const;

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *campaignBox() const { return m_campaign; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *pipelineBox() const { return m_pipeline; }
    ReportFilter filter() const;

    QString csv(ChartKind kind) const;
    void copyCsv(ChartKind kind) const;
    bool saveChart(ChartKind kind, const QString &fileName) const;
    // These throw StoreError saying what went wrong with which file.
    void saveCsv(ChartKind kind, const QString &fileName) const;
    void saveXlsx(const QList<ChartKind> &kinds, const QString &fileName) const;
    // Every chart of the dashboard, four to an A4 landscape page, after the filter used.
    void exportPdf(const QString &fileName);
    // A page of that PDF as a picture (first page 0), to preview or check it.
    QImage pageImage(int index) const;

    // As a click on a bar: asks to list the records behind it. False when it has none.
    bool openBar(ChartKind kind, int set, int bar);

    // True while the charts are being read (on a worker thread).
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    // Reads the charts again with the current filter, on a worker thread with its own
    // connection; each chart is drawn as it arrives.
    void refresh();
    // Stops reading: the charts read so far stay, the others keep what they showed.
    void cancelLoading();

Q_SIGNALS:
    void statusChanged(const QString &text);
    void openRecords(const QString &title, const loopline::DrillDown &records);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Cell
    {
        QWidget *frame = nullptr;
        QLabel *heading = nullptr;
        QStackedWidget *stack = nullptr;
        QChartView *view = nullptr;
        QLabel *empty = nullptr;
        ChartContent content; // its chart is owned by the view
        std::optional<ChartData> data; // as last read
    };

    QWidget *makeFilterBar();
    void makeMenus();
    Cell makeCell(ChartKind kind);
    void rebuildGrid();
    void fillFilterLists();
    void saveDashboard() const;
    void display(ChartKind kind, Cell &cell, ChartContent content);
    ChartBuilder builder(const ReportFilter &filter, int chartWidth) const;
    void startLoader();
    void chartLoaded(quint64 request, ChartKind kind, const ChartData &data);
    void loadingFinished(quint64 request);
    // Reads the charts on the window's own connection, when no second one can be opened.
    void loadHere();
    void updateProgress();
    void showContextMenu(ChartKind kind, const QPoint &pos);
    void askExportPdf();
    void askExportXlsx(const QList<ChartKind> &kinds);
    QString filterSummary() const;
    // Paints the dashboard on pages of the given size, calling newPage between them, or only
    // the page `onlyPage` (from 0); returns how many pages the dashboard takes.
    int paintPages(
        QPainter &painter, const QRect &page, const std::function<void()> &newPage, int onlyPage = -1) const;
    const Cell *cell(ChartKind kind) const;

    Database &m_db;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_owner;
    QComboBox *m_source;
    QComboBox *m_campaign;
    QComboBox *m_segment;
    QComboBox *m_pipeline;
    QMenu *m_chartsMenu = nullptr;
    QTimer *m_debounce;
    QWidget *m_charts = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_noCharts = nullptr; // shown when every chart was taken off
    QList<ChartKind> m_dashboard;
    QWidget *m_progressBox = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressDelay = nullptr;
    QThread *m_thread = nullptr;
    ReportLoader *m_loader = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest; // the request the loader works for
    quint64 m_request = 0;
    quint64 m_requests = 0;
    ReportFilter m_requestFilter;
    int m_done = 0;
    bool m_loading = false;
    bool m_here = false; // no second connection: read on the window's own
    std::map<ChartKind, Cell> m_cells;
    bool m_loaded = false;
};

} // namespace loopline
