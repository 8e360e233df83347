#include "records/validation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;

// The rules records satisfy before they are saved, and the field keys the forms
// map their errors to.
class tst_Validation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data();
    void email();
    void phone_data();
    void phone();
    void domain_data();
    void domain();
    void currency_data();
    void currency();
    void contactFields_data();
    void contactFields();
    void companyFields_data();
    void companyFields();
    void dealFields_data();
    void dealFields();
    void describeListsEveryMessage();
};

namespace {

QStringList fieldKeys(const FieldErrors &errors)
{
    QStringList keys;
    for (const FieldError &error : errors)
        keys << error.field;
    return keys;
}

bool allMessagesPresent(const FieldErrors &errors)
{
    for (const FieldError &error : errors) {
        if (error.message.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

void tst_Validation::email_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::addRow("plain") << u"anna@example.com"_s << true;
    QTest::addRow("dotted local part") << u"anna.shevchenko@example.com"_s << true;
    QTest::addRow("plus tag") << u"anna+crm@example.com"_s << true;
    QTest::addRow("subdomains") << u"a@mail.sales.example.co.uk"_s << true;
    QTest::addRow("hyphenated domain") << u"ops@north-wind.com"_s << true;
    QTest::addRow("apostrophe") << u"o'brien@example.ie"_s << true;
    QTest::addRow("digits") << u"ivan.ivanov42@example.com"_s << true;
    QTest::addRow("cyrillic domain") << u"info@пример.рф"_s << true;
    QTest::addRow("cyrillic everything") << u"оксана@київ.укр"_s << true;
    QTest::addRow("missing @") << u"anna.example.com"_s << false;
    QTest::addRow("two @") << u"anna@home@example.com"_s << false;
    QTest::addRow("double dot in local part") << u"anna..b@example.com"_s << false;
    QTest::addRow("double dot in domain") << u"anna@example..com"_s << false;
    QTest::addRow("leading dot") << u".anna@example.com"_s << false;
    QTest::addRow("space inside") << u"anna shevchenko@example.com"_s << false;
    QTest::addRow("leading space") << u" anna@example.com"_s << false;
    QTest::addRow("space in domain") << u"anna@exa mple.com"_s << false;
    QTest::addRow("no top-level domain") << u"anna@localhost"_s << false;
    QTest::addRow("one-letter top-level domain") << u"anna@example.c"_s << false;
    QTest::addRow("numeric top-level domain") << u"anna@example.123"_s << false;
    QTest::addRow("trailing dot") << u"anna@example.com."_s << false;
    QTest::addRow("label starts with hyphen") << u"anna@-example.com"_s << false;
    QTest::addRow("label ends with hyphen") << u"anna@example-.com"_s << false;
    QTest::addRow("empty local part") << u"@example.com"_s << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("angle brackets") << u"Anna <anna@example.com>"_s << false;
    QTest::addRow("ip literal") << u"anna@[127.0.0.1]"_s << false;
    // 64 + 1 + 189 = 254, the longest address; labels stay within 63 characters.
    const QString local = u"a"_s.repeated(64);
    const QString label = u"b"_s.repeated(61);
    QTest::addRow("254 characters") << QString(local + u'@' + label + u'.' + label + u'.' + label + u".com"_s)
                                    << true;
    QTest::addRow("255 characters") << QString(local + u"@b"_s + label + u'.' + label + u'.' + label
        + u".com"_s) << false;
}

void tst_Validation::email()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidEmail(address), valid);
}

void tst_Validation::phone_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");

