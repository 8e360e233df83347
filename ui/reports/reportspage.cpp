#include "reportspage.h"

#include "pipeline/board.h"
#include "pipeline/pipelinestore.h"
#include "records/money.h"
#include "store/storeerror.h"

#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr int kTopCompetitors = 8;
constexpr int kFunnelLabelWidth = 130; // pixels of an axis label before it is elided

QColor wonColor()
{
    return QColor(0x2e, 0x9d, 0x4f);
}
QColor lostColor()
{
    return QColor(0xd6, 0x45, 0x41);
}
QColor neutralColor()
{
    return QColor(0x3d, 0x7e, 0xc9);
}

// An axis from zero with whole-number ticks only (1, 2, 5, 10, 20, 50, ... apart).
QValueAxis *integerAxis(qint64 maximum)
{
    qint64 step = 1;
    for (qint64 scale = 1;; scale *= 10) {
        if (maximum <= 5 * scale) {
            step = scale;
            break;
        }
        if (maximum <= 10 * scale) {
            step = 2 * scale;
            break;
        }
        if (maximum <= 25 * scale) {
            step = 5 * scale;
            break;
        }
    }
    const qint64 top = std::max<qint64>(step, (maximum + step - 1) / step * step);
    auto *axis = new QValueAxis;
    axis->setRange(0, double(top));
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(u"%d"_s);
    return axis;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void showToolTip(bool hovering, const QString &text)
{
    if (hovering)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

} // namespace

ReportsPage::ReportsPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_owner(new QLineEdit(this))
    , m_pipeline(new QComboBox(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ReportsPage::refresh);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(
        makeCell(WinLossChart, tr("Won and lost deals by month"), tr("No closed deals in this period")), 0,
        0);
    grid->addWidget(
        makeCell(LossReasonsChart, tr("Why deals were lost"), tr("No lost deals in this period")), 0, 1);
    grid->addWidget(makeCell(CompetitorsChart, tr("Competitors in closed deals"),
                        tr("No competitors named in this period")),
        1, 0);
    grid->addWidget(makeCell(FunnelChart, tr("Lead funnel"), tr("No leads arrived in this period")), 1, 1);
    grid->addWidget(makeCell(CampaignsChart, tr("Campaigns and events: cost against won revenue"),
                        tr("No campaigns ran in this period")),
        2, 0, 1, 2);
    for (int i = 0; i < 3; ++i)
        grid->setRowStretch(i, 1);
    for (int i = 0; i < 2; ++i)
        grid->setColumnStretch(i, 1);

    // The charts scroll when the window is too small for all of them.
    auto *charts = new QWidget;
    charts->setLayout(grid);
    charts->setMinimumHeight(720);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeFilterBar());
    layout->addWidget(scroll, 1);

    fillPipelines(); // the charts are read when the page is shown (showEvent)
}

QWidget *ReportsPage::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    }
    m_from->setDate(today.addMonths(-12).addDays(1));
    m_to->setDate(today);
    m_from->setToolTip(tr("First day of the period (deals by closing date, leads by arrival)"));
    m_to->setToolTip(tr("Last day of the period"));

    m_owner->setPlaceholderText(tr("All owners"));
    m_owner->setClearButtonEnabled(true);
    m_owner->setToolTip(tr("Only the deals and leads of this owner"));
    connect(m_owner, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    m_pipeline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);

    auto *fromLabel = new QLabel(tr("&From:"), bar);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), bar);
    toLabel->setBuddy(m_to);
    auto *ownerLabel = new QLabel(tr("&Owner:"), bar);
    ownerLabel->setBuddy(m_owner);
    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), bar);
    pipelineLabel->setBuddy(m_pipeline);

    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(ownerLabel);
    layout->addWidget(m_owner);
    layout->addSpacing(12);
    layout->addWidget(pipelineLabel);
    layout->addWidget(m_pipeline);
    layout->addStretch(1);
    return bar;
}

