#include "campaigneditor.h"

#include "common/currencychoice.h"
#include "common/deletecommand.h"
#include "common/timelinewidget.h"
#include "records/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

qint64 toMinor(const QDoubleSpinBox *box)
{
    return qRound64(box->value() * 100.0);
}

} // namespace

CampaignEditor::CampaignEditor(Database &db, QWidget *parent)
    : RecordEditor(db, u"campaign"_s, parent)
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_kind(new QComboBox(m_form))
    , m_channel(new QLineEdit(m_form))
    , m_hasStart(new QCheckBox(tr("&Starts"), m_form))
    , m_startsOn(new QDateEdit(m_form))
    , m_hasEnd(new QCheckBox(tr("&Ends"), m_form))
    , m_endsOn(new QDateEdit(m_form))
    , m_currency(new QComboBox(m_form))
    , m_budget(moneyBox())
    , m_costDiffers(new QCheckBox(tr("&Differs from the budget"), m_form))
    , m_actualCost(moneyBox())
    , m_planReach(countBox())
    , m_planVisits(countBox())
    , m_planLeads(countBox())
    , m_planMql(countBox())
    , m_planSql(countBox())
    , m_planWon(countBox())
    , m_planRevenue(moneyBox())
    , m_actualReach(countBox())
    , m_actualVisits(countBox())
    , m_notes(new QPlainTextEdit(m_form))
    , m_tabs(new QTabWidget(this))
    , m_figures(new QTableWidget(FigureRowCount, 2, this))
    , m_figuresHint(new QLabel(this))
{
    m_name->setObjectName(u"campaignName"_s);
    m_kind->addItem(tr("Campaign"), u"campaign"_s);
    m_kind->addItem(tr("Event (a trade show, a conference)"), u"event"_s);
    m_channel->setPlaceholderText(tr("E-mail, contextual ads, social, exhibition…"));
    for (QDateEdit *date : {m_startsOn, m_endsOn})
        date->setCalendarPopup(true);
    connect(m_hasStart, &QCheckBox::toggled, m_startsOn, &QDateEdit::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, m_endsOn, &QDateEdit::setEnabled);
    connect(m_costDiffers, &QCheckBox::toggled, m_actualCost, &QDoubleSpinBox::setEnabled);
    m_currency->setEditable(true);
    m_currency->setAccessibleName(tr("Currency"));
    offerCurrencies(m_currency, db);
    m_notes->setMaximumHeight(60);
    m_budget->setObjectName(u"campaignBudget"_s);

    mainLayout()->addWidget(buildForm());

    m_figures->setObjectName(u"campaignFigures"_s);
    m_figures->setAccessibleName(tr("Plan and actual figures"));
    m_startsOn->setAccessibleName(tr("Start date"));
    m_endsOn->setAccessibleName(tr("End date"));
    m_figures->setHorizontalHeaderLabels({tr("Plan"), tr("Actual")});
    m_figures->setVerticalHeaderLabels({tr("Cost"), tr("Reach"), tr("Visits"), tr("Leads"), tr("MQL"),
        tr("SQL"), tr("Won deals"), tr("Revenue"), tr("Cost per contact"), tr("Cost per visit"),
        tr("Cost per lead"), tr("Cost per MQL"), tr("Cost per won deal"), tr("ROI")});
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->setFocusPolicy(Qt::StrongFocus); // readable cell by cell from the keyboard
    m_figures->setAlternatingRowColors(true);
    m_figures->setWordWrap(false);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures->verticalHeader()->setDefaultSectionSize(m_figures->fontMetrics().height() + 6);
    m_figures->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Every row in sight: the page scrolls rather than the table.
    m_figures->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_figures->setMinimumHeight(m_figures->horizontalHeader()->sizeHint().height()
        + FigureRowCount * m_figures->verticalHeader()->defaultSectionSize() + 2 * m_figures->frameWidth());
    for (int row = 0; row < FigureRowCount; ++row) {
        for (int column = 0; column < 2; ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figures->setItem(row, column, item);
        }
    }
    m_figuresHint->setWordWrap(true);
    m_figuresHint->setForegroundRole(QPalette::PlaceholderText);
    auto *figuresPage = new QWidget(this);
    auto *figuresLayout = new QVBoxLayout(figuresPage);
    figuresLayout->setContentsMargins(4, 4, 4, 4);
    figuresLayout->addWidget(m_figures, 1);
    figuresLayout->addWidget(m_figuresHint);
    m_tabs->addTab(figuresPage, tr("Plan / Actual"));
    // The editor shows and hides the timeline itself; a page around it keeps the tabs in charge.
    auto *timelinePage = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(timeline());
    m_tabs->addTab(timelinePage, tr("Timeline"));
    mainLayout()->addWidget(m_tabs, 1);

    const QList<QWidget *> fields = {m_name, m_kind, m_channel, m_hasStart, m_startsOn, m_hasEnd, m_endsOn,
        m_currency, m_budget, m_costDiffers, m_actualCost, m_planReach, m_planVisits, m_planLeads, m_planMql,
        m_planSql, m_planWon, m_planRevenue, m_actualReach, m_actualVisits, m_notes};
    for (QWidget *field : fields)
        watch(field);
    for (QSpinBox *box : countBoxes())
        connect(box, &QSpinBox::valueChanged, this, &CampaignEditor::showFigures);
    for (QDoubleSpinBox *box : {m_budget, m_actualCost, m_planRevenue})
        connect(box, &QDoubleSpinBox::valueChanged, this, &CampaignEditor::showFigures);
    connect(m_costDiffers, &QCheckBox::toggled, this, &CampaignEditor::showFigures);
    connect(m_currency, &QComboBox::currentTextChanged, this, &CampaignEditor::showFigures);
    mapField(u"name"_s, m_name);
    mapField(u"endsOn"_s, m_endsOn);
    mapField(u"currency"_s, m_currency);
    clear();
}

