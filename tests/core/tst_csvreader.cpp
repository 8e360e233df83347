#include "exchange/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;

Q_DECLARE_METATYPE(loopline::CsvEncoding)
Q_DECLARE_METATYPE(loopline::CsvFormat)

// CsvReader without a database: encoding and delimiter sniffing, RFC 4180 fields as
// spreadsheet programs really write them, line ends, record and line numbers, the
// errors that stop an import (with the line they name), and the 256 KiB chunks the
// reader refills its buffer in (a character, a CRLF or a "" cut in two by a chunk).
class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sniff_data();
    void sniff();
    void sniffDeviceRewinds();
    void read_data();
    void read();
    void errors_data();
    void errors();
    void recordSizeLimit_data();
    void recordSizeLimit();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void manyChunksRoundTrip();
    void nextAfterTheEndStaysAtTheEnd();
    void fileOnDiskSniffedAndRead_data();
    void fileOnDiskSniffedAndRead();
    void names();
};

namespace {

constexpr qsizetype kChunk = 256 * 1024; // the reader's buffer refill size (csvreader.cpp)

CsvFormat format(char delimiter = ',', CsvEncoding encoding = CsvEncoding::Utf8, bool bom = false)
{
    CsvFormat f;
    f.delimiter = delimiter;
    f.encoding = encoding;
    f.byteOrderMark = bom;
    return f;
}

QByteArray cp1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

const QByteArray kBom = "\xEF\xBB\xBF";

struct Outcome
{
    QList<QStringList> records;
    QList<qint64> lines; // lineNumber() after each record
    QList<qint64> numbers; // recordNumber() after each record
    qint64 bytesRead = 0;
    bool hasError = false;
    QString errorString;
    QString errorReason;
    qint64 errorLine = 0;
    qint64 recordNumberAtError = 0;
};

Outcome readAll(const QByteArray &bytes, const CsvFormat &f)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, f);
    Outcome out;
    QStringList fields;
    while (reader.next(fields)) {
        out.records << fields;
        out.lines << reader.lineNumber();
        out.numbers << reader.recordNumber();
    }
    out.bytesRead = reader.bytesRead();
    out.hasError = reader.hasError();
    out.errorString = reader.errorString();
    out.errorReason = reader.errorReason();
    out.errorLine = reader.errorLine();
    out.recordNumberAtError = reader.recordNumber();
    return out;
}

QList<qint64> oneTo(qint64 n)
{
    QList<qint64> out;
    for (qint64 i = 1; i <= n; ++i)
        out << i;
    return out;
}

// Writes one field as a careful CSV writer would: quoted when it must be.
QByteArray csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text.toUtf8();
    return '"' + QString(text).replace(u"\""_s, u"\"\""_s).toUtf8() + '"';
}

} // namespace

void tst_CsvReader::initTestCase()
{
    // Without a Windows-1251 codec (Qt built without ICU) half of these tests mean nothing.
    QVERIFY(QStringEncoder("windows-1251").isValid());
    QVERIFY(QStringDecoder("windows-1251").isValid());
}

