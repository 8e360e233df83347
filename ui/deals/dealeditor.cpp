#include "dealeditor.h"

#include "collateral/collateraldialog.h"
#include "common/banner.h"
#include "common/currencychoice.h"
#include "common/deletecommand.h"
#include "common/recordpicker.h"
#include "common/timelinewidget.h"
#include "leads/leadstore.h"
#include "leads/questionnaire.h"
#include "pipeline/dealclosing.h"
#include "segments/segmentcombo.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/listquery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

QList<QPair<QString, QString>> findContacts(const Database &db, const QString &text)
{
    ListQuery query(db, ListSpec::contacts());
    query.setSearch(text);
    QList<QPair<QString, QString>> result;
    const QList<ListRow> rows = query.fetch(nullptr, 20);
    for (const ListRow &row : rows) {
        const QString email = row.cells.value(1).toString();
        result.append({row.id,
            email.isEmpty() ? row.cells.value(0).toString()
                            : u"%1 <%2>"_s.arg(row.cells.value(0).toString(), email)});
    }
    return result;
}

} // namespace

DealEditor::DealEditor(Database &db, QWidget *parent)
    : RecordEditor(db, u"deal"_s, parent)
    , m_form(new QWidget(this))
    , m_title(new QLineEdit(m_form))
    , m_company(new RecordPicker([&db](const QString &text) { return CompanyStore(db).find(text); }, m_form))
    , m_contacts(new QListWidget(m_form))
    , m_contactPicker(new RecordPicker([&db](const QString &text) { return findContacts(db, text); }, m_form))
    , m_value(new QDoubleSpinBox(m_form))
    , m_currency(new QComboBox(m_form))
    , m_stage(new QComboBox(m_form))
    , m_statusLabel(new QLabel(m_form))
    , m_lossReason(new QLabel(m_form))
    , m_won(new QPushButton(tr("Won…"), m_form))
    , m_lost(new QPushButton(tr("&Lost…"), m_form))
    , m_reopen(new QPushButton(tr("&Reopen…"), m_form))
    , m_competitors(new QListWidget(m_form))
    , m_competitorPicker(new CompetitorPicker(db, m_form))
    , m_addCompetitor(new QPushButton(tr("Add"), m_form))
    , m_removeCompetitor(new QPushButton(tr("Remove"), m_form))
    , m_owner(new QLineEdit(m_form))
    , m_segment(new SegmentComboBox(db, m_form))
    , m_collateral(new QListWidget(m_form))
    , m_sendCollateral(new QPushButton(tr("Sen&d…"), m_form))
    , m_unsendCollateral(new QPushButton(tr("Remove"), m_form))
    , m_hasClose(new QCheckBox(tr("Expected to close on"), m_form))
    , m_close(new QDateEdit(m_form))
    , m_notes(new QPlainTextEdit(m_form))
    , m_fromLead(new QLabel(this))
{
    m_title->setObjectName(u"dealTitle"_s);
    m_company->setPlaceholderText(tr("Type to find a company"));
    m_contactPicker->setPlaceholderText(tr("Type a name to add a contact"));
    m_contacts->setMaximumHeight(70);
    m_value->setRange(0, 1e12);
    m_value->setDecimals(2);
    m_value->setGroupSeparatorShown(true);
    m_currency->setEditable(true);
    m_currency->setAccessibleName(tr("Currency"));
    offerCurrencies(m_currency, db);
    m_close->setCalendarPopup(true);
    m_close->setDate(QDate::currentDate().addDays(30));
    m_notes->setMaximumHeight(70);
    reloadStages();

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_currency);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_hasClose);
    closeRow->addWidget(m_close, 1);
    auto *contactsBox = new QVBoxLayout;
    contactsBox->addWidget(m_contacts);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contactPicker, 1);
    auto *removeContact = new QPushButton(tr("Remove"), m_form);
    contactRow->addWidget(removeContact);
    contactsBox->addLayout(contactRow);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&ompany:"), m_company);
    auto *contactsLabel = new QLabel(tr("Co&ntacts:"), m_form);
    contactsLabel->setBuddy(m_contactPicker);
    form->addRow(contactsLabel, contactsBox);
    auto *valueLabel = new QLabel(tr("&Value:"), m_form);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("Status:"), buildStatusRow());
    form->addRow(tr("Why lost:"), m_lossReason);
    form->addRow(tr("O&wner:"), m_owner);
    m_segment->lineEdit()->setPlaceholderText(tr("The target group, e.g. Retail chains"));
    m_segment->setObjectName(u"dealSegment"_s);
    form->addRow(tr("Se&gment:"), m_segment);
    watch(m_segment);
    form->addRow(tr("Close:"), closeRow);
    auto *competitorsLabel = new QLabel(tr("Co&mpetitors:"), m_form);
    competitorsLabel->setBuddy(m_competitorPicker);
    form->addRow(competitorsLabel, buildCompetitorsBox());
    auto *collateralLabel = new QLabel(tr("Collateral sent:"), m_form);
    collateralLabel->setBuddy(m_collateral);
    form->addRow(collateralLabel, buildCollateralBox());
    form->addRow(tr("No&tes:"), m_notes);
    mainLayout()->addWidget(m_form);
    m_fromLead->setObjectName(u"dealFromLead"_s);
    m_fromLead->setWordWrap(true);
    m_fromLead->setTextFormat(Qt::RichText);
    m_fromLead->setStyleSheet(
        u"QLabel { background: palette(alternate-base); border: 1px solid palette(mid); "
        "border-radius: 4px; padding: 6px; }"_s);
    connect(m_fromLead, &QLabel::linkActivated, this,
        [this](const QString &link) { Q_EMIT openRecord(u"lead"_s, link.section(u':', 1)); });
    mainLayout()->addWidget(m_fromLead);
    mainLayout()->addWidget(timeline(), 1);

    for (QWidget *field : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_company),
             static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_currency),
             static_cast<QWidget *>(m_stage), static_cast<QWidget *>(m_owner),
             static_cast<QWidget *>(m_hasClose), static_cast<QWidget *>(m_close),
             static_cast<QWidget *>(m_notes), static_cast<QWidget *>(m_competitorPicker)})
        watch(field);
    connect(m_company, &RecordPicker::recordChosen, this, [this] { setModified(true); });
    connect(m_hasClose, &QCheckBox::toggled, m_close, &QDateEdit::setEnabled);
    connect(
        m_contactPicker, &RecordPicker::recordChosen, this, [this](const QString &id, const QString &label) {
            addContact(id, label);
            m_contactPicker->clearRecord();
            setModified(true);
        });
    connect(removeContact, &QPushButton::clicked, this, [this] {
        delete m_contacts->currentItem();
        setModified(true);
    });
    mapField(u"title"_s, m_title);
    mapField(u"value"_s, m_value);
    mapField(u"currency"_s, m_currency);
    mapField(u"stage"_s, m_stage);
    mapField(u"company"_s, m_company);
    clear();
}