QSpinBox *CampaignEditor::countBox()
{
    auto *box = new QSpinBox(m_form);
    box->setRange(0, std::numeric_limits<int>::max());
    box->setGroupSeparatorShown(true);
    return box;
}

QList<QSpinBox *> CampaignEditor::countBoxes() const
{
    return {m_planReach, m_planVisits, m_planLeads, m_planMql, m_planSql, m_planWon, m_actualReach,
        m_actualVisits};
}

QDoubleSpinBox *CampaignEditor::moneyBox()
{
    auto *box = new QDoubleSpinBox(m_form);
    box->setRange(0, 1e12);
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    return box;
}

QWidget *CampaignEditor::buildForm()
{
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_hasStart);
    dates->addWidget(m_startsOn, 1);
    dates->addSpacing(12);
    dates->addWidget(m_hasEnd);
    dates->addWidget(m_endsOn, 1);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_currency);
    auto *costRow = new QHBoxLayout;
    costRow->addWidget(m_costDiffers);
    costRow->addWidget(m_actualCost, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Ch&annel:"), m_channel);
    form->addRow(tr("Dates:"), dates);
    auto *budgetLabel = new QLabel(tr("&Budget:"), m_form);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel, budgetRow);
    form->addRow(tr("Actual cost:"), costRow);

    // What was planned, two fields a row; below it what was reached.
    auto *plan = new QGroupBox(tr("Plan"), m_form);
    auto *planGrid = new QGridLayout(plan);
    const auto addPair
        = [this](QGridLayout *grid, int row, int column, const QString &label, QWidget *field) {
              auto *text = new QLabel(label, m_form);
              text->setBuddy(field);
              grid->addWidget(text, row, column * 2);
              grid->addWidget(field, row, column * 2 + 1);
          };
    addPair(planGrid, 0, 0, tr("&Reach:"), m_planReach);
    addPair(planGrid, 0, 1, tr("V&isits:"), m_planVisits);
    addPair(planGrid, 1, 0, tr("&Leads:"), m_planLeads);
    addPair(planGrid, 1, 1, tr("&MQL:"), m_planMql);
    addPair(planGrid, 2, 0, tr("S&QL:"), m_planSql);
    addPair(planGrid, 2, 1, tr("&Won deals:"), m_planWon);
    addPair(planGrid, 3, 0, tr("Re&venue:"), m_planRevenue);
    planGrid->setColumnStretch(1, 1);
    planGrid->setColumnStretch(3, 1);
    auto *actual = new QGroupBox(tr("Actual"), m_form);
    auto *actualGrid = new QGridLayout(actual);
    addPair(actualGrid, 0, 0, tr("Reac&h:"), m_actualReach);
    addPair(actualGrid, 0, 1, tr("Visi&ts:"), m_actualVisits);
    actualGrid->setColumnStretch(1, 1);
    actualGrid->setColumnStretch(3, 1);

    auto *notes = new QFormLayout;
    notes->addRow(tr("N&otes:"), m_notes);

    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(plan);
    layout->addWidget(actual);
    layout->addLayout(notes);
    return m_form;
}

