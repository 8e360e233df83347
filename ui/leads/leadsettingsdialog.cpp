#include "leadsettingsdialog.h"

#include "common/banner.h"
#include "common/celldelegate.h"
#include "common/windowsize.h"
#include "pipeline/pipelinestore.h"
#include "records/money.h"
#include "records/validation.h"
#include "segments/segmentstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSettingsGroup = u"LeadSettingsDialog"_s;
const QList<TeamRole> kRoles
    = {TeamRole::Sdr, TeamRole::Sales, TeamRole::Manager, TeamRole::Booth, TeamRole::Admin};
constexpr int kExampleLeadMinutes = 10; // how long before the end of the working day the example lead arrives

// The role column edits with a combo box that stays open, so the role shows as one
// and the keyboard reaches it like any other cell.
class RoleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (TeamRole role : kRoles)
            combo->addItem(TeamStore::roleDisplayName(role), TeamStore::roleKey(role));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
};

QSpinBox *makeSpinBox(QWidget *parent, int minimum, int maximum)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

QDoubleSpinBox *makeMoneySpinBox(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 1e9);
    spin->setDecimals(2);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

QLabel *makeNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A spin box followed by its unit, which follows the plural of the value.
QHBoxLayout *withUnit(QSpinBox *spin, const std::function<QString(int)> &unit)
{
    auto *label = new QLabel(unit(spin->value()), spin->parentWidget());
    QObject::connect(
        spin, &QSpinBox::valueChanged, label, [label, unit](int value) { label->setText(unit(value)); });
    auto *row = new QHBoxLayout;
    row->addWidget(spin);
    row->addWidget(label);
    row->addStretch(1);
    return row;
}

QString withoutMnemonic(QString text)
{
    static const QRegularExpression trailing(u"[\\s:：]+$"_s);
    return text.remove(u'&').remove(trailing);
}

qint64 toMinor(const QDoubleSpinBox *spin)
{
    return qRound64(spin->value() * 100.0);
}

} // namespace

LeadSettingsDialog::LeadSettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_banner(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Lead settings"));
    m_banner->setObjectName(u"validationErrors"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(problemBannerStyle());
    m_banner->hide();
    m_tabs->addTab(buildSlaTab(), tr("&SLA and working hours"));
    m_tabs->addTab(buildScoringTab(), tr("S&coring"));
    m_tabs->addTab(buildHandOffTab(), tr("&Hand-off"));
    m_tabs->addTab(buildBonusTab(), tr("SDR &bonus"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadSettings();
    restoreWindowSize(this, kSettingsGroup, QSize(720, 560));
}

// ---- Building the tabs ----

QWidget *LeadSettingsDialog::buildSlaTab()
{
    auto *page = new QWidget;
    m_minutes = makeSpinBox(page, 1, 24 * 60);
    m_minutes->setObjectName(u"slaMinutes"_s);
    m_hoursEnabled = new QCheckBox(tr("Count only &working hours"), page);
    m_start = new QTimeEdit(page);
    m_end = new QTimeEdit(page);
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_start->setAccessibleName(tr("Start of the working day"));
    m_end->setAccessibleName(tr("End of the working day"));
    m_timeZone = new QComboBox(page);
    m_timeZone->setMaxVisibleItems(20);
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeZone->setMinimumContentsLength(28);
    m_timeZone->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    m_timeZone->addItem(tr("System time zone (%1)").arg(QString::fromUtf8(systemZone)), QByteArray());
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_timeZone->addItem(QString::fromUtf8(zone), zone);
    m_example = new QLabel(page);
    m_example->setObjectName(u"slaExample"_s);
    m_example->setWordWrap(true);

    m_daysRow = new QWidget(page);
    auto *daysLayout = new QHBoxLayout(m_daysRow);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        const int day = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_daysRow);
        box->setToolTip(locale.dayName(day));
        m_days.insert(day, box);
        daysLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &LeadSettingsDialog::updateExample);
    }
    daysLayout->addStretch(1);

    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_start);
    auto *toLabel = new QLabel(tr("&to"), page);
    toLabel->setBuddy(m_end);
    hoursRow->addWidget(toLabel);
    hoursRow->addWidget(m_end);
    hoursRow->addStretch(1);

    auto *form = new QFormLayout;
    auto *minutesLabel = new QLabel(tr("&Respond within:"), page);
    minutesLabel->setBuddy(m_minutes);
    form->addRow(minutesLabel, withUnit(m_minutes, [](int n) { return tr("minute(s)", nullptr, n); }));
    form->addRow(QString(), m_hoursEnabled);
    auto *startLabel = new QLabel(tr("&From:"), page);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, hoursRow);
    auto *daysLabel = new QLabel(tr("&Days:"), page);
    daysLabel->setBuddy(m_days.value(int(locale.firstDayOfWeek())));
    form->addRow(daysLabel, m_daysRow);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("Example:"), m_example);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeNote(tr("How long a new lead may wait in the queue until an SDR takes it. With "
                                  "working hours on, the clock stops outside them."),
        page));
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_minutes, &QSpinBox::valueChanged, this, &LeadSettingsDialog::updateExample);
    connect(m_hoursEnabled, &QCheckBox::toggled, this, &LeadSettingsDialog::updateHoursEnabled);
    connect(m_start, &QTimeEdit::timeChanged, this, &LeadSettingsDialog::updateExample);
    connect(m_end, &QTimeEdit::timeChanged, this, &LeadSettingsDialog::updateExample);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &LeadSettingsDialog::updateExample);
    return page;
}

