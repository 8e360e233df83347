#include "exchange/vcard.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;

Q_DECLARE_METATYPE(loopline::VCard)
Q_DECLARE_METATYPE(loopline::Contact)
Q_DECLARE_METATYPE(loopline::VCardWriter::Version)

namespace {

// A card as lines of "field: value", so that a failing comparison names the field.
QStringList dump(const VCard &card)
{
    QStringList lines = {
        u"version: "_s + card.version,
        u"fn: "_s + card.formattedName,
        u"n: "_s
            + QStringList {card.familyName, card.givenName, card.additionalNames, card.honorificPrefixes,
                card.honorificSuffixes}
                  .join(u" | "_s),
        u"org: "_s + card.organization + u" / "_s + card.organizationUnits.join(u" / "_s),
        u"title: "_s + card.title,
        u"role: "_s + card.role,
    };
    for (const VCardEmail &email : card.emails)
        lines += u"email ["_s + email.types.join(u',') + u"]: "_s + email.address;
    for (const VCardPhone &phone : card.phones)
        lines += u"tel ["_s + phone.types.join(u',') + u"]: "_s + phone.number;
    for (const VCardAddress &a : card.addresses) {
        lines += u"adr ["_s + a.types.join(u',') + u"]: "_s
            + QStringList {a.poBox, a.extended, a.street, a.locality, a.region, a.postcode, a.country}.join(
                u" | "_s);
    }
    for (const QString &url : card.urls)
        lines += u"url: "_s + url;
    lines += u"note: "_s + card.note;
    lines += u"categories: "_s + card.categories.join(u" | "_s);
    lines += u"bday: "_s + card.birthday.toString(Qt::ISODate);
    lines += u"photo: "_s + card.photo.mimeType + u' ' + QString::number(card.photo.data.size())
        + u" bytes "_s + QString::fromLatin1(card.photo.data.toBase64().left(24)) + u" uri "_s
        + card.photo.uri;
    lines += u"uid: "_s + card.uid;
    lines += u"rev: "_s + card.revision;
    return lines;
}

QStringList dump(const QList<VCard> &cards)
{
    QStringList lines;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        lines += u"--- card "_s + QString::number(i + 1);
        lines += dump(cards.at(i));
    }
    return lines;
}

QStringList where(const QList<VCardProblem> &problems)
{
    QStringList out;
    for (const VCardProblem &p : problems)
        out += QString::number(p.card) + u'/' + QString::number(p.line);
    return out;
}

// A tiny but real JPEG start (SOI, APP0 JFIF) and end, padded to a size that
// folds over many lines, as a phone's contact picture does.
QByteArray fakeJpeg(int size)
{
    QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    for (int i = 0; jpeg.size() < size - 2; ++i)
        jpeg += char(i * 7 % 251);
    jpeg += "\xFF\xD9";
    return jpeg;
}

QByteArray pngPixel()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

// Base64 folded the way Apple does it: a first line after the property, then
// continuation lines that start with a space.
QByteArray appleFolded(const QByteArray &head, const QByteArray &data)
{
    const QByteArray base64 = data.toBase64();
    QByteArray out = head + base64.left(60) + "\r\n";
    for (qsizetype i = 60; i < base64.size(); i += 72)
        out += "  " + base64.mid(i, 72) + "\r\n"; // Apple indents with two spaces; base64 ignores the second
    return out;
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

} // namespace

class tst_VCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void lineEndsAndBomReadTheSame_data();
    void lineEndsAndBomReadTheSame();
    void roundTrip_data();
    void roundTrip();
    void writerOutput_data();
    void writerOutput();
    void foldsAt75OctetsWithoutSplittingCharacters_data();
    void foldsAt75OctetsWithoutSplittingCharacters();
    void toContact_data();
    void toContact();
    void fromContact();
    void contactRoundTrip();
    void hostileInputIsBounded_data();
    void hostileInputIsBounded();
};