void tst_CsvReader::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<char>("delimiter");

    const auto utf8 = CsvEncoding::Utf8;
    const auto cyr = CsvEncoding::Windows1251;

    QTest::addRow("comma, ASCII") << "Name,Email,Phone\nAnna,anna@example.com,+7 916\nBoris,b@x.org,\n"_ba
                                  << utf8 << false << ',';
    QTest::addRow("comma, UTF-8 without BOM")
        << u"Имя,Фамилия\nАнна,Петрова\nБорис,Иванов\n"_s.toUtf8() << utf8 << false << ',';
    QTest::addRow("semicolon, UTF-8 with BOM, CRLF")
        << kBom + u"Имя;Фамилия;Email\r\nАнна;Петрова;a@x.ru\r\n"_s.toUtf8() << utf8 << true << ';';
    QTest::addRow("BOM only") << kBom << utf8 << true << ',';
    QTest::addRow("semicolon, Windows-1251 (Bitrix24)")
        << cp1251(u"Имя;Фамилия;Компания\r\nАнна;Петрова;ООО \"Ромашка\"\r\nБорис;Иванов;\r\n"_s) << cyr
        << false << ';';
    QTest::addRow("tab") << "Name\tEmail\tNotes\nAnna\ta@x.com\tHello, world\nBoris\tb@x.com\tA, b, c\n"_ba
                         << utf8 << false << '\t';
    QTest::addRow("pipe") << "Name|Email\nAnna|a@x.com\nBoris|b@x.com\n"_ba << utf8 << false << '|';
    // Commas inside quoted fields do not make it a comma file: the quoted field ends
    // before a semicolon, which the comma reading rejects as text after a quote.
    QTest::addRow("semicolon, quoted commas")
        << "Name;Company;Notes\n\"Petrova, Anna\";\"Acme, Inc.\";\"one, two, three\"\n"
           "\"Ivanov, Boris\";\"Globex, LLC\";\"four, five\"\n"_ba
        << utf8 << false << ';';
    QTest::addRow("semicolon, quoted commas in the header too")
        << "\"Last, first\";\"City, street\"\n\"Petrova, Anna\";\"Moscow, Tverskaya 1\"\n"
           "\"Ivanov, Boris\";\"Kyiv, Khreshchatyk 2\"\n"_ba
        << utf8 << false << ';';
    // Russian Excel: semicolons because the comma is the decimal separator. Every row
    // has one decimal comma and so does the header, so a comma reading is as regular
    // (2 fields each) as the semicolon one (3 each): the wider reading wins.
    QTest::addRow("semicolon, decimal commas, comma in the header")
        << u"Имя;Бюджет, руб.;Дата\r\nАнна;1234,50;01.02.2024\r\nБорис;99,90;03.02.2024\r\n"_s.toUtf8()
        << utf8 << false << ';';
    QTest::addRow("comma, a semicolon in every line")
        << "Name,Email,Notes;Tags\nAnna,a@x.com,hi;vip\nBoris,b@x.com,yo;new\n"_ba << utf8 << false << ',';
    QTest::addRow("comma, quoted semicolons")
        << "Name,Tags\nAnna,\"vip;partner\"\nBoris,\"a;b;c;d\"\n"_ba << utf8 << false << ',';
    QTest::addRow("comma, quoted newlines")
        << "Name,Notes\r\nAnna,\"line 1\r\nline; 2\"\r\nBoris,\"x\"\r\n"_ba << utf8 << false << ',';
    QTest::addRow("CR line ends") << "a;b;c\r1;2;3\r4;5;6\r"_ba << utf8 << false << ';';
    QTest::addRow("one column: comma by default") << "Name\nAnna\nBoris\n"_ba << utf8 << false << ',';
    QTest::addRow("empty") << QByteArray() << utf8 << false << ',';
    // The sample ends inside a multi-byte character: still UTF-8.
    QTest::addRow("UTF-8 cut at the end of the sample")
        << u"Имя,Город\nАнна,Москва\nБорис,Ки"_s.toUtf8() + "\xD0"_ba << utf8 << false << ',';
    QTest::addRow("invalid UTF-8 means Windows-1251")
        << "Name,City\nAnna,M\xFCnchen\n"_ba << cyr << false << ',';
    QTest::addRow("BOM wins over invalid bytes later")
        << kBom + "Name,City\nAnna,M\xFCnchen\n"_ba << utf8 << true << ',';
}

void tst_CsvReader::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(CsvEncoding, encoding);
    QFETCH(bool, bom);
    QFETCH(char, delimiter);

    const CsvFormat sniffed = CsvReader::sniff(head);
    QCOMPARE(sniffed.encoding, encoding);
    QCOMPARE(sniffed.byteOrderMark, bom);
    QCOMPARE(sniffed.delimiter, delimiter);
}

void tst_CsvReader::sniffDeviceRewinds()
{
    QByteArray bytes = "skip me\nName;Email\nAnna;a@x.com\nBoris;b@x.com\n"_ba;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(buffer.seek(8)); // a caller may sniff from where it stands
    const CsvFormat sniffed = CsvReader::sniff(&buffer);
    QCOMPARE(sniffed.delimiter, ';');
    QCOMPARE(buffer.pos(), 8);
    CsvReader reader(&buffer, sniffed);
    QStringList fields;
    QVERIFY(reader.next(fields));
    QCOMPARE(fields, QStringList({u"Name"_s, u"Email"_s}));
}

