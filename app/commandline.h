#pragma once

#include "mainwindow/mainwindow.h"
#include "store/connectionspec.h"

#include <QSize>
#include <QStringList>
#include <optional>

// The options Loopline understands, parsed once at start.
struct CommandLine
{
    loopline::ConnectionSpec spec;
    qint64 demoContacts = 0;
    QString screenshot;
    QSize screenshotSize {1280, 800};
    std::optional<loopline::MainWindow::View> view;
    bool board = false; // --view board: the deals as a stage board
    QString booth; // --booth EVENT: start in booth mode for that event
    QString language;
    QString theme; // --theme light|dark|system; empty: the settings'

    QString user;
    // --replica FILE with --server URL: work on a local replica of the team server.
    QString replicaPath;
    loopline::ConnectionSpec serverSpec;
    bool initServer = false; // --init-server: set up or upgrade the team server, then exit
    bool syncOnce = false; // --sync: sync the replica once without a window, then exit
    bool defaultDatabase = false; // no --db, --server or --replica: the user's own file
    QString error; // set when the options are wrong; the message says which

    static CommandLine parse(const QStringList &arguments);
};