void tst_VCard::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<VCard>>("expected");
    QTest::addColumn<QStringList>("problems"); // "card/line" of each problem

    // Outlook 2007, Russian Windows: 2.1, windows-1251 in QUOTED-PRINTABLE, bare
    // type parameters, a soft line break in the note.
    QTest::addRow("Outlook 2.1 windows-1251 QP") << crlf(
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N;LANGUAGE=ru;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED=EE=E2;=C8=E2=E0=ED;=CF="
        "E5=F2=F0=EE=E2=E8=F7;;\n"
        "FN;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED =CF=E5=F2=F0=EE=E2=E8=F7 "
        "=C8=E2=E0=ED="
        "EE=E2\n"
        "ORG;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=CE=CE=CE "
        "\"=D0=EE=EC=E0=F8=EA=E0\";=CE=F2=E4=E5=EB "
        "=EF=F0=EE=E4=E0=E6\n"
        "TITLE;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=C4=E8=F0=E5=EA=F2=EE=F0 =EF=EE =F0=E0=E7=E2=E8"
        "=F2=E8=FE\n"
        "TEL;WORK;VOICE:+7 (495) 123-45-67\n"
        "TEL;CELL;VOICE:8 916 123-45-67\n"
        "ADR;WORK;PREF;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:;;=F3=EB. =D2=E2=E5=F0=F1=EA=E0=FF, "
        "=E4. "
        "1;=CC=EE=F1=EA=E2=E0;;125009;=D0=EE=F1=F1=E8=FF\n"
        "LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:=F3=EB. =D2=E2=E5=F0=F1=EA=E0=FF\n"
        "NOTE;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=CF=E5=F0=E2=E0=FF "
        "=F1=F2=F0=EE=EA=E0=0D=0A=C2=\n"
        "=F2=EE=F0=E0=FF =F1=F2=F0=EE=EA=E0\n"
        "EMAIL;PREF;INTERNET:ivanov@romashka.ru\n"
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2\n"
        "REV:20240115T093000Z\n"
        "END:VCARD\n")
                                                 << QList<VCard> {VCard {
                                                        .version = u"2.1"_s,
                                                        .formattedName = u"Иван Петрович Иванов"_s,
                                                        .familyName = u"Иванов"_s,
                                                        .givenName = u"Иван"_s,
                                                        .additionalNames = u"Петрович"_s,
                                                        .organization = u"ООО \"Ромашка\""_s,
                                                        .organizationUnits = {u"Отдел продаж"_s},
                                                        .title = u"Директор по развитию"_s,
                                                        .emails = {{{u"internet"_s, u"pref"_s},
                                                            u"ivanov@romashka.ru"_s}},
                                                        .phones
                                                        = {{{u"voice"_s, u"work"_s}, u"+7 (495) 123-45-67"_s},
                                                            {{u"cell"_s, u"voice"_s}, u"8 916 123-45-67"_s}},
                                                        .addresses = {{{u"pref"_s, u"work"_s}, {}, {},
                                                            u"ул. Тверская, д. 1"_s, u"Москва"_s, {},
                                                            u"125009"_s, u"Россия"_s}},
                                                        .note = u"Первая строка\nВторая строка"_s,
                                                        .revision = u"20240115T093000Z"_s,
                                                    }}
                                                 << QStringList();

    // Android's 2.1 export: UTF-8 in QUOTED-PRINTABLE, long values broken with
    // soft line breaks that the next line continues without indentation.
    QTest::addRow("Android 2.1 utf-8 QP soft breaks")
        << crlf("BEGIN:VCARD\n"
                "VERSION:2.1\n"
                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=A8=D0=B5=D0=B2=D1=87=D0=B5=D0=BD=D0=BA=D0=BE;="
                "D0=9E=D0=\n"
                "=BB=D0=B5=D0=BD=D0=B0;;;\n"
                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9E=D0=BB=D0=B5=D0=BD=D0=B0 "
                "=D0=A8=D0=B5=D0=B2=D1=87=\n"
                "=D0=B5=D0=BD=D0=BA=D0=BE\n"
                "TEL;CELL;PREF:+380 50 123 4567\n"
                "TEL;HOME:044 123 45 67\n"
                "EMAIL;HOME:olena@example.com.ua\n"
                "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=A2=D0=9E=D0=92 "
                "=C2=AB=D0=A1=D0=BE=D0=BD=D1=8F=D1=85=\n"
                "=C2=BB\n"
                "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=97=D1=83=D1=81=D1=82=D1=80=D1=96=D0=BB=D0="
                "B8=D1=81=D1=\n"
                "=8F =D0=BD=D0=B0 =D0=B2=D0=B8=D1=81=D1=82=D0=B0=D0=B2=D1=86=D1=96 =D1=83 =\n"
                "=D0=9A=D0=B8=D1=94=D0=B2=D1=96, =D1=81=D1=82=D0=B5=D0=BD=D0=B4 12.\n"
                "END:VCARD\n")
        << QList<VCard> {VCard {
               .version = u"2.1"_s,
               .formattedName = u"Олена Шевченко"_s,
               .familyName = u"Шевченко"_s,
               .givenName = u"Олена"_s,
               .organization = u"ТОВ «Сонях»"_s,
               .emails = {{{u"home"_s}, u"olena@example.com.ua"_s}},
               .phones = {{{u"cell"_s, u"pref"_s}, u"+380 50 123 4567"_s}, {{u"home"_s}, u"044 123 45 67"_s}},
               .note = u"Зустрілися на виставці у Києві, стенд 12."_s,
           }}
        << QStringList();

    // An old Nokia: windows-1251 written raw with CHARSET, and a photo whose
    // base64 lines are not indented but end with an empty line.
    const QByteArray png = pngPixel();
    const QByteArray pngBase64 = png.toBase64();
    QTest::addRow("Nokia 2.1 raw windows-1251, unindented base64 photo")
        << crlf("BEGIN:VCARD\n"
                "VERSION:2.1\n"
                "N;CHARSET=WINDOWS-1251:\xD1\xE8\xE4\xEE\xF0\xEE\xE2\xE0;\xCC\xE0\xF0\xE8\xFF\n"
                "TEL;PREF;CELL:+79161234567\n"
                "PHOTO;TYPE=PNG;ENCODING=BASE64:\n"
               + pngBase64.left(40) + "\n" + pngBase64.mid(40, 40) + "\n" + pngBase64.mid(80)
               + "\n"
                 "\n"
                 "END:VCARD\n")
        << QList<VCard> {VCard {
               .version = u"2.1"_s,
               .familyName = u"Сидорова"_s,
               .givenName = u"Мария"_s,
               .phones = {{{u"cell"_s, u"pref"_s}, u"+79161234567"_s}},
               .photo = {png, u"image/png"_s, {}},
           }}
        << QStringList();

    // No CHARSET, yet not UTF-8: Cyrillic in windows-1251 is recognised by its
    // runs of high bytes, German in windows-1252 by lone ones. Both are reported.
    QTest::addRow("2.1 without charset, windows-1251 and windows-1252 guessed")
        << crlf("BEGIN:VCARD\n"
                "VERSION:2.1\n"
                "N:\xD1\xE8\xE4\xEE\xF0\xEE\xE2\xE0;\xCC\xE0\xF0\xE8\xFF\n"
                "END:VCARD\n"
                "BEGIN:VCARD\n"
                "VERSION:2.1\n"
                "N:M\xFCller;J\xFCrgen\n"
                "ORG:Gro\xDF und S\xF6hne \x96 B\xFCro\n"
                "END:VCARD\n")
        << QList<VCard> {VCard {.version = u"2.1"_s, .familyName = u"Сидорова"_s, .givenName = u"Мария"_s},
               VCard {.version = u"2.1"_s,
                   .familyName = u"Müller"_s,
                   .givenName = u"Jürgen"_s,
                   .organization = u"Groß und Söhne – Büro"_s}}
        << QStringList {u"1/3"_s, u"2/7"_s};

    QTest::addRow("2.1 ISO-8859-1 QP") << crlf(
        "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;;\n"
        "END:VCARD\n")
                                       << QList<VCard> {VCard {.version = u"2.1"_s,
                                              .familyName = u"Müller"_s,
                                              .givenName = u"Jürgen"_s}}
                                       << QStringList();

    // iOS Contacts 3.0: lower-case repeated type parameters, item groups with
    // X-ABLabel, escaped colons in URLs, a JPEG folded over many lines.
    const QByteArray jpeg = fakeJpeg(1500);
    QTest::addRow("Apple iOS 3.0 groups and photo")
        << crlf("BEGIN:VCARD\n"
                "VERSION:3.0\n"
                "PRODID:-//Apple Inc.//iPhone OS 17.2//EN\n"
                "N:Appleseed;Johnny;;;\n"
                "FN:Johnny Appleseed\n"
                "ORG:Apple Inc.;\n"
                "TITLE:Product Manager\n"
                "item1.EMAIL;type=INTERNET;type=pref:johnny_appleseed@mac.com\n"
                "item1.X-ABLabel:_$!<Other>!$_\n"
                "EMAIL;type=INTERNET;type=WORK:j.appleseed@apple.com\n"
                "TEL;type=CELL;type=VOICE;type=pref:+1 (408) 555-0101\n"
                "item2.TEL:+1 408 555 0199\n"
                "item2.X-ABLabel:Assistant\n"
                "item3.ADR;type=WORK;type=pref:;;1 Infinite Loop;Cupertino;CA;95014;United States\n"
                "item3.X-ABADR:us\n"
                "item4.URL;type=pref:http\\://www.apple.com\n"
                "item4.X-ABLabel:_$!<HomePage>!$_\n"
                "BDAY;value=date:1955-02-24\n"
                "NOTE:Met at WWDC\\, San Jose\\nFollow up in June\n")
            + appleFolded("PHOTO;ENCODING=b;TYPE=JPEG:", jpeg) + crlf("END:VCARD\n")
        << QList<VCard> {VCard {
               .version = u"3.0"_s,
               .formattedName = u"Johnny Appleseed"_s,
               .familyName = u"Appleseed"_s,
               .givenName = u"Johnny"_s,
               .organization = u"Apple Inc."_s,
               .title = u"Product Manager"_s,
               .emails = {{{u"internet"_s, u"other"_s, u"pref"_s}, u"johnny_appleseed@mac.com"_s},
                   {{u"internet"_s, u"work"_s}, u"j.appleseed@apple.com"_s}},
               .phones = {{{u"cell"_s, u"pref"_s, u"voice"_s}, u"+1 (408) 555-0101"_s},
                   {{u"assistant"_s}, u"+1 408 555 0199"_s}},
               .addresses = {{{u"pref"_s, u"work"_s}, {}, {}, u"1 Infinite Loop"_s, u"Cupertino"_s, u"CA"_s,
                   u"95014"_s, u"United States"_s}},
               .urls = {u"http://www.apple.com"_s},
               .note = u"Met at WWDC, San Jose\nFollow up in June"_s,
               .birthday = QDate(1955, 2, 24),
               .photo = {jpeg, u"image/jpeg"_s, {}},
           }}
        << QStringList();

    // Google Contacts' 3.0 export.
    QTest::addRow("Google 3.0") << crlf("BEGIN:VCARD\n"
                                        "VERSION:3.0\n"
                                        "FN:Anna Schmidt\n"
                                        "N:Schmidt;Anna;;;\n"
                                        "EMAIL;TYPE=INTERNET;TYPE=WORK:anna.schmidt@example.de\n"
                                        "TEL;TYPE=CELL:+49 151 23456789\n"
                                        "ADR;TYPE=WORK:;;Hauptstraße 5;Berlin;;10115;Deutschland\n"
                                        "ORG:Beispiel GmbH\n"
                                        "TITLE:Einkaufsleiterin\n"
                                        "item1.URL:https\\://beispiel.de\n"
                                        "item1.X-ABLabel:\n"
                                        "CATEGORIES:myContacts,Messe 2024\n"
                                        "NOTE:Getroffen auf der CeBIT\\, Halle 3\\nRückruf im März\n"
                                        "END:VCARD\n")
                                << QList<VCard> {VCard {
                                       .version = u"3.0"_s,
                                       .formattedName = u"Anna Schmidt"_s,
                                       .familyName = u"Schmidt"_s,
                                       .givenName = u"Anna"_s,
                                       .organization = u"Beispiel GmbH"_s,
                                       .title = u"Einkaufsleiterin"_s,
                                       .emails = {{{u"internet"_s, u"work"_s}, u"anna.schmidt@example.de"_s}},
                                       .phones = {{{u"cell"_s}, u"+49 151 23456789"_s}},
                                       .addresses = {{{u"work"_s}, {}, {}, u"Hauptstraße 5"_s, u"Berlin"_s,
                                           {}, u"10115"_s, u"Deutschland"_s}},
                                       .urls = {u"https://beispiel.de"_s},
                                       .note = u"Getroffen auf der CeBIT, Halle 3\nRückruf im März"_s,
                                       .categories = {u"myContacts"_s, u"Messe 2024"_s},
                                   }}
                                << QStringList();

    // RFC 6350's own example: quoted type lists, PREF, tel: URIs with an
    // extension, a birthday without a year (left out), properties we do not keep.
    QTest::addRow("RFC 6350 4.0")
        << crlf("BEGIN:VCARD\n"
                "VERSION:4.0\n"
                "FN:Simon Perreault\n"
                "N:Perreault;Simon;;;ing. jr,M.Sc.\n"
                "BDAY:--0203\n"
                "ANNIVERSARY:20090808T1430-0500\n"
                "GENDER:M\n"
                "LANG;PREF=1:fr\n"
                "ORG;TYPE=work:Viagenie\n"
                "ADR;TYPE=work:;Suite D2-630;2875 Laurier;\n"
                " Quebec;QC;G1V 2M2;Canada\n"
                "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-418-656-9254;ext=102\n"
                "TEL;VALUE=uri;TYPE=\"work,cell,voice,video,text\":tel:+1-418-262-6501\n"
                "EMAIL;TYPE=work:simon.perreault@viagenie.ca\n"
                "GEO;TYPE=work:geo:46.772673,-71.282945\n"
                "KEY;TYPE=work;VALUE=uri:\n"
                " http://www.viagenie.ca/simon.perreault/simon.asc\n"
                "TZ:-0500\n"
                "URL;TYPE=home:http://nomis80.org\n"
                "END:VCARD\n")
        << QList<VCard> {VCard {
               .version = u"4.0"_s,
               .formattedName = u"Simon Perreault"_s,
               .familyName = u"Perreault"_s,
               .givenName = u"Simon"_s,
               .honorificSuffixes = u"ing. jr,M.Sc."_s,
               .organization = u"Viagenie"_s,
               .emails = {{{u"work"_s}, u"simon.perreault@viagenie.ca"_s}},
               .phones = {{{u"pref"_s, u"voice"_s, u"work"_s}, u"+1-418-656-9254 ext. 102"_s},
                   {{u"cell"_s, u"text"_s, u"video"_s, u"voice"_s, u"work"_s}, u"+1-418-262-6501"_s}},
               .addresses = {{{u"work"_s}, {}, u"Suite D2-630"_s, u"2875 Laurier"_s, u"Quebec"_s, u"QC"_s,
                   u"G1V 2M2"_s, u"Canada"_s}},
               .urls = {u"http://nomis80.org"_s},
           }}
        << QStringList();

    QTest::addRow("4.0 data: URI photo, grouped emails, mailto")
        << crlf("BEGIN:VCARD\n"
                "VERSION:4.0\n"
                "KIND:individual\n"
                "FN:Jane Doe\n"
                "EMAIL;TYPE=home;PREF=1:jane@example.org\n"
                "work.EMAIL;VALUE=uri:mailto:jane.doe@corp.example\n"
                "PHOTO:data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf\n"
                " FcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n"
                "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\n"
                "REV:20240301T120000Z\n"
                "END:VCARD\n")
        << QList<VCard> {VCard {
               .version = u"4.0"_s,
               .formattedName = u"Jane Doe"_s,
               .emails = {{{u"home"_s, u"pref"_s}, u"jane@example.org"_s}, {{}, u"jane.doe@corp.example"_s}},
               .photo = {png, u"image/png"_s, {}},
               .uid = u"urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"_s,
               .revision = u"20240301T120000Z"_s,
           }}
        << QStringList();

    QTest::addRow("photo by URI in 3.0 and 4.0")
        << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:A\nPHOTO;VALUE=uri:https://example.com/a.jpg\nEND:VCARD\n"
                      "BEGIN:VCARD\nVERSION:4.0\nFN:B\nPHOTO;MEDIATYPE=image/jpeg:https://example.com/b.jpg\n"
                      "END:VCARD\n")
        << QList<VCard> {VCard {.version = u"3.0"_s,
                             .formattedName = u"A"_s,
                             .photo = {{}, {}, u"https://example.com/a.jpg"_s}},
               VCard {.version = u"4.0"_s,
                   .formattedName = u"B"_s,
                   .photo = {{}, {}, u"https://example.com/b.jpg"_s}}}
        << QStringList();

    QTest::addRow("escapes in structured values")
        << crlf("BEGIN:VCARD\n"
                "VERSION:3.0\n"
                "N:O'Brien\\;Smith;Mary\\, Ann;;Dr.;\n"
                "FN:Dr. Mary\\, Ann O'Brien\n"
                "ORG:Smith\\, Jones \\& Partners\\; Attorneys;Legal\\\\Tax;;Team B\n"
                "ADR;TYPE=HOME:;Apt. 4\\;B;12 Main St.\\nBuilding C;Springfield\\, East;IL;62701;USA\n"
                "NOTE:Path C:\\\\temp\\\\new and a tab\\tstays; colon\\: yes\n"
                "CATEGORIES:VIP\\, gold,Trade show,,VIP\\, gold\n"
                "END:VCARD\n")
        << QList<VCard> {VCard {
               .version = u"3.0"_s,
               .formattedName = u"Dr. Mary, Ann O'Brien"_s,
               .familyName = u"O'Brien;Smith"_s,
               .givenName = u"Mary, Ann"_s,
               .honorificPrefixes = u"Dr."_s,
               .organization = u"Smith, Jones \\& Partners; Attorneys"_s,
               .organizationUnits = {u"Legal\\Tax"_s, u"Team B"_s},
               .addresses = {{{u"home"_s}, {}, u"Apt. 4;B"_s, u"12 Main St.\nBuilding C"_s,
                   u"Springfield, East"_s, u"IL"_s, u"62701"_s, u"USA"_s}},
               .note = u"Path C:\\temp\\new and a tab\\tstays; colon: yes"_s,
               .categories = {u"VIP, gold"_s, u"Trade show"_s},
           }}
        << QStringList();

    QTest::addRow("several cards, garbage between them, LF")
        << QByteArray("Exported by SomeTool 1.0\n"
                      "BEGIN:VCARD\nVERSION:3.0\nFN:First\nEND:VCARD\n"
                      "\n\n-----\nrandom: stuff here\n"
                      "BEGIN:VCARD\nVERSION:3.0\nFN:Second\nTEL:123\nEND:VCARD\n"
                      "trailing garbage")
        << QList<VCard> {VCard {.version = u"3.0"_s, .formattedName = u"First"_s},
               VCard {.version = u"3.0"_s, .formattedName = u"Second"_s, .phones = {{{}, u"123"_s}}}}
        << QStringList();

    QTest::addRow("lower case names and tab folding") << QByteArray(
        "begin:vcard\r\nversion:3.0\r\nfn:Tab\r\n\tFolded\r\ntel;type=work:+49 30\r\n\t1234567\r\n"
        "end:vcard\r\n")
                                                      << QList<VCard> {VCard {.version = u"3.0"_s,
                                                             .formattedName = u"TabFolded"_s,
                                                             .phones = {{{u"work"_s}, u"+49 301234567"_s}}}}
                                                      << QStringList();

    QTest::addRow("2.1 AGENT with an embedded card")
        << crlf("BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\n"
                "END:VCARD\nTEL:555\nEND:VCARD\n")
        << QList<VCard> {VCard {.version = u"2.1"_s, .formattedName = u"Boss"_s, .phones = {{{}, u"555"_s}}}}
        << QStringList();

    QTest::addRow("QP soft break before END")
        << crlf("BEGIN:VCARD\nVERSION:2.1\nNOTE;ENCODING=QUOTED-PRINTABLE:broken=\nEND:VCARD\n")
        << QList<VCard> {VCard {.version = u"2.1"_s, .note = u"broken"_s}} << QStringList();

    QTest::addRow("empty file") << QByteArray() << QList<VCard>() << QStringList {u"0/0"_s};
    QTest::addRow("only whitespace") << QByteArray("\r\n \r\n\t\n") << QList<VCard>()
                                     << QStringList {u"0/0"_s};
    QTest::addRow("only BOM") << QByteArray("\xEF\xBB\xBF") << QList<VCard>() << QStringList {u"0/0"_s};
    QTest::addRow("header only") << crlf("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n") << QList<VCard>()
                                 << QStringList {u"1/1"_s};
    QTest::addRow("only BEGIN") << QByteArray("BEGIN:VCARD") << QList<VCard>()
                                << QStringList {u"1/1"_s, u"1/1"_s};
    QTest::addRow("no END, file cut off")
        << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Cut\nEMAIL:cut@exa")
        << QList<VCard> {VCard {
               .version = u"3.0"_s, .formattedName = u"Cut"_s, .emails = {{{}, u"cut@exa"_s}}}}
        << QStringList {u"1/1"_s};
    QTest::addRow("no END before the next card")
        << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:One\nBEGIN:VCARD\nVERSION:3.0\nFN:Two\nEND:VCARD\n")
        << QList<VCard> {VCard {.version = u"3.0"_s, .formattedName = u"One"_s},
               VCard {.version = u"3.0"_s, .formattedName = u"Two"_s}}
        << QStringList {u"1/1"_s};
    QTest::addRow("binary garbage") << QByteArray(
        "\x00\x01\xFF\xFE\x89PNG\r\n\x1A\n\x00\x00\xDE\xAD\xBE\xEF:;=", 21)
                                    << QList<VCard>() << QStringList {u"0/0"_s};
    QTest::addRow("binary garbage inside a card")
        << QByteArray("BEGIN:VCARD\nFN:Kept\n\x01\x02\x03\xFF\n\x00\x00\x00\nEND:VCARD\n", 39)
        << QList<VCard> {VCard {.formattedName = u"Kept"_s}} << QStringList {u"1/3"_s, u"1/4"_s};
    QTest::addRow("invalid UTF-8 claimed as UTF-8")
        << crlf("BEGIN:VCARD\nVERSION:3.0\nFN;CHARSET=UTF-8:Ren\xE9 \xC3\nEND:VCARD\n")
        << QList<VCard> {VCard {.version = u"3.0"_s, .formattedName = u"René Ã"_s}} << QStringList {u"1/3"_s};
    QTest::addRow("overlong UTF-8 sequence")
        << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:A\xC0\xAF\x42\nEND:VCARD\n")
        << QList<VCard> {VCard {.version = u"3.0"_s, .formattedName = u"AА\u0407B"_s}}
        << QStringList {u"1/3"_s};
    QTest::addRow("UTF-8 labelled windows-1251")
        << crlf("BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=windows-1251:Юлия\nEND:VCARD\n")
        << QList<VCard> {VCard {.version = u"2.1"_s, .formattedName = u"Юлия"_s}} << QStringList();
    QTest::addRow("unknown charset and version")
        << crlf("BEGIN:VCARD\nVERSION:5.0\nFN;CHARSET=x-klingon:Worf\nEND:VCARD\n")
        << QList<VCard> {VCard {.version = u"5.0"_s, .formattedName = u"Worf"_s}}
        << QStringList {u"1/2"_s, u"1/3"_s};
    QTest::addRow("broken photo base64")
        << crlf("BEGIN:VCARD\nVERSION:3.0\nFN:P\nPHOTO;ENCODING=b;TYPE=JPEG:@@@not base64@@@\nEND:VCARD\n")
        << QList<VCard> {VCard {.version = u"3.0"_s, .formattedName = u"P"_s}} << QStringList {u"1/4"_s};
    QTest::addRow("unbalanced quote in parameters")
        << crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Q\nTEL;TYPE=\"work:+49 30 1\nEND:VCARD\n")
        << QList<VCard> {VCard {
               .version = u"4.0"_s, .formattedName = u"Q"_s, .phones = {{{u"work"_s}, u"+49 30 1"_s}}}}
        << QStringList();
}

