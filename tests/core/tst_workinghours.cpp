#include "leads/workinghours.h"
#include "store/settingsstore.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// The working-hours clock of the first-response SLA: pure arithmetic in a named
// zone (UTC, and Europe/Berlin for daylight saving), and the stored policy on both
// backends.
class tst_WorkingHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void disabledPassesTimeThrough();
    void weekdayInsideHours();
    void isWorkingTime();
    void fridayEveningIsDueMonday();
    void saturdayArrivalIsDueMonday();
    void nightArrival();
    void workingMsBetweenAcrossWeekend();
    void remainingWhenBreached();
    void responseMs();
    void daylightSavingBerlin();
    void shortDayWhenClocksGoForward();
    void validate_data();
    void validate();
    void policySaveAndLoad();
    void defaultPolicyWhenNothingStored();

private:
    std::unique_ptr<Database> m_db;
};

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

// Fri 2 January 2026 … Mon 5 January 2026.
const QDate kFriday(2026, 1, 2);
const QDate kSaturday(2026, 1, 3);
const QDate kMonday(2026, 1, 5);
const QDate kTuesday(2026, 1, 6);
const QDate kWednesday(2026, 1, 7);

qint64 at(QDate date, int hour, int minute = 0, const QByteArray &zone = "UTC")
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(zone)).toMSecsSinceEpoch();
}

WorkingHours officeHours(const QByteArray &zone = "UTC")
{
    WorkingHours hours;
    hours.enabled = true;
    hours.timeZoneId = zone;
    return hours; // 9–18, Monday to Friday
}

SlaPolicy officePolicy(const QByteArray &zone = "UTC")
{
    SlaPolicy policy;
    policy.hours = officeHours(zone);
    return policy;
}

} // namespace

void tst_WorkingHours::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_WorkingHours::init()
{
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
}

void tst_WorkingHours::cleanup()
{
    m_db.reset();
}

void tst_WorkingHours::disabledPassesTimeThrough()
{
    WorkingHours hours = officeHours();
    hours.enabled = false;
    const qint64 saturdayNight = at(kSaturday, 23, 10);
    QCOMPARE(hours.addWorkingMs(saturdayNight, 30 * kMinute), saturdayNight + 30 * kMinute);
    QCOMPARE(hours.workingMsBetween(saturdayNight, saturdayNight + 5 * kHour), 5 * kHour);
    QCOMPARE(hours.workingMsBetween(saturdayNight + 5 * kHour, saturdayNight), -5 * kHour);
    QVERIFY(hours.isWorkingTime(saturdayNight));

    SlaPolicy policy;
    QCOMPARE(policy.dueAt(saturdayNight), saturdayNight + 30 * kMinute);
}

void tst_WorkingHours::weekdayInsideHours()
{
    const SlaPolicy policy = officePolicy();
    QCOMPARE(policy.dueAt(at(kWednesday, 10, 0)), at(kWednesday, 10, 30));
    // The last half hour of the day ends exactly at closing time.
    QCOMPARE(policy.dueAt(at(kWednesday, 17, 30)), at(kWednesday, 18, 0));
    QCOMPARE(policy.hours.workingMsBetween(at(kWednesday, 10, 0), at(kWednesday, 12, 15)),
        2 * kHour + 15 * kMinute);
}

void tst_WorkingHours::isWorkingTime()
{
    const WorkingHours hours = officeHours();
    QVERIFY(hours.isWorkingTime(at(kWednesday, 9, 0)));
    QVERIFY(hours.isWorkingTime(at(kWednesday, 17, 59)));
    QVERIFY(!hours.isWorkingTime(at(kWednesday, 8, 59)));
    QVERIFY(!hours.isWorkingTime(at(kWednesday, 18, 0)));
    QVERIFY(!hours.isWorkingTime(at(kSaturday, 12, 0)));
}

