#include "leadstore.h"

#include "campaigns/campaignstore.h"
#include "leads/handoff.h"
#include "leads/questionnaire.h"
#include "leads/workinghours.h"
#include "records/money.h"
#include "segments/segmentstore.h"
#include "segments/segmentstore.h"
#include "store/changelog.h"
#include "store/sqlvalues.h"
#include "store/timelinestore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kColumns
    = u"id, first_name, last_name, email, phone, job_title, company_name, contact_id, "
      "company_id, deal_id, source_id, campaign, territory, segment, interest, owner, sdr, "
      "status, max_step, handoff, rating, temperature, score, questionnaire_version_id, "
      "answers, questionnaire_complete, received_at, sla_due_at, first_response_at, "
      "first_response_ms, mql_at, sql_at, sal_at, converted_at, disqualify_reason, partner, "
      "commission_bp, partner_deal_minor, partner_currency, commission_minor, notes, "
      "created_at, updated_at"_s;

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

Lead leadFrom(const QSqlQuery &q)
{
    int i = 0;
    auto next = [&] { return q.value(i++); };
    Lead l;
    l.id = next().toString();
    l.firstName = next().toString();
    l.lastName = next().toString();
    l.email = next().toString();
    l.phone = next().toString();
    l.jobTitle = next().toString();
    l.companyName = next().toString();
    l.contactId = next().toString();
    l.companyId = next().toString();
    l.dealId = next().toString();
    l.sourceId = next().toString();
    l.campaign = next().toString();
    l.territory = next().toString();
    l.segment = next().toString();
    l.interest = next().toString();
    l.owner = next().toString();
    l.sdr = next().toString();
    l.status = LeadLifecycle::fromKey(next().toString()).value_or(LeadStatus::New);
    l.maxStep = next().toInt();
    l.handOff = handOffFromKey(next().toString());
    l.rating = temperatureFromKey(next().toString());
    l.temperature = temperatureFromKey(next().toString()).value_or(Temperature::Cold);
    l.score = next().toInt();
    l.questionnaireVersionId = next().toString();
    l.answers = Questionnaire::answersFromJson(next().toString());
    l.questionnaireComplete = next().toInt() != 0;
    l.receivedAt = sql::instant(next());
    l.slaDueAt = sql::instant(next());
    l.firstResponseAt = sql::instant(next());
    l.firstResponseMs = optionalInt(next()).value_or(-1);
    l.mqlAt = sql::instant(next());
    l.sqlAt = sql::instant(next());
    l.salAt = sql::instant(next());
    l.convertedAt = sql::instant(next());
    l.disqualifyReason = next().toString();
    l.partner = next().toString();
    l.commissionBasisPoints = next().toInt();
    l.partnerDealMinor = optionalInt(next());
    l.partnerCurrency = next().toString();
    l.commissionMinor = optionalInt(next());
    l.notes = next().toString();
    l.createdAt = sql::instant(next());
    l.updatedAt = sql::instant(next());
    return l;
}

QString answersJson(const QVariantMap &answers)
{
    return answers.isEmpty() ? u""_s : Questionnaire::answersToJson(answers);
}