void DealEditor::reloadStages()
{
    const QString current = m_stage->currentData().toString();
    m_stage->clear();
    const QList<DealStage> stages = DealStore(db()).stages();
    for (const DealStage &stage : stages)
        m_stage->addItem(DealStore::stageDisplayName(stage), stage.id);
    const int index = m_stage->findData(current);
    if (index >= 0)
        m_stage->setCurrentIndex(index);
}

void DealEditor::setFormEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
    if (!enabled)
        m_fromLead->hide();
    if (!enabled)
        headerLabel()->setText(tr("Select a deal on the left, or press Ctrl+N to add one."));
}

void DealEditor::addContact(const QString &id, const QString &label)
{
    for (int i = 0; i < m_contacts->count(); ++i) {
        if (m_contacts->item(i)->data(Qt::UserRole).toString() == id)
            return;
    }
    auto *item = new QListWidgetItem(label, m_contacts);
    item->setData(Qt::UserRole, id);
}

void DealEditor::showLead(const QString &dealId)
{
    // What marketing learned about the buyer: the lead's source, campaign and answers.
    const std::optional<Lead> lead = dealId.isEmpty() ? std::nullopt : LeadStore(db()).findByDeal(dealId);
    m_fromLead->setVisible(lead.has_value());
    if (!lead)
        return;
    LeadStore leads(db());
    QStringList lines {tr("From the lead <a href=\"lead:%1\">%2</a>: source %3")
                           .arg(lead->id, lead->displayName().toHtmlEscaped(),
                               leads.sourceDisplayName(lead->sourceId).toHtmlEscaped())};
    if (!lead->campaign.isEmpty())
        lines.last() += tr(", campaign %1").arg(lead->campaign.toHtmlEscaped());
    if (!lead->sdr.isEmpty())
        lines.last() += tr(", qualified by %1").arg(lead->sdr.toHtmlEscaped());
    lines << tr("Score %1: %2").arg(lead->score).arg(LeadStore::temperatureDisplayName(lead->temperature));
    if (const auto version = QuestionnaireStore(db()).version(lead->questionnaireVersionId)) {
        for (const QuestionField &field : version->fields) {
            if (Questionnaire::isAnswered(lead->answers.value(field.key)))
                lines << u"%1: <b>%2</b>"_s.arg(Questionnaire::displayLabel(field.label).toHtmlEscaped(),
                    Questionnaire::answerText(field, lead->answers.value(field.key)).toHtmlEscaped());
        }
    }
    m_fromLead->setText(lines.join(u"<br>"_s));
}

