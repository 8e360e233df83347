#include "leadconversion.h"

#include "leads/leadstore.h"
#include "records/phone.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/settingsstore.h"
#include "store/sqlvalues.h"
#include "store/timelinestore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

// The consent a lead gave (at the booth, on a web form) becomes its contact's: the
// history moves over, and the latest "given" fills a contact that has none yet.
void carryConsent(Database &db, const QString &leadId, const QString &contactId)
{
    db.run(u"UPDATE consent_events SET contact_id = ? WHERE lead_id = ?"_s, {contactId, leadId});
    QSqlQuery q = db.run(u"SELECT given, at, source, text_version FROM consent_events WHERE lead_id = ? "
                         "ORDER BY at DESC, seq DESC LIMIT 1"_s,
        {leadId});
    if (!q.next() || q.value(0).toInt() == 0)
        return;
    const QVariantList values = {q.value(1), q.value(2), q.value(3), contactId};
    q.finish();
    db.run(u"UPDATE contacts SET consent = 1, consent_at = ?, consent_source = ?, consent_text_version = ? "
           "WHERE id = ? AND consent = 0"_s,
        values);
}

} // namespace

namespace {

// Must be the very expression of the contact_phones_digits index, so the index serves it.
QString lastTenDigitsExpression(const Database &db)
{
    const QString digits
        = u"replace(replace(replace(replace(replace(replace(replace(number, ' ', ''), '-', ''), "
          "'(', ''), ')', ''), '+', ''), '.', ''), '/', '')"_s;
    return db.isSqlite() ? u"substr(%1, -10)"_s.arg(digits) : u"right(%1, 10)"_s.arg(digits);
}

} // namespace

QString LeadConversion::defaultRegion(Database &db)
{
    const QString stored = SettingsStore(db).text(u"phone.region"_s);
    if (!stored.isEmpty())
        return stored;
    const QString country = QLocale::territoryToCode(QLocale::system().territory());
    return country.isEmpty() || country == u"AnyTerritory" ? u"RU"_s : country;
}

QString LeadConversion::companyDomain(const QString &email)
{
    static const QStringList publicServices {u"gmail.com"_s, u"googlemail.com"_s, u"yahoo.com"_s,
        u"outlook.com"_s, u"hotmail.com"_s, u"live.com"_s, u"icloud.com"_s, u"me.com"_s, u"aol.com"_s,
        u"proton.me"_s, u"protonmail.com"_s, u"gmx.de"_s, u"gmx.net"_s, u"web.de"_s, u"mail.ru"_s, u"bk.ru"_s,
        u"list.ru"_s, u"inbox.ru"_s, u"yandex.ru"_s, u"ya.ru"_s, u"rambler.ru"_s, u"ukr.net"_s, u"i.ua"_s,
        u"meta.ua"_s};
    const qsizetype at = email.lastIndexOf(u'@');
    if (at < 0)
        return {};
    const QString domain = email.mid(at + 1).trimmed().toLower();
    return publicServices.contains(domain) ? QString() : domain;
}

QString LeadConversion::refusal(const Lead &lead)
{
    if (!lead.dealId.isEmpty())
        return tr("%1 has already been converted.").arg(lead.displayName());
    if (lead.status == LeadStatus::RoutedToPartner)
        return tr("%1 was routed to a partner; the partner makes the deal.").arg(lead.displayName());
    if (!LeadLifecycle::hasReached(lead.status, FunnelMark::Mql))
        return tr("Only a qualified lead (MQL or further) can be converted; %1 is \"%2\".")
            .arg(lead.displayName(), LeadLifecycle::displayName(lead.status));
    return {};
}

QString LeadConversion::matchingDigits(const QString &phone) const
{
    QString digits;
    for (QChar c : phone::normalizedForMatching(phone, defaultRegion(m_db))) {
        if (c.isDigit())
            digits += c;
    }
    return digits.size() < 6 ? QString() : digits.right(10);
}

std::optional<Contact> LeadConversion::contactByPhone(const QString &phone) const
{
    const QString region = defaultRegion(m_db);
    const QString wanted = phone::normalizedForMatching(phone, region);
    const QString digits = matchingDigits(phone);
    if (digits.isEmpty())
        return std::nullopt;
    QSqlQuery q = m_db.run(
        u"SELECT contact_id, number FROM contact_phones WHERE %1 = ?"_s.arg(lastTenDigitsExpression(m_db)),
        {digits});
    while (q.next()) {
        if (phone::normalizedForMatching(q.value(1).toString(), region) == wanted)
            return ContactStore(m_db).get(q.value(0).toString());
    }
    return std::nullopt;
}

