#include "vcard.h"

#include "records/phone.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QStringTokenizer>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

// ---------------------------------------------------------------------------
// Character sets. Qt 6.4 without ICU decodes only UTF-8/16/32 and Latin-1, but
// Russian Outlook and old phones write windows-1251, so the two Windows code
// pages that matter are tables here.

// windows-1251 bytes 0x80..0xBF; 0xC0..0xFF are А..я, in Unicode order.
constexpr char16_t kWindows1251[64] = {0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC,
    0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E,
    0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458,
    0x0405, 0x0455, 0x0457};

// windows-1252 bytes 0x80..0x9F; the rest is Latin-1.
constexpr char16_t kWindows1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

enum class Charset { Unspecified, Utf8, Windows1251, Windows1252, Latin1, Unknown };

Charset charsetNamed(const QByteArray &name)
{
    const QByteArray n = name.trimmed().toLower();
    if (n == "utf-8" || n == "utf8")
        return Charset::Utf8;
    if (n == "windows-1251" || n == "cp1251" || n == "win-1251" || n == "x-cp1251" || n == "cp-1251")
        return Charset::Windows1251;
    if (n == "windows-1252" || n == "cp1252")
        return Charset::Windows1252;
    if (n == "iso-8859-1" || n == "iso8859-1" || n == "iso_8859-1" || n == "latin1" || n == "latin-1")
        return Charset::Latin1;
    // ASCII promises nothing beyond it; high bytes are then guessed like unlabelled text.
    if (n == "us-ascii" || n == "ascii")
        return Charset::Unspecified;
    return Charset::Unknown;
}

QString charsetLabel(Charset charset)
{
    switch (charset) {
    case Charset::Windows1251:
        return u"windows-1251"_s;
    case Charset::Windows1252:
        return u"windows-1252"_s;
    case Charset::Latin1:
        return u"ISO-8859-1"_s;
    default:
        return u"UTF-8"_s;
    }
}

QString decodeSingleByte(QByteArrayView bytes, Charset charset)
{
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = static_cast<uchar>(ch);
        if (b < 0x80 || charset == Charset::Latin1)
            out += QChar(char16_t(b));
        else if (charset == Charset::Windows1251)
            out += b >= 0xC0 ? QChar(char16_t(0x0410 + (b - 0xC0))) : QChar(kWindows1251[b - 0x80]);
        else
            out += b < 0xA0 ? QChar(kWindows1252[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<uchar>(c) < 0x80; });
}

// Cyrillic words are all high bytes in windows-1251, while German or French
// text in windows-1252 has an accented letter here and there between ASCII
// ones: which of the two the bytes are is told by how often high bytes sit next
// to each other.
Charset guessLegacyCharset(QByteArrayView bytes)
{
    qsizetype high = 0;
    qsizetype paired = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (static_cast<uchar>(bytes[i]) < 0x80)
            continue;
        ++high;
        if ((i > 0 && static_cast<uchar>(bytes[i - 1]) >= 0x80)
            || (i + 1 < bytes.size() && static_cast<uchar>(bytes[i + 1]) >= 0x80))
            ++paired;
    }
    return paired * 2 > high ? Charset::Windows1251 : Charset::Windows1252;
}

// ---------------------------------------------------------------------------
// Transfer encodings.

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Soft line breaks are joined while the lines are read; a "=" left at the very
// end is one whose next line never came.
QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out += char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
            i += 2;
        } else if (i + 1 < in.size()) {
            out += c; // not an escape: kept as written
        }
    }
    return out;
}

QByteArray withoutWhitespace(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (char c : in) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            out += c;
    }
    return out;
}

std::optional<QByteArray> decodeBase64(QByteArrayView in)
{
    auto result = QByteArray::fromBase64Encoding(
        withoutWhitespace(in), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

// ---------------------------------------------------------------------------
// Text values.

// Splits at unescaped separators and resolves \n \, \; \: \\ . Other
// backslashes stay, so that "C:\temp" in a 2.1 note survives.
QStringList splitEscaped(QStringView text, std::optional<QChar> separator)
{
    QStringList parts;
    QString current;
    current.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text[i + 1];
            if (next == u'n' || next == u'N')
                current += u'\n';
            else if (next == u',' || next == u';' || next == u':' || next == u'\\')
                current += next;
            else
                current += QStringView(text.mid(i, 2));
            ++i;
        } else if (separator && c == *separator) {
            parts += current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts += current;
    return parts;
}

QString unescape(QStringView text)
{
    return splitEscaped(text, std::nullopt).constFirst();
}

QString normalizedNewlines(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

QString stripPrefixes(QString text, QStringView prefix)
{
    while (text.startsWith(prefix, Qt::CaseInsensitive))
        text = text.mid(prefix.size()).trimmed();
    return text;
}

// A type as the card gives it, made comparable: lower case, and only letters,
// digits, spaces and - _ . + / (so that the writer can put it back in a
// parameter without quoting).
QString sanitizedType(QStringView raw)
{
    const QString lower = raw.toString().toLower();
    QString out;
    for (QChar c : lower) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.' || c == u'+'
            || c == u'/')
            out += c;
    }
    return out.simplified();
}

bool isEncodingToken(const QString &type)
{
    return type == u"quoted-printable"_s || type == u"base64"_s || type == u"b"_s || type == u"8bit"_s
        || type == u"7bit"_s;
}

void normalizeTypes(QStringList &types)
{
    types.removeAll(QString());
    std::sort(types.begin(), types.end());
    types.removeDuplicates();
}

QString normalizedMimeType(const QString &type)
{
    QString mime = type.trimmed().toLower();
    if (mime.isEmpty())
        return {};
    if (!mime.contains(u'/'))
        mime = u"image/"_s + (mime == u"jpg"_s ? u"jpeg"_s : mime);
    // A MIME type is token/token (the characters real ones use, which also survive
    // as a TYPE parameter); anything else is no type at all.
    const auto isTokenChar = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || QStringView(u"_.+-").contains(c);
    };
    const qsizetype slash = mime.indexOf(u'/');
    if (slash <= 0 || slash == mime.size() - 1 || mime.count(u'/') != 1)
        return {};
    for (QChar c : mime) {
        if (c != u'/' && !isTokenChar(c))
            return {};
    }
    return mime;
}

