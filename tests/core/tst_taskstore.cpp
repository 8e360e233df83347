#include "leads/leadstore.h"
#include "leadtesting.h"
#include "store/dealstore.h"
#include "store/taskstore.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::storeErrorFrom;
using loopline::test::TestDatabase;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// 2026-01-01T21:30:00Z: half past eleven at night in Kyiv (UTC+2 in winter).
constexpr qint64 kLateEvening = 1'767'303'000'000;
// 2026-01-01T22:00:00Z: midnight in Kyiv, when 2 January begins there (still 1 January in UTC).
constexpr qint64 kKyivMidnight = kLateEvening + 30 * kMinute;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

// TaskStore on both backends: "My tasks" buckets at the day's bounds in the user's zone,
// their order, done tasks, what each task is about, and every write.
class tst_TaskStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void bucketsFollowTheDayInTheZone();
    void dayBoundsFollowDaylightSaving();
    void openTasksByDueTimeThenRecentlyDone();
    void otherOwnersAreLeftOut();
    void doneAndUndone();
    void reschedule();
    void remove();
    void invalidTaskWritesNothing();
    void subjectNamesTheLeadOrTheDeal();

private:
    QString task(const QString &title, qint64 dueMs, const QString &owner = u"tester"_s) const
    {
        Task t;
        t.title = title;
        t.owner = owner;
        t.dueAt = utc(dueMs);
        return TaskStore(*m_db).create(t);
    }
    QList<TaskListItem> myTasks(int doneLimit = 20) const
    {
        return TaskStore(*m_db).myTasks(u"tester"_s, m_clock->now(), m_zone, doneLimit);
    }
    // "title:bucket" for each item, and checks that bucketOf() agrees with the SQL.
    QStringList shown(int doneLimit = 20) const
    {
        QStringList result;
        for (const TaskListItem &item : myTasks(doneLimit)) {
            const TaskBucket again = TaskStore::bucketOf(item.task, m_clock->now(), m_zone);
            result << item.task.title + u':' + QString::number(int(item.bucket))
                    + (again == item.bucket ? QString() : u" (bucketOf disagrees)"_s);
        }
        return result;
    }
    qint64 count() const { return m_db->scalar(u"SELECT COUNT(*) FROM tasks"_s).toLongLong(); }

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
    const QTimeZone m_zone {"Europe/Kyiv"};
};

void tst_TaskStore::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_TaskStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    QVERIFY(m_zone.isValid());
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kLateEvening);
    m_db->setClock(m_clock);
}

void tst_TaskStore::cleanup()
{
    m_db.reset();
}

void tst_TaskStore::bucketsFollowTheDayInTheZone()
{
    task(u"yesterday"_s, kLateEvening - kDay);
    task(u"minute ago"_s, kLateEvening - kMinute);
    task(u"now"_s, kLateEvening);
    task(u"last moment"_s, kKyivMidnight - 1);
    task(u"midnight"_s, kKyivMidnight);
    task(u"next week"_s, kLateEvening + 7 * kDay);
    // "0" overdue, "1" today, "2" upcoming; due exactly now is not late yet.
    QCOMPARE(shown(),
        QStringList({u"yesterday:0"_s, u"minute ago:0"_s, u"now:1"_s, u"last moment:1"_s, u"midnight:2"_s,
            u"next week:2"_s}));

    // Midnight in Kyiv: a new day begins there while it is still 1 January in UTC.
    m_clock->setNowMs(kKyivMidnight);
    QCOMPARE(shown(),
        QStringList({u"yesterday:0"_s, u"minute ago:0"_s, u"now:0"_s, u"last moment:0"_s, u"midnight:1"_s,
            u"next week:2"_s}));
    // A minute earlier it is 1 January in both zones, but only in UTC is "midnight" due today.
    Task midnight;
    midnight.dueAt = utc(kKyivMidnight);
    QCOMPARE(
        TaskStore::bucketOf(midnight, utc(kKyivMidnight - kMinute), QTimeZone::utc()), TaskBucket::Today);
    QCOMPARE(TaskStore::bucketOf(midnight, utc(kKyivMidnight - kMinute), m_zone), TaskBucket::Upcoming);
}