void tst_VCard::read()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<VCard>, expected);
    QFETCH(QStringList, problems);

    const VCardReader::Result result = VCardReader::read(input);
    QCOMPARE(dump(result.cards), dump(expected));
    QCOMPARE(result.cards, expected);
    QCOMPARE(where(result.problems), problems);
    for (const VCardProblem &problem : result.problems)
        QVERIFY(!problem.message.isEmpty());
}

// The same card however its lines end and whether a BOM precedes it.
void tst_VCard::lineEndsAndBomReadTheSame_data()
{
    QTest::addColumn<QByteArray>("input");
    const QByteArray lf = "BEGIN:VCARD\nVERSION:3.0\nN:Петренко;Оксана;;;\nFN:Оксана Петренко\n"
                          "NOTE:long note\n  folded here\nEND:VCARD\n";
    QTest::addRow("LF") << lf;
    QTest::addRow("CRLF") << QByteArray(lf).replace("\n", "\r\n");
    QTest::addRow("CR (classic Mac)") << QByteArray(lf).replace("\n", "\r");
    QTest::addRow("BOM + CRLF") << "\xEF\xBB\xBF" + QByteArray(lf).replace("\n", "\r\n");
    QTest::addRow("no final line end") << lf.chopped(1);
    const QString text = QString::fromUtf8(lf);
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (QChar c : text) {
        le += char(c.unicode() & 0xFF);
        le += char(c.unicode() >> 8);
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xFF);
    }
    QTest::addRow("UTF-16LE with BOM") << le;
    QTest::addRow("UTF-16BE with BOM") << be;
}

