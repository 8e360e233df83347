#pragma once

#include "leads/lead.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace loopline {

// The team's scoring weights and temperature thresholds (settings key "scoring").
struct ScoringConfig
{
    int budget = 25;
    int authority = 20;
    int need = 15;
    int timeframe = 20;
    // Full points for a signal kind (named so because "signals" is a Qt keyword macro).
    QMap<SignalKind, int> signalWeights = defaultSignalWeights();
    int hotAt = 60;
    int warmAt = 30;

    static QMap<SignalKind, int> defaultSignalWeights();
    // The stored configuration; defaults for whatever was never stored.
    static ScoringConfig load(Database &db);
    // Throws StoreError with validate()'s message when invalid.
    void save(Database &db) const;
    // Weights must not be negative, and 0 < warmAt < hotAt. Empty when valid.
    QString validate() const;

    bool operator==(const ScoringConfig &) const = default;
};

struct ScoreReason
{
    QString text;
    int points = 0;
};

struct Score
{
    int points = 0;
    Temperature temperature = Temperature::Cold; // the effective one
    QList<ScoreReason> reasons;
    Temperature byPoints = Temperature::Cold; // what the points alone give
    int threshold = 0; // the threshold byPoints was judged against
    bool setByHand = false; // a person's rating decided the temperature

    // One line per reason ("Budget stated: +25"), then the verdict ("Score 65 ≥ 60: hot"),
    // and "Set by hand: hot" when a person's rating wins.
    QString explanation() const;
};

// Scores a lead from its BANT answers and behaviour signals (pure; no database).
class LeadScoring
{
    Q_DECLARE_TR_FUNCTIONS(LeadScoring)

public:
    static Score score(const ScoringConfig &config, const QVariantMap &answers,
        const QList<LeadSignal> &signalList, std::optional<Temperature> rating = std::nullopt);
    static QString temperatureName(Temperature t);
    static QString signalKindName(SignalKind kind);
};

} // namespace loopline