    QTest::addRow("international") << u"+44 20 7123 4567"_s << true;
    QTest::addRow("ukrainian local") << u"044 123 45 67"_s << true;
    QTest::addRow("brackets and dashes") << u"(495) 123-45-67"_s << true;
    QTest::addRow("dots") << u"+1 555.123.4567"_s << true;
    QTest::addRow("extension") << u"+1 555 123 4567 ext. 89"_s << true;
    QTest::addRow("short extension") << u"+1 555 123 4567 x89"_s << true;
    QTest::addRow("five digits") << u"12345"_s << true;
    QTest::addRow("twenty digits") << u"+12345678901234567890"_s << true;
    QTest::addRow("four digits") << u"1234"_s << false;
    QTest::addRow("twenty-one digits") << u"123456789012345678901"_s << false;
    QTest::addRow("letters") << u"+44 20 ABC 4567"_s << false;
    QTest::addRow("two plus signs") << u"++44 20 7123 4567"_s << false;
    QTest::addRow("plus in the middle") << u"44+20 7123 4567"_s << false;
    QTest::addRow("extension without digits") << u"+1 555 123 4567 ext"_s << false;
    QTest::addRow("arabic-indic digits") << u"٠١٢٣٤٥٦"_s << false;
    QTest::addRow("empty") << QString() << false;
}

void tst_Validation::phone()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidPhone(number), valid);
}

void tst_Validation::domain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("valid");

    QTest::addRow("plain") << u"example.com"_s << true;
    QTest::addRow("subdomains") << u"sales.example.co.uk"_s << true;
    QTest::addRow("hyphen") << u"north-wind.com"_s << true;
    QTest::addRow("digits in label") << u"4life.com"_s << true;
    QTest::addRow("cyrillic") << u"пример.рф"_s << true;
    QTest::addRow("no dot") << u"example"_s << false;
    QTest::addRow("leading hyphen") << u"-example.com"_s << false;
    QTest::addRow("trailing hyphen") << u"example-.com"_s << false;
    QTest::addRow("space") << u"exa mple.com"_s << false;
    QTest::addRow("double dot") << u"example..com"_s << false;
    QTest::addRow("leading dot") << u".example.com"_s << false;
    QTest::addRow("trailing dot") << u"example.com."_s << false;
    QTest::addRow("url") << u"https://example.com"_s << false;
    QTest::addRow("path") << u"example.com/about"_s << false;
    QTest::addRow("one-letter top level") << u"example.c"_s << false;
    QTest::addRow("email") << u"anna@example.com"_s << false;
    QTest::addRow("64-character label") << QString(u"a"_s.repeated(64) + u".com"_s) << false;
    QTest::addRow("63-character label") << QString(u"a"_s.repeated(63) + u".com"_s) << true;
    QTest::addRow("empty") << QString() << false;
}

void tst_Validation::domain()
{
    QFETCH(QString, domain);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidDomain(domain), valid);
}

void tst_Validation::currency_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    QTest::addRow("EUR") << u"EUR"_s << true;
    QTest::addRow("UAH") << u"UAH"_s << true;
    QTest::addRow("GBP") << u"GBP"_s << true;
    QTest::addRow("lower case") << u"eur"_s << false;
    QTest::addRow("mixed case") << u"Eur"_s << false;
    QTest::addRow("two letters") << u"EU"_s << false;
    QTest::addRow("four letters") << u"EURO"_s << false;
    QTest::addRow("digit") << u"E1R"_s << false;
    QTest::addRow("symbol") << u"€"_s << false;
    QTest::addRow("padded") << u" EUR"_s << false;
    QTest::addRow("cyrillic") << u"ГРН"_s << false;
    QTest::addRow("empty") << QString() << false;
}

void tst_Validation::currency()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidCurrency(code), valid);
}

