#pragma once

#include "records/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// vCard 2.1 (Outlook, old phones), 3.0 (Apple, Google) and 4.0 (RFC 6350): the
// business-card files people send each other and that address books export.
// QtCore only, so the import runs in tests and on a worker thread.
namespace loopline {

// Types are kept as the card gave them, lower case, sorted and without
// duplicates ("cell", "pref", "voice", "work"…): their order carries no meaning
// and a canonical order makes cards comparable.
struct VCardEmail
{
    QStringList types;
    QString address;
    friend bool operator==(const VCardEmail &, const VCardEmail &) = default;
};

struct VCardPhone
{
    QStringList types;
    QString number; // as written; a 4.0 "tel:" URI loses its scheme
    friend bool operator==(const VCardPhone &, const VCardPhone &) = default;
};

struct VCardAddress
{
    QStringList types;
    QString poBox;
    QString extended; // flat, suite, building
    QString street;
    QString locality; // city
    QString region;
    QString postcode;
    QString country;
    bool isEmpty() const;
    friend bool operator==(const VCardAddress &, const VCardAddress &) = default;
};

// Either the picture itself or where to fetch it, never both.
struct VCardPhoto
{
    QByteArray data;
    QString mimeType; // "image/jpeg"; empty when neither the card nor the bytes tell
    QString uri;
    bool isEmpty() const { return data.isEmpty() && uri.isEmpty(); }
    friend bool operator==(const VCardPhoto &, const VCardPhoto &) = default;
};

struct VCard
{
    QString version; // as read ("2.1", "3.0", "4.0"); the writer ignores it
    QString formattedName; // FN
    // N
    QString familyName;
    QString givenName;
    QString additionalNames; // middle names, a patronymic
    QString honorificPrefixes;
    QString honorificSuffixes;
    QString organization; // ORG, first component
    QStringList organizationUnits; // ORG, the rest: department, team
    QString title;
    QString role;
    QList<VCardEmail> emails;
    QList<VCardPhone> phones;
    QList<VCardAddress> addresses;
    QStringList urls;
    QString note;
    QStringList categories;
    QDate birthday; // invalid when absent or given without a year
    VCardPhoto photo;
    QString uid;
    QString revision; // REV, as written

    // True when the card holds nothing but perhaps its version.
    bool isEmpty() const;
    friend bool operator==(const VCard &, const VCard &) = default;
};

// Something the reader skipped or guessed, for the user: which card (1-based,
// 0 when outside any card), which line of the file (1-based, 0 for the whole
// file) and what.
struct VCardProblem
{
    int card = 0;
    int line = 0;
    QString message;
};

class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    struct Result
    {
        QList<VCard> cards; // every card that holds something, in file order
        QList<VCardProblem> problems;
    };

    // Reads a whole file: any version, several cards, CRLF/LF/CR line ends,
    // UTF-8 with or without BOM (UTF-16 with a BOM too), folded lines,
    // QUOTED-PRINTABLE and BASE64, charsets utf-8, windows-1251, windows-1252
    // and iso-8859-1. Text that is not valid UTF-8 and names no charset is read
    // as windows-1251 or windows-1252, whichever it looks like, and reported.
    // Never throws; the work grows linearly with the input, and inputs above
    // maxInputBytes are refused with a problem.
    static Result read(const QByteArray &data);

    static constexpr qsizetype maxInputBytes = 256 * 1024 * 1024;
    // More problems than this are summed up in one last entry.
    static constexpr int maxProblems = 200;
};

class VCardWriter
{
public:
    enum class Version { V21, V30, V40 };

    // UTF-8, CRLF line ends, lines folded at 75 octets without splitting a
    // character. 2.1 writes non-ASCII text as QUOTED-PRINTABLE with
    // CHARSET=UTF-8 for Outlook. A card without a formatted name gets one made
    // from its name, organisation or email, as 3.0 and 4.0 require.
    static QByteArray write(const QList<VCard> &cards, Version version = Version::V30);
    static QByteArray write(const VCard &card, Version version = Version::V30);
};

// The CRM's contact for a card. Phones valid for defaultRegion (ISO 3166 code)
// become E.164, others stay as written; phone kinds become work, mobile, home or
// other and email kinds work, personal or other (work when the card does not
// say). A card's preferred email and phone come first, so they become the
// primary ones. The organisation goes to companyName for the caller to match
// with a company; the note to notes; categories to tags. A middle name or
// patronymic joins the first name ("Иван Петрович"), as it is used to address
// the person. Without N, the formatted name is split at its last space.
Contact toContact(const VCard &card, const QString &defaultRegion);

// The card for a contact, with the company's name, address and web site when
// given (else the contact's companyName).
VCard fromContact(const Contact &contact, const Company *company = nullptr);

} // namespace loopline
