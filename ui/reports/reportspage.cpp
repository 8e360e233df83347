#include "reportspage.h"

#include "leads/leadstore.h"
#include "pipeline/pipelinestore.h"
#include "reports/reportloader.h"
#include "store/storeerror.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kDashboardKey = u"reports/dashboard"_s;
constexpr int kColumns = 2;
constexpr int kCellHeight = 320; // pixels a chart needs to read well

// Names beside horizontal bars take at most about a third of their chart.
int labelWidth(int chartWidth)
{
    return std::clamp(chartWidth / 3, 120, 300);
}

} // namespace

ReportsPage::ReportsPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_owner(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_segment(new QComboBox(this))
    , m_pipeline(new QComboBox(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ReportsPage::refresh);
    m_latest = std::make_shared<std::atomic<quint64>>(0);
    qRegisterMetaType<ChartKind>();
    qRegisterMetaType<ChartData>();
    qRegisterMetaType<ReportFilter>();

    // The charts scroll when the window is too small for all of them.
    m_charts = new QWidget;
    m_grid = new QGridLayout(m_charts);
    m_grid->setSpacing(12);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeFilterBar());
    layout->addWidget(scroll, 1);

    // The dashboard the user left, or the default one.
    const QStringList keys = QSettings().value(kDashboardKey).toStringList();
    for (const QString &key : keys) {
        if (const std::optional<ChartKind> kind = ChartBuilder::fromKey(key);
            kind && !m_dashboard.contains(*kind))
            m_dashboard << *kind;
    }
    if (!QSettings().contains(kDashboardKey))
        m_dashboard = ChartBuilder::defaultDashboard();
    rebuildGrid();
    fillFilterLists(); // the charts are read when the page is shown (showEvent)
}

QWidget *ReportsPage::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);

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
    m_owner->setToolTip(tr("Only the deals and leads of this person"));
    m_source->setToolTip(tr("Only leads from this source, and the deals they became"));
    m_campaign->setToolTip(tr("Only leads of this campaign or event, and the deals they became"));
    m_segment->setToolTip(tr("Only leads and deals of this segment"));
    m_pipeline->setToolTip(tr("Only deals of this pipeline"));

    const auto add = [bar](QHBoxLayout *row, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        row->addSpacing(8);
    };
    add(first, tr("F&rom:"), m_from);
    add(first, tr("&To:"), m_to);
    add(first, tr("&Owner:"), m_owner);
    add(first, tr("&Source:"), m_source);
    first->addStretch(1);
    add(second, tr("&Campaign:"), m_campaign);
    add(second, tr("Se&gment:"), m_segment);
    add(second, tr("&Pipeline:"), m_pipeline);
    second->addStretch(1);
    for (QComboBox *box : {m_owner, m_source, m_campaign, m_segment, m_pipeline}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(260);
        connect(box, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    }

    makeMenus();
    auto *charts = new QToolButton(bar);
    charts->setText(tr("Ch&arts"));
    charts->setToolTip(tr("Choose the charts on the dashboard"));
    charts->setPopupMode(QToolButton::InstantPopup);
    charts->setMenu(m_chartsMenu);
    auto *exportMenu = new QMenu(bar);
    QAction *pdf = exportMenu->addAction(tr("Dashboard as &PDF…"), this, &ReportsPage::askExportPdf);
    pdf->setShortcut(QKeySequence::Print);
    pdf->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(pdf);
    exportMenu->addAction(tr("Numbers as &XLSX…"), this, [this] { askExportXlsx(m_dashboard); });
    auto *exporter = new QToolButton(bar);
    exporter->setText(tr("E&xport"));
    exporter->setToolTip(tr("Save the dashboard as PDF or its numbers as a spreadsheet"));
    exporter->setPopupMode(QToolButton::InstantPopup);
    exporter->setMenu(exportMenu);
    // Progress of a long read (a million deals), shown only when it takes a while.
    m_progressBox = new QWidget(bar);
    auto *progress = new QHBoxLayout(m_progressBox);
    progress->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel(m_progressBox);
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    auto *cancel = new QPushButton(tr("Stop"), m_progressBox);
    cancel->setToolTip(tr("Stop reading the reports (Esc)"));
    connect(cancel, &QPushButton::clicked, this, &ReportsPage::cancelLoading);
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &ReportsPage::cancelLoading);
    addAction(escape);
    progress->addWidget(m_progressLabel);
    progress->addWidget(m_progress);
    progress->addWidget(cancel);
    m_progressBox->hide();
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(250);
    connect(m_progressDelay, &QTimer::timeout, this, [this] {
        if (m_loading)
            m_progressBox->show();
    });
    second->addWidget(m_progressBox);
    second->addSpacing(12);
    second->addWidget(charts);
    second->addWidget(exporter);
    return bar;
}