void tst_WorkingHours::fridayEveningIsDueMonday()
{
    // 10 minutes on Friday, 20 on Monday morning.
    QCOMPARE(officePolicy().dueAt(at(kFriday, 17, 50)), at(kMonday, 9, 20));
}

void tst_WorkingHours::saturdayArrivalIsDueMonday()
{
    QCOMPARE(officePolicy().dueAt(at(kSaturday, 11, 0)), at(kMonday, 9, 30));
}

void tst_WorkingHours::nightArrival()
{
    const SlaPolicy policy = officePolicy();
    QCOMPARE(policy.dueAt(at(kTuesday, 3, 0)), at(kTuesday, 9, 30));
    QCOMPARE(policy.dueAt(at(kTuesday, 23, 0)), at(kWednesday, 9, 30));
    QCOMPARE(policy.dueAt(at(kTuesday, 18, 0)), at(kWednesday, 9, 30));
}

void tst_WorkingHours::workingMsBetweenAcrossWeekend()
{
    const WorkingHours hours = officeHours();
    // Friday 17:00–18:00 and Monday 09:00–10:00.
    QCOMPARE(hours.workingMsBetween(at(kFriday, 17, 0), at(kMonday, 10, 0)), 2 * kHour);
    QCOMPARE(hours.workingMsBetween(at(kMonday, 10, 0), at(kFriday, 17, 0)), -2 * kHour);
    QCOMPARE(hours.workingMsBetween(at(kFriday, 19, 0), at(kMonday, 8, 0)), 0);
    // A whole working week: five days of nine hours.
    QCOMPARE(hours.workingMsBetween(at(kMonday, 0, 0), at(kMonday.addDays(7), 0, 0)), 45 * kHour);
}

void tst_WorkingHours::remainingWhenBreached()
{
    const SlaPolicy policy = officePolicy();
    const qint64 due = policy.dueAt(at(kFriday, 17, 50)); // Monday 09:20
    QCOMPARE(policy.remainingMs(due, at(kFriday, 17, 55)), 25 * kMinute);
    QCOMPARE(policy.remainingMs(due, at(kSaturday, 12, 0)), 20 * kMinute);
    QCOMPARE(policy.remainingMs(due, at(kMonday, 9, 20)), 0);
    QCOMPARE(policy.remainingMs(due, at(kMonday, 10, 0)), -40 * kMinute);
    // Breached since Monday 09:20; Monday evening and the night do not count.
    QCOMPARE(policy.remainingMs(due, at(kTuesday, 9, 30)), -(8 * kHour + 40 * kMinute + 30 * kMinute));
}

void tst_WorkingHours::responseMs()
{
    const SlaPolicy policy = officePolicy();
    QCOMPARE(policy.responseMs(at(kFriday, 17, 50), at(kMonday, 9, 5)), 15 * kMinute);
    QCOMPARE(policy.responseMs(at(kSaturday, 10, 0), at(kSaturday, 10, 30)), 0);
}

void tst_WorkingHours::daylightSavingBerlin()
{
    // Clocks go forward on Sunday 29 March 2026: Friday is CET (UTC+1), Monday CEST (UTC+2).
    const QDate friday(2026, 3, 27);
    const QDate monday(2026, 3, 30);
    const SlaPolicy policy = officePolicy("Europe/Berlin");
    const qint64 due = policy.dueAt(at(friday, 17, 50, "Europe/Berlin"));
    QCOMPARE(due, at(monday, 9, 20, "Europe/Berlin"));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(due, QTimeZone::utc()).time(), QTime(7, 20));
    QCOMPARE(
        policy.hours.workingMsBetween(at(friday, 17, 0, "Europe/Berlin"), at(monday, 10, 0, "Europe/Berlin")),
        2 * kHour);
    QVERIFY(policy.hours.isWorkingTime(at(monday, 9, 0, "Europe/Berlin")));
    QVERIFY(!policy.hours.isWorkingTime(at(monday, 8, 59, "Europe/Berlin")));
}

