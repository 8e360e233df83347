#include "workinghours.h"

#include "store/settingsstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

const QString kSettingsKey = u"sla"_s;
const QString kTimeFormat = u"HH:mm"_s;

struct Interval
{
    qint64 begin = 0;
    qint64 end = 0;
};

// Bounds the day-by-day walk (about 13 years): an SLA reaches days ahead, a
// response time a few days back.
constexpr int kMaxDays = 5'000;

QDate localDate(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

bool hasWorkingDay(const QList<int> &days)
{
    return std::any_of(days.cbegin(), days.cend(), [](int d) { return d >= Qt::Monday && d <= Qt::Sunday; });
}

// The working hours of one local date, as instants; empty when it is a day off.
Interval workingInterval(const WorkingHours &hours, const QTimeZone &zone, QDate date)
{
    if (!hours.days.contains(date.dayOfWeek()))
        return {};
    return {QDateTime(date, hours.start, zone).toMSecsSinceEpoch(),
        QDateTime(date, hours.end, zone).toMSecsSinceEpoch()};
}

} // namespace

QList<int> WorkingHours::mondayToFriday()
{
    return {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
}

QTimeZone WorkingHours::timeZone() const
{
    if (!timeZoneId.isEmpty()) {
        QTimeZone zone(timeZoneId);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

bool WorkingHours::restrictsTime() const
{
    return enabled && hasWorkingDay(days) && start.isValid() && end.isValid() && start < end;
}

qint64 WorkingHours::addWorkingMs(qint64 fromMs, qint64 durationMs) const
{
    if (!restrictsTime())
        return fromMs + durationMs;
    if (durationMs <= 0)
        return fromMs;
    const QTimeZone zone = timeZone();
    QDate date = localDate(fromMs, zone);
    qint64 left = durationMs;
    for (int i = 0; i < kMaxDays; ++i, date = date.addDays(1)) {
        const Interval day = workingInterval(*this, zone, date);
        const qint64 begin = std::max(fromMs, day.begin);
        if (begin >= day.end)
            continue;
        if (left <= day.end - begin)
            return begin + left;
        left -= day.end - begin;
    }
    return fromMs + durationMs;
}

qint64 WorkingHours::workingMsBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs < fromMs)
        return -workingMsBetween(toMs, fromMs);
    if (!restrictsTime())
        return toMs - fromMs;
    const QTimeZone zone = timeZone();
    const QDate last = localDate(toMs, zone);
    qint64 total = 0;
    int walked = 0;
    for (QDate date = localDate(fromMs, zone); date <= last && walked < kMaxDays;
         date = date.addDays(1), ++walked) {
        const Interval day = workingInterval(*this, zone, date);
        const qint64 begin = std::max(fromMs, day.begin);
        const qint64 end = std::min(toMs, day.end);
        if (begin < end)
            total += end - begin;
    }
    return total;
}

bool WorkingHours::isWorkingTime(qint64 ms) const
{
    if (!restrictsTime())
        return true;
    const QTimeZone zone = timeZone();
    const Interval day = workingInterval(*this, zone, localDate(ms, zone));
    return ms >= day.begin && ms < day.end;
}

SlaPolicy SlaPolicy::load(Database &db)
{
    const QJsonObject stored = SettingsStore(db).object(kSettingsKey);
    SlaPolicy policy;
    policy.minutes = stored.value(u"minutes"_s).toInt(policy.minutes);
    const QJsonObject h = stored.value(u"workingHours"_s).toObject();
    WorkingHours &hours = policy.hours;
    hours.enabled = h.value(u"enabled"_s).toBool(hours.enabled);
    const QTime start = QTime::fromString(h.value(u"start"_s).toString(), kTimeFormat);
    const QTime end = QTime::fromString(h.value(u"end"_s).toString(), kTimeFormat);
    if (start.isValid())
        hours.start = start;
    if (end.isValid())
        hours.end = end;
    if (h.contains(u"days"_s)) {
        hours.days.clear();
        for (const QJsonValue &day : h.value(u"days"_s).toArray())
            hours.days << day.toInt();
    }
    hours.timeZoneId = h.value(u"timeZone"_s).toString().toUtf8();
    return policy;
}

void SlaPolicy::save(Database &db) const
{
    QJsonArray days;
    for (int day : hours.days)
        days << day;
    const QJsonObject h {
        {u"enabled"_s, hours.enabled},
        {u"start"_s, hours.start.toString(kTimeFormat)},
        {u"end"_s, hours.end.toString(kTimeFormat)},
        {u"days"_s, days},
        {u"timeZone"_s, QString::fromUtf8(hours.timeZoneId)},
    };
    SettingsStore(db).setObject(kSettingsKey, {{u"minutes"_s, minutes}, {u"workingHours"_s, h}});
}

QString SlaPolicy::validate() const
{
    if (minutes < 1 || minutes > 24 * 60)
        return tr("The response time must be from 1 minute to 24 hours (1440 minutes).");
    // Hours that are switched off are kept as they are, whatever they say.
    if (!hours.enabled)
        return {};
    if (!hours.start.isValid() || !hours.end.isValid() || hours.start >= hours.end)
        return tr("The working day must end after it starts.");
    if (!hasWorkingDay(hours.days))
        return tr("Choose at least one working day.");
    if (!hours.timeZoneId.isEmpty() && !QTimeZone(hours.timeZoneId).isValid())
        return tr("Unknown time zone \"%1\".").arg(QString::fromUtf8(hours.timeZoneId));
    return {};
}

qint64 SlaPolicy::dueAt(qint64 receivedMs) const
{
    return hours.addWorkingMs(receivedMs, qint64(minutes) * 60'000);
}

qint64 SlaPolicy::remainingMs(qint64 dueMs, qint64 nowMs) const
{
    return hours.workingMsBetween(nowMs, dueMs);
}

qint64 SlaPolicy::responseMs(qint64 receivedMs, qint64 respondedMs) const
{
    return hours.workingMsBetween(receivedMs, respondedMs);
}

} // namespace loopline