void tst_CsvReader::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvFormat>("format");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines"); // where each record starts

    using R = QList<QStringList>;
    using L = QList<qint64>;
    const QStringList ab = {u"a"_s, u"b"_s};
    const QStringList cd = {u"c"_s, u"d"_s};

    QTest::addRow("LF, trailing newline") << "a,b\nc,d\n"_ba << format() << R {ab, cd} << L {1, 2};
    QTest::addRow("LF, no trailing newline") << "a,b\nc,d"_ba << format() << R {ab, cd} << L {1, 2};
    QTest::addRow("CRLF, trailing newline") << "a,b\r\nc,d\r\n"_ba << format() << R {ab, cd} << L {1, 2};
    QTest::addRow("CRLF, no trailing newline") << "a,b\r\nc,d"_ba << format() << R {ab, cd} << L {1, 2};
    QTest::addRow("CR (old Mac Excel)") << "a,b\rc,d\r"_ba << format() << R {ab, cd} << L {1, 2};
    QTest::addRow("mixed line ends") << "a,b\r\nc,d\ne,f\rg,h"_ba << format()
                                     << R {ab, cd, {u"e"_s, u"f"_s}, {u"g"_s, u"h"_s}} << L {1, 2, 3, 4};
    QTest::addRow("blank lines before, between and after")
        << "\n\na,b\n\n\nc,d\n\n"_ba << format() << R {ab, cd} << L {3, 6};
    QTest::addRow("blank CRLF and CR lines")
        << "\r\na,b\r\n\r\n\rc,d\r\n\r\n"_ba << format() << R {ab, cd} << L {2, 5};
    QTest::addRow("only blank lines") << "\n\r\n\r\n"_ba << format() << R {} << L {};
    QTest::addRow("empty file") << QByteArray() << format() << R {} << L {};
    QTest::addRow("header only") << "Name,Email\r\n"_ba << format() << R {{u"Name"_s, u"Email"_s}} << L {1};
    QTest::addRow("header only, no newline")
        << "Name,Email"_ba << format() << R {{u"Name"_s, u"Email"_s}} << L {1};
    QTest::addRow("empty fields") << "a,,c\n,,\n,x,\n"_ba << format()
                                  << R {{u"a"_s, u""_s, u"c"_s}, {u""_s, u""_s, u""_s},
                                         {u""_s, u"x"_s, u""_s}}
                                  << L {1, 2, 3};
    QTest::addRow("trailing delimiter at the end of the file")
        << "a,b,"_ba << format() << R {{u"a"_s, u"b"_s, u""_s}} << L {1};
    QTest::addRow("spaces are kept") << " a , b \n"_ba << format() << R {{u" a "_s, u" b "_s}} << L {1};
    QTest::addRow("quoted delimiter")
        << "\"Petrova, Anna\",x\n"_ba << format() << R {{u"Petrova, Anna"_s, u"x"_s}} << L {1};
    QTest::addRow("doubled quotes") << "\"He said \"\"hi\"\"\",\"\"\"\"\n"_ba << format()
                                    << R {{u"He said \"hi\""_s, u"\""_s}} << L {1};
    QTest::addRow("empty quoted fields") << "\"\",\"\"\r\n"_ba << format() << R {{u""_s, u""_s}} << L {1};
    QTest::addRow("quoted field at the end of the file")
        << "a,\"b\"\"\""_ba << format() << R {{u"a"_s, u"b\""_s}} << L {1};
    QTest::addRow("embedded LF") << "id,notes\n1,\"line 1\nline 2\n\nline 4\"\n2,x\n"_ba << format()
                                 << R {{u"id"_s, u"notes"_s}, {u"1"_s, u"line 1\nline 2\n\nline 4"_s},
                                        {u"2"_s, u"x"_s}}
                                 << L {1, 2, 6};
    QTest::addRow("embedded CRLF kept as written")
        << "id,notes\r\n1,\"line 1\r\nline 2\"\r\n2,\"a\r\n\r\nb\",c\r\n3,x\r\n"_ba << format()
        << R {{u"id"_s, u"notes"_s}, {u"1"_s, u"line 1\r\nline 2"_s}, {u"2"_s, u"a\r\n\r\nb"_s, u"c"_s},
               {u"3"_s, u"x"_s}}
        << L {1, 2, 4, 7};
    QTest::addRow("embedded CR") << "1,\"a\rb\"\r2,x\r"_ba << format()
                                 << R {{u"1"_s, u"a\rb"_s}, {u"2"_s, u"x"_s}} << L {1, 3};
    QTest::addRow("quoted delimiter, quote and newline together")
        << "\"a,\"\"b\"\"\nc\",d\n"_ba << format() << R {{u"a,\"b\"\nc"_s, u"d"_s}} << L {1};
    // A quote inside an unquoted field is text, as spreadsheet programs read it.
    QTest::addRow("5\" screen") << "Monitor,5\" screen,x\n"_ba << format()
                                << R {{u"Monitor"_s, u"5\" screen"_s, u"x"_s}} << L {1};
    QTest::addRow("quote in the middle and at the end")
        << "ab\"cd,ef\"\n"_ba << format() << R {{u"ab\"cd"_s, u"ef\""_s}} << L {1};
    QTest::addRow("space before a quote: unquoted")
        << "a, \"b\"\n"_ba << format() << R {{u"a"_s, u" \"b\""_s}} << L {1};
    QTest::addRow("wrong column counts are returned as they are")
        << "a,b,c\n1,2\n1,2,3,4\n\n5\n"_ba << format()
        << R {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}, {u"5"_s}}
        << L {1, 2, 3, 5};
    QTest::addRow("UTF-8 Cyrillic, accents and emoji")
        << u"Имя,Note\nАнна,Café 😀\nЄва,Ґанок\n"_s.toUtf8() << format()
        << R {{u"Имя"_s, u"Note"_s}, {u"Анна"_s, u"Café 😀"_s}, {u"Єва"_s, u"Ґанок"_s}} << L {1, 2, 3};
    QTest::addRow("UTF-8 BOM skipped")
        << kBom + u"Имя,Email\r\nАнна,a@x.ru\r\n"_s.toUtf8() << format(',', CsvEncoding::Utf8, true)
        << R {{u"Имя"_s, u"Email"_s}, {u"Анна"_s, u"a@x.ru"_s}} << L {1, 2};
    QTest::addRow("UTF-8 BOM, then blank lines")
        << kBom + "\r\n\r\na,b\r\n"_ba << format(',', CsvEncoding::Utf8, true) << R {ab} << L {3};
    QTest::addRow("BOM expected but absent")
        << "a,b\n"_ba << format(',', CsvEncoding::Utf8, true) << R {ab} << L {1};
    QTest::addRow("Windows-1251 Cyrillic")
        << cp1251(u"Имя;Фамилия;Комментарий\r\nАнна;Петрова;\"Звонить после 18:00; «важно»\"\r\n"
                  u"Ёжик;Щукин;№ 5\r\n"_s)
        << format(';', CsvEncoding::Windows1251)
        << R {{u"Имя"_s, u"Фамилия"_s, u"Комментарий"_s},
               {u"Анна"_s, u"Петрова"_s, u"Звонить после 18:00; «важно»"_s},
               {u"Ёжик"_s, u"Щукин"_s, u"№ 5"_s}}
        << L {1, 2, 3};
    QTest::addRow("Windows-1251 Ukrainian letters")
        << cp1251(u"Ім'я,Прізвище\nЇжак,Ґудзь\n"_s) << format(',', CsvEncoding::Windows1251)
        << R {{u"Ім'я"_s, u"Прізвище"_s}, {u"Їжак"_s, u"Ґудзь"_s}} << L {1, 2};
    QTest::addRow("semicolon: commas are text")
        << "Name;Price\nTea, green;1,50\n"_ba << format(';')
        << R {{u"Name"_s, u"Price"_s}, {u"Tea, green"_s, u"1,50"_s}} << L {1, 2};
    QTest::addRow("tab: quotes and commas")
        << "a\t\"b\tc\"\t\"d,e\"\n"_ba << format('\t') << R {{u"a"_s, u"b\tc"_s, u"d,e"_s}} << L {1};
    QTest::addRow("pipe") << "a|b|\"c|d\"\n"_ba << format('|') << R {{u"a"_s, u"b"_s, u"c|d"_s}} << L {1};
}