QWidget *LeadSettingsDialog::buildScoringTab()
{
    auto *page = new QWidget;
    m_budget = makeSpinBox(page, 0, 1000);
    m_authority = makeSpinBox(page, 0, 1000);
    m_need = makeSpinBox(page, 0, 1000);
    m_timeframe = makeSpinBox(page, 0, 1000);
    m_hotAt = makeSpinBox(page, 0, 10000);
    m_hotAt->setObjectName(u"hotThreshold"_s);
    m_warmAt = makeSpinBox(page, 0, 10000);
    m_warmAt->setObjectName(u"warmThreshold"_s);
    m_restoreDefaults = new QPushButton(tr("&Restore defaults"), page);

    auto *bant = new QGroupBox(tr("Questionnaire answers (BANT)"), page);
    auto *bantForm = new QFormLayout(bant);
    bantForm->addRow(tr("B&udget stated:"), m_budget);
    bantForm->addRow(tr("&Authority (decision maker):"), m_authority);
    bantForm->addRow(tr("&Need confirmed:"), m_need);
    bantForm->addRow(tr("T&imeframe within 3 months:"), m_timeframe);

    auto *behaviour = new QGroupBox(tr("Behaviour signals"), page);
    auto *signalForm = new QFormLayout(behaviour);
    for (SignalKind kind : allSignalKinds()) {
        QSpinBox *spin = makeSpinBox(behaviour, 0, 1000);
        spin->setObjectName(u"signalWeight_"_s + signalKindKey(kind));
        m_signalWeights.insert(kind, spin);
        auto *label = new QLabel(tr("%1:").arg(LeadScoring::signalKindName(kind)), behaviour);
        label->setBuddy(spin);
        signalForm->addRow(label, spin);
    }

    auto *thresholds = new QGroupBox(tr("Temperature"), page);
    auto *thresholdForm = new QFormLayout(thresholds);
    const auto points = [](int n) { return tr("point(s) or more", nullptr, n); };
    auto *hotLabel = new QLabel(tr("Ho&t from:"), thresholds);
    hotLabel->setBuddy(m_hotAt);
    thresholdForm->addRow(hotLabel, withUnit(m_hotAt, points));
    auto *warmLabel = new QLabel(tr("&Warm from:"), thresholds);
    warmLabel->setBuddy(m_warmAt);
    thresholdForm->addRow(warmLabel, withUnit(m_warmAt, points));

    auto *groups = new QHBoxLayout;
    groups->addWidget(bant, 1);
    groups->addWidget(behaviour, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_restoreDefaults);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeNote(tr("Full points for each answer and signal. A lead's score is the sum of "
                                  "what it earned; the thresholds turn the score into a temperature."),
        page));
    layout->addLayout(groups);
    layout->addWidget(thresholds);
    layout->addWidget(makeNote(tr("Every lead shows its score together with the reasons for it, so anyone "
                                  "can see why it is hot, warm or cold. A temperature set by hand wins."),
        page));
    layout->addStretch(1);
    layout->addLayout(buttonRow);

    connect(m_restoreDefaults, &QPushButton::clicked, this, [this] { showScoring(ScoringConfig()); });
    return page;
}