QString insertStatement()
{
    QStringList marks;
    for (qsizetype i = 0, n = kColumns.count(u','); i <= n; ++i)
        marks << u"?"_s;
    return u"INSERT INTO leads ("_s + kColumns + u") VALUES ("_s + marks.join(u", "_s) + u')';
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

// Binds every column of kColumns, in its order.
void bindRow(QSqlQuery &q, const Lead &lead)
{
    const QVariantList values {lead.id, lead.firstName.trimmed(), lead.lastName.trimmed(),
        lead.email.trimmed(), lead.phone.trimmed(), lead.jobTitle.trimmed(), lead.companyName.trimmed(),
        sql::key(lead.contactId), sql::key(lead.companyId), sql::key(lead.dealId), lead.sourceId,
        lead.campaign.trimmed(), lead.territory.trimmed(), lead.segment.trimmed(), lead.interest.trimmed(),
        lead.owner, lead.sdr, LeadLifecycle::key(lead.status), lead.maxStep, handOffKey(lead.handOff),
        lead.rating ? temperatureKey(*lead.rating) : u""_s, temperatureKey(lead.temperature), lead.score,
        sql::key(lead.questionnaireVersionId), answersJson(lead.answers), lead.questionnaireComplete ? 1 : 0,
        sql::instant(lead.receivedAt), sql::instant(lead.slaDueAt), sql::instant(lead.firstResponseAt),
        lead.firstResponseMs < 0 ? optionalValue(std::nullopt) : optionalValue(lead.firstResponseMs),
        sql::instant(lead.mqlAt), sql::instant(lead.sqlAt), sql::instant(lead.salAt),
        sql::instant(lead.convertedAt), lead.disqualifyReason, lead.partner, lead.commissionBasisPoints,
        optionalValue(lead.partnerDealMinor), lead.partnerCurrency, optionalValue(lead.commissionMinor),
        lead.notes, sql::instant(lead.createdAt), sql::instant(lead.updatedAt)};
    for (const QVariant &v : values)
        q.addBindValue(sql::bindable(v));
}

const QString kInsertHistory
    = u"INSERT INTO lead_status_history (id, lead_id, from_status, to_status, at, author, "
      "comment) VALUES (?, ?, ?, ?, ?, ?, ?)"_s;

void bindHistory(QSqlQuery &q, const QString &leadId, const LeadStatusChange &c)
{
    for (const QVariant &v : QVariantList {c.id.isEmpty() ? Database::newId() : c.id, leadId,
             c.from ? LeadLifecycle::key(*c.from) : u""_s, LeadLifecycle::key(c.to), c.at.toMSecsSinceEpoch(),
             sql::text(c.author), sql::text(c.comment)})
        q.addBindValue(sql::bindable(v));
}

} // namespace

LeadStore::BulkWriter::BulkWriter(Database &db)
    : m_db(db)
    , m_bulk(db)
    , m_insert(db.prepare(insertStatement()))
    , m_history(db.prepare(kInsertHistory))
{
}

void LeadStore::BulkWriter::add(Lead lead, const QList<LeadStatusChange> &history)
{
    const FieldErrors errors = validate(lead);
    if (!errors.isEmpty())
        throw StoreError(
            tr("Lead %1 (%2): %3").arg(m_written + 1).arg(lead.displayName(), Validation::describe(errors)));
    if (lead.id.isEmpty())
        lead.id = Database::newId();
    if (!lead.receivedAt.isValid())
        lead.receivedAt = m_db.clock().now();
    if (!lead.slaDueAt.isValid())
        lead.slaDueAt = lead.receivedAt.addSecs(30 * 60);
    if (!lead.createdAt.isValid())
        lead.createdAt = lead.receivedAt;
    if (!lead.updatedAt.isValid())
        lead.updatedAt = lead.createdAt;
    try {
        bindRow(m_insert, lead);
        Database::exec(m_insert);
        for (const LeadStatusChange &change : history) {
            bindHistory(m_history, lead.id, change);
            Database::exec(m_history);
        }
    } catch (const StoreError &error) {
        throw StoreError(tr("Lead %1 (%2): %3").arg(m_written + 1).arg(lead.displayName(), error.message()),
            error.details());
    }
    ++m_written;
}

FieldErrors LeadStore::validate(const Lead &lead)
{
    FieldErrors errors;
    if (lead.firstName.trimmed().isEmpty() && lead.lastName.trimmed().isEmpty()
        && lead.email.trimmed().isEmpty() && lead.phone.trimmed().isEmpty()
        && lead.companyName.trimmed().isEmpty())
        errors << FieldError {
            u"lastName"_s, tr("A lead needs at least a name, an e-mail, a phone or a company.")};
    if (!lead.email.trimmed().isEmpty() && !Validation::isValidEmail(lead.email.trimmed()))
        errors << FieldError {
            u"email"_s, tr("E-mail: \"%1\" is not an e-mail address.").arg(lead.email.trimmed())};
    if (!lead.phone.trimmed().isEmpty() && !Validation::isValidPhone(lead.phone.trimmed()))
        errors << FieldError {
            u"phone"_s, tr("Phone: \"%1\" is not a phone number.").arg(lead.phone.trimmed())};
    if (lead.sourceId.isEmpty())
        errors << FieldError {u"source"_s, tr("Choose where the lead came from.")};
    return errors;
}

