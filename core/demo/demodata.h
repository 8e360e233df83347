#pragma once

#include "records/records.h"
#include "store/database.h"

#include <QRandomGenerator>
#include <functional>

namespace loopline {

// Makes realistic, reproducible CRM records (English, Russian and Ukrainian
// names, companies with domains, deals in several currencies) so a new user sees
// a living CRM and the benchmark has data. The same seed gives the same records.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    explicit DemoDataGenerator(quint32 seed = 20261123);

    Company makeCompany();
    // A contact working at one of the companies made so far (or at none).
    Contact makeContact();
    // A deal with one of the companies made so far and some of the given contacts.
    Deal makeDeal(const QStringList &contactIds);

    struct Counts
    {
        qint64 companies = 0;
        qint64 contacts = 0;
        qint64 deals = 0;
    };
    // Progress callback: (done, total); return false to cancel. Returns false when cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Adds `contacts` contacts, one company per eight contacts and one deal per five,
    // in transactions of a few thousand rows. Throws StoreError on failure.
    bool fill(Database &db, qint64 contacts, const Progress &progress = {}, Counts *counts = nullptr);

    static QString transliterate(const QString &text);

private:
    struct CompanyRef
    {
        QString id;
        QString name;
        QString domain;
    };
    int pick(int size) { return int(m_random.bounded(size)); }
    QList<CompanyRef> m_companies;
    QRandomGenerator m_random;
    qint64 m_nowMs;
};

} // namespace loopline
