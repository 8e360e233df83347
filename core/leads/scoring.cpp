#include "scoring.h"

#include "leads/questionnaire.h"
#include "store/settingsstore.h"

#include <QJsonObject>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSettingsKey = u"scoring"_s;

void readInt(const QJsonObject &object, const QString &key, int &target)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        target = value.toInt(target);
}

bool isYes(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool && value.toBool();
}

int timeframePoints(const ScoringConfig &config, const QVariant &answer, QString &reason)
{
    const qsizetype index = Questionnaire::bantTimeframeChoices().indexOf(answer.toString());
    if (index == 0 || index == 1) {
        reason = LeadScoring::tr("Buys within 3 months");
        return config.timeframe;
    }
    if (index == 2) {
        reason = LeadScoring::tr("Buys in 3–6 months");
        return config.timeframe / 2;
    }
    return 0;
}

QString signalReason(SignalKind kind, int count, int share)
{
    QString text = LeadScoring::signalKindName(kind);
    if (count > 1)
        text = LeadScoring::tr("%1 ×%2").arg(text).arg(count);
    if (share < 100)
        text = LeadScoring::tr("%1 (%2%)").arg(text).arg(share);
    return text;
}

} // namespace

QMap<SignalKind, int> ScoringConfig::defaultSignalWeights()
{
    return {
        {SignalKind::SiteVisit, 5},
        {SignalKind::CaseStudyDownload, 10},
        {SignalKind::EmailClick, 5},
        {SignalKind::DemoWatched, 15},
        {SignalKind::BoothConversation, 20},
    };
}

ScoringConfig ScoringConfig::load(Database &db)
{
    const QJsonObject object = SettingsStore(db).object(kSettingsKey);
    ScoringConfig config;
    readInt(object, u"budget"_s, config.budget);
    readInt(object, u"authority"_s, config.authority);
    readInt(object, u"need"_s, config.need);
    readInt(object, u"timeframe"_s, config.timeframe);
    readInt(object, u"hot_at"_s, config.hotAt);
    readInt(object, u"warm_at"_s, config.warmAt);
    const QJsonObject signalObject = object.value(u"signals"_s).toObject();
    for (SignalKind kind : allSignalKinds())
        readInt(signalObject, signalKindKey(kind), config.signalWeights[kind]);
    return config;
}

void ScoringConfig::save(Database &db) const
{
    const QString problem = validate();
    if (!problem.isEmpty())
        throw StoreError(problem);
    QJsonObject signalObject;
    for (SignalKind kind : allSignalKinds())
        signalObject.insert(signalKindKey(kind), signalWeights.value(kind));
    SettingsStore(db).setObject(kSettingsKey,
        QJsonObject {
            {u"budget"_s, budget},
            {u"authority"_s, authority},
            {u"need"_s, need},
            {u"timeframe"_s, timeframe},
            {u"signals"_s, signalObject},
            {u"hot_at"_s, hotAt},
            {u"warm_at"_s, warmAt},
        });
}

QString ScoringConfig::validate() const
{
    QStringList problems;
    const auto checkWeight = [&](int weight, const QString &name) {
        if (weight < 0)
            problems << LeadScoring::tr("The weight of \"%1\" cannot be negative (it is %2).")
                            .arg(name)
                            .arg(weight);
    };
    checkWeight(budget, LeadScoring::tr("Budget"));
    checkWeight(authority, LeadScoring::tr("Decision maker"));
    checkWeight(need, LeadScoring::tr("Need"));
    checkWeight(timeframe, LeadScoring::tr("Timeframe"));
    for (SignalKind kind : allSignalKinds())
        checkWeight(signalWeights.value(kind), LeadScoring::signalKindName(kind));
    if (warmAt <= 0)
        problems << LeadScoring::tr("The warm threshold must be above 0 (it is %1).").arg(warmAt);
    if (hotAt <= warmAt)
        problems << LeadScoring::tr("The hot threshold (%1) must be above the warm threshold (%2).")
                        .arg(hotAt)
                        .arg(warmAt);
    return problems.join(u'\n');
}

QString Score::explanation() const
{
    QStringList lines;
    for (const ScoreReason &reason : reasons)
        lines << LeadScoring::tr("%1: +%2").arg(reason.text).arg(reason.points);
    const QString name = LeadScoring::temperatureName(byPoints);
    lines << (points >= threshold ? LeadScoring::tr("Score %1 ≥ %2: %3")
                                  : LeadScoring::tr("Score %1 < %2: %3"))
                 .arg(points)
                 .arg(threshold)
                 .arg(name);
    if (setByHand)
        lines << LeadScoring::tr("Set by hand: %1").arg(LeadScoring::temperatureName(temperature));
    return lines.join(u'\n');
}

QString LeadScoring::temperatureName(Temperature t)
{
    switch (t) {
    case Temperature::Hot:
        return tr("hot");
    case Temperature::Warm:
        return tr("warm");
    case Temperature::Cold:
        break;
    }
    return tr("cold");
}

QString LeadScoring::signalKindName(SignalKind kind)
{
    switch (kind) {
    case SignalKind::CaseStudyDownload:
        return tr("Case study downloaded");
    case SignalKind::EmailClick:
        return tr("Email link clicked");
    case SignalKind::DemoWatched:
        return tr("Demo watched");
    case SignalKind::BoothConversation:
        return tr("Talked at the booth");
    case SignalKind::SiteVisit:
        break;
    }
    return tr("Site visit");
}

Score LeadScoring::score(const ScoringConfig &config, const QVariantMap &answers,
    const QList<LeadSignal> &signalList, std::optional<Temperature> rating)
{
    Score result;
    const auto add = [&](const QString &text, int points) {
        if (points > 0) {
            result.reasons.append({text, points});
            result.points += points;
        }
    };
    if (answers.value(u"budget"_s).toLongLong() > 0)
        add(tr("Budget stated"), config.budget);
    if (isYes(answers.value(u"authority"_s)))
        add(tr("Talks to the decision maker"), config.authority);
    if (!answers.value(u"need"_s).toString().trimmed().isEmpty())
        add(tr("Need described"), config.need);
    QString timeframeReason;
    const int timeframe = timeframePoints(config, answers.value(u"timeframe"_s), timeframeReason);
    add(timeframeReason, timeframe);

    // Repeats of a kind add up to its full weight and no further.
    for (SignalKind kind : allSignalKinds()) {
        int count = 0;
        int share = 0;
        for (const LeadSignal &signal : signalList) {
            if (signal.kind == kind) {
                ++count;
                share += std::clamp(signal.sharePercent, 0, 100);
            }
        }
        if (count == 0)
            continue;
        share = std::min(share, 100);
        add(signalReason(kind, count, share), config.signalWeights.value(kind) * share / 100);
    }

    if (result.points >= config.hotAt) {
        result.byPoints = Temperature::Hot;
        result.threshold = config.hotAt;
    } else {
        result.byPoints = result.points >= config.warmAt ? Temperature::Warm : Temperature::Cold;
        result.threshold = config.warmAt;
    }
    result.temperature = rating.value_or(result.byPoints);
    result.setByHand = rating.has_value();
    return result;
}

} // namespace loopline