void CampaignEditor::setFormEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
    m_tabs->setEnabled(enabled);
    if (!enabled) {
        headerLabel()->setText(tr("Select a campaign on the left, or press Ctrl+N to add one."));
        m_stored = {};
        for (int row = 0; row < FigureRowCount; ++row) {
            m_figures->item(row, 0)->setText({});
            m_figures->item(row, 1)->setText({});
        }
        m_figuresHint->clear();
    }
}

bool CampaignEditor::load(const QString &id)
{
    const std::optional<Campaign> campaign = CampaignStore(db()).get(id);
    if (!campaign) {
        clear();
        return false;
    }
    LoadGuard guard(this);
    m_loaded = *campaign;
    m_stored = CampaignStore(db()).figures(id);
    m_name->setText(campaign->name);
    m_kind->setCurrentIndex(campaign->kind == Campaign::Kind::Event ? 1 : 0);
    m_channel->setText(campaign->channel);
    m_hasStart->setChecked(campaign->startsOn.isValid());
    m_startsOn->setEnabled(campaign->startsOn.isValid());
    m_startsOn->setDate(campaign->startsOn.isValid() ? campaign->startsOn : QDate::currentDate());
    m_hasEnd->setChecked(campaign->endsOn.isValid());
    m_endsOn->setEnabled(campaign->endsOn.isValid());
    m_endsOn->setDate(campaign->endsOn.isValid() ? campaign->endsOn : QDate::currentDate());
    m_currency->setCurrentText(campaign->currency);
    m_budget->setValue(double(campaign->budgetMinor) / 100.0);
    m_costDiffers->setChecked(campaign->actualCostMinor.has_value());
    m_actualCost->setEnabled(campaign->actualCostMinor.has_value());
    m_actualCost->setValue(double(campaign->actualCostMinor.value_or(campaign->budgetMinor)) / 100.0);
    const std::pair<QSpinBox *, qint64> counts[] = {{m_planReach, campaign->planReach},
        {m_planVisits, campaign->planVisits}, {m_planLeads, campaign->planLeads},
        {m_planMql, campaign->planMql}, {m_planSql, campaign->planSql}, {m_planWon, campaign->planWon},
        {m_actualReach, campaign->actualReach}, {m_actualVisits, campaign->actualVisits}};
    for (const auto &[box, value] : counts)
        box->setValue(int(std::min<qint64>(value, box->maximum())));
    m_planRevenue->setValue(double(campaign->planRevenueMinor) / 100.0);
    m_notes->setPlainText(campaign->notes);
    headerLabel()->setText(campaign->name);
    setCurrent(id, campaign->createdAt);
    showFigures();
    return true;
}

void CampaignEditor::startNew()
{
    LoadGuard guard(this);
    m_loaded = Campaign();
    m_stored = {};
    m_name->clear();
    m_kind->setCurrentIndex(0);
    m_channel->clear();
    for (QCheckBox *check : {m_hasStart, m_hasEnd, m_costDiffers})
        check->setChecked(false);
    for (QWidget *widget : {static_cast<QWidget *>(m_startsOn), static_cast<QWidget *>(m_endsOn),
             static_cast<QWidget *>(m_actualCost)})
        widget->setEnabled(false);
    m_startsOn->setDate(QDate::currentDate());
    m_endsOn->setDate(QDate::currentDate().addMonths(1));
    offerCurrencies(m_currency, db());
    for (QDoubleSpinBox *box : {m_budget, m_actualCost, m_planRevenue})
        box->setValue(0);
    for (QSpinBox *box : countBoxes())
        box->setValue(0);
    m_notes->clear();
    headerLabel()->setText(tr("New campaign"));
    setCurrent({});
    showFigures();
    m_name->setFocus();
}

Campaign CampaignEditor::fromForm() const
{
    Campaign campaign = m_loaded;
    campaign.name = m_name->text().trimmed();
    campaign.kind
        = m_kind->currentData().toString() == u"event" ? Campaign::Kind::Event : Campaign::Kind::Campaign;
    campaign.channel = m_channel->text().trimmed();
    campaign.startsOn = m_hasStart->isChecked() ? m_startsOn->date() : QDate();
    campaign.endsOn = m_hasEnd->isChecked() ? m_endsOn->date() : QDate();
    campaign.currency = m_currency->currentText().trimmed().toUpper();
    campaign.budgetMinor = toMinor(m_budget);
    campaign.actualCostMinor
        = m_costDiffers->isChecked() ? std::optional<qint64>(toMinor(m_actualCost)) : std::nullopt;
    campaign.planReach = m_planReach->value();
    campaign.planVisits = m_planVisits->value();
    campaign.planLeads = m_planLeads->value();
    campaign.planMql = m_planMql->value();
    campaign.planSql = m_planSql->value();
    campaign.planWon = m_planWon->value();
    campaign.planRevenueMinor = toMinor(m_planRevenue);
    campaign.actualReach = m_actualReach->value();
    campaign.actualVisits = m_actualVisits->value();
    campaign.notes = m_notes->toPlainText();
    return campaign;
}

