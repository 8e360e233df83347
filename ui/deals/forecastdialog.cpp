#include "forecastdialog.h"

#include "common/banner.h"
#include "common/windowsize.h"
#include "pipeline/pipelinestore.h"
#include "records/money.h"
#include "store/dealstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSettingsGroup = u"ForecastDialog"_s;
const QString kNone = u"—"_s;

QString formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString formatShare(double share)
{
    const QLocale locale;
    return locale.toString(share * 100.0, 'f', 1) + locale.percent();
}

QString formatDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QTableWidgetItem *readOnlyItem(
    const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    // As tall as the rows, so the notes below follow the table.
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = 1; column < columns; ++column)
        table->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return table;
}

QLabel *makeNote(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ForecastDialog::ForecastDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Forecast"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"forecastProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(problemBannerStyle());
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *body = new QHBoxLayout;
    body->addWidget(buildMonths());
    body->addWidget(buildStages(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildInputs());
    layout->addWidget(m_problem);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillPipelines();
    const QDate now = today();
    setHistoryPeriod(now.addMonths(-12).addDays(1), now);
    restoreWindowSize(this, kSettingsGroup, QSize(1180, 560));
}

// ---- Building ----

QWidget *ForecastDialog::buildInputs()
{
    auto *box = new QWidget(this);
    m_pipeline = new QComboBox(box);
    m_pipeline->setObjectName(u"forecastPipeline"_s);
    m_pipeline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipeline->setMinimumContentsLength(12);
    m_from = new QDateEdit(box);
    m_to = new QDateEdit(box);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, &ForecastDialog::recompute);
    }
    m_from->setObjectName(u"historyFrom"_s);
    m_to->setObjectName(u"historyTo"_s);
    m_monthsAhead = new QSpinBox(box);
    m_monthsAhead->setObjectName(u"monthsAhead"_s);
    m_monthsAhead->setRange(1, 36);
    m_monthsAhead->setValue(6);
    m_minimumSample = new QSpinBox(box);
    m_minimumSample->setObjectName(u"minimumSample"_s);
    m_minimumSample->setRange(1, 1000);
    m_minimumSample->setValue(5);
    m_minimumSample->setSuffix(tr(" closed deals"));
    m_minimumSample->setToolTip(tr(
        "A stage reached by fewer closed deals than this uses its probability instead of a measured rate."));

    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), box);
    pipelineLabel->setBuddy(m_pipeline);
    auto *monthsLabel = new QLabel(tr("&Months ahead:"), box);
    monthsLabel->setBuddy(m_monthsAhead);
    auto *fromLabel = new QLabel(tr("&History: deals closed from"), box);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), box);
    toLabel->setBuddy(m_to);
    auto *sampleLabel = new QLabel(tr("M&inimum sample:"), box);
    sampleLabel->setBuddy(m_minimumSample);

    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(pipelineLabel);
    row->addWidget(m_pipeline);
    row->addSpacing(8);
    row->addWidget(monthsLabel);
    row->addWidget(m_monthsAhead);
    row->addSpacing(16);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(sampleLabel);
    row->addWidget(m_minimumSample);
    row->addStretch(1);

    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &ForecastDialog::recompute);
    connect(m_monthsAhead, &QSpinBox::valueChanged, this, &ForecastDialog::recompute);
    connect(m_minimumSample, &QSpinBox::valueChanged, this, &ForecastDialog::recompute);
    return box;
}

QWidget *ForecastDialog::buildMonths()
{
    auto *box = new QGroupBox(tr("Expected revenue by month"), this);
    m_monthsTitle = new QLabel(box);
    m_monthsTitle->setObjectName(u"monthsTitle"_s);
    m_monthsTitle->setWordWrap(true);
    m_monthsTable = makeTable(
        MonthColumnCount, {tr("Month"), tr("Expected"), tr("Pipeline (unweighted)"), tr("Deals")}, box);
    m_monthsTable->setObjectName(u"monthsTable"_s);
    m_monthsTable->setAccessibleName(tr("Forecast by month"));
    // Every column as wide as its contents, and the group as wide as the table: never a
    // horizontal scroll bar. The stages take the rest of the width.
    m_monthsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notes = makeNote(box);
    m_notes->setObjectName(u"forecastNotes"_s);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_monthsTitle);
    layout->addWidget(m_monthsTable);
    layout->addWidget(m_notes);
    layout->addStretch(1);
    return box;
}