QWidget *LeadSettingsDialog::buildHandOffTab()
{
    auto *page = new QWidget;
    m_mode = new QComboBox(page);
    m_mode->setObjectName(u"handOffMode"_s);
    m_mode->addItem(tr("Round-robin"), int(HandOffRules::Mode::RoundRobin));
    m_mode->addItem(tr("By territory or segment, then round-robin"), int(HandOffRules::Mode::Territory));
    m_followUp = makeSpinBox(page, 1, 24 * 30);
    m_followUp->setObjectName(u"followUpHours"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Pick sales reps:"), m_mode);
    auto *followUpLabel = new QLabel(tr("&Follow-up task due after:"), page);
    followUpLabel->setBuddy(m_followUp);
    form->addRow(followUpLabel, withUnit(m_followUp, [](int n) { return tr("hour(s)", nullptr, n); }));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeNote(tr("Hot leads and trade-show leads go to a sales rep, who gets a follow-up "
                                  "task. Warm and cold leads are nurtured by marketing."),
        page));
    layout->addLayout(form);
    layout->addWidget(buildTeamBox(page), 1);
    return page;
}

QWidget *LeadSettingsDialog::buildTeamBox(QWidget *parent)
{
    auto *box = new QWidget(parent);
    m_team = new QTableWidget(0, TeamColumnCount, box);
    m_team->setObjectName(u"teamTable"_s);
    m_team->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Territory"), tr("Segment"), tr("Active")});
    m_team->setItemDelegate(new CellDelegate(m_team));
    m_team->setItemDelegateForColumn(RoleColumn, new RoleDelegate(m_team));
    m_team->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_team->setSelectionMode(QAbstractItemView::SingleSelection);
    m_team->verticalHeader()->hide();
    QHeaderView *header = m_team->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActiveColumn, QHeaderView::ResizeToContents);
    m_team->setColumnWidth(RoleColumn, 130);
    m_team->setColumnWidth(TerritoryColumn, 110);
    m_team->setColumnWidth(SegmentColumn, 110);
    m_addMember = new QPushButton(tr("&Add member"), box);
    m_removeMember = new QPushButton(tr("Re&move member"), box);
    m_removeMember->setEnabled(false);

    auto *label = new QLabel(tr("T&eam:"), box);
    label->setBuddy(m_team);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addMember);
    buttons->addWidget(m_removeMember);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_team, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addLayout(row, 1);
    layout->addWidget(makeNote(tr("Names are the user names records carry as their owner, so each is used "
                                  "once. Inactive members (on leave) get no new leads."),
        box));

    connect(m_addMember, &QPushButton::clicked, this, &LeadSettingsDialog::addMember);
    connect(m_removeMember, &QPushButton::clicked, this, &LeadSettingsDialog::removeMember);
    connect(m_team, &QTableWidget::currentCellChanged, this,
        [this](int row) { m_removeMember->setEnabled(row >= 0); });
    return box;
}