void ReportsPage::makeMenus()
{
    m_chartsMenu = new QMenu(this);
    for (ChartKind kind : ChartBuilder::allKinds()) {
        QAction *action = m_chartsMenu->addAction(ChartBuilder::title(kind));
        action->setCheckable(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, [this, kind](bool on) { setChartShown(kind, on); });
    }
    m_chartsMenu->addSeparator();
    m_chartsMenu->addAction(tr("&Reset to the default charts"), this, &ReportsPage::resetDashboard);
    connect(m_chartsMenu, &QMenu::aboutToShow, this, [this] {
        const QList<QAction *> actions = m_chartsMenu->actions();
        for (QAction *action : actions) {
            if (action->isCheckable()) {
                const QSignalBlocker blocker(action);
                action->setChecked(m_dashboard.contains(ChartKind(action->data().toInt())));
            }
        }
    });
}

ReportsPage::Cell ReportsPage::makeCell(ChartKind kind)
{
    Cell cell;
    cell.frame = new QWidget(m_charts);
    cell.frame->setMinimumHeight(kCellHeight);
    auto *layout = new QVBoxLayout(cell.frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    cell.heading = new QLabel(ChartBuilder::title(kind), cell.frame);
    QFont font = cell.heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    cell.heading->setFont(font);

    cell.view = new QChartView(cell.frame);
    cell.view->setRenderHint(QPainter::Antialiasing);
    cell.view->setFrameShape(QFrame::NoFrame);
    cell.view->setMinimumSize(260, 180);
    cell.view->setContextMenuPolicy(Qt::CustomContextMenu);
    cell.view->setToolTip(QString());
    connect(cell.view, &QWidget::customContextMenuRequested, this,
        [this, kind](const QPoint &pos) { showContextMenu(kind, pos); });

    cell.empty = new QLabel(ChartBuilder::emptyText(kind), cell.frame);
    cell.empty->setAlignment(Qt::AlignCenter);
    cell.empty->setWordWrap(true);
    cell.empty->setForegroundRole(QPalette::PlaceholderText);
    cell.empty->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(cell.empty, &QWidget::customContextMenuRequested, this,
        [this, kind](const QPoint &pos) { showContextMenu(kind, pos); });

    cell.stack = new QStackedWidget(cell.frame);
    cell.stack->addWidget(cell.view);
    cell.stack->addWidget(cell.empty);
    cell.stack->setCurrentWidget(cell.empty);

    layout->addWidget(cell.heading);
    layout->addWidget(cell.stack, 1);
    return cell;
}

void ReportsPage::rebuildGrid()
{
    // Charts taken off go; the ones kept keep their widgets and data.
    for (auto it = m_cells.begin(); it != m_cells.end();) {
        if (!m_dashboard.contains(it->first)) {
            delete it->second.frame;
            it = m_cells.erase(it);
        } else {
            m_grid->removeWidget(it->second.frame);
            ++it;
        }
    }
    bool added = false;
    for (qsizetype i = 0; i < m_dashboard.size(); ++i) {
        const ChartKind kind = m_dashboard.at(i);
        if (!m_cells.count(kind)) {
            m_cells.emplace(kind, makeCell(kind));
            added = true;
        }
        m_grid->addWidget(m_cells.at(kind).frame, int(i / kColumns), int(i % kColumns));
    }
    if (!m_noCharts) {
        m_noCharts
            = new QLabel(tr("No charts on the dashboard. Choose some in the Charts menu above."), m_charts);
        m_noCharts->setAlignment(Qt::AlignCenter);
        m_noCharts->setForegroundRole(QPalette::PlaceholderText);
    }
    m_grid->removeWidget(m_noCharts);
    m_noCharts->setVisible(m_dashboard.isEmpty());
    if (m_dashboard.isEmpty())
        m_grid->addWidget(m_noCharts, 0, 0, 1, kColumns);
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, row < (m_dashboard.size() + kColumns - 1) / kColumns ? 1 : 0);
    for (int column = 0; column < kColumns; ++column)
        m_grid->setColumnStretch(column, 1);
    if (added && m_loaded)
        refresh();
}

