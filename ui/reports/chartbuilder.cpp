#include "chartbuilder.h"

#include "campaigns/campaignstore.h"
#include "leads/leadfigures.h"
#include "pipeline/forecast.h"
#include "pipeline/pipelinestore.h"
#include "records/money.h"

#include <QCursor>
#include <QFontMetrics>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr int kTopRows = 8; // categories a bar chart shows before it gets unreadable
constexpr int kForecastMonths = 6;

// Money on an axis in whole units, thousands or millions, so its labels stay short.
struct AmountScale
{
    double divisor = 1;
    QString title;
};

const QColor kWon(0x2e, 0x9d, 0x4f);
const QColor kLost(0xd6, 0x45, 0x41);
const QColor kNeutral(0x3d, 0x7e, 0xc9);
const QColor kMuted(0x9a, 0xa3, 0xad);

QBarSet *barSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
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

// An axis from zero for amounts or percentages, with round ticks.
QValueAxis *amountAxis(double maximum)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%.0f"_s);
    return axis;
}

// Bar categories must be unique: repeat names get invisible marks.
QString uniqueCategory(QString label, const QStringList &categories)
{
    while (categories.contains(label))
        label += u'\u200b';
    return label;
}

void showToolTip(bool hovering, const QString &text)
{
    if (hovering)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

// Attaches a category axis and a value axis to the chart's only series, and the tips.
// Long names beside horizontal bars are shortened; the tips have them whole.
void addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, QValueAxis *values,
    bool horizontal, const QStringList &tips, const QFont &font, int labelWidth)
{
    chart->addSeries(series);
    QStringList labels;
    const QFontMetrics metrics(font);
    for (const QString &category : categories) {
        labels << uniqueCategory(
            horizontal ? metrics.elidedText(category, Qt::ElideRight, labelWidth) : category, labels);
    }
    auto *axis = new QBarCategoryAxis;
    axis->setTruncateLabels(false);
    axis->append(labels);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(axis);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    QObject::connect(series, &QAbstractBarSeries::hovered, chart,
        [tips](bool status, int index, QBarSet *) { showToolTip(status, tips.value(index)); });
}

QString percent(double share)
{
    return QLocale().toString(qRound(share * 100));
}

} // namespace

const BarRecords *ChartContent::recordsAt(int set, int bar) const
{
    if (set < 0 || set >= records.size() || bar < 0 || bar >= records.at(set).size())
        return nullptr;
    const BarRecords &found = records.at(set).at(bar);
    return found.records.isValid() ? &found : nullptr;
}

ChartBuilder::ChartBuilder(
    const Database &db, const ReportFilter &filter, const QPalette &palette, const QFont &font)
    : m_reports(db)
    , m_palette(palette)
    , m_font(font)
{
    m_reports.setFilter(filter);
}

ChartData ChartBuilder::fetch(Database &db, const ReportFilter &filter, ChartKind kind)
{
    Reports reports(db);
    reports.setFilter(filter);
    ChartData data;
    data.baseCurrency = CurrencyRates(db).baseCurrency();
    switch (kind) {
    case ChartKind::WinLossByMonth:
        data.months = reports.winLossByMonth();
        break;
    case ChartKind::WinLossByOwner:
        data.groups = reports.winLossBy(ReportDimension::Owner);
        break;
    case ChartKind::WinLossBySource:
        data.groups = reports.winLossBy(ReportDimension::Source);
        break;
    case ChartKind::WinLossByCampaign:
        data.groups = reports.winLossBy(ReportDimension::Campaign);
        break;
    case ChartKind::WinLossBySegment:
        data.groups = reports.winLossBy(ReportDimension::Segment);
        break;
    case ChartKind::LossReasons:
        data.reasons = reports.lossReasons();
        break;
    case ChartKind::Competitors:
        data.competitors = reports.competitors();
        break;
    case ChartKind::LeadFunnel:
        data.funnel = reports.leadFunnel();
        break;
    case ChartKind::DealFunnel:
        data.funnel = reports.dealFunnel();
        break;
    case ChartKind::CampaignRoi:
        data.campaigns = reports.campaignResults();
        break;
    case ChartKind::CampaignPlan: {
        // The chosen campaign, or the latest one of the period.
        QString campaignId = filter.campaignId;
        if (campaignId.isEmpty()) {
            const QList<CampaignResult> campaigns = reports.campaignResults();
            if (!campaigns.isEmpty())
                campaignId = campaigns.first().campaignId;
        }
        if (!campaignId.isEmpty()) {
            CampaignStore store(db);
            data.campaign = store.get(campaignId);
            if (data.campaign)
                data.campaignFigures = store.figures(campaignId);
        }
        break;
    }
    case ChartKind::SdrFigures:
        data.sdr = reports.sdrStats();
        data.bonusRates = BonusRates::load(db);
        break;
    case ChartKind::SalesFigures:
        data.sales = reports.salesStats();
        break;
    case ChartKind::Forecast: {
        loopline::Forecast forecast(db);
        if (!filter.pipelineId.isEmpty())
            forecast.setPipeline(filter.pipelineId);
        forecast.setHistoryPeriod(filter.from, filter.to);
        const QDate today = QDate::currentDate();
        data.forecast = forecast.months(QDate(today.year(), today.month(), 1), kForecastMonths);
        break;
    }
    case ChartKind::Collateral:
        data.collateral = reports.collateral();
        break;
    }
    return data;
}