void tst_VCard::lineEndsAndBomReadTheSame()
{
    QFETCH(QByteArray, input);
    const VCardReader::Result result = VCardReader::read(input);
    QCOMPARE(result.problems.size(), 0);
    QCOMPARE(result.cards.size(), 1);
    const VCard &card = result.cards.constFirst();
    QCOMPARE(card.familyName, u"Петренко"_s);
    QCOMPARE(card.givenName, u"Оксана"_s);
    QCOMPARE(card.formattedName, u"Оксана Петренко"_s);
    QCOMPARE(card.note, u"long note folded here"_s);
}

namespace {

VCard fullCard()
{
    return VCard {
        .formattedName = u"Д-р Олександра-Марія Ковальчук-Шевченко"_s,
        .familyName = u"Ковальчук-Шевченко"_s,
        .givenName = u"Олександра-Марія"_s,
        .additionalNames = u"Іванівна"_s,
        .honorificPrefixes = u"Д-р"_s,
        .honorificSuffixes = u"PhD"_s,
        .organization = u"ТОВ «Комета; Зірка, і Ко»"_s,
        .organizationUnits = {u"Відділ продажу"_s, u"Група \\ B"_s},
        .title = u"Керівниця відділу закупівель, Східна Європа"_s,
        .role = u"Decision maker"_s,
        .emails = {{{u"pref"_s, u"work"_s}, u"o.kovalchuk@kometa.example.ua"_s},
            {{u"home"_s}, u"olia@example.com"_s}},
        .phones = {{{u"pref"_s, u"work"_s}, u"+380441234567"_s}, {{u"cell"_s}, u"+38 (050) 123-45-67"_s},
            {{u"fax"_s}, u"044 123 45 68; ext. 9"_s}},
        .addresses = {{{u"work"_s}, u"а/с 12"_s, u"офіс 5, поверх 3"_s, u"вул. Хрещатик, 22"_s, u"Київ"_s,
            u"Київська обл."_s, u"01001"_s, u"Україна"_s}},
        .urls = {u"https://kometa.example.ua/about?lang=uk&x=1,2;3"_s, u"http://example.com/a\\b"_s},
        .note
        = u"Перший рядок з комою, крапкою з комою; і зворотною скісною \\.\nДругий рядок: "
          u"дуже довгий текст, що точно не вміститься в 75 октетів і буде перенесений кілька разів 🙂🙂🙂."_s,
        .categories = {u"VIP, золото"_s, u"Виставка 2024"_s},
        .birthday = QDate(1984, 7, 9),
        .photo = {fakeJpeg(3000), u"image/jpeg"_s, {}},
        .uid = u"urn:uuid:0c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8"_s,
        .revision = u"2024-05-01T10:20:30Z"_s,
    };
}

} // namespace