Lead LeadStore::requireLead(const QString &id) const
{
    std::optional<Lead> lead = get(id);
    if (!lead)
        throw StoreError(tr("The lead was deleted by someone else."));
    return *lead;
}

QString LeadStore::create(Lead lead)
{
    const FieldErrors errors = validate(lead);
    if (!errors.isEmpty())
        throw StoreError(Validation::describe(errors));
    if (!m_db.scalar(u"SELECT 1 FROM lead_sources WHERE id = ?"_s, {lead.sourceId}).isValid())
        throw StoreError(tr("There is no lead source \"%1\".").arg(lead.sourceId));
    if (lead.id.isEmpty())
        lead.id = Database::newId();
    lead.status = LeadStatus::New;
    lead.maxStep = 1;
    lead.handOff = HandOff::Queue;
    if (!lead.receivedAt.isValid())
        lead.receivedAt = m_db.clock().now();
    const SlaPolicy sla = SlaPolicy::load(m_db);
    lead.slaDueAt = QDateTime::fromMSecsSinceEpoch(sla.dueAt(lead.receivedAt.toMSecsSinceEpoch()), Qt::UTC);

    Transaction tx(m_db);
    lead.segment = SegmentStore(m_db).ensure(lead.segment); // a new name becomes a segment
    insertRow(lead);
    CampaignStore::linkLead(m_db, lead.id);
    addHistory(lead.id, std::nullopt, LeadStatus::New, {});
    TimelineStore(m_db).add(u"lead"_s, lead.id, u"created"_s, tr("Lead created"));
    rescore(lead.id);
    HandOffRouter(m_db).onArrival(lead.id);
    tx.commit();
    return lead.id;
}

void LeadStore::insertRow(Lead &lead)
{
    const QDateTime now = m_db.clock().now();
    if (!lead.createdAt.isValid())
        lead.createdAt = now;
    if (!lead.updatedAt.isValid())
        lead.updatedAt = now;
    QSqlQuery q = m_db.prepare(insertStatement());
    bindRow(q, lead);
    Database::exec(q);
}

LeadStore::Snapshot LeadStore::snapshot(const QString &id) const
{
    return {requireLead(id), history(id), behaviour(id)};
}

void LeadStore::restore(const Snapshot &snapshot)
{
    Lead lead = snapshot.lead;
    // Links to records deleted meanwhile are dropped rather than failing the undo.
    const auto exists = [this](const QString &table, const QString &id) {
        return !id.isEmpty() && m_db.scalar(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), {id}).isValid();
    };
    if (!exists(u"contacts"_s, lead.contactId))
        lead.contactId.clear();
    if (!exists(u"companies"_s, lead.companyId))
        lead.companyId.clear();
    if (!exists(u"deals"_s, lead.dealId))
        lead.dealId.clear();
    Transaction tx(m_db);
    insertRow(lead);
    CampaignStore::linkLead(m_db, lead.id);
    QSqlQuery history = m_db.prepare(kInsertHistory);
    for (const LeadStatusChange &c : snapshot.history) {
        bindHistory(history, lead.id, c);
        Database::exec(history);
    }
    for (const LeadSignal &signal : snapshot.behaviour)
        m_db.run(
            u"INSERT INTO lead_signals (id, lead_id, kind, at, share_percent, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {signal.id, lead.id, signalKindKey(signal.kind), signal.at.toMSecsSinceEpoch(),
                signal.sharePercent, sql::text(signal.note)});
    tx.commit();
}