QList<ChartKind> ChartBuilder::allKinds()
{
    return {ChartKind::WinLossByMonth, ChartKind::WinLossByOwner, ChartKind::WinLossBySource,
        ChartKind::WinLossByCampaign, ChartKind::WinLossBySegment, ChartKind::LossReasons,
        ChartKind::Competitors, ChartKind::LeadFunnel, ChartKind::DealFunnel, ChartKind::CampaignRoi,
        ChartKind::CampaignPlan, ChartKind::SdrFigures, ChartKind::SalesFigures, ChartKind::Forecast,
        ChartKind::Collateral};
}

QList<ChartKind> ChartBuilder::defaultDashboard()
{
    return {ChartKind::WinLossByMonth, ChartKind::LossReasons, ChartKind::Competitors, ChartKind::LeadFunnel,
        ChartKind::DealFunnel, ChartKind::CampaignRoi, ChartKind::SalesFigures, ChartKind::Forecast};
}

QString ChartBuilder::key(ChartKind kind)
{
    switch (kind) {
    case ChartKind::WinLossByMonth:
        return u"win_loss_month"_s;
    case ChartKind::WinLossByOwner:
        return u"win_loss_owner"_s;
    case ChartKind::WinLossBySource:
        return u"win_loss_source"_s;
    case ChartKind::WinLossByCampaign:
        return u"win_loss_campaign"_s;
    case ChartKind::WinLossBySegment:
        return u"win_loss_segment"_s;
    case ChartKind::LossReasons:
        return u"loss_reasons"_s;
    case ChartKind::Competitors:
        return u"competitors"_s;
    case ChartKind::LeadFunnel:
        return u"lead_funnel"_s;
    case ChartKind::DealFunnel:
        return u"deal_funnel"_s;
    case ChartKind::CampaignRoi:
        return u"campaign_roi"_s;
    case ChartKind::CampaignPlan:
        return u"campaign_plan"_s;
    case ChartKind::SdrFigures:
        return u"sdr_figures"_s;
    case ChartKind::SalesFigures:
        return u"sales_figures"_s;
    case ChartKind::Forecast:
        return u"forecast"_s;
    case ChartKind::Collateral:
        return u"collateral"_s;
    }
    return {};
}

