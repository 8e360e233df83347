#include "dealeditor.h"

#include "common/deletecommand.h"
#include "common/recordpicker.h"
#include "common/timelinewidget.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/listquery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    , m_status(new QComboBox(m_form))
    , m_owner(new QLineEdit(m_form))
    , m_hasClose(new QCheckBox(tr("Expected to close on"), m_form))
    , m_close(new QDateEdit(m_form))
    , m_notes(new QPlainTextEdit(m_form))
{
    m_title->setObjectName(u"dealTitle"_s);
    m_company->setPlaceholderText(tr("Type to find a company"));
    m_contactPicker->setPlaceholderText(tr("Type a name to add a contact"));
    m_contacts->setMaximumHeight(70);
    m_value->setRange(0, 1e12);
    m_value->setDecimals(2);
    m_value->setGroupSeparatorShown(true);
    m_currency->setEditable(true);
    m_currency->addItems({u"EUR"_s, u"USD"_s, u"GBP"_s, u"RUB"_s, u"UAH"_s});
    m_status->addItem(DealStore::statusDisplayName(DealStatus::Open), dealStatusKey(DealStatus::Open));
    m_status->addItem(DealStore::statusDisplayName(DealStatus::Won), dealStatusKey(DealStatus::Won));
    m_status->addItem(DealStore::statusDisplayName(DealStatus::Lost), dealStatusKey(DealStatus::Lost));
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
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("Close:"), closeRow);
    form->addRow(tr("No&tes:"), m_notes);
    mainLayout()->addWidget(m_form);
    mainLayout()->addWidget(timeline(), 1);

    for (QWidget *field : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_company),
             static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_currency),
             static_cast<QWidget *>(m_stage), static_cast<QWidget *>(m_status),
             static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_hasClose),
             static_cast<QWidget *>(m_close), static_cast<QWidget *>(m_notes)})
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
    m_status->setCurrentIndex(std::max(0, m_status->findData(dealStatusKey(deal->status))));
    m_owner->setText(deal->owner);
    m_hasClose->setChecked(deal->expectedClose.isValid());
    m_close->setEnabled(deal->expectedClose.isValid());
    m_close->setDate(deal->expectedClose.isValid() ? deal->expectedClose : QDate::currentDate().addDays(30));
    m_notes->setPlainText(deal->notes);
    headerLabel()->setText(deal->title);
    setCurrent(id, deal->createdAt);
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
    m_currency->setCurrentText(u"EUR"_s);
    m_stage->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_owner->setText(db().currentUser());
    m_hasClose->setChecked(true);
    m_close->setEnabled(true);
    m_close->setDate(QDate::currentDate().addDays(30));
    m_notes->clear();
    headerLabel()->setText(tr("New deal"));
    setCurrent({});
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
    deal.status = dealStatusFromKey(m_status->currentData().toString());
    deal.owner = m_owner->text().trimmed();
    deal.expectedClose = m_hasClose->isChecked() ? m_close->date() : QDate();
    deal.notes = m_notes->toPlainText();
    FieldErrors errors = Validation::check(deal);
    checkCompanyPicker(m_company, errors);
    if (!errors.isEmpty())
        return errors;
    storeRecord<DealStore>(deal, id);
    return {};
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
