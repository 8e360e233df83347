// Loopline: the executable is only the command line, the translators and the
// main window; everything else lives in loopline_core and loopline_ui.
#include "backup/backupcontroller.h"
#include "backup/restoredialog.h"
#include "booth/boothwindow.h"
#include "commandline.h"
#include "common/listpage.h"
#include "connect/serverlogin.h"
#include "demo/demodata.h"
#include "mainwindow/mainwindow.h"
#include "reports/reportspage.h"
#include "server/serversetup.h"
#include "settings/firstrunwizard.h"
#include "settings/settingsdialog.h"
#include "store/backups.h"
#include "store/connectionproblem.h"
#include "sync/replica.h"
#include "sync/synccontroller.h"
#include "sync/syncsession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace loopline;

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // English is the source language; its file only holds plural forms, and it is also
    // what a locale without a translation (C, German...) gets.
    if (own->load(locale, u"loopline"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/loopline_en.qm"_s))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

void report(const QString &title, const QString &message, bool interactive)
{
    std::fprintf(stderr, "loopline: %s\n", qPrintable(message));
    if (interactive)
        QMessageBox::critical(nullptr, title, message);
}

bool fillDemo(Database &db, qint64 count, bool interactive)
{
    QProgressDialog progress(QApplication::translate("main", "Creating %1 demo contacts…").arg(count),
        QApplication::translate("main", "Cancel"), 0, 1000);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(interactive ? 500 : 1'000'000'000);
    DemoDataGenerator generator(quint32(QDateTime::currentMSecsSinceEpoch()));
    return generator.fill(db, count, [&](qint64 done, qint64 total) {
        progress.setValue(int(done * 1000 / std::max<qint64>(total, 1)));
        std::fprintf(stderr, "\rloopline: demo data %lld / %lld", qlonglong(done), qlonglong(total));
        if (done == total)
            std::fprintf(stderr, "\n");
        return !progress.wasCanceled();
    });
}

// --init-server: the schema, roles and rights on the team server.
int initialiseServer(const CommandLine &cmd, bool interactive)
{
    try {
        std::unique_ptr<Database> server = ServerLogin::open(cmd.serverSpec, nullptr);
        ServerSetup::initialise(*server);
        std::fprintf(stdout, "%s\n",
            qPrintable(QApplication::translate("main", "The team database on %1 is ready (schema %2).")
                           .arg(cmd.serverSpec.displayName())
                           .arg(server->schemaVersion())));
        return 0;
    } catch (const StoreError &error) {
        report(QApplication::translate("main", "Team server set-up"),
            error.message() + (error.details().isEmpty() ? QString() : u"\n\n"_s + error.details()),
            interactive);
        return 1;
    }
}

// Makes the local file a replica of the server (the first time) and finds the server's
// password: from the keychain or by asking, while the server is reachable; offline, the
// keychain's (or none) until a later sync can ask.
ConnectionSpec prepareReplica(Database &local, const CommandLine &cmd)
{
    Replica replica(local);
    ConnectionSpec server = cmd.serverSpec;
    if (server.host.isEmpty()) {
        if (!replica.isReplica())
            throw StoreError(QApplication::translate(
                "main", "\"%1\" is not a replica of a team server yet: give --server URL the first time.")
                                 .arg(cmd.replicaPath));
        QString error;
        const auto known = ConnectionSpec::fromUrl(replica.serverUrl(), &error);
        if (!known)
            throw StoreError(error);
        server = *known;
    }
    if (!replica.isReplica())
        replica.initialise(server.toUrl());
    else
        replica.installTriggers();
    try {
        std::unique_ptr<Database> online = ServerLogin::open(server, nullptr);
        server = online->spec();
        if (ServerSetup::isInitialised(*online))
            replica.setMember(ServerSetup::identity(*online).member);
    } catch (const StoreError &error) {
        std::fprintf(stderr, "loopline: working offline: %s\n", qPrintable(error.message()));
        if (server.password.isEmpty())
            server.password = ServerLogin::readKeychainPassword(server.displayName());
    }
    if (!replica.member().isEmpty())
        local.setCurrentUser(replica.member());
    return server;
}

// --sync: one sync without a window, for scripts; progress on stderr.
int syncOnce(Database &local, const ConnectionSpec &serverSpec)
{
    try {
        std::unique_ptr<Database> server = Database::open(serverSpec);
        SyncSession session(local, *server);
        const SyncSession::Result result = session.run([](const SyncSession::Progress &p) {
            std::fprintf(stderr, "loopline: sync step %d: %lld / %lld\n", int(p.step), qlonglong(p.done),
                qlonglong(p.total));
            return true;
        });
        std::fprintf(stdout, "downloaded %lld pushed %lld rejected %lld pulled %lld\n",
            qlonglong(result.downloaded), qlonglong(result.pushed), qlonglong(result.rejected),
            qlonglong(result.pulled));
        return 0;
    } catch (const StoreError &error) {
        std::fprintf(stderr, "loopline: sync failed: %s\n", qPrintable(error.message()));
        return 1;
    }
}

// A local file that SQLite cannot read as a sound database: say so and offer a backup.
// Returns true when a backup was put in its place (the caller opens it again).
bool offerRestoreOfDamagedFile(const QString &path, const QString &problem, bool interactive)
{
    if (!interactive)
        return false;
    const Backups backups(BackupController::policy().folder, path);
    QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "The database is damaged"),
        QApplication::translate("main", "Loopline cannot open %1: the file is damaged.")
            .arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(QApplication::translate("main",
        "%1\n\nRestore a backup to go on from a sound copy; the damaged file is "
        "kept beside it.")
                               .arg(problem));
    QPushButton *restore
        = box.addButton(QApplication::translate("main", "&Restore from Backup…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    RestoreDialog dialog(backups, path);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return false;
    try {
        Backups::restore(dialog.chosen(), path);
    } catch (const StoreError &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Restore"), error.message());
        return false;
    }
    return true;
}

// After the window closed for a restore: the database is closed, so the file can be
// replaced; then Loopline starts again on it, with the same arguments (no demo data).
int restoreAndRestart(const QString &backup, const QString &path)
{
    try {
        Backups::restore(backup, path);
    } catch (const StoreError &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Restore"), error.message());
    }
    return MainWindow::startAgain({u"--demo"_s}) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Loopline"_s);
    QApplication::setApplicationName(u"Loopline"_s);
    QApplication::setApplicationVersion(QStringLiteral(LOOPLINE_VERSION));
    QApplication::setDesktopFileName(u"loopline"_s);

    const CommandLine cmd = CommandLine::parse(app.arguments());
    installTranslators(app, SettingsDialog::startupLanguage(cmd.language));
    if (!cmd.error.isEmpty()) {
        std::fprintf(stderr, "loopline: %s\n", qPrintable(cmd.error));
        return 2;
    }
    // "system" on the command line: the system's look whatever the settings say.
    SettingsDialog::applyTheme(cmd.theme);
    const bool interactive = cmd.screenshot.isEmpty() && QGuiApplication::platformName() != "offscreen"_L1;

    if (cmd.initServer)
        return initialiseServer(cmd, interactive);

    // The first start on this computer: where the work is kept, who is working.
    std::optional<FirstRunWizard::Answers> firstRun;
    if (interactive && FirstRunWizard::isDue(!cmd.defaultDatabase, cmd.spec.path)) {
        FirstRunWizard wizard;
        if (wizard.exec() == QDialog::Accepted)
            firstRun = wizard.answers();
        FirstRunWizard::markDone(); // dismissed or not: Edit > Settings and File change it later
    }

    std::unique_ptr<Database> db;
    ConnectionSpec replicaServer;
    try {
        if (!cmd.replicaPath.isEmpty()) {
            db = Database::open(cmd.spec);
            replicaServer = prepareReplica(*db, cmd);
        } else if (cmd.spec.dialect == Dialect::Postgres) {
            db = ServerLogin::open(cmd.spec, nullptr);
            // Records are owned by the login's team member name, which the server's rules check.
            if (ServerSetup::isInitialised(*db)) {
                if (const QString member = ServerSetup::identity(*db).member; !member.isEmpty())
                    db->setCurrentUser(member);
            }
        } else {
            try {
                db = Database::open(cmd.spec);
            } catch (const StoreError &) {
                // A damaged file: restoring a backup is the way out. (A foreign or newer
                // file keeps the message it was refused with.)
                const FileCheck checked = Backups::check(cmd.spec.path);
                if (!checked.damaged
                    || !offerRestoreOfDamagedFile(cmd.spec.path, checked.problem, interactive))
                    throw;
                db = Database::open(cmd.spec);
            }
        }
    } catch (const StoreError &error) {
        QString message = error.message();
        if (cmd.spec.dialect == Dialect::Postgres) {
            // Wrong password, server down, TLS, schema: each in its own words.
            message = ConnectionProblem::explain(error, cmd.spec);
        } else if (!error.details().isEmpty()) {
            message += u"\n\n"_s + error.details();
        }
        report(QApplication::translate("main", "Cannot open the database"), message, interactive);
        return 1;
    }
    if (firstRun) {
        try {
            FirstRunWizard::apply(*firstRun, *db);
        } catch (const StoreError &error) {
            report(QApplication::translate("main", "Welcome to Loopline"), error.message(), interactive);
        }
    }
    // On a local database records are written in the name given at the first start.
    if (db->isSqlite() && cmd.replicaPath.isEmpty() && !FirstRunWizard::savedName().isEmpty())
        db->setCurrentUser(FirstRunWizard::savedName());
    if (!cmd.user.isEmpty())
        db->setCurrentUser(cmd.user);
    if (cmd.syncOnce)
        return syncOnce(*db, replicaServer);

    if (cmd.demoContacts > 0) {
        try {
            if (!fillDemo(*db, cmd.demoContacts, interactive))
                std::fprintf(stderr, "loopline: demo data cancelled; the batches already written stay.\n");
        } catch (const StoreError &error) {
            report(QApplication::translate("main", "Demo data"), error.message(), interactive);
            return 1;
        }
    }

    auto owned = std::make_unique<MainWindow>(*db);
    MainWindow &window = *owned;
    std::unique_ptr<SyncController> sync;
    if (!cmd.replicaPath.isEmpty()) {
        sync = std::make_unique<SyncController>(*db, replicaServer);
        window.attachSync(sync.get());
        if (cmd.screenshot.isEmpty())
            sync->syncNow();
    }
    if (cmd.view) {
        window.showView(*cmd.view);
    } else if (firstRun) {
        // The screen a person's role starts on; later starts open where they left off.
        const QString role = firstRun->role;
        if (role == "sdr"_L1)
            window.showView(MainWindow::View::SdrQueue);
        else if (role == "manager"_L1)
            window.showView(MainWindow::View::Reports);
        else if (role == "sales"_L1)
            window.showView(MainWindow::View::Tasks);
    }
    if (cmd.board)
        window.page(MainWindow::View::Deals)->showAlternative(true);
    std::unique_ptr<BoothWindow> screenshotBooth;
    if (cmd.screenshot.isEmpty()) {
        if (!cmd.booth.isEmpty()) {
            BoothStartDialog start(*db);
            start.setEvent(cmd.booth);
            if (start.exec() == QDialog::Accepted) {
                window.startBooth(start.event(), start.consentTextVersion(), start.pin());
                return QApplication::exec();
            }
        }
        // A local database is checked and backed up on a worker (see BackupController).
        std::unique_ptr<BackupController> backups;
        if (db->isSqlite()) {
            backups = std::make_unique<BackupController>(db->spec());
            window.attachBackups(backups.get());
            backups->start();
        }
        window.show();
        if (firstRun && firstRun->where == FirstRunWizard::Where::TeamServer)
            QTimer::singleShot(0, &window, &MainWindow::connectToServer);
        const int status = QApplication::exec();
        const QString restore = window.pendingRestore();
        if (restore.isEmpty())
            return status;
        // Everything that holds the database goes before its file is replaced.
        backups.reset();
        sync.reset();
        owned.reset();
        const QString path = db->spec().path;
        db.reset();
        return restoreAndRestart(restore, path);
    }

    QWidget *shown = &window;
    if (!cmd.booth.isEmpty()) {
        try {
            BoothCapture::ensureEvent(*db, cmd.booth);
        } catch (const StoreError &error) {
            report(QApplication::translate("main", "Booth mode"), error.message(), interactive);
            return 1;
        }
        screenshotBooth = std::make_unique<BoothWindow>(*db, cmd.booth, u"booth-1"_s, QString());
        shown = screenshotBooth.get();
    }
    shown->resize(cmd.screenshotSize);
    shown->show();
    window.selectFirstRecord();
    int status = 0;
    // The picture is taken once the window has settled and the reports (read on a worker
    // thread) have arrived, or after a minute at the most.
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    poll.setInterval(100);
    poll.start();
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (waited.elapsed() < 400 || (window.reportsPage()->isLoading() && waited.elapsed() < 60'000))
            return;
        poll.stop();
        const QPixmap pixmap = shown->grab();
        if (!pixmap.save(cmd.screenshot)) {
            std::fprintf(stderr, "loopline: cannot write the screenshot %s\n", qPrintable(cmd.screenshot));
            status = 1;
        }
        // Leave without writing the window layout, so screenshots never change settings.
        QApplication::exit(status);
    });
    QApplication::exec();
    return status;
}
