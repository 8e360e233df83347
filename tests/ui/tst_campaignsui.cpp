#include "campaigns/campaigneditor.h"
#include "campaigns/campaignstore.h"
#include "common/listpage.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "mainwindow/mainwindow.h"
#include "models/recordlistmodel.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;
using namespace loopline::test;

// The Campaigns screen driven like a user would, on both backends: a campaign entered
// through the form (seed 002's worked example), its plan/actual figures, the leads it
// brought, search, delete and undo.
class TestCampaignsUi : public QObject
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
        m_db->setCurrentUser(u"tester"_s);
        QSettings().clear();
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void createsCampaignWithFiguresThroughTheForm()
    {
        CampaignEditor *editor = newCampaign();
        QVERIFY(m_window->saveAction()->isEnabled());
        m_window->saveAction()->trigger();

        QCOMPARE(CampaignStore(*m_db).count(), 1);
        const std::optional<Campaign> saved = CampaignStore(*m_db).get(editor->currentId());
        QVERIFY(saved);
        QCOMPARE(saved->name, u"Spring mailing"_s);
        QCOMPARE(saved->currency, u"RUB"_s);
        QCOMPARE(saved->budgetMinor, 20'000'000);
        QVERIFY(!saved->actualCostMinor);
        QCOMPARE(saved->planReach, 230'000);
        QCOMPARE(saved->planVisits, 4'500);
        QCOMPARE(saved->actualReach, 2'500'000);
        QCOMPARE(saved->actualVisits, 31'837);
        QVERIFY(!editor->isModified());

        ListPage *page = m_window->page(MainWindow::View::Campaigns);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 0).data().toString(), u"Spring mailing"_s);
        QCOMPARE(page->model()->index(0, 1).data().toString(), u"Campaign"_s);

        // Seed 002: 0.87 and 44.44 per contact and visit planned, 0.08 and 6.28 actual.
        checkFigure(editor, CampaignEditor::PerContactRow, 0, u"0.87"_s);
        checkFigure(editor, CampaignEditor::PerVisitRow, 0, u"44.44"_s);
        checkFigure(editor, CampaignEditor::PerContactRow, 1, u"0.08"_s);
        checkFigure(editor, CampaignEditor::PerVisitRow, 1, u"6.28"_s);
        QCOMPARE(editor->figure(CampaignEditor::LeadsRow, 1), u"0"_s);
        QCOMPARE(editor->figure(CampaignEditor::PerLeadRow, 1), u"—"_s);
        QCOMPARE(editor->figure(CampaignEditor::RoiRow, 1),
            QLocale().toString(-100.0, 'f', 1) + QLocale().percent());

        // A lead naming the campaign counts as its actual lead.
        Lead l = lead(u"Petrenko"_s);
        l.campaign = u"spring mailing"_s;
        LeadStore(*m_db).create(l);
        QVERIFY(editor->load(saved->id));
        QCOMPARE(editor->figure(CampaignEditor::LeadsRow, 1), u"1"_s);
        checkFigure(editor, CampaignEditor::PerLeadRow, 1, u"200"_s);
    }

    void figuresFollowTheFormAndValidationSaysWhere()
    {
        CampaignEditor *editor = newCampaign();
        // Not saved yet: the table already shows the planned numbers.
        checkFigure(editor, CampaignEditor::PerVisitRow, 0, u"44.44"_s);
        editor->nameEdit()->clear();
        m_window->saveAction()->trigger();
        QCOMPARE(CampaignStore(*m_db).count(), 0);
        QVERIFY(editor->nameEdit()->property("invalid").toBool());
    }

    void searchFindsCampaignsByName()
    {
        for (const QString &name : {u"Spring mailing"_s, u"Autumn expo"_s}) {
            Campaign c;
            c.name = name;
            CampaignStore(*m_db).create(c);
        }
        showCampaigns();
        RecordListModel *model = m_window->page(MainWindow::View::Campaigns)->model();
        QCOMPARE(model->rowCount(), 2);
        model->setSearch(u"expo"_s);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), u"Autumn expo"_s);
        QCOMPARE(model->totalCount(), 1);
        model->setSearch(u"nothing"_s);
        QCOMPARE(model->rowCount(), 0);
    }

    void deleteAndUndo()
    {
        CampaignEditor *editor = newCampaign();
        m_window->saveAction()->trigger();
        const QString id = editor->currentId();
        Lead l = lead(u"Petrenko"_s);
        l.campaign = u"Spring mailing"_s;
        const QString leadId = LeadStore(*m_db).create(l);
        QCOMPARE(CampaignStore(*m_db).figures(id).actual.leads, 1);

        answerNextMessageBox(QMessageBox::Yes);
        m_window->deleteAction()->trigger();
        QVERIFY(!CampaignStore(*m_db).get(id));
        ListPage *page = m_window->page(MainWindow::View::Campaigns);
        QCOMPARE(page->model()->rowCount(), 0);

        m_window->undoStack()->undo();
        const std::optional<Campaign> back = CampaignStore(*m_db).get(id);
        QVERIFY(back);
        QCOMPARE(back->actualVisits, 31'837);
        QCOMPARE(CampaignStore(*m_db).figures(id).actual.leads, 1); // the lead is linked again
        QCOMPARE(page->model()->rowCount(), 1);
        Q_UNUSED(leadId);
    }

    void viewIsReachableByNameAndTasksStillWork()
    {
        QCOMPARE(MainWindow::viewFromName(u"campaigns"_s), MainWindow::View::Campaigns);
        QCOMPARE(MainWindow::viewFromName(u"tasks"_s), MainWindow::View::Tasks);
        showCampaigns();
        QCOMPARE(m_window->currentView(), MainWindow::View::Campaigns);
        QVERIFY(m_window->page(MainWindow::View::Campaigns)->isShowingEmptyState());
        m_window->showView(MainWindow::View::Tasks);
        QCOMPARE(m_window->currentView(), MainWindow::View::Tasks);
        QVERIFY(!m_window->currentPage());
        QVERIFY(!m_window->page(MainWindow::View::Tasks));
        QVERIFY(!m_window->newAction()->isEnabled());
    }

private:
    void showCampaigns()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1400, 850);
        m_window->show();
        m_window->showView(MainWindow::View::Campaigns);
    }
    CampaignEditor *newCampaign()
    {
        showCampaigns();
        m_window->newAction()->trigger();
        auto *editor = qobject_cast<CampaignEditor *>(m_window->page(MainWindow::View::Campaigns)->editor());
        if (!editor)
            return nullptr;
        QTest::keyClicks(editor->nameEdit(), u"Spring mailing"_s);
        editor->currencyBox()->setCurrentText(u"RUB"_s);
        editor->budgetEdit()->setValue(200'000);
        editor->planReachEdit()->setValue(230'000);
        editor->planVisitsEdit()->setValue(4'500);
        editor->actualReachEdit()->setValue(2'500'000);
        editor->actualVisitsEdit()->setValue(31'837);
        return editor;
    }
    // Ignores the currency sign and the locale's separators: "0.87" matches "0,87 ₽".
    static void checkFigure(
        CampaignEditor *editor, CampaignEditor::FigureRow row, int column, const QString &expected)
    {
        const QString text = editor->figure(row, column);
        QString comma = expected;
        comma.replace(u'.', u',');
        QVERIFY2(
            text.contains(expected) || text.contains(comma), qPrintable(u"%1: %2"_s.arg(text, expected)));
    }
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCampaignsUi)
#include "tst_campaignsui.moc"
