#include "leadfiguresdialog.h"

#include "common/banner.h"
#include "common/windowsize.h"
#include "leads/leadlifecycle.h"
#include "records/money.h"
#include "store/teamstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSettingsGroup = u"LeadFiguresDialog"_s;
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

QDate monthStart(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate quarterStart(QDate date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

QString statusAtStep(int step)
{
    const QList<LeadStatus> statuses = LeadLifecycle::allStatuses();
    for (LeadStatus status : statuses) {
        if (LeadLifecycle::step(status) == step)
            return LeadLifecycle::displayName(status);
    }
    return {};
}

QTableWidgetItem *readOnlyItem(
    const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

LeadFiguresDialog::LeadFiguresDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("SDR figures"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"figuresProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(problemBannerStyle());
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *body = new QHBoxLayout;
    body->addWidget(buildFigures());
    body->addWidget(buildFunnel(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildInputs());
    layout->addWidget(m_problem);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillSdrs();
    const QDate now = today();
    setPeriod(monthStart(now), monthStart(now).addMonths(1).addDays(-1));
    restoreWindowSize(this, kSettingsGroup, QSize(940, 540));
}

// ---- Building ----

QWidget *LeadFiguresDialog::buildInputs()
{
    auto *box = new QWidget(this);
    m_from = new QDateEdit(box);
    m_to = new QDateEdit(box);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, &LeadFiguresDialog::recompute);
    }
    m_from->setObjectName(u"periodFrom"_s);
    m_to->setObjectName(u"periodTo"_s);
    m_thisMonth = new QPushButton(tr("This &month"), box);
    m_lastMonth = new QPushButton(tr("&Last month"), box);
    m_thisQuarter = new QPushButton(tr("This &quarter"), box);
    for (QPushButton *button : {m_thisMonth, m_lastMonth, m_thisQuarter})
        button->setAutoDefault(false);
    m_sdr = new QComboBox(box);
    m_sdr->setObjectName(u"sdrFilter"_s);
    m_sdr->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sdr->setMinimumContentsLength(12);

    auto *fromLabel = new QLabel(tr("&From:"), box);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), box);
    toLabel->setBuddy(m_to);
    auto *sdrLabel = new QLabel(tr("&SDR:"), box);
    sdrLabel->setBuddy(m_sdr);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(m_thisMonth);
    row->addWidget(m_lastMonth);
    row->addWidget(m_thisQuarter);
    row->addStretch(1);
    row->addWidget(sdrLabel);
    row->addWidget(m_sdr);

    connect(m_thisMonth, &QPushButton::clicked, this, [this] {
        const QDate start = monthStart(today());
        setPeriod(start, start.addMonths(1).addDays(-1));
    });
    connect(m_lastMonth, &QPushButton::clicked, this, [this] {
        const QDate start = monthStart(today());
        setPeriod(start.addMonths(-1), start.addDays(-1));
    });
    connect(m_thisQuarter, &QPushButton::clicked, this, [this] {
        const QDate start = quarterStart(today());
        setPeriod(start, start.addMonths(3).addDays(-1));
    });
    connect(m_sdr, &QComboBox::currentIndexChanged, this, &LeadFiguresDialog::recompute);
    return box;
}

QLabel *LeadFiguresDialog::addFigure(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel(kNone, form->parentWidget());
    value->setObjectName(name);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    m_values.insert(name, value);
    return value;
}

