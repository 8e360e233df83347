// Loopline: the executable is only the command line, the translators and the
// main window; everything else lives in loopline_core and loopline_ui.
#include "booth/boothwindow.h"
#include "commandline.h"
#include "common/listpage.h"
#include "connect/serverlogin.h"
#include "demo/demodata.h"
#include "mainwindow/mainwindow.h"
#include "reports/reportspage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Loopline"_s);
    QApplication::setApplicationName(u"Loopline"_s);
    QApplication::setApplicationVersion(QStringLiteral(LOOPLINE_VERSION));
    QApplication::setDesktopFileName(u"loopline"_s);

    const CommandLine cmd = CommandLine::parse(app.arguments());
    installTranslators(app, cmd.language);
    if (!cmd.error.isEmpty()) {
        std::fprintf(stderr, "loopline: %s\n", qPrintable(cmd.error));
        return 2;
    }
    const bool interactive = cmd.screenshot.isEmpty() && QGuiApplication::platformName() != "offscreen"_L1;

    std::unique_ptr<Database> db;
    try {
        if (cmd.spec.dialect == Dialect::Postgres)
            db = ServerLogin::open(cmd.spec, nullptr);
        else
            db = Database::open(cmd.spec);
    } catch (const StoreError &error) {
        QString message = error.message();
        if (!error.details().isEmpty())
            message += u"\n\n"_s + error.details();
        report(QApplication::translate("main", "Cannot open the database"), message, interactive);
        return 1;
    }
    if (!cmd.user.isEmpty())
        db->setCurrentUser(cmd.user);

    if (cmd.demoContacts > 0) {
        try {
            if (!fillDemo(*db, cmd.demoContacts, interactive))
                std::fprintf(stderr, "loopline: demo data cancelled; the batches already written stay.\n");
        } catch (const StoreError &error) {
            report(QApplication::translate("main", "Demo data"), error.message(), interactive);
            return 1;
        }
    }

    MainWindow window(*db);
    if (cmd.view)
        window.showView(*cmd.view);
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
        window.show();
        return QApplication::exec();
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
