#include "contacts/contacteditor.h"
#include "deals/dealeditor.h"
#include "leads/leadeditor.h"
#include "leads/leadsettingsdialog.h"
#include "leads/leadstore.h"
#include "leadtesting.h"
#include "mainwindow/mainwindow.h"
#include "segments/segmentcombo.h"
#include "segments/segmentsdialog.h"
#include "segments/segmentstore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/teamstore.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using namespace loopline::test;

// Segments driven like a user would, on both backends: the Segments dialog (edit, rename,
// criteria and their weights, archive, delete, all saved in one go or discarded), and the
// segment field of the deal, lead and contact forms.
class TestSegmentsUi : public QObject
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

    void editsAreSavedInOneGo()
    {
        SegmentStore store(*m_db);
        Segment retail;
        retail.name = u"Retail"_s;
        retail.criteria = {{{}, u"Price"_s, 60}};
        const QString retailId = store.create(retail);
        const QString dealId = deal(u"Stores rollout"_s, u"Retail"_s);

        SegmentsDialog dialog(*m_db);
        dialog.show();
        QCOMPARE(dialog.segmentList()->count(), 1);
        QCOMPARE(dialog.nameEdit()->text(), u"Retail"_s);
        QCOMPARE(dialog.criteriaTable()->rowCount(), 1);
        QCOMPARE(dialog.weightSpinBox(0)->value(), 60);
        QCOMPARE(dialog.totalLabel()->text(), u"Total weight: 60"_s);
        QVERIFY(!dialog.hasChanges());

        // Rename by typing, say what the group needs, add a criterion.
        dialog.renameButton()->click();
        QTest::keyClicks(dialog.nameEdit(), u"Retail chains"_s);
        QCOMPARE(dialog.segmentList()->item(0)->text(), u"Retail chains"_s);
        dialog.needsEdit()->setPlainText(u"Many stores, one head office"_s);
        dialog.addCriterion(u"Rollout time"_s, 40);
        QCOMPARE(dialog.totalLabel()->text(), u"Total weight: 100"_s);
        dialog.weightSpinBox(1)->setValue(15);
        QCOMPARE(dialog.totalLabel()->text(), u"Total weight: 75"_s);
        QCOMPARE(dialog.criteriaTable()->item(0, SegmentsDialog::CriterionShareColumn)->text(),
            QLocale().toString(80) + QLocale().percent());

        // A second segment, added and filled in; going back and forth keeps both.
        dialog.addButton()->click();
        QCOMPARE(dialog.segmentList()->count(), 2);
        QCOMPARE(dialog.nameEdit()->text(), u"New segment"_s);
        QVERIFY(dialog.nameEdit()->hasSelectedText());
        QTest::keyClicks(dialog.nameEdit(), u"Banks"_s);
        // Add criterion opens the new row's name for typing; Enter finishes it.
        dialog.addCriterionButton()->click();
        QTableWidget *table = dialog.criteriaTable();
        auto *cell = qobject_cast<QLineEdit *>(
            table->indexWidget(table->model()->index(0, SegmentsDialog::CriterionNameColumn)));
        QVERIFY(cell);
        typeText(cell, u"Безопасность"_s);
        QTest::keyClick(cell, Qt::Key_Return);
        QCOMPARE(table->item(0, SegmentsDialog::CriterionNameColumn)->text(), u"Безопасность"_s);
        QCOMPARE(dialog.weightSpinBox(0)->value(), 10);
        dialog.weightSpinBox(0)->setValue(70);
        dialog.selectSegment(dialog.segmentRow(u"Retail chains"_s));
        QCOMPARE(dialog.criteriaTable()->rowCount(), 2);
        QCOMPARE(dialog.needsEdit()->toPlainText(), u"Many stores, one head office"_s);
        dialog.selectSegment(dialog.segmentRow(u"Banks"_s));
        QCOMPARE(
            dialog.criteriaTable()->item(0, SegmentsDialog::CriterionNameColumn)->text(), u"Безопасность"_s);
        QVERIFY(dialog.hasChanges());
        saveScreenshot(&dialog, u"segments-dialog"_s);

        // Nothing is written before Save.
        QCOMPARE(store.get(retailId)->name, u"Retail"_s);
        QCOMPARE(store.list().size(), 1);
        dialog.saveButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Segment saved = *store.get(retailId);
        QCOMPARE(saved.name, u"Retail chains"_s);
        QCOMPARE(saved.needs, u"Many stores, one head office"_s);
        QCOMPARE(saved.criteria.size(), 2);
        QCOMPARE(saved.criteria.at(1).name, u"Rollout time"_s);
        QCOMPARE(saved.criteria.at(1).weight, 15);
        QCOMPARE(DealStore(*m_db).get(dealId)->segment, u"Retail chains"_s);
        const std::optional<Segment> banks = store.findByName(u"Banks"_s);
        QVERIFY(banks);
        QCOMPARE(banks->criteria.size(), 1);
        QCOMPARE(banks->criteria.at(0).name, u"Безопасность"_s);
        QCOMPARE(banks->criteria.at(0).weight, 70);
        QCOMPARE(store.names(), (QStringList {u"Retail chains"_s, u"Banks"_s}));
    }

    void cancelLeavesEverythingAsItWas()
    {
        SegmentStore store(*m_db);
        Segment retail;
        retail.name = u"Retail"_s;
        const QString id = store.create(retail);
        SegmentsDialog dialog(*m_db);
        dialog.show();
        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), u"Shops"_s);
        dialog.addCriterion(u"Price"_s, 50);
        dialog.addButton()->click();
        dialog.archiveButton()->click();
        QVERIFY(dialog.hasChanges());
        dialog.reject();
        QCOMPARE(store.list(true).size(), 1);
        QCOMPARE(store.get(id)->name, u"Retail"_s);
        QVERIFY(store.get(id)->criteria.isEmpty());
    }

    void deleteIsRefusedWithTheStoresReasonWhileUsed()
    {
        SegmentStore store(*m_db);
        Segment s;
        s.name = u"Retail"_s;
        const QString retail = store.create(s);
        s.name = u"Unused"_s;
        const QString unused = store.create(s);
        deal(u"Stores rollout"_s, u"Retail"_s);

        SegmentsDialog dialog(*m_db);
        dialog.show();
        dialog.selectSegment(dialog.segmentRow(u"Retail"_s));
        QString shown;
        onNextDialog<QMessageBox>([&shown](QMessageBox *box) {
            shown = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        dialog.deleteButton()->click();
        QCOMPARE(shown, store.removalRefusal(retail));
        QVERIFY(shown.contains(u"1 deal(s)"_s));
        QCOMPARE(dialog.segmentList()->count(), 2);

        // An unused one goes after a question, when the dialog is saved.
        dialog.selectSegment(dialog.segmentRow(u"Unused"_s));
        answerNextMessageBox(QMessageBox::Cancel);
        dialog.deleteButton()->click();
        QCOMPARE(dialog.segmentList()->count(), 2);
        answerNextMessageBox(QMessageBox::Yes);
        dialog.deleteButton()->click();
        QCOMPARE(dialog.segmentList()->count(), 1);
        QCOMPARE(dialog.segmentRow(u"Unused"_s), -1);
        QVERIFY(store.get(unused));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!store.get(unused));
        QVERIFY(store.get(retail));
    }

    void archivedSegmentsAreNoLongerOffered()
    {
        SegmentStore store(*m_db);
        Segment s;
        s.name = u"Retail"_s;
        const QString retail = store.create(s);
        s.name = u"Banks"_s;
        store.create(s);
        SegmentsDialog dialog(*m_db);
        dialog.show();
        dialog.selectSegment(dialog.segmentRow(u"Retail"_s));
        QCOMPARE(dialog.archiveButton()->text(), u"Arc&hive"_s);
        dialog.archiveButton()->click();
        QCOMPARE(dialog.segmentList()->item(0)->text(), u"Retail (archived)"_s);
        QCOMPARE(dialog.archiveButton()->text(), u"Rest&ore"_s);
        dialog.accept();
        QVERIFY(store.get(retail)->archived);

        // The forms offer the active ones, yet a deal of an archived segment keeps it.
        const QString dealId = deal(u"Old shop"_s, u"Retail"_s);
        DealEditor editor(*m_db);
        QVERIFY(editor.load(dealId));
        QCOMPARE(editor.segmentBox()->segment(), u"Retail"_s);
        QCOMPARE(editor.segmentBox()->findText(u"Retail"_s), -1);
        QVERIFY(editor.segmentBox()->findText(u"Banks"_s) > 0);
    }

    void badCriteriaKeepTheDialogOpenAndSaveNothing()
    {
        SegmentStore store(*m_db);
        Segment s;
        s.name = u"Retail"_s;
        const QString id = store.create(s);
        SegmentsDialog dialog(*m_db);
        dialog.show();
        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), u"Shops"_s);
        dialog.addCriterion(QString(), 30);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.problemBanner()->isHidden());
        QCOMPARE(dialog.problemBanner()->text(), u"Shops: Criterion 1 needs a name."_s);
        QCOMPARE(store.get(id)->name, u"Retail"_s);

        // Two segments may not share a name either.
        dialog.criteriaTable()->item(0, SegmentsDialog::CriterionNameColumn)->setText(u"Price"_s);
        dialog.addButton()->click();
        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), u"shops"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.problemBanner()->text(), u"shops: There is already a segment called \"Shops\"."_s);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.get(id)->name, u"Retail"_s);
        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), u"Malls"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.names(), (QStringList {u"Shops"_s, u"Malls"_s}));
        QCOMPARE(store.get(id)->criteria.value(0).name, u"Price"_s);
    }

    void dealFormCreatesATypedSegment()
    {
        SegmentStore store(*m_db);
        Segment s;
        s.name = u"Retail chains"_s;
        store.create(s);
        const QString dealId = deal(u"Stores rollout"_s, QString());
        DealEditor editor(*m_db);
        editor.show();
        QVERIFY(editor.load(dealId));
        SegmentComboBox *box = editor.segmentBox();
        QCOMPARE(box->count(), 2); // none, Retail chains
        QCOMPARE(box->segment(), QString());

        // A known name typed in another case is the known segment.
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), u"retail CHAINS"_s);
        QVERIFY(editor.isModified());
        QVERIFY(editor.save());
        QCOMPARE(DealStore(*m_db).get(dealId)->segment, u"Retail chains"_s);
        QCOMPARE(store.list().size(), 1);

        // A new name becomes a segment with the deal.
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), u"Government"_s);
        QVERIFY(editor.save());
        QCOMPARE(DealStore(*m_db).get(dealId)->segment, u"Government"_s);
        QCOMPARE(store.names(), (QStringList {u"Retail chains"_s, u"Government"_s}));
        QCOMPARE(box->findText(u"Government"_s), 2); // offered from now on

        // Choosing none clears it.
        box->setCurrentIndex(0);
        QVERIFY(editor.save());
        QCOMPARE(DealStore(*m_db).get(dealId)->segment, QString());
    }

    void leadAndContactFormsHaveTheSegmentToo()
    {
        SegmentStore store(*m_db);
        Segment s;
        s.name = u"Banks"_s;
        store.create(s);

        LeadEditor leads(*m_db);
        leads.show();
        const QString leadId = LeadStore(*m_db).create(lead(u"Petrenko"_s));
        QVERIFY(leads.load(leadId));
        leads.segmentBox()->setCurrentIndex(leads.segmentBox()->findText(u"Banks"_s));
        QVERIFY(leads.isModified());
        QVERIFY(leads.save());
        QCOMPARE(LeadStore(*m_db).get(leadId)->segment, u"Banks"_s);

        ContactEditor contacts(*m_db);
        contacts.show();
        contacts.startNew();
        QTest::keyClicks(contacts.lastNameEdit(), u"Smith"_s);
        QTest::keyClicks(contacts.segmentBox()->lineEdit(), u"Insurers"_s);
        QVERIFY(contacts.save());
        const std::optional<Contact> saved = ContactStore(*m_db).get(contacts.currentId());
        QVERIFY(saved);
        QCOMPARE(saved->segment, u"Insurers"_s);
        QCOMPARE(store.names(), (QStringList {u"Banks"_s, u"Insurers"_s}));
        QCOMPARE(contacts.segmentBox()->segment(), u"Insurers"_s);
        // The lead form offers it the next time it shows a lead.
        QVERIFY(leads.load(leadId));
        QVERIFY(leads.segmentBox()->findText(u"Insurers"_s) > 0);
    }

    void teamMembersSegmentsAreSegments()
    {
        Segment s;
        s.name = u"Retail"_s;
        SegmentStore(*m_db).create(s);
        LeadSettingsDialog dialog(*m_db);
        dialog.show();
        QTableWidget *table = dialog.teamTable();
        const QList<QPair<QString, QString>> members
            = {{u"Kim Lee"_s, u"retail"_s}, {u"Sam Ortiz"_s, u"Banks"_s}};
        for (const auto &[name, segment] : members) {
            dialog.addMemberButton()->click();
            const int row = table->rowCount() - 1;
            auto *editor = qobject_cast<QLineEdit *>(
                table->indexWidget(table->model()->index(row, LeadSettingsDialog::NameColumn)));
            QVERIFY(editor);
            QTest::keyClicks(editor, name);
            QTest::keyClick(editor, Qt::Key_Return);
            table->item(row, LeadSettingsDialog::SegmentColumn)->setText(segment);
        }
        QVERIFY2(dialog.save(), qPrintable(dialog.problemBanner()->text()));
        QStringList segments;
        for (const TeamMember &member : TeamStore(*m_db).members())
            segments << member.name + u": "_s + member.segment;
        QCOMPARE(segments, (QStringList {u"Kim Lee: Retail"_s, u"Sam Ortiz: Banks"_s}));
        QCOMPARE(SegmentStore(*m_db).names(), (QStringList {u"Retail"_s, u"Banks"_s}));
    }

    void menuOpensTheDialog()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1200, 800);
        m_window->show();
        QAction *action = menuAction(u"Se&gments…"_s);
        QVERIFY(action);
        bool opened = false;
        onNextDialog<SegmentsDialog>([&opened](SegmentsDialog *dialog) {
            opened = true;
            dialog->addButton()->click();
            dialog->accept();
        });
        action->trigger();
        QVERIFY(opened);
        QCOMPARE(SegmentStore(*m_db).names(), QStringList {u"New segment"_s});
    }

private:
    QString deal(const QString &title, const QString &segment)
    {
        Deal d;
        d.title = title;
        d.stageId = u"needs_confirmed"_s;
        d.segment = segment;
        return DealStore(*m_db).create(d);
    }
    QAction *menuAction(const QString &text) const
    {
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == text)
                    return action;
            }
        }
        return nullptr;
    }
    // With LOOPLINE_UI_SCREENSHOTS=folder, saves what the widget looks like there.
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("LOOPLINE_UI_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + u".png"_s));
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestSegmentsUi)
#include "tst_segmentsui.moc"
