#include "badgepayload.h"

#include "vcard.h"

#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr QStringView kVCardStart = u"BEGIN:VCARD";
constexpr QStringView kMecardStart = u"MECARD:";

// Splits at unescaped separators and resolves MECARD's escapes (\; \: \, \\);
// another backslash stays with its character.
QStringList splitMecard(QStringView text, QChar separator, qsizetype maxParts = -1)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text[i + 1];
            if (next == u';' || next == u':' || next == u',' || next == u'\\')
                current += next;
            else
                current += QStringView(text.mid(i, 2));
            ++i;
        } else if (c == separator && (maxParts < 0 || parts.size() + 1 < maxParts)) {
            parts += current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts += current;
    return parts;
}

// The raw (still escaped) fields of a MECARD body, cut at unescaped ';'.
// Reading stops at the empty field of the closing ";;".
QList<QStringView> mecardFields(QStringView body)
{
    QList<QStringView> fields;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        if (i + 1 < body.size() && body[i] == u'\\') {
            ++i; // an escaped character, whatever it is
            continue;
        }
        if (i < body.size() && body[i] != u';')
            continue;
        const QStringView field = body.mid(start, std::min(i, body.size()) - start);
        start = i + 1;
        if (field.trimmed().isEmpty()) {
            if (i < body.size())
                break; // ";;" ends the card; whatever follows is not ours
            continue;
        }
        fields += field;
    }
    return fields;
}

// The first index of a key (unescaped ':') in a raw field, or -1.
qsizetype keyEnd(QStringView field)
{
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == u'\\')
            ++i;
        else if (field[i] == u':')
            return i;
    }
    return -1;
}

void splitFullName(const QString &name, BadgeData &badge)
{
    const QString simplified = name.simplified();
    const qsizetype space = simplified.lastIndexOf(u' ');
    if (space < 0) {
        badge.firstName = simplified;
    } else {
        badge.firstName = simplified.left(space);
        badge.lastName = simplified.mid(space + 1);
    }
}

std::optional<BadgeData> parseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); }))
        return std::nullopt;
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return std::nullopt;

    BadgeData badge;
    badge.url = trimmed;
    // Badge systems name their parameters every which way; the usual names.
    const auto keyIn = [](const QString &key, std::initializer_list<QStringView> names) {
        return std::any_of(names.begin(), names.end(), [&](QStringView n) { return key == n; });
    };
    QString fullName;
    const QUrlQuery query(url);
    for (const auto &[rawKey, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        QString key = rawKey.toLower();
        key.remove(u'_');
        key.remove(u'-');
        // In a form-encoded query "+" is a space; in a phone number or an email
        // address it is itself.
        const QString value = rawValue.trimmed();
        const QString words = QString(rawValue).replace(u'+', u' ').simplified();
        if (value.isEmpty())
            continue;
        if (keyIn(key, {u"name", u"fullname", u"fn"}))
            fullName = words;
        else if (keyIn(key, {u"first", u"firstname", u"fname", u"given", u"givenname"}))
            badge.firstName = words;
        else if (keyIn(key, {u"last", u"lastname", u"lname", u"family", u"familyname", u"surname"}))
            badge.lastName = words;
        else if (keyIn(key, {u"email", u"mail", u"emailaddress"}))
            badge.email = value;
        else if (keyIn(key, {u"company", u"org", u"organization", u"organisation", u"companyname"}))
            badge.company = words;
        else if (keyIn(key, {u"phone", u"tel", u"telephone", u"mobile", u"cell"}))
            badge.phone = value;
        else if (keyIn(key, {u"title", u"jobtitle", u"position", u"job"}))
            badge.jobTitle = words;
        else if (keyIn(key, {u"note", u"notes", u"comment"}))
            badge.note = words;
    }
    if (badge.firstName.isEmpty() && badge.lastName.isEmpty() && !fullName.isEmpty())
        splitFullName(fullName, badge);
    return badge;
}