void tst_CsvReader::read()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvFormat, format);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);

    const Outcome out = readAll(input, format);
    QVERIFY2(!out.hasError, qPrintable(out.errorString));
    QCOMPARE(out.records, records);
    QCOMPARE(out.lines, lines);
    QCOMPARE(out.numbers, oneTo(records.size())); // rows as a spreadsheet numbers them
    QCOMPARE(out.bytesRead, input.size()); // a progress bar reaches 100%
    QCOMPARE(out.errorString, QString());
}

void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvFormat>("format");
    QTest::addColumn<int>("recordsBefore"); // read before the error
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reason"); // a part of the reason

    const QString neverEnds = u"never ends"_s;
    const QString notUtf8 = u"is not valid UTF-8"_s;
    const QString nul = u"NUL byte"_s;
    const QString afterQuote = u"text follows the closing quote in column"_s;

    // The quote opened on line 3 swallows the rest of the file: the error names line 3,
    // not the last line.
    QTest::addRow("unterminated quote") << "Name,Notes\nAnna,x\nBoris,\"never closed\nCarl,y\nDora,z\n"_ba
                                        << format() << 2 << qint64(3) << u"column 2 %1"_s.arg(neverEnds);
    QTest::addRow("unterminated quote at the very end")
        << "Name,Notes\r\nAnna,x\r\nBoris,\""_ba << format() << 2 << qint64(3) << neverEnds;
    QTest::addRow("unterminated quote after a multi-line record")
        << "Name,Notes\n\"Anna\",\"a\nb\nc\"\nBoris,\"open\n"_ba << format() << 2 << qint64(5) << neverEnds;
    QTest::addRow("unterminated quote in the header")
        << "\"Name,Notes\nAnna,x\n"_ba << format() << 0 << qint64(1) << u"column 1 %1"_s.arg(neverEnds);
    QTest::addRow("text after the closing quote")
        << "Name,Notes\nAnna,\"x\"y,z\n"_ba << format() << 1 << qint64(2) << u"%1 2"_s.arg(afterQuote);
    QTest::addRow("text after a closing quote on a later line")
        << "Name,Notes\nAnna,\"x\ny\" z\n"_ba << format() << 1 << qint64(3) << afterQuote;
    QTest::addRow("space after the closing quote")
        << "\"a\" ,b\n"_ba << format() << 0 << qint64(1) << u"%1 1"_s.arg(afterQuote);
    QTest::addRow("lone continuation byte")
        << "Name\nAnna\nB\x80ris\nCarl\n"_ba << format() << 2 << qint64(3) << u"column 1 %1"_s.arg(notUtf8);
    QTest::addRow("invalid UTF-8 in the second column")
        << "a,b\nc,\xFF\n"_ba << format() << 1 << qint64(2) << u"column 2 %1"_s.arg(notUtf8);
    QTest::addRow("overlong encoding") << "a\n\xC0\xAF\n"_ba << format() << 1 << qint64(2) << notUtf8;
    QTest::addRow("UTF-16 surrogate") << "a\n\xED\xA0\x80\n"_ba << format() << 1 << qint64(2) << notUtf8;
    QTest::addRow("beyond U+10FFFF") << "a\n\xF4\x90\x80\x80\n"_ba << format() << 1 << qint64(2) << notUtf8;
    QTest::addRow("sequence cut by a delimiter")
        << "a,b\n\xE2\x82,x\n"_ba << format() << 1 << qint64(2) << u"column 1 %1"_s.arg(notUtf8);
    QTest::addRow("sequence cut by the end of the file")
        << "a\nb\xE2\x82"_ba << format() << 1 << qint64(2) << notUtf8;
    QTest::addRow("Windows-1251 read as UTF-8")
        << "Name;City\n"_ba + cp1251(u"Анна;Москва\n"_s) << format(';') << 1 << qint64(2) << notUtf8;
    // In a field of several lines, the line of the invalid bytes themselves.
    QTest::addRow("invalid UTF-8 on the 2nd line of a field (LF)")
        << "a,b\n1,\"x\ny\xFF\"\n"_ba << format() << 1 << qint64(3) << notUtf8;
    QTest::addRow("invalid UTF-8 on the 3rd line of a field (CRLF)")
        << "a,b\r\n1,\"x\r\n\r\nz\xFF\"\r\n"_ba << format() << 1 << qint64(4) << notUtf8;
    QTest::addRow("invalid UTF-8 on the 2nd line of a field (CR)")
        << "a,b\r1,\"x\ry\xFF\"\r"_ba << format() << 1 << qint64(3) << notUtf8;
    QTest::addRow("invalid UTF-8 in the 2nd field of a multi-line record")
        << "a,b\n\"x\ny\",\xFF\n"_ba << format() << 1 << qint64(3) << u"column 2 %1"_s.arg(notUtf8);
    QTest::addRow("NUL in an unquoted field") << "a,b\nc,d\0e\n"_ba << format() << 1 << qint64(2) << nul;
    QTest::addRow("NUL in a quoted field") << "a,b\nc,\"d\n\0\"\n"_ba << format() << 1 << qint64(3) << nul;
    QTest::addRow("NUL in Windows-1251")
        << "a;b\nc;\0\n"_ba << format(';', CsvEncoding::Windows1251) << 1 << qint64(2) << nul;
    // Someone picks a workbook or a picture instead of a CSV file.
    QTest::addRow("binary: XLSX (zip)")
        << "PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0"_ba << format() << 0 << qint64(1) << nul;
    QTest::addRow("binary: PNG") << "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"_ba << format() << 0 << qint64(1)
                                 << notUtf8;
    QTest::addRow("binary: PNG as Windows-1251")
        << "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"_ba << format(',', CsvEncoding::Windows1251) << 2 << qint64(3)
        << nul;
    QTest::addRow("binary: UTF-16 text") << "\xFF\xFEN\0a\0m\0e\0"_ba << format() << 0 << qint64(1) << nul;
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvFormat, format);
    QFETCH(int, recordsBefore);
    QFETCH(qint64, line);
    QFETCH(QString, reason);

    const Outcome out = readAll(input, format);
    QVERIFY(out.hasError);
    QCOMPARE(out.records.size(), recordsBefore);
    QCOMPARE(out.recordNumberAtError, recordsBefore); // the bad record is recordNumber() + 1
    QCOMPARE(out.errorLine, line);
    QVERIFY2(out.errorReason.contains(reason), qPrintable(out.errorReason));
    QCOMPARE(out.errorString, u"Line %1: %2"_s.arg(line).arg(out.errorReason));
}

