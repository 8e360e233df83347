#pragma once

#include <QSettings>
#include <QSize>
#include <QWidget>

namespace loopline {

// Dialogs reopen at the size the user left them (QSettings group `group`, key "size").
inline void restoreWindowSize(QWidget *window, const QString &group, const QSize &atLeast)
{
    QSettings settings;
    settings.beginGroup(group);
    const QSize size = settings.value(QStringLiteral("size")).toSize();
    window->resize(size.isValid() ? size : window->sizeHint().expandedTo(atLeast));
}

inline void saveWindowSize(const QWidget *window, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("size"), window->size());
}

} // namespace loopline