QWidget *LeadSettingsDialog::buildBonusTab()
{
    auto *page = new QWidget;
    m_perConverted = makeMoneySpinBox(page);
    m_perConverted->setObjectName(u"bonusPerConverted"_s);
    m_perSql = makeMoneySpinBox(page);
    m_perSql->setObjectName(u"bonusPerSql"_s);
    m_perSal = makeMoneySpinBox(page);
    m_perSal->setObjectName(u"bonusPerSal"_s);
    m_currency = new QComboBox(page);
    m_currency->setEditable(true);
    m_currency->setMinimumContentsLength(6);
    m_currency->addItems(CurrencyRates::commonCurrencies());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Per con&verted lead:"), m_perConverted);
    form->addRow(tr("Per lead reaching S&QL:"), m_perSql);
    form->addRow(tr("Per lead reaching SA&L:"), m_perSal);
    form->addRow(tr("C&urrency:"), m_currency);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeNote(tr("What an SDR earns for each lead they took that reaches a mark within the "
                                  "period. SDR figures show the bonus for any period."),
        page));
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_currency, &QComboBox::currentTextChanged, this, &LeadSettingsDialog::showCurrencySymbol);
    return page;
}

// ---- Showing the stored settings ----

void LeadSettingsDialog::loadSettings()
{
    showSla(SlaPolicy::load(m_db));
    showScoring(ScoringConfig::load(m_db));
    const HandOffRules rules = HandOffRules::load(m_db);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(rules.mode))));
    m_followUp->setValue(rules.followUpHours);
    showTeam(TeamStore(m_db).members(std::nullopt, true));
    showBonus(BonusRates::load(m_db));
}

void LeadSettingsDialog::showSla(const SlaPolicy &policy)
{
    m_minutes->setValue(policy.minutes);
    m_hoursEnabled->setChecked(policy.hours.enabled);
    m_start->setTime(policy.hours.start);
    m_end->setTime(policy.hours.end);
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        it.value()->setChecked(policy.hours.days.contains(it.key()));
    int zone = m_timeZone->findData(policy.hours.timeZoneId);
    if (zone < 0) { // an id this system does not know; keep it so validation can say so
        m_timeZone->addItem(QString::fromUtf8(policy.hours.timeZoneId), policy.hours.timeZoneId);
        zone = m_timeZone->count() - 1;
    }
    m_timeZone->setCurrentIndex(zone);
    updateHoursEnabled();
}

void LeadSettingsDialog::showScoring(const ScoringConfig &config)
{
    m_budget->setValue(config.budget);
    m_authority->setValue(config.authority);
    m_need->setValue(config.need);
    m_timeframe->setValue(config.timeframe);
    for (auto it = m_signalWeights.cbegin(); it != m_signalWeights.cend(); ++it)
        it.value()->setValue(config.signalWeights.value(it.key()));
    m_hotAt->setValue(config.hotAt);
    m_warmAt->setValue(config.warmAt);
}

void LeadSettingsDialog::showBonus(const BonusRates &rates)
{
    m_perConverted->setValue(double(rates.perConvertedMinor) / 100.0);
    m_perSql->setValue(double(rates.perSqlMinor) / 100.0);
    m_perSal->setValue(double(rates.perSalMinor) / 100.0);
    m_currency->setCurrentText(rates.currency);
    showCurrencySymbol(rates.currency);
}

// The currency symbol on the side of the amount where the user's locale writes it.
void LeadSettingsDialog::showCurrencySymbol(const QString &code)
{
    const QString sample = formatMoney(100, code.trimmed().toUpper());
    const QString number = QLocale().toString(1.0, 'f', 2);
    const qsizetype at = sample.indexOf(number);
    const QString prefix = at < 0 ? QString() : sample.left(at);
    const QString suffix = at < 0 ? u' ' + code : sample.mid(at + number.size());
    for (QDoubleSpinBox *spin : {m_perConverted, m_perSql, m_perSal}) {
        spin->setPrefix(prefix);
        spin->setSuffix(suffix);
    }
}

