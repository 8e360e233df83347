#include "exchange/badgepayload.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;

Q_DECLARE_METATYPE(loopline::BadgeData)
Q_DECLARE_METATYPE(std::optional<loopline::BadgeData>)

namespace {

QString describe(const std::optional<BadgeData> &badge)
{
    if (!badge)
        return u"(none)"_s;
    return QStringList {u"first="_s + badge->firstName, u"last="_s + badge->lastName,
        u"company="_s + badge->company, u"title="_s + badge->jobTitle, u"email="_s + badge->email,
        u"phone="_s + badge->phone, u"url="_s + badge->url, u"note="_s + badge->note}
        .join(u" | "_s);
}

} // namespace

// What a keyboard-wedge badge scanner types at a trade show, and what the lead
// form gets from it.
class tst_BadgePayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void looksLikeBadgeStart_data();
    void looksLikeBadgeStart();
};

void tst_BadgePayload::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<BadgeData>>("expected");

    const auto none = std::optional<BadgeData>();

    // vCard payloads, as event badge systems print them in QR codes.
    QTest::addRow("vCard 3.0")
        << u"BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;;;\nFN:John Doe\nORG:Acme GmbH\nTITLE:Head of IT\n"
           u"TEL;TYPE=WORK:+49 30 1234567\nTEL;TYPE=CELL,PREF:+49 151 23456789\nEMAIL:john.doe@acme.example\n"
           u"URL:https://acme.example\nNOTE:Booth visitor\\, day 2\nEND:VCARD\n"_s
        << std::optional(
               BadgeData {u"John"_s, u"Doe"_s, u"Acme GmbH"_s, u"Head of IT"_s, u"john.doe@acme.example"_s,
                   u"+49 151 23456789"_s, u"https://acme.example"_s, u"Booth visitor, day 2"_s});
    QTest::addRow("vCard 2.1 QP, CR line ends (scanner Enter key)")
        << u"BEGIN:VCARD\rVERSION:2.1\rN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0="
           u"BE=D0=B2;"
           u"=D0=9F=D1=91=D1=82=D1=80\rORG:Romashka\rTEL;CELL:+7 916 123-45-67\rEND:VCARD"_s
        << std::optional(
               BadgeData {u"Пётр"_s, u"Петров"_s, u"Romashka"_s, {}, {}, u"+7 916 123-45-67"_s, {}, {}});
    QTest::addRow("vCard typed after text already in the field")
        << u"Notes so far BEGIN:VCARD\nVERSION:4.0\nFN:Олена Шевченко\nEMAIL:olena@example.ua\nEND:VCARD"_s
        << std::optional(BadgeData {u"Олена"_s, u"Шевченко"_s, {}, {}, u"olena@example.ua"_s, {}, {}, {}});
    QTest::addRow("vCard without END")
        << u"BEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\nEMAIL:cut@example.com"_s
        << std::optional(BadgeData {u"Cut"_s, u"Short"_s, {}, {}, u"cut@example.com"_s, {}, {}, {}});
    QTest::addRow("vCard with nothing in it") << u"BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"_s << none;
    QTest::addRow("BEGIN:VCARD alone") << u"BEGIN:VCARD"_s << none;

    // MECARD, the QR code format phones read natively.
    QTest::addRow("MECARD") << u"MECARD:N:Doe,John;TEL:+4930123456;EMAIL:john@example.com;ORG:Acme;TITLE:CTO;"
                               u"URL:http://acme.example;"
                               u"NOTE:Met at booth 12;;"_s
                            << std::optional(
                                   BadgeData {u"John"_s, u"Doe"_s, u"Acme"_s, u"CTO"_s, u"john@example.com"_s,
                                       u"+4930123456"_s, u"http://acme.example"_s, u"Met at booth 12"_s});
    QTest::addRow("MECARD escapes") << u"MECARD:N:O\\,Brien\\;Jr,Mary\\\\Ann;ORG:Smith\\; Jones\\: Law\\, "
                                       u"LLP;URL:https\\://x.example/a\\;b;"
                                       u"NOTE:a\\qb;;"_s
                                    << std::optional(BadgeData {u"Mary\\Ann"_s, u"O,Brien;Jr"_s,
                                           u"Smith; Jones: Law, LLP"_s, {}, {}, {},
                                           u"https://x.example/a;b"_s, u"a\\qb"_s});
    QTest::addRow("MECARD Cyrillic, several TEL and EMAIL")
        << u"MECARD:N:Иванов,Иван;TEL:+79161234567;TEL:+74951234567;EMAIL:ivan@romashka.ru;EMAIL:i@x.ru;"
           u"ORG:ООО «Ромашка»;;"_s
        << std::optional(BadgeData {u"Иван"_s, u"Иванов"_s, u"ООО «Ромашка»"_s, {}, u"ivan@romashka.ru"_s,
               u"+79161234567"_s, {}, {}});
    QTest::addRow("MECARD without closing ;;, lower case")
        << u"  mecard:n:Schmidt, Anna;email:anna@example.de"_s
        << std::optional(BadgeData {u"Anna"_s, u"Schmidt"_s, {}, {}, u"anna@example.de"_s, {}, {}, {}});
    QTest::addRow("MECARD N without comma")
        << u"MECARD:N:Anna Maria Schmidt;;"_s << std::optional(BadgeData {u"Anna Maria"_s, u"Schmidt"_s});
    QTest::addRow("MECARD ends at ;;")
        << u"MECARD:N:Doe,Jane;;EMAIL:not@this.one;;"_s << std::optional(BadgeData {u"Jane"_s, u"Doe"_s});
    QTest::addRow("MECARD unknown fields and a trailing backslash")
        << u"MECARD:SOUND:dou,jon;X-FOO:bar;TEL-AV:123;BDAY:19800101;NICKNAME:JD;N:Doe,Jon\\"_s
        << std::optional(BadgeData {u"Jon\\"_s, u"Doe"_s});
    QTest::addRow("MECARD empty") << u"MECARD:;;"_s << none;
    QTest::addRow("MECARD no fields") << u"MECARD:"_s << none;
    QTest::addRow("MECARD keys without values") << u"MECARD:N:;TEL:;:x;;"_s << none;

    // URLs: some badge systems print a link to the visitor's profile.
    QTest::addRow("URL with parameters")
        << u"https://expo.example/"
           u"lead?first=Anna&last=Schmidt&email=anna%2Btrade@example.de&company=Beispiel+GmbH"
           u"&phone=+4930123456&title=Einkauf"_s
        << std::optional(BadgeData {u"Anna"_s, u"Schmidt"_s, u"Beispiel GmbH"_s, u"Einkauf"_s,
               u"anna+trade@example.de"_s, u"+4930123456"_s,
               u"https://expo.example/lead?first=Anna&last=Schmidt&email=anna%2Btrade@example.de"
               u"&company=Beispiel+GmbH&phone=+4930123456&title=Einkauf"_s,
               {}});
    QTest::addRow("URL with a full name, Cyrillic percent-encoded")
        << u"http://badge.example/v?name=%D0%98%D0%B2%D0%B0%D0%BD+%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2&org=ACME\n"_s
        << std::optional(BadgeData {u"Иван"_s, u"Иванов"_s, u"ACME"_s, {}, {}, {},
               u"http://badge.example/v?name=%D0%98%D0%B2%D0%B0%D0%BD+%D0%98%D0%B2%D0%B0%D0%BD"
               u"%D0%BE%D0%B2&org=ACME"_s,
               {}});
    QTest::addRow("URL without parameters")
        << u"HTTPS://www.linkedin.com/in/johndoe"_s
        << std::optional(BadgeData {.url = u"HTTPS://www.linkedin.com/in/johndoe"_s});
    QTest::addRow("URL with unknown parameters")
        << u"https://x.example/?id=12345&utm_source=badge"_s
        << std::optional(BadgeData {.url = u"https://x.example/?id=12345&utm_source=badge"_s});
    QTest::addRow("URL without host") << u"http://"_s << none;
    QTest::addRow("URL with spaces") << u"https://example.com/a b"_s << none;
    QTest::addRow("URL with a broken port") << u"https://example.com:port/"_s << none;
    QTest::addRow("ftp is not a badge") << u"ftp://example.com/file"_s << none;
    QTest::addRow("URL in the middle of text") << u"see https://example.com"_s << none;

    QTest::addRow("empty") << QString() << none;
    QTest::addRow("plain name") << u"John Doe"_s << none;
    QTest::addRow("binary-ish") << QString::fromUtf8("\x01\x02\xFF\xFEMECARD\x00", 10) << none;
    QTest::addRow("too long") << u"MECARD:N:Doe,John;NOTE:"_s + QString(maxBadgePayloadChars, u'x') << none;
}

