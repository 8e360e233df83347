#pragma once

#include <QImage>
#include <QString>

namespace loopline::badgeimage {

// The text of the first QR code found in a picture (a photo of a badge or a business
// card), or empty when there is none that can be read.
QString decodeQr(const QImage &image);

// A QR code of text, size × size pixels with a quiet zone: for test badges and for
// printing a booth's own sign-up code.
QImage encodeQr(const QString &text, int size);

} // namespace loopline::badgeimage