QWidget *ReportsPage::makeCell(int index, const QString &heading, const QString &emptyText)
{
    Cell &cell = m_cells.at(size_t(index));
    auto *frame = new QWidget(this);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    cell.heading = new QLabel(heading, frame);
    QFont font = cell.heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    cell.heading->setFont(font);

    cell.view = new QChartView(frame);
    cell.view->setRenderHint(QPainter::Antialiasing);
    cell.view->setFrameShape(QFrame::NoFrame);
    cell.view->setMinimumSize(260, 180);
    cell.view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(cell.view, &QWidget::customContextMenuRequested, this,
        [this, index](const QPoint &pos) { showContextMenu(index, pos); });

    cell.empty = new QLabel(emptyText, frame);
    cell.empty->setAlignment(Qt::AlignCenter);
    cell.empty->setWordWrap(true);
    cell.empty->setForegroundRole(QPalette::PlaceholderText);
    cell.empty->setContextMenuPolicy(Qt::NoContextMenu);

    cell.stack = new QStackedWidget(frame);
    cell.stack->addWidget(cell.view);
    cell.stack->addWidget(cell.empty);

    layout->addWidget(cell.heading);
    layout->addWidget(cell.stack, 1);
    return frame;
}

void ReportsPage::fillPipelines()
{
    const QSignalBlocker blocker(m_pipeline);
    const QString current = m_pipeline->currentData().toString();
    m_pipeline->clear();
    m_pipeline->addItem(tr("All pipelines"), QString());
    try {
        const QList<Pipeline> pipelines = PipelineStore(m_db).pipelines();
        for (const Pipeline &pipeline : pipelines)
            m_pipeline->addItem(PipelineStore::displayName(pipeline), pipeline.id);
    } catch (const StoreError &error) {
        Q_EMIT statusChanged(error.message());
    }
    m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(current)));
}

QChartView *ReportsPage::chart(int index) const
{
    return index >= 0 && index < ChartCount ? m_cells.at(size_t(index)).view : nullptr;
}

QLabel *ReportsPage::emptyLabel(int index) const
{
    return index >= 0 && index < ChartCount ? m_cells.at(size_t(index)).empty : nullptr;
}

bool ReportsPage::isShowingEmptyState(int index) const
{
    const QLabel *empty = emptyLabel(index);
    return empty && m_cells.at(size_t(index)).stack->currentWidget() == empty;
}

ReportFilter ReportsPage::filter() const
{
    ReportFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.owner = m_owner->text().trimmed();
    filter.pipelineId = m_pipeline->currentData().toString();
    return filter;
}

void ReportsPage::refresh()
{
    m_debounce->stop();
    Reports reports(m_db);
    reports.setFilter(filter());
    try {
        showWinLoss(reports.winLossByMonth());
        showLossReasons(reports.lossReasons());
        showCompetitors(reports.competitors());
        showFunnel(reports.leadFunnel());
        showCampaigns(reports.campaignResults());
    } catch (const StoreError &error) {
        Q_EMIT statusChanged(tr("Cannot read the reports: %1").arg(error.message()));
    }
}

void ReportsPage::showEvent(QShowEvent *event)
{
    // Deals and leads change on other screens: read the reports again on every visit.
    QWidget::showEvent(event);
    refresh();
}

void ReportsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        for (const Cell &cell : m_cells) {
            if (cell.view && cell.view->chart())
                styleChart(cell.view->chart());
        }
    }
}

void ReportsPage::styleChart(QChart *chart) const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QColor line = text;
    line.setAlphaF(0.4);

    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font());
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setTitleFont(font());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                set->setLabelColor(text);
                set->setLabelFont(font());
            }
        }
    }
}

void ReportsPage::setChart(int index, QChart *chart, bool hasData)
{
    Cell &cell = m_cells.at(size_t(index));
    chart->setAnimationOptions(QChart::NoAnimation);
    styleChart(chart);
    QChart *old = cell.view->chart();
    cell.view->setChart(chart); // the view owns the new chart and gives up the old one
    delete old;
    cell.stack->setCurrentWidget(hasData ? static_cast<QWidget *>(cell.view) : cell.empty);
}

