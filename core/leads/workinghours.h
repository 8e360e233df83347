#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace loopline {

class Database;

// The team's working hours, for clocks that only run while someone is at work.
// Instants are epoch milliseconds; the hours are read in the zone's local time, so
// a working day keeps its length across a daylight-saving change.
struct WorkingHours
{
    bool enabled = false;
    QTime start {9, 0};
    QTime end {18, 0};
    QList<int> days = mondayToFriday(); // Qt::DayOfWeek
    QByteArray timeZoneId; // IANA id; empty = the system zone

    // The instant by which durationMs of working time has passed after fromMs.
    // Disabled: plain calendar time. A duration of zero or less returns fromMs.
    qint64 addWorkingMs(qint64 fromMs, qint64 durationMs) const;
    // Working time between the two instants; negative when toMs < fromMs.
    qint64 workingMsBetween(qint64 fromMs, qint64 toMs) const;
    bool isWorkingTime(qint64 ms) const;

    QTimeZone timeZone() const;
    // Whether the clock only runs part of the time: enabled with some working time in a week.
    bool restrictsTime() const;

    bool operator==(const WorkingHours &) const = default;

    static QList<int> mondayToFriday();
};

// The first-response service level: how long a new lead may wait for an SDR.
struct SlaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicy)

public:
    int minutes = 30;
    WorkingHours hours;

    // The stored policy (settings key "sla"), or the default one.
    static SlaPolicy load(Database &db);
    void save(Database &db) const;
    // What is wrong with the policy, for the user; empty when it is fine.
    QString validate() const;

    qint64 dueAt(qint64 receivedMs) const;
    // Working time left until dueMs; negative = breached by that much working time.
    qint64 remainingMs(qint64 dueMs, qint64 nowMs) const;
    // The working time a first response took.
    qint64 responseMs(qint64 receivedMs, qint64 respondedMs) const;

    bool operator==(const SlaPolicy &) const = default;
};

} // namespace loopline
