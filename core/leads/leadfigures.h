#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace loopline {

class Database;

// What an SDR earns per lead that reaches a mark, in minor units of currency.
struct BonusRates
{
    qint64 perConvertedMinor = 0;
    qint64 perSqlMinor = 0;
    qint64 perSalMinor = 0;
    QString currency = QStringLiteral("EUR");

    // The stored rates (settings key "bonus"), or zero rates.
    static BonusRates load(Database &db);
    void save(Database &db) const;

    bool operator==(const BonusRates &) const = default;
};

// The SDR and funnel figures of a period; see LeadFiguresQuery for what each counts.
struct LeadFigures
{
    static constexpr int kSteps = 9;

    qint64 leadsReceived = 0;
    qint64 leadsTaken = 0;
    std::optional<qint64> medianFirstResponseMs;
    qint64 slaBreaches = 0;
    double slaBreachShare = 0; // breaches / leads that came due in the period
    // [i]: leads received in the period with max_step >= i; [0] unused.
    QList<qint64> reachedStep = QList<qint64>(kSteps + 1, 0);
    qint64 mql = 0;
    qint64 sql = 0;
    qint64 sal = 0;
    qint64 converted = 0;

    // The share of leads at fromStep that went on to reach toStep; 0 when none reached fromStep.
    double conversion(int fromStep, int toStep) const;
};

// Lead figures over a period [from, to), for one SDR or everyone, aggregated by
// the database. Received and reached steps count leads received in the period;
// taken and the median first response, leads first answered in it; MQL, SQL, SAL
// and converted, leads whose mark falls in it. The SLA share counts leads that came
// due in the period (and before now): a breach is a first response after the due
// time, or none yet. With an SDR set, only that SDR's leads count, so leads nobody
// has taken yet belong to no SDR.
class LeadFiguresQuery
{
public:
    explicit LeadFiguresQuery(const Database &db);

    // An invalid bound leaves that side of the period open.
    void setPeriod(const QDateTime &from, const QDateTime &to);
    void setSdr(const QString &sdr); // empty = everyone

    LeadFigures compute() const;
    // The SDR's bonus for the period: converted, SQL and SAL marks reached in it on
    // leads the SDR took, times the rates. With no SDR set, the whole team's.
    qint64 bonusMinor(const BonusRates &rates) const;

private:
    // The period and now as a one-row table "p" (f, t, now_ms), and its bound values.
    QString periodTable(QVariantList &values) const;
    // The WHERE condition choosing the SDR's leads; with no SDR, all or only taken ones.
    QString sdrCondition(bool takenOnly, QVariantList &values) const;
    void addCounts(LeadFigures &figures) const;
    void addMedian(LeadFigures &figures) const;

    const Database &m_db;
    qint64 m_fromMs;
    qint64 m_toMs;
    QString m_sdr;
};

} // namespace loopline
