#include "lead.h"

using namespace Qt::StringLiterals;

namespace loopline {

QString Lead::displayName() const
{
    const QString name = (firstName + u' ' + lastName).trimmed();
    if (!name.isEmpty())
        return name;
    if (!email.isEmpty())
        return email;
    return companyName;
}

QString temperatureKey(Temperature t)
{
    switch (t) {
    case Temperature::Hot:
        return u"hot"_s;
    case Temperature::Warm:
        return u"warm"_s;
    case Temperature::Cold:
        break;
    }
    return u"cold"_s;
}

std::optional<Temperature> temperatureFromKey(const QString &key)
{
    for (Temperature t : {Temperature::Cold, Temperature::Warm, Temperature::Hot}) {
        if (temperatureKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString handOffKey(HandOff h)
{
    switch (h) {
    case HandOff::Sales:
        return u"sales"_s;
    case HandOff::Nurture:
        return u"nurture"_s;
    case HandOff::Queue:
        break;
    }
    return u"queue"_s;
}

HandOff handOffFromKey(const QString &key)
{
    if (key == u"sales")
        return HandOff::Sales;
    if (key == u"nurture")
        return HandOff::Nurture;
    return HandOff::Queue;
}

QList<SignalKind> allSignalKinds()
{
    return {SignalKind::SiteVisit, SignalKind::CaseStudyDownload, SignalKind::EmailClick,
        SignalKind::DemoWatched, SignalKind::BoothConversation};
}

QString signalKindKey(SignalKind k)
{
    switch (k) {
    case SignalKind::CaseStudyDownload:
        return u"case_study_download"_s;
    case SignalKind::EmailClick:
        return u"email_click"_s;
    case SignalKind::DemoWatched:
        return u"demo_watched"_s;
    case SignalKind::BoothConversation:
        return u"booth_conversation"_s;
    case SignalKind::SiteVisit:
        break;
    }
    return u"site_visit"_s;
}

std::optional<SignalKind> signalKindFromKey(const QString &key)
{
    for (SignalKind k : allSignalKinds()) {
        if (signalKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

} // namespace loopline
