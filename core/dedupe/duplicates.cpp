#include "duplicates.h"

#include "leads/leadconversion.h"
#include "records/phone.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/timelinestore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr int kLargestCompanyCompared = 200; // contacts of one company compared pairwise

struct Candidate
{
    QString id;
    qint64 seq = 0;
    QString name;
};

// Collects pairs once each, the older record first.
class PairSet
{
public:
    explicit PairSet(int limit)
        : m_limit(limit)
    {
    }
    bool full() const { return m_pairs.size() >= m_limit; }
    void add(Candidate a, Candidate b, const QString &reason, int confidence)
    {
        if (a.id == b.id || full())
            return;
        if (b.seq < a.seq)
            std::swap(a, b);
        const QString key = a.id + u'|' + b.id;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_pairs.append({a.id, b.id, a.name, b.name, reason, confidence});
    }
    // Every record of a group with its first (oldest) one.
    void addGroup(QList<Candidate> group, const QString &reason, int confidence)
    {
        std::sort(
            group.begin(), group.end(), [](const Candidate &x, const Candidate &y) { return x.seq < y.seq; });
        for (qsizetype i = 1; i < group.size(); ++i)
            add(group.first(), group.at(i), reason, confidence);
    }
    QList<DuplicatePair> take()
    {
        std::stable_sort(m_pairs.begin(), m_pairs.end(),
            [](const DuplicatePair &x, const DuplicatePair &y) { return x.confidence > y.confidence; });
        return m_pairs;
    }

private:
    int m_limit;
    QSet<QString> m_seen;
    QList<DuplicatePair> m_pairs;
};

const QString kContactName = u"TRIM(c.first_name || ' ' || c.last_name)"_s;

Candidate readCandidate(const QSqlQuery &q, int at)
{
    return {q.value(at).toString(), q.value(at + 1).toLongLong(), q.value(at + 2).toString()};
}

// Keys whose rows are grouped: rows come sorted by key, a group ends where the key changes.
void groupSorted(QSqlQuery &q, const std::function<void(const QList<Candidate> &)> &onGroup)
{
    QString key;
    QList<Candidate> group;
    while (q.next()) {
        const QString k = q.value(0).toString();
        if (k != key) {
            if (group.size() > 1)
                onGroup(group);
            group.clear();
            key = k;
        }
        const Candidate c = readCandidate(q, 1);
        if (std::none_of(group.cbegin(), group.cend(), [&](const Candidate &g) { return g.id == c.id; }))
            group.append(c);
    }
    if (group.size() > 1)
        onGroup(group);
}

bool namesAlike(const QString &firstA, const QString &lastA, const QString &firstB, const QString &lastB)
{
    const QString la = lastA.trimmed().toLower(), lb = lastB.trimmed().toLower();
    const QString fa = firstA.trimmed().toLower(), fb = firstB.trimmed().toLower();
    if (la.isEmpty() || lb.isEmpty())
        return false;
    if (la == lb && (fa.isEmpty() || fb.isEmpty() || fa.at(0) == fb.at(0)))
        return true;
    const QString a = fa + u' ' + la, b = fb + u' ' + lb;
    // A typo or two in names long enough for that to mean something.
    return a.size() >= 8 && b.size() >= 8 && DuplicateFinder::editDistance(a, b) <= 2;
}

} // namespace