FieldErrors CampaignEditor::write(QString &id)
{
    const Campaign campaign = fromForm();
    FieldErrors errors;
    if (campaign.name.isEmpty())
        errors.append({u"name"_s, tr("A campaign needs a name.")});
    if (!Validation::isValidCurrency(campaign.currency))
        errors.append(
            {u"currency"_s, tr("\"%1\" is not a currency code such as EUR.").arg(campaign.currency)});
    if (campaign.startsOn.isValid() && campaign.endsOn.isValid() && campaign.endsOn < campaign.startsOn)
        errors.append({u"endsOn"_s, tr("The campaign ends before it starts.")});
    if (!errors.isEmpty())
        return errors;
    storeRecord<CampaignStore>(campaign, id);
    return {};
}

void CampaignEditor::showFigures()
{
    if (!isEditing())
        return;
    const Campaign campaign = fromForm();
    CampaignFigures f = m_stored;
    f.plan.costMinor = double(campaign.budgetMinor);
    f.plan.reach = campaign.planReach;
    f.plan.visits = campaign.planVisits;
    f.plan.leads = campaign.planLeads;
    f.plan.mql = campaign.planMql;
    f.plan.sql = campaign.planSql;
    f.plan.won = campaign.planWon;
    f.plan.revenueMinor = double(campaign.planRevenueMinor);
    f.actual.costMinor = double(campaign.actualCostMinor.value_or(campaign.budgetMinor));
    f.actual.reach = campaign.actualReach;
    f.actual.visits = campaign.actualVisits;

    const QLocale locale;
    const QString none = tr("—");
    const QString currency = campaign.currency;
    const auto money = [&](double minor) { return formatMoney(qRound64(minor), currency, locale); };
    const auto per = [&](std::optional<double> minor) { return minor ? money(*minor) : none; };
    const CampaignFigures::Side *sides[] = {&f.plan, &f.actual};
    for (int column = 0; column < 2; ++column) {
        const CampaignFigures::Side &side = *sides[column];
        const QString roi
            = side.roi() ? locale.toString(*side.roi() * 100.0, 'f', 1) + locale.percent() : none;
        const QString texts[FigureRowCount]
            = {money(side.costMinor), locale.toString(side.reach), locale.toString(side.visits),
                locale.toString(side.leads), locale.toString(side.mql), locale.toString(side.sql),
                locale.toString(side.won), money(side.revenueMinor), per(side.perContact()),
                per(side.perVisit()), per(side.perLead()), per(side.perMql()), per(side.perWon()), roi};
        for (int row = 0; row < FigureRowCount; ++row)
            m_figures->item(row, column)->setText(texts[row]);
    }
    QString hint = tr("Actual leads, MQL, SQL, won deals and revenue are counted from the leads whose "
                      "Campaign field names this campaign.");
    if (f.unconvertedDeals > 0)
        hint += u' '
            + tr("%Ln won deal(s) in a currency without an exchange rate are left out of the revenue.",
                nullptr, int(f.unconvertedDeals));
    m_figuresHint->setText(hint);
}

QString CampaignEditor::figure(FigureRow row, int column) const
{
    const QTableWidgetItem *item = m_figures->item(row, column);
    return item ? item->text() : QString();
}

QString CampaignEditor::recordTitle() const
{
    return m_loaded.name;
}

std::unique_ptr<QUndoCommand> CampaignEditor::makeDeleteCommand(const QString &id)
{
    Database &database = db();
    const std::optional<Campaign> snapshot = CampaignStore(database).get(id);
    if (!snapshot)
        return nullptr;
    const Campaign campaign = *snapshot;
    return std::make_unique<DeleteCommand>(
        tr("Delete campaign %1").arg(campaign.name), [&database, id] { CampaignStore(database).remove(id); },
        [&database, campaign] { CampaignStore(database).create(campaign); },
        [this](const QString &message) { reportError(message); });
}

} // namespace loopline