void tst_BadgePayload::parse()
{
    QFETCH(QString, text);
    QFETCH(std::optional<BadgeData>, expected);
    const std::optional<BadgeData> actual = parseBadgePayload(text);
    QCOMPARE(describe(actual), describe(expected));
    QCOMPARE(actual, expected);
}

void tst_BadgePayload::looksLikeBadgeStart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::addRow("vCard") << u"BEGIN:VCARD"_s << true;
    QTest::addRow("vCard lower case, more lines") << u"begin:vcard\nVERSION:3.0"_s << true;
    QTest::addRow("MECARD") << u"MECARD:N:Doe"_s << true;
    QTest::addRow("MECARD leading space") << u"  MECARD:"_s << true;
    QTest::addRow("http") << u"http://x"_s << true;
    QTest::addRow("https upper case") << u"HTTPS://"_s << true;
    QTest::addRow("BEGIN only") << u"BEGIN:"_s << false;
    QTest::addRow("MECARD without colon") << u"MECARD"_s << false;
    QTest::addRow("http without slashes") << u"http:"_s << false;
    QTest::addRow("a name") << u"Bernd"_s << false;
    QTest::addRow("vCard later in the text") << u"x BEGIN:VCARD"_s << false;
    QTest::addRow("empty") << QString() << false;
}

void tst_BadgePayload::looksLikeBadgeStart()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(loopline::looksLikeBadgeStart(text), expected);
}

QTEST_GUILESS_MAIN(tst_BadgePayload)
#include "tst_badgepayload.moc"
