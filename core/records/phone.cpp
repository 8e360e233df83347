#include "phone.h"

#include <QStringList>
#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace loopline::phone {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || QStringView(u"-()./").contains(c);
}

// "+" and the digits, or empty when the text holds anything but a phone number.
QString compact(const QString &number)
{
    QString out;
    for (QChar c : number.trimmed()) {
        if (c.isDigit() && c.unicode() < 128)
            out += c;
        else if (c == u'+' && out.isEmpty())
            out += c;
        else if (!isSeparator(c))
            return {};
    }
    if (out.startsWith(u"00"_s))
        return u'+' + out.mid(2);
    return out;
}

QString parseE164(const QString &number, const QString &region)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toUpper().toStdString();
    if (util.Parse(number.toStdString(), regionCode, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util.IsValidNumber(parsed))
        return {};
    std::string formatted;
    util.Format(parsed, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

// Where people still dial the Soviet-era trunk prefix 8 (and 8 10 for abroad),
// even where the national prefix is now 0 (Ukraine).
bool usesOldTrunkPrefix(const QString &region)
{
    static const QStringList regions = {u"RU"_s, u"UA"_s, u"BY"_s, u"KZ"_s};
    return regions.contains(region.toUpper());
}

QString parseOldTrunkPrefix(const QString &digits, const QString &region)
{
    if (!usesOldTrunkPrefix(region) || !digits.startsWith(u'8'))
        return {};
    if (digits.startsWith(u"810"_s)) {
        const QString international = parseE164(u'+' + digits.mid(3), region);
        if (!international.isEmpty())
            return international;
    }
    return parseE164(digits.mid(1), region);
}

} // namespace

QString toE164(const QString &number, const QString &defaultRegion)
{
    const QString compacted = compact(number);
    if (compacted.size() < 3)
        return {};
    const QString e164 = parseE164(compacted, defaultRegion);
    if (!e164.isEmpty())
        return e164;
    return parseOldTrunkPrefix(compacted, defaultRegion);
}

QString normalizedForMatching(const QString &number, const QString &defaultRegion)
{
    const QString e164 = toE164(number, defaultRegion);
    if (!e164.isEmpty())
        return e164;
    QString digits;
    for (QChar c : number) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    }
    return digits;
}

} // namespace loopline::phone
