#include "backup/backupcontroller.h"
#include "common/banner.h"
#include "common/contraststyle.h"
#include "leads/workinghours.h"
#include "mainwindow/mainwindow.h"
#include "pipeline/pipelinestore.h"
#include "settings/firstrunwizard.h"
#include "settings/settingsdialog.h"
#include "store/teamstore.h"
#include "testdatabase.h"
#include "uitesting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::TestDatabase;

// Edit > Settings…: the language of the window and the backup policy, kept in this
// computer's settings and read back by what uses them.
class tst_SettingsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void showsTheDefaults()
    {
        const QString dir = TestDatabase::temporaryDirectory();
        SettingsDialog dialog(dir + u"/office.sqlite"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
        QCOMPARE(dialog.languageBox()->count(), 4);
        QCOMPARE(dialog.backupFolder()->text(), QString());
        QCOMPARE(dialog.backupFolder()->placeholderText(), QDir::toNativeSeparators(dir + u"/backups"_s));
        QCOMPARE(dialog.backupKeep()->value(), 7);
        QCOMPARE(dialog.backupHours()->value(), 24);
        test::screenshot(&dialog, u"settings"_s);
    }

    void savesWhatIsChosen()
    {
        const QString folder = TestDatabase::temporaryDirectory();
        SettingsDialog dialog(TestDatabase::temporaryDirectory() + u"/office.sqlite"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"ru"_s));
        dialog.backupFolder()->setText(QDir::toNativeSeparators(folder));
        dialog.backupKeep()->setValue(3);
        dialog.backupHours()->setValue(0);
        QCOMPARE(dialog.backupHours()->text(), u"Only when asked"_s);
        test::screenshot(&dialog, u"settings-changed"_s);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.languageChanged());

        QCOMPARE(SettingsDialog::language(), u"ru"_s);
        QCOMPARE(SettingsDialog::startupLanguage(QString()), u"ru"_s);
        QCOMPARE(SettingsDialog::startupLanguage(u"uk"_s), u"uk"_s); // --lang wins
        const BackupController::Policy policy = BackupController::policy();
        QCOMPARE(policy.folder, QDir::fromNativeSeparators(folder));
        QCOMPARE(policy.keep, 3);
        QCOMPARE(policy.hours, 0);

        // Opened again, it shows what was saved; back to the system's language.
        SettingsDialog again {QString()};
        QCOMPARE(again.languageBox()->currentData().toString(), u"ru"_s);
        QCOMPARE(again.backupKeep()->value(), 3);
        again.languageBox()->setCurrentIndex(0);
        again.accept();
        QVERIFY(again.languageChanged());
        QCOMPARE(SettingsDialog::language(), QString());
        QVERIFY(!QSettings().contains(u"ui/language"_s));
    }

    void cancelKeepsTheSettings()
    {
        SettingsDialog::setLanguage(u"uk"_s);
        SettingsDialog dialog {QString()};
        dialog.languageBox()->setCurrentIndex(1);
        dialog.backupKeep()->setValue(99);
        dialog.reject();
        QCOMPARE(SettingsDialog::language(), u"uk"_s);
        QCOMPARE(BackupController::policy().keep, 7);
        SettingsDialog::setLanguage(u"de"_s); // not one Loopline has: the system's
        QCOMPARE(SettingsDialog::language(), QString());
    }

    void lookIsSavedAndApplied()
    {
        SettingsDialog dialog {QString()};
        QCOMPARE(dialog.themeBox()->currentData().toString(), QString());
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(u"dark"_s));
        dialog.accept();
        QVERIFY(dialog.languageChanged()); // a new look is shown after a restart too
        QCOMPARE(SettingsDialog::theme(), u"dark"_s);

        const QPalette before = QApplication::palette();
        SettingsDialog::applyTheme(QString()); // the settings' look: dark
        QVERIFY(tone::isDark());
        // Fusion, with the frames of check boxes and radio buttons drawn to be seen on dark.
        auto *style = dynamic_cast<ContrastStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name().toLower(), u"fusion"_s);
        // The colours that carry a meaning stay readable: light text on the dark window.
        QVERIFY(tone::error().lightness() > 128);
        QVERIFY(problemBannerStyle().contains(tone::errorBackground().name()));
        SettingsDialog::applyTheme(u"light"_s); // the command line's wins
        QVERIFY(!tone::isDark());
        QVERIFY(tone::error().lightness() < 128);
        QApplication::setPalette(before);
        SettingsDialog::setTheme(u"purple"_s);
        QCOMPARE(SettingsDialog::theme(), QString());
    }

    // "As the system" follows a dark desktop that Qt does not see by itself (GTK_THEME).
    void systemLookFollowsTheDesktop()
    {
        const QPalette before = QApplication::palette();
        const QByteArray gtkTheme = qgetenv("GTK_THEME");
        SettingsDialog::setTheme(QString());
        qputenv("GTK_THEME", "Adwaita");
        QVERIFY(!SettingsDialog::desktopPrefersDark());
        SettingsDialog::applyTheme(u"system"_s);
        QVERIFY(!tone::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
        qputenv("GTK_THEME", "Adwaita:dark");
        QVERIFY(SettingsDialog::desktopPrefersDark());
        SettingsDialog::applyTheme(u"system"_s);
        QVERIFY(tone::isDark());
        // The settings' choice wins over the desktop's.
        QApplication::setPalette(before);
        SettingsDialog::setTheme(u"light"_s);
        SettingsDialog::applyTheme(QString());
        QVERIFY(!tone::isDark());
        SettingsDialog::setTheme(QString());
        if (gtkTheme.isNull())
            qunsetenv("GTK_THEME");
        else
            qputenv("GTK_THEME", gtkTheme);
        QApplication::setPalette(before);
    }

    void firstRunIsDueOnce()
    {
        const QString path = TestDatabase::temporaryDirectory() + u"/Loopline/loopline.sqlite"_s;
        QVERIFY(FirstRunWizard::isDue(false, path));
        QVERIFY(!FirstRunWizard::isDue(true, path)); // a database named on the command line
        const QString existing = TestDatabase::temporaryDirectory() + u"/there.sqlite"_s;
        Database::open(ConnectionSpec::sqlite(existing)).reset();
        QVERIFY(!FirstRunWizard::isDue(false, existing)); // already in use
        FirstRunWizard::markDone();
        QVERIFY(!FirstRunWizard::isDue(false, path));
    }

    void firstRunAsksWhereWhoAndTheHours()
    {
        FirstRunWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::WherePage));
        test::screenshot(&wizard, u"first-run-where"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::YouPage));
        wizard.nameEdit()->clear();
        wizard.next(); // a name is needed
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::YouPage));
        wizard.nameEdit()->setText(u"Olena Shevchuk"_s);
        wizard.roleBox()->setCurrentIndex(wizard.roleBox()->findData(u"sdr"_s));
        test::screenshot(&wizard, u"first-run-you"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::WorkPage));
        wizard.currencyBox()->setCurrentText(u"uah"_s);
        wizard.startEdit()->setTime(QTime(8, 0));
        wizard.endEdit()->setTime(QTime(17, 0));
        test::screenshot(&wizard, u"first-run-work"_s);
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const FirstRunWizard::Answers answers = wizard.answers();
        QCOMPARE(answers.where, FirstRunWizard::Where::ThisComputer);
        auto db
            = Database::open(ConnectionSpec::sqlite(TestDatabase::temporaryDirectory() + u"/first.sqlite"_s));
        FirstRunWizard::apply(answers, *db);
        QCOMPARE(CurrencyRates(*db).baseCurrency(), u"UAH"_s);
        const SlaPolicy policy = SlaPolicy::load(*db);
        QVERIFY(policy.hours.enabled);
        QCOMPARE(policy.hours.start, QTime(8, 0));
        QCOMPARE(policy.hours.end, QTime(17, 0));
        QCOMPARE(FirstRunWizard::savedName(), u"Olena Shevchuk"_s);
        QCOMPARE(FirstRunWizard::savedRole(), u"sdr"_s);
        // The person is on the team, once, in the role chosen; answering again changes the role.
        QList<TeamMember> members = TeamStore(*db).members();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().name, u"Olena Shevchuk"_s);
        QCOMPARE(members.first().role, TeamRole::Sdr);
        FirstRunWizard::Answers again = answers;
        again.role = u"manager"_s;
        FirstRunWizard::apply(again, *db);
        members = TeamStore(*db).members();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().role, TeamRole::Manager);
    }

    void firstRunOnTheServerSkipsTheLocalQuestions()
    {
        FirstRunWizard wizard;
        wizard.show();
        wizard.serverChoice()->setChecked(true);
        wizard.next();
        wizard.nameEdit()->setText(u"Boris"_s);
        QCOMPARE(wizard.nextId(), -1); // the team's currency and hours are its manager's
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.answers().where, FirstRunWizard::Where::TeamServer);
        auto db
            = Database::open(ConnectionSpec::sqlite(TestDatabase::temporaryDirectory() + u"/left.sqlite"_s));
        const QString currency = CurrencyRates(*db).baseCurrency();
        FirstRunWizard::apply(wizard.answers(), *db);
        QCOMPARE(CurrencyRates(*db).baseCurrency(), currency);
        QCOMPARE(FirstRunWizard::savedName(), u"Boris"_s);
    }

    void openedFromTheEditMenu()
    {
        auto db
            = Database::open(ConnectionSpec::sqlite(TestDatabase::temporaryDirectory() + u"/menu.sqlite"_s));
        MainWindow window(*db);
        window.show();
        QVERIFY(window.settingsAction());
        QCOMPARE(window.settingsAction()->shortcut(), QKeySequence(u"Ctrl+,"_s));
        bool opened = false;
        test::onNextDialog<SettingsDialog>([&opened](SettingsDialog *dialog) {
            opened = true;
            dialog->backupKeep()->setValue(5);
            dialog->accept(); // the language stays: no restart is offered
        });
        window.settingsAction()->trigger();
        QVERIFY(opened);
        QCOMPARE(BackupController::policy().keep, 5);
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(tst_SettingsUi)
#include "tst_settingsui.moc"