void ReportsPage::setDashboard(const QList<ChartKind> &kinds)
{
    QList<ChartKind> unique;
    for (ChartKind kind : kinds) {
        if (!unique.contains(kind))
            unique << kind;
    }
    m_dashboard = unique;
    saveDashboard();
    rebuildGrid();
}

void ReportsPage::setChartShown(ChartKind kind, bool shown)
{
    QList<ChartKind> kinds = m_dashboard;
    if (shown && !kinds.contains(kind))
        kinds << kind;
    else if (!shown)
        kinds.removeAll(kind);
    setDashboard(kinds);
}

void ReportsPage::moveChart(ChartKind kind, int delta)
{
    const qsizetype from = m_dashboard.indexOf(kind);
    if (from < 0)
        return;
    const qsizetype to = std::clamp<qsizetype>(from + delta, 0, m_dashboard.size() - 1);
    QList<ChartKind> kinds = m_dashboard;
    kinds.move(from, to);
    setDashboard(kinds);
}

void ReportsPage::resetDashboard()
{
    setDashboard(ChartBuilder::defaultDashboard());
}

void ReportsPage::saveDashboard() const
{
    QStringList keys;
    for (ChartKind kind : m_dashboard)
        keys << ChartBuilder::key(kind);
    QSettings().setValue(kDashboardKey, keys);
}

