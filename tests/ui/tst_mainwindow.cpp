#include "common/entrylisteditor.h"
#include "common/listpage.h"
#include "common/recordeditor.h"
#include "companies/companyeditor.h"
#include "contacts/contacteditor.h"
#include "demo/demodata.h"
#include "mainwindow/mainwindow.h"
#include "models/recordlistmodel.h"
#include "pipeline/pipelinestore.h"
#include "reports/recordsdialog.h"
#include "reports/reportspage.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "store/timelinestore.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;
using namespace loopline::test;

namespace {

} // namespace

class TestMainWindow : public QObject
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

    void createsContactThroughTheForm()
    {
        MainWindow &w = window();
        ListPage *page = w.page(MainWindow::View::Contacts);
        QVERIFY(page->isShowingEmptyState());
        w.newAction()->trigger();
        auto *editor = qobject_cast<ContactEditor *>(page->editor());
        QVERIFY(editor);
        typeText(editor->firstNameEdit(), u"Оксана"_s);
        typeText(editor->lastNameEdit(), u"Шевченко"_s);
        editor->emailsEditor()->table()->item(0, 1)->setText(u"oksana@example.ua"_s);
        editor->phonesEditor()->table()->item(0, 1)->setText(u"+380 44 123 45 67"_s);
        QVERIFY(editor->isModified());
        w.saveAction()->trigger();

        QCOMPARE(ContactStore(*m_db).count(), 1);
        QVERIFY(!editor->isModified());
        QVERIFY(!page->isShowingEmptyState());
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 0).data().toString(), u"Оксана Шевченко"_s);
        const auto saved = ContactStore(*m_db).get(editor->currentId());
        QVERIFY(saved);
        QCOMPARE(saved->primaryEmail(), u"oksana@example.ua"_s);
        QCOMPARE(saved->primaryPhone(), u"+380 44 123 45 67"_s);
        QCOMPARE(saved->owner, u"tester"_s);
        const QList<TimelineEntry> timeline = TimelineStore(*m_db).list(saved->id);
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.first().kind, u"created"_s);
        // Shown by its translated kind alone, not by the text stored in the creator's language.
        auto *list = editor->findChild<QListWidget *>(u"timelineList"_s);
        QVERIFY(list);
        QTRY_COMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(u"Created"_s), qPrintable(list->item(0)->text()));
        QVERIFY2(!list->item(0)->text().contains(u"Contact created"_s), qPrintable(list->item(0)->text()));
        QCOMPARE(page->view()->currentIndex().row(), 0);
    }

    void validationSaysWhatAndWhere()
    {
        MainWindow &w = window();
        ListPage *page = w.page(MainWindow::View::Contacts);
        w.newAction()->trigger();
        auto *editor = qobject_cast<ContactEditor *>(page->editor());
        editor->emailsEditor()->table()->item(0, 1)->setText(u"not-an-email"_s);
        w.saveAction()->trigger();

        QCOMPARE(ContactStore(*m_db).count(), 0);
        auto *errors = editor->findChild<QLabel *>(u"validationErrors"_s);
        QVERIFY(errors);
        QVERIFY(!errors->isHidden());
        QVERIFY2(errors->text().contains(u"first or last name"_s), qPrintable(errors->text()));
        QVERIFY2(errors->text().contains(u"not-an-email"_s), qPrintable(errors->text()));
        QVERIFY(editor->lastNameEdit()->property("invalid").toBool());
        QVERIFY(editor->emailsEditor()->property("invalid").toBool());

        // Fixing the fields and saving again clears the marks.
        QTest::keyClicks(editor->lastNameEdit(), u"Smith"_s);
        editor->emailsEditor()->table()->item(0, 1)->setText(u"smith@example.com"_s);
        w.saveAction()->trigger();
        QCOMPARE(ContactStore(*m_db).count(), 1);
        QVERIFY(errors->isHidden());
        QVERIFY(!editor->lastNameEdit()->property("invalid").toBool());
    }

    void searchesAndSorts()
    {
        DemoDataGenerator(7).fill(*m_db, 400);
        MainWindow &w = window();
        ListPage *page = w.page(MainWindow::View::Contacts);
        RecordListModel *model = page->model();
        QCOMPARE(model->totalCount(), 400);

        // Sorting: click the Email header; the list is then ordered by email in SQL.
        page->view()->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
        QCOMPARE(model->query().sortColumn(), 1);
        while (model->canFetchMore())
            model->fetchMore();
        QCOMPARE(model->rowCount(), 400);
        QStringList emails;
        for (int row = 0; row < model->rowCount(); ++row)
            emails << model->index(row, 1).data(RecordListModel::SortValueRole).toString();
        QStringList sorted = emails;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.toUtf8() < b.toUtf8(); // binary collation, as both backends use
        });
        QCOMPARE(emails, sorted);

        // Search: typing in the box filters after a short pause.
        const QString surname = ContactStore(*m_db).get(model->idAt(0))->lastName;
        typeText(page->searchEdit(), surname.left(4));
        QTRY_VERIFY(model->isFiltered());
        QVERIFY(model->rowCount() > 0);
        // Matches come newest first until a column is chosen; the header shows no sort column.
        QCOMPARE(model->query().sortColumn(), ListQuery::NewestFirst);
        QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(), -1);
        const qint64 expected
            = m_db->scalar(u"SELECT COUNT(*) FROM contacts WHERE lower(last_name) LIKE ? OR "
                           "lower(first_name) LIKE ? OR lower(email) LIKE ? OR "
                           "lower(job_title) LIKE ? OR lower(company_name) LIKE ?"_s,
                      {surname.left(4).toLower() + u'%', surname.left(4).toLower() + u'%',
                          surname.left(4).toLower() + u'%', surname.left(4).toLower() + u'%',
                          surname.left(4).toLower() + u'%'})
                  .toLongLong();
        QVERIFY(model->totalCount() >= expected);
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto contact = ContactStore(*m_db).get(model->idAt(row));
            const QString haystack
                = (contact->displayName() + u' ' + contact->primaryEmail() + u' ' + contact->jobTitle + u' '
                    + contact->companyName + u' ' + contact->tags.join(u' ') + u' ' + contact->primaryPhone())
                      .toLower();
            QVERIFY2(haystack.contains(surname.left(4).toLower()), qPrintable(haystack));
        }

        // Nothing matches: the empty state says so; Esc clears the search.
        page->searchEdit()->clear();
        QTest::keyClicks(page->searchEdit(), u"zzqqxx"_s);
        QTRY_VERIFY(page->isShowingEmptyState());
        auto *empty = page->findChild<QLabel *>(u"emptyState"_s);
        QVERIFY(empty->text().contains(u"zzqqxx"_s));
        QTest::keyClick(page->searchEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!page->isShowingEmptyState());
        QTRY_COMPARE(model->totalCount(), 400);
        // Without a search, the column sort chosen before comes back.
        QCOMPARE(model->query().sortColumn(), 1);
        QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(), 1);

        // Field filter: owner starts with "ann".
        page->filterField()->setCurrentIndex(page->filterField()->findData(u"owner"_s));
        QTest::keyClicks(page->filterEdit(), u"ann"_s);
        const qint64 owners
            = m_db->scalar(u"SELECT COUNT(*) FROM contacts WHERE owner = 'anna'"_s).toLongLong();
        QVERIFY(owners > 0);
        QTRY_COMPARE(model->totalCount(), owners);
    }

    void deletesAsksFirstAndUndoes()
    {
        DemoDataGenerator(11).fill(*m_db, 40);
        MainWindow &w = window();
        ListPage *page = w.page(MainWindow::View::Contacts);
        w.selectFirstRecord();
        const QString id = page->editor()->currentId();
        QVERIFY(!id.isEmpty());
        Deal deal;
        deal.title = u"Support plan"_s;
        deal.stageId = u"terms_agreed"_s;
        deal.contactIds = {id};
        DealStore(*m_db).create(deal);
        // The contact takes part in a deal, so undo must bring the link back too.
        const Contact before = *ContactStore(*m_db).get(id);
        QVERIFY(!before.dealIds.isEmpty());
        const qint64 count = ContactStore(*m_db).count();

        answerNextMessageBox(QMessageBox::Cancel);
        w.deleteAction()->trigger();
        QCOMPARE(ContactStore(*m_db).count(), count);

        answerNextMessageBox(QMessageBox::Yes);
        w.deleteAction()->trigger();
        QCOMPARE(ContactStore(*m_db).count(), count - 1);
        QVERIFY(!ContactStore(*m_db).get(id));
        QCOMPARE(page->model()->rowOfId(id), -1);
        QVERIFY(w.undoStack()->canUndo());

        w.undoStack()->undo();
        QCOMPARE(ContactStore(*m_db).count(), count);
        const auto restored = ContactStore(*m_db).get(id);
        QVERIFY(restored);
        QCOMPARE(restored->emails, before.emails);
        QCOMPARE(restored->phones, before.phones);
        QCOMPARE(restored->dealIds, before.dealIds);
        QVERIFY(page->model()->rowOfId(id) >= 0);

        w.undoStack()->redo();
        QVERIFY(!ContactStore(*m_db).get(id));
    }

    void companyPageShowsItsContactsAndDeals()
    {
        Company company;
        company.name = u"Northwind Logistics"_s;
        company.domain = u"northwind.example"_s;
        const QString companyId = CompanyStore(*m_db).create(company);
        for (const QString &name : {u"Ann"_s, u"Bob"_s}) {
            Contact contact;
            contact.firstName = name;
            contact.lastName = u"Lee"_s;
            contact.companyId = companyId;
            ContactStore(*m_db).create(contact);
        }
        Deal deal;
        deal.title = u"Annual licence"_s;
        deal.companyId = companyId;
        deal.stageId = u"needs_confirmed"_s;
        deal.valueMinor = 1'250'000;
        DealStore(*m_db).create(deal);

        MainWindow &w = window();
        w.showView(MainWindow::View::Companies);
        w.selectFirstRecord();
        auto *editor = qobject_cast<CompanyEditor *>(w.page(MainWindow::View::Companies)->editor());
        QCOMPARE(editor->currentId(), companyId);
        QCOMPARE(editor->contactsModel()->rowCount(), 2);
        QCOMPARE(editor->dealsModel()->rowCount(), 1);
        QCOMPARE(editor->dealsModel()->index(0, 0).data().toString(), u"Annual licence"_s);

        // Renaming the company shows on its contacts at once.
        editor->nameEdit()->clear();
        QTest::keyClicks(editor->nameEdit(), u"Northwind Freight"_s);
        w.saveAction()->trigger();
        QCOMPARE(editor->contactsModel()->index(0, 3).data().toString(), u"Northwind Freight"_s);
    }

    void tallWindowFetchesUntilTheListIsFull()
    {
        DemoDataGenerator(5).fill(*m_db, 300);
        MainWindow &w = window();
        w.resize(1280, 2400); // room for far more rows than one page
        ListPage *page = w.page(MainWindow::View::Contacts);
        const int pageSize = page->model()->pageSize();
        QTRY_VERIFY(page->model()->rowCount() > pageSize);
        // The view asked for pages only until its last row was visible, not for all 300.
        QVERIFY(page->model()->rowCount() < 300);
    }

    // On a narrow window the form gets the width it needs (no horizontal scroll bar) while the
    // list keeps two fifths; once the person drags the divider, it stays where they put it.
    void formGetsTheWidthItNeeds()
    {
        DemoDataGenerator(5).fill(*m_db, 40);
        MainWindow &w = window();
        w.resize(1000, 700);
        for (const MainWindow::View view : {MainWindow::View::Contacts, MainWindow::View::Deals,
                 MainWindow::View::Leads, MainWindow::View::Campaigns}) {
            w.showView(view);
            w.selectFirstRecord();
            ListPage *page = w.page(view);
            auto *splitter = page->findChild<QSplitter *>();
            QVERIFY(splitter);
            auto *form = qobject_cast<QScrollArea *>(splitter->widget(1));
            QVERIFY(form);
            const int needed = page->editor()->minimumSizeHint().width();
            QTRY_VERIFY2(form->viewport()->width() >= needed,
                qPrintable(u"view %1: %2 < %3"_s.arg(int(view)).arg(form->viewport()->width()).arg(needed)));
            QVERIFY(!form->horizontalScrollBar()->isVisible());
            QVERIFY(
                splitter->sizes().at(0) >= (splitter->sizes().at(0) + splitter->sizes().at(1)) * 2 / 5 - 1);
        }
        // Placed by hand: no longer fitted.
        ListPage *leads = w.page(MainWindow::View::Leads);
        w.showView(MainWindow::View::Leads);
        auto *splitter = leads->findChild<QSplitter *>();
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({total - 200, 200}); // narrower than the form needs
        const int placed = splitter->sizes().at(1);
        QVERIFY(placed < leads->editor()->minimumSizeHint().width());
        Q_EMIT splitter->splitterMoved(total - placed, 1);
        w.resize(1010, 700);
        QTest::qWait(50);
        QVERIFY(splitter->sizes().at(1) <= placed + 10);
    }

    // A new deal, campaign or converted lead is in the base currency chosen for the team
    // (the first-run assistant or Deals → Currency rates), not in a fixed one.
    void newRecordsAreInTheBaseCurrency()
    {
        CurrencyRates(*m_db).setBaseCurrency(u"UAH"_s);
        CurrencyRates(*m_db).setRate(u"SEK"_s, 4);
        MainWindow &w = window();
        const auto currencyOf = [](QWidget *editor) {
            for (QComboBox *box : editor->findChildren<QComboBox *>()) {
                if (box->accessibleName() == u"Currency"_s)
                    return box;
            }
            return static_cast<QComboBox *>(nullptr);
        };
        for (const MainWindow::View view : {MainWindow::View::Deals, MainWindow::View::Campaigns}) {
            w.showView(view);
            w.page(view)->newRecord();
            QComboBox *currency = currencyOf(w.page(view)->editor());
            QVERIFY(currency);
            QCOMPARE(currency->currentText(), u"UAH"_s);
            QCOMPARE(currency->itemText(0), u"UAH"_s);
            QVERIFY(currency->findText(u"SEK"_s) >= 0);
        }
    }

    void remembersLayout()
    {
        {
            MainWindow &w = window();
            w.resize(1111, 777);
            w.page(MainWindow::View::Contacts)
                ->view()
                ->horizontalHeader()
                ->setSortIndicator(2, Qt::DescendingOrder);
            w.showView(MainWindow::View::Deals);
            QVERIFY(w.close());
            m_window.reset();
        }
        MainWindow &again = window();
        QCOMPARE(again.size(), QSize(1111, 777));
        QCOMPARE(again.currentView(), MainWindow::View::Deals);
        QCOMPARE(again.page(MainWindow::View::Contacts)->model()->query().sortColumn(), 2);
        QCOMPARE(again.page(MainWindow::View::Contacts)->model()->query().sortOrder(), Qt::DescendingOrder);
    }

    // Clicking a bar of a report lists the deals behind it; opening one shows it under Deals.
    void aReportBarListsItsDealsAndOpensOne()
    {
        DemoDataGenerator(5).fill(*m_db, 300);
        MainWindow window(*m_db);
        window.resize(1200, 800);
        window.show();
        window.showView(MainWindow::View::Reports);
        ReportsPage *reports = window.reportsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!reports->isLoading(), 30'000); // read on a worker thread
        QVERIFY(!reports->isShowingEmptyState(ChartKind::LossReasons));
        const DataTable *reasons = reports->table(ChartKind::LossReasons);
        QVERIFY(reasons && reasons->hasData());
        const qint64 mostFrequent = reasons->rows.at(1).at(1).toLongLong();
        const int bars = int(reasons->rows.size()) - 1;
        QVERIFY(reports->openBar(ChartKind::LossReasons, 0, bars - 1)); // drawn last, on top
        RecordsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<RecordsDialog *>()));
        QCOMPARE(dialog->model()->totalCount(), mostFrequent);
        QVERIFY(dialog->windowTitle().contains(reasons->rows.at(1).at(0).toString()));
        const QString id = dialog->model()->idAt(0);
        Q_EMIT dialog->view()->activated(dialog->model()->index(0, 0));
        QCOMPARE(window.currentView(), MainWindow::View::Deals);
        QCOMPARE(window.page(MainWindow::View::Deals)->editor()->currentId(), id);
        dialog->close();
    }

    void rendersAScreenshot()
    {
        DemoDataGenerator(3).fill(*m_db, 60);
        MainWindow &w = window();
        for (auto view : {MainWindow::View::Contacts, MainWindow::View::Companies, MainWindow::View::Deals}) {
            w.showView(view);
            w.selectFirstRecord();
            QVERIFY(!w.currentPage()->editor()->currentId().isEmpty());
            // Records written in bulk have no "created" entry; the timeline shows their creation anyway.
            auto *timeline = w.currentPage()->editor()->findChild<QListWidget *>(u"timelineList"_s);
            QVERIFY(timeline);
            QCOMPARE(timeline->count(), 1);
            QVERIFY2(timeline->item(0)->text().contains(u"Created"_s), qPrintable(timeline->item(0)->text()));
            const QImage image = w.grab().toImage();
            QCOMPARE(image.size(), w.size() * image.devicePixelRatio());
            // A real rendering has many colours, not a blank surface.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY(colours.size() > 20);
        }
    }

private:
    MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(*m_db);
            m_window->show();
            (void)QTest::qWaitForWindowExposed(m_window.get());
        }
        return *m_window;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