QString sniffedMimeType(const QByteArray &data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return u"image/png"_s;
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

// "data:image/png;base64,iVBOR…" (RFC 2397).
std::optional<VCardPhoto> photoFromDataUri(const QString &uri)
{
    if (!uri.startsWith(u"data:"_s, Qt::CaseInsensitive))
        return std::nullopt;
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    const QStringList meta = uri.mid(5, comma - 5).split(u';');
    const bool base64
        = meta.size() > 1 && meta.constLast().trimmed().compare(u"base64"_s, Qt::CaseInsensitive) == 0;
    const QByteArray payload = uri.mid(comma + 1).toUtf8();
    VCardPhoto photo;
    if (base64) {
        const auto decoded = decodeBase64(payload);
        if (!decoded)
            return std::nullopt;
        photo.data = *decoded;
    } else {
        photo.data = QByteArray::fromPercentEncoding(payload);
    }
    if (photo.data.isEmpty())
        return std::nullopt;
    photo.mimeType = normalizedMimeType(meta.constFirst());
    if (photo.mimeType.isEmpty())
        photo.mimeType = sniffedMimeType(photo.data);
    return photo;
}

// "1980-05-17", "19800517", "1980-05-17T00:00:00Z". A birthday without a year
// ("--0517") cannot be held by a QDate and is left out.
QDate parseBirthday(const QString &text)
{
    QString date = text.trimmed();
    const qsizetype t = date.indexOf(u'T', 0, Qt::CaseInsensitive);
    if (t >= 0)
        date.truncate(t);
    if (date.size() == 10 && date[4] == u'-' && date[7] == u'-')
        date.remove(u'-');
    if (date.size() != 8)
        return {};
    for (QChar c : date) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return QDate(date.left(4).toInt(), date.mid(4, 2).toInt(), date.mid(6, 2).toInt());
}

// ---------------------------------------------------------------------------
// Content lines: [group.]NAME[;param…]:value

// Real cards have a handful of parameters and types on a property; past these
// limits the rest is ignored, so that a hostile line costs no more than reading it.
constexpr qsizetype kMaxParams = 64;
constexpr qsizetype kMaxTypes = 64;

struct Param
{
    QByteArray name; // upper case; empty for a bare 2.1 parameter ("TEL;WORK;VOICE:")
    QByteArray value;
};

struct Property
{
    int line = 0;
    QString group; // lower case
    QByteArray name; // upper case
    QList<Param> params;
    QByteArray value;

    QByteArray param(const char *name) const
    {
        for (const Param &p : params) {
            if (p.name == name)
                return p.value;
        }
        return {};
    }
    bool hasParam(const char *name) const
    {
        return std::any_of(params.begin(), params.end(), [name](const Param &p) { return p.name == name; });
    }

    // QUOTED-PRINTABLE, BASE64 (3.0 "B" included) or empty.
    QByteArray encoding() const
    {
        QByteArray encoding = param("ENCODING").toUpper();
        for (const Param &p : params) {
            if (!p.name.isEmpty())
                continue;
            const QByteArray bare = p.value.toUpper();
            if (bare == "QUOTED-PRINTABLE" || bare == "BASE64")
                encoding = bare;
        }
        if (encoding == "B")
            return "BASE64";
        if (encoding == "QUOTED-PRINTABLE" || encoding == "BASE64")
            return encoding;
        return {};
    }

    // Types as written, in order: TYPE=a,b (also quoted, also repeated), bare
    // 2.1 parameters, and PREF=n as "pref".
    QStringList rawTypes() const
    {
        QStringList types;
        for (const Param &p : params) {
            if (types.size() >= kMaxTypes)
                break;
            if (p.name == "TYPE") {
                const QString list = QString::fromUtf8(p.value);
                for (const QStringView t : qTokenize(list, u',')) {
                    if (types.size() >= kMaxTypes)
                        break;
                    types += t.toString();
                }
            } else if (p.name.isEmpty()) {
                types += QString::fromUtf8(p.value);
            } else if (p.name == "PREF") {
                types += u"pref"_s;
            }
        }
        return types;
    }

    QStringList types() const
    {
        QStringList types;
        for (const QString &raw : rawTypes()) {
            const QString type = sanitizedType(raw);
            if (!type.isEmpty() && !isEncodingToken(type))
                types += type;
        }
        normalizeTypes(types);
        return types;
    }
};

// RFC 6868: ^n newline, ^^ caret, ^' double quote, in parameter values.
QByteArray decodeCaretEscapes(const QByteArray &value)
{
    if (!value.contains('^'))
        return value;
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '^' && i + 1 < value.size()) {
            const char next = value[i + 1];
            if (next == 'n' || next == 'N' || next == '^' || next == '\'') {
                out += next == '^' ? '^' : next == '\'' ? '"' : '\n';
                ++i;
                continue;
            }
        }
        out += value[i];
    }
    return out;
}

QByteArray unquoted(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    else
        value.replace('"', QByteArray());
    return decodeCaretEscapes(value);
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.';
}