void ReportsPage::fillFilterLists()
{
    struct Choice
    {
        QComboBox *box;
        QString all;
        QString sql;
    };
    // Names of the people, sources, campaigns, segments and pipelines, small tables all.
    const QList<Choice> choices = {
        {m_owner, tr("All people"),
            u"SELECT name, name FROM team_members WHERE active = 1 UNION SELECT ?, ? ORDER BY 1"_s},
        {m_source, tr("All sources"), u"SELECT id, name FROM lead_sources ORDER BY position, name"_s},
        {m_campaign, tr("All campaigns"), u"SELECT id, name FROM campaigns ORDER BY starts_on DESC, name"_s},
        {m_segment, tr("All segments"),
            u"SELECT name, name FROM segments ORDER BY archived, position, name"_s},
    };
    for (const Choice &choice : choices) {
        const QSignalBlocker blocker(choice.box);
        const QString current = choice.box->currentData().toString();
        choice.box->clear();
        choice.box->addItem(choice.all, QString());
        try {
            const QString user = m_db.currentUser();
            QSqlQuery q
                = m_db.run(choice.sql, choice.box == m_owner ? QVariantList {user, user} : QVariantList());
            while (q.next()) {
                const QString id = q.value(0).toString();
                if (id.isEmpty())
                    continue;
                const QString name = choice.box == m_source
                    ? LeadStore::sourceDisplayName(LeadSource {id, q.value(1).toString(), 0})
                    : q.value(1).toString();
                choice.box->addItem(name, id);
            }
        } catch (const StoreError &error) {
            Q_EMIT statusChanged(error.message());
        }
        choice.box->setCurrentIndex(std::max(0, choice.box->findData(current)));
    }

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

const ReportsPage::Cell *ReportsPage::cell(ChartKind kind) const
{
    const auto it = m_cells.find(kind);
    return it == m_cells.end() ? nullptr : &it->second;
}

QChartView *ReportsPage::chart(ChartKind kind) const
{
    const Cell *found = cell(kind);
    return found ? found->view : nullptr;
}

QLabel *ReportsPage::emptyLabel(ChartKind kind) const
{
    const Cell *found = cell(kind);
    return found ? found->empty : nullptr;
}

bool ReportsPage::isShowingEmptyState(ChartKind kind) const
{
    const Cell *found = cell(kind);
    return found && found->stack->currentWidget() == found->empty;
}

const DataTable *ReportsPage::table(ChartKind kind) const
{
    const Cell *found = cell(kind);
    return found ? &found->content.table : nullptr;
}

ReportFilter ReportsPage::filter() const
{
    ReportFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.owner = m_owner->currentData().toString();
    filter.sourceId = m_source->currentData().toString();
    filter.campaignId = m_campaign->currentData().toString();
    filter.segment = m_segment->currentData().toString();
    filter.pipelineId = m_pipeline->currentData().toString();
    return filter;
}

ReportsPage::~ReportsPage()
{
    if (m_thread) {
        *m_latest = 0; // the loader stops after the chart it is reading
        QMetaObject::invokeMethod(m_loader, &ReportLoader::close, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_loader;
    }
}

ChartBuilder ReportsPage::builder(const ReportFilter &filter, int chartWidth) const
{
    ChartBuilder builder(m_db, filter, palette(), font());
    builder.setLabelWidth(labelWidth(chartWidth));
    return builder;
}

void ReportsPage::startLoader()
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"reports"_s);
    m_loader = new ReportLoader(m_db.spec(), m_db.currentUser(), m_latest);
    m_loader->moveToThread(m_thread);
    connect(m_loader, &ReportLoader::loaded, this, &ReportsPage::chartLoaded);
    connect(m_loader, &ReportLoader::finished, this, &ReportsPage::loadingFinished);
    connect(m_loader, &ReportLoader::failed, this, [this](quint64 request, const QString &message) {
        if (request == m_request)
            Q_EMIT statusChanged(tr("Cannot read the reports: %1").arg(message));
    });
    connect(m_loader, &ReportLoader::unavailable, this, [this](quint64 request, const QString &) {
        m_here = true;
        if (request == m_request)
            loadHere();
    });
    m_thread->start();
}

void ReportsPage::refresh()
{
    m_debounce->stop();
    m_loaded = true;
    m_requestFilter = filter();
    m_request = ++m_requests;
    *m_latest = m_request;
    m_done = 0;
    m_loading = !m_dashboard.isEmpty();
    for (auto &[kind, cell] : m_cells) {
        if (!cell.data)
            cell.empty->setText(tr("Reading…"));
    }
    if (!m_loading) {
        updateProgress();
        return;
    }
    m_progressDelay->start(); // a quick read shows no progress at all
    if (m_here) {
        loadHere();
        return;
    }
    if (!m_thread)
        startLoader();
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, request = m_request, filter = m_requestFilter, kinds = m_dashboard] {
            loader->load(request, filter, kinds);
        },
        Qt::QueuedConnection);
}

void ReportsPage::loadHere()
{
    const quint64 request = m_request;
    try {
        for (ChartKind kind : std::as_const(m_dashboard))
            chartLoaded(request, kind, ChartBuilder::fetch(m_db, m_requestFilter, kind));
    } catch (const StoreError &error) {
        Q_EMIT statusChanged(tr("Cannot read the reports: %1").arg(error.message()));
    }
    loadingFinished(request);
}

void ReportsPage::chartLoaded(quint64 request, ChartKind kind, const ChartData &data)
{
    if (request != m_request)
        return; // an answer to an older filter
    const auto it = m_cells.find(kind);
    if (it == m_cells.end())
        return; // taken off the dashboard meanwhile
    display(kind, it->second, builder(m_requestFilter, m_charts->width() / kColumns).build(kind, data));
    it->second.data = data;
    ++m_done;
    updateProgress();
}

