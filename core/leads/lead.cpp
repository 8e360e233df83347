#include "lead.h"

#include "records/enumkeys.h"

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

namespace {

constexpr std::pair<Temperature, QStringView> kTemperatures[]
    = {{Temperature::Cold, u"cold"}, {Temperature::Warm, u"warm"}, {Temperature::Hot, u"hot"}};
constexpr std::pair<HandOff, QStringView> kHandOffs[]
    = {{HandOff::Queue, u"queue"}, {HandOff::Sales, u"sales"}, {HandOff::Nurture, u"nurture"}};
constexpr std::pair<SignalKind, QStringView> kSignalKinds[] = {{SignalKind::SiteVisit, u"site_visit"},
    {SignalKind::CaseStudyDownload, u"case_study_download"}, {SignalKind::EmailClick, u"email_click"},
    {SignalKind::DemoWatched, u"demo_watched"}, {SignalKind::BoothConversation, u"booth_conversation"}};

} // namespace

QString temperatureKey(Temperature t)
{
    return keyOf(kTemperatures, t, u"cold");
}

std::optional<Temperature> temperatureFromKey(const QString &key)
{
    return valueOf(kTemperatures, key);
}

QString handOffKey(HandOff h)
{
    return keyOf(kHandOffs, h, u"queue");
}

HandOff handOffFromKey(const QString &key)
{
    return valueOf(kHandOffs, key).value_or(HandOff::Queue);
}

QList<SignalKind> allSignalKinds()
{
    QList<SignalKind> kinds;
    for (const auto &entry : kSignalKinds)
        kinds << entry.first;
    return kinds;
}

QString signalKindKey(SignalKind k)
{
    return keyOf(kSignalKinds, k, u"site_visit");
}

std::optional<SignalKind> signalKindFromKey(const QString &key)
{
    return valueOf(kSignalKinds, key);
}

} // namespace loopline