void LeadStore::update(const Lead &lead)
{
    const FieldErrors errors = validate(lead);
    if (!errors.isEmpty())
        throw StoreError(Validation::describe(errors));
    const Lead before = requireLead(lead.id);
    ChangeDescription changes;
    changes.compare(tr("First name"), before.firstName, lead.firstName.trimmed());
    changes.compare(tr("Last name"), before.lastName, lead.lastName.trimmed());
    changes.compare(tr("E-mail"), before.email, lead.email.trimmed());
    changes.compare(tr("Phone"), before.phone, lead.phone.trimmed());
    changes.compare(tr("Job title"), before.jobTitle, lead.jobTitle.trimmed());
    changes.compare(tr("Company"), before.companyName, lead.companyName.trimmed());
    changes.compare(tr("Source"), sourceDisplayName(before.sourceId), sourceDisplayName(lead.sourceId));
    changes.compare(tr("Campaign"), before.campaign, lead.campaign.trimmed());
    changes.compare(tr("Territory"), before.territory, lead.territory.trimmed());
    changes.compare(tr("Segment"), before.segment, lead.segment.trimmed());
    changes.compare(tr("Interest"), before.interest, lead.interest.trimmed());
    changes.compare(tr("Owner"), before.owner, lead.owner);
    const auto ratingName
        = [](std::optional<Temperature> t) { return t ? temperatureDisplayName(*t) : QString(); };
    changes.compare(tr("Rating"), ratingName(before.rating), ratingName(lead.rating));
    changes.compare(tr("Notes"), before.notes, lead.notes);

    Transaction tx(m_db);
    const QString segment = SegmentStore(m_db).ensure(lead.segment);
    m_db.run(u"UPDATE leads SET first_name = ?, last_name = ?, email = ?, phone = ?, job_title = ?, "
             "company_name = ?, contact_id = ?, company_id = ?, source_id = ?, campaign = ?, territory = ?, "
             "segment = ?, interest = ?, owner = ?, rating = ?, notes = ?, updated_at = ? WHERE id = ?"_s,
        {lead.firstName.trimmed(), lead.lastName.trimmed(), lead.email.trimmed(), lead.phone.trimmed(),
            lead.jobTitle.trimmed(), lead.companyName.trimmed(), sql::key(lead.contactId),
            sql::key(lead.companyId), lead.sourceId, lead.campaign.trimmed(), lead.territory.trimmed(),
            segment, lead.interest.trimmed(), sql::text(lead.owner),
            lead.rating ? temperatureKey(*lead.rating) : u""_s, sql::text(lead.notes), m_db.clock().nowMs(),
            lead.id});
    if (before.campaign != lead.campaign.trimmed())
        CampaignStore::linkLead(m_db, lead.id);
    if (!changes.isEmpty())
        TimelineStore(m_db).add(u"lead"_s, lead.id, u"changed"_s, changes.toString());
    rescore(lead.id);
    tx.commit();
}

