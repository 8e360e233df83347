#include "ziptesting.h"

#include <QFile>
#include <QtEndian>
#include <zlib.h>

namespace loopline::test {

std::map<QString, QByteArray> unzip(const QByteArray &zip)
{
    std::map<QString, QByteArray> members;
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0)
        return members;
    const auto u16 = [&zip](qsizetype at) { return qFromLittleEndian<quint16>(zip.constData() + at); };
    const auto u32 = [&zip](qsizetype at) { return qFromLittleEndian<quint32>(zip.constData() + at); };
    const int count = u16(end + 10);
    qsizetype entry = u32(end + 16);
    for (int i = 0; i < count; ++i) {
        const quint16 method = u16(entry + 10);
        const quint32 packed = u32(entry + 20);
        const quint32 size = u32(entry + 24);
        const quint16 nameLength = u16(entry + 28);
        const qsizetype next = entry + 46 + nameLength + u16(entry + 30) + u16(entry + 32);
        const QString name = QString::fromUtf8(zip.mid(entry + 46, nameLength));
        const qsizetype local = u32(entry + 42);
        const qsizetype data = local + 30 + u16(local + 26) + u16(local + 28);
        QByteArray content(qsizetype(size), Qt::Uninitialized);
        if (method == 0) {
            content = zip.mid(data, size);
        } else {
            z_stream stream {};
            inflateInit2(&stream, -MAX_WBITS); // raw deflate
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zip.constData() + data));
            stream.avail_in = packed;
            stream.next_out = reinterpret_cast<Bytef *>(content.data());
            stream.avail_out = size;
            inflate(&stream, Z_FINISH);
            inflateEnd(&stream);
        }
        members[name] = content;
        entry = next;
    }
    return members;
}

std::map<QString, QByteArray> unzipFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return unzip(file.readAll());
}

} // namespace loopline::test