QWidget *LeadFiguresDialog::buildFigures()
{
    auto *column = new QWidget(this);
    auto *leads = new QGroupBox(tr("Leads"), column);
    auto *leadsForm = new QFormLayout(leads);
    addFigure(leadsForm, tr("Received:"), u"leadsReceived"_s);
    addFigure(leadsForm, tr("Taken by an SDR:"), u"leadsTaken"_s);
    addFigure(leadsForm, tr("Median first response:"), u"medianFirstResponse"_s);
    addFigure(leadsForm, tr("SLA breaches:"), u"slaBreaches"_s)
        ->setToolTip(tr("Leads that came due in the period and were answered late or not yet, and their "
                        "share of all the leads that came due."));

    auto *marks = new QGroupBox(tr("Marks reached"), column);
    auto *marksForm = new QFormLayout(marks);
    addFigure(marksForm, tr("MQL:"), u"mql"_s);
    addFigure(marksForm, tr("SQL:"), u"sql"_s);
    addFigure(marksForm, tr("SAL:"), u"sal"_s);
    addFigure(marksForm, tr("Converted:"), u"converted"_s);

    auto *bonus = new QGroupBox(tr("SDR bonus"), column);
    auto *bonusForm = new QFormLayout(bonus);
    QLabel *total = addFigure(bonusForm, tr("For the period:"), u"bonus"_s);
    QFont bold = total->font();
    bold.setBold(true);
    total->setFont(bold);
    m_bonusRates = new QLabel(bonus);
    m_bonusRates->setObjectName(u"bonusRates"_s);
    m_bonusRates->setWordWrap(true);
    m_bonusRates->setForegroundRole(QPalette::PlaceholderText);
    bonusForm->addRow(m_bonusRates);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(leads);
    layout->addWidget(marks);
    layout->addWidget(bonus);
    layout->addStretch(1);
    column->setMinimumWidth(300);
    return column;
}

QWidget *LeadFiguresDialog::buildFunnel()
{
    auto *box = new QGroupBox(tr("Funnel"), this);
    m_funnel = new QTableWidget(LeadFigures::kSteps, FunnelColumnCount, box);
    m_funnel->setObjectName(u"funnelTable"_s);
    m_funnel->setAccessibleName(tr("Conversion between steps"));
    m_funnel->setHorizontalHeaderLabels({tr("Step"), tr("Leads"), tr("From previous"), tr("From step 1")});
    m_funnel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_funnel->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_funnel->verticalHeader()->hide();
    m_funnel->setAlternatingRowColors(true);
    m_funnel->setWordWrap(false);
    m_funnel->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_funnel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    QHeaderView *header = m_funnel->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    for (int column = LeadsColumn; column < FunnelColumnCount; ++column)
        m_funnel->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (int step = 1; step <= LeadFigures::kSteps; ++step) {
        QTableWidgetItem *item
            = readOnlyItem(tr("%1. %2").arg(step).arg(statusAtStep(step)), Qt::AlignLeft | Qt::AlignVCenter);
        item->setToolTip(item->text());
        m_funnel->setItem(step - 1, StepColumn, item);
    }
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_funnel);
    layout->addWidget(
        new QLabel(tr("Leads received in the period, by the furthest step they reached."), box));
    layout->addStretch(1);
    return box;
}

void LeadFiguresDialog::fillSdrs()
{
    QStringList names;
    const QList<TeamMember> sdrs = TeamStore(m_db).members(TeamRole::Sdr, true);
    for (const TeamMember &member : sdrs)
        names << member.name;
    QSqlQuery q = m_db.run(u"SELECT DISTINCT sdr FROM leads WHERE sdr <> ''"_s);
    while (q.next())
        names << q.value(0).toString();
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    const QSignalBlocker blocker(m_sdr);
    m_sdr->addItem(tr("Everyone"), QString());
    for (const QString &name : std::as_const(names))
        m_sdr->addItem(name, name);
}

// ---- Inputs ----

QDate LeadFiguresDialog::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs()).date();
}

void LeadFiguresDialog::setPeriod(QDate from, QDate to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    recompute();
}

QDate LeadFiguresDialog::from() const
{
    return m_from->date();
}

QDate LeadFiguresDialog::to() const
{
    return m_to->date();
}

void LeadFiguresDialog::setSdr(const QString &sdr)
{
    int index = m_sdr->findData(sdr);
    if (index < 0) {
        m_sdr->addItem(sdr, sdr);
        index = m_sdr->count() - 1;
    }
    m_sdr->setCurrentIndex(index);
}

QString LeadFiguresDialog::sdr() const
{
    return m_sdr->currentData().toString();
}

// ---- Figures ----

void LeadFiguresDialog::recompute()
{
    m_figures = LeadFigures();
    m_problem->hide();
    if (from() > to()) {
        m_problem->setText(
            tr("The period ends before it starts: choose a \"to\" date on or after the \"from\" date."));
        m_problem->show();
    } else {
        LeadFiguresQuery query(m_db);
        query.setPeriod(from().startOfDay(), to().addDays(1).startOfDay());
        query.setSdr(sdr());
        try {
            m_figures = query.compute();
            showFigures();
            showFunnel();
            showBonus(query);
            return;
        } catch (const StoreError &error) {
            m_problem->setText(error.message());
            m_problem->show();
        }
    }
    for (QLabel *value : std::as_const(m_values))
        value->setText(kNone);
    m_bonusRates->clear();
    showFunnel();
}

