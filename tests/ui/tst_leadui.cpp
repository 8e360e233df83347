#include "common/listpage.h"
#include "leads/leaddialogs.h"
#include "leads/leadeditor.h"
#include "leads/leadstore.h"
#include "leads/questionnaireform.h"
#include "leadtesting.h"
#include "mainwindow/mainwindow.h"
#include "models/recordlistmodel.h"
#include "store/dealstore.h"
#include "store/teamstore.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::lead;
using loopline::test::qualify;
using loopline::test::TestDatabase;
using namespace loopline::test;

namespace {

constexpr qint64 kStart = 1'767'258'000'000; // 2026-01-01T09:00:00Z
constexpr qint64 kMinute = 60'000;

} // namespace

// The lead screens driven like a user would, on both backends: the SDR queue with its
// countdown and Take, the questionnaire and the move to MQL, a move back that needs a
// comment, and a conversion.
class TestLeadUi : public QObject
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
        m_clock = std::make_shared<ManualClock>(kStart);
        m_db->setClock(m_clock);
        m_db->setCurrentUser(u"sam"_s);
        TeamMember rep;
        rep.name = u"anna"_s;
        TeamStore(*m_db).add(rep);
        QSettings().clear();
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void queueCountsDownAndTakes()
    {
        LeadStore store(*m_db);
        const QString late = store.create(lead(u"Late"_s));
        m_clock->advanceMs(20 * kMinute);
        const QString fresh = store.create(lead(u"Fresh"_s));
        m_clock->advanceMs(15 * kMinute); // Late is 5 minutes over, Fresh has 15 left

        MainWindow &w = window();
        w.showView(MainWindow::View::SdrQueue);
        ListPage *queue = w.page(MainWindow::View::SdrQueue);
        QCOMPARE(queue->model()->rowCount(), 2);
        QCOMPARE(queue->model()->idAt(0), late);
        QCOMPARE(queue->model()->idAt(1), fresh);
        QCOMPARE(queue->model()->index(0, 0).data().toString(), u"5:00 overdue"_s);
        QVERIFY(queue->model()->index(0, 0).data(RecordListModel::SlaBreachedRole).toBool());
        QCOMPARE(queue->model()->index(1, 0).data().toString(), u"15:00"_s);
        QVERIFY(!queue->model()->index(1, 0).data(RecordListModel::SlaBreachedRole).toBool());
        m_clock->advanceMs(30'000);
        queue->model()->refreshLiveColumns();
        QCOMPARE(queue->model()->index(1, 0).data().toString(), u"14:30"_s);

        queue->view()->setCurrentIndex(queue->model()->index(1, 0));
        QVERIFY(w.takeLeadAction()->isEnabled());
        w.takeLeadAction()->trigger();
        QCOMPARE(w.currentView(), MainWindow::View::Leads);
        auto *editor = qobject_cast<LeadEditor *>(w.currentPage()->editor());
        QVERIFY(editor);
        QCOMPARE(editor->currentId(), fresh);
        const Lead taken = *store.get(fresh);
        QCOMPARE(taken.status, LeadStatus::ReceivedBySdr);
        QCOMPARE(taken.sdr, u"sam"_s);
        QCOMPARE(taken.firstResponseMs, 15 * kMinute + 30'000);
        QCOMPARE(queue->model()->rowCount(), 1);
        QVERIFY(editor->findChild<QLabel *>(u"leadState"_s)->text().contains(u"within"_s));
    }

    void questionnaireThenMql()
    {
        LeadStore store(*m_db);
        const QString id = store.create(lead(u"Bondar"_s));
        store.take(id, u"sam"_s);
        MainWindow &w = window();
        LeadEditor *editor = openLead(id);
        QVERIFY(editor);

        // Not yet: the move to MQL is refused without the questionnaire.
        onNextDialog<QMessageBox>([](QMessageBox *box) { box->accept(); });
        QVERIFY(!editor->moveTo(LeadStatus::AwaitingAssignment));
        QCOMPARE(store.get(id)->status, LeadStatus::ReceivedBySdr);

        QuestionnaireForm *form = editor->questionnaire();
        auto *budget = qobject_cast<QLineEdit *>(form->fieldWidget(u"budget"_s));
        QVERIFY(budget);
        QTest::keyClicks(budget, u"5000"_s);
        auto *authority = qobject_cast<QComboBox *>(form->fieldWidget(u"authority"_s));
        QVERIFY(authority);
        QVERIFY(authority->findText(u"Yes"_s) > 0);
        authority->setCurrentIndex(authority->findText(u"Yes"_s));
        auto *need = qobject_cast<QLineEdit *>(form->fieldWidget(u"need"_s));
        QVERIFY(need);
        QTest::keyClicks(need, u"One record for marketing and sales"_s);
        auto *timeframe = qobject_cast<QComboBox *>(form->fieldWidget(u"timeframe"_s));
        QVERIFY(timeframe);
        timeframe->setCurrentIndex(1);
        QVERIFY(editor->isModified());
        w.saveAction()->trigger();
        QVERIFY(!editor->isModified());
        const Lead answered = *store.get(id);
        QVERIFY(answered.questionnaireComplete);
        QCOMPARE(answered.answers.value(u"budget"_s).toLongLong(), qint64(500'000));
        QCOMPARE(answered.temperature, Temperature::Hot);

        QVERIFY(editor->moveTo(LeadStatus::AwaitingAssignment));
        const Lead mql = *store.get(id);
        QCOMPARE(mql.status, LeadStatus::AwaitingAssignment);
        QVERIFY(mql.mqlAt.isValid());
        QCOMPARE(mql.owner, u"anna"_s); // hot: handed to the only sales rep
        QVERIFY(editor->findChild<QLabel *>(u"leadState"_s)->text().contains(u"MQL"_s));
    }

    void movingBackAsksWhy()
    {
        LeadStore store(*m_db);
        const QString id = store.create(lead(u"Back"_s));
        store.take(id, u"sam"_s);
        LeadEditor *editor = openLead(id);
        QVERIFY(editor);
        bool okWasDisabled = false;
        onNextDialog<MoveLeadDialog>([&okWasDisabled](MoveLeadDialog *dialog) {
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            okWasDisabled = !buttons->button(QDialogButtonBox::Ok)->isEnabled();
            QTest::keyClicks(dialog->commentEdit(), u"Taken by mistake"_s);
            buttons->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(editor->moveTo(LeadStatus::New));
        QVERIFY(okWasDisabled);
        QCOMPARE(store.get(id)->status, LeadStatus::New);
        QCOMPARE(store.history(id).last().comment, u"Taken by mistake"_s);
    }

    void convertCreatesTheDeal()
    {
        LeadStore store(*m_db);
        Lead l = lead(u"Kovalenko"_s);
        l.companyName = u"Kvant"_s;
        l.email = u"o.kovalenko@kvant.ua"_s;
        const QString id = store.create(l);
        qualify(store, id);
        LeadEditor *editor = openLead(id);
        QVERIFY(editor);
        QVERIFY(editor->convertButton()->isEnabled());
        onNextDialog<ConvertLeadDialog>([this](ConvertLeadDialog *dialog) {
            dialog->valueEdit()->setValue(12'000);
            onNextDialog<QMessageBox>([](QMessageBox *box) { box->accept(); });
            dialog->accept();
        });
        editor->convertButton()->click();
        const Lead converted = *store.get(id);
        QVERIFY(!converted.dealId.isEmpty());
        const Deal deal = *DealStore(*m_db).get(converted.dealId);
        QCOMPARE(deal.valueMinor, qint64(1'200'000));
        QCOMPARE(deal.title, u"Kvant"_s);
        QCOMPARE(editor->convertButton()->text().remove(u'&'), u"Open deal"_s);
        // The lead links to what it became; a click opens the deal.
        auto *state = editor->findChild<QLabel *>(u"leadState"_s);
        QVERIFY(state->text().contains(u"deal:"_s + converted.dealId));
        Q_EMIT state->linkActivated(u"deal:"_s + converted.dealId);
        QCOMPARE(window().currentView(), MainWindow::View::Deals);
        QCOMPARE(window().currentPage()->editor()->currentId(), converted.dealId);
        // The deal shows what marketing learned: the lead's source and its answers.
        auto *fromLead = window().currentPage()->editor()->findChild<QLabel *>(u"dealFromLead"_s);
        QVERIFY(fromLead && fromLead->isVisible());
        QVERIFY2(fromLead->text().contains(u"Web site"_s), qPrintable(fromLead->text()));
        QVERIFY(fromLead->text().contains(u"A CRM for twenty reps"_s));
        QVERIFY(fromLead->text().contains(u"Within a month"_s));
    }

    void addsALeadSource()
    {
        MainWindow &w = window();
        onNextDialog<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(u"Podcast"_s);
            dialog->accept();
        });
        QVERIFY(w.addLeadSource());
        QCOMPARE(LeadStore(*m_db).sources().last().name, u"Podcast"_s);
        // The lead form offers it at once.
        LeadEditor *editor = qobject_cast<LeadEditor *>(w.page(MainWindow::View::Leads)->editor());
        w.showView(MainWindow::View::Leads);
        w.newAction()->trigger();
        auto *source = editor->findChild<QComboBox *>(u"leadSource"_s);
        QVERIFY(source);
        QVERIFY(source->findText(u"Podcast"_s) >= 0);
        // A second one with the same name is refused.
        onNextDialog<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(u"podcast"_s);
            onNextDialog<QMessageBox>([](QMessageBox *box) { box->accept(); });
            dialog->accept();
        });
        QVERIFY(!w.addLeadSource());
        QCOMPARE(LeadStore(*m_db).sources().size(), 10);
    }

private:
    // Shows the lead under Leads, as opening it from another screen does.
    LeadEditor *openLead(const QString &id)
    {
        MainWindow &w = window();
        w.showView(MainWindow::View::Leads);
        ListPage *page = w.page(MainWindow::View::Leads);
        page->selectId(id);
        auto *editor = qobject_cast<LeadEditor *>(page->editor());
        return editor && editor->load(id) ? editor : nullptr;
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
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLeadUi)
#include "tst_leadui.moc"
