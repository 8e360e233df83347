#include "leads/leadstore.h"
#include "leadtesting.h"
#include "store/dealstore.h"
#include "store/taskstore.h"
#include "tasks/taskspage.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;
using namespace loopline::test;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kStart = 1'767'261'600'000; // 2026-01-01T10:00:00Z: noon in Kyiv

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

// "My tasks" driven from the keyboard on both backends: the groups and their counts,
// Space to mark a task done (and not done), Enter to open its lead or deal, Del to
// delete, a task of one's own, and the empty state.
class TestTasksUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_clock = std::make_shared<ManualClock>(kStart);
        m_db->setClock(m_clock);
        m_db->setCurrentUser(u"sam"_s);
    }
    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void groupsWithCounts()
    {
        const QString leadId = LeadStore(*m_db).create(lead(u"Shevchenko"_s));
        task(u"Call back"_s, kStart - kDay, u"lead"_s, leadId);
        task(u"Send the offer"_s, kStart - kHour);
        task(u"Prepare the demo"_s, kStart + 3 * kHour);
        task(u"Quarterly review"_s, kStart + 3 * kDay);
        TaskStore(*m_db).setDone(task(u"Old one"_s, kStart - 2 * kDay), true);
        task(u"Anna's"_s, kStart, {}, {}, u"anna"_s);

        TasksPage &p = page();
        QCOMPARE(p.findChild<QLabel *>(u"tasksHeading"_s)->text(), u"My tasks — sam"_s);
        QVERIFY(!p.isShowingEmptyState());
        QCOMPARE(titles(TaskBucket::Overdue), QStringList({u"Call back"_s, u"Send the offer"_s}));
        QCOMPARE(titles(TaskBucket::Today), QStringList({u"Prepare the demo"_s}));
        QCOMPARE(titles(TaskBucket::Upcoming), QStringList({u"Quarterly review"_s}));
        QCOMPARE(titles(TaskBucket::Done), QStringList({u"Old one"_s}));
        QCOMPARE(p.group(TaskBucket::Overdue)->text(0), u"Overdue (2)"_s);
        QCOMPARE(p.group(TaskBucket::Overdue)->foreground(0).color(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(p.group(TaskBucket::Today)->isExpanded());
        QVERIFY(!p.group(TaskBucket::Done)->isExpanded());
        QTreeWidgetItem *callBack = p.group(TaskBucket::Overdue)->child(0);
        QCOMPARE(callBack->text(1), u"Anna Shevchenko"_s);
        QVERIFY(callBack->text(2).endsWith(u"1 day(s) late"_s));
        QVERIFY(p.group(TaskBucket::Today)->child(0)->text(2).endsWith(u"in 3 hour(s)"_s));
        QCOMPARE(p.currentTaskId(), callBack->data(0, Qt::UserRole).toString()); // ready for the keyboard

        // Due at 15:00: overdue once 15:00 has passed, at the next minute's refresh.
        auto *timer = p.findChild<QTimer *>();
        QVERIFY(timer && timer->isActive());
        QCOMPARE(timer->interval(), 60'000);
        m_clock->advanceMs(3 * kHour + kMinute);
        p.refresh();
        QCOMPARE(titles(TaskBucket::Overdue),
            QStringList({u"Call back"_s, u"Send the offer"_s, u"Prepare the demo"_s}));
        QVERIFY(p.group(TaskBucket::Today)->isHidden());
        QCOMPARE(p.statusText(), u"3 overdue · 1 upcoming"_s);
    }

    void spaceMarksDone()
    {
        const QString first = task(u"First"_s, kStart + kHour);
        const QString second = task(u"Second"_s, kStart + 2 * kHour);
        TasksPage &p = page();
        QTreeWidget *tree = p.tree();
        QVERIFY(p.selectTask(first));
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(TaskStore(*m_db).get(first)->isDone());
        QCOMPARE(titles(TaskBucket::Today), QStringList({u"Second"_s}));
        QCOMPARE(titles(TaskBucket::Done), QStringList({u"First"_s}));
        QCOMPARE(p.currentTaskId(), second); // the next task, ready for another Space
        QCOMPARE(tree->currentItem()->checkState(0), Qt::Unchecked);

        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(TaskStore(*m_db).get(second)->isDone());
        QVERIFY(p.group(TaskBucket::Today)->isHidden());
        QCOMPARE(titles(TaskBucket::Done), QStringList({u"Second"_s, u"First"_s}));
        QCOMPARE(p.statusText(), u"Nothing left to do."_s);

        // Space on a done task opens it again.
        QVERIFY(p.selectTask(first));
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(!TaskStore(*m_db).get(first)->isDone());
        QCOMPARE(titles(TaskBucket::Today), QStringList({u"First"_s}));

        // Ticking the box does the same as Space.
        QVERIFY(p.selectTask(first));
        tree->currentItem()->setCheckState(0, Qt::Checked);
        QTRY_VERIFY(TaskStore(*m_db).get(first)->isDone());
        QTRY_COMPARE(titles(TaskBucket::Done).size(), 2);
    }

    void enterOpensTheRecord()
    {
        const QString leadId = LeadStore(*m_db).create(lead(u"Bondar"_s));
        Deal deal;
        deal.title = u"Kvant licence"_s;
        deal.stageId = u"needs_confirmed"_s;
        deal.owner = u"anna"_s;
        const QString dealId = DealStore(*m_db).create(deal);
        const QString aboutLead = task(u"Call Bondar"_s, kStart + kHour, u"lead"_s, leadId);
        const QString aboutDeal = task(u"Send the contract"_s, kStart + 2 * kHour, u"deal"_s, dealId);
        const QString personal = task(u"Expenses"_s, kStart + 3 * kHour);
        TasksPage &p = page();
        QCOMPARE(p.group(TaskBucket::Today)->child(1)->text(1), u"Kvant licence"_s);
        QSignalSpy opened(&p, &TasksPage::openRecord);

        QVERIFY(p.selectTask(aboutDeal));
        QTest::keyClick(p.tree(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0), QVariantList({u"deal"_s, dealId}));
        QVERIFY(p.selectTask(aboutLead));
        QTest::keyClick(p.tree(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(opened.at(1), QVariantList({u"lead"_s, leadId}));
        QVERIFY(!TaskStore(*m_db).get(aboutLead)->isDone());
        // A task of one's own is about nothing to open.
        QVERIFY(p.selectTask(personal));
        QTest::keyClick(p.tree(), Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
    }

    void deleteAsksFirst()
    {
        const QString id = task(u"Mistake"_s, kStart + kHour);
        const QString kept = task(u"Kept"_s, kStart + 2 * kHour);
        TasksPage &p = page();
        QVERIFY(p.selectTask(id));
        answerNextMessageBox(QMessageBox::Cancel);
        QTest::keyClick(p.tree(), Qt::Key_Delete);
        QVERIFY(TaskStore(*m_db).get(id));
        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(p.tree(), Qt::Key_Delete);
        QVERIFY(!TaskStore(*m_db).get(id));
        QCOMPARE(titles(TaskBucket::Today), QStringList({u"Kept"_s}));
        QCOMPARE(p.currentTaskId(), kept);
    }

    void emptyStateThenAPersonalTask()
    {
        task(u"Anna's"_s, kStart, {}, {}, u"anna"_s);
        TasksPage &p = page();
        QVERIFY(p.isShowingEmptyState());
        QVERIFY(p.findChild<QLabel *>(u"emptyState"_s)->text().contains(u"Nothing to do."_s));

        bool okWasDisabled = false;
        onNextDialog<TaskDialog>([&okWasDisabled](TaskDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okWasDisabled = !ok->isEnabled();
            QTest::keyClicks(dialog->titleEdit(), u"Renew the domain"_s);
            // 2 January 09:30 on the wall clock in Kyiv.
            dialog->dueEdit()->setDateTime(QDateTime(QDate(2026, 1, 2), QTime(9, 30), Qt::UTC));
            ok->click();
        });
        QVERIFY(p.addTask());
        QVERIFY(okWasDisabled);
        QVERIFY(!p.isShowingEmptyState());
        QCOMPARE(titles(TaskBucket::Upcoming), QStringList({u"Renew the domain"_s}));
        const Task added = *TaskStore(*m_db).get(p.currentTaskId());
        QCOMPARE(added.owner, u"sam"_s);
        QVERIFY(added.entity.isEmpty());
        QCOMPARE(added.dueAt, QDateTime(QDate(2026, 1, 2), QTime(7, 30), Qt::UTC));

        // Rescheduled to the day after: still upcoming, at the new time.
        onNextDialog<TaskDialog>([](TaskDialog *dialog) {
            QVERIFY(dialog->titleEdit()->isReadOnly());
            dialog->dueEdit()->setDateTime(QDateTime(QDate(2026, 1, 3), QTime(9, 30), Qt::UTC));
            dialog->accept();
        });
        QVERIFY(p.rescheduleCurrent());
        QCOMPARE(TaskStore(*m_db).get(added.id)->dueAt, QDateTime(QDate(2026, 1, 3), QTime(7, 30), Qt::UTC));
    }

    void dueTexts()
    {
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        const QTimeZone kyiv("Europe/Kyiv");
        const QDateTime now = at(kStart);
        Task t;
        t.dueAt = at(kStart + 2 * kHour);
        QCOMPARE(TasksPage::dueText(t, now, kyiv, locale), u"14:00 · in 2 hour(s)"_s);
        t.dueAt = at(kStart - 5 * kMinute);
        QCOMPARE(TasksPage::dueText(t, now, kyiv, locale), u"11:55 · 5 minute(s) late"_s);
        t.dueAt = at(kStart + kDay);
        QCOMPARE(TasksPage::dueText(t, now, kyiv, locale), u"02/01/2026 12:00 · tomorrow"_s);
        t.dueAt = at(kStart + 2 * kDay - 11 * kHour); // 3 January, 01:00 in Kyiv
        QCOMPARE(TasksPage::dueText(t, now, kyiv, locale), u"03/01/2026 01:00 · in 2 day(s)"_s);
        t.dueAt = at(kStart - 3 * kDay - kHour);
        QCOMPARE(TasksPage::dueText(t, now, kyiv, locale), u"29/12/2025 11:00 · 3 day(s) late"_s);
        t.doneAt = now;
        QCOMPARE(TasksPage::dueText(t, now, kyiv, locale), u"done 01/01/2026 12:00"_s);
    }

private:
    QString task(const QString &title, qint64 dueMs, const QString &entity = {}, const QString &entityId = {},
        const QString &owner = u"sam"_s)
    {
        Task t;
        t.title = title;
        t.owner = owner;
        t.dueAt = at(dueMs);
        t.entity = entity;
        t.entityId = entityId;
        return TaskStore(*m_db).create(t);
    }
    QStringList titles(TaskBucket bucket) const
    {
        QStringList result;
        QTreeWidgetItem *group = m_page->group(bucket);
        for (int i = 0; i < group->childCount(); ++i)
            result << group->child(i)->text(0);
        return result;
    }
    TasksPage &page()
    {
        if (!m_page) {
            m_page = std::make_unique<TasksPage>(*m_db);
            m_page->setTimeZone(QTimeZone("Europe/Kyiv"));
            m_page->resize(900, 500);
            m_page->show();
        }
        return *m_page;
    }
    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<TasksPage> m_page;
};

QTEST_MAIN(TestTasksUi)
#include "tst_tasksui.moc"
