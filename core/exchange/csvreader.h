#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

namespace loopline {

// The text encodings a CSV file may come in: what spreadsheet programs and other
// CRMs write here (Excel in Russian or Ukrainian Windows still saves Windows-1251).
enum class CsvEncoding { Utf8, Windows1251 };

struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool byteOrderMark = false; // the file starts with a UTF-8 BOM (skipped)
    char delimiter = ',';
    friend bool operator==(const CsvFormat &, const CsvFormat &) = default;
};

// Reads CSV (RFC 4180 and what spreadsheet programs really write) one record at a
// time from a device, so a file of any size is read in constant memory. Quoted
// fields may hold delimiters, quotes ("") and line breaks; CRLF, LF and CR all end
// a line; blank lines are skipped. A malformed file (a quoted field that never
// ends, text after a closing quote, bytes that are not valid in the encoding, a NUL
// byte, a record longer than maxRecordBytes) stops the reader with an error that
// says where; the caller then writes nothing.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype kMaxRecordBytes = 1 << 20;

    // Guesses the encoding (UTF-8 BOM, valid UTF-8, else Windows-1251) and the
    // delimiter (comma, semicolon, tab or pipe: the one that splits the first
    // records into the same number of fields) from the first bytes of a file.
    static CsvFormat sniff(const QByteArray &head);
    // The same, reading (and then rewinding) the start of a device.
    static CsvFormat sniff(QIODevice *device);
    // A name for the delimiter, for the user ("comma", "semicolon", "tab").
    static QString delimiterName(char delimiter);
    static QString encodingName(CsvEncoding encoding);

    CsvReader(QIODevice *device, const CsvFormat &format);

    // Reads the next record into fields; false at the end of the file or on an
    // error (see hasError()).
    bool next(QStringList &fields);

    bool hasError() const { return !m_error.isEmpty(); }
    // What is wrong and where ("Line 12: …"), translated.
    QString errorString() const;
    // The same in two parts: the line where the problem is, and what it is.
    qint64 errorLine() const { return m_errorLine; }
    QString errorReason() const { return m_error; }
    // The number of the record last read, counting the header as 1 and skipping
    // blank lines: what a user calls "row N" in a spreadsheet.
    qint64 recordNumber() const { return m_records; }
    // The line on which the record last read starts (1-based).
    qint64 lineNumber() const { return m_recordLine; }
    // Bytes consumed so far, for a progress bar.
    qint64 bytesRead() const { return m_consumed; }

private:
    int peekByte();
    int takeByte();
    bool fail(qint64 line, const QString &message);
    bool decodeField(const QByteArray &bytes, qsizetype column, qint64 firstLine, QString *out);

    QIODevice *m_device;
    CsvFormat m_format;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_records = 0;
    bool m_eof = false;
    QString m_error;
    qint64 m_errorLine = 0;
    QStringDecoder m_decoder;
    QByteArray m_field;
};

} // namespace loopline