std::optional<ChartKind> ChartBuilder::fromKey(const QString &key)
{
    for (ChartKind kind : allKinds()) {
        if (ChartBuilder::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString ChartBuilder::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::WinLossByMonth:
        return tr("Won and lost deals by month");
    case ChartKind::WinLossByOwner:
        return tr("Won and lost deals by rep");
    case ChartKind::WinLossBySource:
        return tr("Won and lost deals by lead source");
    case ChartKind::WinLossByCampaign:
        return tr("Won and lost deals by campaign");
    case ChartKind::WinLossBySegment:
        return tr("Won and lost deals by segment");
    case ChartKind::LossReasons:
        return tr("Why deals were lost");
    case ChartKind::Competitors:
        return tr("Competitors in closed deals");
    case ChartKind::LeadFunnel:
        return tr("Lead funnel");
    case ChartKind::DealFunnel:
        return tr("Deal funnel: how far deals got");
    case ChartKind::CampaignRoi:
        return tr("Campaigns and events: cost against won revenue");
    case ChartKind::CampaignPlan:
        return tr("Campaign plan against actual");
    case ChartKind::SdrFigures:
        return tr("SDRs: first response within the SLA");
    case ChartKind::SalesFigures:
        return tr("Sales reps: won revenue");
    case ChartKind::Forecast:
        return tr("Forecast for the next six months");
    case ChartKind::Collateral:
        return tr("Collateral: win rate with and without it");
    }
    return {};
}

QString ChartBuilder::emptyText(ChartKind kind)
{
    switch (kind) {
    case ChartKind::WinLossByMonth:
    case ChartKind::WinLossByOwner:
    case ChartKind::WinLossBySource:
    case ChartKind::WinLossByCampaign:
    case ChartKind::WinLossBySegment:
        return tr("No closed deals in this period");
    case ChartKind::LossReasons:
        return tr("No lost deals in this period");
    case ChartKind::Competitors:
        return tr("No competitors named in this period");
    case ChartKind::LeadFunnel:
        return tr("No leads arrived in this period");
    case ChartKind::DealFunnel:
        return tr("No deals were created in this period");
    case ChartKind::CampaignRoi:
        return tr("No campaigns ran in this period");
    case ChartKind::CampaignPlan:
        return tr("No campaign with a plan ran in this period");
    case ChartKind::SdrFigures:
        return tr("No leads were taken in this period");
    case ChartKind::SalesFigures:
        return tr("No leads or closed deals of reps in this period");
    case ChartKind::Forecast:
        return tr("No open deals with an expected close date");
    case ChartKind::Collateral:
        return tr("No collateral was sent to the deals closed in this period");
    }
    return {};
}

ChartContent ChartBuilder::build(ChartKind kind, const ChartData &data) const
{
    m_data = &data;
    m_base = data.baseCurrency;
    ChartContent content;
    switch (kind) {
    case ChartKind::WinLossByMonth:
        content = winLossByMonth();
        break;
    case ChartKind::WinLossByOwner:
        content = winLossBy(ReportDimension::Owner);
        break;
    case ChartKind::WinLossBySource:
        content = winLossBy(ReportDimension::Source);
        break;
    case ChartKind::WinLossByCampaign:
        content = winLossBy(ReportDimension::Campaign);
        break;
    case ChartKind::WinLossBySegment:
        content = winLossBy(ReportDimension::Segment);
        break;
    case ChartKind::LossReasons:
        content = lossReasons();
        break;
    case ChartKind::Competitors:
        content = competitors();
        break;
    case ChartKind::LeadFunnel:
        content = funnel(data.funnel, false);
        break;
    case ChartKind::DealFunnel:
        content = funnel(data.funnel, true);
        break;
    case ChartKind::CampaignRoi:
        content = campaignRoi();
        break;
    case ChartKind::CampaignPlan:
        content = campaignPlan();
        break;
    case ChartKind::SdrFigures:
        content = sdrFigures();
        break;
    case ChartKind::SalesFigures:
        content = salesFigures();
        break;
    case ChartKind::Forecast:
        content = forecast();
        break;
    case ChartKind::Collateral:
        content = collateral();
        break;
    }
    content.table.title = title(kind);
    m_data = nullptr;
    content.chart->setAnimationOptions(QChart::NoAnimation);
    style(content.chart);
    return content;
}

void ChartBuilder::style(QChart *chart) const
{
    const QColor text = m_palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QColor line = text;
    line.setAlphaF(0.4);

    chart->setBackgroundBrush(m_palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->setTitleFont(m_font);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(m_font);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(m_font);
        axis->setTitleBrush(text);
        axis->setTitleFont(m_font);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                set->setLabelColor(text);
                set->setLabelFont(m_font);
            }
        }
    }
}

// The scale for amounts up to `maximum` (major units) in the base currency.
static AmountScale amountScale(double maximum, const QString &currency)
{
    if (maximum >= 10'000'000)
        return {1'000'000, ChartBuilder::tr("million %1").arg(currency)};
    if (maximum >= 10'000)
        return {1'000, ChartBuilder::tr("thousand %1").arg(currency)};
    return {1, currency};
}

// Shows the bars' amounts in the scale that suits their maximum; the axis says which.
static QValueAxis *scaledAmounts(const QList<QBarSet *> &sets, double maximum, const QString &currency)
{
    const AmountScale scale = amountScale(maximum, currency);
    for (QBarSet *set : sets) {
        for (int i = 0; i < set->count(); ++i)
            set->replace(i, set->at(i) / scale.divisor);
    }
    QValueAxis *axis = amountAxis(maximum / scale.divisor);
    axis->setTitleText(scale.title);
    return axis;
}

void ChartBuilder::finish(ChartContent &content, QAbstractBarSeries *series, const QList<QBarSet *> &sets,
    const QStringList &categories, QValueAxis *values, const QStringList &tips, qreal barWidth,
    bool counts) const
{
    series->append(sets);
    series->setBarWidth(barWidth);
    if (counts) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    }
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar
        || series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
        || series->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
    addAxes(content.chart, series, categories, values, horizontal, tips, m_font, m_labelWidth);
    if (sets.size() > 1)
        content.chart->legend()->setAlignment(Qt::AlignTop);
    content.bars = series;
    content.hasData = true;
}

QString ChartBuilder::money(double minor) const
{
    return formatMoney(qint64(std::llround(minor)), m_base);
}

ChartContent ChartBuilder::winLossByMonth() const
{
    ChartContent content;
    content.chart = new QChart;
    content.table.rows = {{tr("Month"), tr("Won"), tr("Lost"), tr("Won value, %1").arg(m_base)}};
    const QList<WinLossMonth> &months = m_data->months;
    if (months.isEmpty())
        return content;

    // Every month of the period gets its bar, including the quiet ones.
    const ReportFilter &filter = m_reports.filter();
    QDate first = months.first().month;
    QDate last = months.last().month;
    if (filter.from.isValid())
        first = std::min(first, QDate(filter.from.year(), filter.from.month(), 1));
    if (filter.to.isValid())
        last = std::max(last, QDate(filter.to.year(), filter.to.month(), 1));

    const QLocale locale;
    QBarSet *won = barSet(tr("Won"), kWon);
    QBarSet *lost = barSet(tr("Lost"), kLost);
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    qsizetype next = 0;
    content.records = {{}, {}};
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
        const QString label
            = locale.standaloneMonthName(month.month(), QLocale::ShortFormat).remove(u'.').left(3);
        categories << uniqueCategory(label, categories);
        const QString name = locale.toString(month, u"MMMM yyyy"_s);
        // The tip starts with the month as a heading: "ноябрь 2025", not the genitive "ноября".
        const QString heading
            = locale.standaloneMonthName(month.month()) + u' ' + QString::number(month.year());
        tips << tr("%1: %2 won (%3), %4 lost")
                    .arg(heading, locale.toString(row.won), money(row.wonValueMinor),
                        locale.toString(row.lost));
        content.table.rows << QVariantList {
            month.toString(u"yyyy-MM"_s), row.won, row.lost, row.wonValueMinor / 100.0};
        content.records[0] << BarRecords {
            tr("Deals won in %1").arg(name), m_reports.closedDeals(u"won"_s, month)};
        content.records[1] << BarRecords {
            tr("Deals lost in %1").arg(name), m_reports.closedDeals(u"lost"_s, month)};
    }

    finish(content, new QStackedBarSeries, {won, lost}, categories, integerAxis(maximum), tips, 0.7, false);
    // Short month names fit under the bars; the axis title gives the years.
    content.chart->axes(Qt::Horizontal)
        .first()
        ->setTitleText(
            tr("%1 – %2").arg(locale.toString(first, u"MMM yyyy"_s), locale.toString(last, u"MMM yyyy"_s)));
    return content;
}

