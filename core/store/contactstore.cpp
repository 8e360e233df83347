#include "contactstore.h"

#include "records/validation.h"
#include "segments/segmentstore.h"
#include "store/changelog.h"
#include "store/sqlvalues.h"
#include "store/timelinestore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kInsertContact = u"INSERT INTO contacts (id, first_name, last_name, email, phone, job_title, "
                               u"company_id, company_name, owner, "
                               "source, segment, tags, notes, consent, consent_at, consent_source, "
                               "consent_text_version, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE((SELECT name FROM companies WHERE id = "
                               "?), ''), ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?)"_s;
const QString kInsertEmail
    = u"INSERT INTO contact_emails (contact_id, position, kind, address) VALUES (?, ?, ?, ?)"_s;
const QString kInsertPhone
    = u"INSERT INTO contact_phones (contact_id, position, kind, number) VALUES (?, ?, ?, ?)"_s;

void bindContact(QSqlQuery &q, const Contact &c)
{
    q.addBindValue(sql::bindable(c.id));
    q.addBindValue(sql::bindable(c.firstName.trimmed()));
    q.addBindValue(sql::bindable(c.lastName.trimmed()));
    q.addBindValue(sql::bindable(c.primaryEmail().trimmed()));
    q.addBindValue(sql::bindable(c.primaryPhone().trimmed()));
    q.addBindValue(sql::bindable(c.jobTitle.trimmed()));
    q.addBindValue(sql::bindable(sql::key(c.companyId)));
    q.addBindValue(sql::bindable(sql::key(c.companyId)));
    q.addBindValue(sql::bindable(c.owner));
    q.addBindValue(sql::bindable(c.source));
    q.addBindValue(sql::bindable(c.segment.trimmed()));
    q.addBindValue(sql::bindable(c.tags.join(u", "_s)));
    q.addBindValue(sql::bindable(c.notes));
    q.addBindValue(sql::bindable(c.consent.given ? 1 : 0));
    q.addBindValue(sql::bindable(sql::instant(c.consent.given ? c.consent.at : QDateTime())));
    q.addBindValue(sql::bindable(c.consent.source));
    q.addBindValue(sql::bindable(c.consent.textVersion));
    q.addBindValue(sql::bindable(sql::instant(c.createdAt)));
    q.addBindValue(sql::bindable(sql::instant(c.updatedAt)));
}

void throwIfInvalid(const Contact &contact)
{
    const FieldErrors errors = Validation::check(contact);
    if (!errors.isEmpty())
        throw StoreError(Validation::describe(errors));
}

// The consent history (see Privacy): every change of a contact's consent is an entry.
void addConsentEvent(Database &db, const QString &contactId, const Consent &consent, const QString &source)
{
    db.run(u"INSERT INTO consent_events (id, contact_id, given, at, source, text_version, author) "
           "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {Database::newId(), contactId, consent.given ? 1 : 0,
            consent.given && consent.at.isValid() ? consent.at.toMSecsSinceEpoch() : db.clock().nowMs(),
            source, consent.given ? consent.textVersion : QString(), db.currentUser()});
}

// An id for a contact a bulk writer adds: a UUID of version 7 (RFC 9562), whose first 48
// bits are the time in milliseconds and the rest random, so ids made one after another
// sort in that order. The unique index on contacts.id and the (contact_id, position) keys
// of contact_emails and contact_phones then grow at their end. With random (version 4)
// ids every contact lands on a random page of each of those three indexes; past a few
// hundred thousand contacts they outgrow the page cache, and a large import spent much of
// its time reading and writing back index pages (a million rows from a CSV file took
// nearly twice as long as with these ids; see docs/benchmarks.md).
QString timeOrderedId()
{
    QUuid id = QUuid::createUuid();
    const auto ms = quint64(QDateTime::currentMSecsSinceEpoch());
    id.data1 = quint32(ms >> 16);
    id.data2 = quint16(ms & 0xFFFF);
    id.data3 = quint16((id.data3 & 0x0FFF) | 0x7000); // version 7; the variant stays RFC 4122's
    return id.toString(QUuid::WithoutBraces);
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    }
    return tags;
}

} // namespace

QString ContactStore::create(Contact contact)
{
    throwIfInvalid(contact);
    if (contact.id.isEmpty())
        contact.id = Database::newId();
    if (contact.owner.isEmpty())
        contact.owner = m_db.currentUser();
    Transaction tx(m_db);
    contact.segment = SegmentStore(m_db).ensure(contact.segment); // a new name becomes a segment
    insertRow(contact, false);
    if (contact.consent.given)
        addConsentEvent(m_db, contact.id, contact.consent, contact.consent.source);
    TimelineStore(m_db).add(u"contact"_s, contact.id, u"created"_s, tr("Contact created"));
    tx.commit();
    return contact.id;
}