std::optional<Property> parseProperty(const QByteArray &line, int lineNumber)
{
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    const qsizetype nameStart = i;
    while (i < n && line[i] != ';' && line[i] != ':')
        ++i;
    if (i == n)
        return std::nullopt;
    const QByteArray fullName = line.mid(nameStart, i - nameStart).trimmed();
    if (fullName.isEmpty() || !std::all_of(fullName.begin(), fullName.end(), isNameChar))
        return std::nullopt;

    Property property;
    property.line = lineNumber;
    const qsizetype dot = fullName.lastIndexOf('.');
    property.name = fullName.mid(dot + 1).toUpper();
    if (property.name.isEmpty())
        return std::nullopt;
    if (dot > 0)
        property.group = QString::fromLatin1(fullName.left(dot)).toLower();

    qsizetype colon = i;
    bool quotesBalanced = true;
    if (line[i] == ';') {
        // 4.0 may quote parameter values, and a quoted value may hold ':'. A
        // quote that is never closed is taken for a stray character.
        bool quoted = false;
        qsizetype j = i;
        for (; j < n; ++j) {
            if (line[j] == '"')
                quoted = !quoted;
            else if (line[j] == ':' && !quoted)
                break;
        }
        if (j < n) {
            colon = j;
        } else {
            quotesBalanced = false;
            colon = line.indexOf(':', i);
            if (colon < 0)
                return std::nullopt;
        }
        bool inQuotes = false;
        qsizetype start = i + 1;
        for (qsizetype k = i + 1; k <= colon; ++k) {
            if (k < colon && line[k] == '"' && quotesBalanced) {
                inQuotes = !inQuotes;
                continue;
            }
            if (k < colon && (line[k] != ';' || inQuotes))
                continue;
            const qsizetype segmentStart = start;
            start = k + 1;
            if (property.params.size() >= kMaxParams)
                continue;
            const QByteArray segment = line.mid(segmentStart, k - segmentStart).trimmed();
            if (segment.isEmpty())
                continue;
            const qsizetype eq = segment.indexOf('=');
            if (eq < 0)
                property.params += Param {{}, unquoted(segment)};
            else
                property.params
                    += Param {segment.left(eq).trimmed().toUpper(), unquoted(segment.mid(eq + 1))};
        }
    }
    property.value = line.mid(colon + 1);
    return property;
}

bool startsWithInsensitive(QByteArrayView line, QByteArrayView prefix)
{
    if (line.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        char c = line[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != prefix[i])
            return false;
    }
    return true;
}

bool isBase64Line(QByteArrayView line)
{
    return !line.isEmpty() && std::all_of(line.begin(), line.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '=';
    });
}