ChartContent ChartBuilder::winLossBy(ReportDimension dimension) const
{
    ChartContent content;
    content.chart = new QChart;
    const QString heading = dimension == ReportDimension::Owner ? tr("Rep")
        : dimension == ReportDimension::Source                  ? tr("Lead source")
        : dimension == ReportDimension::Campaign                ? tr("Campaign")
                                                                : tr("Segment");
    content.table.rows = {{heading, tr("Won"), tr("Lost"), tr("Win rate"), tr("Won value, %1").arg(m_base)}};
    const QList<WinLossGroup> &groups = m_data->groups;
    if (groups.isEmpty())
        return content;

    const QString none = dimension == ReportDimension::Owner ? tr("(no owner)")
        : dimension == ReportDimension::Source               ? tr("(not from a lead)")
        : dimension == ReportDimension::Campaign             ? tr("(no campaign)")
                                                             : tr("(no segment)");
    const QLocale locale;
    QBarSet *won = barSet(tr("Won"), kWon);
    QBarSet *lost = barSet(tr("Lost"), kLost);
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    content.records = {{}, {}};
    const QList<WinLossGroup> top = groups.mid(0, kTopRows);
    // A horizontal chart draws its first category at the bottom: the biggest last.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        const QString name = it->name.isEmpty() ? none : it->name;
        won->append(double(it->won));
        lost->append(double(it->lost));
        maximum = std::max(maximum, it->won + it->lost);
        categories << uniqueCategory(tr("%1 — %2 % won").arg(name, percent(it->winRate())), categories);
        tips << tr("%1: %2 won (%3), %4 lost")
                    .arg(name, locale.toString(it->won), money(it->wonValueMinor), locale.toString(it->lost));
        content.records[0] << BarRecords {
            tr("Deals won — %1").arg(name), m_reports.closedDealsBy(dimension, it->key, u"won"_s)};
        content.records[1] << BarRecords {
            tr("Deals lost — %1").arg(name), m_reports.closedDealsBy(dimension, it->key, u"lost"_s)};
    }
    for (const WinLossGroup &group : groups) {
        content.table.rows << QVariantList {group.name.isEmpty() ? none : group.name, group.won, group.lost,
            group.winRate(), group.wonValueMinor / 100.0};
    }
    finish(content, new QHorizontalStackedBarSeries, {won, lost}, categories, integerAxis(maximum), tips, 0.6,
        false);
    return content;
}

ChartContent ChartBuilder::lossReasons() const
{
    ChartContent content;
    content.chart = new QChart;
    content.chart->legend()->hide();
    content.table.rows = {{tr("Loss reason"), tr("Lost deals")}};
    const QList<LossReasonCount> &reasons = m_data->reasons;
    if (reasons.isEmpty())
        return content;

    QBarSet *set = barSet(tr("Lost deals"), kLost);
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    content.records = {{}};
    for (auto it = reasons.crbegin(); it != reasons.crend(); ++it) {
        set->append(double(it->count));
        categories << uniqueCategory(it->name, categories);
        tips << tr("%1: %n lost deal(s)", nullptr, int(it->count)).arg(it->name);
        maximum = std::max(maximum, it->count);
        content.records[0] << BarRecords {
            tr("Deals lost — %1").arg(it->name), m_reports.lostDealsFor(it->reasonId)};
    }
    for (const LossReasonCount &reason : reasons)
        content.table.rows << QVariantList {reason.name, reason.count};

    finish(content, new QHorizontalBarSeries, {set}, categories, integerAxis(maximum), tips, 0.6, true);
    return content;
}