void tst_VCard::roundTrip_data()
{
    QTest::addColumn<VCard>("card");
    QTest::addColumn<VCardWriter::Version>("version");

    const VCard full = fullCard();
    VCard ascii {.formattedName = u"John Doe"_s,
        .familyName = u"Doe"_s,
        .givenName = u"John"_s,
        .organization = u"Acme, Inc."_s,
        .emails = {{{u"work"_s}, u"john@acme.example"_s}},
        .phones = {{{u"cell"_s, u"pref"_s}, u"+15555550123"_s}}};
    VCard photoUri {.formattedName = u"Uri"_s, .photo = {{}, {}, u"https://example.com/p.png?a=1;b=2"_s}};
    VCard png {.formattedName = u"Png"_s, .photo = {pngPixel(), u"image/png"_s, {}}};
    VCard spaces {.formattedName = u"Spaces"_s, .note = u"ends with spaces and a tab \t  x"_s};

    const QList<std::pair<const char *, VCardWriter::Version>> versions = {{"2.1", VCardWriter::Version::V21},
        {"3.0", VCardWriter::Version::V30}, {"4.0", VCardWriter::Version::V40}};
    for (const auto &[name, version] : versions) {
        QTest::addRow("full Cyrillic card %s", name) << full << version;
        QTest::addRow("plain ASCII %s", name) << ascii << version;
        QTest::addRow("photo URI %s", name) << photoUri << version;
        QTest::addRow("PNG photo %s", name) << png << version;
        QTest::addRow("inner whitespace %s", name) << spaces << version;
    }
}