void ReportsPage::loadingFinished(quint64 request)
{
    if (request != m_request)
        return;
    m_loading = false;
    updateProgress();
}

void ReportsPage::cancelLoading()
{
    if (!m_loading)
        return;
    *m_latest = 0;
    m_request = 0; // whatever still arrives is dropped
    m_loading = false;
    for (auto &[kind, cell] : m_cells) {
        if (!cell.data)
            cell.empty->setText(tr("Not read: reading was stopped. Press F5 to read the reports."));
    }
    updateProgress();
    Q_EMIT statusChanged(tr("Stopped reading the reports"));
}

void ReportsPage::updateProgress()
{
    if (!m_loading) {
        m_progressDelay->stop();
        m_progressBox->hide();
        return;
    }
    m_progress->setRange(0, int(m_dashboard.size()));
    m_progress->setValue(m_done);
    m_progressLabel->setText(tr("Reading the reports: %1 of %2").arg(m_done).arg(m_dashboard.size()));
}

void ReportsPage::display(ChartKind kind, Cell &cell, ChartContent content)
{
    QChart *old = cell.view->chart();
    cell.view->setChart(content.chart); // the view owns the new chart and gives up the old one
    delete old;
    if (content.bars && !content.records.isEmpty()) {
        QAbstractBarSeries *bars = content.bars;
        connect(bars, &QAbstractBarSeries::clicked, this, [this, kind, bars](int index, QBarSet *set) {
            openBar(kind, int(bars->barSets().indexOf(set)), index);
        });
        connect(bars, &QAbstractBarSeries::hovered, cell.view,
            [view = cell.view](bool on) { view->setCursor(on ? Qt::PointingHandCursor : Qt::ArrowCursor); });
    }
    cell.empty->setText(ChartBuilder::emptyText(kind));
    cell.stack->setCurrentWidget(content.hasData ? static_cast<QWidget *>(cell.view) : cell.empty);
    cell.content = std::move(content);
}

bool ReportsPage::openBar(ChartKind kind, int set, int bar)
{
    const Cell *found = cell(kind);
    const BarRecords *records = found ? found->content.recordsAt(set, bar) : nullptr;
    if (!records)
        return false;
    Q_EMIT openRecords(records->title, records->records);
    return true;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    // Deals and leads change on other screens: read the reports again on every visit.
    QWidget::showEvent(event);
    fillFilterLists();
    refresh();
}

void ReportsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        const ChartBuilder styler = builder(filter(), 0);
        for (const auto &[kind, cell] : m_cells) {
            if (cell.view->chart())
                styler.style(cell.view->chart());
        }
    }
}

QString ReportsPage::csv(ChartKind kind) const
{
    const DataTable *data = table(kind);
    return data ? TableExport::csv(*data) : QString();
}

void ReportsPage::copyCsv(ChartKind kind) const
{
    QGuiApplication::clipboard()->setText(csv(kind));
}

bool ReportsPage::saveChart(ChartKind kind, const QString &fileName) const
{
    QChartView *view = chart(kind);
    return view && view->grab().save(fileName, "PNG");
}

void ReportsPage::saveCsv(ChartKind kind, const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(kind).toUtf8()) < 0 || !file.commit())
        throw StoreError(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
}

void ReportsPage::saveXlsx(const QList<ChartKind> &kinds, const QString &fileName) const
{
    QList<DataTable> tables;
    for (ChartKind kind : kinds) {
        if (const DataTable *data = table(kind))
            tables << *data;
    }
    TableExport::writeXlsx(fileName, tables);
}

QString ReportsPage::filterSummary() const
{
    const QLocale locale;
    QStringList parts {tr("%1 – %2").arg(locale.toString(m_from->date(), QLocale::ShortFormat),
        locale.toString(m_to->date(), QLocale::ShortFormat))};
    for (const QComboBox *box : {m_owner, m_source, m_campaign, m_segment, m_pipeline}) {
        if (box->currentIndex() > 0)
            parts << box->currentText();
    }
    return parts.join(u" · "_s);
}