void ReportsPage::showWinLoss(const QList<WinLossMonth> &months)
{
    Cell &cell = m_cells.at(WinLossChart);
    cell.rows = {{tr("Month"), tr("Won"), tr("Lost"), tr("Won value")}};
    auto *chart = new QChart;
    if (months.isEmpty()) {
        setChart(WinLossChart, chart, false);
        return;
    }

    // Every month of the period gets its bar, including the quiet ones.
    const ReportFilter current = filter();
    QDate first = months.first().month;
    QDate last = months.last().month;
    if (current.from.isValid())
        first = std::min(first, QDate(current.from.year(), current.from.month(), 1));
    if (current.to.isValid())
        last = std::max(last, QDate(current.to.year(), current.to.month(), 1));

    const QLocale locale;
    QString currency;
    try {
        currency = CurrencyRates(m_db).baseCurrency();
    } catch (const StoreError &) {
    }
    auto *won = new QBarSet(tr("Won"));
    auto *lost = new QBarSet(tr("Lost"));
    won->setColor(wonColor());
    won->setBorderColor(wonColor());
    lost->setColor(lostColor());
    lost->setBorderColor(lostColor());
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    qsizetype next = 0;
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        WinLossMonth row;
        row.month = month;
        while (next < months.size() && months.at(next).month < month)
            ++next;
        if (next < months.size() && months.at(next).month == month)
            row = months.at(next);
        won->append(double(row.won));
        lost->append(double(row.lost));
        maximum = std::max(maximum, row.won + row.lost);
        // Three letters fit a bar: "Nov", "ноя" (the standalone name, without its dot).
        QString label = locale.standaloneMonthName(month.month(), QLocale::ShortFormat).remove(u'.').left(3);
        while (categories.contains(label)) // the same month a year later; categories are unique
            label += u'\u200b';
        categories << label;
        const QString value = currency.isEmpty()
            ? locale.toString(row.wonValueMinor / 100.0, 'f', 2)
            : formatMoney(qint64(std::llround(row.wonValueMinor)), currency);
        tips << tr("%1: %2 won (%3), %4 lost")
                    .arg(locale.toString(month, u"MMMM yyyy"_s), locale.toString(row.won), value,
                        locale.toString(row.lost));
        cell.rows << QStringList {month.toString(u"yyyy-MM"_s), QString::number(row.won),
            QString::number(row.lost), QString::number(row.wonValueMinor / 100.0, 'f', 2)};
    }

    auto *series = new QStackedBarSeries;
    series->append(won);
    series->append(lost);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->setTruncateLabels(false);
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    // Short month names fit under the bars; the axis title gives the years.
    axisX->setTitleText(
        tr("%1 – %2").arg(locale.toString(first, u"MMM yyyy"_s), locale.toString(last, u"MMM yyyy"_s)));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = integerAxis(maximum);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignTop);
    connect(series, &QAbstractBarSeries::hovered, chart,
        [tips](bool status, int index, QBarSet *) { showToolTip(status, tips.value(index)); });
    setChart(WinLossChart, chart, true);
}

// One horizontal bar per category (the first at the bottom), its count at the bar's
// end and the tip for each bar on hover.
static void addHorizontalBars(
    QChart *chart, QBarSet *set, const QStringList &categories, qint64 maximum, const QStringList &tips)
{
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false);
    axisY->append(categories);
    axisY->setGridLineVisible(false);

    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = integerAxis(maximum);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QObject::connect(series, &QAbstractBarSeries::hovered, chart,
        [tips](bool status, int index, QBarSet *) { showToolTip(status, tips.value(index)); });
}