int DuplicateFinder::editDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower(), y = b.toLower();
    QList<int> previous(y.size() + 1), current(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int substitution = previous[j - 1] + (x.at(i - 1) == y.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[y.size()];
}

QString DuplicateFinder::companyKey(const QString &name)
{
    static const QStringList legalForms
        = {u"ооо"_s, u"оао"_s, u"зао"_s, u"пао"_s, u"ао"_s, u"ип"_s, u"тов"_s, u"пп"_s, u"прат"_s, u"пат"_s,
            u"llc"_s, u"ltd"_s, u"limited"_s, u"inc"_s, u"corp"_s, u"corporation"_s, u"co"_s, u"gmbh"_s,
            u"ag"_s, u"plc"_s, u"sa"_s, u"srl"_s, u"bv"_s, u"oy"_s, u"ab"_s, u"sp"_s, u"zoo"_s};
    QString cleaned;
    for (const QChar c : name.toLower())
        cleaned += c.isLetterOrNumber() ? c : u' ';
    QStringList words = cleaned.split(u' ', Qt::SkipEmptyParts);
    words.removeIf([](const QString &w) { return legalForms.contains(w); });
    return words.join(u' ');
}

QList<DuplicatePair> DuplicateFinder::contacts(int limit) const
{
    PairSet pairs(limit);
    const QString select = u"c.id, c.seq, "_s + kContactName + u" FROM contacts c "_s;

    // 1. The same email in any letter case.
    {
        QSqlQuery q = m_db.run(u"SELECT lower(e.address), "_s + select
            + u"JOIN contact_emails e ON e.contact_id = c.id WHERE lower(e.address) IN (SELECT "
              u"lower(address) FROM "
              "contact_emails GROUP BY lower(address) HAVING COUNT(DISTINCT contact_id) > 1) "
              "ORDER BY lower(e.address), c.seq"_s);
        groupSorted(q, [&](const QList<Candidate> &group) { pairs.addGroup(group, tr("same email"), 100); });
    }
    // 2. The same phone however it was written (E.164 when it is a valid number).
    {
        const QString region = LeadConversion::defaultRegion(m_db);
        QHash<QString, QList<Candidate>> byPhone;
        QSqlQuery q
            = m_db.run(u"SELECT p.number, "_s + select + u"JOIN contact_phones p ON p.contact_id = c.id"_s);
        static const QRegularExpression e164(u"^\\+[0-9]{7,15}$"_s);
        while (q.next()) {
            const QString number = q.value(0).toString();
            const QString key
                = e164.match(number).hasMatch() ? number : phone::normalizedForMatching(number, region);
            if (key.size() >= 5)
                byPhone[key].append(readCandidate(q, 1));
        }
        for (auto it = byPhone.cbegin(); it != byPhone.cend(); ++it) {
            if (it.value().size() > 1)
                pairs.addGroup(it.value(), tr("same phone"), 90);
        }
    }
    // 3. A similar name at the same company, one company at a time.
    {
        QSqlQuery q = m_db.run(u"SELECT c.company_id, c.id, c.seq, "_s + kContactName
            + u", c.first_name, c.last_name FROM contacts c WHERE c.company_id IS NOT NULL "
              "ORDER BY c.company_id, c.seq"_s);
        QString company;
        QList<QStringList> group; // id, seq, name, first, last
        auto compare = [&] {
            if (group.size() < 2 || group.size() > kLargestCompanyCompared)
                return;
            for (qsizetype i = 0; i < group.size(); ++i) {
                for (qsizetype j = i + 1; j < group.size(); ++j) {
                    const QStringList &a = group.at(i), &b = group.at(j);
                    if (namesAlike(a.at(3), a.at(4), b.at(3), b.at(4)))
                        pairs.add({a.at(0), a.at(1).toLongLong(), a.at(2)},
                            {b.at(0), b.at(1).toLongLong(), b.at(2)}, tr("similar name at the same company"),
                            70);
                }
            }
        };
        while (q.next() && !pairs.full()) {
            if (q.value(0).toString() != company) {
                compare();
                group.clear();
                company = q.value(0).toString();
            }
            group.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toString()});
        }
        compare();
    }
    return pairs.take();
}

QList<DuplicatePair> DuplicateFinder::companies(int limit) const
{
    PairSet pairs(limit);
    {
        QSqlQuery q
            = m_db.run(u"SELECT lower(domain), id, seq, name FROM companies WHERE domain <> '' AND "
                       "lower(domain) IN (SELECT lower(domain) FROM companies WHERE domain <> '' GROUP BY "
                       "lower(domain) HAVING COUNT(*) > 1) ORDER BY lower(domain), seq"_s);
        groupSorted(
            q, [&](const QList<Candidate> &group) { pairs.addGroup(group, tr("same web domain"), 100); });
    }
    {
        QHash<QString, QList<Candidate>> byName;
        QSqlQuery q = m_db.run(u"SELECT id, seq, name FROM companies"_s);
        while (q.next()) {
            const QString key = companyKey(q.value(2).toString());
            if (!key.isEmpty())
                byName[key].append(readCandidate(q, 0));
        }
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            if (it.value().size() > 1)
                pairs.addGroup(it.value(), tr("same name"), 80);
        }
    }
    return pairs.take();
}

