#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace loopline {

// Colours that carry a meaning (wrong, done, careful, a mark), each readable on the light
// and on the dark palette: read from the application's palette when a widget is made.
namespace tone {

inline bool isDark(const QPalette &palette = QGuiApplication::palette())
{
    return palette.color(QPalette::Window).lightness() < 128;
}
inline QColor error()
{
    return isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0x8a, 0x1c, 0x1c);
}
// A breach or a late task in a list: stronger than error() on the light palette.
inline QColor alert()
{
    return isDark() ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}
inline QColor ok()
{
    return isDark() ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x5e, 0x20);
}
inline QColor warning()
{
    return isDark() ? QColor(0xfd, 0xd6, 0x63) : QColor(0x8a, 0x5a, 0x00);
}
inline QColor accent()
{
    return isDark() ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x73, 0xe8);
}
// The background of a field or banner that says something is wrong.
inline QColor errorBackground()
{
    return isDark() ? QColor(0x4a, 0x1f, 0x1f) : QColor(0xfd, 0xec, 0xea);
}
// "color: …;" for a style sheet.
inline QString textStyle(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}
inline QString boldTextStyle(const QColor &color)
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(color.name());
}
// The red frame of a field that holds a wrong value.
inline QString errorBorderStyle()
{
    return QStringLiteral("border: 2px solid %1;")
        .arg(isDark() ? QStringLiteral("#f28b82") : QStringLiteral("#d93025"));
}

} // namespace tone

// The look of the red "what is wrong" banner every form and dialog shows above its fields.
inline QString problemBannerStyle()
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; "
                          "padding: 6px; }")
        .arg(tone::errorBackground().name(), tone::error().name(),
            tone::isDark() ? QStringLiteral("#8c3b36") : QStringLiteral("#f5c2c0"));
}

} // namespace loopline
