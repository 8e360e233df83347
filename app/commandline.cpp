#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <cstdio>

using namespace Qt::StringLiterals;

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Loopline — the CRM that closes the loop between marketing and sales."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        u"db"_s, QCoreApplication::translate("main", "Open the SQLite database at <path>."), u"path"_s);
    const QCommandLineOption server(u"server"_s,
        QCoreApplication::translate("main",
            "Open the team database on a PostgreSQL server, "
            "postgresql://user@host:port/dbname. The password is asked for."),
        u"url"_s);
    const QCommandLineOption demo(u"demo"_s,
        QCoreApplication::translate("main", "Add <n> demo contacts with companies and deals."), u"n"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
        QCoreApplication::translate("main", "Render the window to <file.png> and exit."), u"file"_s);
    const QCommandLineOption size(u"size"_s,
        QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1280x800."), u"WxH"_s);
    const QCommandLineOption view(u"view"_s,
        QCoreApplication::translate("main",
            "Screen to show: contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks or "
            "reports."),
        u"name"_s);
    const QCommandLineOption lang(u"lang"_s,
        QCoreApplication::translate("main", "Language: en, ru or uk (default: the system's)."), u"code"_s);
    const QCommandLineOption theme(u"theme"_s,
        QCoreApplication::translate("main", "Look: light, dark or system (default: as in the settings)."),
        u"look"_s);
    const QCommandLineOption user(u"user"_s,
        QCoreApplication::translate("main", "Name recorded as owner and author of changes."), u"name"_s);
    const QCommandLineOption booth(u"booth"_s,
        QCoreApplication::translate(
            "main", "Start in booth mode, the full-screen lead capture form, for this event (a trade show)."),
        u"event"_s);
    const QCommandLineOption replica(u"replica"_s,
        QCoreApplication::translate("main",
            "Work on a local replica of the --server's database in <path>, usable offline; it syncs with "
            "the server on start, every five minutes and on F9. A replica made before remembers its server."),
        u"path"_s);
    const QCommandLineOption initServer(u"init-server"_s,
        QCoreApplication::translate("main",
            "Set up (or upgrade) the team database on the --server: tables, roles and their rights. "
            "Then exit."));
    const QCommandLineOption syncOnce(u"sync"_s,
        QCoreApplication::translate(
            "main", "Sync the --replica with the --server once, without a window, then exit."));
    parser.addOptions(
        {db, server, demo, screenshot, size, view, lang, theme, user, booth, replica, initServer, syncOnce});
    parser.process(arguments);

    CommandLine cmd;
    cmd.initServer = parser.isSet(initServer);
    cmd.syncOnce = parser.isSet(syncOnce);
    if (cmd.initServer && !parser.isSet(server)) {
        cmd.error = QCoreApplication::translate("main", "--init-server needs --server URL.");
        return cmd;
    }
    if (cmd.syncOnce && !parser.isSet(replica)) {
        cmd.error = QCoreApplication::translate("main", "--sync needs --replica PATH.");
        return cmd;
    }
    if (parser.isSet(replica) && !parser.isSet(server)) {
        // A replica made before knows its server.
        if (parser.isSet(db)) {
            cmd.error = QCoreApplication::translate("main", "Give either --db or --replica, not both.");
            return cmd;
        }
        cmd.replicaPath = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(replica)));
        cmd.spec = loopline::ConnectionSpec::sqlite(cmd.replicaPath);
    }
    if (parser.isSet(server)) {
        if (parser.isSet(db)) {
            cmd.error = QCoreApplication::translate("main", "Give either --db or --server, not both.");
            return cmd;
        }
        QString error;
        const auto spec = loopline::ConnectionSpec::fromUrl(parser.value(server), &error);
        if (!spec) {
            cmd.error = error;
            return cmd;
        }
        cmd.spec = *spec;
        cmd.serverSpec = *spec;
        if (parser.isSet(replica)) {
            cmd.replicaPath = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(replica)));
            cmd.spec = loopline::ConnectionSpec::sqlite(cmd.replicaPath);
        }
    } else if (cmd.replicaPath.isEmpty()) {
        QString path = parser.value(db);
        if (path.isEmpty()) {
            cmd.defaultDatabase = true;
            path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                       .filePath(u"loopline.sqlite"_s);
        }
        cmd.spec = loopline::ConnectionSpec::sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    }
    if (parser.isSet(demo)) {
        bool ok = false;
        cmd.demoContacts = parser.value(demo).toLongLong(&ok);
        if (!ok || cmd.demoContacts < 0 || cmd.demoContacts > 10'000'000) {
            cmd.error = QCoreApplication::translate("main",
                "--demo takes a number of contacts from 0 to 10000000, "
                "not \"%1\".")
                            .arg(parser.value(demo));
            return cmd;
        }
    }
    cmd.booth = parser.value(booth).trimmed();
    if (parser.isSet(booth) && cmd.booth.isEmpty()) {
        cmd.error = QCoreApplication::translate("main", "--booth needs the name of the event.");
        return cmd;
    }
    if (parser.isSet(view)) {
        const QString name = parser.value(view).toLower();
        cmd.board = name == u"board";
        cmd.view = cmd.board ? loopline::MainWindow::View::Deals : loopline::MainWindow::viewFromName(name);
        if (!cmd.view) {
            cmd.error = QCoreApplication::translate("main",
                "--view must be contacts, companies, deals, board, leads, sdr-queue, campaigns, tasks or "
                "reports, "
                "not \"%1\".")
                            .arg(parser.value(view));
            return cmd;
        }
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        const int w = parts.value(0).toInt();
        const int h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 320 || h < 240) {
            cmd.error = QCoreApplication::translate("main", "--size must look like 1280x800.");
            return cmd;
        }
        cmd.screenshotSize = QSize(w, h);
    }
    cmd.screenshot = parser.value(screenshot);
    cmd.language = parser.value(lang);
    if (!cmd.language.isEmpty() && !QStringList {u"en"_s, u"ru"_s, u"uk"_s}.contains(cmd.language)) {
        cmd.error = QCoreApplication::translate("main", "--lang must be en, ru or uk, not \"%1\".")
                        .arg(cmd.language);
        return cmd;
    }
    cmd.theme = parser.value(theme);
    if (!cmd.theme.isEmpty() && !QStringList {u"light"_s, u"dark"_s, u"system"_s}.contains(cmd.theme)) {
        cmd.error = QCoreApplication::translate("main", "--theme must be light, dark or system, not \"%1\".")
                        .arg(cmd.theme);
        return cmd;
    }
    cmd.user = parser.value(user);
    return cmd;
}
