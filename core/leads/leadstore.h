#pragma once

#include "leads/lead.h"
#include "leads/scoring.h"
#include "records/validation.h"
#include "store/database.h"

#include <optional>

namespace loopline {

// Where leads come from; the built-in ones have stable ids and translated names.
struct LeadSource
{
    QString id;
    QString name;
    int position = 0;
};

// Reads and writes leads: their details, every status move with who, when and why,
// the first response that stops the SLA clock, questionnaire answers, behaviour
// signals and the score they add up to. All rules of LeadLifecycle are enforced
// here, so no way into the database skips them.
class LeadStore
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)

public:
    explicit LeadStore(Database &db)
        : m_db(db)
    {
    }

    static FieldErrors validate(const Lead &lead);

    // Records a new lead: status New, the SLA due time from the working hours, and the
    // hand-off rules applied (a trade-show lead goes to sales at once).
    QString create(Lead lead);
    // Saves the details (not the status, answers or signals, which have their own calls).
    void update(const Lead &lead);
    std::optional<Lead> get(const QString &id) const;
    // The lead a deal was converted from, if any.
    std::optional<Lead> findByDeal(const QString &dealId) const;
    void remove(const QString &id);
    qint64 count() const;

    // Everything remove() takes away, to put it back on undo.
    struct Snapshot
    {
        Lead lead;
        QList<LeadStatusChange> history;
        QList<LeadSignal> behaviour;
    };
    Snapshot snapshot(const QString &id) const;
    void restore(const Snapshot &snapshot);

    // An SDR takes a lead from the queue: it becomes theirs, moves to "received by
    // SDR", and its first-response time is recorded. Refused when someone was faster.
    void take(const QString &id, const QString &sdr = {});
    // Moves a lead to another status if LeadLifecycle allows it with this context
    // (the questionnaire's completeness is read from the lead itself).
    void move(const QString &id, LeadStatus to, const LeadLifecycle::Context &context = {});
    QList<LeadStatusChange> history(const QString &id) const;

    // Stores the answers under the given questionnaire version and scores the lead again.
    void saveAnswers(const QString &id, const QString &versionId, const QVariantMap &answers);
    QString addSignal(const QString &leadId, LeadSignal signal);
    void removeSignal(const QString &signalId);
    QList<LeadSignal> behaviour(const QString &leadId) const;
    // The lead's score with the reasons for it, computed from what is stored now.
    Score score(const QString &id) const;

    // The partner reported the amount of its deal: the commission follows from the rate.
    void reportPartnerDeal(const QString &id, qint64 amountMinor, const QString &currency);

    // Fast inserts of complete leads (demo data, imports, the benchmark) inside the
    // caller's transaction: no hand-off, no scoring; the given history is written as is.
    class BulkWriter
    {
    public:
        explicit BulkWriter(Database &db);
        void add(Lead lead, const QList<LeadStatusChange> &history = {});
        qint64 written() const { return m_written; }

    private:
        Database &m_db;
        BulkWriteScope m_bulk;
        QSqlQuery m_insert;
        QSqlQuery m_history;
        qint64 m_written = 0;
    };

    QList<LeadSource> sources() const;
    QString addSource(const QString &name);
    static QString sourceDisplayName(const LeadSource &source);
    QString sourceDisplayName(const QString &sourceId) const;
    static QString temperatureDisplayName(Temperature t);
    static QString handOffDisplayName(HandOff h);

private:
    Lead requireLead(const QString &id) const;
    void insertRow(Lead &lead);
    void addHistory(
        const QString &leadId, std::optional<LeadStatus> from, LeadStatus to, const QString &comment);
    void rescore(const QString &id);
    Database &m_db;
};

} // namespace loopline