int ReportsPage::paintPages(
    QPainter &painter, const QRect &page, const std::function<void()> &newPage, int onlyPage) const
{
    QFont headingFont = font();
    headingFont.setBold(true);
    const int line = QFontMetrics(headingFont).height();
    const int header = 2 * line + 8;
    const int cellWidth = (page.width() - 12) / 2;
    const int cellHeight = (page.height() - header - 12) / 2;
    const ChartBuilder charts = builder(m_requestFilter, cellWidth);
    int onPage = 0;
    int pages = m_dashboard.isEmpty() ? 1 : 0;
    for (qsizetype i = 0; i < m_dashboard.size(); ++i) {
        if (onPage == 4) {
            if (onlyPage < 0)
                newPage();
            onPage = 0;
        }
        if (onPage == 0)
            ++pages;
        if (onlyPage >= 0 && pages - 1 != onlyPage) {
            ++onPage;
            continue;
        }
        if (onPage == 0) {
            painter.setFont(headingFont);
            painter.drawText(QRect(0, 0, page.width(), line), Qt::AlignLeft, tr("Loopline reports"));
            painter.setFont(font());
            painter.drawText(QRect(0, line, page.width(), line), Qt::AlignLeft, filterSummary());
        }
        const ChartKind kind = m_dashboard.at(i);
        const QPoint origin((onPage % 2) * (cellWidth + 12), header + (onPage / 2) * (cellHeight + 12));
        painter.setFont(headingFont);
        painter.drawText(QRect(origin, QSize(cellWidth, line)), Qt::AlignLeft, ChartBuilder::title(kind));
        painter.setFont(font());
        const QRect area(origin + QPoint(0, line + 4), QSize(cellWidth, cellHeight - line - 4));
        const Cell *shown = cell(kind);
        ChartContent content = shown && shown->data ? charts.build(kind, *shown->data) : ChartContent();
        if (!content.chart)
            content.chart = new QChart;
        if (content.hasData) {
            // A chart is laid out at the size it is drawn: an unshown view of that size.
            QChartView view;
            view.setRenderHint(QPainter::Antialiasing);
            view.setFrameShape(QFrame::NoFrame);
            view.setChart(content.chart);
            view.resize(area.size());
            view.grab(); // lays the chart out
            view.render(&painter, QRectF(area));
        } else {
            delete content.chart;
            painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, ChartBuilder::emptyText(kind));
        }
        ++onPage;
    }
    if (m_dashboard.isEmpty())
        painter.drawText(page, Qt::AlignCenter, tr("No charts on the dashboard"));
    return pages;
}

QImage ReportsPage::pageImage(int index) const
{
    // An A4 landscape page at 96 dpi without its 12 mm margins, as exportPdf() lays it out.
    const QSize size(1123 - 2 * 45, 794 - 2 * 45);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPages(
        painter, QRect(QPoint(0, 0), size), [] {}, index);
    return image;
}

void ReportsPage::exportPdf(const QString &fileName)
{
    if (!m_loaded || m_loading) {
        // The PDF shows every chart read with the current filter: read what is missing here.
        refresh();
        *m_latest = 0;
        loadHere();
    }
    // Written next to the chosen name, then moved over it: never half a file under it.
    const QString partial = fileName + u".part"_s;
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(96);
        writer.setTitle(tr("Loopline reports"));
        writer.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&writer))
            throw StoreError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(fileName)));

        paintPages(painter, painter.viewport(), [&writer] { writer.newPage(); });
        if (!painter.end())
            throw StoreError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(fileName)));
    }
    QFile::remove(fileName);
    if (!QFile::rename(partial, fileName)) {
        QFile::remove(partial);
        throw StoreError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(fileName)));
    }
}

void ReportsPage::askExportPdf()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export the dashboard"), tr("Reports") + u".pdf"_s, tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return;
    try {
        exportPdf(fileName);
        Q_EMIT statusChanged(tr("Saved the dashboard to %1").arg(QDir::toNativeSeparators(fileName)));
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Export the dashboard"), error.message());
    }
}

