#include "contraststyle.h"

#include <QPainter>
#include <QStyleOption>

namespace loopline {

ContrastStyle::ContrastStyle(QStyle *base)
    : QProxyStyle(base)
{
}

bool ContrastStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ContrastStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!isDark(option->palette))
        return;
    const bool focused = (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange);
    QColor frame = option->palette.color(QPalette::Mid);
    if (!(option->state & State_Enabled))
        frame = option->palette.color(QPalette::Midlight);
    if (focused) // keep the style's own focus frame
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(frame, 1));
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    switch (element) {
    case PE_IndicatorCheckBox:
        painter->drawRect(rect);
        break;
    case PE_IndicatorRadioButton:
        painter->drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    default:
        break;
    }
    painter->restore();
}

} // namespace loopline