void ReportsPage::showLossReasons(const QList<LossReasonCount> &reasons)
{
    Cell &cell = m_cells.at(LossReasonsChart);
    cell.rows = {{tr("Loss reason"), tr("Lost deals")}};
    auto *chart = new QChart;
    chart->legend()->hide();
    if (reasons.isEmpty()) {
        setChart(LossReasonsChart, chart, false);
        return;
    }

    auto *set = new QBarSet(tr("Lost deals"));
    set->setColor(lostColor());
    set->setBorderColor(lostColor());
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    // A horizontal bar chart draws its first category at the bottom: most frequent last.
    for (auto it = reasons.crbegin(); it != reasons.crend(); ++it) {
        set->append(double(it->count));
        categories << it->name;
        tips << tr("%1: %n lost deal(s)", nullptr, int(it->count)).arg(it->name);
        maximum = std::max(maximum, it->count);
    }
    for (const LossReasonCount &reason : reasons)
        cell.rows << QStringList {reason.name, QString::number(reason.count)};

    addHorizontalBars(chart, set, categories, maximum, tips);
    setChart(LossReasonsChart, chart, true);
}

void ReportsPage::showCompetitors(const QList<CompetitorStats> &competitors)
{
    Cell &cell = m_cells.at(CompetitorsChart);
    cell.rows = {{tr("Competitor"), tr("Closed deals"), tr("Won by us"), tr("Won by them"), tr("Win rate")}};
    auto *chart = new QChart;
    chart->legend()->hide();
    const QList<CompetitorStats> top = competitors.mid(0, kTopCompetitors);
    if (top.isEmpty()) {
        setChart(CompetitorsChart, chart, false);
        return;
    }

    const QLocale locale;
    auto *set = new QBarSet(tr("Closed deals"));
    set->setColor(neutralColor());
    set->setBorderColor(neutralColor());
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        const QString percent = locale.toString(qRound(it->winRate() * 100));
        set->append(double(it->closedDeals));
        categories << tr("%1 — %2 % won").arg(it->name, percent);
        tips << tr("%1: in %2 closed deals, %3 won by us, %4 won by them (%5 % win rate)")
                    .arg(it->name, locale.toString(it->closedDeals), locale.toString(it->won),
                        locale.toString(it->lostTo), percent);
        maximum = std::max(maximum, it->closedDeals);
    }
    for (const CompetitorStats &stats : top) {
        cell.rows << QStringList {stats.name, QString::number(stats.closedDeals), QString::number(stats.won),
            QString::number(stats.lostTo), QString::number(stats.winRate(), 'f', 2)};
    }

    addHorizontalBars(chart, set, categories, maximum, tips);
    setChart(CompetitorsChart, chart, true);
}

void ReportsPage::showCampaigns(const QList<CampaignResult> &campaigns)
{
    Cell &cell = m_cells.at(CampaignsChart);
    const QString base = BoardQuery(m_db).baseCurrency();
    cell.rows = {{tr("Campaign"), tr("Cost"), tr("Won revenue"), tr("Leads"), tr("Won deals"), tr("ROI")}};
    auto *chart = new QChart;
    const QList<CampaignResult> top = campaigns.mid(0, kTopCompetitors);
    if (top.isEmpty()) {
        chart->legend()->hide();
        setChart(CampaignsChart, chart, false);
        return;
    }
    const QLocale locale;
    auto *cost = new QBarSet(tr("Cost, %1").arg(base));
    cost->setColor(lostColor());
    cost->setBorderColor(lostColor());
    auto *revenue = new QBarSet(tr("Won revenue, %1").arg(base));
    revenue->setColor(wonColor());
    revenue->setBorderColor(wonColor());
    QStringList categories;
    double maximum = 0;
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        cost->append(it->costMinor / 100.0);
        revenue->append(it->revenueMinor / 100.0);
        maximum = std::max({maximum, it->costMinor / 100.0, it->revenueMinor / 100.0});
        const std::optional<double> roi = it->roi();
        categories << (roi ? tr("%1 — ROI %2 %").arg(it->name, locale.toString(qRound(*roi * 100)))
                           : it->name);
    }
    for (const CampaignResult &row : top) {
        const std::optional<double> roi = row.roi();
        cell.rows << QStringList {row.name, QString::number(row.costMinor / 100.0, 'f', 2),
            QString::number(row.revenueMinor / 100.0, 'f', 2), QString::number(row.leads),
            QString::number(row.won), roi ? QString::number(*roi, 'f', 2) : QString()};
    }
    auto *series = new QHorizontalBarSeries;
    series->append(cost);
    series->append(revenue);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false);
    axisY->append(categories);
    axisY->setGridLineVisible(false);

    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(u"%.0f"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignTop);
    setChart(CampaignsChart, chart, true);
}

