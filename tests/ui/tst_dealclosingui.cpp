#include "common/listpage.h"
#include "deals/closedealdialog.h"
#include "deals/dealeditor.h"
#include "mainwindow/mainwindow.h"
#include "models/recordlistmodel.h"
#include "pipeline/dealclosing.h"
#include "store/dealstore.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;
using namespace loopline::test;

// Winning and losing a deal from its form in the Deals view, on both backends: the Lost…
// dialog with a competitor typed in, Won… with the final amount, Reopen…, and the
// competitors row saved with the form.
class TestDealClosingUi : public QObject
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

    void lostToANewCompetitor()
    {
        const QString id = createDeal(u"Kvant CRM rollout"_s, 1'200'000);
        DealEditor *editor = openDeal(id);
        QVERIFY(editor);
        QVERIFY(editor->lostButton()->isVisible());
        QVERIFY(!editor->reopenButton()->isVisible());
        QCOMPARE(editor->statusLabel()->text(), u"Open"_s);
        screenshot(window().currentPage(), u"deal-form-open"_s);

        QStringList seen;
        onNextDialog<CloseDealDialog>([&seen](CloseDealDialog *dialog) {
            screenshot(dialog, u"lost-dialog-empty"_s);
            if (dialog->okButton()->isEnabled())
                seen << u"OK enabled without a reason"_s;
            if (dialog->problemLabel()->text() != u"Choose why the deal was lost."_s)
                seen << dialog->problemLabel()->text();
            if (dialog->competitorPicker()->isVisible())
                seen << u"competitor shown for no reason"_s;
            dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findText(u"Went to a competitor"_s));
            if (!dialog->competitorPicker()->isVisible())
                seen << u"competitor hidden"_s;
            if (dialog->okButton()->isEnabled())
                seen << u"OK enabled without a competitor"_s;
            if (!dialog->problemLabel()->text().contains(u"competitor"_s))
                seen << dialog->problemLabel()->text();
            QTest::keyClicks(dialog->competitorPicker()->lineEdit(), u"Zoho CRM"_s);
            QTest::keyClicks(dialog->commentEdit(), u"Cheaper per seat"_s);
            auto *note = dialog->findChild<QLabel *>(u"newCompetitorNote"_s);
            if (!note->isVisible() || !note->text().contains(u"Zoho CRM"_s))
                seen << u"no note that the competitor is new"_s;
            screenshot(dialog, u"lost-dialog-new-competitor"_s);
            if (!dialog->okButton()->isEnabled())
                seen << u"OK disabled: "_s + dialog->problemLabel()->text();
            dialog->okButton()->click();
        });
        editor->lostButton()->click();
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(u"; "_s)));

        const Deal lost = *DealStore(*m_db).get(id);
        QCOMPARE(lost.status, DealStatus::Lost);
        QCOMPARE(lost.lostReasonId, u"competitor"_s);
        const std::optional<Competitor> zoho = CompetitorStore(*m_db).findByName(u"Zoho CRM"_s);
        QVERIFY(zoho.has_value());
        QCOMPARE(lost.wonByCompetitorId, zoho->id);
        QCOMPARE(CompetitorStore(*m_db).competitorsOf(id), QStringList {zoho->id});
        QVERIFY(lost.closedAt.isValid());

        // The form shows it at once.
        QVERIFY2(editor->statusLabel()->text().startsWith(u"Lost on "_s),
            qPrintable(editor->statusLabel()->text()));
        QVERIFY(editor->lossReasonLabel()->isVisible());
        QCOMPARE(editor->lossReasonLabel()->text(), u"Went to a competitor (Zoho CRM)"_s);
        QVERIFY(!editor->lostButton()->isVisible());
        QVERIFY(editor->reopenButton()->isVisible());
        QCOMPARE(editor->competitorsList()->count(), 1);
        QCOMPARE(editor->competitorsList()->item(0)->text(), u"Zoho CRM"_s);
        QVERIFY(!editor->isModified());
        ListPage *page = window().page(MainWindow::View::Deals);
        QCOMPARE(page->model()->index(0, 4).data().toString(), u"Lost"_s);
        screenshot(window().currentPage(), u"deal-form-lost"_s);

        // Reopen… asks why and opens it again.
        onNextDialog<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(u"They are back"_s);
            dialog->accept();
        });
        editor->reopenButton()->click();
        QCOMPARE(DealStore(*m_db).get(id)->status, DealStatus::Open);
        QVERIFY(DealStore(*m_db).get(id)->wonByCompetitorId.isEmpty());
        QCOMPARE(editor->statusLabel()->text(), u"Open"_s);
        QVERIFY(!editor->lossReasonLabel()->isVisible());
        QVERIFY(editor->wonButton()->isVisible());
    }

    void wonWithTheFinalAmount()
    {
        const QString id = createDeal(u"Annual licence"_s, 100'000);
        DealEditor *editor = openDeal(id);
        QVERIFY(editor);
        const QDate wonOn = QDate::currentDate().addDays(-3);
        QStringList seen;
        onNextDialog<CloseDealDialog>([&seen, wonOn](CloseDealDialog *dialog) {
            if (dialog->amountEdit()->value() != 1000.0)
                seen << u"amount not prefilled with the value"_s;
            dialog->amountEdit()->setValue(0);
            if (dialog->okButton()->isEnabled())
                seen << u"OK enabled for nothing"_s;
            if (!dialog->problemLabel()->isVisible())
                seen << u"no reason shown"_s;
            dialog->amountEdit()->setValue(1250.5);
            dialog->dateEdit()->setDate(wonOn);
            screenshot(dialog, u"won-dialog"_s);
            if (!dialog->okButton()->isEnabled())
                seen << u"OK disabled: "_s + dialog->problemLabel()->text();
            dialog->okButton()->click();
        });
        editor->wonButton()->click();
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(u"; "_s)));
        const Deal won = *DealStore(*m_db).get(id);
        QCOMPARE(won.status, DealStatus::Won);
        QCOMPARE(won.valueMinor, qint64(125'050));
        QCOMPARE(won.closedAt, QDateTime(wonOn, QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(editor->valueEdit()->value(), 1250.5);
        QVERIFY(editor->statusLabel()->text().startsWith(u"Won on "_s));
        QVERIFY(editor->reopenButton()->isVisible());

        // Cancelling the dialog changes nothing.
        DealClosing(*m_db).reopen(id);
        editor->load(id);
        onNextDialog<CloseDealDialog>([](CloseDealDialog *dialog) { dialog->reject(); });
        QVERIFY(!editor->closeAsLost());
        QCOMPARE(DealStore(*m_db).get(id)->status, DealStatus::Open);
    }

    void editedFormIsSavedBeforeClosing()
    {
        const QString id = createDeal(u"Pilot"_s, 50'000);
        DealEditor *editor = openDeal(id);
        QVERIFY(editor);
        editor->titleEdit()->setText(u"Pilot, 20 seats"_s);
        Q_EMIT editor->titleEdit()->textEdited(editor->titleEdit()->text());
        QVERIFY(editor->isModified());
        onNextDialog<CloseDealDialog>([](CloseDealDialog *dialog) {
            dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findText(u"Timing"_s));
            dialog->okButton()->click();
        });
        QVERIFY(editor->closeAsLost());
        const Deal lost = *DealStore(*m_db).get(id);
        QCOMPARE(lost.title, u"Pilot, 20 seats"_s);
        QCOMPARE(lost.lostReasonId, u"timing"_s);
        QVERIFY(lost.wonByCompetitorId.isEmpty());
    }

    void competitorsSavedWithTheForm()
    {
        Competitor acme;
        acme.name = u"Acme CRM"_s;
        const QString acmeId = CompetitorStore(*m_db).create(acme);
        const QString id = createDeal(u"Licence"_s, 10'000);
        DealEditor *editor = openDeal(id);
        QVERIFY(editor);

        QTest::keyClicks(editor->competitorPicker()->lineEdit(), u"acme crm"_s);
        editor->addCompetitorButton()->click();
        QTest::keyClicks(editor->competitorPicker()->lineEdit(), u"NewRival"_s);
        editor->addCompetitorButton()->click();
        QCOMPARE(editor->competitorsList()->count(), 2);
        QCOMPARE(editor->competitorsList()->item(0)->text(), u"Acme CRM"_s);
        QCOMPARE(editor->competitorsList()->item(1)->text(), u"NewRival (new)"_s);
        QVERIFY(editor->isModified());
        // Nothing is written before the form is saved.
        QVERIFY(!CompetitorStore(*m_db).findByName(u"NewRival"_s).has_value());
        screenshot(window().currentPage(), u"deal-form-competitors"_s);

        window().saveAction()->trigger();
        QVERIFY(!editor->isModified());
        const std::optional<Competitor> rival = CompetitorStore(*m_db).findByName(u"NewRival"_s);
        QVERIFY(rival.has_value());
        QCOMPARE(CompetitorStore(*m_db).competitorsOf(id), (QStringList {acmeId, rival->id}));
        QCOMPARE(editor->competitorsList()->item(1)->text(), u"NewRival"_s);

        // Remove, and a name typed but not added is added on save.
        editor->competitorsList()->setCurrentRow(0);
        editor->removeCompetitorButton()->click();
        QTest::keyClicks(editor->competitorPicker()->lineEdit(), u"Third One"_s);
        window().saveAction()->trigger();
        const std::optional<Competitor> third = CompetitorStore(*m_db).findByName(u"Third One"_s);
        QVERIFY(third.has_value());
        QCOMPARE(CompetitorStore(*m_db).competitorsOf(id), (QStringList {rival->id, third->id}));
    }

private:
    QString createDeal(const QString &title, qint64 valueMinor)
    {
        Deal deal;
        deal.title = title;
        deal.stageId = u"proposal_received"_s;
        deal.valueMinor = valueMinor;
        return DealStore(*m_db).create(deal);
    }
    // Shows the deal under Deals, as clicking it in the list does.
    DealEditor *openDeal(const QString &id)
    {
        MainWindow &w = window();
        w.showView(MainWindow::View::Deals);
        ListPage *page = w.page(MainWindow::View::Deals);
        page->refresh();
        page->selectId(id);
        auto *editor = qobject_cast<DealEditor *>(page->editor());
        return editor && (editor->currentId() == id || editor->load(id)) ? editor : nullptr;
    }
    MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(*m_db);
            m_window->resize(1280, 800);
            m_window->show();
        }
        return *m_window;
    }
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDealClosingUi)
#include "tst_dealclosingui.moc"
