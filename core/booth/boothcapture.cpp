#include "boothcapture.h"

#include "campaigns/campaignstore.h"
#include "leads/leadconversion.h"
#include "leads/leadstore.h"
#include "records/phone.h"
#include "store/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace loopline {

BoothCapture::BoothCapture(Database &db, QString event, QString consentTextVersion)
    : m_db(db)
    , m_event(std::move(event).trimmed())
    , m_consentTextVersion(std::move(consentTextVersion).trimmed())
    , m_region(LeadConversion::defaultRegion(db))
{
    // WAL with synchronous=NORMAL survives a killed process but may lose the last
    // commits on a power cut; at the booth "Saved" must mean on disk.
    if (m_db.isSqlite())
        m_db.run(u"PRAGMA synchronous=FULL"_s);
    // A team server set up with roles counts for the booth in functions, because a booth
    // login may write leads but read none; a server without roles is read directly.
    m_serverCounts = !m_db.isSqlite()
        && m_db.scalar(u"SELECT to_regproc('loopline_booth_captured') IS NOT NULL"_s).toBool();
}

BoothCapture::~BoothCapture()
{
    if (m_db.isSqlite()) {
        try {
            m_db.run(u"PRAGMA synchronous=NORMAL"_s);
        } catch (const StoreError &) {
            // The connection is going away; nothing to put back.
        }
    }
}

QStringList BoothCapture::events(Database &db)
{
    QStringList names;
    QSqlQuery q = db.run(u"SELECT name FROM campaigns WHERE kind = 'event' "
                         "ORDER BY COALESCE(starts_on, '') DESC, created_at DESC"_s);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void BoothCapture::ensureEvent(Database &db, const QString &name)
{
    CampaignStore store(db);
    if (name.trimmed().isEmpty() || store.findByName(name.trimmed()))
        return;
    Campaign event;
    event.name = name.trimmed();
    event.kind = Campaign::Kind::Event;
    event.channel = tr("Exhibition");
    event.startsOn = db.clock().now().toLocalTime().date();
    store.create(event);
}

QString BoothCapture::normalizedPhone(const QString &number) const
{
    const QString e164 = phone::toE164(number, m_region);
    return e164.isEmpty() ? number.trimmed() : e164;
}

FieldErrors BoothCapture::check(const BoothEntry &entry) const
{
    Lead lead;
    lead.firstName = entry.firstName;
    lead.lastName = entry.lastName;
    lead.email = entry.email;
    lead.phone = entry.phone;
    lead.companyName = entry.company;
    FieldErrors errors = LeadStore::validate(lead);
    if (m_event.isEmpty())
        errors << FieldError {u"event"_s, tr("Choose the event the booth is at.")};
    if (entry.consent && m_consentTextVersion.isEmpty())
        errors << FieldError {u"consent"_s, tr("Set the version of the consent text shown at the booth.")};
    return errors;
}

QString BoothCapture::save(const BoothEntry &entry)
{
    const FieldErrors errors = check(entry);
    if (!errors.isEmpty())
        throw StoreError(Validation::describe(errors));
    Lead lead;
    lead.firstName = entry.firstName.trimmed();
    lead.lastName = entry.lastName.trimmed();
    lead.companyName = entry.company.trimmed();
    lead.jobTitle = entry.jobTitle.trimmed();
    lead.email = entry.email.trimmed();
    lead.phone = entry.phone.trimmed().isEmpty() ? QString() : normalizedPhone(entry.phone);
    lead.interest = entry.interest.trimmed();
    lead.rating = entry.rating;
    lead.temperature = entry.rating;
    lead.notes = entry.notes.trimmed();
    lead.sourceId = u"trade_show"_s;
    lead.campaign = m_event;

    Transaction tx(m_db);
    // LeadStore joins this transaction; its hand-off sends a trade-show lead to sales.
    const QString id = LeadStore(m_db).create(lead);
    if (entry.consent) {
        m_db.run(u"INSERT INTO consent_events (id, lead_id, given, at, source, text_version, author) "
                 "VALUES (?, ?, 1, ?, ?, ?, ?)"_s,
            {Database::newId(), id, m_db.clock().nowMs(), tr("Booth at %1").arg(m_event),
                m_consentTextVersion, m_db.currentUser()});
    }
    tx.commit();
    return id;
}

qint64 BoothCapture::capturedToday() const
{
    const QDateTime midnight(m_db.clock().now().toLocalTime().date(), QTime(0, 0));
    if (m_serverCounts)
        return m_db.scalar(u"SELECT loopline_booth_captured(?, ?)"_s, {m_event, midnight.toMSecsSinceEpoch()})
            .toLongLong();
    return m_db
        .scalar(
            u"SELECT COUNT(*) FROM leads WHERE source_id = 'trade_show' AND campaign = ? AND received_at >= ?"_s,
            {m_event, midnight.toMSecsSinceEpoch()})
        .toLongLong();
}

DuplicateHint BoothCapture::possibleDuplicates(const QString &email, const QString &phone) const
{
    DuplicateHint hint;
    const QString address = email.trimmed();
    if (m_serverCounts) {
        const QString e164 = phone::toE164(phone, m_region);
        QSqlQuery q = m_db.run(u"SELECT contacts, leads FROM loopline_booth_duplicates(?, ?)"_s,
            {Validation::isValidEmail(address) ? address : QString(), e164});
        if (q.next()) {
            hint.contacts = q.value(0).toInt();
            hint.leads = q.value(1).toInt();
        }
        return hint;
    }
    if (Validation::isValidEmail(address)) {
        hint.contacts
            += m_db.scalar(
                       u"SELECT COUNT(DISTINCT contact_id) FROM contact_emails WHERE lower(address) = ?"_s,
                       {address.toLower()})
                   .toInt();
        hint.leads += m_db.scalar(u"SELECT COUNT(*) FROM leads WHERE email IN (?, ?)"_s,
                              {address, address.toLower()})
                          .toInt();
    }
    const QString e164 = phone::toE164(phone, m_region);
    if (!e164.isEmpty()) {
        hint.contacts
            += m_db.scalar(
                       u"SELECT COUNT(DISTINCT contact_id) FROM contact_phones WHERE number = ?"_s, {e164})
                   .toInt();
        hint.leads += m_db.scalar(u"SELECT COUNT(*) FROM leads WHERE phone = ?"_s, {e164}).toInt();
    }
    return hint;
}

} // namespace loopline
