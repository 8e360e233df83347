#include "leaddialogs.h"

#include "common/banner.h"
#include "common/currencychoice.h"
#include "pipeline/pipelinestore.h"
#include "store/dealstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

bool MoveLeadDialog::needsInput(LeadStatus from, LeadStatus to)
{
    return LeadLifecycle::isBackward(from, to) || to == LeadStatus::Disqualified
        || to == LeadStatus::RoutedToPartner || to == LeadStatus::Lost;
}

MoveLeadDialog::MoveLeadDialog(LeadStatus from, LeadStatus to, bool questionnaireComplete, QWidget *parent)
    : QDialog(parent)
    , m_from(from)
    , m_to(to)
    , m_questionnaireComplete(questionnaireComplete)
    , m_comment(new QPlainTextEdit(this))
    , m_reason(new QComboBox(this))
    , m_partner(new QLineEdit(this))
    , m_commission(new QDoubleSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Move lead to \"%1\"").arg(LeadLifecycle::displayName(to)));
    auto *intro = new QLabel(tr("From <b>%1</b> to <b>%2</b>.")
                                 .arg(LeadLifecycle::displayName(from).toHtmlEscaped(),
                                     LeadLifecycle::displayName(to).toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    m_reason->setEditable(true);
    m_reason->addItems(
        {QString(), tr("Not a target client"), tr("No budget"), tr("Duplicate of another lead"),
            tr("Spam or a test"), tr("Student or job seeker"), tr("A competitor asking")});
    m_partner->setPlaceholderText(tr("The partner's name"));
    m_commission->setRange(0, 100);
    m_commission->setDecimals(2);
    m_commission->setSuffix(u" %"_s);
    m_commission->setValue(10);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(tone::textStyle(tone::error()));

    auto *form = new QFormLayout;
    if (to == LeadStatus::Disqualified)
        form->addRow(tr("&Reason:"), m_reason);
    else
        m_reason->hide();
    if (to == LeadStatus::RoutedToPartner) {
        form->addRow(tr("&Partner:"), m_partner);
        form->addRow(tr("Co&mmission:"), m_commission);
    } else {
        m_partner->hide();
        m_commission->hide();
    }
    form->addRow(LeadLifecycle::isBackward(from, to) ? tr("&Why (required):") : tr("&Comment:"), m_comment);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &MoveLeadDialog::recheck);
    connect(m_reason, &QComboBox::editTextChanged, this, &MoveLeadDialog::recheck);
    connect(m_partner, &QLineEdit::textChanged, this, &MoveLeadDialog::recheck);
    connect(m_commission, &QDoubleSpinBox::valueChanged, this, &MoveLeadDialog::recheck);
    recheck();
    resize(440, sizeHint().height());
}

LeadLifecycle::Context MoveLeadDialog::context() const
{
    LeadLifecycle::Context c;
    c.questionnaireComplete = m_questionnaireComplete;
    c.comment = m_comment->toPlainText().trimmed();
    c.disqualifyReason = m_reason->currentText().trimmed();
    c.partner = m_partner->text().trimmed();
    c.commissionPercent = m_commission->value();
    return c;
}

void MoveLeadDialog::recheck()
{
    const LeadLifecycle::Decision decision = LeadLifecycle::check(m_from, m_to, context());
    m_problem->setText(decision.reason);
    m_problem->setVisible(!decision.allowed);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(decision.allowed);
}

