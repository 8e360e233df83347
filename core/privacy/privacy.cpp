#include "privacy.h"

#include "exchange/vcard.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

QString isoTime(const QVariant &ms)
{
    const QDateTime at = sql::instant(ms);
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

// Every row of a query as a JSON object keyed by column name; instants (columns
// named *_at or "at") as ISO 8601 UTC.
QJsonArray rows(QSqlQuery q)
{
    QJsonArray out;
    while (q.next()) {
        QJsonObject row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name == u"at"_s || name.endsWith(u"_at"_s))
                row.insert(name, isoTime(q.value(i)));
            else
                row.insert(name, QJsonValue::fromVariant(q.value(i)));
        }
        out.append(row);
    }
    return out;
}

} // namespace

QList<ConsentEvent> Privacy::consentHistory(const QString &contactId) const
{
    QList<ConsentEvent> events;
    QSqlQuery q = m_db.run(u"SELECT id, given, at, source, text_version, author, COALESCE(lead_id, '') "
                           "FROM consent_events WHERE contact_id = ? ORDER BY at, seq"_s,
        {contactId});
    while (q.next()) {
        ConsentEvent e;
        e.id = q.value(0).toString();
        e.given = q.value(1).toInt() != 0;
        e.at = sql::instant(q.value(2));
        e.source = q.value(3).toString();
        e.textVersion = q.value(4).toString();
        e.author = q.value(5).toString();
        e.leadId = q.value(6).toString();
        events << e;
    }
    return events;
}

void Privacy::recordConsent(
    const QString &contactId, bool given, const QString &source, const QString &textVersion)
{
    if (source.trimmed().isEmpty())
        throw StoreError(
            given ? tr("Say where the consent was given.") : tr("Say how the consent was withdrawn."));
    if (given && textVersion.trimmed().isEmpty())
        throw StoreError(tr("Say which version of the consent text was agreed to."));
    Transaction tx(m_db);
    if (!m_db.scalar(u"SELECT 1 FROM contacts WHERE id = ?"_s, {contactId}).isValid())
        throw StoreError(tr("The contact was deleted by someone else."));
    const qint64 now = m_db.clock().nowMs();
    m_db.run(u"INSERT INTO consent_events (id, contact_id, given, at, source, text_version, author) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {Database::newId(), contactId, given ? 1 : 0, now, source.trimmed(), textVersion.trimmed(),
            m_db.currentUser()});
    if (given)
        m_db.run(
            u"UPDATE contacts SET consent = 1, consent_at = ?, consent_source = ?, consent_text_version = ?, "
            "updated_at = ? WHERE id = ?"_s,
            {now, source.trimmed(), textVersion.trimmed(), now, contactId});
    else
        m_db.run(u"UPDATE contacts SET consent = 0, consent_at = NULL, updated_at = ? WHERE id = ?"_s,
            {now, contactId});
    tx.commit();
}

