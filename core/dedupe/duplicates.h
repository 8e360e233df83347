#pragma once

#include "records/records.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QList>

namespace loopline {

// Two records that are probably the same person or company, and why.
struct DuplicatePair
{
    QString firstId; // the older record (kept by default)
    QString secondId;
    QString firstName;
    QString secondName;
    QString reason; // "same email", "same phone", "similar name at the same company"…
    int confidence = 0; // 100 exact (email, domain), lower for fuzzy matches
};

// Finds probable duplicates: contacts with the same email (any letter case), the same
// phone (E.164 or the same digits), or a similar name at the same company (same last
// name and first initial, or names a typo or two apart); companies with the same web
// domain or the same name once legal forms and quotes are set aside. Exact matches
// are found by SQL joins on indexed columns; the fuzzy name match compares the
// contacts of one company at a time.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(Database &db)
        : m_db(db)
    {
    }

    // At most limit pairs, the surest first; each pair once.
    QList<DuplicatePair> contacts(int limit = 1000) const;
    QList<DuplicatePair> companies(int limit = 1000) const;

    // Letters apart: insertions, deletions and substitutions (case-insensitive).
    static int editDistance(const QString &a, const QString &b);
    // "ООО «Ромашка»", "Romashka LLC" → "ромашка", "romashka".
    static QString companyKey(const QString &name);

private:
    Database &m_db;
};

// What a contact merge changed, enough to undo it exactly.
struct ContactMergeRecord
{
    Contact keptBefore; // the kept contact as it was
    Contact removed; // the merged-away contact, as get() read it (with its deal links)
    QStringList addedDealLinks; // deals linked to the kept contact by the merge
    QStringList movedLeads;
    QStringList movedConsent;
    QStringList movedTimeline;
    QStringList movedTasks;
    QString mergeEntryId; // the kept contact's timeline entry about the merge
};

struct CompanyMergeRecord
{
    Company keptBefore;
    Company removed; // with its contact and deal ids
    QStringList movedLeads;
    QStringList movedTimeline;
    QStringList movedTasks;
    QString mergeEntryId;
};

// Merges two records into one, with the fields the user chose; everything that
// pointed to the other one (deals, leads, consent, timeline, tasks) moves to the kept
// one, so both timelines stay. One transaction; undo() puts both back as they were.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(Merger)

public:
    explicit Merger(Database &db)
        : m_db(db)
    {
    }

    // result: the kept contact's id with the chosen field values; emails and phones of
    // both are kept (without repeats) unless result lists them already.
    ContactMergeRecord mergeContacts(const Contact &result, const QString &otherId);
    void undo(const ContactMergeRecord &record);

    CompanyMergeRecord mergeCompanies(const Company &result, const QString &otherId);
    void undo(const CompanyMergeRecord &record);

private:
    QStringList idsOf(const QString &sql, const QString &id) const;
    void updateKeepingConsentHistory(const Contact &contact);
    Database &m_db;
};

} // namespace loopline
