#pragma once

#include <QString>

namespace loopline {

// The look of the red "what is wrong" banner every form and dialog shows above its fields.
inline QString problemBannerStyle()
{
    return QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; "
                          "border-radius: 4px; padding: 6px; }");
}

} // namespace loopline