void tst_VCard::roundTrip()
{
    QFETCH(VCard, card);
    QFETCH(VCardWriter::Version, version);

    // Three copies, so that the cards' boundaries are tested too.
    const QByteArray written = VCardWriter::write(QList<VCard> {card, card, card}, version);
    const VCardReader::Result result = VCardReader::read(written);
    QCOMPARE(result.problems.size(), 0);
    QCOMPARE(result.cards.size(), 3);
    VCard expected = card;
    expected.version = version == VCardWriter::Version::V21 ? u"2.1"_s
        : version == VCardWriter::Version::V30              ? u"3.0"_s
                                                            : u"4.0"_s;
    for (const VCard &read : result.cards) {
        QCOMPARE(dump(read), dump(expected));
        QCOMPARE(read, expected);
    }
}

void tst_VCard::writerOutput_data()
{
    QTest::addColumn<VCardWriter::Version>("version");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("3.0") << VCardWriter::Version::V30
                         << QByteArray("BEGIN:VCARD\r\n"
                                       "VERSION:3.0\r\n"
                                       "N:Doe;John;;;\r\n"
                                       "FN:John Doe\r\n"
                                       "ORG:Acme\\, Inc.;R&D\r\n"
                                       "EMAIL;TYPE=PREF,WORK:john@acme.example\r\n"
                                       "TEL;TYPE=CELL:+15555550123\r\n"
                                       "TEL;TYPE=FAX,WORK:(555) 555-0199\r\n"
                                       "NOTE:Line 1\\nLine 2\\; with \\\\ and \\,\r\n"
                                       "CATEGORIES:a\\,b,c\r\n"
                                       "END:VCARD\r\n");
    QTest::addRow("4.0") << VCardWriter::Version::V40
                         << QByteArray("BEGIN:VCARD\r\n"
                                       "VERSION:4.0\r\n"
                                       "N:Doe;John;;;\r\n"
                                       "FN:John Doe\r\n"
                                       "ORG:Acme\\, Inc.;R&D\r\n"
                                       "EMAIL;TYPE=work;PREF=1:john@acme.example\r\n"
                                       "TEL;VALUE=uri;TYPE=cell:tel:+15555550123\r\n"
                                       "TEL;TYPE=fax,work:(555) 555-0199\r\n"
                                       "NOTE:Line 1\\nLine 2\\; with \\\\ and \\,\r\n"
                                       "CATEGORIES:a\\,b,c\r\n"
                                       "END:VCARD\r\n");
    QTest::addRow("2.1")
        << VCardWriter::Version::V21
        << QByteArray("BEGIN:VCARD\r\n"
                      "VERSION:2.1\r\n"
                      "N:Doe;John;;;\r\n"
                      "FN:John Doe\r\n"
                      "ORG:Acme, Inc.;R&D\r\n"
                      "EMAIL;PREF;WORK:john@acme.example\r\n"
                      "TEL;CELL:+15555550123\r\n"
                      "TEL;FAX;WORK:(555) 555-0199\r\n"
                      "NOTE;ENCODING=QUOTED-PRINTABLE:Line=201=0D=0ALine=202\\;=20with=20\\\\=20and=\r\n"
                      "=20,\r\n"
                      "CATEGORIES:a\\,b,c\r\n"
                      "END:VCARD\r\n");
}

