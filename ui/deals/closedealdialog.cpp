#include "closedealdialog.h"

#include "common/banner.h"
#include "pipeline/dealclosing.h"
#include "records/money.h"
#include "store/database.h"

#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr int kNeedsCompetitorRole = Qt::UserRole + 1;

} // namespace

// ---------------------------------------------------------------------------------------------
// CompetitorPicker

CompetitorPicker::CompetitorPicker(Database &db, QWidget *parent)
    : QComboBox(parent)
    , m_db(db)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // As narrow as a line edit: long competitor names must not widen the form.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    lineEdit()->setPlaceholderText(tr("Choose or type a name"));
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    connect(this, &QComboBox::editTextChanged, this, &CompetitorPicker::choiceChanged);
    reload();
}

void CompetitorPicker::reload()
{
    const QString typed = currentText();
    QSignalBlocker blocker(this);
    clear();
    for (const Competitor &competitor : CompetitorStore(m_db).list())
        addItem(competitor.name, competitor.id);
    setCurrentIndex(-1);
    setEditText(typed);
}

QString CompetitorPicker::typedName() const
{
    return currentText().simplified();
}

QString CompetitorPicker::competitorId() const
{
    const QString name = typedName();
    if (name.isEmpty())
        return {};
    const int index = findText(name, Qt::MatchFixedString); // ignores case
    return index >= 0 ? itemData(index).toString() : QString();
}

QString CompetitorPicker::competitorName() const
{
    const int index = findText(typedName(), Qt::MatchFixedString);
    return index >= 0 ? itemText(index) : typedName();
}

void CompetitorPicker::clearChoice()
{
    setCurrentIndex(-1);
    clearEditText();
}

// ---------------------------------------------------------------------------------------------
// CloseDealDialog

CloseDealDialog::CloseDealDialog(Database &db, const Deal &deal, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_deal(deal)
    , m_mode(mode)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool won = mode == Mode::Won;
    setWindowTitle(won ? tr("Won: %1").arg(deal.title) : tr("Lost: %1").arg(deal.title));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(won ? tr("Mark <b>%1</b> as won. The amount it was won for becomes its value (now %2).")
                             .arg(deal.title.toHtmlEscaped(), formatMoney(deal.valueMinor, deal.currency))
                       : tr("Mark <b>%1</b> as lost. Why was it lost?").arg(deal.title.toHtmlEscaped()));
    m_problem->setObjectName(u"closeDealProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(tone::textStyle(tone::error()));
    okButton()->setText(won ? tr("Mark as &won") : tr("Mark as &lost"));
    if (won)
        buildWon(m_form);
    else
        buildLost(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recheck();
    resize(460, sizeHint().height());
}

void CloseDealDialog::buildWon(QFormLayout *form)
{
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setValue(double(m_deal.valueMinor) / 100.0);
    auto *currency = new QLabel(m_deal.currency, this);
    currency->setToolTip(tr("The deal's currency; change it on the form before closing the deal."));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(currency);
    auto *amountLabel = new QLabel(tr("Final &amount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Won &on:"), m_date);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &CloseDealDialog::recheck);
    connect(m_date, &QDateEdit::dateChanged, this, &CloseDealDialog::recheck);
}

void CloseDealDialog::buildLost(QFormLayout *form)
{
    m_reason = new QComboBox(this);
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const LossReason &reason : LossReasonStore(m_db).list()) {
        m_reason->addItem(LossReasonStore::displayName(reason), reason.id);
        m_reason->setItemData(m_reason->count() - 1, reason.needsCompetitor, kNeedsCompetitorRole);
    }
    form->addRow(tr("&Reason:"), m_reason);

    m_competitor = new CompetitorPicker(m_db, this);
    m_newCompetitor = new QLabel(this);
    m_newCompetitor->setWordWrap(true);
    m_newCompetitor->setObjectName(u"newCompetitorNote"_s);
    m_competitorRow = new QVBoxLayout;
    m_competitorRow->setSpacing(2);
    m_competitorRow->addWidget(m_competitor);
    m_competitorRow->addWidget(m_newCompetitor);
    auto *competitorLabel = new QLabel(tr("Won &by:"), this);
    competitorLabel->setBuddy(m_competitor);
    form->addRow(competitorLabel, m_competitorRow);

    m_comment = new QPlainTextEdit(this);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What happened, in a few words (optional)"));
    m_comment->setMaximumHeight(80);
    form->addRow(tr("&Comment:"), m_comment);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &CloseDealDialog::recheck);
    connect(m_competitor, &CompetitorPicker::choiceChanged, this, &CloseDealDialog::recheck);
}

QPushButton *CloseDealDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

qint64 CloseDealDialog::finalAmountMinor() const
{
    return m_amount ? qRound64(m_amount->value() * 100.0) : 0;
}

QDate CloseDealDialog::closedOn() const
{
    return m_date ? m_date->date() : QDate();
}

QString CloseDealDialog::reasonId() const
{
    return m_reason ? m_reason->currentData().toString() : QString();
}

bool CloseDealDialog::reasonNeedsCompetitor() const
{
    return m_reason && m_reason->currentData(kNeedsCompetitorRole).toBool();
}

QString CloseDealDialog::comment() const
{
    return m_comment ? m_comment->toPlainText().trimmed() : QString();
}

QString CloseDealDialog::problem() const
{
    if (m_mode == Mode::Won) {
        if (finalAmountMinor() <= 0)
            return tr("Enter the amount the deal was won for.");
        if (closedOn() > QDate::currentDate())
            return tr("The day it was won cannot be in the future.");
        return {};
    }
    if (reasonId().isEmpty())
        return tr("Choose why the deal was lost.");
    if (reasonNeedsCompetitor() && m_competitor->typedName().isEmpty())
        return tr("Name the competitor that won it: choose one, or type a new name.");
    return {};
}

void CloseDealDialog::recheck()
{
    if (m_competitor) {
        const bool needed = reasonNeedsCompetitor();
        m_form->setRowVisible(m_competitorRow, needed);
        m_newCompetitor->setText(
            tr("A new competitor: “%1” will be added to the list.").arg(m_competitor->typedName()));
        m_newCompetitor->setVisible(needed && m_competitor->isNewName());
    }
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    okButton()->setEnabled(why.isEmpty());
}

void CloseDealDialog::apply()
{
    Transaction tx(m_db);
    DealClosing closing(m_db);
    if (m_mode == Mode::Won) {
        closing.closeWon(m_deal.id, finalAmountMinor(), closedOn());
    } else {
        QString competitorId;
        if (reasonNeedsCompetitor()) {
            competitorId = m_competitor->competitorId();
            if (competitorId.isEmpty()) {
                Competitor competitor;
                competitor.name = m_competitor->typedName();
                competitorId = CompetitorStore(m_db).create(competitor);
            }
        }
        closing.closeLost(m_deal.id, reasonId(), competitorId, comment());
    }
    tx.commit();
}

} // namespace loopline
