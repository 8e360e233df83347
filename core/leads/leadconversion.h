#pragma once

#include "leads/lead.h"
#include "records/records.h"
#include "store/database.h"

#include <QCoreApplication>
#include <optional>

namespace loopline {

// Turns a qualified lead into a contact, a company and a deal, reusing the records
// the database already has: a contact with the same e-mail (any case) or the same
// phone number (compared in E.164), a company with the e-mail's domain or the same name.
class LeadConversion
{
    Q_DECLARE_TR_FUNCTIONS(LeadConversion)

public:
    struct Request
    {
        QString dealTitle; // empty: "<company> — <interest>"
        qint64 valueMinor = 0;
        QString currency = QStringLiteral("EUR");
        QString stageId; // empty: the first stage
        QDate expectedClose;
    };
    struct Matches
    {
        std::optional<Contact> contact;
        QString contactReason; // "same e-mail", "same phone"
        std::optional<Company> company;
        QString companyReason;
        // When no contact is found: colleagues who have one with the lead's e-mail or phone
        // that this login may not see (a team server with roles; names only).
        QStringList othersHave;
    };
    struct Result
    {
        QString contactId;
        QString companyId;
        QString dealId;
        bool contactCreated = false;
        bool companyCreated = false;
        QString summary; // what was created and what was reused, for the user
    };

    explicit LeadConversion(Database &db)
        : m_db(db)
    {
    }

    // Whether the lead may be converted now; the reason when not.
    static QString refusal(const Lead &lead);
    // The existing records conversion would reuse.
    Matches findMatches(const Lead &lead) const;
    // Creates or links everything in one transaction.
    Result convert(const QString &leadId, const Request &request);

    // The region for numbers written without a country code (settings "phone.region",
    // else the system locale's country).
    static QString defaultRegion(Database &db);
    // The domain of an e-mail address unless it is a public mail service.
    static QString companyDomain(const QString &email);

private:
    std::optional<Contact> contactByPhone(const QString &phone) const;
    // The last ten digits of the phone as matching normalises it; empty when under six.
    QString matchingDigits(const QString &phone) const;
    Database &m_db;
};

} // namespace loopline