// The whole input as UTF-8 bytes: a UTF-16 file (Outlook's "Unicode" export)
// is converted, a UTF-8 byte order mark dropped.
QByteArray asUtf8Bytes(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return data.mid(3);
    std::optional<QStringConverter::Encoding> utf16;
    if (data.startsWith("\xFF\xFE") || (data.size() >= 4 && data[0] != 0 && data[1] == 0 && data[3] == 0))
        utf16 = QStringConverter::Utf16LE;
    else if (data.startsWith("\xFE\xFF")
        || (data.size() >= 4 && data[0] == 0 && data[1] != 0 && data[2] == 0))
        utf16 = QStringConverter::Utf16BE;
    if (!utf16)
        return data;
    QStringDecoder decoder(*utf16, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    QByteArray bytes = text.toUtf8();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return bytes;
}

// ---------------------------------------------------------------------------

class Parser
{
public:
    explicit Parser(VCardReader::Result &result)
        : m_result(result)
    {
    }

    void run(const QByteArray &input);

private:
    void problem(int line, const QString &message, bool oncePerCard = false);
    void logicalLine(const QByteArray &line, int number);
    void property(const Property &p);
    void beginCard(int line);
    void endCard();
    void apply(const Property &p);
    QString text(const Property &p, const QByteArray &bytes);
    QString text(const Property &p) { return text(p, transferDecoded(p)); }
    QByteArray transferDecoded(const Property &p);
    QString decode(const QByteArray &bytes, Charset charset, int line);
    void readPhoto(const Property &p);

    enum class Kind { Email, Phone, Address };

    VCardReader::Result &m_result;
    int m_dropped = 0;
    bool m_inCard = false;
    int m_cardNumber = 0;
    int m_cardLine = 0;
    int m_nested = 0; // depth inside a 2.1 AGENT's embedded card
    QByteArray m_previousName;
    VCard m_card;
    QSet<QString> m_cardMessages;
    QHash<QString, QString> m_labels; // group → Apple's X-ABLabel
    QHash<QString, QList<std::pair<Kind, qsizetype>>> m_grouped;
};

void Parser::problem(int line, const QString &message, bool oncePerCard)
{
    if (oncePerCard) {
        if (m_cardMessages.contains(message))
            return;
        m_cardMessages.insert(message);
    }
    if (m_result.problems.size() >= VCardReader::maxProblems) {
        ++m_dropped;
        return;
    }
    m_result.problems += VCardProblem {m_inCard ? m_cardNumber : 0, line, message};
}

void Parser::run(const QByteArray &input)
{
    if (input.size() > VCardReader::maxInputBytes) {
        problem(0,
            VCardReader::tr("The file is larger than %1 MB; it was not read.")
                .arg(VCardReader::maxInputBytes / (1024 * 1024)));
        return;
    }
    const QByteArray data = asUtf8Bytes(input);
    const qsizetype n = data.size();

    // Physical lines become logical ones: a line that starts with a space or a
    // tab continues the one before (folding); a QUOTED-PRINTABLE value that
    // ends in "=" continues on the next line whatever it starts with; and 2.1
    // writers leave base64 photo lines unindented until an empty line.
    QByteArray current;
    int currentLine = 0;
    bool haveCurrent = false;
    qsizetype colon = -1;
    qsizetype scannedTo = 0;
    bool quotedPrintable = false;
    bool base64 = false;
    const auto examine = [&] {
        if (colon >= 0)
            return;
        colon = current.indexOf(':', scannedTo);
        if (colon < 0) {
            scannedTo = current.size();
            return;
        }
        // The same reading of the parameters as the value's decoding gets, so
        // that a type that merely contains "QUOTED-PRINTABLE" changes nothing.
        if (const auto header = parseProperty(current.left(colon + 1), 0)) {
            const QByteArray encoding = header->encoding();
            quotedPrintable = encoding == "QUOTED-PRINTABLE";
            base64 = encoding == "BASE64";
        }
    };

    qsizetype pos = 0;
    int lineNumber = 0;
    while (pos <= n) {
        qsizetype end = pos;
        while (end < n && data[end] != '\n' && data[end] != '\r')
            ++end;
        const QByteArrayView line(data.constData() + pos, end - pos);
        ++lineNumber;
        if (end < n && data[end] == '\r' && end + 1 < n && data[end + 1] == '\n')
            pos = end + 2;
        else
            pos = end + 1;

        if (haveCurrent) {
            examine();
            const bool softBreak = quotedPrintable && current.endsWith('=')
                && !startsWithInsensitive(line, "END:VCARD") && !startsWithInsensitive(line, "BEGIN:VCARD");
            if (softBreak) {
                current.chop(1);
                current.append(line);
                continue;
            }
            if (!line.isEmpty() && (line[0] == ' ' || line[0] == '\t')) {
                current.append(line.sliced(1));
                continue;
            }
            if (base64 && colon >= 0 && isBase64Line(line)) {
                current.append(line);
                continue;
            }
            logicalLine(current, currentLine);
        }
        current = line.toByteArray();
        currentLine = lineNumber;
        haveCurrent = true;
        colon = -1;
        scannedTo = 0;
        quotedPrintable = false;
        base64 = false;
    }
    if (haveCurrent)
        logicalLine(current, currentLine);

    if (m_inCard) {
        problem(m_cardLine,
            VCardReader::tr("The card has no END:VCARD line; it was read to the end of the file."));
        endCard();
    }
    if (m_cardNumber == 0) {
        if (data.trimmed().isEmpty())
            problem(0, VCardReader::tr("The file is empty."));
        else
            problem(0, VCardReader::tr("No vCard found: the file has no BEGIN:VCARD line."));
    }
    if (m_dropped > 0)
        m_result.problems
            += VCardProblem {0, 0, VCardReader::tr("%n more problem(s) not listed.", nullptr, m_dropped)};
}

void Parser::logicalLine(const QByteArray &line, int number)
{
    if (line.trimmed().isEmpty())
        return;
    const std::optional<Property> p = parseProperty(line, number);
    if (!p) {
        if (m_inCard && m_nested == 0)
            problem(number, VCardReader::tr("The line is not a vCard property; it was skipped."));
        m_previousName.clear();
        return;
    }
    property(*p);
}

void Parser::property(const Property &p)
{
    const bool isVCard = (p.name == "BEGIN" || p.name == "END") && p.value.trimmed().toUpper() == "VCARD";
    if (p.name == "BEGIN" && isVCard) {
        if (m_nested > 0) {
            ++m_nested;
        } else if (m_inCard && m_previousName == "AGENT") {
            // A 2.1 AGENT (an assistant's card) embedded in this one: skipped whole.
            m_nested = 1;
        } else {
            if (m_inCard) {
                problem(m_cardLine,
                    VCardReader::tr("The card has no END:VCARD line; it ends where the next begins."));
                endCard();
            }
            beginCard(p.line);
        }
        return;
    }
    if (p.name == "END" && isVCard) {
        if (m_nested > 0)
            --m_nested;
        else if (m_inCard)
            endCard();
        return;
    }
    if (m_nested > 0 || !m_inCard)
        return; // lines between cards are not ours to judge
    m_previousName = p.name;
    apply(p);
}

void Parser::beginCard(int line)
{
    m_inCard = true;
    ++m_cardNumber;
    m_cardLine = line;
    m_card = VCard();
    m_cardMessages.clear();
    m_labels.clear();
    m_grouped.clear();
    m_previousName.clear();
}

void Parser::endCard()
{
    // Apple and Google give a phone or an email a custom label in a separate
    // line of the same group: "item1.TEL:…" and "item1.X-ABLabel:_$!<Mobile>!$_".
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        for (const auto &[kind, index] : m_grouped.value(it.key())) {
            QStringList *types = nullptr;
            if (kind == Kind::Email && index < m_card.emails.size())
                types = &m_card.emails[index].types;
            else if (kind == Kind::Phone && index < m_card.phones.size())
                types = &m_card.phones[index].types;
            else if (kind == Kind::Address && index < m_card.addresses.size())
                types = &m_card.addresses[index].types;
            if (types) {
                types->append(it.value());
                normalizeTypes(*types);
            }
        }
    }
    if (m_card.isEmpty())
        problem(m_cardLine, VCardReader::tr("The card holds no data; it was skipped."));
    else
        m_result.cards += m_card;
    m_inCard = false;
    m_nested = 0;
}

QByteArray Parser::transferDecoded(const Property &p)
{
    const QByteArray encoding = p.encoding();
    if (encoding == "QUOTED-PRINTABLE")
        return decodeQuotedPrintable(p.value);
    if (encoding == "BASE64") {
        if (const auto decoded = decodeBase64(p.value))
            return *decoded;
        problem(p.line, VCardReader::tr("The value is not valid base64; it was read as written."));
    }
    return p.value;
}

QString Parser::text(const Property &p, const QByteArray &bytes)
{
    Charset charset = Charset::Unspecified;
    const QByteArray name = unquoted(p.param("CHARSET"));
    if (!name.isEmpty()) {
        charset = charsetNamed(name);
        if (charset == Charset::Unknown) {
            problem(p.line,
                VCardReader::tr("Unknown character set %1; the text was read as UTF-8.")
                    .arg(QString::fromLatin1(name)),
                true);
            charset = Charset::Unspecified;
        }
    }
    return normalizedNewlines(decode(bytes, charset, p.line));
}

