#include "firstrunwizard.h"

#include "leads/workinghours.h"
#include "pipeline/pipelinestore.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/teamstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kDoneKey = u"firstRun/done"_s;
const QString kNameKey = u"user/name"_s;
const QString kRoleKey = u"user/role"_s;

QString systemUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

QWizardPage *newPage(const QString &title, const QString &subTitle)
{
    auto *p = new QWizardPage;
    p->setTitle(title);
    p->setSubTitle(subTitle);
    return p;
}

} // namespace

FirstRunWizard::FirstRunWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Welcome to Loopline"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    QWizardPage *where = newPage(tr("Where your work is kept"),
        tr("Loopline keeps leads, contacts and deals in a database. You can change this later under File."));
    auto *whereLayout = new QVBoxLayout(where);
    m_local = new QRadioButton(tr("On &this computer: a local database, nothing to set up"), where);
    m_server = new QRadioButton(
        tr("On the team's &server: connect with the login your administrator gave you"), where);
    m_local->setChecked(true);
    whereLayout->addWidget(m_local);
    whereLayout->addWidget(m_server);
    whereLayout->addStretch(1);
    setPage(WherePage, where);

    QWizardPage *you = newPage(tr("About you"),
        tr("Your name is written on what you create; your role decides which screen opens first."));
    auto *youForm = new QFormLayout(you);
    m_name = new QLineEdit(systemUserName(), you);
    m_name->setAccessibleName(tr("Your name"));
    youForm->addRow(tr("Your &name:"), m_name);
    m_role = new QComboBox(you);
    m_role->addItem(tr("Sales rep"), u"sales"_s);
    m_role->addItem(tr("SDR: I work the inbound lead queue"), u"sdr"_s);
    m_role->addItem(tr("Manager"), u"manager"_s);
    m_role->addItem(tr("Booth staff at trade shows"), u"booth"_s);
    youForm->addRow(tr("&Role:"), m_role);
    setPage(YouPage, you);

    QWizardPage *work = newPage(tr("Money and working hours"),
        tr("Totals are shown in this currency; the 30-minute response clock for new leads can stop outside "
           "working hours."));
    auto *workForm = new QFormLayout(work);
    m_currency = new QComboBox(work);
    m_currency->setEditable(true);
    const QString localCurrency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    QStringList currencies = CurrencyRates::commonCurrencies();
    if (!localCurrency.isEmpty() && !currencies.contains(localCurrency))
        currencies.prepend(localCurrency);
    m_currency->addItems(currencies);
    m_currency->setCurrentText(localCurrency.isEmpty() ? u"EUR"_s : localCurrency);
    workForm->addRow(tr("&Currency:"), m_currency);
    m_hours = new QCheckBox(tr("Count only &working hours, Monday to Friday"), work);
    m_hours->setChecked(true);
    workForm->addRow(QString(), m_hours);
    m_start = new QTimeEdit(QTime(9, 0), work);
    m_end = new QTimeEdit(QTime(18, 0), work);
    workForm->addRow(tr("&From:"), m_start);
    workForm->addRow(tr("&To:"), m_end);
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    connect(m_hours, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_hours, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    setPage(WorkPage, work);

    setStartId(WherePage);
    resize(620, 420);
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == YouPage && m_name->text().trimmed().isEmpty()) {
        m_name->setPlaceholderText(tr("Your name, please: it is written on what you create"));
        m_name->setFocus();
        return false;
    }
    return QWizard::validateCurrentPage();
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case WherePage:
        return YouPage;
    case YouPage:
        // On the team's server the currency and hours are the team's, set by its manager.
        return m_server->isChecked() ? -1 : WorkPage;
    default:
        return -1;
    }
}

FirstRunWizard::Answers FirstRunWizard::answers() const
{
    Answers a;
    a.where = m_server->isChecked() ? Where::TeamServer : Where::ThisComputer;
    a.name = m_name->text().trimmed();
    a.role = m_role->currentData().toString();
    a.currency = m_currency->currentText().trimmed().toUpper();
    a.workingHours = m_hours->isChecked();
    a.start = m_start->time();
    a.end = m_end->time();
    return a;
}

bool FirstRunWizard::isDue(bool databaseNamed, const QString &defaultDatabasePath)
{
    return !databaseNamed && !QFileInfo::exists(defaultDatabasePath) && !QSettings().value(kDoneKey).toBool();
}

void FirstRunWizard::markDone()
{
    QSettings().setValue(kDoneKey, true);
}

void FirstRunWizard::apply(const Answers &answers, Database &db)
{
    QSettings settings;
    if (!answers.name.isEmpty())
        settings.setValue(kNameKey, answers.name);
    settings.setValue(kRoleKey, answers.role);
    if (answers.where != Where::ThisComputer)
        return;
    Transaction tx(db);
    if (!answers.currency.isEmpty())
        CurrencyRates(db).setBaseCurrency(answers.currency);
    SlaPolicy policy = SlaPolicy::load(db);
    policy.hours.enabled = answers.workingHours;
    policy.hours.start = answers.start;
    policy.hours.end = answers.end;
    if (const QString problem = policy.validate(); !problem.isEmpty())
        throw StoreError(problem);
    policy.save(db);
    // The person is the first member of the team in this database, in the role given, so the
    // hand-off rules and the owner lists know them. Running the assistant again on the same
    // database changes the role of the member of that name rather than adding one.
    const std::optional<TeamRole> role = TeamStore::roleFromKey(answers.role);
    if (!answers.name.isEmpty() && role) {
        TeamStore team(db);
        const QList<TeamMember> members = team.members(std::nullopt, true);
        const auto same = std::find_if(members.cbegin(), members.cend(),
            [&](const TeamMember &member) { return member.name == answers.name; });
        if (same == members.cend()) {
            team.add({QString(), answers.name, *role, QString(), QString(), true});
        } else {
            TeamMember member = *same;
            member.role = *role;
            member.active = true;
            team.update(member);
        }
    }
    tx.commit();
}

QString FirstRunWizard::savedName()
{
    return QSettings().value(kNameKey).toString();
}

QString FirstRunWizard::savedRole()
{
    return QSettings().value(kRoleKey).toString();
}

} // namespace loopline
