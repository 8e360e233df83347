#include "common/listpage.h"
#include "common/recordeditor.h"
#include "common/timelinewidget.h"
#include "deals/pipelineboard.h"
#include "mainwindow/mainwindow.h"
#include "pipeline/pipelinestore.h"
#include "store/dealstore.h"
#include "store/taskstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// The deal board driven like a user would, on both backends: column totals, dragging a
// card to another stage (with its follow-up task), keyboard moves, undo.
class TestBoardUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_db->setCurrentUser(u"anna"_s);
        QSettings().clear();
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void columnsShowCountAndTotal()
    {
        deal(u"Kvant"_s, u"needs_confirmed"_s, 100'000);
        deal(u"Polis"_s, u"needs_confirmed"_s, 50'000, u"USD"_s);
        CurrencyRates(*m_db).setRate(u"USD"_s, 0.5);
        PipelineBoard *board = showBoard();
        QCOMPARE(board->columnCount(), 5);
        QCOMPARE(board->columnModel(1)->rowCount(), 2);
        const QString header = board->columnHeader(1)->text();
        QVERIFY2(header.contains(u"2 deal"_s), qPrintable(header));
        QVERIFY2(header.contains(u"1,250.00"_s) || header.contains(u"1 250,00"_s), qPrintable(header));
    }

    void dragMovesTheCardAndUndoPutsItBack()
    {
        PipelineStore(*m_db).addStageTask(u"proposal_received"_s, u"Call about the proposal"_s, 2);
        const QString id = deal(u"Kvant"_s, u"needs_confirmed"_s, 100'000);
        PipelineBoard *board = showBoard();
        BoardColumnModel *from = board->columnModel(1);
        BoardColumnModel *to = board->columnModel(2);
        QCOMPARE(from->rowCount(), 1);
        // What a drag from one column to another does: the source encodes, the target drops.
        std::unique_ptr<QMimeData> data(from->mimeData({from->index(0)}));
        QVERIFY(to->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        to->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        QTRY_COMPARE(DealStore(*m_db).get(id)->stageId, u"proposal_received"_s);
        QCOMPARE(board->columnModel(1)->rowCount(), 0);
        QCOMPARE(board->columnModel(2)->rowCount(), 1);
        QCOMPARE(TaskStore(*m_db).forEntity(id).size(), 1);
        // A drop on its own column does nothing.
        std::unique_ptr<QMimeData> again(board->columnModel(2)->mimeData({board->columnModel(2)->index(0)}));
        board->columnModel(2)->dropMimeData(again.get(), Qt::MoveAction, -1, -1, {});
        QTest::qWait(20);
        QCOMPARE(m_window->undoStack()->count(), 1);

        m_window->undoStack()->undo();
        QCOMPARE(DealStore(*m_db).get(id)->stageId, u"needs_confirmed"_s);
        QCOMPARE(TaskStore(*m_db).forEntity(id).size(), 0); // the move's task went with it
        QCOMPARE(board->columnModel(1)->rowCount(), 1);
        m_window->undoStack()->redo();
        QCOMPARE(DealStore(*m_db).get(id)->stageId, u"proposal_received"_s);
    }

    void keyboardMovesTheSelectedCard()
    {
        const QString id = deal(u"Kvant"_s, u"assessment_booked"_s, 100'000);
        PipelineBoard *board = showBoard();
        QVERIFY(board->selectDeal(id));
        QTest::keyClick(board->columnView(0), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(DealStore(*m_db).get(id)->stageId, u"needs_confirmed"_s);
        QCOMPARE(board->selectedDealId(), id);
        QTest::keyClick(board->columnView(1), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(DealStore(*m_db).get(id)->stageId, u"proposal_received"_s);
        QTest::keyClick(board->columnView(2), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(DealStore(*m_db).get(id)->stageId, u"needs_confirmed"_s);
        // The first stage has nothing to its left.
        QVERIFY(board->selectDeal(id));
        QVERIFY(board->moveSelected(-1));
        QVERIFY(!board->moveSelected(-1));
        // Selecting a card shows the deal in the form.
        QCOMPARE(m_window->page(MainWindow::View::Deals)->editor()->currentId(), id);
    }

    void filtersNarrowTheBoard()
    {
        const QString annas = deal(u"Anna's"_s, u"needs_confirmed"_s, 100'000, u"EUR"_s, u"anna"_s);
        deal(u"Boris's"_s, u"needs_confirmed"_s, 100'000, u"EUR"_s, u"boris"_s);
        PipelineBoard *board = showBoard();
        QCOMPARE(board->columnModel(1)->rowCount(), 2);
        QTest::keyClicks(board->ownerEdit(), u"boris"_s);
        QTRY_COMPARE(board->columnModel(1)->rowCount(), 1);
        QVERIFY(board->columnHeader(1)->text().contains(u"1 deal"_s));
        board->ownerEdit()->clear();
        QTRY_COMPARE(board->columnModel(1)->rowCount(), 2);

        // Segments appear in the filter once deals have them.
        QVERIFY(!board->segmentBox()->isVisibleTo(board));
        Deal retail = *DealStore(*m_db).get(annas);
        retail.segment = u"Retail"_s;
        DealStore(*m_db).update(retail);
        board->refresh();
        QVERIFY(board->segmentBox()->isVisibleTo(board));
        board->segmentBox()->setCurrentIndex(board->segmentBox()->findData(u"Retail"_s));
        QCOMPARE(board->columnModel(1)->rowCount(), 1);
        QCOMPARE(board->columnModel(1)->card(0).id, annas);
    }

    void callIsLoggedFromTheDealForm()
    {
        const QString id = deal(u"Kvant"_s, u"needs_confirmed"_s, 100'000);
        PipelineBoard *board = showBoard();
        QVERIFY(board->selectDeal(id));
        RecordEditor *editor = m_window->page(MainWindow::View::Deals)->editor();
        QCOMPARE(editor->currentId(), id);
        auto *timeline = editor->findChild<TimelineWidget *>();
        timeline->kindBox()->setCurrentIndex(timeline->kindBox()->findData(u"call"_s));
        QTest::keyClicks(timeline->noteEdit(), u"Agreed to send the brief"_s);
        QTest::keyClick(timeline->noteEdit(), Qt::Key_Return);
        const QList<TimelineEntry> entries = TimelineStore(*m_db).list(id);
        QCOMPARE(entries.first().kind, u"call"_s);
        QCOMPARE(entries.first().body, u"Agreed to send the brief"_s);
        QVERIFY(timeline->noteEdit()->text().isEmpty());
    }

private:
    QString deal(const QString &title, const QString &stage, qint64 valueMinor,
        const QString &currency = u"EUR"_s, const QString &owner = u"anna"_s)
    {
        Deal d;
        d.title = title;
        d.stageId = stage;
        d.valueMinor = valueMinor;
        d.currency = currency;
        d.owner = owner;
        return DealStore(*m_db).create(d);
    }
    PipelineBoard *showBoard()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1400, 800);
        m_window->show();
        m_window->showView(MainWindow::View::Deals);
        ListPage *deals = m_window->page(MainWindow::View::Deals);
        deals->alternativeToggle()->click();
        auto *board = m_window->findChild<PipelineBoard *>();
        return deals->isShowingAlternative() ? board : nullptr;
    }
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestBoardUi)
#include "tst_boardui.moc"