QWidget *ForecastDialog::buildStages()
{
    auto *box = new QGroupBox(tr("Conversion to won by stage"), this);
    m_stagesTable = makeTable(StageColumnCount,
        {tr("Stage"), tr("Closed deals\nthat reached it"), tr("Won"), tr("Rate\nused"), tr("Basis")}, box);
    m_stagesTable->setObjectName(u"stagesTable"_s);
    m_stagesTable->setAccessibleName(tr("Conversion by stage"));
    m_stagesTable->horizontalHeader()->setStretchLastSection(true);
    m_stagesTable->horizontalHeaderItem(BasisColumn)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_method = makeNote(box);
    m_method->setObjectName(u"forecastMethod"_s);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_stagesTable);
    layout->addWidget(m_method);
    layout->addStretch(1);
    return box;
}

void ForecastDialog::fillPipelines()
{
    const QSignalBlocker blocker(m_pipeline);
    const QList<Pipeline> pipelines = PipelineStore(m_db).pipelines();
    for (const Pipeline &pipeline : pipelines)
        m_pipeline->addItem(PipelineStore::displayName(pipeline), pipeline.id);
}

// ---- Inputs ----

QDate ForecastDialog::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs()).date();
}

void ForecastDialog::setPipeline(const QString &pipelineId)
{
    const int index = m_pipeline->findData(pipelineId);
    if (index >= 0)
        m_pipeline->setCurrentIndex(index);
}

QString ForecastDialog::pipeline() const
{
    return m_pipeline->currentData().toString();
}

void ForecastDialog::setHistoryPeriod(QDate from, QDate to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    recompute();
}

QDate ForecastDialog::historyFrom() const
{
    return m_from->date();
}

QDate ForecastDialog::historyTo() const
{
    return m_to->date();
}

void ForecastDialog::setMonthsAhead(int months)
{
    m_monthsAhead->setValue(months);
}

int ForecastDialog::monthsAhead() const
{
    return m_monthsAhead->value();
}

void ForecastDialog::setMinimumSample(int closedDeals)
{
    m_minimumSample->setValue(closedDeals);
}

int ForecastDialog::minimumSample() const
{
    return m_minimumSample->value();
}

// ---- Figures ----

void ForecastDialog::recompute()
{
    m_months.clear();
    m_conversions.clear();
    m_problem->hide();
    if (historyFrom() > historyTo()) {
        m_problem->setText(
            tr("The history period ends before it starts: choose a \"to\" date on or after the "
               "\"from\" date."));
        m_problem->show();
        clear();
        return;
    }
    Forecast forecast(m_db);
    forecast.setPipeline(pipeline());
    forecast.setHistoryPeriod(historyFrom(), historyTo());
    forecast.setMinimumSample(minimumSample());
    try {
        const QString currency = forecast.baseCurrency();
        m_conversions = forecast.conversions();
        m_months = forecast.months(today(), monthsAhead());
        showMonths(currency);
        showStages();
        showMethod(currency);
        showNotes(forecast.unconvertedDeals(), forecast.undatedDeals());
    } catch (const StoreError &error) {
        m_problem->setText(error.message());
        m_problem->show();
        m_months.clear();
        m_conversions.clear();
        clear();
    }
}

void ForecastDialog::clear()
{
    m_monthsTable->setRowCount(0);
    m_stagesTable->setRowCount(0);
    m_monthsTitle->clear();
    m_method->clear();
    m_notes->hide();
}

