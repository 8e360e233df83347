#include "collateral/collateraldialog.h"
#include "common/timelinewidget.h"
#include "deals/dealeditor.h"
#include "mainwindow/mainwindow.h"
#include "segments/segmentcombo.h"
#include "segments/segmentstore.h"
#include "store/dealstore.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace loopline;
using namespace loopline::test;

// Takes the links the dialog asks the desktop to open, instead of starting a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

// The collateral library and the deal form's "Collateral sent" driven like a user would,
// on both backends.
class TestCollateralUi : public QObject
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

    void libraryAddsEditsSortsAndDeletes()
    {
        Segment retail;
        retail.name = u"Retail chains"_s;
        SegmentStore(*m_db).create(retail);
        CollateralDialog dialog(*m_db);
        dialog.show();
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!dialog.editButton()->isEnabled());
        QVERIFY(!dialog.openButton()->isEnabled());

        // Add: the OK button waits for a title; the segment is picked from the list.
        onNextDialog<CollateralEditDialog>([](CollateralEditDialog *edit) {
            QVERIFY(!edit->okButton()->isEnabled());
            QTest::keyClicks(edit->titleEdit(), u"Retail chain: 40 stores"_s);
            QVERIFY(edit->okButton()->isEnabled());
            edit->kindBox()->setCurrentIndex(edit->kindBox()->findData(int(Collateral::Kind::CaseStudy)));
            QTest::keyClicks(edit->locationEdit(), u"https://example.com/retail.pdf"_s);
            edit->stageBox()->setCurrentIndex(edit->stageBox()->findData(u"proposal_received"_s));
            edit->segmentBox()->setCurrentIndex(edit->segmentBox()->findText(u"Retail chains"_s));
            saveScreenshot(edit, u"collateral-edit"_s);
            edit->okButton()->click();
        });
        dialog.addButton()->click();
        // A second one with a new segment name typed in: it becomes a segment.
        onNextDialog<CollateralEditDialog>([](CollateralEditDialog *edit) {
            QTest::keyClicks(edit->titleEdit(), u"Annual research"_s);
            edit->kindBox()->setCurrentIndex(edit->kindBox()->findData(int(Collateral::Kind::Research)));
            QTest::keyClicks(edit->locationEdit(), u"/srv/docs/research.pdf"_s);
            QTest::keyClicks(edit->segmentBox()->lineEdit(), u"Banks"_s);
            edit->okButton()->click();
        });
        dialog.addButton()->click();

        QList<Collateral> all = CollateralStore(*m_db).list();
        QCOMPARE(all.size(), 2);
        const Collateral research = all.at(0);
        const Collateral caseStudy = all.at(1);
        QCOMPARE(caseStudy.title, u"Retail chain: 40 stores"_s);
        QCOMPARE(caseStudy.kind, Collateral::Kind::CaseStudy);
        QCOMPARE(caseStudy.location, u"https://example.com/retail.pdf"_s);
        QCOMPARE(caseStudy.stageId, u"proposal_received"_s);
        QCOMPARE(caseStudy.segment, u"Retail chains"_s);
        QCOMPARE(research.segment, u"Banks"_s);
        QVERIFY(research.stageId.isEmpty());
        QCOMPARE(SegmentStore(*m_db).names(), (QStringList {u"Retail chains"_s, u"Banks"_s}));

        // The table shows them, sorted by title, and sorts by any column.
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 0, CollateralDialog::TitleColumn), u"Annual research"_s);
        QCOMPARE(cell(table, 0, CollateralDialog::KindColumn), u"Research"_s);
        QCOMPARE(cell(table, 0, CollateralDialog::StageColumn), u"Any"_s);
        QCOMPARE(cell(table, 0, CollateralDialog::SegmentColumn), u"Banks"_s);
        QCOMPARE(cell(table, 1, CollateralDialog::StageColumn), u"Proposal received"_s);
        QCOMPARE(cell(table, 1, CollateralDialog::LocationColumn), u"https://example.com/retail.pdf"_s);
        QCOMPARE(dialog.currentId(), research.id); // the one just added is selected
        table->horizontalHeader()->setSortIndicator(CollateralDialog::KindColumn, Qt::AscendingOrder);
        QCOMPARE(cell(table, 0, CollateralDialog::KindColumn), u"Case study"_s);
        table->horizontalHeader()->setSortIndicator(CollateralDialog::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(cell(table, 0, CollateralDialog::TitleColumn), u"Retail chain: 40 stores"_s);
        saveScreenshot(&dialog, u"collateral-dialog"_s);

        // Edit keeps what is not changed.
        dialog.selectCollateral(research.id);
        QVERIFY(dialog.editButton()->isEnabled());
        onNextDialog<CollateralEditDialog>([](CollateralEditDialog *edit) {
            QCOMPARE(edit->titleEdit()->text(), u"Annual research"_s);
            QCOMPARE(edit->segmentBox()->segment(), u"Banks"_s);
            edit->titleEdit()->setText(u"Research 2026"_s);
            edit->okButton()->click();
        });
        dialog.editButton()->click();
        const Collateral edited = *CollateralStore(*m_db).get(research.id);
        QCOMPARE(edited.title, u"Research 2026"_s);
        QCOMPARE(edited.location, u"/srv/docs/research.pdf"_s);
        QCOMPARE(edited.kind, Collateral::Kind::Research);
        QCOMPARE(dialog.currentId(), research.id);

        // Archive hides it unless archived ones are shown.
        dialog.archiveButton()->click();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(CollateralStore(*m_db).get(research.id)->archived);
        dialog.showArchivedBox()->setChecked(true);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, dialog.row(research.id), CollateralDialog::TitleColumn),
            u"Research 2026 (archived)"_s);

        // Delete asks first, and says how many deals it was sent to.
        const QString dealId = deal(u"Stores rollout"_s);
        CollateralStore(*m_db).send(dealId, caseStudy.id);
        dialog.selectCollateral(caseStudy.id);
        QString question;
        onNextDialog<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        dialog.deleteButton()->click();
        QVERIFY2(question.contains(u"1 deal(s)"_s), qPrintable(question));
        QVERIFY(CollateralStore(*m_db).get(caseStudy.id));
        answerNextMessageBox(QMessageBox::Yes);
        dialog.deleteButton()->click();
        QVERIFY(!CollateralStore(*m_db).get(caseStudy.id));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(CollateralStore(*m_db).sentTo(dealId).isEmpty());
    }

    void openShowsTheFileOrLink()
    {
        Collateral link;
        link.title = u"Web case study"_s;
        link.location = u"https://example.com/case.pdf"_s;
        const QString linkId = CollateralStore(*m_db).create(link);
        Collateral file;
        file.title = u"Brochure on the share"_s;
        file.location = QDir::rootPath() + u"srv/docs/brochure.pdf"_s;
        const QString fileId = CollateralStore(*m_db).create(file);
        Collateral none;
        none.title = u"Not uploaded yet"_s;
        const QString noneId = CollateralStore(*m_db).create(none);

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        CollateralDialog dialog(*m_db);
        dialog.show();
        dialog.selectCollateral(linkId);
        QVERIFY(dialog.openButton()->isEnabled());
        dialog.openButton()->click();
        dialog.selectCollateral(fileId);
        QVERIFY(dialog.openCurrent());
        dialog.selectCollateral(noneId);
        QVERIFY(!dialog.openButton()->isEnabled());
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QDesktopServices::unsetUrlHandler(u"file"_s);

        QCOMPARE(catcher.urls.size(), 2);
        QCOMPARE(catcher.urls.at(0), QUrl(u"https://example.com/case.pdf"_s));
        QCOMPARE(catcher.urls.at(1), QUrl::fromLocalFile(file.location));
    }

    void dealFormRecordsWhatWasSent()
    {
        Collateral brochure;
        brochure.title = u"Brochure"_s;
        const QString brochureId = CollateralStore(*m_db).create(brochure);
        Collateral caseStudy;
        caseStudy.title = u"Retail case study"_s;
        caseStudy.kind = Collateral::Kind::CaseStudy;
        caseStudy.segment = u"Retail"_s;
        const QString caseStudyId = CollateralStore(*m_db).create(caseStudy);
        Collateral old;
        old.title = u"Old price list"_s;
        old.archived = true;
        CollateralStore(*m_db).create(old);
        const QString dealId = deal(u"Stores rollout"_s, u"Retail"_s);

        DealEditor editor(*m_db);
        editor.show();
        editor.startNew();
        QVERIFY(!editor.sendCollateralButton()->isEnabled()); // save the deal first
        QVERIFY(editor.load(dealId));
        QVERIFY(editor.sendCollateralButton()->isEnabled());
        QCOMPARE(editor.collateralList()->count(), 0);
        auto *timeline = editor.findChild<TimelineWidget *>();
        QVERIFY(timeline);
        const int entriesBefore = timeline->entryCount();

        // The picker offers the active pieces, the one for the deal's segment first.
        QStringList offered;
        onNextDialog<SendCollateralDialog>([&offered](SendCollateralDialog *dialog) {
            for (int i = 0; i < dialog->list()->count(); ++i)
                offered << dialog->list()->item(i)->text();
            QVERIFY(!dialog->sendButton()->isEnabled());
            dialog->choose({u"Retail case study"_s, u"Brochure"_s});
            saveScreenshot(dialog, u"collateral-send"_s);
            dialog->sendButton()->click();
        });
        QVERIFY(editor.sendCollateral());
        QCOMPARE(offered, (QStringList {u"Retail case study — Case study"_s, u"Brochure — Brochure"_s}));
        QCOMPARE(editor.collateralList()->count(), 2);
        const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
        QStringList shown {
            editor.collateralList()->item(0)->text(), editor.collateralList()->item(1)->text()};
        shown.sort();
        QCOMPARE(shown,
            (QStringList {u"Brochure — sent %1"_s.arg(today), u"Retail case study — sent %1"_s.arg(today)}));
        QCOMPARE(CollateralStore(*m_db).sentTo(dealId).size(), 2);
        QCOMPARE(CollateralStore(*m_db).sentTo(dealId).at(0).sentBy, u"tester"_s);
        QCOMPARE(timeline->entryCount(), entriesBefore + 2);
        QVERIFY(!editor.isModified());
        saveScreenshot(&editor, u"deal-collateral"_s);

        // What was sent is not offered again.
        onNextDialog<SendCollateralDialog>([&offered](SendCollateralDialog *dialog) {
            offered.clear();
            for (int i = 0; i < dialog->list()->count(); ++i)
                offered << dialog->list()->item(i)->text();
            dialog->reject();
        });
        QVERIFY(!editor.sendCollateral());
        QVERIFY(offered.isEmpty());

        // Remove asks, then forgets it.
        editor.collateralList()->setCurrentRow(
            shown.at(0) == editor.collateralList()->item(0)->text() ? 1 : 0);
        QVERIFY(editor.removeCollateralButton()->isEnabled());
        answerNextMessageBox(QMessageBox::Cancel);
        editor.removeCollateralButton()->click();
        QCOMPARE(editor.collateralList()->count(), 2);
        answerNextMessageBox(QMessageBox::Yes);
        editor.removeCollateralButton()->click();
        QCOMPARE(editor.collateralList()->count(), 1);
        const QList<SentCollateral> left = CollateralStore(*m_db).sentTo(dealId);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).collateralId, brochureId);
        Q_UNUSED(caseStudyId);
    }

    void menuOpensTheLibrary()
    {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1200, 800);
        m_window->show();
        QAction *found = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
                if (action->text() == u"Co&llateral…"_s)
                    found = action;
            }
        }
        QVERIFY(found);
        bool opened = false;
        onNextDialog<CollateralDialog>([&opened](CollateralDialog *dialog) {
            opened = true;
            dialog->reject();
        });
        found->trigger();
        QVERIFY(opened);
    }

private:
    static QString cell(const QTableWidget *table, int row, int column)
    {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }
    QString deal(const QString &title, const QString &segment = {})
    {
        Deal d;
        d.title = title;
        d.stageId = u"needs_confirmed"_s;
        d.segment = segment;
        return DealStore(*m_db).create(d);
    }
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("LOOPLINE_UI_SCREENSHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + u".png"_s));
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCollateralUi)
#include "tst_collateralui.moc"
