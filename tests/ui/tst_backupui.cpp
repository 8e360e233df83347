#include "backup/backupcontroller.h"
#include "backup/restoredialog.h"
#include "mainwindow/mainwindow.h"
#include "store/contactstore.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// The backups a person sees: File > Back Up Now on a worker, the restore list with what
// each backup holds, and the warning when the file check finds damage.
class tst_BackupUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    QString m_path;

    void addContacts(int count)
    {
        for (int i = 0; i < count; ++i) {
            Contact c;
            c.firstName = u"Olena"_s;
            c.lastName = u"Backup%1"_s.arg(i);
            ContactStore(*m_db).create(c);
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        m_path = TestDatabase::temporaryDirectory() + u"/desk.sqlite"_s;
        m_db = Database::open(ConnectionSpec::sqlite(m_path));
        m_db->setCurrentUser(u"tester"_s);
    }
    void cleanup() { m_db.reset(); }

    void backUpNowFromTheFileMenu()
    {
        addContacts(12);
        BackupController controller(m_db->spec());
        MainWindow window(*m_db);
        window.attachBackups(&controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.backUpAction());
        QCOMPARE(window.backUpAction()->shortcut(), QKeySequence(u"Ctrl+Shift+S"_s));
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(window.restoreAction()));

        QSignalSpy finished(&controller, &BackupController::backupFinished);
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(window.statusBar()->currentMessage().contains("Backed up"_L1));
        const QList<BackupInfo> made = controller.backups().list();
        QCOMPARE(made.size(), 1);
        QCOMPARE(Backups::check(made.first().path).contacts, 12);
        QCOMPARE(QDir(controller.backups().folder()).absolutePath(),
            QFileInfo(m_path).absolutePath() + u"/backups"_s);
    }

    void scheduleFollowsThePolicy()
    {
        BackupController::setPolicy({TestDatabase::temporaryDirectory(), 2, 24});
        const BackupController::Policy policy = BackupController::policy();
        QCOMPARE(policy.keep, 2);
        QCOMPARE(policy.hours, 24);
        BackupController controller(m_db->spec());
        QSignalSpy finished(&controller, &BackupController::backupFinished);
        QSignalSpy damaged(&controller, &BackupController::damaged);
        controller.start(); // checks the file, finds it sound, backs up: none was made yet
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(damaged.size(), 0);
        QCOMPARE(controller.backups().list().size(), 1);
        controller.backUpIfDue(); // one was just made
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        // Only the newest two are kept.
        controller.backUpNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QTest::qWait(1100); // a name per second
        controller.backUpNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
        QCOMPARE(controller.backups().list().size(), 2);
    }

    void restoreListSaysWhatEachBackupHolds()
    {
        addContacts(5);
        Backups backups(QString(), m_path);
        const QDateTime morning(QDate(2026, 12, 1), QTime(9, 0));
        const QString older = backups.create(*m_db, 7, morning).path;
        addContacts(4);
        backups.create(*m_db, 7, morning.addSecs(3600));
        // A third one, damaged on the disk.
        const QString broken = backups.create(*m_db, 7, morning.addSecs(7200)).path;
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 at = 2 * 4096; at < file.size(); at += 2 * 4096) {
                file.seek(at + 100);
                file.write(QByteArray(2000, '\x5a'));
            }
        }

        RestoreDialog dialog(backups, m_path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.list()->topLevelItemCount(), 3);
        // Newest first, and it is the damaged one: it cannot be restored.
        QCOMPARE(dialog.list()->currentItem(), dialog.list()->topLevelItem(0));
        QVERIFY2(dialog.details()->text().startsWith("Cannot be restored"_L1),
            qPrintable(dialog.details()->text()));
        QVERIFY(!dialog.restoreButton()->isEnabled());
        test::screenshot(&dialog, u"restore-damaged"_s);

        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(2));
        QCOMPARE(dialog.list()->currentItem()->data(0, Qt::UserRole).toString(), older);
        QVERIFY2(dialog.details()->text().contains("5 contact"_L1), qPrintable(dialog.details()->text()));
        QVERIFY(dialog.restoreButton()->isEnabled());
        test::screenshot(&dialog, u"restore-list"_s);

        // Restoring asks first; Cancel keeps the dialog open and chooses nothing.
        test::answerNextMessageBox(QMessageBox::Cancel);
        dialog.restoreButton()->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.chosen().isEmpty());
        test::onNextDialog<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->informativeText().contains("5 contact"_L1));
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        dialog.restoreButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosen(), older);
    }

    void windowClosesForARestore()
    {
        addContacts(3);
        BackupController controller(m_db->spec());
        const QString backup = controller.backups().create(*m_db, 7).path;
        MainWindow window(*m_db);
        window.attachBackups(&controller);
        window.show();
        test::onNextDialog<RestoreDialog>([](RestoreDialog *dialog) {
            test::onNextDialog<QMessageBox>([](QMessageBox *box) {
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        button->click();
                }
            });
            dialog->restoreButton()->click();
        });
        window.restoreAction()->trigger();
        QCOMPARE(window.pendingRestore(), backup);
        QVERIFY(!window.isVisible()); // closed, so the caller can close the database and restore
    }

    void damagedFileIsSaidAndOffersARestore()
    {
        BackupController controller(m_db->spec());
        MainWindow window(*m_db);
        window.attachBackups(&controller);
        window.show();
        QString shown;
        test::onNextDialog<QMessageBox>([&shown](QMessageBox *box) {
            shown = box->text() + u'\n' + box->informativeText();
            test::screenshot(box, u"damaged-warning"_s);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click(); // Keep working
            }
        });
        Q_EMIT controller.damaged(u"\"desk.sqlite\" is damaged: Page 7 is never used"_s);
        QVERIFY(shown.contains("Page 7 is never used"_L1));
        QVERIFY(shown.contains("Restore a backup"_L1));
        QVERIFY(window.pendingRestore().isEmpty());
    }
};

QTEST_MAIN(tst_BackupUi)
#include "tst_backupui.moc"