QString Parser::decode(const QByteArray &bytes, Charset charset, int line)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    const bool utf8 = QByteArrayView(bytes).isValidUtf8();
    switch (charset) {
    case Charset::Windows1251:
    case Charset::Windows1252:
    case Charset::Latin1:
        // Cyrillic or accented text in a Windows code page is practically never
        // valid UTF-8; when it is, the label is wrong (a scanner typing the card,
        // an export that re-encoded the file and kept the old CHARSET).
        return utf8 ? QString::fromUtf8(bytes) : decodeSingleByte(bytes, charset);
    case Charset::Utf8:
        if (utf8)
            return QString::fromUtf8(bytes);
        charset = guessLegacyCharset(bytes);
        problem(line,
            VCardReader::tr("The text is not valid UTF-8 as it claims; it was read as %1.")
                .arg(charsetLabel(charset)),
            true);
        return decodeSingleByte(bytes, charset);
    default:
        if (utf8)
            return QString::fromUtf8(bytes);
        charset = guessLegacyCharset(bytes);
        problem(line,
            VCardReader::tr("The text is not UTF-8 and names no character set; it was read as %1.")
                .arg(charsetLabel(charset)),
            true);
        return decodeSingleByte(bytes, charset);
    }
}

QString component(const QStringList &parts, qsizetype index)
{
    return index < parts.size() ? parts.at(index).trimmed() : QString();
}

void Parser::apply(const Property &p)
{
    const QByteArray &name = p.name;
    if (name == "PHOTO") {
        readPhoto(p);
        return;
    }
    if (name == "VERSION") {
        m_card.version = text(p).trimmed();
        if (m_card.version != u"2.1"_s && m_card.version != u"3.0"_s && m_card.version != u"4.0"_s)
            problem(p.line,
                VCardReader::tr("Unknown vCard version %1; the card was read anyway.").arg(m_card.version),
                true);
        return;
    }
    if (name == "FN") {
        if (m_card.formattedName.isEmpty())
            m_card.formattedName = unescape(text(p)).trimmed();
    } else if (name == "N") {
        if (m_card.familyName.isEmpty() && m_card.givenName.isEmpty() && m_card.additionalNames.isEmpty()
            && m_card.honorificPrefixes.isEmpty() && m_card.honorificSuffixes.isEmpty()) {
            const QStringList parts = splitEscaped(text(p), u';');
            m_card.familyName = component(parts, 0);
            m_card.givenName = component(parts, 1);
            m_card.additionalNames = component(parts, 2);
            m_card.honorificPrefixes = component(parts, 3);
            m_card.honorificSuffixes = component(parts, 4);
        }
    } else if (name == "ORG") {
        if (m_card.organization.isEmpty() && m_card.organizationUnits.isEmpty()) {
            const QStringList parts = splitEscaped(text(p), u';');
            m_card.organization = component(parts, 0);
            for (qsizetype i = 1; i < parts.size(); ++i) {
                if (!parts.at(i).trimmed().isEmpty())
                    m_card.organizationUnits += parts.at(i).trimmed();
            }
        }
    } else if (name == "TITLE") {
        if (m_card.title.isEmpty())
            m_card.title = unescape(text(p)).trimmed();
    } else if (name == "ROLE") {
        if (m_card.role.isEmpty())
            m_card.role = unescape(text(p)).trimmed();
    } else if (name == "EMAIL") {
        const QString address = stripPrefixes(unescape(text(p)).trimmed(), u"mailto:");
        if (!address.isEmpty()) {
            if (!p.group.isEmpty())
                m_grouped[p.group].append({Kind::Email, m_card.emails.size()});
            m_card.emails += VCardEmail {p.types(), address};
        }
    } else if (name == "TEL") {
        // 4.0 writes "tel:+1-555-555-0100;ext=102" (RFC 3966).
        QString number = unescape(text(p)).trimmed();
        const bool uri
            = number.startsWith(u"tel:"_s, Qt::CaseInsensitive) || p.param("VALUE").toLower() == "uri";
        number = stripPrefixes(number, u"tel:");
        if (uri)
            number.replace(u";ext="_s, u" ext. "_s, Qt::CaseInsensitive);
        number = number.trimmed();
        if (!number.isEmpty()) {
            if (!p.group.isEmpty())
                m_grouped[p.group].append({Kind::Phone, m_card.phones.size()});
            m_card.phones += VCardPhone {p.types(), number};
        }
    } else if (name == "ADR") {
        const QStringList parts = splitEscaped(text(p), u';');
        VCardAddress address {p.types(), component(parts, 0), component(parts, 1), component(parts, 2),
            component(parts, 3), component(parts, 4), component(parts, 5), component(parts, 6)};
        if (!address.isEmpty()) {
            if (!p.group.isEmpty())
                m_grouped[p.group].append({Kind::Address, m_card.addresses.size()});
            m_card.addresses += address;
        }
    } else if (name == "URL") {
        // Apple escapes the colon: "http\://example.com".
        const QString url = unescape(text(p)).trimmed();
        if (!url.isEmpty())
            m_card.urls += url;
    } else if (name == "NOTE") {
        const QString note = unescape(text(p)).trimmed();
        if (!note.isEmpty())
            m_card.note = m_card.note.isEmpty() ? note : m_card.note + u'\n' + note;
    } else if (name == "CATEGORIES") {
        for (const QString &part : splitEscaped(text(p), u',')) {
            const QString category = part.trimmed();
            if (!category.isEmpty() && !m_card.categories.contains(category))
                m_card.categories += category;
        }
    } else if (name == "BDAY") {
        if (!m_card.birthday.isValid())
            m_card.birthday = parseBirthday(unescape(text(p)));
    } else if (name == "UID") {
        if (m_card.uid.isEmpty())
            m_card.uid = unescape(text(p)).trimmed();
    } else if (name == "REV") {
        if (m_card.revision.isEmpty())
            m_card.revision = unescape(text(p)).trimmed();
    } else if (name == "X-ABLABEL" && !p.group.isEmpty()) {
        QString label = unescape(text(p)).trimmed();
        if (label.startsWith(u"_$!<"_s) && label.endsWith(u">!$_"_s))
            label = label.mid(4, label.size() - 8);
        label = sanitizedType(label);
        if (!label.isEmpty() && !isEncodingToken(label))
            m_labels.insert(p.group, label);
    }
}