void LeadSettingsDialog::showTeam(const QList<TeamMember> &members)
{
    m_team->setRowCount(0);
    m_loadedMembers.clear();
    m_removedIds.clear();
    for (const TeamMember &member : members) {
        m_loadedMembers.insert(member.id, member);
        addTeamRow(member);
    }
}

void LeadSettingsDialog::addTeamRow(const TeamMember &member)
{
    const int row = m_team->rowCount();
    m_team->insertRow(row);
    auto *name = new QTableWidgetItem(member.name);
    name->setData(Qt::UserRole, member.id);
    m_team->setItem(row, NameColumn, name);
    auto *role = new QTableWidgetItem(TeamStore::roleDisplayName(member.role));
    role->setData(Qt::UserRole, TeamStore::roleKey(member.role));
    m_team->setItem(row, RoleColumn, role);
    m_team->setItem(row, TerritoryColumn, new QTableWidgetItem(member.territory));
    m_team->setItem(row, SegmentColumn, new QTableWidgetItem(member.segment));
    auto *active = new QTableWidgetItem;
    active->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    active->setCheckState(member.active ? Qt::Checked : Qt::Unchecked);
    active->setToolTip(tr("Active members get new leads; clear it while someone is on leave."));
    m_team->setItem(row, ActiveColumn, active);
    m_team->openPersistentEditor(role);
}

void LeadSettingsDialog::addMember()
{
    addTeamRow(TeamMember());
    const int row = m_team->rowCount() - 1;
    m_team->setCurrentCell(row, NameColumn);
    m_team->editItem(m_team->item(row, NameColumn));
}

void LeadSettingsDialog::removeMember()
{
    const int row = m_team->currentRow();
    if (row < 0)
        return;
    const QString id = m_team->item(row, NameColumn)->data(Qt::UserRole).toString();
    if (!id.isEmpty())
        m_removedIds << id;
    m_team->removeRow(row);
    m_removeMember->setEnabled(m_team->currentRow() >= 0);
}

void LeadSettingsDialog::updateHoursEnabled()
{
    const bool enabled = m_hoursEnabled->isChecked();
    for (QWidget *field : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_end),
             static_cast<QWidget *>(m_daysRow), static_cast<QWidget *>(m_timeZone)})
        field->setEnabled(enabled);
    updateExample();
}

// A lead arriving shortly before the end of the week's last working day, so the
// example shows the clock stopping overnight and over the days off.
void LeadSettingsDialog::updateExample()
{
    if (!m_example)
        return;
    const SlaPolicy policy = slaPolicy();
    const QString problem = policy.validate();
    if (!problem.isEmpty()) {
        m_example->setText(problem);
        return;
    }
    const QTimeZone zone = policy.hours.timeZone();
    int day = Qt::Friday;
    QTime time(17, 50);
    if (policy.hours.enabled) {
        for (int i = 0; i < 7; ++i) {
            const int candidate = (int(QLocale().firstDayOfWeek()) - 1 + i) % 7 + 1;
            if (policy.hours.days.contains(candidate))
                day = candidate;
        }
        time = std::max(policy.hours.start, policy.hours.end.addSecs(-kExampleLeadMinutes * 60));
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs(), zone).date();
    const QDate date = today.addDays((day - today.dayOfWeek() + 7) % 7);
    const QDateTime due
        = QDateTime::fromMSecsSinceEpoch(policy.dueAt(QDateTime(date, time, zone).toMSecsSinceEpoch()), zone);
    const QLocale locale;
    const QString dueDay = date.daysTo(due.date()) < 7 ? locale.dayName(due.date().dayOfWeek())
                                                       : locale.toString(due.date(), QLocale::LongFormat);
    m_example->setText(tr("A lead arriving on %1 at %2 is due on %3 at %4.")
                           .arg(locale.dayName(day), locale.toString(time, QLocale::ShortFormat), dueDay,
                               locale.toString(due.time(), QLocale::ShortFormat)));
}