void ReportsPage::showFunnel(const QList<FunnelStep> &steps)
{
    Cell &cell = m_cells.at(FunnelChart);
    cell.rows = {{tr("Step"), tr("Leads")}};
    auto *chart = new QChart;
    chart->legend()->hide();
    const bool hasData
        = std::any_of(steps.cbegin(), steps.cend(), [](const FunnelStep &step) { return step.count > 0; });
    if (!hasData) {
        setChart(FunnelChart, chart, false);
        return;
    }

    const QFontMetrics metrics(font());
    auto *set = new QBarSet(tr("Leads"));
    set->setColor(neutralColor());
    set->setBorderColor(neutralColor());
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    for (const FunnelStep &step : steps) {
        set->append(double(step.count));
        QString label = metrics.elidedText(step.label, Qt::ElideRight, kFunnelLabelWidth);
        // Categories must be unique.
        while (categories.contains(label))
            label += u'\u200b';
        categories << label;
        tips << tr("%1: %n lead(s)", nullptr, int(step.count)).arg(step.label);
        maximum = std::max(maximum, step.count);
        cell.rows << QStringList {step.label, QString::number(step.count)};
    }

    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = integerAxis(maximum);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    connect(series, &QAbstractBarSeries::hovered, chart,
        [tips](bool status, int index, QBarSet *) { showToolTip(status, tips.value(index)); });
    setChart(FunnelChart, chart, true);
}

QString ReportsPage::csv(int index) const
{
    if (index < 0 || index >= ChartCount)
        return {};
    QString text;
    for (const QStringList &row : m_cells.at(size_t(index)).rows) {
        QStringList fields;
        for (const QString &field : row)
            fields << csvField(field);
        text += fields.join(u',') + u'\n';
    }
    return text;
}

void ReportsPage::copyCsv(int index) const
{
    QGuiApplication::clipboard()->setText(csv(index));
}

bool ReportsPage::saveChart(int index, const QString &fileName) const
{
    QChartView *view = chart(index);
    return view && view->grab().save(fileName, "PNG");
}

void ReportsPage::showContextMenu(int index, const QPoint &pos)
{
    Cell &cell = m_cells.at(size_t(index));
    QMenu menu(this);
    QAction *save = menu.addAction(tr("Save chart as PNG…"));
    QAction *copy = menu.addAction(tr("Copy data as CSV"));
    const bool hasData = cell.rows.size() > 1;
    save->setEnabled(hasData);
    copy->setEnabled(hasData);
    QAction *chosen = menu.exec(cell.view->mapToGlobal(pos));
    if (chosen == copy) {
        copyCsv(index);
        Q_EMIT statusChanged(tr("Copied the data of “%1”").arg(cell.heading->text()));
    } else if (chosen == save) {
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Save chart"), cell.heading->text() + u".png"_s, tr("PNG images (*.png)"));
        if (fileName.isEmpty())
            return;
        if (saveChart(index, fileName))
            Q_EMIT statusChanged(tr("Saved the chart to %1").arg(fileName));
        else
            Q_EMIT statusChanged(tr("Cannot save the chart to %1").arg(fileName));
    }
}

} // namespace loopline