void tst_CsvReader::recordSizeLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("errorLine");

    constexpr qsizetype max = CsvReader::kMaxRecordBytes;
    const QByteArray header = "id,blob\n"_ba;
    QTest::addRow("exactly 1 MiB, unquoted") << header + "1" + QByteArray(max - 1, 'x') + "\n2,y\n"
                                             << true << qint64(0);
    QTest::addRow("1 MiB + 1, unquoted") << header + "1," + QByteArray(max, 'x') + "\n2,y\n"
                                         << false << qint64(2);
    QTest::addRow("exactly 1 MiB in two fields")
        << header + QByteArray(max / 2, 'a') + ',' + QByteArray(max / 2, 'b') + "\n"
        << true << qint64(0);
    QTest::addRow("1 MiB + 1, quoted, on line 3") << header + "1,a\n2,\"" + QByteArray(max, '\n') + "x\"\n"
                                                  << false << qint64(3);
    // A quote that never closes stops at the limit, not at the end of a huge file.
    QTest::addRow("missing quote in a 3 MiB file")
        << header + "1,\"oops\n" + QByteArray(3 * max, 'z') << false << qint64(2);
}

void tst_CsvReader::recordSizeLimit()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(qint64, errorLine);

    const Outcome out = readAll(input, format());
    QCOMPARE(!out.hasError, ok);
    if (ok) {
        QCOMPARE(out.bytesRead, input.size());
        return;
    }
    QCOMPARE(out.errorLine, errorLine);
    QVERIFY2(out.errorReason.contains(u"longer than 1 MiB"_s), qPrintable(out.errorReason));
    QVERIFY(out.bytesRead <= input.size());
    QVERIFY(out.bytesRead < 2 * CsvReader::kMaxRecordBytes + 100); // stopped early
}

