#pragma once

#include <QLocale>
#include <QString>

namespace loopline {

// Money is stored as an integer count of the currency's minor unit (cents,
// kopecks) with an ISO 4217 code; it is shown in the user's locale with the
// currency's symbol where one is well known.
QString currencySymbol(const QString &code);
QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = QLocale());

} // namespace loopline
