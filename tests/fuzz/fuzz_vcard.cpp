#include "exchange/vcard.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace loopline;

namespace {

[[noreturn]] void fail(const char *what, qsizetype card)
{
    std::fprintf(stderr, "fuzz_vcard: %s (card %lld)\n", what, static_cast<long long>(card));
    std::abort();
}

} // namespace

// Reads any bytes as a vCard file; then every card read must come back the
// same through the writer and the reader, in each version the writer knows.
// That catches escaping, folding and encoding slips as well as crashes.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const VCardReader::Result result = VCardReader::read(bytes);

    if (result.cards.isEmpty())
        return 0; // nothing to write; reading nothing would be reported as an empty file
    for (const auto version :
        {VCardWriter::Version::V21, VCardWriter::Version::V30, VCardWriter::Version::V40}) {
        const QByteArray written = VCardWriter::write(result.cards, version);
        const VCardReader::Result again = VCardReader::read(written);
        if (!again.problems.isEmpty())
            fail("the writer's output has problems", again.problems.constFirst().card);
        if (again.cards.size() != result.cards.size())
            fail("the writer's output has another number of cards", again.cards.size());
        for (qsizetype i = 0; i < result.cards.size(); ++i) {
            VCard expected = result.cards.at(i);
            expected.version = again.cards.at(i).version;
            // The writer makes a formatted name for a card without one, as 3.0 and 4.0 require.
            if (expected.formattedName.isEmpty())
                expected.formattedName = again.cards.at(i).formattedName;
            if (again.cards.at(i) != expected)
                fail("a card changed through the writer", i + 1);
        }
    }
    for (const VCard &card : result.cards)
        (void)fromContact(toContact(card, u"RU"_s));
    return 0;
}