void Parser::readPhoto(const Property &p)
{
    if (!m_card.photo.isEmpty())
        return;
    // The picture's type: MEDIATYPE (4.0), TYPE=JPEG or TYPE=image/jpeg, or a
    // bare 2.1 "JPEG"; the first that makes a MIME type wins.
    QString mime = normalizedMimeType(QString::fromUtf8(unquoted(p.param("MEDIATYPE"))));
    if (mime.isEmpty()) {
        for (const QString &raw : p.rawTypes()) {
            const QString type = sanitizedType(raw);
            if (type.isEmpty() || isEncodingToken(type))
                continue;
            mime = normalizedMimeType(type);
            if (!mime.isEmpty())
                break;
        }
    }
    const QByteArray valueType = p.param("VALUE").toLower();

    VCardPhoto photo;
    if (p.encoding() == "BASE64") {
        const auto decoded = decodeBase64(p.value);
        if (!decoded) {
            problem(p.line, VCardReader::tr("The photo is not valid base64; it was skipped."));
            return;
        }
        photo.data = *decoded;
    } else {
        const QString value = unescape(text(p)).trimmed();
        if (value.isEmpty())
            return;
        if (auto fromUri = photoFromDataUri(value)) {
            m_card.photo = *fromUri;
            return;
        }
        const bool uri = valueType == "uri" || valueType == "url" || value.contains(u"://"_s)
            || value.startsWith(u"data:"_s, Qt::CaseInsensitive);
        std::optional<QByteArray> raw;
        if (!uri)
            raw = decodeBase64(value.toLatin1());
        // Some writers leave out ENCODING; base64 that decodes to a known
        // picture is one, anything else is taken for an address.
        if (raw && !sniffedMimeType(*raw).isEmpty())
            photo.data = *raw;
        else
            photo.uri = value;
    }
    if (!photo.data.isEmpty())
        photo.mimeType = mime.isEmpty() ? sniffedMimeType(photo.data) : mime;
    m_card.photo = photo;
}

} // namespace

bool VCardAddress::isEmpty() const
{
    return poBox.isEmpty() && extended.isEmpty() && street.isEmpty() && locality.isEmpty() && region.isEmpty()
        && postcode.isEmpty() && country.isEmpty();
}

bool VCard::isEmpty() const
{
    VCard blank;
    blank.version = version;
    return *this == blank;
}

VCardReader::Result VCardReader::read(const QByteArray &data)
{
    Result result;
    Parser parser(result);
    parser.run(data);
    return result;
}

// ---------------------------------------------------------------------------
// Writing

namespace {

QString asciiUpper(QString text)
{
    for (QChar &c : text) {
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - u'a' + u'A');
    }
    return text;
}

class Writer
{
public:
    explicit Writer(VCardWriter::Version version)
        : m_version(version)
    {
    }

    void card(const VCard &card);
    QByteArray result() const { return m_out; }

private:
    using Version = VCardWriter::Version;

    QString escaped(const QString &text, bool listItem = false) const;
    QString escapedUri(const QString &uri) const;
    QString typeParams(QStringList types) const;
    void line(const QString &nameAndParams, const QString &value);
    void folded(const QByteArray &line);

    Version m_version;
    QByteArray m_out;
};

// Backslash, semicolon and comma are escaped in 3.0 and 4.0, and newlines
// become \n. 2.1 knows only "\;"; its newlines travel raw inside
// QUOTED-PRINTABLE, and commas stay as Outlook shows them, except inside an
// item of a comma-separated list (CATEGORIES).
QString Writer::escaped(const QString &text, bool listItem) const
{
    QString out;
    out.reserve(text.size() + 8);
    const bool v21 = m_version == Version::V21;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u';')
            out += u"\\;"_s;
        else if (c == u',' && (!v21 || listItem))
            out += u"\\,"_s;
        else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += v21 ? u"\r\n"_s : u"\\n"_s;
        } else {
            out += c;
        }
    }
    return out;
}

// Addresses are not lists, so commas and semicolons stay as they are; only a
// backslash or a line break, which the reader would take for an escape or the
// end of the line, are escaped.
QString Writer::escapedUri(const QString &uri) const
{
    QString out;
    for (qsizetype i = 0; i < uri.size(); ++i) {
        const QChar c = uri[i];
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < uri.size() && uri[i + 1] == u'\n')
                ++i;
            out += m_version == Version::V21 ? u"\r\n"_s : u"\\n"_s;
        } else {
            out += c;
        }
    }
    return out;
}

QString Writer::typeParams(QStringList types) const
{
    QStringList clean;
    for (const QString &type : types) {
        const QString t = sanitizedType(type);
        if (!t.isEmpty() && !isEncodingToken(t))
            clean += t;
    }
    normalizeTypes(clean);
    if (clean.isEmpty())
        return {};
    switch (m_version) {
    case Version::V21:
        // Outlook reads the bare form: TEL;WORK;VOICE:
        return u';' + asciiUpper(clean.join(u';'));
    case Version::V30:
        return u";TYPE="_s + asciiUpper(clean.join(u','));
    case Version::V40: {
        // 4.0 has no "pref" type but a PREF parameter.
        const bool pref = clean.removeAll(u"pref"_s) > 0;
        QString params = clean.isEmpty() ? QString() : u";TYPE="_s + clean.join(u',');
        if (pref)
            params += u";PREF=1"_s;
        return params;
    }
    }
    return {};
}

void Writer::folded(const QByteArray &line)
{
    // At most 75 octets a line; a continuation starts with a space that the
    // reader drops. A cut never falls inside a UTF-8 sequence.
    qsizetype pos = 0;
    qsizetype limit = 75;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && (static_cast<uchar>(line[cut]) & 0xC0) == 0x80)
            --cut;
        if (cut == pos)
            cut = pos + limit;
        m_out += QByteArrayView(line.constData() + pos, cut - pos);
        m_out += "\r\n ";
        pos = cut;
        limit = 74;
    }
    m_out += QByteArrayView(line.constData() + pos, line.size() - pos);
    m_out += "\r\n";
}

