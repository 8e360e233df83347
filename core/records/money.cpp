#include "money.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace loopline {

QString currencySymbol(const QString &code)
{
    static const QHash<QString, QString> symbols = {
        {u"EUR"_s, u"€"_s},
        {u"USD"_s, u"$"_s},
        {u"GBP"_s, u"£"_s},
        {u"RUB"_s, u"₽"_s},
        {u"UAH"_s, u"₴"_s},
        {u"PLN"_s, u"zł"_s},
        {u"JPY"_s, u"¥"_s},
        {u"CHF"_s, u"CHF"_s},
        {u"KZT"_s, u"₸"_s},
    };
    return symbols.value(code, code);
}

QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString symbol = currencySymbol(currency);
    const double value = double(minor) / 100.0;
    if (locale.language() == QLocale::C)
        return locale.toString(value, 'f', 2) + u' ' + symbol;
    return locale.toCurrencyString(value, symbol, 2);
}

} // namespace loopline
