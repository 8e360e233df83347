#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace loopline::bench {

// Writes RFC 4180 CSV as the sqlite3 shell's ".import --csv" reads it: UTF-8, LF
// line ends, a field holding a comma, a double quote, CR or LF is quoted with its
// quotes doubled. There is no header row (.import into an existing table takes
// every line as data) and no NULL: an empty field imports as the empty string.
class CsvWriter
{
public:
    // Opens (truncates) the file; throws std::runtime_error when it cannot.
    explicit CsvWriter(const QString &path);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    CsvWriter &text(const QString &value);
    CsvWriter &number(qint64 value);
    CsvWriter &empty();
    void endRow();
    // Writes what is buffered; throws std::runtime_error on a write error.
    void flush();
    qint64 rows() const { return m_rows; }

    // One field as it appears in the file.
    static QByteArray encode(const QString &value);

private:
    void separate();
    QFile m_file;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    qint64 m_rows = 0;
};

} // namespace loopline::bench
