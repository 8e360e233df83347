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
    QString user;
    QString error; // set when the options are wrong; the message says which

    static CommandLine parse(const QStringList &arguments);
};