void tst_CsvReader::chunkBoundaries_data()
{
    // The file is: a header line, a padding record that puts `special` so that its
    // first `before` bytes end the first 256 KiB chunk, then a last record.
    QTest::addColumn<QByteArray>("special"); // bytes of the second record after "2,"
    QTest::addColumn<int>("before"); // how many of them fall in the first chunk
    QTest::addColumn<QStringList>("record"); // the second record's fields
    QTest::addColumn<qint64>("lastLine"); // the line the last record starts on

    const QByteArray zhe = u"Ж"_s.toUtf8(); // 2 bytes
    const QByteArray euro = u"€"_s.toUtf8(); // 3 bytes
    const QByteArray smile = u"😀"_s.toUtf8(); // 4 bytes
    QTest::addRow("2-byte character 1|1") << zhe + "\n" << 1 << QStringList {u"2"_s, u"Ж"_s} << qint64(4);
    QTest::addRow("3-byte character 1|2") << euro + "\n" << 1 << QStringList {u"2"_s, u"€"_s} << qint64(4);
    QTest::addRow("3-byte character 2|1") << euro + "\n" << 2 << QStringList {u"2"_s, u"€"_s} << qint64(4);
    QTest::addRow("4-byte character 1|3") << smile + "\n" << 1 << QStringList {u"2"_s, u"😀"_s} << qint64(4);
    QTest::addRow("4-byte character 2|2") << smile + "\n" << 2 << QStringList {u"2"_s, u"😀"_s} << qint64(4);
    QTest::addRow("4-byte character 3|1") << smile + "\n" << 3 << QStringList {u"2"_s, u"😀"_s} << qint64(4);
    QTest::addRow("CRLF ending a record") << "x\r\n"_ba << 2 << QStringList {u"2"_s, u"x"_s} << qint64(4);
    QTest::addRow("CRLF ending a record, blank line next")
        << "x\r\n\r\n"_ba << 2 << QStringList {u"2"_s, u"x"_s} << qint64(5);
    QTest::addRow("CRLF inside a quoted field")
        << "\"a\r\nb\"\r\n"_ba << 3 << QStringList {u"2"_s, u"a\r\nb"_s} << qint64(5);
    QTest::addRow("doubled quote") << "\"a\"\"b\"\n"_ba << 3 << QStringList {u"2"_s, u"a\"b"_s} << qint64(4);
    QTest::addRow("doubled quote at the start")
        << "\"\"\"b\"\n"_ba << 2 << QStringList {u"2"_s, u"\"b"_s} << qint64(4);
    QTest::addRow("closing quote, then delimiter")
        << "\"a\",b\n"_ba << 3 << QStringList {u"2"_s, u"a"_s, u"b"_s} << qint64(4);
    QTest::addRow("closing quote | CRLF") << "\"a\"\r\n"_ba << 3 << QStringList {u"2"_s, u"a"_s} << qint64(4);
    QTest::addRow("closing quote, CR | LF")
        << "\"a\"\r\n"_ba << 4 << QStringList {u"2"_s, u"a"_s} << qint64(4);
    QTest::addRow("opening quote last in the chunk")
        << "\"a,b\"\n"_ba << 1 << QStringList {u"2"_s, u"a,b"_s} << qint64(4);
    QTest::addRow("delimiter last in the chunk")
        << ",x\n"_ba << 1 << QStringList {u"2"_s, u""_s, u"x"_s} << qint64(4);
    QTest::addRow("CR alone ending a record") << "x\ry"_ba << 2 << QStringList {u"2"_s, u"x"_s} << qint64(4);
}