ChartContent ChartBuilder::competitors() const
{
    ChartContent content;
    content.chart = new QChart;
    content.table.rows
        = {{tr("Competitor"), tr("Closed deals"), tr("Won by us"), tr("Won by them"), tr("Win rate")}};
    const QList<CompetitorStats> &all = m_data->competitors;
    if (all.isEmpty())
        return content;

    const QLocale locale;
    QBarSet *ours = barSet(tr("Won by us"), kWon);
    QBarSet *theirs = barSet(tr("Won by them"), kLost);
    QBarSet *others = barSet(tr("Lost to others"), kMuted);
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    content.records = {{}, {}, {}};
    const QList<CompetitorStats> top = all.mid(0, kTopRows);
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        ours->append(double(it->won));
        theirs->append(double(it->lostTo));
        others->append(double(it->closedDeals - it->won - it->lostTo));
        categories << uniqueCategory(tr("%1 — %2 % won").arg(it->name, percent(it->winRate())), categories);
        tips << tr("%1: in %2 closed deals, %3 won by us, %4 won by them (%5 % win rate)")
                    .arg(it->name, locale.toString(it->closedDeals), locale.toString(it->won),
                        locale.toString(it->lostTo), percent(it->winRate()));
        maximum = std::max(maximum, it->closedDeals);
        const BarRecords records {
            tr("Closed deals with %1").arg(it->name), m_reports.dealsWithCompetitor(it->competitorId)};
        for (QList<BarRecords> &set : content.records)
            set << records;
    }
    for (const CompetitorStats &stats : all)
        content.table.rows << QVariantList {
            stats.name, stats.closedDeals, stats.won, stats.lostTo, stats.winRate()};

    finish(content, new QHorizontalStackedBarSeries, {ours, theirs, others}, categories, integerAxis(maximum),
        tips, 0.6, false);
    return content;
}

// A funnel as horizontal bars, its first step at the top, each bar with its count.
ChartContent ChartBuilder::funnel(const QList<FunnelStep> &steps, bool deals) const
{
    ChartContent content;
    content.chart = new QChart;
    content.chart->legend()->hide();
    const QString unit = deals ? tr("Deals") : tr("Leads");
    content.table.rows = {{deals ? tr("Stage") : tr("Step"), unit, tr("Went on from the step before")}};
    if (std::none_of(steps.cbegin(), steps.cend(), [](const FunnelStep &step) { return step.count > 0; }))
        return content;

    QBarSet *set = barSet(unit, kNeutral);
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    content.records = {{}};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const FunnelStep &step = steps.at(i);
        QVariant share;
        QString tip = deals ? tr("%1: %n deal(s)", nullptr, int(step.count)).arg(step.label)
                            : tr("%1: %n lead(s)", nullptr, int(step.count)).arg(step.label);
        if (i > 0 && steps.at(i - 1).count > 0) {
            share = double(step.count) / double(steps.at(i - 1).count);
            tip += u"; "_s
                + tr("%1 % of those at “%2” got here").arg(percent(share.toDouble()), steps.at(i - 1).label);
        }
        content.table.rows << QVariantList {step.label, step.count, share};
        // Drawn bottom up: the first step goes last.
        set->insert(0, double(step.count));
        categories.prepend(step.label);
        tips.prepend(tip);
        maximum = std::max(maximum, step.count);
        const BarRecords records = deals
            ? BarRecords {tr("Deals that reached “%1”").arg(step.label), m_reports.dealsReaching(step.key)}
            : BarRecords {tr("Leads that reached “%1”").arg(step.label), m_reports.leadsReaching(int(i) + 1)};
        content.records[0].prepend(records);
    }
    for (qsizetype i = 0; i < categories.size(); ++i) // labels must be unique
        categories[i] = uniqueCategory(categories.at(i), categories.mid(0, i));
    finish(content, new QHorizontalBarSeries, {set}, categories, integerAxis(maximum), tips, 0.7, true);
    return content;
}