std::optional<BadgeData> parseVCardPayload(QStringView text)
{
    const auto result = VCardReader::read(text.toUtf8());
    if (result.cards.isEmpty())
        return std::nullopt;
    BadgeData badge = badgeFromVCard(result.cards.constFirst());
    if (badge.isEmpty())
        return std::nullopt;
    return badge;
}

} // namespace

bool BadgeData::isEmpty() const
{
    return *this == BadgeData();
}

bool looksLikeBadgeStart(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.startsWith(kVCardStart, Qt::CaseInsensitive) || t.startsWith(kMecardStart, Qt::CaseInsensitive)
        || t.startsWith(u"http://", Qt::CaseInsensitive) || t.startsWith(u"https://", Qt::CaseInsensitive);
}

BadgeData badgeFromVCard(const VCard &card)
{
    // The contact conversion knows how names, titles and the preferred email
    // are chosen; the phone is taken as printed, since the badge has no region.
    const Contact contact = toContact(card, QString());
    BadgeData badge;
    badge.firstName = contact.firstName;
    badge.lastName = contact.lastName;
    badge.company = contact.companyName;
    badge.jobTitle = contact.jobTitle;
    badge.email = contact.primaryEmail();
    const auto preferred = std::find_if(card.phones.begin(), card.phones.end(),
        [](const VCardPhone &phone) { return phone.types.contains(u"pref"_s); });
    if (preferred != card.phones.end())
        badge.phone = preferred->number;
    else if (!card.phones.isEmpty())
        badge.phone = card.phones.constFirst().number;
    if (!card.urls.isEmpty())
        badge.url = card.urls.constFirst();
    badge.note = card.note;
    return badge;
}

std::optional<BadgeData> parseMecard(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(kMecardStart, Qt::CaseInsensitive))
        return std::nullopt;
    BadgeData badge;
    QStringList notes;
    for (const QStringView field : mecardFields(trimmed.mid(kMecardStart.size()))) {
        const qsizetype colon = keyEnd(field);
        if (colon <= 0)
            continue;
        const QString key = field.left(colon).trimmed().toString().toUpper();
        const QStringView raw = field.mid(colon + 1);
        const QString value = splitMecard(raw, u';').constFirst().trimmed();
        if (value.isEmpty())
            continue;
        if (key == u"N"_s) {
            // "N:Doe,John": the family name first, as in Japanese, where MECARD comes from.
            const QStringList parts = splitMecard(raw, u',', 2);
            if (parts.size() == 2) {
                badge.lastName = parts.at(0).simplified();
                badge.firstName = parts.at(1).simplified();
            } else {
                splitFullName(parts.constFirst(), badge);
            }
        } else if (key == u"TEL"_s) {
            if (badge.phone.isEmpty())
                badge.phone = value;
        } else if (key == u"EMAIL"_s) {
            if (badge.email.isEmpty())
                badge.email = value;
        } else if (key == u"ORG"_s) {
            if (badge.company.isEmpty())
                badge.company = value;
        } else if (key == u"TITLE"_s) {
            if (badge.jobTitle.isEmpty())
                badge.jobTitle = value;
        } else if (key == u"URL"_s) {
            if (badge.url.isEmpty())
                badge.url = value;
        } else if (key == u"NOTE"_s) {
            notes += value;
        }
    }
    badge.note = notes.join(u'\n');
    if (badge.isEmpty())
        return std::nullopt;
    return badge;
}

std::optional<BadgeData> parseBadgePayload(const QString &text)
{
    if (text.size() > maxBadgePayloadChars)
        return std::nullopt;
    const qsizetype vcard = text.indexOf(kVCardStart, 0, Qt::CaseInsensitive);
    if (vcard >= 0) {
        if (auto badge = parseVCardPayload(QStringView(text).mid(vcard)))
            return badge;
    }
    const qsizetype mecard = text.indexOf(kMecardStart, 0, Qt::CaseInsensitive);
    if (mecard >= 0) {
        if (auto badge = parseMecard(QStringView(text).mid(mecard)))
            return badge;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || trimmed.startsWith(u"https://"_s, Qt::CaseInsensitive))
        return parseUrl(trimmed);
    return std::nullopt;
}

} // namespace loopline
