#pragma once

#include <QString>
#include <QStringView>
#include <optional>

// Trade-show badges carry the visitor in a QR code or barcode. A scanner that
// types like a keyboard delivers its payload as text into whatever field has
// the cursor; these functions recognise that text and read the person from it.
namespace loopline {

struct VCard;

struct BadgeData
{
    QString firstName;
    QString lastName;
    QString company;
    QString jobTitle;
    QString email;
    QString phone; // as printed on the badge
    QString url;
    QString note;
    bool isEmpty() const;
    friend bool operator==(const BadgeData &, const BadgeData &) = default;
};

// True when text, as typed so far, starts like a badge payload: "BEGIN:VCARD",
// "MECARD:", "http://" or "https://" (any case, leading spaces ignored), so the
// form can collect the rest of the scan instead of leaving it in one field.
bool looksLikeBadgeStart(QStringView text);

// The person on a badge: a vCard of any version (the first card), a MECARD, or
// an http(s) URL. A vCard or MECARD is found anywhere in the text (the field
// may have held something before the scan); a URL must be the whole text. From
// a URL, query parameters such as name, first, last, email, company, phone and
// title fill the fields, and the URL itself is kept. nullopt when the text is
// none of these or names nobody.
std::optional<BadgeData> parseBadgePayload(const QString &text);

// DoCoMo's MECARD: "MECARD:N:Doe,John;TEL:+491701234567;EMAIL:j@x.de;ORG:Acme;;"
// with \; \: \, \\ escapes and N as "last,first". The text must start with
// "MECARD:" (leading spaces ignored).
std::optional<BadgeData> parseMecard(QStringView text);

// The badge fields of a vCard: its preferred email and phone, else the first.
BadgeData badgeFromVCard(const VCard &card);

// Payloads longer than this are not badges; they are refused unread.
inline constexpr qsizetype maxBadgePayloadChars = 1024 * 1024;

} // namespace loopline