// ---- The form as settings ----

SlaPolicy LeadSettingsDialog::slaPolicy() const
{
    SlaPolicy policy;
    policy.minutes = m_minutes->value();
    policy.hours.enabled = m_hoursEnabled->isChecked();
    policy.hours.start = m_start->time();
    policy.hours.end = m_end->time();
    policy.hours.days.clear();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (m_days.value(day)->isChecked())
            policy.hours.days << day;
    }
    policy.hours.timeZoneId = m_timeZone->currentData().toByteArray();
    return policy;
}

ScoringConfig LeadSettingsDialog::scoringConfig() const
{
    ScoringConfig config;
    config.budget = m_budget->value();
    config.authority = m_authority->value();
    config.need = m_need->value();
    config.timeframe = m_timeframe->value();
    for (auto it = m_signalWeights.cbegin(); it != m_signalWeights.cend(); ++it)
        config.signalWeights[it.key()] = it.value()->value();
    config.hotAt = m_hotAt->value();
    config.warmAt = m_warmAt->value();
    return config;
}

HandOffRules LeadSettingsDialog::handOffRules() const
{
    HandOffRules rules;
    rules.mode = HandOffRules::Mode(m_mode->currentData().toInt());
    rules.followUpHours = m_followUp->value();
    return rules;
}

BonusRates LeadSettingsDialog::bonusRates() const
{
    BonusRates rates;
    rates.perConvertedMinor = toMinor(m_perConverted);
    rates.perSqlMinor = toMinor(m_perSql);
    rates.perSalMinor = toMinor(m_perSal);
    rates.currency = m_currency->currentText().trimmed().toUpper();
    return rates;
}

TeamMember LeadSettingsDialog::memberAt(int row) const
{
    TeamMember member;
    member.id = m_team->item(row, NameColumn)->data(Qt::UserRole).toString();
    member.name = m_team->item(row, NameColumn)->text().trimmed();
    QVariant role = m_team->item(row, RoleColumn)->data(Qt::UserRole);
    if (auto *combo = qobject_cast<QComboBox *>(m_team->indexWidget(m_team->model()->index(row, RoleColumn))))
        role = combo->currentData(); // the open editor holds what the user chose
    member.role = TeamStore::roleFromKey(role.toString()).value_or(TeamRole::Sales);
    member.territory = m_team->item(row, TerritoryColumn)->text().trimmed();
    member.segment = m_team->item(row, SegmentColumn)->text().trimmed();
    member.active = m_team->item(row, ActiveColumn)->checkState() == Qt::Checked;
    return member;
}

// ---- Saving ----

bool LeadSettingsDialog::save()
{
    clearProblem();
    if (!checkForm())
        return false;
    m_failedRow = -1;
    try {
        writeAll();
    } catch (const StoreError &error) {
        if (m_failedRow >= 0) {
            showTeamProblem(m_failedRow, error.message());
        } else {
            m_banner->setText(error.message());
            m_banner->show();
        }
        return false;
    }
    showTeam(TeamStore(m_db).members(std::nullopt, true)); // new rows now have ids
    return true;
}

bool LeadSettingsDialog::checkForm()
{
    const SlaPolicy sla = slaPolicy();
    if (const QString problem = sla.validate(); !problem.isEmpty()) {
        QWidget *field = m_timeZone;
        if (sla.minutes < 1 || sla.minutes > 24 * 60)
            field = m_minutes;
        else if (sla.hours.start >= sla.hours.end)
            field = m_end;
        else if (sla.hours.days.isEmpty())
            field = m_days.value(int(QLocale().firstDayOfWeek()));
        showProblem(SlaTab, field, problem);
        return false;
    }
    const ScoringConfig scoring = scoringConfig();
    if (const QString problem = scoring.validate(); !problem.isEmpty()) {
        showProblem(ScoringTab, scoring.warmAt <= 0 ? m_warmAt : m_hotAt, problem);
        return false;
    }
    const QString currency = bonusRates().currency;
    if (!Validation::isValidCurrency(currency)) {
        showProblem(BonusTab, m_currency,
            tr("\"%1\" is not a currency code (three capital letters, e.g. EUR).").arg(currency));
        return false;
    }
    return true;
}