ConvertLeadDialog::ConvertLeadDialog(Database &db, const Lead &lead, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_value(new QDoubleSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_stage(new QComboBox(this))
{
    setWindowTitle(tr("Convert %1").arg(lead.displayName()));
    const LeadConversion::Matches matches = LeadConversion(db).findMatches(lead);
    QString contactLine = matches.contact
        ? tr("Contact: <b>%1</b> already exists (%2) and will be used.")
              .arg(matches.contact->displayName().toHtmlEscaped(), matches.contactReason)
        : tr("Contact: <b>%1</b> will be created.").arg(lead.displayName().toHtmlEscaped());
    if (!matches.othersHave.isEmpty()) {
        const QString names = QLocale().createSeparatedList(matches.othersHave).toHtmlEscaped();
        contactLine += u"<br><span style=\"color:%1\">"_s.arg(tone::warning().name())
            + tr("%1 already has a contact with this e-mail or phone, which you cannot see: converting "
                 "makes a second one. Ask %1 to hand it over, or a manager to merge them afterwards.")
                  .arg(names)
            + u"</span>"_s;
    }
    QString companyLine;
    if (matches.company)
        companyLine = tr("Company: <b>%1</b> already exists (%2) and will be used.")
                          .arg(matches.company->name.toHtmlEscaped(), matches.companyReason);
    else if (!lead.companyName.trimmed().isEmpty())
        companyLine
            = tr("Company: <b>%1</b> will be created.").arg(lead.companyName.trimmed().toHtmlEscaped());
    else
        companyLine = tr("Company: none (the lead names no company).");
    auto *summary = new QLabel(contactLine + u"<br>"_s + companyLine + u"<br>"_s
            + tr("Deal: a new deal, linked to both, owned by %1.")
                  .arg((lead.owner.isEmpty() ? db.currentUser() : lead.owner).toHtmlEscaped()),
        this);
    summary->setWordWrap(true);

    const QString who
        = lead.companyName.trimmed().isEmpty() ? lead.displayName() : lead.companyName.trimmed();
    m_title->setText(
        lead.interest.trimmed().isEmpty() ? who : tr("%1 — %2").arg(who, lead.interest.trimmed()));
    m_value->setRange(0, 1e12);
    m_value->setDecimals(2);
    m_value->setGroupSeparatorShown(true);
    const qint64 budget = lead.answers.value(u"budget"_s).toLongLong();
    m_value->setValue(double(budget) / 100.0);
    m_currency->setEditable(true);
    offerCurrencies(m_currency, db);
    m_currency->setAccessibleName(tr("Currency"));
    for (const DealStage &stage : DealStore(db).stages())
        m_stage->addItem(DealStore::stageDisplayName(stage), stage.id);

    auto *form = new QFormLayout;
    form->addRow(tr("Deal &title:"), m_title);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_currency);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    form->addRow(tr("&Stage:"), m_stage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Convert"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

LeadConversion::Request ConvertLeadDialog::request() const
{
    LeadConversion::Request r;
    r.dealTitle = m_title->text().trimmed();
    r.valueMinor = qRound64(m_value->value() * 100.0);
    r.currency = m_currency->currentText().trimmed().toUpper();
    r.stageId = m_stage->currentData().toString();
    return r;
}

PartnerDealDialog::PartnerDealDialog(const Lead &lead, QWidget *parent)
    : QDialog(parent)
    , m_amount(new QDoubleSpinBox(this))
    , m_currency(new QComboBox(this))
{
    setWindowTitle(tr("Partner's deal for %1").arg(lead.displayName()));
    auto *intro = new QLabel(tr("What %1 reported for this lead. The commission (%2 %) is computed from it.")
                                 .arg(lead.partner, QLocale().toString(lead.commissionBasisPoints / 100.0)),
        this);
    intro->setWordWrap(true);
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setValue(lead.partnerDealMinor ? double(*lead.partnerDealMinor) / 100.0 : 0.0);
    m_currency->setEditable(true);
    m_currency->addItems(CurrencyRates::commonCurrencies());
    m_currency->setAccessibleName(tr("Currency"));
    if (!lead.partnerCurrency.isEmpty())
        m_currency->setCurrentText(lead.partnerCurrency);
    auto *row = new QHBoxLayout;
    row->addWidget(m_amount, 1);
    row->addWidget(m_currency);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Deal &amount:"), this);
    label->setBuddy(m_amount);
    form->addRow(label, row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 PartnerDealDialog::amountMinor() const
{
    return qRound64(m_amount->value() * 100.0);
}

QString PartnerDealDialog::currency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

} // namespace loopline