void ReportsPage::askExportXlsx(const QList<ChartKind> &kinds)
{
    const QString suggested = kinds.size() == 1 ? ChartBuilder::title(kinds.first()) : tr("Reports");
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Save the numbers"), suggested + u".xlsx"_s, tr("Excel workbooks (*.xlsx)"));
    if (fileName.isEmpty())
        return;
    try {
        saveXlsx(kinds, fileName);
        Q_EMIT statusChanged(tr("Saved the numbers to %1").arg(QDir::toNativeSeparators(fileName)));
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Save the numbers"), error.message());
    }
}

void ReportsPage::showContextMenu(ChartKind kind, const QPoint &pos)
{
    const Cell *found = cell(kind);
    if (!found)
        return;
    const QString heading = found->heading->text();
    const bool hasData = found->content.hasData;
    const qsizetype at = m_dashboard.indexOf(kind);
    QMenu menu(this);
    // The records behind each bar, for those who use the keyboard (Menu key on a chart).
    QMenu *records = menu.addMenu(tr("List the records of"));
    QStringList titles;
    const QList<QList<BarRecords>> &bars = found->content.records;
    for (qsizetype set = 0; set < bars.size(); ++set) {
        for (qsizetype bar = bars.at(set).size() - 1; bar >= 0; --bar) { // top bar first
            const BarRecords &one = bars.at(set).at(bar);
            if (!one.records.isValid() || titles.contains(one.title))
                continue;
            titles << one.title;
            records->addAction(
                one.title, this, [this, kind, set, bar] { openBar(kind, int(set), int(bar)); });
        }
    }
    records->setEnabled(!titles.isEmpty());
    menu.addSeparator();
    QAction *save = menu.addAction(tr("Save chart as PNG…"));
    QAction *copy = menu.addAction(tr("Copy data as CSV"));
    QAction *saveCsvAction = menu.addAction(tr("Save data as CSV…"));
    QAction *saveXlsxAction = menu.addAction(tr("Save data as XLSX…"));
    for (QAction *action : {save, copy, saveCsvAction, saveXlsxAction})
        action->setEnabled(hasData);
    menu.addSeparator();
    QAction *earlier = menu.addAction(tr("Move earlier"));
    earlier->setEnabled(at > 0);
    QAction *later = menu.addAction(tr("Move later"));
    later->setEnabled(at + 1 < m_dashboard.size());
    QAction *remove = menu.addAction(tr("Remove from the dashboard"));
    QWidget *source = found->stack->currentWidget();
    QAction *chosen = menu.exec(source->mapToGlobal(pos));
    if (!chosen)
        return;
    if (chosen == copy) {
        copyCsv(kind);
        Q_EMIT statusChanged(tr("Copied the data of “%1”").arg(heading));
    } else if (chosen == save) {
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Save chart"), heading + u".png"_s, tr("PNG images (*.png)"));
        if (fileName.isEmpty())
            return;
        Q_EMIT statusChanged(saveChart(kind, fileName) ? tr("Saved the chart to %1").arg(fileName)
                                                       : tr("Cannot save the chart to %1").arg(fileName));
    } else if (chosen == saveCsvAction) {
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Save data"), heading + u".csv"_s, tr("CSV files (*.csv)"));
        if (fileName.isEmpty())
            return;
        try {
            saveCsv(kind, fileName);
            Q_EMIT statusChanged(tr("Saved the numbers to %1").arg(QDir::toNativeSeparators(fileName)));
        } catch (const StoreError &error) {
            QMessageBox::warning(this, tr("Save data"), error.message());
        }
    } else if (chosen == saveXlsxAction) {
        askExportXlsx({kind});
    } else if (chosen == earlier) {
        moveChart(kind, -1);
    } else if (chosen == later) {
        moveChart(kind, 1);
    } else if (chosen == remove) {
        setChartShown(kind, false);
        Q_EMIT statusChanged(tr("Took “%1” off the dashboard; the Charts menu brings it back").arg(heading));
    }
}

} // namespace loopline
