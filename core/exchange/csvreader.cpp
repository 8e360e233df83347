#include "csvreader.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr qsizetype kChunk = 256 * 1024;
constexpr qsizetype kSniffBytes = 64 * 1024;
constexpr int kSniffRecords = 50;

// Where the bytes stop being UTF-8, or -1 when they all are. With truncatedEnd a
// sequence cut off by the end of the bytes counts as valid (a sample of a file).
qsizetype firstInvalidUtf8(const QByteArray &bytes, bool truncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        unsigned code = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return truncatedEnd ? -1 : i;
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

bool startsWithBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

} // namespace

CsvFormat CsvReader::sniff(const QByteArray &head)
{
    CsvFormat format;
    format.byteOrderMark = startsWithBom(head);
    if (!format.byteOrderMark && firstInvalidUtf8(head, true) >= 0)
        format.encoding = CsvEncoding::Windows1251;

    // The delimiter that splits the first records into the same number (more than
    // one) of fields most often; quoted fields are honoured, so a comma inside
    // quotes does not count. A tie goes to the one that gives more fields (a decimal
    // comma in every line of a semicolon file gives a regular comma reading too, but
    // a narrower one), then to the earlier candidate.
    int bestScore = 0;
    qsizetype bestWidth = 0;
    for (const char candidate : {',', ';', '\t', '|'}) {
        QByteArray copy = head;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        CsvFormat trial = format;
        trial.delimiter = candidate;
        CsvReader reader(&buffer, trial);
        QStringList fields;
        qsizetype width = -1;
        int score = 0;
        for (int i = 0; i < kSniffRecords && reader.next(fields); ++i) {
            if (width < 0)
                width = fields.size();
            if (fields.size() == width && width > 1)
                ++score;
        }
        if (score > bestScore || (score == bestScore && score > 0 && width > bestWidth)) {
            bestScore = score;
            bestWidth = width;
            format.delimiter = candidate;
        }
    }
    return format;
}

