#include "deals/currencyratesdialog.h"
#include "deals/pipelinesettingsdialog.h"
#include "pipeline/pipelinestore.h"
#include "store/dealstore.h"
#include "store/taskstore.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

namespace {

QStringList stageIds(Database &db, const QString &pipelineId = u"default"_s)
{
    QStringList ids;
    for (const DealStage &stage : PipelineStore(db).stages(pipelineId))
        ids << stage.id;
    return ids;
}

std::optional<DealStage> storedStage(Database &db, const QString &id)
{
    for (const DealStage &stage : DealStore(db).stages()) {
        if (stage.id == id)
            return stage;
    }
    return std::nullopt;
}

template<typename Editor> Editor *openEditor(QTableWidget *table, int row, int column)
{
    return qobject_cast<Editor *>(table->indexWidget(table->model()->index(row, column)));
}

// Opens the rate cell's editor, types the rate and presses Enter.
bool typeRate(CurrencyRatesDialog &dialog, int row, const QString &rate)
{
    QTableWidget *table = dialog.table();
    table->setCurrentCell(row, CurrencyRatesDialog::RateColumn);
    table->editItem(table->item(row, CurrencyRatesDialog::RateColumn));
    auto *spin = openEditor<QDoubleSpinBox>(table, row, CurrencyRatesDialog::RateColumn);
    if (!spin)
        return false;
    spin->selectAll();
    QTest::keyClicks(spin, rate);
    QTest::keyClick(spin, Qt::Key_Return);
    return true;
}

} // namespace