void tst_WorkingHours::shortDayWhenClocksGoForward()
{
    // Every day 01:00–04:00 local: on 29 March 02:00–03:00 never happens, so that day
    // has two working hours; on 25 October 02:00–03:00 happens twice, so it has four.
    WorkingHours hours;
    hours.enabled = true;
    hours.start = QTime(1, 0);
    hours.end = QTime(4, 0);
    hours.days = {1, 2, 3, 4, 5, 6, 7};
    hours.timeZoneId = "Europe/Berlin";
    const QDate spring(2026, 3, 29);
    const QDate autumn(2026, 10, 25);
    QCOMPARE(hours.workingMsBetween(at(spring, 0, 0, "Europe/Berlin"), at(spring, 12, 0, "Europe/Berlin")),
        2 * kHour);
    QCOMPARE(hours.workingMsBetween(at(autumn, 0, 0, "Europe/Berlin"), at(autumn, 12, 0, "Europe/Berlin")),
        4 * kHour);
    // Two hours on the short day, the last half hour the next night.
    QCOMPARE(hours.addWorkingMs(at(spring, 1, 0, "Europe/Berlin"), 150 * kMinute),
        at(spring.addDays(1), 1, 30, "Europe/Berlin"));
}

void tst_WorkingHours::validate_data()
{
    QTest::addColumn<SlaPolicy>("policy");
    QTest::addColumn<bool>("valid");

    SlaPolicy policy = officePolicy("Europe/Berlin");
    QTest::newRow("default") << SlaPolicy() << true;
    QTest::newRow("office hours") << policy << true;
    QTest::newRow("system zone") << officePolicy(QByteArray()) << true;

    SlaPolicy p = policy;
    p.minutes = 0;
    QTest::newRow("zero minutes") << p << false;
    p.minutes = 1441;
    QTest::newRow("more than a day") << p << false;
    p.minutes = 1440;
    QTest::newRow("a whole day") << p << true;

    p = policy;
    p.hours.end = p.hours.start;
    QTest::newRow("empty day") << p << false;
    p.hours.end = QTime(8, 0);
    QTest::newRow("ends before it starts") << p << false;

    p = policy;
    p.hours.days.clear();
    QTest::newRow("no working day") << p << false;
    p.hours.days = {8};
    QTest::newRow("no such day") << p << false;
    p.hours.enabled = false;
    QTest::newRow("hours switched off") << p << true;

    p = policy;
    p.hours.timeZoneId = "Mars/Olympus_Mons";
    QTest::newRow("unknown zone") << p << false;
}

void tst_WorkingHours::validate()
{
    QFETCH(SlaPolicy, policy);
    QFETCH(bool, valid);
    QCOMPARE(policy.validate().isEmpty(), valid);
}

void tst_WorkingHours::policySaveAndLoad()
{
    SlaPolicy policy;
    policy.minutes = 45;
    policy.hours.enabled = true;
    policy.hours.start = QTime(8, 30);
    policy.hours.end = QTime(17, 15);
    policy.hours.days = {1, 2, 3, 4, 6};
    policy.hours.timeZoneId = "Europe/Kyiv";
    policy.save(*m_db);
    QCOMPARE(SlaPolicy::load(*m_db), policy);
    QVERIFY(SettingsStore(*m_db).text(u"sla"_s).contains(u"Europe/Kyiv"_s));

    policy.hours.enabled = false;
    policy.hours.days.clear();
    policy.save(*m_db);
    QCOMPARE(SlaPolicy::load(*m_db), policy);
}

void tst_WorkingHours::defaultPolicyWhenNothingStored()
{
    QCOMPARE(SlaPolicy::load(*m_db), SlaPolicy());
}

QTEST_GUILESS_MAIN(tst_WorkingHours)
#include "tst_workinghours.moc"
