#include "contacteditor.h"

#include "common/deletecommand.h"
#include "common/entrylisteditor.h"
#include "common/recordpicker.h"
#include "common/timelinewidget.h"
#include "contacts/privacydialog.h"
#include "segments/segmentcombo.h"
#include "store/companystore.h"
#include "store/contactstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

QList<QPair<QString, QString>> emailKinds()
{
    return {{u"work"_s, ContactEditor::tr("Work")}, {u"personal"_s, ContactEditor::tr("Personal")},
        {u"other"_s, ContactEditor::tr("Other")}};
}

QList<QPair<QString, QString>> phoneKinds()
{
    return {{u"work"_s, ContactEditor::tr("Work")}, {u"mobile"_s, ContactEditor::tr("Mobile")},
        {u"home"_s, ContactEditor::tr("Home")}, {u"other"_s, ContactEditor::tr("Other")}};
}

} // namespace

ContactEditor::ContactEditor(Database &db, QWidget *parent)
    : RecordEditor(db, u"contact"_s, parent)
    , m_form(new QWidget(this))
    , m_firstName(new QLineEdit(m_form))
    , m_lastName(new QLineEdit(m_form))
    , m_jobTitle(new QLineEdit(m_form))
    , m_company(new RecordPicker([&db](const QString &text) { return CompanyStore(db).find(text); }, m_form))
    , m_emails(new EntryListEditor(emailKinds(), tr("name@example.com"), m_form))
    , m_phones(new EntryListEditor(phoneKinds(), tr("+44 20 7946 0000"), m_form))
    , m_owner(new QLineEdit(m_form))
    , m_source(new QComboBox(m_form))
    , m_segment(new SegmentComboBox(db, m_form))
    , m_tags(new QLineEdit(m_form))
    , m_notes(new QPlainTextEdit(m_form))
    , m_consent(new QCheckBox(tr("Agreed to receive marketing"), m_form))
    , m_consentAt(new QLabel(m_form))
    , m_consentSource(new QLineEdit(m_form))
    , m_consentVersion(new QLineEdit(m_form))
{
    m_firstName->setObjectName(u"firstName"_s);
    m_lastName->setObjectName(u"lastName"_s);
    m_company->setPlaceholderText(tr("Type to find a company"));
    m_source->setEditable(true);
    m_source->addItems({tr("Web site"), tr("Landing page"), tr("Social network"), tr("Referral"),
        tr("Blog article"), tr("Advertising"), tr("Trade show"), tr("Partner"), tr("Other")});
    m_source->setCurrentIndex(-1);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. vip, newsletter"));
    m_notes->setMaximumHeight(80);
    m_consentSource->setPlaceholderText(tr("Where: web form, booth, email reply…"));
    m_consentVersion->setPlaceholderText(tr("e.g. 2026-01"));

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(tr("C&ompany:"), m_company);
    form->addRow(tr("&Emails:"), m_emails);
    form->addRow(tr("&Phones:"), m_phones);
    m_emails->setListName(tr("Emails"));
    m_phones->setListName(tr("Phones"));
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("&Source:"), m_source);
    m_segment->setObjectName(u"contactSegment"_s);
    m_segment->lineEdit()->setPlaceholderText(tr("The target group, e.g. Retail chains"));
    form->addRow(tr("Se&gment:"), m_segment);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Notes:"), m_notes);

    auto *consent = new QGroupBox(tr("Marketing consent"), m_form);
    auto *consentForm = new QFormLayout(consent);
    consentForm->addRow(m_consent);
    consentForm->addRow(tr("Given on:"), m_consentAt);
    consentForm->addRow(tr("Consent s&ource:"), m_consentSource);
    consentForm->addRow(tr("Consent te&xt version:"), m_consentVersion);
    m_privacy = new QPushButton(tr("Consent &history and privacy…"), consent);
    m_privacy->setToolTip(tr("Consent given and withdrawn over time, export of the person's data, erasure"));
    connect(m_privacy, &QPushButton::clicked, this, &ContactEditor::openPrivacy);
    consentForm->addRow(m_privacy);
    form->addRow(consent);

    mainLayout()->addWidget(m_form);
    mainLayout()->addWidget(timeline(), 1);

    for (QWidget *field : {static_cast<QWidget *>(m_firstName), static_cast<QWidget *>(m_lastName),
             static_cast<QWidget *>(m_jobTitle), static_cast<QWidget *>(m_company),
             static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_source),
             static_cast<QWidget *>(m_segment), static_cast<QWidget *>(m_tags),
             static_cast<QWidget *>(m_notes), static_cast<QWidget *>(m_consent),
             static_cast<QWidget *>(m_consentSource), static_cast<QWidget *>(m_consentVersion)})
        watch(field);
    connect(m_emails, &EntryListEditor::edited, this, [this] { setModified(true); });
    connect(m_phones, &EntryListEditor::edited, this, [this] { setModified(true); });
    connect(m_company, &RecordPicker::recordChosen, this, [this] { setModified(true); });
    connect(m_consent, &QCheckBox::toggled, this, &ContactEditor::updateConsentLabel);

    mapField(u"lastName"_s, m_lastName);
    mapField(u"firstName"_s, m_firstName);
    mapField(u"company"_s, m_company);
    mapField(u"email"_s, m_emails);
    mapField(u"phone"_s, m_phones);
    mapField(u"consentSource"_s, m_consentSource);
    mapField(u"consentTextVersion"_s, m_consentVersion);
    clear();
}

