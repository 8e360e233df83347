#pragma once

#include "leads/leadstore.h"
#include "leads/questionnaire.h"

#include <QVariantMap>

namespace loopline::test {

// What lead tests share: a lead with a name, complete BANT answers, and the steps
// that bring a lead to MQL.
inline Lead lead(const QString &last, const QString &source = QStringLiteral("web_site"))
{
    Lead l;
    l.firstName = QStringLiteral("Anna");
    l.lastName = last;
    l.sourceId = source;
    return l;
}

// Budget, decision maker, need and a timeframe within a month: every BANT point.
inline QVariantMap completeBant()
{
    return {{QStringLiteral("budget"), qint64(5'000'000)}, {QStringLiteral("authority"), true},
        {QStringLiteral("need"), QStringLiteral("A CRM for twenty reps")},
        {QStringLiteral("timeframe"), QStringLiteral("Within a month")}};
}

// Takes the lead from the queue, fills in the questionnaire and makes it an MQL.
inline void qualify(LeadStore &store, const QString &id, const QVariantMap &answers = completeBant())
{
    store.take(id, QStringLiteral("sam"));
    store.saveAnswers(id, QStringLiteral("bant-1"), answers);
    store.move(id, LeadStatus::AwaitingAssignment);
}

} // namespace loopline::test