void Writer::line(const QString &nameAndParams, const QString &value)
{
    const QByteArray head = nameAndParams.toUtf8();
    const QByteArray bytes = value.toUtf8();
    if (m_version != Version::V21) {
        folded(head + ':' + bytes);
        return;
    }
    // 2.1 readers disagree on whether folding keeps its space, so anything
    // that would need folding, and anything not plain ASCII, goes as
    // QUOTED-PRINTABLE, whose soft line breaks every reader understands.
    const bool plain = isAscii(bytes) && head.size() + 1 + bytes.size() <= 75
        && std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= 0x20 && c != 0x7F; })
        && bytes.trimmed().size() == bytes.size();
    if (plain) {
        m_out += head + ':' + bytes + "\r\n";
        return;
    }
    QByteArray out = head;
    if (!isAscii(bytes))
        out += ";CHARSET=UTF-8";
    out += ";ENCODING=QUOTED-PRINTABLE:";
    qsizetype lineLength = out.size();
    static const char hex[] = "0123456789ABCDEF";
    for (char ch : bytes) {
        const auto b = static_cast<uchar>(ch);
        // Spaces are encoded too: one at the end of a line would be lost.
        bool literal = b > 0x20 && b < 0x7F && b != '=';
        if (lineLength + (literal ? 1 : 3) > 75) {
            out += "=\r\n";
            lineLength = 0;
        }
        // So is the first character of a continuation line, which then can
        // never read as "END:VCARD" or as a folded line.
        if (lineLength == 0)
            literal = false;
        if (literal) {
            out += ch;
            lineLength += 1;
        } else {
            out += '=';
            out += hex[b >> 4];
            out += hex[b & 0xF];
            lineLength += 3;
        }
    }
    m_out += out + "\r\n";
}

QString formattedNameFor(const VCard &card)
{
    if (!card.formattedName.isEmpty())
        return card.formattedName;
    const QString name = QStringList {card.honorificPrefixes, card.givenName, card.additionalNames,
        card.familyName, card.honorificSuffixes}
                             .join(u' ')
                             .simplified();
    if (!name.isEmpty())
        return name;
    if (!card.organization.isEmpty())
        return card.organization;
    if (!card.emails.isEmpty())
        return card.emails.constFirst().address;
    return {};
}

void Writer::card(const VCard &card)
{
    const bool v21 = m_version == Version::V21;
    const bool v40 = m_version == Version::V40;
    m_out += "BEGIN:VCARD\r\n";
    m_out += v21 ? "VERSION:2.1\r\n" : v40 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n";

    const QStringList name = {card.familyName, card.givenName, card.additionalNames, card.honorificPrefixes,
        card.honorificSuffixes};
    const bool hasName = std::any_of(name.begin(), name.end(), [](const QString &s) { return !s.isEmpty(); });
    if (hasName || !v40) { // 2.1 and 3.0 require N
        QStringList parts;
        for (const QString &part : name)
            parts += escaped(part);
        line(u"N"_s, parts.join(u';'));
    }
    line(u"FN"_s, escaped(formattedNameFor(card)));
    if (!card.organization.isEmpty() || !card.organizationUnits.isEmpty()) {
        QStringList parts {escaped(card.organization)};
        for (const QString &unit : card.organizationUnits)
            parts += escaped(unit);
        line(u"ORG"_s, parts.join(u';'));
    }
    if (!card.title.isEmpty())
        line(u"TITLE"_s, escaped(card.title));
    if (!card.role.isEmpty())
        line(u"ROLE"_s, escaped(card.role));
    for (const VCardEmail &email : card.emails)
        line(u"EMAIL"_s + typeParams(email.types), escaped(email.address));
    for (const VCardPhone &phone : card.phones) {
        // 4.0 prefers a tel: URI; only a plain international number is sure to
        // make a valid one, anything else stays text as 3.0 wrote it.
        bool uri = v40 && phone.number.size() > 1 && phone.number.startsWith(u'+');
        for (qsizetype i = 1; uri && i < phone.number.size(); ++i)
            uri = phone.number[i] >= u'0' && phone.number[i] <= u'9';
        if (uri)
            line(u"TEL;VALUE=uri"_s + typeParams(phone.types), u"tel:"_s + phone.number);
        else
            line(u"TEL"_s + typeParams(phone.types), escaped(phone.number));
    }
    for (const VCardAddress &address : card.addresses) {
        const QStringList parts = {escaped(address.poBox), escaped(address.extended), escaped(address.street),
            escaped(address.locality), escaped(address.region), escaped(address.postcode),
            escaped(address.country)};
        line(u"ADR"_s + typeParams(address.types), parts.join(u';'));
    }
    for (const QString &url : card.urls)
        line(u"URL"_s, escapedUri(url));
    if (card.birthday.isValid() && card.birthday.year() >= 1 && card.birthday.year() <= 9999)
        line(u"BDAY"_s, card.birthday.toString(u"yyyy-MM-dd"_s));
    if (!card.note.isEmpty())
        line(u"NOTE"_s, escaped(card.note));
    if (!card.categories.isEmpty()) {
        QStringList parts;
        for (const QString &category : card.categories)
            parts += escaped(category, true);
        line(u"CATEGORIES"_s, parts.join(u','));
    }
    if (!card.photo.data.isEmpty()) {
        const QString mime = normalizedMimeType(card.photo.mimeType);
        const QByteArray base64 = card.photo.data.toBase64();
        QString type;
        if (mime.startsWith(u"image/"_s))
            type = asciiUpper(mime.mid(6));
        else
            type = mime;
        if (v40) {
            folded("PHOTO:data:" + mime.toUtf8() + ";base64," + base64);
        } else {
            const QString head = v21 ? u"PHOTO;ENCODING=BASE64"_s : u"PHOTO;ENCODING=b"_s;
            folded((head + (type.isEmpty() ? QString() : u";TYPE="_s + type)).toUtf8() + ':' + base64);
            if (v21)
                m_out += "\r\n"; // 2.1 ends base64 with an empty line
        }
    } else if (!card.photo.uri.isEmpty()) {
        line(v21 ? u"PHOTO;VALUE=URL"_s : u"PHOTO;VALUE=uri"_s, escapedUri(card.photo.uri));
    }
    if (!card.uid.isEmpty())
        line(u"UID"_s, escaped(card.uid));
    if (!card.revision.isEmpty())
        line(u"REV"_s, escaped(card.revision));
    m_out += "END:VCARD\r\n";
}

} // namespace

