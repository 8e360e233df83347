#include "csvwriter.h"

#include <stdexcept>

namespace loopline::bench {

namespace {
constexpr qsizetype kFlushBytes = 1 << 20;
}

CsvWriter::CsvWriter(const QString &path)
    : m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error(
            "cannot write " + path.toStdString() + ": " + m_file.errorString().toStdString());
    m_buffer.reserve(kFlushBytes + 4096);
}

CsvWriter::~CsvWriter()
{
    try {
        flush();
    } catch (const std::exception &) {
        // Reported by an explicit flush(); a destructor must not throw.
    }
}

QByteArray CsvWriter::encode(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    bool quote = false;
    for (char c : bytes) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
}

CsvWriter &CsvWriter::text(const QString &value)
{
    separate();
    m_buffer += encode(value);
    return *this;
}

CsvWriter &CsvWriter::number(qint64 value)
{
    separate();
    m_buffer += QByteArray::number(value);
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    separate();
    return *this;
}

void CsvWriter::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (m_file.write(m_buffer) != m_buffer.size())
        throw std::runtime_error(
            "cannot write " + m_file.fileName().toStdString() + ": " + m_file.errorString().toStdString());
    m_buffer.clear();
    if (!m_file.flush())
        throw std::runtime_error(
            "cannot write " + m_file.fileName().toStdString() + ": " + m_file.errorString().toStdString());
}

} // namespace loopline::bench