void Merger::updateKeepingConsentHistory(const Contact &contact)
{
    // The consent state comes from one of the two records, whose history is already
    // there: the update must not add an entry of its own.
    const QStringList before = idsOf(u"SELECT id FROM consent_events WHERE contact_id = ?"_s, contact.id);
    ContactStore(m_db).update(contact);
    for (const QString &id : idsOf(u"SELECT id FROM consent_events WHERE contact_id = ?"_s, contact.id)) {
        if (!before.contains(id))
            m_db.run(u"DELETE FROM consent_events WHERE id = ?"_s, {id});
    }
}

QStringList Merger::idsOf(const QString &sql, const QString &id) const
{
    QStringList ids;
    QSqlQuery q = m_db.run(sql, {id});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

ContactMergeRecord Merger::mergeContacts(const Contact &result, const QString &otherId)
{
    if (result.id == otherId)
        throw StoreError(tr("A contact cannot be merged with itself."));
    Transaction tx(m_db);
    ContactStore store(m_db);
    const std::optional<Contact> kept = store.get(result.id);
    const std::optional<Contact> other = store.get(otherId);
    if (!kept || !other)
        throw StoreError(tr("One of the contacts was deleted by someone else."));
    ContactMergeRecord record;
    record.keptBefore = *kept;
    record.removed = *other;
    record.movedLeads = idsOf(u"SELECT id FROM leads WHERE contact_id = ?"_s, otherId);
    record.movedConsent = idsOf(u"SELECT id FROM consent_events WHERE contact_id = ?"_s, otherId);
    record.movedTimeline
        = idsOf(u"SELECT id FROM timeline WHERE entity = 'contact' AND entity_id = ?"_s, otherId);
    record.movedTasks = idsOf(u"SELECT id FROM tasks WHERE entity = 'contact' AND entity_id = ?"_s, otherId);
    for (const QString &deal : other->dealIds) {
        if (!kept->dealIds.contains(deal))
            record.addedDealLinks << deal;
    }

    m_db.run(u"UPDATE leads SET contact_id = ? WHERE contact_id = ?"_s, {result.id, otherId});
    m_db.run(u"UPDATE consent_events SET contact_id = ? WHERE contact_id = ?"_s, {result.id, otherId});
    m_db.run(u"UPDATE timeline SET entity_id = ? WHERE entity = 'contact' AND entity_id = ?"_s,
        {result.id, otherId});
    m_db.run(
        u"UPDATE tasks SET entity_id = ? WHERE entity = 'contact' AND entity_id = ?"_s, {result.id, otherId});
    for (const QString &deal : std::as_const(record.addedDealLinks))
        m_db.run(u"INSERT INTO deal_contacts (deal_id, contact_id) VALUES (?, ?)"_s, {deal, result.id});
    m_db.run(u"DELETE FROM contacts WHERE id = ?"_s, {otherId});

    // Both people's emails and phones stay reachable.
    Contact merged = result;
    for (const EmailAddress &e : other->emails + kept->emails) {
        if (std::none_of(merged.emails.cbegin(), merged.emails.cend(), [&](const EmailAddress &m) {
                return m.address.compare(e.address, Qt::CaseInsensitive) == 0;
            }))
            merged.emails << e;
    }
    for (const PhoneNumber &p : other->phones + kept->phones) {
        if (std::none_of(merged.phones.cbegin(), merged.phones.cend(),
                [&](const PhoneNumber &m) { return m.number == p.number; }))
            merged.phones << p;
    }
    updateKeepingConsentHistory(merged);
    record.mergeEntryId = TimelineStore(m_db).add(
        u"contact"_s, result.id, u"merged"_s, tr("Merged with the duplicate %1").arg(other->displayName()));
    tx.commit();
    return record;
}

void Merger::undo(const ContactMergeRecord &record)
{
    Transaction tx(m_db);
    const QString kept = record.keptBefore.id;
    if (!m_db.scalar(u"SELECT 1 FROM contacts WHERE id = ?"_s, {kept}).isValid())
        throw StoreError(
            tr("%1 was deleted meanwhile; the merge cannot be undone.").arg(record.keptBefore.displayName()));
    m_db.run(u"DELETE FROM timeline WHERE id = ?"_s, {record.mergeEntryId});
    ContactStore store(m_db);
    store.restore(record.removed);
    for (const QString &id : record.movedLeads)
        m_db.run(u"UPDATE leads SET contact_id = ? WHERE id = ?"_s, {record.removed.id, id});
    for (const QString &id : record.movedConsent)
        m_db.run(u"UPDATE consent_events SET contact_id = ? WHERE id = ?"_s, {record.removed.id, id});
    for (const QString &id : record.movedTimeline)
        m_db.run(u"UPDATE timeline SET entity_id = ? WHERE id = ?"_s, {record.removed.id, id});
    for (const QString &id : record.movedTasks)
        m_db.run(u"UPDATE tasks SET entity_id = ? WHERE id = ?"_s, {record.removed.id, id});
    for (const QString &deal : record.addedDealLinks)
        m_db.run(u"DELETE FROM deal_contacts WHERE deal_id = ? AND contact_id = ?"_s, {deal, kept});
    updateKeepingConsentHistory(record.keptBefore);
    tx.commit();
}

CompanyMergeRecord Merger::mergeCompanies(const Company &result, const QString &otherId)
{
    if (result.id == otherId)
        throw StoreError(tr("A company cannot be merged with itself."));
    Transaction tx(m_db);
    CompanyStore store(m_db);
    const std::optional<Company> kept = store.get(result.id);
    const std::optional<Company> other = store.get(otherId);
    if (!kept || !other)
        throw StoreError(tr("One of the companies was deleted by someone else."));
    CompanyMergeRecord record;
    record.keptBefore = *kept;
    record.removed = *other;
    record.movedLeads = idsOf(u"SELECT id FROM leads WHERE company_id = ?"_s, otherId);
    record.movedTimeline
        = idsOf(u"SELECT id FROM timeline WHERE entity = 'company' AND entity_id = ?"_s, otherId);
    record.movedTasks = idsOf(u"SELECT id FROM tasks WHERE entity = 'company' AND entity_id = ?"_s, otherId);

    for (const QString &table : {u"contacts"_s, u"deals"_s})
        m_db.run(u"UPDATE "_s + table + u" SET company_id = ?, company_name = ? WHERE company_id = ?"_s,
            {result.id, kept->name, otherId});
    m_db.run(u"UPDATE leads SET company_id = ? WHERE company_id = ?"_s, {result.id, otherId});
    m_db.run(u"UPDATE timeline SET entity_id = ? WHERE entity = 'company' AND entity_id = ?"_s,
        {result.id, otherId});
    m_db.run(
        u"UPDATE tasks SET entity_id = ? WHERE entity = 'company' AND entity_id = ?"_s, {result.id, otherId});
    m_db.run(u"DELETE FROM companies WHERE id = ?"_s, {otherId});
    store.update(result); // a new name follows to every contact and deal
    record.mergeEntryId = TimelineStore(m_db).add(
        u"company"_s, result.id, u"merged"_s, tr("Merged with the duplicate %1").arg(other->name));
    tx.commit();
    return record;
}

void Merger::undo(const CompanyMergeRecord &record)
{
    Transaction tx(m_db);
    if (!m_db.scalar(u"SELECT 1 FROM companies WHERE id = ?"_s, {record.keptBefore.id}).isValid())
        throw StoreError(
            tr("%1 was deleted meanwhile; the merge cannot be undone.").arg(record.keptBefore.name));
    m_db.run(u"DELETE FROM timeline WHERE id = ?"_s, {record.mergeEntryId});
    CompanyStore store(m_db);
    store.update(record.keptBefore);
    // Its contacts and deals went to the kept company; restore() takes back those without one.
    for (const QString &id : record.removed.contactIds)
        m_db.run(u"UPDATE contacts SET company_id = NULL WHERE id = ? AND company_id = ?"_s,
            {id, record.keptBefore.id});
    for (const QString &id : record.removed.dealIds)
        m_db.run(u"UPDATE deals SET company_id = NULL WHERE id = ? AND company_id = ?"_s,
            {id, record.keptBefore.id});
    store.restore(record.removed);
    for (const QString &id : record.movedLeads)
        m_db.run(u"UPDATE leads SET company_id = ? WHERE id = ?"_s, {record.removed.id, id});
    for (const QString &id : record.movedTimeline)
        m_db.run(u"UPDATE timeline SET entity_id = ? WHERE id = ?"_s, {record.removed.id, id});
    for (const QString &id : record.movedTasks)
        m_db.run(u"UPDATE tasks SET entity_id = ? WHERE id = ?"_s, {record.removed.id, id});
    tx.commit();
}

} // namespace loopline