QByteArray VCardWriter::write(const QList<VCard> &cards, Version version)
{
    Writer writer(version);
    for (const VCard &card : cards)
        writer.card(card);
    return writer.result();
}

QByteArray VCardWriter::write(const VCard &card, Version version)
{
    return write(QList<VCard> {card}, version);
}

// ---------------------------------------------------------------------------
// Contacts

namespace {

bool hasAny(const QStringList &types, std::initializer_list<QStringView> wanted)
{
    return std::any_of(wanted.begin(), wanted.end(), [&](QStringView w) { return types.contains(w); });
}

// Types that say nothing about whose number or address it is.
bool onlyNeutralTypes(const QStringList &types)
{
    static const QStringList neutral = {u"pref"_s, u"voice"_s, u"internet"_s, u"x400"_s, u"main"_s, u"msg"_s};
    return std::all_of(types.begin(), types.end(), [](const QString &t) { return neutral.contains(t); });
}

QString phoneKind(const QStringList &types)
{
    if (hasAny(types, {u"cell", u"mobile", u"iphone"}))
        return u"mobile"_s;
    if (hasAny(types, {u"home"}))
        return u"home"_s;
    if (hasAny(types, {u"work"}) || onlyNeutralTypes(types))
        return u"work"_s;
    return u"other"_s; // fax, pager, a custom label…
}

QString emailKind(const QStringList &types)
{
    if (hasAny(types, {u"work"}))
        return u"work"_s;
    if (hasAny(types, {u"home", u"personal"}))
        return u"personal"_s;
    if (onlyNeutralTypes(types))
        return u"work"_s;
    return u"other"_s;
}

// The preferred ones first, the rest in the card's order.
template<typename T> QList<T> preferredFirst(QList<T> items)
{
    std::stable_partition(
        items.begin(), items.end(), [](const T &item) { return item.types.contains(u"pref"_s); });
    return items;
}

} // namespace

Contact toContact(const VCard &card, const QString &defaultRegion)
{
    Contact contact;
    contact.firstName = QStringList {card.givenName, card.additionalNames}.join(u' ').simplified();
    contact.lastName = card.familyName.simplified();
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty()) {
        const QString name = card.formattedName.simplified();
        const qsizetype space = name.lastIndexOf(u' ');
        if (space < 0) {
            contact.firstName = name;
        } else {
            contact.firstName = name.left(space);
            contact.lastName = name.mid(space + 1);
        }
    }
    contact.jobTitle = card.title.isEmpty() ? card.role : card.title;
    contact.companyName = card.organization;
    contact.notes = card.note;
    for (const QString &category : card.categories) {
        const QString tag = category.trimmed();
        if (!tag.isEmpty() && !contact.tags.contains(tag))
            contact.tags += tag;
    }

    QSet<QString> seenEmails;
    for (const VCardEmail &email : preferredFirst(card.emails)) {
        const QString address = email.address.trimmed();
        if (address.isEmpty() || seenEmails.contains(address.toLower()))
            continue;
        seenEmails.insert(address.toLower());
        contact.emails += EmailAddress {emailKind(email.types), address};
    }
    QSet<QString> seenPhones;
    for (const VCardPhone &phone : preferredFirst(card.phones)) {
        const QString written = phone.number.trimmed();
        const QString e164 = phone::toE164(written, defaultRegion);
        const QString number = e164.isEmpty() ? written : e164;
        if (number.isEmpty() || seenPhones.contains(number))
            continue;
        seenPhones.insert(number);
        contact.phones += PhoneNumber {phoneKind(phone.types), number};
    }
    return contact;
}

VCard fromContact(const Contact &contact, const Company *company)
{
    VCard card;
    card.givenName = contact.firstName;
    card.familyName = contact.lastName;
    card.formattedName = contact.displayName();
    card.organization = company ? company->name : contact.companyName;
    card.title = contact.jobTitle;
    card.note = contact.notes;
    card.categories = contact.tags;
    card.uid = contact.id;
    if (contact.updatedAt.isValid())
        card.revision = contact.updatedAt.toUTC().toString(Qt::ISODate);

    for (const EmailAddress &email : contact.emails) {
        QStringList types;
        if (email.kind == u"work"_s)
            types = {u"work"_s};
        else if (email.kind == u"personal"_s)
            types = {u"home"_s};
        else if (email.kind == u"other"_s)
            types = {u"other"_s};
        if (card.emails.isEmpty())
            types += u"pref"_s;
        normalizeTypes(types);
        card.emails += VCardEmail {types, email.address};
    }
    for (const PhoneNumber &phone : contact.phones) {
        QStringList types;
        if (phone.kind == u"work"_s)
            types = {u"work"_s};
        else if (phone.kind == u"mobile"_s)
            types = {u"cell"_s};
        else if (phone.kind == u"home"_s)
            types = {u"home"_s};
        else if (phone.kind == u"other"_s)
            types = {u"other"_s};
        if (card.phones.isEmpty())
            types += u"pref"_s;
        normalizeTypes(types);
        card.phones += VCardPhone {types, phone.number};
    }
    if (company) {
        if (!company->address.trimmed().isEmpty()) {
            VCardAddress address;
            address.types = {u"work"_s};
            address.street = company->address.trimmed();
            card.addresses += address;
        }
        if (!company->domain.trimmed().isEmpty())
            card.urls += u"https://"_s + company->domain.trimmed();
    }
    return card;
}

} // namespace loopline