void tst_Validation::contactFields_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<bool>("consent");
    QTest::addColumn<QString>("consentSource");
    QTest::addColumn<QString>("consentTextVersion");
    QTest::addColumn<QStringList>("fields");

    const QString v1 = u"2026-01"_s;
    QTest::addRow("valid") << u"Anna"_s << u"Shevchenko"_s << QStringList {u"anna@example.com"_s}
                           << QStringList {u"+380 44 123 4567"_s} << true << u"Web form"_s << v1
                           << QStringList();
    QTest::addRow("first name only") << u"Anna"_s << QString() << QStringList() << QStringList() << false
                                     << QString() << QString() << QStringList();
    QTest::addRow("last name only") << QString() << u"Шевченко"_s << QStringList() << QStringList() << false
                                    << QString() << QString() << QStringList();
    QTest::addRow("no name") << QString() << QString() << QStringList() << QStringList() << false << QString()
                             << QString() << QStringList {u"lastName"_s};
    QTest::addRow("blank name") << u"  "_s << u"\t"_s << QStringList() << QStringList() << false << QString()
                                << QString() << QStringList {u"lastName"_s};
    QTest::addRow("second email bad")
        << u"Anna"_s << QString() << QStringList {u"anna@example.com"_s, u"anna@@example.com"_s}
        << QStringList() << false << QString() << QString() << QStringList {u"email.1"_s};
    QTest::addRow("email padded is fine")
        << u"Anna"_s << QString() << QStringList {u"  anna@example.com  "_s} << QStringList() << false
        << QString() << QString() << QStringList();
    QTest::addRow("empty email") << u"Anna"_s << QString() << QStringList {u"   "_s} << QStringList() << false
                                 << QString() << QString() << QStringList {u"email.0"_s};
    QTest::addRow("first phone bad") << u"Anna"_s << QString() << QStringList()
                                     << QStringList {u"call me"_s, u"+44 20 7123 4567"_s} << false
                                     << QString() << QString() << QStringList {u"phone.0"_s};
    QTest::addRow("empty phone") << u"Anna"_s << QString() << QStringList() << QStringList {QString()}
                                 << false << QString() << QString() << QStringList {u"phone.0"_s};
    QTest::addRow("consent without source") << u"Anna"_s << QString() << QStringList() << QStringList()
                                            << true << u" "_s << v1 << QStringList {u"consentSource"_s};
    QTest::addRow("consent without text version")
        << u"Anna"_s << QString() << QStringList() << QStringList() << true << u"Booth"_s << QString()
        << QStringList {u"consentTextVersion"_s};
    QTest::addRow("no consent needs no source") << u"Anna"_s << QString() << QStringList() << QStringList()
                                                << false << QString() << QString() << QStringList();
    QTest::addRow("everything wrong, in form order")
        << QString() << QString() << QStringList {u"bad"_s, u"ok@example.com"_s, u"also bad"_s}
        << QStringList {u"+44 20 7123 4567"_s, u"12"_s} << true << QString() << QString()
        << QStringList {u"lastName"_s, u"email.0"_s, u"email.2"_s, u"phone.1"_s, u"consentSource"_s,
               u"consentTextVersion"_s};
}

void tst_Validation::contactFields()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(QStringList, emails);
    QFETCH(QStringList, phones);
    QFETCH(bool, consent);
    QFETCH(QString, consentSource);
    QFETCH(QString, consentTextVersion);
    QFETCH(QStringList, fields);

    Contact contact;
    contact.firstName = firstName;
    contact.lastName = lastName;
    for (const QString &address : emails)
        contact.emails.append({u"work"_s, address});
    for (const QString &number : phones)
        contact.phones.append({u"mobile"_s, number});
    contact.consent.given = consent;
    contact.consent.source = consentSource;
    contact.consent.textVersion = consentTextVersion;

    const FieldErrors errors = Validation::check(contact);
    QCOMPARE(fieldKeys(errors), fields);
    QVERIFY(allMessagesPresent(errors));
}