void tst_VCard::writerOutput()
{
    QFETCH(VCardWriter::Version, version);
    QFETCH(QByteArray, expected);
    const VCard card {.formattedName = u"John Doe"_s,
        .familyName = u"Doe"_s,
        .givenName = u"John"_s,
        .organization = u"Acme, Inc."_s,
        .organizationUnits = {u"R&D"_s},
        .emails = {{{u"pref"_s, u"work"_s}, u"john@acme.example"_s}},
        .phones = {{{u"cell"_s}, u"+15555550123"_s}, {{u"fax"_s, u"work"_s}, u"(555) 555-0199"_s}},
        .note = u"Line 1\nLine 2; with \\ and ,"_s,
        .categories = {u"a,b"_s, u"c"_s}};
    QCOMPARE(VCardWriter::write(card, version), expected);
}

void tst_VCard::foldsAt75OctetsWithoutSplittingCharacters_data()
{
    QTest::addColumn<VCardWriter::Version>("version");
    QTest::addRow("2.1") << VCardWriter::Version::V21;
    QTest::addRow("3.0") << VCardWriter::Version::V30;
    QTest::addRow("4.0") << VCardWriter::Version::V40;
}

void tst_VCard::foldsAt75OctetsWithoutSplittingCharacters()
{
    QFETCH(VCardWriter::Version, version);
    // Every offset of a multi-byte character against the fold: 1-, 2-, 3- and 4-byte sequences.
    VCard card = fullCard();
    for (int shift = 0; shift < 4; ++shift) {
        card.note += u'\n' + QString(shift, u'x') + QString(60, QChar(u'ж')) + u"€€€€€€€€€€€€€€€€€€€€€€€€€€"_s
            + u"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"_s;
    }
    const QByteArray written = VCardWriter::write(card, version);
    QVERIFY(written.endsWith("\r\n"));
    QVERIFY(!written.contains("\r\r"));
    const QList<QByteArray> lines = written.chopped(1).split('\n');
    for (const QByteArray &withCr : lines) {
        QVERIFY2(withCr.endsWith('\r'), "every line ends with CRLF");
        const QByteArray line = withCr.chopped(1);
        QVERIFY2(line.size() <= 75 + (version == VCardWriter::Version::V21 ? 1 : 0), line.constData());
        QVERIFY2(QByteArrayView(line).isValidUtf8(), line.constData());
    }
    QCOMPARE(VCardReader::read(written).cards.value(0).note, card.note);
}

void tst_VCard::toContact_data()
{
    QTest::addColumn<VCard>("card");
    QTest::addColumn<Contact>("expected");

    QTest::addRow("names, kinds, E.164, tags")
        << VCard {.formattedName = u"Иван Петрович Иванов"_s,
               .familyName = u"Иванов"_s,
               .givenName = u"Иван"_s,
               .additionalNames = u"Петрович"_s,
               .organization = u"ООО Ромашка"_s,
               .organizationUnits = {u"Продажи"_s},
               .title = u"Директор"_s,
               .emails = {{{u"internet"_s}, u"ivanov@romashka.ru"_s},
                   {{u"home"_s, u"pref"_s}, u"ivan@mail.example"_s}, {{u"other"_s}, u"IVANOV@romashka.ru"_s}},
               .phones = {{{u"voice"_s, u"work"_s}, u"+7 (495) 123-45-67"_s},
                   {{u"cell"_s, u"voice"_s}, u"8 916 123-45-67"_s}, {{u"home"_s}, u"not a number"_s},
                   {{u"fax"_s}, u"8 (495) 123-45-68"_s}, {{}, u"+7 495 123 45 67"_s}},
               .note = u"Позвонить в понедельник"_s,
               .categories = {u"VIP"_s, u" Выставка "_s, u"VIP"_s}}
        << Contact {.firstName = u"Иван Петрович"_s,
               .lastName = u"Иванов"_s,
               .jobTitle = u"Директор"_s,
               .companyName = u"ООО Ромашка"_s,
               .tags = {u"VIP"_s, u"Выставка"_s},
               .notes = u"Позвонить в понедельник"_s,
               .emails = {{u"personal"_s, u"ivan@mail.example"_s}, {u"work"_s, u"ivanov@romashka.ru"_s}},
               .phones = {{u"work"_s, u"+74951234567"_s}, {u"mobile"_s, u"+79161234567"_s},
                   {u"home"_s, u"not a number"_s}, {u"other"_s, u"+74951234568"_s}}};
    QTest::addRow("only FN, role for title")
        << VCard {.formattedName = u"  Anna   Maria Schmidt "_s, .role = u"Einkauf"_s}
        << Contact {.firstName = u"Anna Maria"_s, .lastName = u"Schmidt"_s, .jobTitle = u"Einkauf"_s};
    QTest::addRow("single-word FN") << VCard {.formattedName = u"Madonna"_s}
                                    << Contact {.firstName = u"Madonna"_s};
    QTest::addRow("custom labels are other, iPhone is mobile")
        << VCard {.emails = {{{u"assistant"_s}, u"a@example.com"_s}},
               .phones = {{{u"iphone"_s}, u"030 1234567"_s}, {{u"assistant"_s}, u"030 7654321"_s}}}
        << Contact {.emails = {{u"other"_s, u"a@example.com"_s}},
               .phones = {{u"mobile"_s, u"+49301234567"_s}, {u"other"_s, u"+49307654321"_s}}};
}

void tst_VCard::toContact()
{
    QFETCH(VCard, card);
    QFETCH(Contact, expected);
    const QString region = card.phones.value(0).number.startsWith(u"030"_s) ? u"DE"_s : u"RU"_s;
    const Contact contact = loopline::toContact(card, region);
    QCOMPARE(contact.firstName, expected.firstName);
    QCOMPARE(contact.lastName, expected.lastName);
    QCOMPARE(contact.jobTitle, expected.jobTitle);
    QCOMPARE(contact.companyName, expected.companyName);
    QCOMPARE(contact.notes, expected.notes);
    QCOMPARE(contact.tags, expected.tags);
    QCOMPARE(contact.emails, expected.emails);
    QCOMPARE(contact.phones, expected.phones);
}