CsvFormat CsvReader::sniff(QIODevice *device)
{
    const qint64 at = device->pos();
    const QByteArray head = device->peek(kSniffBytes);
    device->seek(at);
    return sniff(head);
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("comma");
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    case '|':
        return tr("vertical bar");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

QString CsvReader::encodingName(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Utf8 ? u"UTF-8"_s : u"Windows-1251"_s;
}

CsvReader::CsvReader(QIODevice *device, const CsvFormat &format)
    : m_device(device)
    , m_format(format)
    , m_decoder(
          format.encoding == CsvEncoding::Utf8 ? "UTF-8" : "windows-1251", QStringDecoder::Flag::Stateless)
{
    m_buffer.reserve(kChunk);
    if (m_format.byteOrderMark && startsWithBom(m_device->peek(3))) {
        m_device->read(3);
        m_consumed = 3;
    }
}

QString CsvReader::errorString() const
{
    return hasError() ? tr("Line %1: %2").arg(m_errorLine).arg(m_error) : QString();
}

int CsvReader::peekByte()
{
    if (m_pos >= m_buffer.size()) {
        if (m_eof)
            return -1;
        m_buffer = m_device->read(kChunk);
        m_pos = 0;
        if (m_buffer.isEmpty()) {
            m_eof = true;
            return -1;
        }
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::takeByte()
{
    const int c = peekByte();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
    }
    return c;
}

bool CsvReader::fail(qint64 line, const QString &message)
{
    m_error = message;
    m_errorLine = line;
    m_eof = true;
    m_buffer.clear();
    m_pos = 0;
    return false;
}

bool CsvReader::decodeField(const QByteArray &bytes, qsizetype column, qint64 firstLine, QString *out)
{
    if (m_format.encoding == CsvEncoding::Utf8) {
        if (const qsizetype bad = firstInvalidUtf8(bytes, false); bad >= 0) {
            // The line of the bad bytes themselves: a quoted field may span many.
            qint64 line = firstLine;
            for (qsizetype i = 0; i < bad; ++i) {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n'))
                    ++line;
            }
            return fail(line,
                tr("column %1 is not valid UTF-8 text. Choose the file's encoding (for example "
                   "Windows-1251) or save it again as CSV UTF-8.")
                    .arg(column + 1));
        }
        *out = QString::fromUtf8(bytes);
        return true;
    }
    *out = m_decoder.decode(bytes);
    return true;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (hasError())
        return false;
    // Blank lines between records are skipped.
    for (;;) {
        const int c = peekByte();
        if (c == '\n') {
            takeByte();
            ++m_line;
        } else if (c == '\r') {
            takeByte();
            if (peekByte() == '\n')
                takeByte();
            ++m_line;
        } else {
            break;
        }
    }
    if (peekByte() < 0)
        return false;

    m_recordLine = m_line;
    qsizetype recordBytes = 0;
    const char delimiter = m_format.delimiter;
    for (;;) { // one field
        m_field.resize(0); // keeps the buffer (clear() would free it for every field)
        const qint64 fieldLine = m_line;
        int c = peekByte();
        if (c == '"') {
            takeByte();
            const qint64 opened = m_line;
            for (;;) {
                // Ordinary bytes a run at a time, straight from the buffer, up to the record
                // size limit; quotes, line breaks, NUL bytes and the byte over the limit one
                // at a time below.
                if (peekByte() >= 0) {
                    const char *data = m_buffer.constData();
                    const qsizetype end = std::min(m_buffer.size(), m_pos + (kMaxRecordBytes - recordBytes));
                    qsizetype at = m_pos;
                    while (at < end && data[at] != '"' && data[at] != '\n' && data[at] != '\r'
                        && data[at] != '\0')
                        ++at;
                    if (const qsizetype run = at - m_pos; run > 0) {
                        m_field.append(data + m_pos, run);
                        recordBytes += run;
                        m_pos = at;
                        m_consumed += run;
                        continue;
                    }
                }
                c = takeByte();
                if (c < 0)
                    return fail(opened,
                        tr("a quoted field in column %1 never ends; a closing quote (\") is missing.")
                            .arg(fields.size() + 1));
                if (c == '"') {
                    if (peekByte() == '"') {
                        takeByte();
                        m_field += '"';
                        continue;
                    }
                    break;
                }
                if (c == 0)
                    return fail(m_line, tr("the file holds binary data (a NUL byte); it is not a CSV file."));
                if (c == '\n' || (c == '\r' && peekByte() != '\n'))
                    ++m_line;
                m_field += char(c);
                if (++recordBytes > kMaxRecordBytes)
                    return fail(opened,
                        tr("a record is longer than %1 MiB; the file is probably not CSV, or a quote is "
                           "missing.")
                            .arg(kMaxRecordBytes >> 20));
            }
            c = peekByte();
            if (c >= 0 && c != delimiter && c != '\n' && c != '\r')
                return fail(m_line,
                    tr("text follows the closing quote in column %1; a quote inside a quoted field must "
                       "be doubled (\"\").")
                        .arg(fields.size() + 1));
        } else {
            // Unquoted: up to the delimiter or the line end. A quote inside is kept as
            // it is (5" screen), as spreadsheet programs read it. The bytes are taken a
            // run at a time straight from the buffer (most of a file is read here), not
            // one call per byte.
            while (peekByte() >= 0) {
                const char *data = m_buffer.constData();
                const qsizetype end = m_buffer.size();
                qsizetype at = m_pos;
                while (at < end && data[at] != delimiter && data[at] != '\n' && data[at] != '\r'
                    && data[at] != '\0')
                    ++at;
                const qsizetype run = at - m_pos;
                if (recordBytes + run > kMaxRecordBytes)
                    return fail(m_recordLine,
                        tr("a record is longer than %1 MiB; the file is probably not CSV.")
                            .arg(kMaxRecordBytes >> 20));
                m_field.append(data + m_pos, run);
                recordBytes += run;
                m_pos = at;
                m_consumed += run;
                if (at < end) {
                    if (data[at] == '\0')
                        return fail(
                            m_line, tr("the file holds binary data (a NUL byte); it is not a CSV file."));
                    break; // the delimiter or a line end, taken below
                }
            }
        }
        QString text;
        if (!decodeField(m_field, fields.size(), fieldLine, &text))
            return false;
        fields.append(text);
        c = takeByte();
        if (c == delimiter)
            continue;
        if (c == '\r') {
            if (peekByte() == '\n')
                takeByte();
            ++m_line;
        } else if (c == '\n') {
            ++m_line;
        }
        break; // end of line or of file
    }
    ++m_records;
    return true;
}

} // namespace loopline