ChartContent ChartBuilder::campaignRoi() const
{
    ChartContent content;
    content.chart = new QChart;
    content.table.rows = {{tr("Campaign"), tr("Cost, %1").arg(m_base), tr("Won revenue, %1").arg(m_base),
        tr("Leads"), tr("Won deals"), tr("ROI")}};
    const QList<CampaignResult> &all = m_data->campaigns;
    if (all.isEmpty()) {
        content.chart->legend()->hide();
        return content;
    }
    const QLocale locale;
    QBarSet *cost = barSet(tr("Cost, %1").arg(m_base), kLost);
    QBarSet *revenue = barSet(tr("Won revenue, %1").arg(m_base), kWon);
    QStringList categories;
    QStringList tips;
    double maximum = 0;
    content.records = {{}, {}};
    const QList<CampaignResult> top = all.mid(0, kTopRows);
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        cost->append(it->costMinor / 100.0);
        revenue->append(it->revenueMinor / 100.0);
        maximum = std::max({maximum, it->costMinor / 100.0, it->revenueMinor / 100.0});
        const std::optional<double> roi = it->roi();
        categories << uniqueCategory(
            roi ? tr("%1 — ROI %2 %").arg(it->name, percent(*roi)) : it->name, categories);
        tips << tr("%1: cost %2, won %3 from %n lead(s)", nullptr, int(it->leads))
                    .arg(it->name, money(it->costMinor), money(it->revenueMinor));
        const BarRecords records {tr("Leads of %1").arg(it->name), m_reports.campaignLeads(it->campaignId)};
        content.records[0] << records;
        content.records[1] << records;
    }
    for (const CampaignResult &row : all) {
        const std::optional<double> roi = row.roi();
        content.table.rows << QVariantList {row.name, row.costMinor / 100.0, row.revenueMinor / 100.0,
            row.leads, row.won, roi ? QVariant(*roi) : QVariant()};
    }
    finish(content, new QHorizontalBarSeries, {cost, revenue}, categories,
        scaledAmounts({cost, revenue}, maximum, m_base), tips, 0.8, false);
    return content;
}

ChartContent ChartBuilder::campaignPlan() const
{
    ChartContent content;
    content.chart = new QChart;
    content.table.rows = {{tr("Figure"), tr("Plan"), tr("Actual"), tr("Actual, % of plan")}};
    const std::optional<Campaign> &campaign = m_data->campaign;
    if (!campaign) {
        content.chart->legend()->hide();
        return content;
    }
    const QString campaignId = campaign->id;
    const CampaignFigures &figures = m_data->campaignFigures;
    const CampaignFigures::Side &plan = figures.plan;
    const CampaignFigures::Side &actual = figures.actual;
    const QLocale locale;
    const auto amount
        = [&](double minor) { return formatMoney(qint64(std::llround(minor)), campaign->currency); };
    struct Figure
    {
        QString name;
        double plan;
        double actual;
        QString planText;
        QString actualText;
        bool isLeads = false;
    };
    const QList<Figure> all = {
        {tr("Cost"), plan.costMinor, actual.costMinor, amount(plan.costMinor), amount(actual.costMinor)},
        {tr("Reach"), double(plan.reach), double(actual.reach), locale.toString(plan.reach),
            locale.toString(actual.reach)},
        {tr("Site visits"), double(plan.visits), double(actual.visits), locale.toString(plan.visits),
            locale.toString(actual.visits)},
        {tr("Leads"), double(plan.leads), double(actual.leads), locale.toString(plan.leads),
            locale.toString(actual.leads), true},
        {tr("MQL"), double(plan.mql), double(actual.mql), locale.toString(plan.mql),
            locale.toString(actual.mql)},
        {tr("SQL"), double(plan.sql), double(actual.sql), locale.toString(plan.sql),
            locale.toString(actual.sql)},
        {tr("Won deals"), double(plan.won), double(actual.won), locale.toString(plan.won),
            locale.toString(actual.won)},
        {tr("Revenue"), plan.revenueMinor, actual.revenueMinor, amount(plan.revenueMinor),
            amount(actual.revenueMinor)},
    };
    QBarSet *planSet = barSet(tr("Plan"), kMuted);
    QBarSet *actualSet = barSet(tr("Actual"), kNeutral);
    QStringList categories;
    QStringList tips;
    double maximum = 100;
    content.records = {{}, {}};
    // Only figures with a plan can be compared; the first is drawn at the bottom.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->plan <= 0)
            continue;
        const double share = it->actual / it->plan * 100.0;
        planSet->append(100);
        actualSet->append(share);
        maximum = std::max(maximum, share);
        categories << uniqueCategory(it->name, categories);
        tips << tr("%1: %2 against a plan of %3 (%4 %)")
                    .arg(it->name, it->actualText, it->planText, locale.toString(qRound(share)));
        BarRecords records;
        if (it->isLeads)
            records = {tr("Leads of %1").arg(campaign->name), m_reports.campaignLeads(campaignId)};
        content.records[0] << records;
        content.records[1] << records;
    }
    for (const Figure &figure : all) {
        content.table.rows << QVariantList {figure.name, figure.plan, figure.actual,
            figure.plan > 0 ? QVariant(figure.actual / figure.plan) : QVariant()};
    }
    // The seed's derived figures: cost per contact, visit, lead, MQL and won deal, and ROI.
    const auto per
        = [](const std::optional<double> &minor) { return minor ? QVariant(*minor / 100.0) : QVariant(); };
    content.table.rows << QVariantList {tr("Cost per contact"), per(plan.perContact()),
        per(actual.perContact())}
                       << QVariantList {tr("Cost per visit"), per(plan.perVisit()), per(actual.perVisit())}
                       << QVariantList {tr("Cost per lead"), per(plan.perLead()), per(actual.perLead())}
                       << QVariantList {tr("Cost per MQL"), per(plan.perMql()), per(actual.perMql())}
                       << QVariantList {tr("Cost per won deal"), per(plan.perWon()), per(actual.perWon())}
                       << QVariantList {tr("ROI"), plan.roi() ? QVariant(*plan.roi()) : QVariant(),
                              actual.roi() ? QVariant(*actual.roi()) : QVariant()};
    if (categories.isEmpty()) {
        delete planSet;
        delete actualSet;
        content.chart->legend()->hide();
        return content;
    }
    QValueAxis *axis = amountAxis(maximum);
    axis->setTitleText(tr("% of plan"));
    finish(content, new QHorizontalBarSeries, {planSet, actualSet}, categories, axis, tips, 0.8, false);
    content.chart->setTitle(campaign->name);
    return content;
}