void ContactStore::insertRow(Contact &contact, bool keepTimestamps)
{
    const QDateTime now = m_db.clock().now();
    if (!keepTimestamps || !contact.createdAt.isValid())
        contact.createdAt = now;
    if (!keepTimestamps || !contact.updatedAt.isValid())
        contact.updatedAt = now;
    if (contact.consent.given && !contact.consent.at.isValid())
        contact.consent.at = now;
    QSqlQuery q = m_db.prepare(kInsertContact);
    bindContact(q, contact);
    Database::exec(q);
    writeDetails(contact, false);
}

void ContactStore::writeDetails(const Contact &contact, bool replace)
{
    if (replace) {
        m_db.run(u"DELETE FROM contact_emails WHERE contact_id = ?"_s, {contact.id});
        m_db.run(u"DELETE FROM contact_phones WHERE contact_id = ?"_s, {contact.id});
    }
    for (qsizetype i = 0; i < contact.emails.size(); ++i)
        m_db.run(
            kInsertEmail, {contact.id, int(i), contact.emails[i].kind, contact.emails[i].address.trimmed()});
    for (qsizetype i = 0; i < contact.phones.size(); ++i)
        m_db.run(
            kInsertPhone, {contact.id, int(i), contact.phones[i].kind, contact.phones[i].number.trimmed()});
}

void ContactStore::update(const Contact &contact)
{
    throwIfInvalid(contact);
    const std::optional<Contact> before = get(contact.id);
    if (!before)
        throw StoreError(tr("The contact was deleted by someone else; it cannot be saved."));

    ChangeDescription changes;
    changes.compare(tr("First name"), before->firstName, contact.firstName.trimmed());
    changes.compare(tr("Last name"), before->lastName, contact.lastName.trimmed());
    changes.compare(tr("Job title"), before->jobTitle, contact.jobTitle.trimmed());
    if (before->companyId != contact.companyId) {
        const QString after = contact.companyId.isEmpty()
            ? QString()
            : m_db.scalar(u"SELECT name FROM companies WHERE id = ?"_s, {contact.companyId}).toString();
        changes.compare(tr("Company"), before->companyName, after);
    }
    changes.compare(tr("Owner"), before->owner, contact.owner);
    changes.compare(tr("Source"), before->source, contact.source);
    changes.compare(tr("Segment"), before->segment, contact.segment.trimmed());
    changes.compare(tr("Tags"), before->tags, contact.tags);
    changes.compare(tr("Notes"), before->notes, contact.notes);
    QStringList emailsBefore, emailsAfter, phonesBefore, phonesAfter;
    for (const auto &e : before->emails)
        emailsBefore << e.address;
    for (const auto &e : contact.emails)
        emailsAfter << e.address.trimmed();
    for (const auto &p : before->phones)
        phonesBefore << p.number;
    for (const auto &p : contact.phones)
        phonesAfter << p.number.trimmed();
    changes.compare(tr("Emails"), emailsBefore, emailsAfter);
    changes.compare(tr("Phones"), phonesBefore, phonesAfter);
    changes.compare(tr("Marketing consent"), before->consent.given, contact.consent.given);
    changes.compare(tr("Consent source"), before->consent.source, contact.consent.source);
    changes.compare(tr("Consent text version"), before->consent.textVersion, contact.consent.textVersion);

    Consent consent = contact.consent;
    if (consent.given && !consent.at.isValid())
        consent.at
            = before->consent.given && before->consent.at.isValid() ? before->consent.at : m_db.clock().now();

    Transaction tx(m_db);
    const QString segment = SegmentStore(m_db).ensure(contact.segment);
    m_db.run(
        u"UPDATE contacts SET first_name = ?, last_name = ?, email = ?, phone = ?, job_title = ?, "
        "company_id = ?, company_name = COALESCE((SELECT name FROM companies WHERE id = ?), ''), owner = ?, "
        "source = ?, segment = ?, tags = ?, notes = ?, consent = ?, consent_at = ?, consent_source = ?, "
        "consent_text_version = ?, updated_at = ? WHERE id = ?"_s,
        {contact.firstName.trimmed(), contact.lastName.trimmed(), contact.primaryEmail().trimmed(),
            contact.primaryPhone().trimmed(), contact.jobTitle.trimmed(), sql::key(contact.companyId),
            sql::key(contact.companyId), contact.owner, contact.source, segment, contact.tags.join(u", "_s),
            contact.notes, consent.given ? 1 : 0, sql::instant(consent.given ? consent.at : QDateTime()),
            consent.source, consent.textVersion, m_db.clock().nowMs(), contact.id});
    writeDetails(contact, true);
    if (consent.given != before->consent.given)
        addConsentEvent(
            m_db, contact.id, consent, consent.given ? consent.source : tr("Unticked on the contact form"));
    if (!changes.isEmpty())
        TimelineStore(m_db).add(u"contact"_s, contact.id, u"changed"_s, changes.toString());
    tx.commit();
}

void ContactStore::remove(const QString &id)
{
    Transaction tx(m_db);
    // Emails, phones and deal links go by ON DELETE CASCADE.
    m_db.run(u"DELETE FROM contacts WHERE id = ?"_s, {id});
    tx.commit();
}

