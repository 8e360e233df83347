#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <functional>

namespace loopline::test {

// Runs `handle` on the next visible top-level widget of type T (a modal dialog opened
// by the code under test, from its nested event loop).
template<typename T> void onNextDialog(std::function<void(T *)> handle)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows) {
            auto *dialog = qobject_cast<T *>(widget);
            if (dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                handle(dialog);
                return;
            }
        }
    });
    timer->start();
}

// Answers the next message box that opens with the given button.
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    onNextDialog<QMessageBox>([button](QMessageBox *box) { box->button(button)->click(); });
}

// Types text as key events, including letters outside Latin-1 (QTest::keyClicks takes ASCII only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Saves a picture of the widget as NAME.png in $LOOPLINE_SCREENSHOTS, when that is set, for
// a person to look at.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LOOPLINE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // let the layout settle
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace loopline::test