ChartContent ChartBuilder::sdrFigures() const
{
    ChartContent content;
    content.chart = new QChart;
    const BonusRates &rates = m_data->bonusRates;
    content.table.rows = {{tr("SDR"), tr("Leads taken"), tr("Within the SLA"), tr("Share within the SLA"),
        tr("Average first response, minutes"), tr("Bonus, %1").arg(rates.currency)}};
    const QList<SdrStats> &all = m_data->sdr;
    const QList<SdrStats> top = all.mid(0, kTopRows);
    if (std::none_of(top.cbegin(), top.cend(), [](const SdrStats &row) { return row.taken > 0; })) {
        content.chart->legend()->hide();
        return content;
    }
    const QLocale locale;
    QBarSet *within = barSet(tr("Within the SLA"), kWon);
    QBarSet *late = barSet(tr("Late"), kLost);
    QStringList categories;
    QStringList tips;
    qint64 maximum = 0;
    content.records = {{}, {}};
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        within->append(double(it->withinSla));
        late->append(double(it->taken - it->withinSla));
        maximum = std::max(maximum, it->taken);
        const QString minutes = it->averageResponseMs
            ? locale.toString(double(*it->averageResponseMs) / 60'000.0, 'f', 0)
            : QString(u"—"_s);
        categories << uniqueCategory(tr("%1 — %2 min on average").arg(it->sdr, minutes), categories);
        tips << tr("%1: %2 leads taken, %3 % within the SLA; bonus %4")
                    .arg(it->sdr, locale.toString(it->taken), percent(it->withinSlaShare()),
                        formatMoney(it->bonusMinor, rates.currency));
        const BarRecords records {tr("Leads taken by %1").arg(it->sdr), m_reports.leadsTakenBy(it->sdr)};
        content.records[0] << records;
        content.records[1] << records;
    }
    for (const SdrStats &row : all) {
        content.table.rows << QVariantList {row.sdr, row.taken, row.withinSla, row.withinSlaShare(),
            row.averageResponseMs ? QVariant(double(*row.averageResponseMs) / 60'000.0) : QVariant(),
            double(row.bonusMinor) / 100.0};
    }
    finish(content, new QHorizontalStackedBarSeries, {within, late}, categories, integerAxis(maximum), tips,
        0.6, false);
    return content;
}

ChartContent ChartBuilder::salesFigures() const
{
    ChartContent content;
    content.chart = new QChart;
    content.chart->legend()->hide();
    content.table.rows = {{tr("Rep"), tr("Leads"), tr("Converted leads"), tr("Conversion"), tr("Won deals"),
        tr("Lost deals"), tr("Won value, %1").arg(m_base), tr("Average deal, %1").arg(m_base),
        tr("Customer lifetime, months")}};
    const QList<SalesStats> &all = m_data->sales;
    if (all.isEmpty())
        return content;
    const QLocale locale;
    QBarSet *set = barSet(tr("Won value, %1").arg(m_base), kWon);
    set->setLabelColor(m_palette.color(QPalette::Text));
    QStringList categories;
    QStringList tips;
    double maximum = 0;
    content.records = {{}};
    const QList<SalesStats> top = all.mid(0, kTopRows);
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        set->append(it->wonValueMinor / 100.0);
        maximum = std::max(maximum, it->wonValueMinor / 100.0);
        categories << uniqueCategory(tr("%1 — %n won", nullptr, int(it->won)).arg(it->owner), categories);
        const std::optional<double> average = it->averageDealMinor();
        tips << tr("%1: %2 won, %3 lost; won %4, average deal %5; customers stay %6 months; %7 % of "
                   "leads converted")
                    .arg(it->owner, locale.toString(it->won), locale.toString(it->lost),
                        money(it->wonValueMinor), average ? money(*average) : u"—"_s,
                        it->averageCustomerMonths ? locale.toString(*it->averageCustomerMonths, 'f', 1)
                                                  : u"—"_s,
                        percent(it->conversion()));
        content.records[0] << BarRecords {tr("Deals won by %1").arg(it->owner),
            m_reports.closedDealsBy(ReportDimension::Owner, it->owner, u"won"_s)};
    }
    for (const SalesStats &row : all) {
        const std::optional<double> average = row.averageDealMinor();
        content.table.rows << QVariantList {row.owner, row.leads, row.convertedLeads, row.conversion(),
            row.won, row.lost, row.wonValueMinor / 100.0, average ? QVariant(*average / 100.0) : QVariant(),
            row.averageCustomerMonths ? QVariant(*row.averageCustomerMonths) : QVariant()};
    }
    finish(content, new QHorizontalBarSeries, {set}, categories, scaledAmounts({set}, maximum, m_base), tips,
        0.6, false);
    return content;
}

