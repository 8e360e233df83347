#pragma once

#include "leads/leadlifecycle.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace loopline {

// Hot = ready to buy now, warm = will buy soon, cold = interested, no plans yet.
enum class Temperature { Cold, Warm, Hot };

// Where a lead waits: the SDR queue, with sales, or with marketing to be nurtured.
enum class HandOff { Queue, Sales, Nurture };

// What a lead did that tells how interested it is (DOMAIN.md, "Lead scoring").
enum class SignalKind { SiteVisit, CaseStudyDownload, EmailClick, DemoWatched, BoothConversation };

struct LeadSignal
{
    QString id;
    SignalKind kind = SignalKind::SiteVisit;
    QDateTime at;
    int sharePercent = 100; // how much of it: all of a demo counts more than part of it
    QString note;
};

struct LeadStatusChange
{
    QString id;
    std::optional<LeadStatus> from; // none for the first entry
    LeadStatus to = LeadStatus::New;
    QDateTime at;
    QString author;
    QString comment;
};

struct Lead
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString jobTitle;
    QString companyName; // as the lead gave it; the company record is companyId
    QString contactId; // linked when known or on conversion
    QString companyId;
    QString dealId;
    QString sourceId = QStringLiteral("web_site");
    QString campaign;
    QString territory;
    QString segment;
    QString interest; // the product or service asked about
    QString owner; // who holds the lead now (SDR, sales rep or nobody)
    QString sdr; // the SDR who took it from the queue
    LeadStatus status = LeadStatus::New;
    int maxStep = 1; // the furthest main-path step reached (LeadLifecycle::step)
    HandOff handOff = HandOff::Queue;
    std::optional<Temperature> rating; // set by a person (e.g. at the booth); wins over the score
    Temperature temperature = Temperature::Cold; // the effective one
    int score = 0;
    QString questionnaireVersionId;
    QVariantMap answers; // field key → value, under questionnaireVersionId
    bool questionnaireComplete = false;
    QDateTime receivedAt; // the SLA clock starts here
    QDateTime slaDueAt;
    QDateTime firstResponseAt; // when an SDR took it; invalid while untouched
    qint64 firstResponseMs = -1; // working time from arrival to first response
    QDateTime mqlAt;
    QDateTime sqlAt;
    QDateTime salAt;
    QDateTime convertedAt;
    QString disqualifyReason;
    QString partner;
    int commissionBasisPoints = 0; // 1250 = 12.5 %
    std::optional<qint64> partnerDealMinor; // the partner's reported deal amount
    QString partnerCurrency;
    std::optional<qint64> commissionMinor;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const;
};

QString temperatureKey(Temperature t);
std::optional<Temperature> temperatureFromKey(const QString &key);
QString handOffKey(HandOff h);
HandOff handOffFromKey(const QString &key);
QString signalKindKey(SignalKind k);
std::optional<SignalKind> signalKindFromKey(const QString &key);
QList<SignalKind> allSignalKinds();

} // namespace loopline