void tst_CsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, special);
    QFETCH(int, before);
    QFETCH(QStringList, record);
    QFETCH(qint64, lastLine);

    // "id,text\n" then "1,<padding>\n" then "2,<special>" then "3,last\n": the
    // padding makes special start at kChunk - before.
    const QByteArray header = "id,text\n";
    const qsizetype padding = kChunk - before - header.size() - qsizetype(strlen("1,\n2,"));
    const QByteArray input = header + "1," + QByteArray(padding, 'p') + "\n2," + special + "3,last\n";
    QCOMPARE(input.indexOf(special, header.size()), kChunk - before);
    QVERIFY(input.size() > kChunk);

    const Outcome out = readAll(input, format());
    QVERIFY2(!out.hasError, qPrintable(out.errorString));
    QStringList expectedRecord = record;
    QList<QStringList> expected = {{u"id"_s, u"text"_s}, {u"1"_s, QString(padding, u'p')}, expectedRecord};
    // "x\ry" leaves "y3" as the start of the last line (a CR alone ends a line too).
    expected << QStringList {special.endsWith('y') ? u"y3"_s : u"3"_s, u"last"_s};
    QCOMPARE(out.records.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(out.records.at(i), expected.at(i));
    QCOMPARE(out.lines, QList<qint64>({1, 2, 3, lastLine}));
    QCOMPARE(out.numbers, QList<qint64>({1, 2, 3, 4}));
    QCOMPARE(out.bytesRead, input.size());
}

