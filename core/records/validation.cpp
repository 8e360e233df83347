#include "validation.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace loopline {

bool Validation::isValidEmail(const QString &address)
{
    // Practical check (RFC 5322 allows more than users ever type): one @, a local
    // part without spaces, a domain with a dot and a 2+ letter top level.
    static const QRegularExpression re(
        uR"(^[^\s@"(),:;<>\[\]\\]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,}$)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    if (address.size() > 254 || address.startsWith(u'.') || address.contains(".."_L1))
        return false;
    return re.match(address).hasMatch();
}

bool Validation::isValidPhone(const QString &number)
{
    static const QRegularExpression allowed(
        uR"(^\+?[0-9 ()\-./]+(?:\s*(?:x|ext\.?)\s*[0-9]+)?$)"_s, QRegularExpression::CaseInsensitiveOption);
    int digits = 0;
    for (QChar c : number)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 5 && digits <= 20 && allowed.match(number.trimmed()).hasMatch();
}

bool Validation::isValidDomain(const QString &domain)
{
    static const QRegularExpression re(
        uR"(^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,}$)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return re.match(domain).hasMatch();
}

bool Validation::isValidCurrency(const QString &code)
{
    static const QRegularExpression re(u"^[A-Z]{3}$"_s);
    return re.match(code).hasMatch();
}

FieldErrors Validation::check(const Contact &contact)
{
    FieldErrors errors;
    if (contact.firstName.trimmed().isEmpty() && contact.lastName.trimmed().isEmpty())
        errors.append({u"lastName"_s, tr("Enter a first or last name.")});
    for (qsizetype i = 0; i < contact.emails.size(); ++i) {
        const QString address = contact.emails.at(i).address.trimmed();
        if (address.isEmpty())
            errors.append({u"email.%1"_s.arg(i), tr("Email %1 is empty.").arg(i + 1)});
        else if (!isValidEmail(address))
            errors.append({u"email.%1"_s.arg(i),
                tr("Email %1 \"%2\" is not a valid address (expected name@example.com).")
                    .arg(i + 1)
                    .arg(address)});
    }
    for (qsizetype i = 0; i < contact.phones.size(); ++i) {
        const QString number = contact.phones.at(i).number.trimmed();
        if (!isValidPhone(number))
            errors.append({u"phone.%1"_s.arg(i),
                tr("Phone %1 \"%2\" is not a phone number (5 to 20 digits, optionally +, "
                   "spaces, brackets, dashes).")
                    .arg(i + 1)
                    .arg(number)});
    }
    if (contact.consent.given && contact.consent.source.trimmed().isEmpty())
        errors.append({u"consentSource"_s, tr("Say where the marketing consent was given.")});
    if (contact.consent.given && contact.consent.textVersion.trimmed().isEmpty())
        errors.append({u"consentTextVersion"_s, tr("Say which version of the consent text was agreed to.")});
    return errors;
}

FieldErrors Validation::check(const Company &company)
{
    FieldErrors errors;
    if (company.name.trimmed().isEmpty())
        errors.append({u"name"_s, tr("Enter the company name.")});
    // Checked as the store saves it: trimmed (and lower-cased, which the rule does not mind).
    const QString domain = company.domain.trimmed();
    if (!domain.isEmpty() && !isValidDomain(domain))
        errors.append({u"domain"_s, tr("\"%1\" is not a web domain (expected example.com).").arg(domain)});
    if (company.employees < 0)
        errors.append({u"employees"_s, tr("The number of employees cannot be negative.")});
    return errors;
}

FieldErrors Validation::check(const Deal &deal)
{
    FieldErrors errors;
    if (deal.title.trimmed().isEmpty())
        errors.append({u"title"_s, tr("Enter a title for the deal.")});
    if (deal.valueMinor < 0)
        errors.append({u"value"_s, tr("The deal value cannot be negative.")});
    if (!isValidCurrency(deal.currency))
        errors.append({u"currency"_s,
            tr("\"%1\" is not a currency code (three capital letters, e.g. EUR).").arg(deal.currency)});
    if (deal.stageId.isEmpty())
        errors.append({u"stage"_s, tr("Choose a stage.")});
    return errors;
}

QString Validation::describe(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &error : errors)
        lines << error.message;
    return lines.join(u'\n');
}

} // namespace loopline