void tst_Validation::companyFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("employees");
    QTest::addColumn<QStringList>("fields");

    QTest::addRow("valid") << u"Northwind Logistics"_s << u"northwind.com"_s << 120 << QStringList();
    QTest::addRow("no domain is fine") << u"Northwind"_s << QString() << 0 << QStringList();
    QTest::addRow("padded domain is fine") << u"Northwind"_s << u" Northwind.COM "_s << 0 << QStringList();
    QTest::addRow("blank domain is no domain") << u"Northwind"_s << u"   "_s << 0 << QStringList();
    QTest::addRow("cyrillic") << u"Київ Софт"_s << u"київсофт.укр"_s << 5 << QStringList();
    QTest::addRow("no name") << QString() << u"northwind.com"_s << 1 << QStringList {u"name"_s};
    QTest::addRow("blank name") << u"   "_s << QString() << 1 << QStringList {u"name"_s};
    QTest::addRow("bad domain") << u"Northwind"_s << u"northwind"_s << 1 << QStringList {u"domain"_s};
    QTest::addRow("url as domain") << u"Northwind"_s << u"https://northwind.com"_s << 1
                                   << QStringList {u"domain"_s};
    QTest::addRow("negative employees") << u"Northwind"_s << QString() << -1 << QStringList {u"employees"_s};
    QTest::addRow("all wrong") << QString() << u"x y"_s << -5
                               << QStringList {u"name"_s, u"domain"_s, u"employees"_s};
}

void tst_Validation::companyFields()
{
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(int, employees);
    QFETCH(QStringList, fields);

    Company company;
    company.name = name;
    company.domain = domain;
    company.employees = employees;
    const FieldErrors errors = Validation::check(company);
    QCOMPARE(fieldKeys(errors), fields);
    QVERIFY(allMessagesPresent(errors));
}

void tst_Validation::dealFields_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<qlonglong>("valueMinor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QStringList>("fields");

    QTest::addRow("valid") << u"Annual licence"_s << 1'250'000LL << u"EUR"_s << u"needs_confirmed"_s
                           << QStringList();
    QTest::addRow("zero value") << u"Pilot"_s << 0LL << u"UAH"_s << u"assessment_booked"_s << QStringList();
    QTest::addRow("no title") << QString() << 100LL << u"EUR"_s << u"needs_confirmed"_s
                              << QStringList {u"title"_s};
    QTest::addRow("blank title") << u"  "_s << 100LL << u"EUR"_s << u"needs_confirmed"_s
                                 << QStringList {u"title"_s};
    QTest::addRow("negative value") << u"Refund"_s << -1LL << u"EUR"_s << u"needs_confirmed"_s
                                    << QStringList {u"value"_s};
    QTest::addRow("lower-case currency")
        << u"Licence"_s << 100LL << u"eur"_s << u"needs_confirmed"_s << QStringList {u"currency"_s};
    QTest::addRow("no currency") << u"Licence"_s << 100LL << QString() << u"needs_confirmed"_s
                                 << QStringList {u"currency"_s};
    QTest::addRow("no stage") << u"Licence"_s << 100LL << u"EUR"_s << QString() << QStringList {u"stage"_s};
    QTest::addRow("all wrong") << QString() << -7LL << u"€"_s << QString()
                               << QStringList {u"title"_s, u"value"_s, u"currency"_s, u"stage"_s};
}

void tst_Validation::dealFields()
{
    QFETCH(QString, title);
    QFETCH(qlonglong, valueMinor);
    QFETCH(QString, currency);
    QFETCH(QString, stage);
    QFETCH(QStringList, fields);

    Deal deal;
    deal.title = title;
    deal.valueMinor = valueMinor;
    deal.currency = currency;
    deal.stageId = stage;
    const FieldErrors errors = Validation::check(deal);
    QCOMPARE(fieldKeys(errors), fields);
    QVERIFY(allMessagesPresent(errors));
}

void tst_Validation::describeListsEveryMessage()
{
    Contact contact;
    contact.emails.append({u"work"_s, u"not an address"_s});
    const FieldErrors errors = Validation::check(contact);
    QCOMPARE(errors.size(), 2);
    const QString text = Validation::describe(errors);
    QCOMPARE(text, errors.at(0).message + u'\n' + errors.at(1).message);
    QVERIFY(text.contains(u"not an address"_s)); // the bad value is quoted back to the user
    QCOMPARE(Validation::describe({}), QString());
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
