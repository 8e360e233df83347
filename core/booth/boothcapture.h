#pragma once

#include "leads/lead.h"
#include "records/validation.h"
#include "store/database.h"

#include <QCoreApplication>

namespace loopline {

// What the booth form holds for one person met at a trade show.
struct BoothEntry
{
    QString firstName;
    QString lastName;
    QString company;
    QString jobTitle;
    QString email;
    QString phone;
    QString interest;
    Temperature rating = Temperature::Warm;
    QString notes;
    bool consent = false;
};

// Whether the email or phone being typed is already known. Only counts: booth
// staff see nothing of the database.
struct DuplicateHint
{
    int contacts = 0;
    int leads = 0;
    bool any() const { return contacts + leads > 0; }
};

// Captures trade-show leads for one event. Each lead is written in one transaction,
// with its consent (given or not, and the version of the consent text shown) and
// the hand-off to sales the rules make for trade-show leads, and is on disk when
// save() returns: on SQLite the connection syncs every commit while a capture
// session is open, so a power cut after "Saved" loses nothing.
class BoothCapture
{
    Q_DECLARE_TR_FUNCTIONS(BoothCapture)

public:
    BoothCapture(Database &db, QString event, QString consentTextVersion);
    ~BoothCapture();
    BoothCapture(const BoothCapture &) = delete;
    BoothCapture &operator=(const BoothCapture &) = delete;

    QString event() const { return m_event; }
    QString consentTextVersion() const { return m_consentTextVersion; }

    // The events (campaigns of kind event) a booth can capture for, newest first.
    static QStringList events(Database &db);
    // The event of that name, created (as an exhibition starting today) when there is none.
    static void ensureEvent(Database &db, const QString &name);

    // What is wrong with an entry, by field ("email", "phone", "lastName").
    FieldErrors check(const BoothEntry &entry) const;
    // Saves the entry as a trade-show lead of the event and returns its id; throws
    // StoreError saying what is wrong, writing nothing.
    QString save(const BoothEntry &entry);
    // Leads captured for this event since local midnight.
    qint64 capturedToday() const;
    DuplicateHint possibleDuplicates(const QString &email, const QString &phone) const;
    // The phone as it will be stored: E.164 when it is a valid number in the
    // default region (or has a country code), else as typed.
    QString normalizedPhone(const QString &phone) const;

private:
    Database &m_db;
    QString m_event;
    QString m_consentTextVersion;
    QString m_region;
    bool m_serverCounts = false;
};

} // namespace loopline
