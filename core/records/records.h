#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace loopline {

// Plain value types for the CRM's records. They know nothing of SQL; the stores
// read and write them, the forms edit them.

struct EmailAddress
{
    QString kind = QStringLiteral("work"); // work, personal, other
    QString address;
    friend bool operator==(const EmailAddress &, const EmailAddress &) = default;
};

struct PhoneNumber
{
    QString kind = QStringLiteral("work"); // work, mobile, home, other
    QString number;
    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;
};

struct Consent
{
    bool given = false;
    QDateTime at; // when it was given (UTC)
    QString source; // where: web form, booth, email reply...
    QString textVersion; // which consent wording the person agreed to
    friend bool operator==(const Consent &, const Consent &) = default;
};

struct Contact
{
    QString id;
    QString firstName;
    QString lastName;
    QString jobTitle;
    QString companyId;
    QString companyName; // read from the company; not written
    QString owner;
    QString source;
    QString segment; // the target group (a segment's name), or empty
    QStringList tags;
    QString notes;
    QList<EmailAddress> emails; // the first is the primary one
    QList<PhoneNumber> phones; // the first is the primary one
    Consent consent;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList dealIds; // deals this contact takes part in (read; restored on undo)

    QString displayName() const;
    QString primaryEmail() const { return emails.isEmpty() ? QString() : emails.first().address; }
    QString primaryPhone() const { return phones.isEmpty() ? QString() : phones.first().number; }
};

struct Company
{
    QString id;
    QString name;
    QString domain;
    QString industry;
    int employees = 0;
    QString address;
    QString owner;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList contactIds; // read; restored on undo of a delete
    QStringList dealIds; // read; restored on undo of a delete
};

enum class DealStatus { Open, Won, Lost };

struct Deal
{
    QString id;
    QString title;
    QString companyId;
    QString companyName; // read from the company; not written
    QStringList contactIds;
    qint64 valueMinor = 0; // in the currency's minor unit (cents, kopecks)
    QString currency = QStringLiteral("EUR");
    QString stageId;
    QString owner;
    QDate expectedClose;
    DealStatus status = DealStatus::Open;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stageEnteredAt; // when it reached its current stage ("days in stage")
    QDateTime closedAt; // when it was won or lost
    QString lostReasonId; // loss_reasons.id, for a lost deal
    QString wonByCompetitorId; // competitors.id, when a competitor won it
    QString segment; // the target group the buyer belongs to (from its lead, or set by hand)
};

QString dealStatusKey(DealStatus status);
DealStatus dealStatusFromKey(const QString &key);

struct DealStage
{
    QString id;
    QString name;
    int position = 0;
    int probability = 0; // % chance to win from here, the forecast's fallback
    QString pipelineId = QStringLiteral("default");
};

struct TimelineEntry
{
    QString id;
    QString entity; // contact, company, deal
    QString entityId;
    QDateTime at;
    QString author;
    QString kind; // note, created, changed
    QString body;
};

} // namespace loopline