void ContactStore::restore(const Contact &contact)
{
    Contact copy = contact;
    Transaction tx(m_db);
    if (m_db.scalar(u"SELECT 1 FROM erasures WHERE entity = 'contact' AND entity_id = ?"_s, {contact.id})
            .isValid())
        throw StoreError(
            tr("%1 was erased at their request and cannot be brought back.").arg(contact.displayName()));
    insertRow(copy, true);
    for (const QString &dealId : contact.dealIds) {
        // The deal may have been deleted meanwhile; link only to those that remain.
        m_db.run(u"INSERT INTO deal_contacts (deal_id, contact_id) SELECT id, ? FROM deals WHERE id = ?"_s,
            {contact.id, dealId});
    }
    tx.commit();
}

std::optional<Contact> ContactStore::get(const QString &id) const
{
    QSqlQuery q = m_db.run(
        u"SELECT id, first_name, last_name, job_title, company_id, company_name, owner, source, tags, notes, "
        "consent, consent_at, consent_source, consent_text_version, created_at, updated_at, segment "
        "FROM contacts WHERE id = ?"_s,
        {id});
    if (!q.next())
        return std::nullopt;
    Contact c;
    c.id = q.value(0).toString();
    c.firstName = q.value(1).toString();
    c.lastName = q.value(2).toString();
    c.jobTitle = q.value(3).toString();
    c.companyId = q.value(4).toString();
    c.companyName = q.value(5).toString();
    c.owner = q.value(6).toString();
    c.source = q.value(7).toString();
    c.tags = splitTags(q.value(8).toString());
    c.notes = q.value(9).toString();
    c.consent.given = q.value(10).toInt() != 0;
    c.consent.at = sql::instant(q.value(11));
    c.consent.source = q.value(12).toString();
    c.consent.textVersion = q.value(13).toString();
    c.createdAt = sql::instant(q.value(14));
    c.updatedAt = sql::instant(q.value(15));
    c.segment = q.value(16).toString();

    QSqlQuery emails = m_db.run(
        u"SELECT kind, address FROM contact_emails WHERE contact_id = ? ORDER BY position"_s, {id});
    while (emails.next())
        c.emails.append({emails.value(0).toString(), emails.value(1).toString()});
    QSqlQuery phones
        = m_db.run(u"SELECT kind, number FROM contact_phones WHERE contact_id = ? ORDER BY position"_s, {id});
    while (phones.next())
        c.phones.append({phones.value(0).toString(), phones.value(1).toString()});
    QSqlQuery deals
        = m_db.run(u"SELECT deal_id FROM deal_contacts WHERE contact_id = ? ORDER BY deal_id"_s, {id});
    while (deals.next())
        c.dealIds << deals.value(0).toString();
    return c;
}

qint64 ContactStore::count() const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM contacts"_s).toLongLong();
}

ContactStore::BulkWriter::BulkWriter(Database &db)
    : m_db(db)
    , m_bulk(db)
    , m_contact(db.prepare(kInsertContact))
    , m_email(db.prepare(kInsertEmail))
    , m_phone(db.prepare(kInsertPhone))
{
}

void ContactStore::BulkWriter::add(Contact contact)
{
    const FieldErrors errors = Validation::check(contact);
    if (!errors.isEmpty())
        throw StoreError(tr("Contact %1 (%2): %3")
                             .arg(m_written + 1)
                             .arg(contact.displayName(), Validation::describe(errors)));
    if (contact.id.isEmpty())
        contact.id = timeOrderedId();
    const QDateTime now = m_db.clock().now();
    if (!contact.createdAt.isValid())
        contact.createdAt = now;
    if (!contact.updatedAt.isValid())
        contact.updatedAt = contact.createdAt;
    if (contact.consent.given && !contact.consent.at.isValid())
        contact.consent.at = contact.createdAt;
    try {
        bindContact(m_contact, contact);
        Database::exec(m_contact);
        for (qsizetype i = 0; i < contact.emails.size(); ++i) {
            m_email.addBindValue(sql::bindable(contact.id));
            m_email.addBindValue(sql::bindable(int(i)));
            m_email.addBindValue(sql::bindable(contact.emails[i].kind));
            m_email.addBindValue(sql::bindable(contact.emails[i].address.trimmed()));
            Database::exec(m_email);
        }
        for (qsizetype i = 0; i < contact.phones.size(); ++i) {
            m_phone.addBindValue(sql::bindable(contact.id));
            m_phone.addBindValue(sql::bindable(int(i)));
            m_phone.addBindValue(sql::bindable(contact.phones[i].kind));
            m_phone.addBindValue(sql::bindable(contact.phones[i].number.trimmed()));
            Database::exec(m_phone);
        }
    } catch (const StoreError &error) {
        // A row the database refuses (duplicate id, unknown company) is named like an invalid one.
        throw StoreError(
            tr("Contact %1 (%2): %3").arg(m_written + 1).arg(contact.displayName(), error.message()),
            error.details());
    }
    ++m_written;
}

} // namespace loopline
