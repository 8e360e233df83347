#include "exchange/badgepayload.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace loopline;

// Reads any bytes as what a badge scanner typed: as a MECARD (with and without
// its prefix, so that the field parser sees arbitrary text), and as any badge
// payload (vCard, MECARD, URL). A payload that is recognised names someone.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)looksLikeBadgeStart(text);
    for (const QString &candidate : {text, u"MECARD:"_s + text}) {
        const auto mecard = parseMecard(candidate);
        if (mecard && mecard->isEmpty())
            std::abort();
    }
    const auto badge = parseBadgePayload(text);
    if (badge && badge->isEmpty())
        std::abort();
    return 0;
}