bool DealEditor::load(const QString &id)
{
    const std::optional<Deal> deal = DealStore(db()).get(id);
    if (!deal) {
        clear();
        return false;
    }
    LoadGuard guard(this);
    m_loaded = *deal;
    m_title->setText(deal->title);
    m_company->setRecord(deal->companyId, deal->companyName);
    m_contacts->clear();
    ContactStore contacts(db());
    for (const QString &contactId : deal->contactIds) {
        if (const auto contact = contacts.get(contactId))
            addContact(contactId, contact->displayName());
    }
    m_value->setValue(double(deal->valueMinor) / 100.0);
    m_currency->setCurrentText(deal->currency);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(deal->stageId)));
    showStatus(*deal);
    loadCompetitors(id);
    m_owner->setText(deal->owner);
    m_segment->reload();
    m_segment->setSegment(deal->segment);
    loadCollateral(id);
    m_hasClose->setChecked(deal->expectedClose.isValid());
    m_close->setEnabled(deal->expectedClose.isValid());
    m_close->setDate(deal->expectedClose.isValid() ? deal->expectedClose : QDate::currentDate().addDays(30));
    m_notes->setPlainText(deal->notes);
    headerLabel()->setText(deal->title);
    setCurrent(id, deal->createdAt);
    showLead(id);
    return true;
}

void DealEditor::startNew()
{
    LoadGuard guard(this);
    m_loaded = Deal();
    m_title->clear();
    m_company->clearRecord();
    m_contacts->clear();
    m_contactPicker->clearRecord();
    m_value->setValue(0);
    offerCurrencies(m_currency, db()); // the base currency may have changed since the last deal
    m_stage->setCurrentIndex(0);
    showStatus(m_loaded);
    loadCompetitors({});
    m_owner->setText(db().currentUser());
    m_segment->reload();
    m_segment->setSegment({});
    loadCollateral({});
    m_hasClose->setChecked(true);
    m_close->setEnabled(true);
    m_close->setDate(QDate::currentDate().addDays(30));
    m_notes->clear();
    headerLabel()->setText(tr("New deal"));
    setCurrent({});
    showLead({});
    m_title->setFocus();
}

FieldErrors DealEditor::write(QString &id)
{
    Deal deal = m_loaded;
    deal.title = m_title->text().trimmed();
    deal.companyId = m_company->id();
    deal.contactIds.clear();
    for (int i = 0; i < m_contacts->count(); ++i)
        deal.contactIds << m_contacts->item(i)->data(Qt::UserRole).toString();
    deal.valueMinor = qRound64(m_value->value() * 100.0);
    deal.currency = m_currency->currentText().trimmed().toUpper();
    deal.stageId = m_stage->currentData().toString();
    deal.owner = m_owner->text().trimmed();
    deal.segment = m_segment->segment();
    deal.expectedClose = m_hasClose->isChecked() ? m_close->date() : QDate();
    deal.notes = m_notes->toPlainText();
    FieldErrors errors = Validation::check(deal);
    checkCompanyPicker(m_company, errors);
    if (!errors.isEmpty())
        return errors;
    addTypedCompetitor();
    // The deal and the competitors it is up against are saved together.
    Transaction tx(db());
    deal.segment = m_segment->ensureSegment();
    DealStore store(db());
    QString savedId = id;
    if (savedId.isEmpty())
        savedId = store.create(deal);
    else
        store.update(deal);
    CompetitorStore(db()).setCompetitors(savedId, saveCompetitors());
    tx.commit();
    id = savedId;
    load(id);
    return {};
}