QString LeadFiguresDialog::formatDuration(qint64 ms)
{
    if (ms < 60'000)
        return tr("%Ln s", nullptr, int(qRound64(double(ms) / 1000.0)));
    const int minutes = int(qRound64(double(ms) / 60'000.0));
    if (minutes < 60)
        return tr("%Ln min", nullptr, minutes);
    const QString hours = tr("%Ln h", nullptr, minutes / 60);
    if (minutes % 60 == 0)
        return hours;
    return tr("%1 %2", "hours and minutes").arg(hours, tr("%Ln min", nullptr, minutes % 60));
}

void LeadFiguresDialog::showFigures()
{
    const LeadFigures &f = m_figures;
    setValue(u"leadsReceived"_s, formatCount(f.leadsReceived));
    setValue(u"leadsTaken"_s, formatCount(f.leadsTaken));
    setValue(u"medianFirstResponse"_s,
        f.medianFirstResponseMs ? formatDuration(*f.medianFirstResponseMs) : tr("no responses yet"));
    setValue(u"slaBreaches"_s, tr("%1 (%2)").arg(formatCount(f.slaBreaches), formatShare(f.slaBreachShare)));
    setValue(u"mql"_s, formatCount(f.mql));
    setValue(u"sql"_s, formatCount(f.sql));
    setValue(u"sal"_s, formatCount(f.sal));
    setValue(u"converted"_s, formatCount(f.converted));
}

void LeadFiguresDialog::showFunnel()
{
    const LeadFigures &f = m_figures;
    for (int step = 1; step <= LeadFigures::kSteps; ++step) {
        const int row = step - 1;
        m_funnel->setItem(row, LeadsColumn, readOnlyItem(formatCount(f.reachedStep.at(step))));
        const bool hasPrevious = step > 1 && f.reachedStep.at(step - 1) > 0;
        m_funnel->setItem(row, FromPreviousColumn,
            readOnlyItem(hasPrevious ? formatShare(f.conversion(step - 1, step)) : kNone));
        const bool hasFirst = step > 1 && f.reachedStep.at(1) > 0;
        m_funnel->setItem(
            row, FromFirstColumn, readOnlyItem(hasFirst ? formatShare(f.conversion(1, step)) : kNone));
    }
}

// The counts behind the bonus are the bonus at a rate of one for that mark alone.
void LeadFiguresDialog::showBonus(const LeadFiguresQuery &query)
{
    const BonusRates rates = BonusRates::load(m_db);
    setValue(u"bonus"_s, formatMoney(query.bonusMinor(rates), rates.currency));
    if (rates.perConvertedMinor == 0 && rates.perSqlMinor == 0 && rates.perSalMinor == 0) {
        m_bonusRates->setText(tr("No bonus rates are set yet (Leads › Lead settings › SDR bonus)."));
        return;
    }
    BonusRates converted;
    converted.perConvertedMinor = 1;
    BonusRates sql;
    sql.perSqlMinor = 1;
    BonusRates sal;
    sal.perSalMinor = 1;
    const QStringList terms = {
        tr("%1 converted × %2")
            .arg(formatCount(query.bonusMinor(converted)),
                formatMoney(rates.perConvertedMinor, rates.currency)),
        tr("%1 SQL × %2")
            .arg(formatCount(query.bonusMinor(sql)), formatMoney(rates.perSqlMinor, rates.currency)),
        tr("%1 SAL × %2")
            .arg(formatCount(query.bonusMinor(sal)), formatMoney(rates.perSalMinor, rates.currency)),
    };
    m_bonusRates->setText(terms.join(u"\n+ "_s));
}

void LeadFiguresDialog::setValue(const QString &name, const QString &text)
{
    if (QLabel *label = m_values.value(name))
        label->setText(text);
}

void LeadFiguresDialog::done(int result)
{
    saveWindowSize(this, kSettingsGroup);
    QDialog::done(result);
}

} // namespace loopline
