#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace loopline {

// One entry of a person's marketing consent: given or withdrawn, when, where and
// under which version of the consent text.
struct ConsentEvent
{
    QString id;
    bool given = false;
    QDateTime at;
    QString source;
    QString textVersion;
    QString author;
    QString leadId; // set when it was given on a lead (a booth, a web form)
};

// A person's rights over their data (seed 003, consent): the history of their
// consent, a copy of everything held about them, and erasure.
class Privacy
{
    Q_DECLARE_TR_FUNCTIONS(Privacy)

public:
    explicit Privacy(Database &db)
        : m_db(db)
    {
    }

    // Oldest first.
    QList<ConsentEvent> consentHistory(const QString &contactId) const;
    // Records consent given or withdrawn and makes it the contact's current state, in
    // one transaction. Giving needs a source and a text version; withdrawing a source.
    void recordConsent(
        const QString &contactId, bool given, const QString &source, const QString &textVersion);

    // Everything held about the contact, for a subject-access request: the contact,
    // their emails, phones, company, consent history, timeline, deals and leads.
    QByteArray exportJson(const QString &contactId) const;
    // The contact as a vCard 4.0 file.
    QByteArray exportVCard(const QString &contactId) const;

    // Erases the contact: the contact with their emails, phones, consent history and
    // timeline is deleted, their leads (linked, or with one of their emails) keep
    // their funnel figures but lose every personal field, and a tombstone records the
    // erasure (when, by whom, why) so that it holds on every synced copy and nothing
    // can bring the person back. One transaction; cannot be undone.
    void erase(const QString &contactId, const QString &reason);
    bool isErased(const QString &entity, const QString &id) const;

private:
    Database &m_db;
};

} // namespace loopline