LeadConversion::Matches LeadConversion::findMatches(const Lead &lead) const
{
    Matches m;
    if (!lead.contactId.isEmpty()) {
        m.contact = ContactStore(m_db).get(lead.contactId);
        m.contactReason = tr("linked to the lead");
    }
    if (!m.contact && !lead.email.trimmed().isEmpty()) {
        const QVariant id
            = m_db.scalar(u"SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = "
                          "e.contact_id WHERE lower(e.address) = ? ORDER BY c.seq LIMIT 1"_s,
                {lead.email.trimmed().toLower()});
        if (id.isValid()) {
            m.contact = ContactStore(m_db).get(id.toString());
            m.contactReason = tr("same e-mail");
        }
    }
    if (!m.contact && !lead.phone.trimmed().isEmpty()) {
        m.contact = contactByPhone(lead.phone);
        if (m.contact)
            m.contactReason = tr("same phone number");
    }
    // A rep sees only their own contacts; the server names the colleagues who have one.
    if (!m.contact && !m_db.isSqlite()
        && m_db.scalar(u"SELECT to_regproc('loopline_contact_owners') IS NOT NULL"_s).toBool()) {
        QSqlQuery q = m_db.run(u"SELECT * FROM loopline_contact_owners(?, ?)"_s,
            {lead.email.trimmed().toLower(), matchingDigits(lead.phone)});
        while (q.next()) {
            const QString owner = q.value(0).toString();
            if (owner != m_db.currentUser())
                m.othersHave << owner;
        }
    }

    CompanyStore companies(m_db);
    if (!lead.companyId.isEmpty()) {
        m.company = companies.get(lead.companyId);
        m.companyReason = tr("linked to the lead");
    }
    if (!m.company && m.contact && !m.contact->companyId.isEmpty()) {
        m.company = companies.get(m.contact->companyId);
        m.companyReason = tr("the contact's company");
    }
    const QString domain = companyDomain(lead.email);
    if (!m.company && !domain.isEmpty()) {
        m.company = companies.findByDomain(domain);
        if (m.company)
            m.companyReason = tr("same domain");
    }
    if (!m.company && !lead.companyName.trimmed().isEmpty()) {
        const QVariant id = m_db.scalar(
            u"SELECT id FROM companies WHERE name = ? ORDER BY seq LIMIT 1"_s, {lead.companyName.trimmed()});
        if (id.isValid()) {
            m.company = companies.get(id.toString());
            m.companyReason = tr("same name");
        }
    }
    return m;
}

LeadConversion::Result LeadConversion::convert(const QString &leadId, const Request &request)
{
    LeadStore leads(m_db);
    Transaction tx(m_db);
    const std::optional<Lead> found = leads.get(leadId);
    if (!found)
        throw StoreError(tr("The lead was deleted by someone else."));
    const Lead &lead = *found;
    if (const QString why = refusal(lead); !why.isEmpty())
        throw StoreError(why);

    const Matches matches = findMatches(lead);
    Result result;
    QStringList summary;
    const QString owner = lead.owner.isEmpty() ? m_db.currentUser() : lead.owner;

    if (matches.company) {
        result.companyId = matches.company->id;
        summary << tr("Company %1 reused (%2).").arg(matches.company->name, matches.companyReason);
    } else if (!lead.companyName.trimmed().isEmpty()) {
        Company company;
        company.name = lead.companyName.trimmed();
        company.domain = companyDomain(lead.email);
        company.owner = owner;
        result.companyId = CompanyStore(m_db).create(company);
        result.companyCreated = true;
        summary << tr("Company %1 created.").arg(company.name);
    }

    if (matches.contact) {
        result.contactId = matches.contact->id;
        summary << tr("Contact %1 reused (%2).").arg(matches.contact->displayName(), matches.contactReason);
        // A reused contact without a segment takes the lead's.
        if (!lead.segment.trimmed().isEmpty())
            m_db.run(u"UPDATE contacts SET segment = ? WHERE id = ? AND segment = ''"_s,
                {lead.segment.trimmed(), result.contactId});
    } else {
        Contact contact;
        contact.firstName = lead.firstName;
        contact.lastName
            = lead.lastName.isEmpty() && lead.firstName.isEmpty() ? lead.displayName() : lead.lastName;
        contact.jobTitle = lead.jobTitle;
        contact.companyId = result.companyId;
        contact.owner = owner;
        contact.source = leads.sourceDisplayName(lead.sourceId);
        contact.segment = lead.segment;
        if (!lead.email.trimmed().isEmpty())
            contact.emails << EmailAddress {u"work"_s, lead.email.trimmed()};
        if (!lead.phone.trimmed().isEmpty())
            contact.phones << PhoneNumber {u"work"_s, lead.phone.trimmed()};
        result.contactId = ContactStore(m_db).create(contact);
        result.contactCreated = true;
        summary << tr("Contact %1 created.").arg(contact.displayName());
        if (!matches.othersHave.isEmpty())
            summary << tr("%1 has a contact with the same e-mail or phone; a manager can merge the two.")
                           .arg(QLocale().createSeparatedList(matches.othersHave));
    }

    Deal deal;
    deal.title = request.dealTitle.trimmed();
    if (deal.title.isEmpty()) {
        const QString who
            = lead.companyName.trimmed().isEmpty() ? lead.displayName() : lead.companyName.trimmed();
        deal.title
            = lead.interest.trimmed().isEmpty() ? who : tr("%1 — %2").arg(who, lead.interest.trimmed());
    }
    deal.companyId = result.companyId;
    deal.contactIds = {result.contactId};
    deal.valueMinor = request.valueMinor;
    deal.currency = request.currency;
    DealStore deals(m_db);
    deal.stageId = request.stageId.isEmpty() ? deals.stages().value(0).id : request.stageId;
    deal.owner = owner;
    deal.segment = lead.segment;
    deal.expectedClose = request.expectedClose;
    result.dealId = deals.create(deal);
    summary << tr("Deal \"%1\" created.").arg(deal.title);

    m_db.run(u"UPDATE leads SET contact_id = ?, company_id = ?, deal_id = ?, updated_at = ? WHERE id = ?"_s,
        {result.contactId, sql::key(result.companyId), result.dealId, m_db.clock().nowMs(), leadId});
    carryConsent(m_db, leadId, result.contactId);
    result.summary = summary.join(u' ');
    TimelineStore timeline(m_db);
    timeline.add(u"lead"_s, leadId, u"converted"_s, result.summary);
    timeline.add(u"deal"_s, result.dealId, u"converted"_s,
        tr("Created from the lead %1 (source: %2).")
            .arg(lead.displayName(), leads.sourceDisplayName(lead.sourceId)));
    tx.commit();
    return result;
}

} // namespace loopline
