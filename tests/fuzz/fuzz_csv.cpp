#include "exchange/contactimport.h"
#include "exchange/csvreader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace loopline;

// Reads any bytes as a CSV file the way the import wizard does: the format is guessed,
// then every record is read with the guessed delimiter and with each encoding, and the
// importer's field parsers see every field. The reader must end (with or without an
// error), consume the whole input when it reports no error, and never return a record
// without fields.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvFormat sniffed = CsvReader::sniff(bytes);
    for (const CsvEncoding encoding : {CsvEncoding::Utf8, CsvEncoding::Windows1251}) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvFormat format = sniffed;
        format.encoding = encoding;
        CsvReader reader(&buffer, format);
        QStringList fields;
        qint64 records = 0;
        while (reader.next(fields)) {
            if (fields.isEmpty() || reader.recordNumber() != ++records || reader.lineNumber() < 1)
                std::abort();
            for (const QString &field : std::as_const(fields)) {
                (void)ContactImporter::parseDate(field, SlashDates::DayFirst);
                (void)ContactImporter::parseYesNo(field);
                (void)ContactImporter::splitFullName(field);
                (void)ContactImporter::domainOf(field);
            }
        }
        if (!reader.hasError() && reader.bytesRead() != qint64(size))
            std::abort();
        if (reader.hasError() && reader.errorReason().isEmpty())
            std::abort();
    }
    return 0;
}
