#pragma once

#include <QString>

// Phone numbers as people type them, brought to one form so the same number is
// recognised however it was written.
namespace loopline::phone {

// The number in E.164 ("+79161234567"), or empty when it is not a valid number.
// defaultRegion (ISO 3166 code: "RU", "UA", "DE"…) applies to numbers written
// without a country code. Accepts "+" and "00" international prefixes, spaces,
// dashes, brackets, dots and slashes; anything else (letters) makes it invalid.
QString toE164(const QString &number, const QString &defaultRegion);

// The key to compare numbers by: E.164 when valid, else the digits alone.
QString normalizedForMatching(const QString &number, const QString &defaultRegion);

} // namespace loopline::phone
