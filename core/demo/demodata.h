#pragma once

#include "leads/lead.h"
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

    // A lead that arrived some time before the demo's "now" and went as far as chance
    // took it through the lifecycle, with the history of its moves.
    struct LeadWithHistory
    {
        Lead lead;
        QList<LeadStatusChange> history;
    };
    LeadWithHistory makeLead();

    struct Counts
    {
        qint64 companies = 0;
        qint64 contacts = 0;
        qint64 deals = 0;
        qint64 leads = 0;
    };
    // Progress callback: (done, total); return false to cancel. Returns false when cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Adds `contacts` contacts, one company per eight contacts and one deal per five,
    // in transactions of a few thousand rows. Throws StoreError on failure.
    // Also adds one lead per two contacts, the sales team, and a few new leads waiting in
    // the SDR queue (received in the last 45 minutes of the database's clock).
    bool fill(Database &db, qint64 contacts, const Progress &progress = {}, Counts *counts = nullptr);
    // Adds `leads` worked leads in transactions of a few thousand rows.
    bool fillLeads(Database &db, qint64 leads, const Progress &progress = {});
    // Adds new leads to the SDR queue, received over the last 45 minutes.
    void fillQueue(Database &db, int leads);

    static QString transliterate(const QString &text);
    // The demo's segment for a company of this industry (translated; one of four).
    static QString segmentOfIndustry(const QString &industry);

private:
    struct CompanyRef
    {
        QString id;
        QString name;
        QString domain;
        QString segment;
    };
    int pick(int size) { return int(m_random.bounded(size)); }
    bool chance(int percent) { return pick(100) < percent; }
    void addTeam(Database &db);
    void addRates(Database &db);
    void addFollowUps(Database &db);
    void addCampaigns(Database &db);
    void addCompetitors(Database &db);
    void addSegments(Database &db);
    void addCollateral(Database &db);
    void linkConvertedLeads(Database &db);
    void writeDealCompetitors(Database &db);
    void closeDeal(Deal &deal);
    QList<CompanyRef> m_companies;
    QStringList m_segmentByKind; // the segment of each of kIndustries
    QList<Deal> m_followUps; // open deals that get a task when the fill ends
    QStringList m_competitorIds;
    QList<QPair<QString, QString>> m_dealCompetitors; // deal, competitor it was up against
    QRandomGenerator m_random;
    qint64 m_nowMs;
};

} // namespace loopline
