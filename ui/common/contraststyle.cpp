#include "contraststyle.h"

#include "banner.h"

#include <QPainter>
#include <QStyleOption>

namespace loopline {

ContrastStyle::ContrastStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void ContrastStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    const bool focused = (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange);
    if (!indicator || focused || !tone::isDark(option->palette))
        return; // other elements, and the style's own focus frame, stay as they are
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(
        QPen(option->palette.color((option->state & State_Enabled) ? QPalette::Mid : QPalette::Midlight), 1));
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorCheckBox)
        painter->drawRect(rect);
    else
        painter->drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

} // namespace loopline