QByteArray Privacy::exportJson(const QString &contactId) const
{
    const std::optional<Contact> contact = ContactStore(m_db).get(contactId);
    if (!contact)
        throw StoreError(tr("The contact was deleted by someone else."));
    QJsonObject person {
        {u"id"_s, contact->id},
        {u"firstName"_s, contact->firstName},
        {u"lastName"_s, contact->lastName},
        {u"jobTitle"_s, contact->jobTitle},
        {u"company"_s, contact->companyName},
        {u"owner"_s, contact->owner},
        {u"source"_s, contact->source},
        {u"segment"_s, contact->segment},
        {u"tags"_s, QJsonArray::fromStringList(contact->tags)},
        {u"notes"_s, contact->notes},
        {u"createdAt"_s, contact->createdAt.toUTC().toString(Qt::ISODate)},
        {u"updatedAt"_s, contact->updatedAt.toUTC().toString(Qt::ISODate)},
    };
    QJsonArray emails, phones;
    for (const EmailAddress &e : contact->emails)
        emails.append(QJsonObject {{u"kind"_s, e.kind}, {u"address"_s, e.address}});
    for (const PhoneNumber &p : contact->phones)
        phones.append(QJsonObject {{u"kind"_s, p.kind}, {u"number"_s, p.number}});
    person.insert(u"emails"_s, emails);
    person.insert(u"phones"_s, phones);
    person.insert(u"consent"_s,
        QJsonObject {{u"given"_s, contact->consent.given},
            {u"at"_s,
                contact->consent.at.isValid() ? contact->consent.at.toUTC().toString(Qt::ISODate)
                                              : QString()},
            {u"source"_s, contact->consent.source}, {u"textVersion"_s, contact->consent.textVersion}});

    QJsonObject document {
        {u"format"_s, u"Loopline personal data export 1"_s},
        {u"exportedAt"_s, m_db.clock().now().toUTC().toString(Qt::ISODate)},
        {u"contact"_s, person},
    };
    document.insert(u"consentHistory"_s,
        rows(m_db.run(u"SELECT given, at, source, text_version, author FROM consent_events "
                      "WHERE contact_id = ? ORDER BY at, seq"_s,
            {contactId})));
    document.insert(u"timeline"_s,
        rows(m_db.run(
            u"SELECT at, kind, body, author FROM timeline WHERE entity = 'contact' AND entity_id = ? "
            "ORDER BY at, seq"_s,
            {contactId})));
    document.insert(u"deals"_s,
        rows(m_db.run(
            u"SELECT d.title, d.status, d.value_minor, d.currency, d.created_at FROM deals d "
            "JOIN deal_contacts dc ON dc.deal_id = d.id WHERE dc.contact_id = ? ORDER BY d.created_at"_s,
            {contactId})));
    document.insert(u"leads"_s,
        rows(m_db.run(
            u"SELECT first_name, last_name, email, phone, company_name, job_title, source_id, campaign, "
            "status, notes, received_at FROM leads WHERE contact_id = ? ORDER BY received_at"_s,
            {contactId})));
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray Privacy::exportVCard(const QString &contactId) const
{
    const std::optional<Contact> contact = ContactStore(m_db).get(contactId);
    if (!contact)
        throw StoreError(tr("The contact was deleted by someone else."));
    std::optional<Company> company;
    if (!contact->companyId.isEmpty())
        company = CompanyStore(m_db).get(contact->companyId);
    return VCardWriter::write(
        fromContact(*contact, company ? &*company : nullptr), VCardWriter::Version::V40);
}

void Privacy::erase(const QString &contactId, const QString &reason)
{
    Transaction tx(m_db);
    const std::optional<Contact> contact = ContactStore(m_db).get(contactId);
    if (!contact)
        throw StoreError(tr("The contact was deleted by someone else."));

    // Their leads: linked to them, or written with one of their email addresses.
    QStringList leadIds;
    QSqlQuery linked = m_db.run(u"SELECT id FROM leads WHERE contact_id = ?"_s, {contactId});
    while (linked.next())
        leadIds << linked.value(0).toString();
    for (const EmailAddress &email : contact->emails) {
        QSqlQuery byEmail
            = m_db.run(u"SELECT id FROM leads WHERE lower(email) = ?"_s, {email.address.toLower()});
        while (byEmail.next()) {
            if (!leadIds.contains(byEmail.value(0).toString()))
                leadIds << byEmail.value(0).toString();
        }
    }
    const QString erased = tr("Erased");
    for (const QString &leadId : std::as_const(leadIds)) {
        // The lead stays for the funnel and the campaign figures, with nothing personal.
        m_db.run(u"UPDATE leads SET first_name = '', last_name = ?, email = '', phone = '', job_title = '', "
                 "company_name = '', notes = '', answers = '', partner = '', updated_at = ? WHERE id = ?"_s,
            {erased, m_db.clock().nowMs(), leadId});
        m_db.run(u"DELETE FROM timeline WHERE entity = 'lead' AND entity_id = ?"_s, {leadId});
        m_db.run(u"DELETE FROM consent_events WHERE lead_id = ?"_s, {leadId});
        m_db.run(u"INSERT INTO erasures (id, entity, entity_id, erased_at, author, reason) VALUES (?, "
                 u"'lead', ?, ?, "
                 "?, ?) ON CONFLICT (entity, entity_id) DO NOTHING"_s,
            {Database::newId(), leadId, m_db.clock().nowMs(), m_db.currentUser(), reason.trimmed()});
    }
    m_db.run(u"DELETE FROM timeline WHERE entity = 'contact' AND entity_id = ?"_s, {contactId});
    // Emails, phones, consent history and deal links go by ON DELETE CASCADE.
    m_db.run(u"DELETE FROM contacts WHERE id = ?"_s, {contactId});
    // A replica may already hold the tombstone from another copy while the record is still
    // on its way out.
    m_db.run(u"INSERT INTO erasures (id, entity, entity_id, erased_at, author, reason) VALUES (?, 'contact', "
             "?, ?, ?, ?) ON CONFLICT (entity, entity_id) DO NOTHING"_s,
        {Database::newId(), contactId, m_db.clock().nowMs(), m_db.currentUser(), reason.trimmed()});
    tx.commit();
}

bool Privacy::isErased(const QString &entity, const QString &id) const
{
    return m_db.scalar(u"SELECT 1 FROM erasures WHERE entity = ? AND entity_id = ?"_s, {entity, id})
        .isValid();
}

} // namespace loopline