std::optional<Lead> LeadStore::get(const QString &id) const
{
    QSqlQuery q = m_db.run(u"SELECT "_s + kColumns + u" FROM leads WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return leadFrom(q);
}

std::optional<Lead> LeadStore::findByDeal(const QString &dealId) const
{
    const QVariant id
        = m_db.scalar(u"SELECT id FROM leads WHERE deal_id = ? ORDER BY seq LIMIT 1"_s, {dealId});
    return id.isValid() ? get(id.toString()) : std::nullopt;
}

void LeadStore::remove(const QString &id)
{
    // Its timeline and tasks stay, so an undo (restore) brings the lead back whole.
    Transaction tx(m_db);
    m_db.run(u"DELETE FROM leads WHERE id = ?"_s, {id});
    tx.commit();
}

qint64 LeadStore::count() const
{
    return m_db.scalar(u"SELECT COUNT(*) FROM leads"_s).toLongLong();
}

void LeadStore::take(const QString &id, const QString &sdr)
{
    const QString who = sdr.isEmpty() ? m_db.currentUser() : sdr;
    Transaction tx(m_db);
    const Lead lead = requireLead(id);
    if (lead.status != LeadStatus::New || lead.firstResponseAt.isValid())
        throw StoreError(tr("%1 was already taken by %2.")
                             .arg(lead.displayName(), lead.sdr.isEmpty() ? lead.owner : lead.sdr));
    // Claims the row first, so of two SDRs taking it at once only one succeeds.
    QSqlQuery claim = m_db.run(
        u"UPDATE leads SET sdr = ?, owner = ? WHERE id = ? AND status = 'new' AND first_response_at IS NULL"_s,
        {who, who, id});
    if (claim.numRowsAffected() != 1)
        throw StoreError(tr("%1 was already taken by someone else.").arg(lead.displayName()));
    move(id, LeadStatus::ReceivedBySdr, {});
    tx.commit();
}

void LeadStore::move(const QString &id, LeadStatus to, const LeadLifecycle::Context &context)
{
    Transaction tx(m_db);
    const Lead lead = requireLead(id);
    LeadLifecycle::Context full = context;
    full.questionnaireComplete = lead.questionnaireComplete;
    const LeadLifecycle::Decision decision = LeadLifecycle::check(lead.status, to, full);
    if (!decision.allowed)
        throw StoreError(decision.reason);

    const qint64 now = m_db.clock().nowMs();
    QStringList sets {u"status = ?"_s, u"max_step = ?"_s, u"updated_at = ?"_s};
    QVariantList values {LeadLifecycle::key(to), std::max(lead.maxStep, LeadLifecycle::step(to)), now};
    auto set = [&](const QString &column, const QVariant &value) {
        sets << column + u" = ?"_s;
        values << value;
    };
    if (!lead.firstResponseAt.isValid() && lead.status == LeadStatus::New) {
        const SlaPolicy sla = SlaPolicy::load(m_db);
        set(u"first_response_at"_s, now);
        set(u"first_response_ms"_s, sla.responseMs(lead.receivedAt.toMSecsSinceEpoch(), now));
        if (lead.sdr.isEmpty())
            set(u"sdr"_s, m_db.currentUser());
    }
    const struct
    {
        FunnelMark mark;
        QDateTime reached;
        QString column;
    } marks[] = {{FunnelMark::Mql, lead.mqlAt, u"mql_at"_s}, {FunnelMark::Sql, lead.sqlAt, u"sql_at"_s},
        {FunnelMark::Sal, lead.salAt, u"sal_at"_s}};
    for (const auto &m : marks) {
        if (!m.reached.isValid() && LeadLifecycle::hasReached(to, m.mark))
            set(m.column, now);
    }
    if (to == LeadStatus::Converted && !lead.convertedAt.isValid())
        set(u"converted_at"_s, now);
    if (to == LeadStatus::Disqualified)
        set(u"disqualify_reason"_s, context.disqualifyReason.trimmed());
    if (to == LeadStatus::RoutedToPartner) {
        set(u"partner"_s, context.partner.trimmed());
        set(u"commission_bp"_s, qRound(context.commissionPercent * 100));
    }
    values << id;
    m_db.run(u"UPDATE leads SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s, values);

    QString comment = context.comment.trimmed();
    if (to == LeadStatus::Disqualified)
        comment = tr("Reason: %1").arg(context.disqualifyReason.trimmed())
            + (comment.isEmpty() ? QString() : u"\n"_s + comment);
    else if (to == LeadStatus::RoutedToPartner)
        comment = tr("Partner: %1, commission %2 %")
                      .arg(context.partner.trimmed(), QLocale().toString(context.commissionPercent))
            + (comment.isEmpty() ? QString() : u"\n"_s + comment);
    addHistory(id, lead.status, to, comment);
    if (to == LeadStatus::AwaitingAssignment && !LeadLifecycle::isBackward(lead.status, to))
        HandOffRouter(m_db).onQualified(id);
    tx.commit();
}

void LeadStore::addHistory(
    const QString &leadId, std::optional<LeadStatus> from, LeadStatus to, const QString &comment)
{
    LeadStatusChange change;
    change.from = from;
    change.to = to;
    change.at = m_db.clock().now();
    change.author = m_db.currentUser();
    change.comment = comment;
    QSqlQuery q = m_db.prepare(kInsertHistory);
    bindHistory(q, leadId, change);
    Database::exec(q);
}

QList<LeadStatusChange> LeadStore::history(const QString &id) const
{
    QSqlQuery q = m_db.run(u"SELECT id, from_status, to_status, at, author, comment FROM lead_status_history "
                           "WHERE lead_id = ? ORDER BY at, seq"_s,
        {id});
    QList<LeadStatusChange> result;
    while (q.next()) {
        LeadStatusChange c;
        c.id = q.value(0).toString();
        c.from = LeadLifecycle::fromKey(q.value(1).toString());
        c.to = LeadLifecycle::fromKey(q.value(2).toString()).value_or(LeadStatus::New);
        c.at = sql::instant(q.value(3));
        c.author = q.value(4).toString();
        c.comment = q.value(5).toString();
        result << c;
    }
    return result;
}

void LeadStore::saveAnswers(const QString &id, const QString &versionId, const QVariantMap &answers)
{
    const std::optional<QuestionnaireTemplate> version = QuestionnaireStore(m_db).version(versionId);
    if (!version)
        throw StoreError(tr("The questionnaire version \"%1\" does not exist.").arg(versionId));
    const FieldErrors problems = Questionnaire::validate(version->fields, answers);
    // Missing required answers are allowed (the form can be saved half-filled); wrong ones are not.
    FieldErrors wrong;
    for (const FieldError &e : problems) {
        if (answers.contains(e.field) && !answers.value(e.field).toString().trimmed().isEmpty())
            wrong << e;
    }
    if (!wrong.isEmpty())
        throw StoreError(Validation::describe(wrong));
    Transaction tx(m_db);
    requireLead(id);
    m_db.run(u"UPDATE leads SET questionnaire_version_id = ?, answers = ?, questionnaire_complete = ?, "
             "updated_at = ? WHERE id = ?"_s,
        {versionId, answersJson(answers), problems.isEmpty() ? 1 : 0, m_db.clock().nowMs(), id});
    rescore(id);
    tx.commit();
}

QString LeadStore::addSignal(const QString &leadId, LeadSignal signal)
{
    if (signal.sharePercent < 1 || signal.sharePercent > 100)
        throw StoreError(tr("A signal's share must be between 1 and 100 %."));
    if (signal.id.isEmpty())
        signal.id = Database::newId();
    if (!signal.at.isValid())
        signal.at = m_db.clock().now();
    Transaction tx(m_db);
    requireLead(leadId);
    m_db.run(
        u"INSERT INTO lead_signals (id, lead_id, kind, at, share_percent, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {signal.id, leadId, signalKindKey(signal.kind), signal.at.toMSecsSinceEpoch(), signal.sharePercent,
            sql::text(signal.note)});
    rescore(leadId);
    tx.commit();
    return signal.id;
}

void LeadStore::removeSignal(const QString &signalId)
{
    Transaction tx(m_db);
    const QString leadId
        = m_db.scalar(u"SELECT lead_id FROM lead_signals WHERE id = ?"_s, {signalId}).toString();
    m_db.run(u"DELETE FROM lead_signals WHERE id = ?"_s, {signalId});
    if (!leadId.isEmpty())
        rescore(leadId);
    tx.commit();
}

QList<LeadSignal> LeadStore::behaviour(const QString &leadId) const
{
    QSqlQuery q = m_db.run(
        u"SELECT id, kind, at, share_percent, note FROM lead_signals WHERE lead_id = ? ORDER BY at, seq"_s,
        {leadId});
    QList<LeadSignal> result;
    while (q.next()) {
        LeadSignal s;
        s.id = q.value(0).toString();
        s.kind = signalKindFromKey(q.value(1).toString()).value_or(SignalKind::SiteVisit);
        s.at = sql::instant(q.value(2));
        s.sharePercent = q.value(3).toInt();
        s.note = q.value(4).toString();
        result << s;
    }
    return result;
}

Score LeadStore::score(const QString &id) const
{
    const Lead lead = requireLead(id);
    return LeadScoring::score(ScoringConfig::load(m_db), lead.answers, behaviour(id), lead.rating);
}

void LeadStore::rescore(const QString &id)
{
    const Score s = score(id);
    m_db.run(u"UPDATE leads SET score = ?, temperature = ? WHERE id = ?"_s,
        {s.points, temperatureKey(s.temperature), id});
}

void LeadStore::reportPartnerDeal(const QString &id, qint64 amountMinor, const QString &currency)
{
    Transaction tx(m_db);
    const Lead lead = requireLead(id);
    if (lead.partner.isEmpty())
        throw StoreError(tr("%1 was not routed to a partner.").arg(lead.displayName()));
    if (amountMinor < 0)
        throw StoreError(tr("The partner's deal amount cannot be negative."));
    if (!Validation::isValidCurrency(currency))
        throw StoreError(tr("\"%1\" is not a currency code.").arg(currency));
    // Half-up rounding to the minor unit: amount × basis points / 10 000.
    const qint64 commission = (amountMinor * lead.commissionBasisPoints + 5000) / 10000;
    m_db.run(u"UPDATE leads SET partner_deal_minor = ?, partner_currency = ?, commission_minor = ?, "
             u"updated_at = ? "
             "WHERE id = ?"_s,
        {amountMinor, currency, commission, m_db.clock().nowMs(), id});
    TimelineStore(m_db).add(u"lead"_s, id, u"changed"_s,
        tr("%1 reported a deal of %2; our commission is %3.")
            .arg(lead.partner, formatMoney(amountMinor, currency), formatMoney(commission, currency)));
    tx.commit();
}

QList<LeadSource> LeadStore::sources() const
{
    QSqlQuery q = m_db.run(u"SELECT id, name, position FROM lead_sources ORDER BY position, name"_s);
    QList<LeadSource> result;
    while (q.next())
        result << LeadSource {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    return result;
}

QString LeadStore::addSource(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StoreError(tr("A lead source needs a name."));
    for (const LeadSource &s : sources()) {
        if (s.name.compare(trimmed, Qt::CaseInsensitive) == 0
            || sourceDisplayName(s).compare(trimmed, Qt::CaseInsensitive) == 0)
            throw StoreError(tr("There is already a lead source called \"%1\".").arg(trimmed));
    }
    const QString id = Database::newId();
    Transaction tx(m_db);
    m_db.run(u"INSERT INTO lead_sources (id, name, position) VALUES (?, ?, "
             "(SELECT COALESCE(MAX(position), 0) + 1 FROM lead_sources))"_s,
        {id, trimmed});
    tx.commit();
    return id;
}

QString LeadStore::sourceDisplayName(const LeadSource &source)
{
    static const QHash<QString, const char *> builtIn {
        {u"web_site"_s, QT_TR_NOOP("Web site")},
        {u"landing_page"_s, QT_TR_NOOP("Landing page")},
        {u"social"_s, QT_TR_NOOP("Social networks")},
        {u"referral"_s, QT_TR_NOOP("Referral")},
        {u"blog"_s, QT_TR_NOOP("Blog")},
        {u"advertising"_s, QT_TR_NOOP("Advertising")},
        {u"trade_show"_s, QT_TR_NOOP("Trade show")},
        {u"partner"_s, QT_TR_NOOP("Partner")},
        {u"other"_s, QT_TR_NOOP("Other")},
    };
    const char *text = builtIn.value(source.id);
    return text ? tr(text) : source.name;
}

QString LeadStore::sourceDisplayName(const QString &sourceId) const
{
    const QString name = m_db.scalar(u"SELECT name FROM lead_sources WHERE id = ?"_s, {sourceId}).toString();
    return sourceDisplayName(LeadSource {sourceId, name, 0});
}

QString LeadStore::temperatureDisplayName(Temperature t)
{
    switch (t) {
    case Temperature::Hot:
        return tr("Hot");
    case Temperature::Warm:
        return tr("Warm");
    case Temperature::Cold:
        break;
    }
    return tr("Cold");
}

QString LeadStore::handOffDisplayName(HandOff h)
{
    switch (h) {
    case HandOff::Sales:
        return tr("With sales");
    case HandOff::Nurture:
        return tr("Nurturing");
    case HandOff::Queue:
        break;
    }
    return tr("SDR queue");
}

} // namespace loopline