void tst_CsvReader::manyChunksRoundTrip()
{
    // About 1.5 MiB of records with everything that needs care, crossing several
    // chunk boundaries at unplanned places; read back exactly as written.
    const QStringList samples = {u"plain"_s, u"Петрова, Анна"_s, u"5\" screen"_s, u"line 1\r\nline 2"_s,
        u"a\nb"_s, u"\"quoted\""_s, u""_s, u"😀 Ґанок €"_s, u"tab\there"_s, u"x,y,z"_s};
    QList<QStringList> expected;
    QByteArray input = kBom + "id,a,b\r\n";
    expected << QStringList {u"id"_s, u"a"_s, u"b"_s};
    QList<qint64> lines = {1};
    qint64 line = 2;
    for (int i = 0; input.size() < 1'500'000; ++i) {
        const QString a = samples.at(i % samples.size());
        const QString b = samples.at((i * 7 + 3) % samples.size()).repeated(1 + i % 5);
        expected << QStringList {QString::number(i), a, b};
        lines << line;
        line += 1 + a.count(u'\n') + b.count(u'\n');
        input += QByteArray::number(i) + ',' + csvField(a) + ',' + csvField(b) + "\r\n";
    }
    const Outcome out = readAll(input, format(',', CsvEncoding::Utf8, true));
    QVERIFY2(!out.hasError, qPrintable(out.errorString));
    QCOMPARE(out.records.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (out.records.at(i) != expected.at(i))
            QFAIL(qPrintable(u"record %1: %2 instead of %3"_s.arg(i + 1).arg(
                out.records.at(i).join(u'|'), expected.at(i).join(u'|'))));
    }
    QCOMPARE(out.lines, lines);
    QCOMPARE(out.bytesRead, input.size());
}

void tst_CsvReader::nextAfterTheEndStaysAtTheEnd()
{
    QByteArray good = "a,b\n"_ba;
    QBuffer buffer(&good);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, format());
    QStringList fields;
    QVERIFY(reader.next(fields));
    QVERIFY(!reader.next(fields));
    QVERIFY(fields.isEmpty());
    QVERIFY(!reader.next(fields));
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.recordNumber(), 1);

    QByteArray bad = "a,b\n\"c\n"_ba;
    QBuffer badBuffer(&bad);
    QVERIFY(badBuffer.open(QIODevice::ReadOnly));
    CsvReader badReader(&badBuffer, format());
    QVERIFY(badReader.next(fields));
    QVERIFY(!badReader.next(fields));
    QVERIFY(badReader.hasError());
    const QString error = badReader.errorString();
    QVERIFY(!badReader.next(fields));
    QVERIFY(fields.isEmpty());
    QCOMPARE(badReader.errorString(), error);
    QCOMPARE(badReader.errorLine(), 2);
}

void tst_CsvReader::fileOnDiskSniffedAndRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");

    const QList<QStringList> people = {{u"Имя"_s, u"Фамилия"_s, u"Компания"_s},
        {u"Анна"_s, u"Петрова"_s, u"ООО \"Ромашка\", Москва"_s}, {u"Борис"_s, u"Іваненко"_s, u""_s}};
    const QString text = u"Имя;Фамилия;Компания\r\nАнна;Петрова;\"ООО \"\"Ромашка\"\", Москва\"\r\n"
                         u"Борис;Іваненко;\r\n"_s;
    QTest::addRow("Windows-1251, semicolon (Bitrix24)") << cp1251(text) << people;
    QTest::addRow("UTF-8 with BOM, semicolon") << kBom + text.toUtf8() << people;
    QTest::addRow("UTF-8, tab") << QString(text).replace(u';', u'\t').toUtf8() << people;
}

void tst_CsvReader::fileOnDiskSniffedAndRead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"people.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvFormat sniffed = CsvReader::sniff(&file);
    QCOMPARE(file.pos(), 0);
    CsvReader reader(&file, sniffed);
    QList<QStringList> read;
    QStringList fields;
    while (reader.next(fields))
        read << fields;
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(read, records);
    QCOMPARE(reader.bytesRead(), file.size());
}

void tst_CsvReader::names()
{
    QCOMPARE(CsvReader::delimiterName(','), u"comma"_s);
    QCOMPARE(CsvReader::delimiterName(';'), u"semicolon"_s);
    QCOMPARE(CsvReader::delimiterName('\t'), u"tab"_s);
    QCOMPARE(CsvReader::delimiterName('|'), u"vertical bar"_s);
    QCOMPARE(CsvReader::encodingName(CsvEncoding::Utf8), u"UTF-8"_s);
    QCOMPARE(CsvReader::encodingName(CsvEncoding::Windows1251), u"Windows-1251"_s);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
