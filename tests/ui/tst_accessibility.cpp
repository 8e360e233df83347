#include "backup/restoredialog.h"
#include "booth/boothwindow.h"
#include "collateral/collateraldialog.h"
#include "collateral/collateralstore.h"
#include "connect/connectdialog.h"
#include "contacts/privacydialog.h"
#include "deals/closedealdialog.h"
#include "deals/currencyratesdialog.h"
#include "deals/forecastdialog.h"
#include "deals/pipelinesettingsdialog.h"
#include "dedupe/duplicatesdialog.h"
#include "demo/demodata.h"
#include "import/importwizard.h"
#include "leads/leaddialogs.h"
#include "leads/leadfiguresdialog.h"
#include "leads/leadsettingsdialog.h"
#include "leads/leadstore.h"
#include "leads/questionnaireeditor.h"
#include "mainwindow/mainwindow.h"
#include "reports/recordsdialog.h"
#include "segments/segmentsdialog.h"
#include "settings/firstrunwizard.h"
#include "settings/settingsdialog.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/dealstore.h"
#include "sync/conflictsdialog.h"
#include "sync/rejecteddialog.h"
#include "tasks/taskspage.h"
#include "team/usersdialog.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// What a screen reader and a keyboard user meet on each screen: every control that takes
// input has a name (its own, or the label that is its buddy), and can be reached with Tab.
class tst_Accessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;

    static QString describe(QWidget *widget)
    {
        QStringList path;
        for (QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget())
            path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                   : w->objectName());
        QString hint;
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            hint = edit->placeholderText().isEmpty() ? edit->text() : edit->placeholderText();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            hint = button->toolTip();
        return path.join(u" > "_s) + (hint.isEmpty() ? QString() : u" (\""_s + hint + u"\")"_s);
    }
    // Controls that take input; item views' own viewport and scroll bars are left out.
    static bool takesInput(QWidget *widget)
    {
        if (!widget->isVisible() || !widget->isEnabled())
            return false;
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            return false; // a spin box's own line edit: the spin box is named
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
            return false; // an editable combo box's line edit
        if (qobject_cast<QHeaderView *>(widget) || widget->inherits("QLineEditIconButton")
            || widget->inherits("QTableCornerButton"))
            return false; // parts of a table or of a line edit (its clear button)
        return qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QAbstractButton *>(widget);
    }
    // The name a screen reader announces. On Unix a combo box's Name is its current text (AT-SPI
    // takes the label from the Label relation), which would let a combo box without a label pass:
    // it needs its own accessible name or a label (a buddy, or the title of its group box).
    static QString accessibleName(QWidget *widget)
    {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible)
            return {};
        if (qobject_cast<QComboBox *>(widget)) {
            if (!widget->accessibleName().trimmed().isEmpty())
                return widget->accessibleName().trimmed();
            const auto labels = accessible->relations(QAccessible::Label);
            return labels.isEmpty() ? QString() : labels.first().first->text(QAccessible::Name).trimmed();
        }
        return accessible->text(QAccessible::Name).trimmed();
    }
    static QStringList unnamed(QWidget *window)
    {
        QStringList found;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!takesInput(widget))
                continue;
            if (accessibleName(widget).isEmpty())
                found << describe(widget);
        }
        return found;
    }
    static QStringList outOfTabReach(QWidget *window)
    {
        QStringList found;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (takesInput(widget) && !(widget->focusPolicy() & Qt::TabFocus)
                && !qobject_cast<QAbstractButton *>(widget)) // buttons have shortcuts or mnemonics
                found << describe(widget);
        }
        return found;
    }
    // Fails the test with every unnamed and every unreachable control of the window.
    static void verifyAccessible(QWidget *window, const QString &what)
    {
        const QStringList missing = unnamed(window);
        if (!missing.isEmpty()) // the whole list (a failure message is cut at 1024 characters)
            qWarning("%s: without an accessible name:\n  %s", qPrintable(what),
                qPrintable(missing.join(u"\n  "_s)));
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"%1: %2 control(s) without an accessible name"_s.arg(what).arg(missing.size())));
        const QStringList unreachable = outOfTabReach(window);
        QVERIFY2(unreachable.isEmpty(),
            qPrintable(what + u": not reachable with Tab:\n  "_s + unreachable.join(u"\n  "_s)));
    }
    // The first column of the first row of a query on the demo data; a warning when there is none
    // (the record read with it is then missing, which the caller verifies).
    QString demoId(const QString &sql) const
    {
        const QString id = m_db->scalar(sql).toString();
        if (id.isEmpty())
            qWarning("no demo record for: %s", qPrintable(sql));
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QAccessible::setActive(true);
        m_db = Database::open(ConnectionSpec::sqlite(TestDatabase::temporaryDirectory() + u"/a11y.sqlite"_s));
        m_db->setCurrentUser(u"tester"_s);
        DemoDataGenerator(9).fill(*m_db, 80);
    }
    void cleanupTestCase() { m_db.reset(); }

    void everyScreenNamesItsControls_data()
    {
        QTest::addColumn<int>("view");
        for (const MainWindow::View view : MainWindow::allViews())
            QTest::addRow("%d", int(view)) << int(view);
    }
    void everyScreenNamesItsControls()
    {
        QFETCH(int, view);
        MainWindow window(*m_db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(MainWindow::View(view));
        window.selectFirstRecord();
        QTest::qWait(100);
        const QStringList missing = unnamed(&window);
        if (!missing.isEmpty()) // the whole list (a failure message is cut at 1024 characters)
            qWarning("without an accessible name:\n  %s", qPrintable(missing.join(u"\n  "_s)));
        QVERIFY2(
            missing.isEmpty(), qPrintable(u"%1 control(s) without an accessible name"_s.arg(missing.size())));
        const QStringList unreachable = outOfTabReach(&window);
        QVERIFY2(unreachable.isEmpty(),
            qPrintable(u"not reachable with Tab:\n  "_s + unreachable.join(u"\n  "_s)));
    }

    // The dialogs of this computer's settings, backups and first start.
    void dialogsNameTheirControls()
    {
        const QString path = m_db->spec().path;
        Backups(QString(), path).create(*m_db, 3);
        SettingsDialog settings(path);
        RestoreDialog restore(Backups(QString(), path), path);
        FirstRunWizard wizard;
        for (QWidget *dialog : std::initializer_list<QWidget *> {&settings, &restore, &wizard}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (int page = 0; page < 3; ++page) {
                const QStringList missing = unnamed(dialog) + outOfTabReach(dialog);
                QVERIFY2(missing.isEmpty(),
                    qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u":\n  "_s
                        + missing.join(u"\n  "_s)));
                if (dialog != &wizard)
                    break;
                wizard.next();
            }
            dialog->hide();
        }
    }

    // Every other dialog of the window, as it opens, on records of the demo data.
    void otherDialogsNameTheirControls_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {"lead settings", "pipelines", "questionnaires", "import", "connect",
            "conflicts", "currency rates", "segments", "collateral", "forecast", "SDR figures", "duplicates",
            "users", "booth start", "deal won", "deal lost", "merge contacts", "merge companies",
            "lead moves back", "lead disqualified", "lead routed to partner", "convert lead", "new task",
            "reschedule task", "partner's deal", "privacy", "refused changes, none", "refused changes",
            "deals behind a bar", "leads behind a bar", "send collateral", "new collateral",
            "edit collateral", "new pipeline"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }
    void otherDialogsNameTheirControls()
    {
        QFETCH(int, which);
        QUndoStack undo;
        std::unique_ptr<QWidget> dialog;
        const QString dealId = demoId(u"SELECT id FROM deals WHERE status = 'open' ORDER BY seq LIMIT 1"_s);
        const QString leadId
            = demoId(u"SELECT id FROM leads WHERE converted_at IS NULL ORDER BY seq LIMIT 1"_s);
        const QString contactIds = u"SELECT id FROM contacts ORDER BY seq LIMIT 1 OFFSET %1"_s;
        const QString companyIds = u"SELECT id FROM companies ORDER BY seq LIMIT 1 OFFSET %1"_s;
        const std::optional<Deal> deal = DealStore(*m_db).get(dealId);
        const std::optional<Lead> lead = LeadStore(*m_db).get(leadId);
        QVERIFY(deal && lead);
        switch (which) {
        case 0:
            dialog = std::make_unique<LeadSettingsDialog>(*m_db);
            break;
        case 1:
            dialog = std::make_unique<PipelineSettingsDialog>(*m_db);
            break;
        case 2:
            dialog = std::make_unique<QuestionnaireEditorDialog>(*m_db);
            break;
        case 3:
            dialog = std::make_unique<ImportWizard>(*m_db); // every page: importWizardNamesEveryPage()
            break;
        case 4:
            dialog = std::make_unique<ConnectDialog>();
            break;
        case 5:
            dialog = std::make_unique<ConflictsDialog>(*m_db);
            break;
        case 6:
            dialog = std::make_unique<CurrencyRatesDialog>(*m_db);
            break;
        case 7:
            dialog = std::make_unique<SegmentsDialog>(*m_db);
            break;
        case 8:
            dialog = std::make_unique<CollateralDialog>(*m_db);
            break;
        case 9:
            dialog = std::make_unique<ForecastDialog>(*m_db);
            break;
        case 10:
            dialog = std::make_unique<LeadFiguresDialog>(*m_db);
            break;
        case 11:
            dialog = std::make_unique<DuplicatesDialog>(*m_db, &undo);
            break;
        case 12:
            // Made for a team server, but its controls do not depend on the backend: on SQLite
            // it lists the team members without logins (team_members.login is in both schemas).
            dialog = std::make_unique<UsersDialog>(*m_db);
            break;
        case 13:
            dialog = std::make_unique<BoothStartDialog>(*m_db);
            break;
        case 14:
            dialog = std::make_unique<CloseDealDialog>(*m_db, *deal, CloseDealDialog::Mode::Won);
            break;
        case 15: {
            auto close = std::make_unique<CloseDealDialog>(*m_db, *deal, CloseDealDialog::Mode::Lost);
            // A reason that needs the competitor, so that its row shows too.
            for (int i = 0; i < close->reasonBox()->count() && !close->reasonNeedsCompetitor(); ++i)
                close->reasonBox()->setCurrentIndex(i);
            QVERIFY(close->reasonNeedsCompetitor());
            dialog = std::move(close);
            break;
        }
        case 16: {
            const auto first = ContactStore(*m_db).get(demoId(contactIds.arg(0)));
            const auto second = ContactStore(*m_db).get(demoId(contactIds.arg(1)));
            QVERIFY(first && second);
            dialog = std::make_unique<MergeDialog>(*first, *second);
            break;
        }
        case 17: {
            const auto first = CompanyStore(*m_db).get(demoId(companyIds.arg(0)));
            const auto second = CompanyStore(*m_db).get(demoId(companyIds.arg(1)));
            QVERIFY(first && second);
            dialog = std::make_unique<MergeDialog>(*first, *second);
            break;
        }
        case 18:
            QVERIFY(LeadLifecycle::isBackward(LeadStatus::DiscussingNeeds, LeadStatus::ReceivedBySales));
            dialog = std::make_unique<MoveLeadDialog>(
                LeadStatus::DiscussingNeeds, LeadStatus::ReceivedBySales, true);
            break;
        case 19:
            dialog = std::make_unique<MoveLeadDialog>(
                LeadStatus::ReceivedBySdr, LeadStatus::Disqualified, false);
            break;
        case 20:
            dialog = std::make_unique<MoveLeadDialog>(
                LeadStatus::ReceivedBySdr, LeadStatus::RoutedToPartner, false);
            break;
        case 21:
            dialog = std::make_unique<ConvertLeadDialog>(*m_db, *lead);
            break;
        case 22:
            dialog = std::make_unique<TaskDialog>(
                QDateTime::currentDateTimeUtc().addSecs(3600), QTimeZone::systemTimeZone());
            break;
        case 23:
            dialog = std::make_unique<TaskDialog>(
                QDateTime::currentDateTimeUtc().addSecs(3600), QTimeZone::systemTimeZone(), u"Call back"_s);
            break;
        case 24:
            dialog = std::make_unique<PartnerDealDialog>(*lead);
            break;
        case 25: {
            const auto contact = ContactStore(*m_db).get(demoId(contactIds.arg(0)));
            QVERIFY(contact);
            dialog = std::make_unique<PrivacyDialog>(*m_db, contact->id, contact->displayName());
            break;
        }
        case 26:
            QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM sync_rejected"_s).toInt(), 0);
            dialog = std::make_unique<RejectedDialog>(*m_db);
            break;
        case 27:
            m_db->run(u"INSERT INTO sync_rejected (entity, row_key, field, value, reason, at) VALUES "
                      "('deals', ?, 'owner', 'Boris', 'Your role does not allow this change.', 0)"_s,
                {dealId});
            dialog = std::make_unique<RejectedDialog>(*m_db); // reads the list now
            m_db->run(u"DELETE FROM sync_rejected"_s);
            break;
        case 28:
            dialog = std::make_unique<RecordsDialog>(
                *m_db, u"Deals closed"_s, DrillDown {u"deal"_s, u"d.status IN ('won', 'lost')"_s, {}});
            break;
        case 29:
            dialog = std::make_unique<RecordsDialog>(
                *m_db, u"Leads"_s, DrillDown {u"lead"_s, u"l.max_step >= ?"_s, {1}});
            break;
        case 30:
            QVERIFY(!CollateralStore(*m_db).list().isEmpty());
            dialog = std::make_unique<SendCollateralDialog>(*m_db, dealId, deal->stageId, deal->segment);
            break;
        case 31:
            dialog = std::make_unique<CollateralEditDialog>(*m_db, Collateral {});
            break;
        case 32:
            dialog = std::make_unique<CollateralEditDialog>(*m_db, CollateralStore(*m_db).list().value(0));
            break;
        default:
            dialog = std::make_unique<NewPipelineDialog>();
            break;
        }
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::qWait(100);
        verifyAccessible(dialog.get(), QString::fromLatin1(QTest::currentDataTag()));
        if (QTest::currentTestFailed())
            return;

        if (auto *users = qobject_cast<UsersDialog *>(dialog.get())) {
            // Add user… asks in a form of its own.
            QStringList missing;
            bool seen = false;
            QTimer poll;
            poll.setInterval(20);
            connect(&poll, &QTimer::timeout, users, [&] {
                QWidget *form = QApplication::activeModalWidget();
                if (!form || form == users)
                    return;
                poll.stop();
                seen = true;
                missing = unnamed(form) + outOfTabReach(form);
                form->close();
            });
            poll.start();
            QPushButton *add = nullptr;
            for (auto *button : users->findChildren<QPushButton *>())
                add = button->text() == u"&Add user…"_s ? button : add;
            QVERIFY(add);
            add->click();
            QVERIFY(seen);
            QVERIFY2(missing.isEmpty(), qPrintable(u"Add user:\n  "_s + missing.join(u"\n  "_s)));
        }
    }

    // Each page of the import wizard, reached with Next on a small CSV file.
    void importWizardNamesEveryPage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"people.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First name,Last name,Email,Phone\r\n"
                   "Ada,Importova,ada@import.example,+44 20 7946 0001\r\n"
                   "Bob,Importov,not-an-email,\r\n");
        file.close();

        ImportWizard wizard(*m_db);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.setFileName(file.fileName()));
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        verifyAccessible(&wizard, u"file page"_s);
        if (QTest::currentTestFailed())
            return;

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        QCOMPARE(wizard.mappingTable()->rowCount(), 4); // a named "Import as" combo box in each row
        verifyAccessible(&wizard, u"columns page"_s);
        if (QTest::currentTestFailed())
            return;

        wizard.next(); // the commit page: starts the import
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QVERIFY(QTest::qWaitFor([&] { return !wizard.isImporting(); }, 20000));
        QVERIFY2(wizard.result().committed(), qPrintable(wizard.result().error));
        QCOMPARE(wizard.problemsTable()->rowCount(), 1); // the rejected row and Save rejected rows…
        QTest::qWait(50);
        verifyAccessible(&wizard, u"import page"_s);
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