void tst_TaskStore::dayBoundsFollowDaylightSaving()
{
    // 29 March 2026 in Kyiv has 23 hours: it begins at 22:00Z and ends at 21:00Z.
    const QDateTime noon(QDate(2026, 3, 29), QTime(12, 0), m_zone);
    QCOMPARE(TaskStore::endOfDay(noon, m_zone), QDateTime(QDate(2026, 3, 29), QTime(21, 0), Qt::UTC));
    QCOMPARE(
        TaskStore::endOfDay(noon, QTimeZone::utc()), QDateTime(QDate(2026, 3, 30), QTime(0, 0), Qt::UTC));
    m_clock->setNowMs(noon.toMSecsSinceEpoch());
    task(u"evening"_s, QDateTime(QDate(2026, 3, 29), QTime(23, 30), m_zone).toMSecsSinceEpoch());
    task(u"after midnight"_s, QDateTime(QDate(2026, 3, 30), QTime(0, 10), m_zone).toMSecsSinceEpoch());
    QCOMPARE(shown(), QStringList({u"evening:1"_s, u"after midnight:2"_s}));
}

void tst_TaskStore::openTasksByDueTimeThenRecentlyDone()
{
    TaskStore store(*m_db);
    const QString late = task(u"C late"_s, kLateEvening + 3 * kDay);
    task(u"A soon"_s, kLateEvening + 10 * kMinute);
    task(u"B also soon"_s, kLateEvening + 10 * kMinute); // the same time: in the order written
    const QString first = task(u"done first"_s, kLateEvening + kDay);
    const QString second = task(u"done second"_s, kLateEvening - kDay);
    store.setDone(first, true);
    m_clock->advanceMs(kMinute);
    store.setDone(second, true);
    m_clock->advanceMs(kMinute);
    store.setDone(late, true);
    // Done ones: the most recent first, whatever their due time.
    QCOMPARE(shown(),
        QStringList(
            {u"A soon:1"_s, u"B also soon:1"_s, u"C late:3"_s, u"done second:3"_s, u"done first:3"_s}));
    QCOMPARE(shown(2), QStringList({u"A soon:1"_s, u"B also soon:1"_s, u"C late:3"_s, u"done second:3"_s}));
    QCOMPARE(shown(0), QStringList({u"A soon:1"_s, u"B also soon:1"_s}));
    QCOMPARE(myTasks().at(2).task.doneAt, utc(kLateEvening + 2 * kMinute));
}

void tst_TaskStore::otherOwnersAreLeftOut()
{
    task(u"mine"_s, kLateEvening + 10 * kMinute);
    task(u"hers"_s, kLateEvening - kHour, u"anna"_s);
    TaskStore(*m_db).setDone(task(u"her done"_s, kLateEvening, u"anna"_s), true);
    task(u"nobody's"_s, kLateEvening, QString());
    QCOMPARE(shown(), QStringList({u"mine:1"_s}));
    QCOMPARE(TaskStore(*m_db).myTasks(u"anna"_s, m_clock->now(), m_zone).size(), 2);
}

void tst_TaskStore::doneAndUndone()
{
    TaskStore store(*m_db);
    const QString id = task(u"Call back"_s, kLateEvening - kHour);
    m_clock->advanceMs(kMinute);
    store.setDone(id, true);
    QCOMPARE(store.get(id)->doneAt, utc(kLateEvening + kMinute));
    QCOMPARE(shown(), QStringList({u"Call back:3"_s}));
    // Done again later: still done when it was first done.
    m_clock->advanceMs(kMinute);
    store.setDone(id, true);
    QCOMPARE(store.get(id)->doneAt, utc(kLateEvening + kMinute));
    // Undone: open and overdue again, as if never done.
    store.setDone(id, false);
    QVERIFY(!store.get(id)->isDone());
    QCOMPARE(shown(), QStringList({u"Call back:0"_s}));
    QVERIFY(storeErrorFrom([&] { store.setDone(u"no-such-task"_s, true); }).has_value());
}