void ForecastDialog::showMonths(const QString &currency)
{
    m_monthsTitle->setText(tr("Open deals by the month they are expected to close, in %1.").arg(currency));
    const QLocale locale;
    m_monthsTable->setRowCount(int(m_months.size()) + 1);
    double expected = 0;
    double pipeline = 0;
    qint64 deals = 0;
    for (int row = 0; row < m_months.size(); ++row) {
        const ForecastMonth &month = m_months.at(row);
        expected += month.expectedMinor;
        pipeline += month.pipelineMinor;
        deals += month.deals;
        const QString name = tr("%1 %2", "month name, year")
                                 .arg(locale.standaloneMonthName(month.month.month()))
                                 .arg(month.month.year());
        m_monthsTable->setItem(row, MonthNameColumn, readOnlyItem(name, Qt::AlignLeft | Qt::AlignVCenter));
        m_monthsTable->setItem(
            row, ExpectedColumn, readOnlyItem(formatMoney(qRound64(month.expectedMinor), currency)));
        m_monthsTable->setItem(
            row, PipelineColumn, readOnlyItem(formatMoney(qRound64(month.pipelineMinor), currency)));
        QTableWidgetItem *count = readOnlyItem(formatCount(month.deals));
        if (month.overdueDeals > 0) {
            count->setText(
                tr("%1 (%2 overdue)").arg(formatCount(month.deals), formatCount(month.overdueDeals)));
            count->setToolTip(
                tr("%n deal(s) expected to close before this month and still open are counted here.", nullptr,
                    int(month.overdueDeals)));
        }
        m_monthsTable->setItem(row, DealsColumn, count);
    }
    const int total = int(m_months.size());
    const QList<QTableWidgetItem *> totals = {readOnlyItem(tr("Total"), Qt::AlignLeft | Qt::AlignVCenter),
        readOnlyItem(formatMoney(qRound64(expected), currency)),
        readOnlyItem(formatMoney(qRound64(pipeline), currency)), readOnlyItem(formatCount(deals))};
    for (int column = 0; column < MonthColumnCount; ++column) {
        QTableWidgetItem *item = totals.at(column);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_monthsTable->setItem(total, column, item);
    }
}

void ForecastDialog::showStages()
{
    m_stagesTable->setRowCount(int(m_conversions.size()));
    for (int row = 0; row < m_conversions.size(); ++row) {
        const StageConversion &c = m_conversions.at(row);
        const QString name = DealStore::stageDisplayName(c.stage);
        QTableWidgetItem *stage = readOnlyItem(name, Qt::AlignLeft | Qt::AlignVCenter);
        stage->setToolTip(name);
        m_stagesTable->setItem(row, StageNameColumn, stage);
        m_stagesTable->setItem(row, ClosedColumn, readOnlyItem(formatCount(c.closedReached)));
        m_stagesTable->setItem(row, WonColumn, readOnlyItem(formatCount(c.wonReached)));
        m_stagesTable->setItem(row, RateColumn, readOnlyItem(formatShare(c.rate)));
        QTableWidgetItem *basis
            = readOnlyItem(c.measured ? tr("measured") : tr("stage probability (too little history)"),
                Qt::AlignLeft | Qt::AlignVCenter);
        if (c.measured) {
            basis->setToolTip(tr("%1 won of %2 closed deals that reached this stage.")
                                  .arg(formatCount(c.wonReached), formatCount(c.closedReached)));
        } else if (c.closedReached > 0) {
            basis->setToolTip(
                tr("Measured %1 (%2 won of %3), but fewer than %4 closed deals reached this stage.")
                    .arg(formatShare(double(c.wonReached) / double(c.closedReached)),
                        formatCount(c.wonReached), formatCount(c.closedReached),
                        formatCount(minimumSample())));
        } else {
            basis->setToolTip(tr("No deal that reached this stage closed in the history period."));
        }
        m_stagesTable->setItem(row, BasisColumn, basis);
    }
}

void ForecastDialog::showMethod(const QString &currency)
{
    m_method->setText(
        tr("How it is worked out: each open deal counts with its value in %1 times the rate of its stage. "
           "The rate is the share of won deals among the deals closed from %2 to %3 that reached the stage "
           "or a later one. A stage reached by fewer than %4 closed deals uses its probability instead.")
            .arg(currency, formatDate(historyFrom()), formatDate(historyTo()), formatCount(minimumSample())));
}

void ForecastDialog::showNotes(qint64 unconverted, qint64 undated)
{
    QStringList notes;
    const qint64 overdue = m_months.isEmpty() ? 0 : m_months.first().overdueDeals;
    if (overdue > 0) {
        notes << tr("%n open deal(s) expected to close before this month are counted in this month.", nullptr,
            int(overdue));
    }
    if (unconverted > 0) {
        notes << tr("%n open deal(s) in a currency without an exchange rate are left out; add the rate under "
                    "Currency rates to count them.",
            nullptr, int(unconverted));
    }
    if (undated > 0)
        notes << tr(
            "%n open deal(s) have no expected close date and are in no month.", nullptr, int(undated));
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
}

void ForecastDialog::done(int result)
{
    saveWindowSize(this, kSettingsGroup);
    QDialog::done(result);
}

} // namespace loopline