void LeadSettingsDialog::writeAll()
{
    Transaction tx(m_db);
    slaPolicy().save(m_db);
    scoringConfig().save(m_db);
    handOffRules().save(m_db);
    bonusRates().save(m_db);
    writeTeam();
    tx.commit();
}

// Removals first, then changes, then new members, so a name freed by one can be
// taken by another. m_failedRow names the row being written when the store refuses it.
void LeadSettingsDialog::writeTeam()
{
    TeamStore store(m_db);
    for (const QString &id : std::as_const(m_removedIds))
        store.remove(id);
    SegmentStore segments(m_db);
    for (int row = 0; row < m_team->rowCount(); ++row) {
        TeamMember member = memberAt(row);
        const TeamMember loaded = m_loadedMembers.value(member.id);
        if (member.id.isEmpty()
            || (member.name == loaded.name && member.role == loaded.role
                && member.territory == loaded.territory && member.segment == loaded.segment
                && member.active == loaded.active))
            continue;
        m_failedRow = row;
        member.segment = segments.ensure(member.segment); // a new segment name becomes a segment
        store.update(member);
    }
    for (int row = 0; row < m_team->rowCount(); ++row) {
        TeamMember member = memberAt(row);
        if (!member.id.isEmpty())
            continue;
        m_failedRow = row;
        member.segment = segments.ensure(member.segment);
        store.add(member);
    }
    m_failedRow = -1;
}

// ---- Problems ----

void LeadSettingsDialog::showProblem(Tab tab, QWidget *field, const QString &message)
{
    m_tabs->setCurrentIndex(tab);
    m_banner->setText(
        tr("%1 › %2: %3").arg(withoutMnemonic(m_tabs->tabText(tab)), fieldName(field), message));
    m_banner->show();
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, tone::errorBackground());
    field->setPalette(palette);
    field->setToolTip(message);
    field->setFocus(Qt::OtherFocusReason);
    m_invalidField = field;
}

void LeadSettingsDialog::showTeamProblem(int row, const QString &message)
{
    m_tabs->setCurrentIndex(HandOffTab);
    m_banner->setText(tr("%1 › %2, row %3: %4")
                          .arg(withoutMnemonic(m_tabs->tabText(HandOffTab)), fieldName(m_team))
                          .arg(row + 1)
                          .arg(message));
    m_banner->show();
    m_team->setCurrentCell(row, NameColumn);
    m_team->setFocus(Qt::OtherFocusReason);
}

void LeadSettingsDialog::clearProblem()
{
    m_banner->hide();
    m_banner->clear();
    if (m_invalidField) {
        m_invalidField->setPalette(QPalette());
        m_invalidField->setToolTip({});
        m_invalidField = nullptr;
    }
}

// The field's accessible name, or the text of its label without mnemonic and colon.
QString LeadSettingsDialog::fieldName(QWidget *field) const
{
    if (!field->accessibleName().isEmpty() && !qobject_cast<QCheckBox *>(field))
        return field->accessibleName();
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == field)
            return withoutMnemonic(label->text());
    }
    if (auto *box = qobject_cast<QCheckBox *>(field))
        return withoutMnemonic(box->text());
    return field->accessibleName();
}

void LeadSettingsDialog::done(int result)
{
    saveWindowSize(this, kSettingsGroup);
    QDialog::done(result);
}

} // namespace loopline
