#pragma once

#include <QProxyStyle>

namespace loopline {

// Fusion draws the frame of a check box and a radio button in a shade of the window colour
// (darker by 40 %). On a dark window that shade is almost the colour of the field itself,
// so an unchecked box vanishes. This style draws those frames again in the palette's Mid
// colour when the window is dark; on a light window it changes nothing.
class ContrastStyle final : public QProxyStyle
{
public:
    explicit ContrastStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override;
};

} // namespace loopline
