#include "export/tableexport.h"
#include "store/storeerror.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <map>
#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace loopline;

// Reads the members of a zip file (what an .xlsx is) through its central directory, so the
// test can look inside the workbook libxlsxwriter wrote.
static std::map<QString, QByteArray> unzip(const QByteArray &zip)
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

class tst_TableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesWhatNeedsIt()
    {
        DataTable table;
        table.rows = {{u"Name"_s, u"Count"_s, u"Share"_s}, {u"Smith, Jones"_s, 3, 0.25},
            {u"The \"best\""_s, qint64(12), QVariant()}};
        QCOMPARE(TableExport::csv(table),
            u"Name,Count,Share\r\n\"Smith, Jones\",3,0.25\r\n\"The \"\"best\"\"\",12,\r\n"_s);
    }

    void sheetNamesFollowExcelsRules()
    {
        QCOMPARE(TableExport::sheetName(u"Won and lost deals: by month [all]"_s, {}),
            u"Won and lost deals by month all"_s);
        QVERIFY(TableExport::sheetName(u"A very long title that goes on and on and on"_s, {}).size() <= 31);
        QCOMPARE(TableExport::sheetName(u"Leads"_s, {u"leads"_s}), u"Leads (2)"_s);
        QCOMPARE(TableExport::sheetName(u"Воронка лидов"_s, {}), u"Воронка лидов"_s);
        QCOMPARE(TableExport::sheetName(u"???"_s, {}), u"Sheet"_s);
    }

    void xlsxHoldsTextAndNumbers()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(u"report.xlsx"_s);
        DataTable reasons {u"Why deals were lost"_s,
            {{u"Loss reason"_s, u"Lost deals"_s}, {u"Price"_s, 2}, {u"Цена"_s, qint64(7)}}};
        DataTable funnel {u"Lead funnel"_s, {{u"Step"_s, u"Leads"_s}, {u"New"_s, 1.5}}};
        TableExport::writeXlsx(fileName, {reasons, funnel});
        QVERIFY(!QFile::exists(fileName + u".part"_s));

        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::map<QString, QByteArray> members = unzip(file.readAll());
        QVERIFY(members.count(u"xl/workbook.xml"_s));
        const QByteArray workbook = members.at(u"xl/workbook.xml"_s);
        QVERIFY(workbook.contains("name=\"Why deals were lost\""));
        QVERIFY(workbook.contains("name=\"Lead funnel\""));
        const QByteArray strings = members.at(u"xl/sharedStrings.xml"_s);
        QVERIFY(strings.contains("Price"));
        QVERIFY(strings.contains(u"Цена"_s.toUtf8()));
        // Numbers are numbers, not text.
        const QByteArray first = members.at(u"xl/worksheets/sheet1.xml"_s);
        QVERIFY2(first.contains("<v>2</v>"), first.constData());
        QVERIFY(first.contains("<v>7</v>"));
        QVERIFY(members.at(u"xl/worksheets/sheet2.xml"_s).contains("<v>1.5</v>"));
    }

    void aMissingFolderIsAClearError()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(u"missing/report.xlsx"_s);
        try {
            TableExport::writeXlsx(fileName, {DataTable {u"T"_s, {{u"a"_s}}}});
            QFAIL("no error");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(u"report.xlsx"_s), qPrintable(error.message()));
            QVERIFY(error.message().contains(u"does not exist"_s));
        }
        QVERIFY(!QFile::exists(fileName));
    }
};

QTEST_GUILESS_MAIN(tst_TableExport)
#include "tst_tableexport.moc"