QLayout *DealEditor::buildStatusRow()
{
    m_statusLabel->setObjectName(u"dealStatus"_s);
    m_lossReason->setObjectName(u"dealLossReason"_s);
    m_lossReason->setWordWrap(true);
    m_lossReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_won->setObjectName(u"dealWon"_s);
    m_lost->setObjectName(u"dealLost"_s);
    m_reopen->setObjectName(u"dealReopen"_s);
    m_reopen->setToolTip(tr("Make the deal open again"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_statusLabel, 1);
    row->addWidget(m_won);
    row->addWidget(m_lost);
    row->addWidget(m_reopen);
    connect(m_won, &QPushButton::clicked, this, &DealEditor::closeAsWon);
    connect(m_lost, &QPushButton::clicked, this, &DealEditor::closeAsLost);
    connect(m_reopen, &QPushButton::clicked, this, &DealEditor::reopenDeal);
    return row;
}

QLayout *DealEditor::buildCompetitorsBox()
{
    m_competitors->setObjectName(u"dealCompetitors"_s);
    m_competitors->setAccessibleName(tr("Competitors"));
    m_competitors->setMaximumHeight(70);
    m_addCompetitor->setEnabled(false);
    m_competitorPicker->lineEdit()->setPlaceholderText(tr("Choose or type a name to add"));
    // Remove beside the list, Add beside the picker: the picker keeps most of the width.
    auto *box = new QGridLayout;
    box->addWidget(m_competitors, 0, 0);
    box->addWidget(m_removeCompetitor, 0, 1, Qt::AlignTop);
    box->addWidget(m_competitorPicker, 1, 0);
    box->addWidget(m_addCompetitor, 1, 1);
    box->setColumnStretch(0, 1);
    connect(m_competitorPicker, &CompetitorPicker::choiceChanged, this,
        [this] { m_addCompetitor->setEnabled(!m_competitorPicker->typedName().isEmpty()); });
    connect(m_addCompetitor, &QPushButton::clicked, this, &DealEditor::addTypedCompetitor);
    connect(m_removeCompetitor, &QPushButton::clicked, this, [this] {
        delete m_competitors->currentItem();
        setModified(true);
    });
    return box;
}

QLayout *DealEditor::buildCollateralBox()
{
    m_collateral->setObjectName(u"dealCollateral"_s);
    m_collateral->setAccessibleName(tr("Collateral sent"));
    m_contacts->setAccessibleName(tr("Contacts of the deal"));
    m_close->setAccessibleName(tr("Expected close date"));
    m_collateral->setMaximumHeight(70);
    // Long titles are shortened in the middle, so the date stays in sight; the tooltip has it all.
    m_collateral->setTextElideMode(Qt::ElideMiddle);
    m_collateral->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sendCollateral->setObjectName(u"dealSendCollateral"_s);
    m_unsendCollateral->setObjectName(u"dealRemoveCollateral"_s);
    m_unsendCollateral->setToolTip(tr("It was not sent after all: forget it"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_sendCollateral);
    buttons->addWidget(m_unsendCollateral);
    buttons->addStretch(1);
    auto *box = new QHBoxLayout;
    box->addWidget(m_collateral, 1);
    box->addLayout(buttons);
    connect(m_sendCollateral, &QPushButton::clicked, this, &DealEditor::sendCollateral);
    connect(m_unsendCollateral, &QPushButton::clicked, this, &DealEditor::removeSentCollateral);
    connect(m_collateral, &QListWidget::currentRowChanged, this,
        [this](int row) { m_unsendCollateral->setEnabled(row >= 0); });
    return box;
}

void DealEditor::loadCollateral(const QString &dealId)
{
    m_collateral->clear();
    const bool stored = !dealId.isEmpty();
    m_sendCollateral->setEnabled(stored);
    m_sendCollateral->setToolTip(stored ? tr("Record brochures, case studies or research sent to the client")
                                        : tr("Save the deal first"));
    m_unsendCollateral->setEnabled(false);
    if (!stored)
        return;
    for (const SentCollateral &sent : CollateralStore(db()).sentTo(dealId)) {
        const QString on = QLocale().toString(sent.sentAt.toLocalTime().date(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1 — sent %2").arg(sent.title, on), m_collateral);
        item->setData(Qt::UserRole, sent.collateralId);
        item->setData(Qt::UserRole + 1, sent.title);
        const QString kind = CollateralStore::kindDisplayName(sent.kind);
        item->setToolTip(sent.title + u'\n'
            + (sent.sentBy.isEmpty() ? kind : tr("%1, sent by %2").arg(kind, sent.sentBy)));
    }
}

bool DealEditor::sendCollateral()
{
    const QString id = currentId();
    if (id.isEmpty())
        return false;
    SendCollateralDialog dialog(db(), id, m_stage->currentData().toString(), m_segment->segment(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenIds().isEmpty())
        return false;
    bool recorded = false;
    try {
        Transaction tx(db());
        CollateralStore store(db());
        for (const QString &collateralId : dialog.chosenIds())
            recorded = store.send(id, collateralId) || recorded;
        tx.commit();
    } catch (const StoreError &error) {
        reportError(error.message());
        recorded = false;
    }
    loadCollateral(id);
    timeline()->refresh();
    return recorded;
}

bool DealEditor::removeSentCollateral()
{
    const QListWidgetItem *item = m_collateral->currentItem();
    if (!item || currentId().isEmpty())
        return false;
    const QString collateralId = item->data(Qt::UserRole).toString();
    const auto answer = QMessageBox::question(this, tr("Remove collateral"),
        tr("Forget that \"%1\" was sent to this deal?").arg(item->data(Qt::UserRole + 1).toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    bool removed = false;
    try {
        removed = CollateralStore(db()).unsend(currentId(), collateralId);
    } catch (const StoreError &error) {
        reportError(error.message());
    }
    loadCollateral(currentId());
    timeline()->refresh();
    return removed;
}

void DealEditor::showStatus(const Deal &deal)
{
    const QString on = deal.closedAt.isValid()
        ? QLocale().toString(deal.closedAt.toLocalTime().date(), QLocale::ShortFormat)
        : QString();
    QString text = DealStore::statusDisplayName(deal.status);
    if (deal.status == DealStatus::Won && !on.isEmpty())
        text = tr("Won on %1").arg(on);
    if (deal.status == DealStatus::Lost && !on.isEmpty())
        text = tr("Lost on %1").arg(on);
    m_statusLabel->setText(text);
    m_lossReason->setText(lossText(deal));
    static_cast<QFormLayout *>(m_form->layout())
        ->setRowVisible(m_lossReason, deal.status == DealStatus::Lost && !m_lossReason->text().isEmpty());
    if (deal.status == DealStatus::Open)
        m_statusLabel->setStyleSheet({});
    else
        m_statusLabel->setStyleSheet(
            tone::boldTextStyle(deal.status == DealStatus::Won ? tone::ok() : tone::error()));
    const bool open = deal.status == DealStatus::Open;
    const bool stored = !deal.id.isEmpty();
    m_won->setVisible(open);
    m_lost->setVisible(open);
    m_reopen->setVisible(!open);
    m_won->setEnabled(stored);
    m_lost->setEnabled(stored);
    m_won->setToolTip(
        stored ? tr("Mark the deal won and record the amount it was won for") : tr("Save the deal first"));
    m_lost->setToolTip(stored ? tr("Mark the deal lost and record why") : tr("Save the deal first"));
}

QString DealEditor::lossText(const Deal &deal) const
{
    const std::optional<LossReason> reason = LossReasonStore(db()).get(deal.lostReasonId);
    const std::optional<Competitor> winner = CompetitorStore(db()).get(deal.wonByCompetitorId);
    if (!reason)
        return {};
    const QString name = LossReasonStore::displayName(*reason);
    return winner ? tr("%1 (%2)").arg(name, winner->name) : name;
}

void DealEditor::loadCompetitors(const QString &dealId)
{
    m_competitors->clear();
    m_competitorPicker->reload();
    m_competitorPicker->clearChoice();
    if (dealId.isEmpty())
        return;
    CompetitorStore store(db());
    for (const QString &competitorId : store.competitorsOf(dealId)) {
        if (const std::optional<Competitor> competitor = store.get(competitorId))
            addCompetitor(competitor->id, competitor->name);
    }
}

void DealEditor::addCompetitor(const QString &id, const QString &name)
{
    for (int i = 0; i < m_competitors->count(); ++i) {
        const QListWidgetItem *item = m_competitors->item(i);
        if ((!id.isEmpty() && item->data(Qt::UserRole).toString() == id)
            || item->data(Qt::UserRole + 1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return;
    }
    auto *item = new QListWidgetItem(id.isEmpty() ? tr("%1 (new)").arg(name) : name, m_competitors);
    item->setData(Qt::UserRole, id);
    item->setData(Qt::UserRole + 1, name);
}

void DealEditor::addTypedCompetitor()
{
    const QString name = m_competitorPicker->competitorName();
    if (name.isEmpty())
        return;
    addCompetitor(m_competitorPicker->competitorId(), name);
    m_competitorPicker->clearChoice();
    setModified(true);
}

QStringList DealEditor::saveCompetitors()
{
    // New names are created now, in the caller's transaction (or reused when someone else
    // created them meanwhile).
    CompetitorStore store(db());
    QStringList ids;
    for (int i = 0; i < m_competitors->count(); ++i) {
        QString id = m_competitors->item(i)->data(Qt::UserRole).toString();
        if (id.isEmpty()) {
            Competitor competitor;
            competitor.name = m_competitors->item(i)->data(Qt::UserRole + 1).toString();
            const std::optional<Competitor> existing = store.findByName(competitor.name);
            id = existing ? existing->id : store.create(competitor);
        }
        ids << id;
    }
    return ids;
}

bool DealEditor::saveBeforeClosing()
{
    if (currentId().isEmpty())
        return false;
    return !isModified() || save();
}

bool DealEditor::closeWith(CloseDealDialog::Mode mode)
{
    if (!saveBeforeClosing())
        return false;
    const QString id = currentId();
    const std::optional<Deal> deal = DealStore(db()).get(id);
    if (!deal) {
        reportError(tr("The deal was deleted by someone else."));
        return false;
    }
    CloseDealDialog dialog(db(), *deal, mode, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    try {
        dialog.apply();
    } catch (const StoreError &error) {
        reportError(error.message());
        load(id);
        return false;
    }
    load(id);
    Q_EMIT saved(id);
    return true;
}

bool DealEditor::closeAsWon()
{
    return closeWith(CloseDealDialog::Mode::Won);
}

bool DealEditor::closeAsLost()
{
    return closeWith(CloseDealDialog::Mode::Lost);
}

bool DealEditor::reopenDeal()
{
    if (!saveBeforeClosing())
        return false;
    const QString id = currentId();
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("Reopen %1").arg(m_loaded.title),
        tr("Why is it reopened? (optional)"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    try {
        DealClosing(db()).reopen(id, comment);
    } catch (const StoreError &error) {
        reportError(error.message());
        load(id);
        return false;
    }
    load(id);
    Q_EMIT saved(id);
    return true;
}

QString DealEditor::recordTitle() const
{
    return m_loaded.title;
}

std::unique_ptr<QUndoCommand> DealEditor::makeDeleteCommand(const QString &id)
{
    Database &database = db();
    const std::optional<Deal> snapshot = DealStore(database).get(id);
    if (!snapshot)
        return nullptr;
    const Deal deal = *snapshot;
    return std::make_unique<DeleteCommand>(
        tr("Delete deal %1").arg(deal.title), [&database, id] { DealStore(database).remove(id); },
        [&database, deal] { DealStore(database).restore(deal); },
        [this](const QString &message) { reportError(message); });
}

} // namespace loopline