void tst_TaskStore::reschedule()
{
    TaskStore store(*m_db);
    const QString id = task(u"Send the offer"_s, kLateEvening - kDay);
    const QString other = task(u"Other"_s, kLateEvening + 10 * kMinute);
    QCOMPARE(shown(), QStringList({u"Send the offer:0"_s, u"Other:1"_s}));
    m_clock->advanceMs(kMinute);
    store.reschedule(id, utc(kLateEvening + 2 * kDay));
    QCOMPARE(store.get(id)->dueAt, utc(kLateEvening + 2 * kDay));
    QCOMPARE(shown(), QStringList({u"Other:1"_s, u"Send the offer:2"_s}));

    const std::optional<StoreError> noDate = storeErrorFrom([&] { store.reschedule(other, QDateTime()); });
    QVERIFY(noDate);
    QVERIFY(noDate->message().contains(u"due date"_s));
    QCOMPARE(store.get(other)->dueAt, utc(kLateEvening + 10 * kMinute));
    QVERIFY(storeErrorFrom([&] { store.reschedule(u"no-such-task"_s, utc(kLateEvening)); }).has_value());
}

void tst_TaskStore::remove()
{
    TaskStore store(*m_db);
    const QString id = task(u"Gone"_s, kLateEvening);
    task(u"Kept"_s, kLateEvening);
    store.remove(id);
    QVERIFY(!store.get(id));
    QCOMPARE(shown(), QStringList({u"Kept:1"_s}));
    QVERIFY_THROWS_NO_EXCEPTION(store.remove(id)); // already gone: nothing to do
}

void tst_TaskStore::invalidTaskWritesNothing()
{
    TaskStore store(*m_db);
    Task noTitle;
    noTitle.title = u"   "_s;
    noTitle.dueAt = utc(kLateEvening);
    const std::optional<StoreError> titleError = storeErrorFrom([&] { store.create(noTitle); });
    QVERIFY(titleError);
    QVERIFY(titleError->message().contains(u"title"_s));

    Task noDue;
    noDue.title = u"Call Anna"_s;
    const std::optional<StoreError> dueError = storeErrorFrom([&] { store.create(noDue); });
    QVERIFY(dueError);
    QVERIFY(dueError->message().contains(u"Call Anna"_s));
    QVERIFY(dueError->message().contains(u"due date"_s));
    QCOMPARE(count(), 0);

    Task ok;
    ok.title = u"  Call Anna "_s;
    ok.dueAt = utc(kLateEvening);
    QCOMPARE(store.get(store.create(ok))->title, u"Call Anna"_s);
}

void tst_TaskStore::subjectNamesTheLeadOrTheDeal()
{
    TaskStore store(*m_db);
    LeadStore leads(*m_db);
    const QString named = leads.create(test::lead(u"Shevchenko"_s));
    Lead nameless = test::lead(QString());
    nameless.firstName.clear();
    nameless.email = u"info@kvant.ua"_s;
    const QString byEmail = leads.create(nameless);
    Deal d;
    d.title = u"Kvant licence"_s;
    d.stageId = u"needs_confirmed"_s;
    d.owner = u"anna"_s; // the stage's own tasks, if any, are hers
    const QString dealId = DealStore(*m_db).create(d);

    auto about = [&](const QString &title, const QString &entity, const QString &entityId, qint64 due) {
        Task t;
        t.title = title;
        t.owner = u"tester"_s;
        t.dueAt = utc(due);
        t.entity = entity;
        t.entityId = entityId;
        return store.create(t);
    };
    about(u"lead"_s, u"lead"_s, named, kLateEvening + 1);
    about(u"lead by e-mail"_s, u"lead"_s, byEmail, kLateEvening + 2);
    about(u"deal"_s, u"deal"_s, dealId, kLateEvening + 3);
    about(u"personal"_s, QString(), QString(), kLateEvening + 4);
    about(u"gone"_s, u"lead"_s, u"deleted-lead"_s, kLateEvening + 5);

    QStringList subjects;
    for (const TaskListItem &item : myTasks()) {
        subjects << item.subject;
        QCOMPARE(store.subjectTitle(item.task), item.subject);
    }
    QCOMPARE(subjects,
        QStringList({u"Anna Shevchenko"_s, u"info@kvant.ua"_s, u"Kvant licence"_s, QString(), QString()}));
}

QTEST_MAIN(tst_TaskStore)
#include "tst_taskstore.moc"