ChartContent ChartBuilder::forecast() const
{
    ChartContent content;
    content.chart = new QChart;
    content.table.rows = {{tr("Month"), tr("Open deals"), tr("Expected, %1").arg(m_base),
        tr("Unweighted pipeline, %1").arg(m_base)}};
    const QList<ForecastMonth> &months = m_data->forecast;
    if (std::none_of(months.cbegin(), months.cend(), [](const ForecastMonth &m) { return m.deals > 0; })) {
        content.chart->legend()->hide();
        return content;
    }
    const QLocale locale;
    QBarSet *expected = barSet(tr("Expected"), kWon);
    QBarSet *pipeline = barSet(tr("Unweighted"), kMuted);
    QStringList categories;
    QStringList tips;
    double maximum = 0;
    content.records = {{}, {}};
    for (qsizetype i = 0; i < months.size(); ++i) {
        const ForecastMonth &month = months.at(i);
        expected->append(month.expectedMinor / 100.0);
        pipeline->append(month.pipelineMinor / 100.0);
        maximum = std::max({maximum, month.expectedMinor / 100.0, month.pipelineMinor / 100.0});
        const QString name = locale.toString(month.month, u"MMMM yyyy"_s);
        categories << uniqueCategory(
            locale.standaloneMonthName(month.month.month(), QLocale::ShortFormat).remove(u'.').left(3),
            categories);
        tips << tr("%1: %2 expected from %n open deal(s), %3 unweighted", nullptr, int(month.deals))
                    .arg(name, money(month.expectedMinor), money(month.pipelineMinor));
        content.table.rows << QVariantList {month.month.toString(u"yyyy-MM"_s), month.deals,
            month.expectedMinor / 100.0, month.pipelineMinor / 100.0};
        const BarRecords records {tr("Open deals expected to close in %1").arg(name),
            m_reports.openDealsClosingIn(month.month, i == 0)};
        content.records[0] << records;
        content.records[1] << records;
    }
    finish(content, new QBarSeries, {expected, pipeline}, categories,
        scaledAmounts({expected, pipeline}, maximum, m_base), tips, 0.8, false);
    return content;
}

ChartContent ChartBuilder::collateral() const
{
    ChartContent content;
    content.chart = new QChart;
    content.table.rows
        = {{tr("Collateral"), tr("Closed deals it was sent to"), tr("Won with it"), tr("Win rate with it"),
            tr("Closed deals without it"), tr("Won without it"), tr("Win rate without it")}};
    const QList<CollateralStats> &all = m_data->collateral;
    if (all.isEmpty()) {
        content.chart->legend()->hide();
        return content;
    }
    const QLocale locale;
    QBarSet *with = barSet(tr("Win rate with it, %"), kWon);
    QBarSet *without = barSet(tr("Win rate without it, %"), kMuted);
    QStringList categories;
    QStringList tips;
    content.records = {{}, {}};
    const QList<CollateralStats> top = all.mid(0, kTopRows);
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        with->append(it->winRateWith() * 100.0);
        without->append(it->winRateWithout() * 100.0);
        categories << uniqueCategory(it->title, categories);
        tips << tr("%1: %2 % won of %3 closed deals it was sent to, %4 % of the %5 others")
                    .arg(it->title, percent(it->winRateWith()), locale.toString(it->closedWith),
                        percent(it->winRateWithout()), locale.toString(it->closedWithout));
        content.records[0] << BarRecords {
            tr("Closed deals sent “%1”").arg(it->title), m_reports.dealsWithCollateral(it->collateralId)};
        content.records[1] << BarRecords {};
    }
    for (const CollateralStats &row : all) {
        content.table.rows << QVariantList {row.title, row.closedWith, row.wonWith, row.winRateWith(),
            row.closedWithout, row.wonWithout, row.winRateWithout()};
    }
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(u"%d"_s);
    axis->setTitleText(tr("% of closed deals won"));
    finish(content, new QHorizontalBarSeries, {with, without}, categories, axis, tips, 0.8, false);
    return content;
}

} // namespace loopline