void tst_VCard::fromContact()
{
    Contact contact {.id = u"c-42"_s,
        .firstName = u"Олена"_s,
        .lastName = u"Шевченко"_s,
        .jobTitle = u"Менеджерка"_s,
        .companyName = u"ignored when a company is given"_s,
        .tags = {u"hot"_s},
        .notes = u"З виставки"_s,
        .emails = {{u"work"_s, u"o@sonyakh.example"_s}, {u"personal"_s, u"olena@example.com"_s}},
        .phones = {{u"mobile"_s, u"+380501234567"_s}, {u"home"_s, u"+380441234567"_s}},
        .updatedAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC)};
    Company company {
        .name = u"ТОВ Сонях"_s, .domain = u"sonyakh.example"_s, .address = u"Київ, вул. Лісна 1"_s};

    const VCard card = loopline::fromContact(contact, &company);
    QCOMPARE(card.formattedName, u"Олена Шевченко"_s);
    QCOMPARE(card.givenName, u"Олена"_s);
    QCOMPARE(card.familyName, u"Шевченко"_s);
    QCOMPARE(card.organization, u"ТОВ Сонях"_s);
    QCOMPARE(card.title, u"Менеджерка"_s);
    QCOMPARE(card.emails,
        (QList<VCardEmail> {
            {{u"pref"_s, u"work"_s}, u"o@sonyakh.example"_s}, {{u"home"_s}, u"olena@example.com"_s}}));
    QCOMPARE(card.phones,
        (QList<VCardPhone> {
            {{u"cell"_s, u"pref"_s}, u"+380501234567"_s}, {{u"home"_s}, u"+380441234567"_s}}));
    QCOMPARE(card.addresses.size(), 1);
    QCOMPARE(card.addresses.constFirst().street, u"Київ, вул. Лісна 1"_s);
    QCOMPARE(card.urls, QStringList {u"https://sonyakh.example"_s});
    QCOMPARE(card.note, u"З виставки"_s);
    QCOMPARE(card.categories, QStringList {u"hot"_s});
    QCOMPARE(card.uid, u"c-42"_s);
    QCOMPARE(card.revision, u"2024-03-01T12:00:00Z"_s);

    QCOMPARE(loopline::fromContact(contact).organization, u"ignored when a company is given"_s);
}

// Contact → vCard file → Contact keeps what the CRM holds.
void tst_VCard::contactRoundTrip()
{
    const Contact contact {.firstName = u"Jürgen"_s,
        .lastName = u"Groß"_s,
        .jobTitle = u"CTO"_s,
        .companyName = u"Groß & Söhne"_s,
        .tags = {u"trade show"_s, u"a,b;c"_s},
        .notes = u"Line 1\nLine 2"_s,
        .emails = {{u"work"_s, u"j@gross.example"_s}, {u"personal"_s, u"j@home.example"_s},
            {u"other"_s, u"j@other.example"_s}},
        .phones = {{u"work"_s, u"+49301234567"_s}, {u"mobile"_s, u"+4915123456789"_s},
            {u"home"_s, u"+49307654321"_s}, {u"other"_s, u"+49309999999"_s}}};
    for (auto version : {VCardWriter::Version::V21, VCardWriter::Version::V30, VCardWriter::Version::V40}) {
        const auto result = VCardReader::read(VCardWriter::write(loopline::fromContact(contact), version));
        QCOMPARE(result.cards.size(), 1);
        const Contact back = loopline::toContact(result.cards.constFirst(), u"DE"_s);
        QCOMPARE(back.firstName, contact.firstName);
        QCOMPARE(back.lastName, contact.lastName);
        QCOMPARE(back.jobTitle, contact.jobTitle);
        QCOMPARE(back.companyName, contact.companyName);
        QCOMPARE(back.tags, contact.tags);
        QCOMPARE(back.notes, contact.notes);
        QCOMPARE(back.emails, contact.emails);
        QCOMPARE(back.phones, contact.phones);
    }
}

// Inputs built to make a careless parser quadratic or deep: each must be read
// in well under a second per megabyte.
void tst_VCard::hostileInputIsBounded_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addRow("1 MB of soft line breaks")
        << "BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:" + QByteArray(500'000, '=').replace("=", "=\n");
    QTest::addRow("one 2 MB header without a colon") << "BEGIN:VCARD\nX" + QByteArray(2'000'000, ';');
    QTest::addRow("2 MB of parameters")
        << "BEGIN:VCARD\nTEL" + QByteArray(1'000'000, ';').replace(";", ";A") + ":1";
    QTest::addRow("2 MB type list") << "BEGIN:VCARD\nTEL;TYPE="
            + QByteArray(1'000'000, ',').replace(",", "a,") + ":1";
    QTest::addRow("100 000 cards") << QByteArray("BEGIN:VCARD\nFN:x\nEND:VCARD\n").repeated(100'000);
    QTest::addRow("100 000 BEGINs") << QByteArray("BEGIN:VCARD\n").repeated(100'000);
    QTest::addRow("nested AGENTs") << QByteArray("BEGIN:VCARD\nAGENT:\n").repeated(100'000);
    QTest::addRow("1 MB folded line") << "BEGIN:VCARD\nNOTE:" + QByteArray(500'000, 'a').replace("a", "a\n ");
    QTest::addRow("1 MB of escapes") << "BEGIN:VCARD\nN:" + QByteArray(500'000, '\\').replace("\\", "\\;");
    QTest::addRow("1 MB of base64 lines")
        << "BEGIN:VCARD\nPHOTO;ENCODING=BASE64:\n" + QByteArray("QUJDRA==\n").repeated(120'000);
}

void tst_VCard::hostileInputIsBounded()
{
    QFETCH(QByteArray, input);
    QElapsedTimer timer;
    timer.start();
    const auto result = VCardReader::read(input);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed()) + u" ms"_s));
    QVERIFY(result.problems.size() <= VCardReader::maxProblems + 1);
}

QTEST_GUILESS_MAIN(tst_VCard)
#include "tst_vcard.moc"
