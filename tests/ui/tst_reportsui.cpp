#include "demo/demodata.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "models/recordlistmodel.h"
#include "pipeline/dealclosing.h"
#include "reports/recordsdialog.h"
#include "reports/reportspage.h"
#include "store/dealstore.h"
#include "store/storeerror.h"
#include "store/teamstore.h"
#include "testdatabase.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
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
        QVERIFY(loaded(page));
        QCOMPARE(page.dashboard(), ChartBuilder::defaultDashboard());
        for (ChartKind kind : page.dashboard())
            QVERIFY(page.chart(kind));
        QVERIFY(!page.chart(ChartKind::Collateral)); // not on the default dashboard

        // Win/loss: a stacked series whose sets add up to the closed deals.
        QVERIFY(!page.isShowingEmptyState(ChartKind::WinLossByMonth));
        QChart *winLoss = page.chart(ChartKind::WinLossByMonth)->chart();
        QCOMPARE(winLoss->series().size(), 1);
        auto *stacked = qobject_cast<QStackedBarSeries *>(winLoss->series().first());
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 2);
        QCOMPARE(stacked->barSets().at(0)->sum(), 2.0); // won
        QCOMPARE(stacked->barSets().at(1)->sum(), 3.0); // lost

        // Loss reasons: the most frequent is drawn on top (the last category).
        QVERIFY(!page.isShowingEmptyState(ChartKind::LossReasons));
        QChart *reasons = page.chart(ChartKind::LossReasons)->chart();
        auto *horizontal = qobject_cast<QHorizontalBarSeries *>(reasons->series().first());
        QVERIFY(horizontal);
        QCOMPARE(categories(reasons), QStringList({u"Went to a competitor"_s, u"Price"_s}));
        QCOMPARE(horizontal->barSets().first()->at(1), 2.0);

        // Competitors: the name and our win rate in the label; won by us, by them.
        QChart *competitors = page.chart(ChartKind::Competitors)->chart();
        const QStringList names = categories(competitors);
        QCOMPARE(names.size(), 1);
        QVERIFY2(names.first().startsWith(u"Acme"_s), qPrintable(names.first()));
        QVERIFY2(names.first().contains(u"50"_s), qPrintable(names.first()));
        auto *sets = qobject_cast<QAbstractBarSeries *>(competitors->series().first());
        QCOMPARE(sets->barSets().at(0)->at(0), 1.0);
        QCOMPARE(sets->barSets().at(1)->at(0), 1.0);

        QVERIFY(!page.isShowingEmptyState(ChartKind::LeadFunnel));
        QVERIFY(!page.isShowingEmptyState(ChartKind::DealFunnel));
        // Anna's won deals: 2 won for 2 000.00 EUR.
        QVERIFY(!page.isShowingEmptyState(ChartKind::SalesFigures));
        QChart *sales = page.chart(ChartKind::SalesFigures)->chart();
        QCOMPARE(
            qobject_cast<QAbstractBarSeries *>(sales->series().first())->barSets().first()->at(0), 2000.0);
        QVERIFY(categories(sales).first().startsWith(u"anna"_s));
        QVERIFY(page.isShowingEmptyState(ChartKind::Forecast)); // nothing open with a close date
    }

    void everyChartOpensOnDemoData()
    {
        DemoDataGenerator(3).fill(*m_db, 300);
        ReportsPage page(*m_db);
        page.setDashboard(ChartBuilder::allKinds());
        page.resize(1400, 900);
        page.show();
        QVERIFY(loaded(page));
        QCOMPARE(page.dashboard().size(), ChartBuilder::allKinds().size());
        for (ChartKind kind : ChartBuilder::allKinds()) {
            QVERIFY2(page.chart(kind), qPrintable(ChartBuilder::key(kind)));
            QVERIFY2(!page.isShowingEmptyState(kind), qPrintable(ChartBuilder::key(kind)));
            QVERIFY2(page.table(kind)->hasData(), qPrintable(ChartBuilder::key(kind)));
            // Every chart's numbers have as many columns as its header.
            const DataTable *table = page.table(kind);
            for (const QVariantList &row : table->rows)
                QVERIFY(row.size() <= table->rows.first().size());
            // LOOPLINE_SCREENSHOTS=dir keeps a picture of every chart to look at.
            if (const QString dir = qEnvironmentVariable("LOOPLINE_SCREENSHOTS"); !dir.isEmpty()) {
                QVERIFY(page.saveChart(kind, dir + u"/chart-"_s + ChartBuilder::key(kind) + u".png"_s));
            }
        }
    }

    void emptyPeriodShowsTheEmptyState()
    {
        fill();
        ReportsPage page(*m_db);
        page.fromEdit()->setDate(QDate(2001, 1, 1));
        page.toEdit()->setDate(QDate(2001, 12, 31));
        page.refresh();
        QVERIFY(loaded(page));
        for (ChartKind kind : page.dashboard())
            QVERIFY2(page.isShowingEmptyState(kind), qPrintable(ChartBuilder::key(kind)));
        QCOMPARE(page.emptyLabel(ChartKind::WinLossByMonth)->text(), u"No closed deals in this period"_s);
        // And back.
        page.fromEdit()->setDate(QDate::currentDate().addMonths(-1));
        page.toEdit()->setDate(QDate::currentDate());
        QTRY_VERIFY(!page.isShowingEmptyState(ChartKind::WinLossByMonth));
    }

    void copiesTheDataAsCsv()
    {
        fill();
        ReportsPage page(*m_db);
        page.refresh();
        QVERIFY(loaded(page));
        page.copyCsv(ChartKind::LossReasons);
        QCOMPARE(QGuiApplication::clipboard()->text(),
            u"Loss reason,Lost deals\r\nPrice,2\r\nWent to a competitor,1\r\n"_s);
    }

    void theDashboardIsRemembered()
    {
        {
            ReportsPage page(*m_db);
            page.setDashboard({ChartKind::Competitors, ChartKind::WinLossByOwner, ChartKind::Collateral});
            page.moveChart(ChartKind::Collateral, -2);
            page.setChartShown(ChartKind::WinLossByOwner, false);
            QCOMPARE(page.dashboard(), (QList<ChartKind> {ChartKind::Collateral, ChartKind::Competitors}));
            QVERIFY(!page.chart(ChartKind::WinLossByOwner));
        }
        ReportsPage again(*m_db);
        again.setDashboard({});
        again.show();
        QVERIFY(loaded(again));
        const QList<QLabel *> labels = again.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
            [](QLabel *label) { return label->isVisible() && label->text().startsWith(u"No charts"_s); }));
        again.setDashboard({ChartKind::Collateral, ChartKind::Competitors});
        QCOMPARE(again.dashboard(), (QList<ChartKind> {ChartKind::Collateral, ChartKind::Competitors}));
        again.resetDashboard();
        QCOMPARE(again.dashboard(), ChartBuilder::defaultDashboard());
    }

    void clickingABarListsItsRecords()
    {
        fill();
        ReportsPage page(*m_db);
        page.refresh();
        QVERIFY(loaded(page));
        QSignalSpy opened(&page, &ReportsPage::openRecords);
        // A real click on the "Price" bar (the top one) of the loss reasons.
        auto *series = qobject_cast<QAbstractBarSeries *>(
            page.chart(ChartKind::LossReasons)->chart()->series().first());
        Q_EMIT series->clicked(1, series->barSets().first());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), u"Deals lost — Price"_s);
        const auto records = opened.first().at(1).value<DrillDown>();
        RecordsDialog dialog(*m_db, opened.first().at(0).toString(), records);
        QCOMPARE(dialog.entity(), u"deal"_s);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QStringList titles;
        for (int row = 0; row < 2; ++row)
            titles << dialog.model()->index(row, 0).data().toString();
        titles.sort();
        QCOMPARE(titles, QStringList({u"Lost 1"_s, u"Lost 2"_s}));
        QSignalSpy open(&dialog, &RecordsDialog::openRecord);
        dialog.view()->setCurrentIndex(dialog.model()->index(0, 0));
        Q_EMIT dialog.view()->activated(dialog.model()->index(0, 0));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), u"deal"_s);
        QCOMPARE(open.first().at(1).toString(), dialog.model()->idAt(0));

        // The lead funnel's first bar: every lead that arrived.
        QVERIFY(page.openBar(ChartKind::LeadFunnel, 0, 8)); // drawn bottom up: "New" is the last bar
        const auto leads = opened.last().at(1).value<DrillDown>();
        QCOMPARE(RecordsDialog(*m_db, QString(), leads).model()->totalCount(), qint64(2));
        QVERIFY(!page.openBar(ChartKind::LossReasons, 3, 0)); // no such set
    }

    void filtersNarrowEveryChart()
    {
        fill();
        ReportsPage page(*m_db);
        page.show();
        QVERIFY(loaded(page));
        QComboBox *owner = page.ownerBox();
        const int boris = owner->findData(u"boris"_s);
        QVERIFY(boris > 0); // a team member
        owner->setCurrentIndex(boris);
        page.refresh();
        QVERIFY(loaded(page));
        QVERIFY(page.isShowingEmptyState(ChartKind::WinLossByMonth)); // all deals are anna's
        owner->setCurrentIndex(owner->findData(u"anna"_s));
        page.refresh();
        QVERIFY(loaded(page));
        QVERIFY(!page.isShowingEmptyState(ChartKind::WinLossByMonth));
        QCOMPARE(page.filter().owner, u"anna"_s);
        QVERIFY(page.sourceBox()->count() > 5); // the built-in sources
        page.sourceBox()->setCurrentIndex(page.sourceBox()->findData(u"trade_show"_s));
        QCOMPARE(page.filter().sourceId, u"trade_show"_s);
        page.refresh();
        QVERIFY(loaded(page));
        QVERIFY(page.isShowingEmptyState(ChartKind::WinLossByMonth)); // no deal came from a lead
    }

    // The charts are read on a worker thread; a newer filter wins over a read still running,
    // and Stop keeps the window as it was.
    void readsInTheBackgroundAndStops()
    {
        fill();
        ReportsPage page(*m_db);
        page.resize(1200, 800);
        page.fromEdit()->setDate(QDate(2001, 1, 1));
        page.toEdit()->setDate(QDate(2001, 12, 31));
        page.refresh(); // an empty period...
        QVERIFY(page.isLoading());
        page.fromEdit()->setDate(QDate::currentDate().addMonths(-1));
        page.toEdit()->setDate(QDate::currentDate());
        page.refresh(); // ...overtaken by this one before it is drawn
        QVERIFY(loaded(page));
        QVERIFY(!page.isShowingEmptyState(ChartKind::WinLossByMonth));
        QTest::qWait(100); // nothing of the first read arrives late
        QVERIFY(!page.isShowingEmptyState(ChartKind::WinLossByMonth));

        QSignalSpy status(&page, &ReportsPage::statusChanged);
        page.refresh();
        page.cancelLoading();
        QVERIFY(!page.isLoading());
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().first().toString(), u"Stopped reading the reports"_s);
        QTest::qWait(100);
        QVERIFY(!page.isShowingEmptyState(ChartKind::WinLossByMonth)); // what was read stays
    }

    void exportsPdfAndXlsx()
    {
        fill();
        ReportsPage page(*m_db);
        page.refresh();
        QVERIFY(loaded(page));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"reports.pdf"_s);
        page.exportPdf(pdf);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY2(file.size() > 20'000, qPrintable(QString::number(file.size()))); // eight charts drawn
        QVERIFY(!QFile::exists(pdf + u".part"_s));
        // Its first page as a picture: not blank.
        const QImage first = page.pageImage(0);
        QVERIFY(!first.isNull());
        int inked = 0;
        for (int y = 0; y < first.height(); y += 4) {
            for (int x = 0; x < first.width(); x += 4)
                inked += first.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
        QVERIFY2(inked > first.width() * first.height() / 16 / 20, qPrintable(QString::number(inked)));
        if (const QString dir = qEnvironmentVariable("LOOPLINE_SCREENSHOTS"); !dir.isEmpty()) {
            QVERIFY(first.save(dir + u"/report-page-1.png"_s));
            QVERIFY(page.pageImage(1).save(dir + u"/report-page-2.png"_s));
        }

        const QString xlsx = dir.filePath(u"reports.xlsx"_s);
        page.saveXlsx(page.dashboard(), xlsx);
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(2) == "PK");
        QVERIFY_THROWS_EXCEPTION(
            StoreError, page.saveXlsx(page.dashboard(), dir.filePath(u"no/such/dir.xlsx"_s)));
    }

private:
    // The charts are read on a worker thread: wait until all have arrived.
    static bool loaded(const ReportsPage &page)
    {
        return QTest::qWaitFor([&page] { return !page.isLoading(); }, 30'000);
    }
    static QStringList categories(QChart *chart)
    {
        return qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first())->categories();
    }
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
        TeamStore team(*m_db);
        for (const QString &name : {u"anna"_s, u"boris"_s}) {
            TeamMember member;
            member.name = name;
            team.add(member);
        }
        LeadStore leads(*m_db);
        leads.create(loopline::test::lead(u"Kovalenko"_s));
        leads.create(loopline::test::lead(u"Petrenko"_s));
    }

    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestReportsUi)
#include "tst_reportsui.moc"