// The pipeline settings and currency rates dialogs driven like a user would, on both
// backends: every stage change is written at once, the rates only on OK.
class TestPipelineSettingsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // "0.92", "10%"
    }
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
        m_db->setCurrentUser(u"anna"_s);
        QSettings().clear();
    }
    void cleanup() { m_db.reset(); }

    void showsTheStagesInOrder()
    {
        deal(u"Kvant"_s, u"needs_confirmed"_s);
        deal(u"Polis"_s, u"needs_confirmed"_s);
        PipelineSettingsDialog dialog(*m_db);
        QTableWidget *table = dialog.stageTable();
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(
            table->item(0, PipelineSettingsDialog::StageNameColumn)->text(), u"Needs assessment booked"_s);
        QCOMPARE(table->verticalHeaderItem(0)->text(), u"0"_s); // stage zero
        QCOMPARE(table->item(1, PipelineSettingsDialog::OpenDealsColumn)->text(), u"2"_s);
        QCOMPARE(table->item(1, PipelineSettingsDialog::ProbabilityColumn)->data(Qt::EditRole).toInt(), 25);
        QCOMPARE(dialog.currentStageId(), u"assessment_booked"_s);
        QVERIFY(!dialog.moveUpButton()->isEnabled());
        QVERIFY(dialog.problemBanner()->isHidden());
    }

    void renamingAStageChangesItsDisplayName()
    {
        PipelineSettingsDialog dialog(*m_db);
        QSignalSpy changed(&dialog, &PipelineSettingsDialog::changed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableWidget *table = dialog.stageTable();
        dialog.selectStage(u"needs_confirmed"_s);
        const int row = table->currentRow();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = openEditor<QLineEdit>(table, row, PipelineSettingsDialog::StageNameColumn);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"Pain confirmed"_s);
        QTest::keyClick(editor, Qt::Key_Return);

        QCOMPARE(DealStore::stageDisplayName(*storedStage(*m_db, u"needs_confirmed"_s)), u"Pain confirmed"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(table->item(row, PipelineSettingsDialog::StageNameColumn)->text(), u"Pain confirmed"_s);
        QVERIFY(dialog.taskBox()->title().contains(u"Pain confirmed"_s));

        // The Rename button opens the same editor; leaving a name as it is writes nothing.
        dialog.selectStage(u"proposal_received"_s);
        dialog.renameStageButton()->click();
        editor = openEditor<QLineEdit>(table, table->currentRow(), PipelineSettingsDialog::StageNameColumn);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(storedStage(*m_db, u"proposal_received"_s)->name, u"Proposal received"_s);

        // An empty name is refused by the store: the banner says so and the old name stays.
        dialog.renameStageButton()->click();
        editor = openEditor<QLineEdit>(table, table->currentRow(), PipelineSettingsDialog::StageNameColumn);
        QVERIFY(editor);
        editor->clear();
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(dialog.problemBanner()->isVisible());
        QCOMPARE(table->item(table->currentRow(), PipelineSettingsDialog::StageNameColumn)->text(),
            u"Proposal received"_s);
    }

    void editsTheProbability()
    {
        PipelineSettingsDialog dialog(*m_db);
        QTableWidget *table = dialog.stageTable();
        table->item(2, PipelineSettingsDialog::ProbabilityColumn)->setData(Qt::EditRole, 40);
        QCOMPARE(storedStage(*m_db, u"proposal_received"_s)->probability, 40);
    }

    void movesAStageUpAndDown()
    {
        PipelineSettingsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.selectStage(u"proposal_received"_s);
        dialog.stageTable()->setFocus();
        QTest::keyClick(dialog.stageTable(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(stageIds(*m_db),
            QStringList({u"assessment_booked"_s, u"proposal_received"_s, u"needs_confirmed"_s,
                u"terms_agreed"_s, u"contract_sent"_s}));
        QCOMPARE(dialog.currentStageId(), u"proposal_received"_s); // still selected, so Alt+Up goes on
        QTest::keyClick(dialog.stageTable(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(stageIds(*m_db).first(), u"proposal_received"_s);
        QCOMPARE(dialog.stageTable()->verticalHeaderItem(0)->text(), u"0"_s);
        QVERIFY(!dialog.moveUpButton()->isEnabled());

        dialog.moveDownButton()->click();
        dialog.moveDownButton()->click();
        QCOMPARE(stageIds(*m_db).at(2), u"proposal_received"_s);
        QCOMPARE(dialog.stageTable()->currentRow(), 2);
    }

    void aNewStageWithATaskCreatesItOnEntry()
    {
        const QString id = deal(u"Kvant licences"_s, u"needs_confirmed"_s, u"boris"_s);
        PipelineSettingsDialog dialog(*m_db);
        QSignalSpy changed(&dialog, &PipelineSettingsDialog::changed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!dialog.addStageButton()->isEnabled());
        dialog.newStageEdit()->setFocus();
        QTest::keyClicks(dialog.newStageEdit(), u"Demo attended"_s);
        dialog.newStageProbabilitySpinBox()->setValue(60);
        QTest::keyClick(dialog.newStageEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        const QList<DealStage> stages = PipelineStore(*m_db).stages(u"default"_s);
        QCOMPARE(stages.size(), 6);
        QCOMPARE(stages.last().name, u"Demo attended"_s);
        QCOMPARE(stages.last().probability, 60);
        const QString stageId = stages.last().id;
        QCOMPARE(dialog.currentStageId(), stageId);
        QVERIFY(dialog.newStageEdit()->text().isEmpty());

        QTest::keyClicks(dialog.newTaskEdit(), u"Send the recap"_s);
        dialog.taskDueSpinBox()->setFocus();
        dialog.taskDueSpinBox()->selectAll();
        QTest::keyClicks(dialog.taskDueSpinBox(), u"2"_s);
        QTest::keyClick(
            dialog.taskDueSpinBox(), Qt::Key_Return); // Enter in any of the new task's fields adds it
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.taskTable()->rowCount(), 1);
        const QString due = dialog.taskTable()->item(0, PipelineSettingsDialog::TaskDueColumn)->text();
        QVERIFY2(due.startsWith(u"after 2 day"_s), qPrintable(due)); // "days" with the English plurals loaded
        const QList<StageTask> templates = PipelineStore(*m_db).stageTasks(stageId);
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates.first().dueDays, 2);
        QCOMPARE(changed.size(), 2);

        const QStringList tasks = DealStore(*m_db).moveToStage(id, stageId);
        QCOMPARE(tasks.size(), 1);
        const Task task = *TaskStore(*m_db).get(tasks.first());
        QVERIFY2(task.title.contains(u"Send the recap"_s), qPrintable(task.title));
        QCOMPARE(task.owner, u"boris"_s);

        // A task removed from the stage is no longer created.
        dialog.taskTable()->setCurrentCell(0, 0);
        dialog.removeTaskButton()->click();
        QCOMPARE(dialog.taskTable()->rowCount(), 0);
        QVERIFY(PipelineStore(*m_db).stageTasks(stageId).isEmpty());
    }

    void aUsedStageIsNotRemoved()
    {
        deal(u"Kvant"_s, u"proposal_received"_s);
        PipelineSettingsDialog dialog(*m_db);
        QSignalSpy changed(&dialog, &PipelineSettingsDialog::changed);
        dialog.selectStage(u"proposal_received"_s);
        dialog.removeStageButton()->click();
        QVERIFY(!dialog.problemBanner()->isHidden());
        const QString problem = dialog.problemBanner()->text();
        QVERIFY2(
            problem.contains(u"1 deal"_s) && problem.contains(u"Proposal received"_s), qPrintable(problem));
        QCOMPARE(dialog.stageTable()->rowCount(), 5);
        QCOMPARE(dialog.currentStageId(), u"proposal_received"_s);
        QVERIFY(storedStage(*m_db, u"proposal_received"_s));
        QCOMPARE(changed.size(), 0);

        // An unused one goes, and the banner with it.
        dialog.selectStage(u"terms_agreed"_s);
        dialog.removeStageButton()->click();
        QVERIFY(dialog.problemBanner()->isHidden());
        QCOMPARE(dialog.stageTable()->rowCount(), 4);
        QVERIFY(!storedStage(*m_db, u"terms_agreed"_s));
        QCOMPARE(dialog.currentStageId(), u"contract_sent"_s);
        QCOMPARE(changed.size(), 1);
    }

    void addsAndRenamesAPipeline()
    {
        PipelineSettingsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bool created = false;
        test::onNextDialog<NewPipelineDialog>([&created](NewPipelineDialog *ask) {
            created = !ask->okButton()->isEnabled();
            QTest::keyClicks(ask->nameEdit(), u"Partners"_s);
            created = created && !ask->okButton()->isEnabled(); // a pipeline needs a stage
            ask->stagesEdit()->setPlainText(u"Partner found\n\n  Contract signed  \n"_s);
            created = created && ask->okButton()->isEnabled();
            ask->okButton()->click();
        });
        dialog.newPipelineButton()->click();
        QVERIFY(created);
        const QList<Pipeline> pipelines = PipelineStore(*m_db).pipelines();
        QCOMPARE(pipelines.size(), 2);
        const QString id = pipelines.last().id;
        QCOMPARE(pipelines.last().name, u"Partners"_s);
        QCOMPARE(dialog.currentPipelineId(), id);
        QCOMPARE(dialog.pipelineCombo()->currentText(), u"Partners"_s);
        QCOMPARE(dialog.stageTable()->rowCount(), 2);
        QCOMPARE(dialog.stageTable()->item(1, PipelineSettingsDialog::StageNameColumn)->text(),
            u"Contract signed"_s);
        QCOMPARE(PipelineStore(*m_db).stages(id).size(), 2);

        test::onNextDialog<QInputDialog>([](QInputDialog *ask) {
            ask->setTextValue(u"Partner sales"_s);
            ask->accept();
        });
        dialog.renamePipelineButton()->click();
        QCOMPARE(PipelineStore(*m_db).pipelines().last().name, u"Partner sales"_s);
        QCOMPARE(dialog.pipelineCombo()->currentText(), u"Partner sales"_s);

        // Back to the default pipeline: its five stages.
        dialog.selectPipeline(u"default"_s);
        QCOMPARE(dialog.stageTable()->rowCount(), 5);
    }

    void remembersItsSize()
    {
        {
            PipelineSettingsDialog dialog(*m_db);
            dialog.resize(900, 700);
            dialog.reject();
        }
        PipelineSettingsDialog dialog(*m_db);
        QCOMPARE(dialog.size(), QSize(900, 700));
    }

    // ---- Currency rates ----

    void currenciesWithoutARateComeFirst()
    {
        deal(u"Kvant"_s, u"needs_confirmed"_s, u"anna"_s, u"USD"_s);
        deal(u"Polis"_s, u"needs_confirmed"_s, u"anna"_s, u"EUR"_s);
        CurrencyRates(*m_db).setRate(u"GBP"_s, 1.17);
        CurrencyRatesDialog dialog(*m_db);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(dialog.currencyAt(0), u"USD"_s);
        QVERIFY(dialog.lacksRate(0));
        QCOMPARE(table->item(0, CurrencyRatesDialog::CurrencyColumn)->background().style(), Qt::SolidPattern);
        QCOMPARE(table->item(1, CurrencyRatesDialog::CurrencyColumn)->background().style(), Qt::NoBrush);
        QCOMPARE(dialog.currencyAt(1), u"GBP"_s);
        QVERIFY(!dialog.lacksRate(1));
        QCOMPARE(*dialog.rateAt(1), 1.17);
        QCOMPARE(dialog.baseCombo()->currentText(), u"EUR"_s);
        QVERIFY(!dialog.removeButton()->isEnabled()); // USD is used and has no rate to remove
    }

    void savesRatesAndBaseOnOk()
    {
        deal(u"Kvant"_s, u"needs_confirmed"_s, u"anna"_s, u"USD"_s);
        CurrencyRatesDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.rowOf(u"USD"_s), 0);
        QVERIFY(typeRate(dialog, 0, u"0.92"_s));
        QVERIFY(dialog.isVisible()); // Enter finished the cell and did not press OK
        QVERIFY(!dialog.lacksRate(0));
        QCOMPARE(CurrencyRates(*m_db).rates(), (QMap<QString, double>())); // nothing before OK

        // A new currency: its code, then straight on to its rate.
        dialog.addButton()->click();
        const int row = dialog.table()->rowCount() - 1;
        auto *code = openEditor<QLineEdit>(dialog.table(), row, CurrencyRatesDialog::CurrencyColumn);
        QVERIFY(code);
        QTest::keyClicks(code, u"chf"_s);
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(dialog.currencyAt(row), u"CHF"_s);
        QDoubleSpinBox *spin = nullptr;
        QTRY_VERIFY(
            (spin = openEditor<QDoubleSpinBox>(dialog.table(), row, CurrencyRatesDialog::RateColumn)));
        QTest::keyClicks(spin, u"1.05"_s);
        QTest::keyClick(spin, Qt::Key_Return);

        dialog.baseCombo()->setFocus();
        dialog.baseCombo()->lineEdit()->selectAll();
        QTest::keyClicks(dialog.baseCombo()->lineEdit(), u"gbp"_s);
        QCOMPARE(dialog.baseCurrency(), u"GBP"_s);
        QVERIFY(dialog.baseNote()->isVisible()); // the rates were typed in euros
        dialog.buttonBox()->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(dialog.problemBanner()->isHidden(), qPrintable(dialog.problemBanner()->text()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const CurrencyRates rates(*m_db);
        QCOMPARE(rates.baseCurrency(), u"GBP"_s);
        QCOMPARE(rates.rates(), (QMap<QString, double>({{u"CHF"_s, 1.05}, {u"USD"_s, 0.92}})));
    }

    void aZeroRateWritesNothing()
    {
        deal(u"Kvant"_s, u"needs_confirmed"_s, u"anna"_s, u"USD"_s);
        CurrencyRates(*m_db).setRate(u"GBP"_s, 1.17);
        CurrencyRatesDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.baseCombo()->setCurrentText(u"CHF"_s);
        QVERIFY(typeRate(dialog, dialog.rowOf(u"GBP"_s), u"1.2"_s));
        QVERIFY(typeRate(dialog, dialog.rowOf(u"USD"_s), u"0"_s));
        QVERIFY(!dialog.save());
        const QString problem = dialog.problemBanner()->text();
        QVERIFY(dialog.problemBanner()->isVisible());
        QVERIFY2(problem.contains(u"USD"_s) && problem.contains(u"above zero"_s), qPrintable(problem));
        QCOMPARE(dialog.table()->currentRow(), dialog.rowOf(u"USD"_s));
        const CurrencyRates rates(*m_db);
        QCOMPARE(rates.baseCurrency(), u"EUR"_s);
        QCOMPARE(rates.rates(), (QMap<QString, double>({{u"GBP"_s, 1.17}})));

        // OK with the zero rate keeps the dialog open; a code that is not one is refused too.
        dialog.buttonBox()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(typeRate(dialog, dialog.rowOf(u"USD"_s), u"0.9"_s));
        dialog.baseCombo()->setCurrentText(u"CH"_s);
        QVERIFY(!dialog.save());
        QVERIFY2(
            dialog.problemBanner()->text().contains(u"\"CH\""_s), qPrintable(dialog.problemBanner()->text()));
        QCOMPARE(CurrencyRates(*m_db).rates().value(u"GBP"_s), 1.17);

        dialog.baseCombo()->setCurrentText(u"CHF"_s);
        QVERIFY(dialog.save());
        QCOMPARE(CurrencyRates(*m_db).baseCurrency(), u"CHF"_s);
        QCOMPARE(CurrencyRates(*m_db).rates(), (QMap<QString, double>({{u"GBP"_s, 1.2}, {u"USD"_s, 0.9}})));
    }

    void convertsTheRatesToANewBase()
    {
        CurrencyRates(*m_db).setRate(u"USD"_s, 0.8);
        CurrencyRates(*m_db).setRate(u"GBP"_s, 1.2);
        CurrencyRatesDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.convertButton()->isHidden());
        dialog.baseCombo()->setCurrentText(u"USD"_s);
        QVERIFY(dialog.convertButton()->isVisible());
        dialog.convertButton()->click();
        QCOMPARE(dialog.rowOf(u"USD"_s), -1);
        QCOMPARE(*dialog.rateAt(dialog.rowOf(u"GBP"_s)), 1.5);
        QCOMPARE(*dialog.rateAt(dialog.rowOf(u"EUR"_s)), 1.25);
        QVERIFY(dialog.baseNote()->isHidden());
        QVERIFY(dialog.save());
        QCOMPARE(CurrencyRates(*m_db).baseCurrency(), u"USD"_s);
        QCOMPARE(CurrencyRates(*m_db).rates(), (QMap<QString, double>({{u"EUR"_s, 1.25}, {u"GBP"_s, 1.5}})));
    }

    void removingARateAndCancelling()
    {
        deal(u"Kvant"_s, u"needs_confirmed"_s, u"anna"_s, u"USD"_s);
        CurrencyRates(*m_db).setRate(u"USD"_s, 0.9);
        CurrencyRates(*m_db).setRate(u"GBP"_s, 1.2);
        {
            CurrencyRatesDialog dialog(*m_db);
            dialog.table()->setCurrentCell(dialog.rowOf(u"GBP"_s), 0);
            dialog.removeButton()->click();
            dialog.reject();
        }
        QCOMPARE(CurrencyRates(*m_db).rates().size(), 2); // Cancel discards

        CurrencyRatesDialog dialog(*m_db);
        dialog.table()->setCurrentCell(dialog.rowOf(u"GBP"_s), 0);
        dialog.removeButton()->click();
        QCOMPARE(dialog.rowOf(u"GBP"_s), -1);
        dialog.table()->setCurrentCell(dialog.rowOf(u"USD"_s), 0);
        dialog.removeButton()->click();
        QVERIFY(dialog.lacksRate(dialog.rowOf(u"USD"_s))); // used by a deal: stays listed, without its rate
        QVERIFY(dialog.save());
        QVERIFY(CurrencyRates(*m_db).rates().isEmpty());
    }

private:
    QString deal(const QString &title, const QString &stage, const QString &owner = u"anna"_s,
        const QString &currency = u"EUR"_s)
    {
        Deal d;
        d.title = title;
        d.stageId = stage;
        d.owner = owner;
        d.currency = currency;
        d.valueMinor = 100'000;
        return DealStore(*m_db).create(d);
    }

    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestPipelineSettingsUi)
#include "tst_pipelinesettingsui.moc"