void ContactEditor::setFormEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
    if (!enabled)
        headerLabel()->setText(tr("Select a contact on the left, or press Ctrl+N to add one."));
}

void ContactEditor::openPrivacy()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (isModified() && !save())
        return; // the form's errors are shown; the history must match what is stored
    PrivacyDialog dialog(db(), id, recordTitle(), this);
    connect(&dialog, &PrivacyDialog::consentChanged, this, [this, id] { load(id); });
    connect(&dialog, &PrivacyDialog::erased, this, [this, id] {
        clear();
        Q_EMIT erased(id);
    });
    dialog.exec();
}

void ContactEditor::updateConsentLabel()
{
    if (!m_consent->isChecked())
        m_consentAt->setText(tr("not given"));
    else if (m_loaded.consent.given && m_loaded.consent.at.isValid())
        m_consentAt->setText(QLocale().toString(m_loaded.consent.at.toLocalTime(), QLocale::ShortFormat));
    else
        m_consentAt->setText(tr("when saved"));
}

bool ContactEditor::load(const QString &id)
{
    const std::optional<Contact> contact = ContactStore(db()).get(id);
    if (!contact) {
        clear();
        return false;
    }
    LoadGuard guard(this);
    m_loaded = *contact;
    m_firstName->setText(contact->firstName);
    m_lastName->setText(contact->lastName);
    m_jobTitle->setText(contact->jobTitle);
    m_company->setRecord(contact->companyId, contact->companyName);
    QList<QPair<QString, QString>> emails, phones;
    for (const EmailAddress &e : contact->emails)
        emails.append({e.kind, e.address});
    for (const PhoneNumber &p : contact->phones)
        phones.append({p.kind, p.number});
    m_emails->setEntries(emails);
    m_phones->setEntries(phones);
    m_owner->setText(contact->owner);
    m_source->setCurrentText(contact->source);
    m_segment->reload();
    m_segment->setSegment(contact->segment);
    m_tags->setText(contact->tags.join(u", "_s));
    m_notes->setPlainText(contact->notes);
    m_consent->setChecked(contact->consent.given);
    m_consentSource->setText(contact->consent.source);
    m_consentVersion->setText(contact->consent.textVersion);
    updateConsentLabel();
    headerLabel()->setText(contact->displayName());
    setCurrent(id, contact->createdAt);
    return true;
}

void ContactEditor::startNew()
{
    LoadGuard guard(this);
    m_loaded = Contact();
    for (QLineEdit *edit : {m_firstName, m_lastName, m_jobTitle, m_tags, m_consentSource, m_consentVersion})
        edit->clear();
    m_company->clearRecord();
    m_emails->setEntries({{u"work"_s, QString()}});
    m_phones->setEntries({{u"work"_s, QString()}});
    m_owner->setText(db().currentUser());
    m_source->setCurrentIndex(-1);
    m_segment->reload();
    m_segment->setSegment({});
    m_notes->clear();
    m_consent->setChecked(false);
    updateConsentLabel();
    headerLabel()->setText(tr("New contact"));
    setCurrent({});
    m_firstName->setFocus();
}

Contact ContactEditor::formContact() const
{
    Contact c = m_loaded;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.jobTitle = m_jobTitle->text().trimmed();
    c.companyId = m_company->id();
    c.owner = m_owner->text().trimmed();
    c.source = m_source->currentText().trimmed();
    c.segment = m_segment->segment();
    c.tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            c.tags << tag.trimmed();
    }
    c.notes = m_notes->toPlainText();
    c.emails.clear();
    for (const auto &[kind, value] : m_emails->entries())
        c.emails.append({kind, value});
    c.phones.clear();
    for (const auto &[kind, value] : m_phones->entries())
        c.phones.append({kind, value});
    const bool wasGiven = m_loaded.consent.given;
    c.consent.given = m_consent->isChecked();
    c.consent.source = m_consentSource->text().trimmed();
    c.consent.textVersion = m_consentVersion->text().trimmed();
    c.consent.at = c.consent.given && wasGiven ? m_loaded.consent.at : QDateTime();
    return c;
}

FieldErrors ContactEditor::write(QString &id)
{
    Contact contact = formContact();
    FieldErrors errors = Validation::check(contact);
    checkCompanyPicker(m_company, errors);
    if (!errors.isEmpty())
        return errors;
    // A new segment name becomes a segment with the contact, in one transaction.
    Transaction tx(db());
    contact.segment = m_segment->ensureSegment();
    storeRecord<ContactStore>(contact, id);
    tx.commit();
    return {};
}

QString ContactEditor::recordTitle() const
{
    return m_loaded.displayName();
}

std::unique_ptr<QUndoCommand> ContactEditor::makeDeleteCommand(const QString &id)
{
    Database &database = db();
    const std::optional<Contact> snapshot = ContactStore(database).get(id);
    if (!snapshot)
        return nullptr;
    const Contact contact = *snapshot;
    return std::make_unique<DeleteCommand>(
        tr("Delete contact %1").arg(contact.displayName()),
        [&database, id] { ContactStore(database).remove(id); },
        [&database, contact] { ContactStore(database).restore(contact); },
        [this](const QString &message) { reportError(message); });
}

} // namespace loopline
