#include "leads/leadstore.h"
#include "leadtesting.h"
#include "pipeline/dealclosing.h"
#include "reports/reportspage.h"
#include "store/dealstore.h"
#include "testdatabase.h"

#include <QClipboard>
#include <QDateEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QStackedBarSeries>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// The reports page on real data: four charts, their numbers, the empty state and CSV.
class TestReportsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init()
    {
        LOOPLINE_OPEN_TEST_DATABASE(m_db, QString::fromLatin1(TestDatabase::Sqlite));
        m_db->setCurrentUser(u"anna"_s);
    }
    void cleanup() { m_db.reset(); }

    void chartsShowTheClosedDeals()
    {
        fill();
        ReportsPage page(*m_db);
        page.resize(1200, 800);
        page.show();
        QCOMPARE(page.chartCount(), 5);
        for (int i = 0; i < page.chartCount(); ++i)
            QVERIFY(page.chart(i));

        // Win/loss: a stacked series whose sets add up to the closed deals.
        QVERIFY(!page.isShowingEmptyState(ReportsPage::WinLossChart));
        QChart *winLoss = page.chart(ReportsPage::WinLossChart)->chart();
        QCOMPARE(winLoss->series().size(), 1);
        auto *stacked = qobject_cast<QStackedBarSeries *>(winLoss->series().first());
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 2);
        QCOMPARE(stacked->barSets().at(0)->sum(), 2.0); // won
        QCOMPARE(stacked->barSets().at(1)->sum(), 3.0); // lost

        // Loss reasons: the most frequent is drawn on top (the last category).
        QVERIFY(!page.isShowingEmptyState(ReportsPage::LossReasonsChart));
        QChart *reasons = page.chart(ReportsPage::LossReasonsChart)->chart();
        auto *horizontal = qobject_cast<QHorizontalBarSeries *>(reasons->series().first());
        QVERIFY(horizontal);
        auto *axis = qobject_cast<QBarCategoryAxis *>(reasons->axes(Qt::Vertical).first());
        QVERIFY(axis);
        QCOMPARE(axis->categories(), QStringList({u"Went to a competitor"_s, u"Price"_s}));
        QCOMPARE(horizontal->barSets().first()->at(1), 2.0);

        // Competitors: the name and our win rate in the label.
        QChart *competitors = page.chart(ReportsPage::CompetitorsChart)->chart();
        const QStringList names
            = qobject_cast<QBarCategoryAxis *>(competitors->axes(Qt::Vertical).first())->categories();
        QCOMPARE(names.size(), 1);
        QVERIFY2(names.first().startsWith(u"Acme"_s), qPrintable(names.first()));
        QVERIFY2(names.first().contains(u"50"_s), qPrintable(names.first()));

        QVERIFY(!page.isShowingEmptyState(ReportsPage::FunnelChart));
    }

    void emptyPeriodShowsTheEmptyState()
    {
        fill();
        ReportsPage page(*m_db);
        page.fromEdit()->setDate(QDate(2001, 1, 1));
        page.toEdit()->setDate(QDate(2001, 12, 31));
        page.refresh();
        for (int i = 0; i < page.chartCount(); ++i)
            QVERIFY(page.isShowingEmptyState(i));
        QCOMPARE(page.emptyLabel(ReportsPage::WinLossChart)->text(), u"No closed deals in this period"_s);
        // And back.
        page.fromEdit()->setDate(QDate::currentDate().addMonths(-1));
        page.toEdit()->setDate(QDate::currentDate());
        QTRY_VERIFY(!page.isShowingEmptyState(ReportsPage::WinLossChart));
    }

    void copiesTheDataAsCsv()
    {
        fill();
        ReportsPage page(*m_db);
        page.refresh();
        page.copyCsv(ReportsPage::LossReasonsChart);
        QCOMPARE(QGuiApplication::clipboard()->text(),
            u"Loss reason,Lost deals\nPrice,2\nWent to a competitor,1\n"_s);
    }

private:
    QString deal(const QString &title)
    {
        Deal d;
        d.title = title;
        d.stageId = u"needs_confirmed"_s;
        d.valueMinor = 100'000;
        d.currency = u"EUR"_s;
        d.owner = u"anna"_s;
        return DealStore(*m_db).create(d);
    }
    // Two deals won, two lost on price and one lost to Acme (which also was in a won one).
    void fill()
    {
        Competitor acme;
        acme.name = u"Acme"_s;
        const QString acmeId = CompetitorStore(*m_db).create(acme);
        DealClosing closing(*m_db);
        const QString won = deal(u"Won 1"_s);
        CompetitorStore(*m_db).setCompetitors(won, {acmeId});
        closing.closeWon(won, 120'000, QDate::currentDate());
        closing.closeWon(deal(u"Won 2"_s), 80'000, QDate::currentDate());
        closing.closeLost(deal(u"Lost 1"_s), u"price"_s);
        closing.closeLost(deal(u"Lost 2"_s), u"price"_s);
        closing.closeLost(deal(u"Lost 3"_s), u"competitor"_s, acmeId);
        LeadStore leads(*m_db);
        leads.create(loopline::test::lead(u"Kovalenko"_s));
        leads.create(loopline::test::lead(u"Petrenko"_s));
    }

    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestReportsUi)
#include "tst_reportsui.moc"
