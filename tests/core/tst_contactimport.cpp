#include "exchange/contactimport.h"
#include "export/listexport.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace loopline;
using loopline::test::stringColumn;
using loopline::test::TestDatabase;

Q_DECLARE_METATYPE(loopline::ImportField)
Q_DECLARE_METATYPE(loopline::SlashDates)
Q_DECLARE_METATYPE(loopline::DuplicatePolicy)

// ContactImporter on both backends: the exports of HubSpot, Salesforce, Pipedrive,
// amoCRM and Bitrix24 read by their presets and by Automatic, with the stored values
// checked exactly; companies found by domain and name; the duplicate policies against
// existing contacts and within the file; rejected rows with their row, line, field
// and reason, and the file that lists them; and all-or-nothing: a malformed file,
// Cancel, an empty file or a missing name column write nothing at all. The parsers
// the importer uses (dates, yes/no, names, domains, header mapping) are tested on
// their own too; those functions open no database.
class tst_ContactImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    // The parsers, no database.
    void parseDate_data();
    void parseDate();
    void parseYesNo_data();
    void parseYesNo();
    void splitFullName_data();
    void splitFullName();
    void domainOf_data();
    void domainOf();
    void headerKey_data();
    void headerKey();
    void mapHeaders_data();
    void mapHeaders();
    void presetsAndFieldNames();

    // Other programs' exports.
    void hubSpotExport_data();
    void hubSpotExport();
    void salesforceExport_data();
    void salesforceExport();
    void pipedriveExport_data();
    void pipedriveExport();
    void amoCrmExport_data();
    void amoCrmExport();
    void bitrix24Export_data();
    void bitrix24Export();
    void looplineExportRoundTrip();

    // Companies, dates, consent, defaults.
    void companiesFoundByDomainAndName();
    void createdAtAndConsentAreStored_data();
    void createdAtAndConsentAreStored();
    void defaultsAndSegments();

    // Duplicates.
    void duplicatePolicies_data();
    void duplicatePolicies();
    void duplicatesWithinTheFile_data();
    void duplicatesWithinTheFile();
    void duplicateFoundByPhone_data();
    void duplicateFoundByPhone();

    // Rejected rows.
    void rejectedRow_data();
    void rejectedRow();
    void rowsOfEmptyFieldsAreSkipped();
    void rejectedRowsFile();
    void problemsKeepTheFirstThousandTheFileHasAll();

    // Nothing written.
    void malformedFileWritesNothing_data();
    void malformedFileWritesNothing();
    void databaseErrorWritesNothing();
    void cancelWritesNothing_data();
    void cancelWritesNothing();
    void emptyOrHeaderOnlyFileWritesNothing_data();
    void emptyOrHeaderOnlyFileWritesNothing();
    void noNameColumnIsAnError();

private:
    struct Run
    {
        QByteArray rejected; // what was written to rejectedRows
        CsvFormat format; // as sniffed
    };
    ImportResult import(const QByteArray &bytes, ImportOptions options, const QString &presetName,
        Run *run = nullptr, const ContactImporter::Progress &progress = {});
    QList<Contact> contacts() const; // in the order they were written
    QStringList companies() const; // "name | domain", in order
    QString addCompany(const QString &name, const QString &domain);
    qint64 count(const QString &table) const
    {
        return m_db->scalar(u"SELECT COUNT(*) FROM "_s + table).toLongLong();
    }
    // Row counts of every table an import writes to.
    QList<qint64> footprint() const
    {
        return {count(u"contacts"_s), count(u"companies"_s), count(u"contact_emails"_s),
            count(u"contact_phones"_s), count(u"segments"_s), count(u"timeline"_s)};
    }

    std::unique_ptr<Database> m_db;
    std::shared_ptr<ManualClock> m_clock;
};

namespace {

constexpr qint64 kNow = 1'717'160'709'000; // 2024-05-31 13:05:09 UTC

QDateTime local(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s)).toUTC();
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QByteArray cp1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    const QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

const QByteArray kBom = "\xEF\xBB\xBF";

ImportPreset presetNamed(const QString &name)
{
    for (const ImportPreset &p : ContactImporter::builtInPresets()) {
        if (p.name == name)
            return p;
    }
    qFatal("no preset %s", qPrintable(name));
    return {};
}

// One line per contact with everything an import sets, for exact comparisons
// with a readable failure message.
QString describe(const Contact &c)
{
    QStringList emails, phones;
    for (const EmailAddress &e : c.emails)
        emails << e.kind + u':' + e.address;
    for (const PhoneNumber &p : c.phones)
        phones << p.kind + u':' + p.number;
    const QString consent = c.consent.given
        ? u"yes (%1; %2)"_s.arg(c.consent.source, c.consent.textVersion)
        : (c.consent.source.isEmpty() && c.consent.textVersion.isEmpty() ? u"no"_s
                                                                         : u"no (but source set)"_s);
    return QStringList {c.firstName + u" / "_s + c.lastName, u"job: "_s + c.jobTitle,
        u"company: "_s + c.companyName, u"emails: "_s + emails.join(u", "_s),
        u"phones: "_s + phones.join(u", "_s), u"source: "_s + c.source, u"tags: "_s + c.tags.join(u", "_s),
        u"notes: "_s + c.notes, u"owner: "_s + c.owner, u"consent: "_s + consent}
        .join(u" | "_s);
}

bool isDatabaseFree(const char *function)
{
    static const QList<QByteArray> pure = {"parseDate", "parseYesNo", "splitFullName", "domainOf",
        "headerKey", "mapHeaders", "presetsAndFieldNames"};
    return pure.contains(QByteArray(function));
}

} // namespace

void tst_ContactImport::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void tst_ContactImport::init()
{
    // The parsers need no database; creating one per data row would only be slow.
    if (isDatabaseFree(QTest::currentTestFunction()))
        return;
    QFETCH_GLOBAL(QString, backend);
    LOOPLINE_OPEN_TEST_DATABASE(m_db, backend);
    m_clock = std::make_shared<ManualClock>(kNow);
    m_db->setClock(m_clock);
}

void tst_ContactImport::cleanup()
{
    m_db.reset();
}

ImportResult tst_ContactImport::import(const QByteArray &bytes, ImportOptions options,
    const QString &presetName, Run *run, const ContactImporter::Progress &progress)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    const CsvFormat format = CsvReader::sniff(&buffer);
    if (!presetName.isEmpty()) {
        // As the wizard does: the header row mapped by the chosen preset, then the
        // file read again from its start.
        CsvReader headerReader(&buffer, format);
        QStringList headers;
        headerReader.next(headers);
        options.columns = ContactImporter::mapHeaders(headers, presetNamed(presetName));
        buffer.seek(0);
    }
    QByteArray rejected;
    QBuffer rejectedBuffer(&rejected);
    rejectedBuffer.open(QIODevice::WriteOnly);
    const ImportResult result
        = ContactImporter(*m_db).run(&buffer, format, options, progress, &rejectedBuffer);
    if (run) {
        run->rejected = rejected;
        run->format = format;
    }
    return result;
}

QList<Contact> tst_ContactImport::contacts() const
{
    QList<Contact> out;
    const ContactStore store(*m_db);
    for (const QString &id : stringColumn(*m_db, u"SELECT id FROM contacts ORDER BY seq"_s))
        out << *store.get(id);
    return out;
}

QStringList tst_ContactImport::companies() const
{
    QStringList out;
    QSqlQuery q = m_db->run(u"SELECT name, domain, owner FROM companies ORDER BY seq"_s);
    while (q.next())
        out << q.value(0).toString() + u" | "_s + q.value(1).toString() + u" | "_s + q.value(2).toString();
    return out;
}

QString tst_ContactImport::addCompany(const QString &name, const QString &domain)
{
    Company company;
    company.name = name;
    company.domain = domain;
    return CompanyStore(*m_db).create(company);
}

// ---------------------------------------------------------------------------------
// Parsers

void tst_ContactImport::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SlashDates>("slashDates");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a date

    const auto mdy = SlashDates::MonthFirst;
    const auto dmy = SlashDates::DayFirst;
    // Without a zone a date is the computer's local time, as the exporting program showed it.
    QTest::addRow("ISO date") << u"2024-03-04"_s << dmy << local(2024, 3, 4);
    QTest::addRow("ISO date, single digits") << u"2024-3-4"_s << dmy << local(2024, 3, 4);
    QTest::addRow("ISO date and time (HubSpot)") << u"2024-03-04 10:15"_s << dmy << local(2024, 3, 4, 10, 15);
    QTest::addRow("ISO with seconds (Pipedrive)")
        << u"2024-03-04 10:15:30"_s << mdy << local(2024, 3, 4, 10, 15, 30);
    QTest::addRow("ISO with T") << u"2024-03-04T10:15:30"_s << dmy << local(2024, 3, 4, 10, 15, 30);
    QTest::addRow("ISO UTC") << u"2024-03-04T10:15:30Z"_s << dmy << utc(2024, 3, 4, 10, 15, 30);
    QTest::addRow("ISO UTC with milliseconds")
        << u"2024-03-04T10:15:30.000Z"_s << dmy << utc(2024, 3, 4, 10, 15, 30);
    QTest::addRow("ISO +03:00") << u"2024-03-04T10:15:00+03:00"_s << dmy << utc(2024, 3, 4, 7, 15);
    QTest::addRow("ISO +0530") << u"2024-03-04 10:15+0530"_s << dmy << utc(2024, 3, 4, 4, 45);
    QTest::addRow("ISO -05:00 crossing midnight")
        << u"2024-03-04T21:30:00-05:00"_s << dmy << utc(2024, 3, 5, 2, 30);
    QTest::addRow("surrounding spaces") << u"  2024-03-04  "_s << dmy << local(2024, 3, 4);
    QTest::addRow("dots (amoCRM, Bitrix24)") << u"04.03.2024"_s << mdy << local(2024, 3, 4);
    QTest::addRow("dots with time") << u"04.03.2024 10:15:00"_s << mdy << local(2024, 3, 4, 10, 15);
    QTest::addRow("dots, single digits, minutes") << u"4.3.2024 9:05"_s << dmy << local(2024, 3, 4, 9, 5);
    QTest::addRow("dots, two-digit year") << u"04.03.24"_s << dmy << local(2024, 3, 4);
    QTest::addRow("dots, two-digit year 99") << u"31.12.99"_s << dmy << local(1999, 12, 31);
    QTest::addRow("dashes are day first") << u"04-03-2024"_s << mdy << local(2024, 3, 4);
    QTest::addRow("03/04/2024 month first") << u"03/04/2024"_s << mdy << local(2024, 3, 4);
    QTest::addRow("03/04/2024 day first") << u"03/04/2024"_s << dmy << local(2024, 4, 3);
    QTest::addRow("13/04/2024 can only be day first") << u"13/04/2024"_s << mdy << local(2024, 4, 13);
    QTest::addRow("04/13/2024 can only be month first") << u"04/13/2024"_s << dmy << local(2024, 4, 13);
    QTest::addRow("Salesforce US with PM") << u"3/4/2024 9:05 PM"_s << mdy << local(2024, 3, 4, 21, 5);
    QTest::addRow("comma before time, am") << u"3/4/2024, 11:59 am"_s << mdy << local(2024, 3, 4, 11, 59);
    QTest::addRow("12 AM is midnight") << u"3/4/2024 12:00 AM"_s << mdy << local(2024, 3, 4, 0, 0);
    QTest::addRow("12 PM is noon") << u"3/4/2024 12:30PM"_s << mdy << local(2024, 3, 4, 12, 30);
    QTest::addRow("leap day") << u"29.02.2024"_s << dmy << local(2024, 2, 29);

    QTest::addRow("empty") << QString() << dmy << QDateTime();
    QTest::addRow("spaces") << u"   "_s << dmy << QDateTime();
    QTest::addRow("words") << u"yesterday"_s << dmy << QDateTime();
    QTest::addRow("February 30") << u"2024-02-30"_s << dmy << QDateTime();
    QTest::addRow("29.02 in a common year") << u"29.02.2023"_s << dmy << QDateTime();
    QTest::addRow("month 13") << u"2024-13-01"_s << dmy << QDateTime();
    QTest::addRow("31/31/2024") << u"31/31/2024"_s << mdy << QDateTime();
    QTest::addRow("13/13/2024") << u"13/13/2024"_s << dmy << QDateTime();
    QTest::addRow("hour 24") << u"04.03.2024 24:00"_s << dmy << QDateTime();
    QTest::addRow("13 PM") << u"3/4/2024 13:00 PM"_s << mdy << QDateTime();
    QTest::addRow("0 AM") << u"3/4/2024 0:30 AM"_s << mdy << QDateTime();
    QTest::addRow("mixed separators") << u"04.03/2024"_s << dmy << QDateTime();
    QTest::addRow("trailing text") << u"2024-03-04 maybe"_s << dmy << QDateTime();
    QTest::addRow("number only") << u"45352"_s << dmy << QDateTime();
}

void tst_ContactImport::parseDate()
{
    QFETCH(QString, text);
    QFETCH(SlashDates, slashDates);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = ContactImporter::parseDate(text, slashDates);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC); // stored as an instant
    }
}

void tst_ContactImport::parseYesNo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 neither

    for (const QString &yes : {u"yes"_s, u"Yes"_s, u"Y"_s, u"true"_s, u"TRUE"_s, u"1"_s, u"x"_s, u"Да"_s,
             u"ДА"_s, u"так"_s, u"Subscribed"_s, u"opted in"_s, u"granted"_s, u"given"_s, u" yes "_s})
        QTest::addRow("yes: '%s'", qPrintable(yes)) << yes << 1;
    for (const QString &no : {u"no"_s, u"No"_s, u"n"_s, u"false"_s, u"0"_s, u"нет"_s, u"Нет"_s, u"ні"_s,
             u""_s, u"   "_s, u"unsubscribed"_s, u"Opted out"_s, u"withdrawn"_s})
        QTest::addRow("no: '%s'", qPrintable(no)) << no << 0;
    for (const QString &neither : {u"maybe"_s, u"2"_s, u"yes!"_s, u"yes please"_s, u"-"_s})
        QTest::addRow("neither: '%s'", qPrintable(neither)) << neither << -1;
}

void tst_ContactImport::parseYesNo()
{
    QFETCH(QString, text);
    QFETCH(int, expected);

    const std::optional<bool> parsed = ContactImporter::parseYesNo(text);
    QCOMPARE(parsed ? int(*parsed) : -1, expected);
}

void tst_ContactImport::splitFullName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    QTest::addRow("first last") << u"Anna Petrova"_s << u"Anna"_s << u"Petrova"_s;
    QTest::addRow("two first names") << u"Anna Maria Petrova"_s << u"Anna Maria"_s << u"Petrova"_s;
    QTest::addRow("last, first") << u"Petrova, Anna"_s << u"Anna"_s << u"Petrova"_s;
    QTest::addRow("last, two first names") << u"Petrova, Anna Maria"_s << u"Anna Maria"_s << u"Petrova"_s;
    QTest::addRow("extra spaces") << u"  Anna \t  Petrova  "_s << u"Anna"_s << u"Petrova"_s;
    QTest::addRow("one word is a last name") << u"Madonna"_s << QString() << u"Madonna"_s;
    QTest::addRow("hyphenated") << u"Jean-Luc Picard-Smith"_s << u"Jean-Luc"_s << u"Picard-Smith"_s;
    QTest::addRow("Cyrillic") << u"Олена Коваленко"_s << u"Олена"_s << u"Коваленко"_s;
    QTest::addRow("empty") << QString() << QString() << QString();
}

void tst_ContactImport::splitFullName()
{
    QFETCH(QString, name);
    QFETCH(QString, first);
    QFETCH(QString, last);

    const auto [actualFirst, actualLast] = ContactImporter::splitFullName(name);
    QCOMPARE(actualFirst, first);
    QCOMPARE(actualLast, last);
}

void tst_ContactImport::domainOf_data()
{
    QTest::addColumn<QString>("website");
    QTest::addColumn<QString>("domain");

    QTest::addRow("URL with www and path") << u"https://www.example.com/about"_s << u"example.com"_s;
    QTest::addRow("upper case") << u"HTTP://Example.COM"_s << u"example.com"_s;
    QTest::addRow("www without scheme") << u"www.example.com"_s << u"example.com"_s;
    QTest::addRow("bare domain") << u"example.com"_s << u"example.com"_s;
    QTest::addRow("trailing slash and spaces") << u"  example.org/  "_s << u"example.org"_s;
    QTest::addRow("subdomain, query, fragment")
        << u"https://shop.example.co.uk/x?y=1#z"_s << u"shop.example.co.uk"_s;
    QTest::addRow("port") << u"http://example.com:8080/"_s << u"example.com"_s;
    QTest::addRow("Cyrillic domain") << u"https://пример.рф"_s << u"пример.рф"_s;
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("words") << u"not a domain"_s << QString();
    QTest::addRow("no dot") << u"localhost"_s << QString();
    QTest::addRow("www alone") << u"www"_s << QString();
    QTest::addRow("scheme alone") << u"https://"_s << QString();
    QTest::addRow("n/a") << u"n/a"_s << QString();
}

void tst_ContactImport::domainOf()
{
    QFETCH(QString, website);
    QFETCH(QString, domain);
    QCOMPARE(ContactImporter::domainOf(website), domain);
}

void tst_ContactImport::headerKey_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");

    QTest::addRow("Pipedrive") << u"Person - Email - Work"_s << u"personemailwork"_s;
    QTest::addRow("E-mail") << u"E-mail"_s << u"email"_s;
    QTest::addRow("spaces and case") << u"  First Name "_s << u"firstname"_s;
    QTest::addRow("underscores") << u"FIRST_NAME"_s << u"firstname"_s;
    QTest::addRow("Russian") << u"Рабочий e-mail"_s << u"рабочийemail"_s;
    QTest::addRow("Ukrainian apostrophe") << u"Ім'я"_s << u"імя"_s;
    QTest::addRow("brackets") << u"Web (компания)"_s << u"webкомпания"_s;
    QTest::addRow("BOM left in a header") << u"\uFEFFName"_s << u"name"_s;
    QTest::addRow("digits kept") << u"Email 2"_s << u"email2"_s;
    QTest::addRow("empty") << QString() << QString();
}

void tst_ContactImport::headerKey()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QCOMPARE(ContactImporter::headerKey(header), key);
}

void tst_ContactImport::mapHeaders_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QList<ImportField>>("fields");

    using F = ImportField;
    using H = QStringList;
    using L = QList<ImportField>;
    const H pipedrive = {u"Person - Name"_s, u"Person - Email - Work"_s, u"Person - Email - Home"_s,
        u"Person - Phone - Work"_s, u"Person - Phone - Mobile"_s, u"Organization - Website"_s,
        u"Person - ID"_s};
    const L pipedriveFields
        = {F::FullName, F::Email, F::OtherEmail, F::Phone, F::MobilePhone, F::Website, F::Ignore};
    QTest::addRow("Pipedrive under Pipedrive") << pipedrive << u"Pipedrive"_s << pipedriveFields;
    QTest::addRow("Pipedrive under Automatic") << pipedrive << u"Automatic"_s << pipedriveFields;
    QTest::addRow("Pipedrive under HubSpot")
        << pipedrive << u"HubSpot"_s
        << L {F::Ignore, F::Ignore, F::Ignore, F::Ignore, F::Ignore, F::Ignore, F::Ignore};
    QTest::addRow("second Email is the other address, second Phone the mobile")
        << H {u"Name"_s, u"Email"_s, u"Email"_s, u"Phone"_s, u"Phone"_s, u"Phone"_s} << u"Automatic"_s
        << L {F::FullName, F::Email, F::OtherEmail, F::Phone, F::MobilePhone, F::Ignore};
    QTest::addRow("third Email ignored") << H {u"E-mail"_s, u"Email"_s, u"email"_s} << u"Automatic"_s
                                         << L {F::Email, F::OtherEmail, F::Ignore};
    QTest::addRow("mobile taken before a second phone") << H {u"Mobile"_s, u"Phone"_s,
        u"Telephone"_s} << u"Automatic"_s << L {F::MobilePhone, F::Phone, F::Ignore};
    QTest::addRow("patronymic joins the first name (Bitrix24)") << H {u"Имя"_s, u"Отчество"_s,
        u"Фамилия"_s} << u"Bitrix24"_s << L {F::FirstName, F::FirstName, F::LastName};
    QTest::addRow("tags and notes may repeat") << H {u"Tags"_s, u"Labels"_s, u"Notes"_s, u"Description"_s}
                                               << u"Automatic"_s << L {F::Tags, F::Tags, F::Notes, F::Notes};
    QTest::addRow("second company ignored (HubSpot)")
        << H {u"Company Name"_s, u"Associated Company"_s} << u"HubSpot"_s << L {F::Company, F::Ignore};
    QTest::addRow("second source ignored (HubSpot)")
        << H {u"Original Source"_s, u"Original Source Type"_s} << u"HubSpot"_s << L {F::Source, F::Ignore};
    QTest::addRow("case, spaces and punctuation") << H {u"FIRST_NAME"_s, u"last-name"_s, u"e mail"_s,
        u" Job Title "_s} << u"Automatic"_s << L {F::FirstName, F::LastName, F::Email, F::JobTitle};
    QTest::addRow("Salesforce Title") << H {u"Title"_s, u"Email Opt Out"_s, u"Account Name"_s}
                                      << u"Salesforce"_s << L {F::JobTitle, F::Ignore, F::Company};
    QTest::addRow("Loopline's own export") << H {u"Name"_s, u"Email"_s, u"Phone"_s, u"Company"_s,
        u"Job title"_s, u"Owner"_s, u"Source"_s, u"Segment"_s, u"Created"_s, u"Updated"_s}
                                           << u"Loopline"_s
                                           << L {F::FullName, F::Email, F::Phone, F::Company, F::JobTitle,
                                                  F::Ignore, F::Source, F::Segment, F::CreatedAt, F::Ignore};
    QTest::addRow("amoCRM") << H {u"Наименование"_s, u"Рабочий email (контакт)"_s,
        u"Личный email (контакт)"_s, u"Рабочий телефон (контакт)"_s, u"Мобильный телефон (контакт)"_s,
        u"Должность (контакт)"_s, u"Web (компания)"_s, u"Ответственный"_s}
                            << u"amoCRM"_s
                            << L {F::FullName, F::Email, F::OtherEmail, F::Phone, F::MobilePhone, F::JobTitle,
                                   F::Website, F::Ignore};
    QTest::addRow("Ukrainian under Automatic")
        << H {u"Ім'я"_s, u"Прізвище"_s, u"Електронна пошта"_s, u"Телефон"_s, u"Згода"_s} << u"Automatic"_s
        << L {F::FirstName, F::LastName, F::Email, F::Phone, F::Consent};
    QTest::addRow("empty header") << H {u""_s, u"Name"_s} << u"Automatic"_s << L {F::Ignore, F::FullName};
}

void tst_ContactImport::mapHeaders()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, preset);
    QFETCH(QList<ImportField>, fields);

    const QList<ImportField> mapped = ContactImporter::mapHeaders(headers, presetNamed(preset));
    QStringList actualNames, expectedNames;
    for (ImportField f : mapped)
        actualNames << ContactImporter::fieldName(f);
    for (ImportField f : fields)
        expectedNames << ContactImporter::fieldName(f);
    QCOMPARE(actualNames, expectedNames);
}

void tst_ContactImport::presetsAndFieldNames()
{
    QStringList names;
    for (const ImportPreset &p : ContactImporter::builtInPresets()) {
        names << p.name;
        QVERIFY2(!p.fields.isEmpty(), qPrintable(p.name));
    }
    QCOMPARE(names,
        QStringList({u"Automatic"_s, u"HubSpot"_s, u"Salesforce"_s, u"Pipedrive"_s, u"amoCRM"_s,
            u"Bitrix24"_s, u"Loopline"_s}));

    QStringList fieldNames;
    for (ImportField f : ContactImporter::allFields()) {
        QVERIFY(!ContactImporter::fieldName(f).isEmpty());
        fieldNames << ContactImporter::fieldName(f);
    }
    QCOMPARE(fieldNames.size(), 17);
    fieldNames.removeDuplicates();
    QCOMPARE(fieldNames.size(), 17);
}

// ---------------------------------------------------------------------------------
// Exports of other programs

void tst_ContactImport::hubSpotExport_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("HubSpot preset") << u"HubSpot"_s;
    QTest::newRow("Automatic") << u"Automatic"_s;
}

void tst_ContactImport::hubSpotExport()
{
    QFETCH(QString, preset);

    // HubSpot quotes every field and ends lines with LF; no BOM.
    const QByteArray file
        = "\"Record ID\",\"First Name\",\"Last Name\",\"Email\",\"Phone Number\",\"Mobile Phone Number\","
          "\"Job Title\",\"Company Name\",\"Website URL\",\"Create Date\",\"Original Source\",\"Lifecycle "
          "Stage\","
          "\"Marketing contact status\"\n"
          "\"5101\",\"Anna\",\"Petrova\",\"Anna.Petrova@Acme.ru\",\"8 (916) 123-45-67\",\"\",\"Head of "
          "Sales\","
          "\"Acme\",\"https://www.acme.ru/about\",\"2024-03-04 10:15\",\"Organic Search\",\"lead\","
          "\"Marketing contact\"\n"
          "\"5102\",\"Hans\",\"Müller\",\"hans@globex.de\",\"+49 30 1234567\",\"\",\"CTO\",\"Globex GmbH\","
          "\"globex.de\",\"2024-03-05T08:00:00Z\",\"Offline Sources\",\"customer\",\"Non-marketing "
          "contact\"\n"
          "\"5103\",\"Olga\",\"Sidorova\",\"olga@acme.ru\",\"\",\"+7 916 765 43 21\",\"Buyer\",\"Acme\",\"\","
          "\"2024-03-06 12:30\",\"Direct Traffic\",\"lead\",\"Marketing contact\"\n";
    ImportOptions options;
    options.defaultRegion = u"RU"_s;
    options.owner = u"maria"_s;
    Run run;
    const ImportResult result = import(file, options, preset, &run);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(run.format, (CsvFormat {CsvEncoding::Utf8, false, ','}));
    QCOMPARE(result.rows, 3);
    QCOMPARE(result.created, 3);
    QCOMPARE(result.rejected, 0);
    QCOMPARE(result.companiesCreated, 2);

    const QList<Contact> all = contacts();
    QCOMPARE(all.size(), 3);
    QCOMPARE(describe(all[0]),
        u"Anna / Petrova | job: Head of Sales | company: Acme | emails: work:Anna.Petrova@Acme.ru | "
        "phones: work:+79161234567 | source: Organic Search | tags:  | notes:  | owner: maria | consent: no"_s);
    QCOMPARE(describe(all[1]),
        u"Hans / Müller | job: CTO | company: Globex GmbH | emails: work:hans@globex.de | "
        "phones: work:+49301234567 | source: Offline Sources | tags:  | notes:  | owner: maria | consent: no"_s);
    QCOMPARE(describe(all[2]),
        u"Olga / Sidorova | job: Buyer | company: Acme | emails: work:olga@acme.ru | "
        "phones: mobile:+79167654321 | source: Direct Traffic | tags:  | notes:  | owner: maria | consent: no"_s);
    QCOMPARE(all[0].createdAt, local(2024, 3, 4, 10, 15));
    QCOMPARE(all[0].updatedAt, all[0].createdAt);
    QCOMPARE(all[1].createdAt, utc(2024, 3, 5, 8, 0));
    QCOMPARE(all[2].createdAt, local(2024, 3, 6, 12, 30));
    // Olga's "Acme" (no web site) is Anna's Acme, found by name.
    QCOMPARE(all[2].companyId, all[0].companyId);
    QCOMPARE(companies(), QStringList({u"Acme | acme.ru | maria"_s, u"Globex GmbH | globex.de | maria"_s}));
    // The denormalised columns the lists read.
    QCOMPARE(stringColumn(
                 *m_db, u"SELECT email || ' ' || phone || ' ' || company_name FROM contacts ORDER BY seq"_s),
        QStringList({u"Anna.Petrova@Acme.ru +79161234567 Acme"_s,
            u"hans@globex.de +49301234567 Globex GmbH"_s, u"olga@acme.ru +79167654321 Acme"_s}));
    QCOMPARE(run.rejected,
        kBom
            + "Row,Field,Reason,Record ID,First Name,Last Name,Email,Phone Number,"
              "Mobile Phone Number,Job Title,Company Name,Website URL,Create Date,"
              "Original Source,Lifecycle Stage,Marketing contact status\r\n");
}

void tst_ContactImport::salesforceExport_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<SlashDates>("slashDates");
    QTest::addColumn<QDateTime>("annaCreated");

    // 3/4/2024 is March 4th in the US and 3 April in most of Europe; 12/31/2023 can
    // only be December 31st.
    QTest::newRow("Salesforce preset, month first")
        << u"Salesforce"_s << SlashDates::MonthFirst << local(2024, 3, 4, 21, 5);
    QTest::newRow("Salesforce preset, day first")
        << u"Salesforce"_s << SlashDates::DayFirst << local(2024, 4, 3, 21, 5);
    QTest::newRow("Automatic, month first")
        << u"Automatic"_s << SlashDates::MonthFirst << local(2024, 3, 4, 21, 5);
}

void tst_ContactImport::salesforceExport()
{
    QFETCH(QString, preset);
    QFETCH(SlashDates, slashDates);
    QFETCH(QDateTime, annaCreated);

    // A Salesforce report export: every field quoted, CRLF, a description with
    // quotes and a line break (which moves the line numbers, not the rows).
    const QByteArray file
        = "\"Salutation\",\"First Name\",\"Last Name\",\"Title\",\"Account "
          "Name\",\"Email\",\"Phone\",\"Mobile\","
          "\"Lead Source\",\"Created Date\",\"Description\",\"Email Opt Out\"\r\n"
          "\"Ms.\",\"Anna\",\"Petrova\",\"VP Sales\",\"Acme\",\"anna@acme.com\",\"+7 916 "
          "123-45-67\",\"\",\"Web\","
          "\"3/4/2024 9:05 PM\",\"Met at \"\"Expo 2024\"\"\r\nWants a demo\",\"0\"\r\n"
          "\"Mr.\",\"John\",\"Smith\",\"CFO\",\"Globex\",\"john@globex.com\",\"+49 30 1234567\","
          "\"+49 151 23456789\",\"Partner Referral\",\"12/31/2023\",\"\",\"1\"\r\n";
    ImportOptions options;
    options.slashDates = slashDates;
    Run run;
    const ImportResult result = import(file, options, preset, &run);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.created, 2);
    QCOMPARE(result.companiesCreated, 2);
    QCOMPARE(result.rejected, 0);

    const QList<Contact> all = contacts();
    QCOMPARE(all.size(), 2);
    QCOMPARE(describe(all[0]),
        u"Anna / Petrova | job: VP Sales | company: Acme | emails: work:anna@acme.com | phones: "
        u"work:+79161234567 | "
        "source: Web | tags:  | notes: Met at \"Expo 2024\"\r\nWants a demo | owner: tester | consent: no"_s);
    QCOMPARE(describe(all[1]),
        u"John / Smith | job: CFO | company: Globex | emails: work:john@globex.com | "
        "phones: work:+49301234567, mobile:+4915123456789 | source: Partner Referral | tags:  | notes:  | "
        "owner: tester | consent: no"_s);
    QCOMPARE(all[0].createdAt, annaCreated);
    QCOMPARE(all[1].createdAt, local(2023, 12, 31));
    QCOMPARE(companies(), QStringList({u"Acme |  | tester"_s, u"Globex |  | tester"_s}));
}

void tst_ContactImport::pipedriveExport_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("Pipedrive preset") << u"Pipedrive"_s;
    QTest::newRow("Automatic") << u"Automatic"_s;
}

void tst_ContactImport::pipedriveExport()
{
    QFETCH(QString, preset);

    // Pipedrive's person export has the full name and its parts side by side; the
    // numbers are Ukrainian, written the old way (8 0..) and the new (+380, 0..).
    const QByteArray file
        = u"Person - ID,Person - Name,Person - First name,Person - Last name,"
          "Person - Organization,Person - Email - Work,Person - Email - Home,"
          "Person - Phone - Work,Person - Phone - Mobile,Person - Labels,Organization - Website,"
          "Person - Person created,Person - Notes\n"
          "11,Олена Коваленко,Олена,Коваленко,Kyiv Tech,olena@kyivtech.ua,olena.k@gmail.com,"
          "8 (044) 123-45-67,+380 50 123 4567,\"Hot lead, Customer\",https://kyivtech.ua,"
          "2024-03-04 10:15:00,Prefers email\n"
          "12,Taras Bondarenko,Taras,Bondarenko,Kyiv Tech,taras@kyivtech.ua,,044 765 43 21,,"
          "Customer,,2024-03-05 09:00:00,\n"
          "13,Iryna Melnyk,,,,,,,050 765 43 21,,,2024-03-06 18:45:00,\n"_s.toUtf8();
    ImportOptions options;
    options.defaultRegion = u"UA"_s;
    const ImportResult result = import(file, options, preset);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.created, 3);
    QCOMPARE(result.companiesCreated, 1);

    const QList<Contact> all = contacts();
    QCOMPARE(all.size(), 3);
    QCOMPARE(describe(all[0]),
        u"Олена / Коваленко | job:  | company: Kyiv Tech | emails: work:olena@kyivtech.ua, "
        "personal:olena.k@gmail.com | phones: work:+380441234567, mobile:+380501234567 | source:  | "
        "tags: Hot lead, Customer | notes: Prefers email | owner: tester | consent: no"_s);
    QCOMPARE(describe(all[1]),
        u"Taras / Bondarenko | job:  | company: Kyiv Tech | emails: work:taras@kyivtech.ua | "
        "phones: work:+380447654321 | source:  | tags: Customer | notes:  | owner: tester | consent: no"_s);
    // Only the full name: split into its parts.
    QCOMPARE(describe(all[2]),
        u"Iryna / Melnyk | job:  | company:  | emails:  | phones: mobile:+380507654321 | source:  | tags:  | "
        "notes:  | owner: tester | consent: no"_s);
    QCOMPARE(all[1].companyId, all[0].companyId);
    QCOMPARE(all[0].createdAt, local(2024, 3, 4, 10, 15));
    QCOMPARE(all[2].createdAt, local(2024, 3, 6, 18, 45));
    QCOMPARE(companies(), QStringList({u"Kyiv Tech | kyivtech.ua | tester"_s}));
    QCOMPARE(stringColumn(*m_db, u"SELECT kind || ' ' || number FROM contact_phones ORDER BY number"_s),
        QStringList({u"work +380441234567"_s, u"work +380447654321"_s, u"mobile +380501234567"_s,
            u"mobile +380507654321"_s}));
}

void tst_ContactImport::amoCrmExport_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("amoCRM preset") << u"amoCRM"_s;
    QTest::newRow("Automatic") << u"Automatic"_s;
}

void tst_ContactImport::amoCrmExport()
{
    QFETCH(QString, preset);

    // amoCRM: UTF-8 with a BOM, semicolons, CRLF; the contact's own columns are
    // marked "(контакт)"; several phones in one cell.
    const QByteArray file = kBom
        + u"ID;Наименование;Имя;Фамилия;Ответственный;Дата создания;Теги;Примечание;Компания;"
          "Должность (контакт);Рабочий телефон (контакт);Мобильный телефон (контакт);Рабочий email (контакт);"
          "Личный email (контакт);Web (компания)\r\n"
          "101;Иван Петров;Иван;Петров;Мария Менеджер;04.03.2024 10:15:00;vip, выставка;Звонить после обеда;"
          "ООО Ромашка;Директор;8 (495) 123-45-67;+7 916 123-45-67, 8 903 111 22 33;ivan@romashka.ru;"
          "ivan.petrov@mail.ru;romashka.ru\r\n"
          "102;Светлана Орлова;;;Мария Менеджер;05.03.2024 09:00:00;;;ООО Ромашка;Бухгалтер;;;"
          "s.orlova@romashka.ru;;\r\n"_s.toUtf8();
    Run run;
    const ImportResult result = import(file, ImportOptions(), preset, &run);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(run.format, (CsvFormat {CsvEncoding::Utf8, true, ';'}));
    QCOMPARE(result.created, 2);
    QCOMPARE(result.companiesCreated, 1);

    const QList<Contact> all = contacts();
    QCOMPARE(all.size(), 2);
    QCOMPARE(describe(all[0]),
        u"Иван / Петров | job: Директор | company: ООО Ромашка | emails: work:ivan@romashka.ru, "
        "personal:ivan.petrov@mail.ru | phones: work:+74951234567, mobile:+79161234567, mobile:+79031112233 "
        "| "
        "source:  | tags: vip, выставка | notes: Звонить после обеда | owner: tester | consent: no"_s);
    QCOMPARE(describe(all[1]),
        u"Светлана / Орлова | job: Бухгалтер | company: ООО Ромашка | emails: work:s.orlova@romashka.ru | "
        "phones:  | source:  | tags:  | notes:  | owner: tester | consent: no"_s);
    QCOMPARE(all[0].createdAt, local(2024, 3, 4, 10, 15));
    QCOMPARE(all[1].createdAt, local(2024, 3, 5, 9, 0));
    QCOMPARE(all[1].companyId, all[0].companyId);
    QCOMPARE(companies(), QStringList({u"ООО Ромашка | romashka.ru | tester"_s}));
}

void tst_ContactImport::bitrix24Export_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("Bitrix24 preset") << u"Bitrix24"_s;
    QTest::newRow("Automatic") << u"Automatic"_s;
}

void tst_ContactImport::bitrix24Export()
{
    QFETCH(QString, preset);

    // Bitrix24: Windows-1251, semicolons, CRLF, every field quoted; the patronymic
    // has its own column; consent to processing as Да/Нет.
    const QByteArray file = cp1251(
        u"\"ID\";\"Обращение\";\"Имя\";\"Отчество\";\"Фамилия\";\"Должность\";\"Компания\";\"Рабочий "
        u"телефон\";"
        "\"Мобильный телефон\";\"Рабочий e-mail\";\"Частный e-mail\";\"Корпоративный сайт\";\"Источник\";"
        "\"Комментарий\";\"Дата создания\";\"Согласие на обработку\"\r\n"
        "\"1\";\"г-н\";\"Иван\";\"Сергеевич\";\"Кузнецов\";\"Главный инженер\";\"АО \"\"Вектор\"\"\";"
        "\"8 (812) 123-45-67\";\"\";\"kuznetsov@vector.ru\";\"\";\"http://www.vector.ru\";\"Выставка\";"
        "\"Перезвонить; в понедельник\";\"04.03.2024 10:15:00\";\"Да\"\r\n"
        "\"2\";\"г-жа\";\"Мария\";\"\";\"Смирнова\";\"\";\"АО \"\"Вектор\"\"\";\"\";\"8 916 123 45 67\";\"\";"
        "\"maria@yandex.ru\";\"\";\"Сайт\";\"\";\"05.03.2024\";\"Нет\"\r\n"_s);
    ImportOptions options;
    options.fileLabel = u"contacts.csv"_s;
    options.consentTextVersion = u"Согласие v2"_s;
    Run run;
    const ImportResult result = import(file, options, preset, &run);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(run.format, (CsvFormat {CsvEncoding::Windows1251, false, ';'}));
    QCOMPARE(result.created, 2);
    QCOMPARE(result.companiesCreated, 1);

    const QList<Contact> all = contacts();
    QCOMPARE(all.size(), 2);
    QCOMPARE(describe(all[0]),
        u"Иван Сергеевич / Кузнецов | job: Главный инженер | company: АО \"Вектор\" | "
        "emails: work:kuznetsov@vector.ru | phones: work:+78121234567 | source: Выставка | tags:  | "
        "notes: Перезвонить; в понедельник | owner: tester | consent: yes (Import of contacts.csv; Согласие v2)"_s);
    QCOMPARE(describe(all[1]),
        u"Мария / Смирнова | job:  | company: АО \"Вектор\" | emails: personal:maria@yandex.ru | "
        "phones: mobile:+79161234567 | source: Сайт | tags:  | notes:  | owner: tester | consent: no"_s);
    QCOMPARE(all[0].createdAt, local(2024, 3, 4, 10, 15));
    QCOMPARE(all[0].consent.at, all[0].createdAt);
    QCOMPARE(all[1].createdAt, local(2024, 3, 5));
    QCOMPARE(all[1].companyId, all[0].companyId);
    QCOMPARE(companies(), QStringList({u"АО \"Вектор\" | vector.ru | tester"_s}));
    QCOMPARE(
        stringColumn(*m_db,
            u"SELECT consent || ' ' || consent_source || ' ' || consent_text_version FROM contacts ORDER BY seq"_s),
        QStringList({u"1 Import of contacts.csv Согласие v2"_s, u"0  "_s}));
}

void tst_ContactImport::looplineExportRoundTrip()
{
    // Loopline's own contact list exported as CSV (BOM, CRLF, ISO dates) and read
    // into another database with the Loopline preset: the same people come back.
    QFETCH_GLOBAL(QString, backend);
    std::unique_ptr<Database> source;
    LOOPLINE_OPEN_TEST_DATABASE(source, backend);
    Company kyiv;
    kyiv.name = u"Kyiv Tech, LLC"_s;
    const QString kyivId = CompanyStore(*source).create(kyiv);
    auto add = [&](const QString &first, const QString &last, const QString &email, const QString &phone,
                   const QString &job, const QString &companyId) {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        if (!email.isEmpty())
            c.emails = {{u"work"_s, email}};
        if (!phone.isEmpty())
            c.phones = {{u"work"_s, phone}};
        c.jobTitle = job;
        c.companyId = companyId;
        ContactStore(*source).create(c);
    };
    add(u"Anna Maria"_s, u"Petrova"_s, u"anna@x.ru"_s, u"+7 (916) 123-45-67"_s, u"Head of \"Sales\""_s, {});
    add(u"Олена"_s, u"Коваленко"_s, u"olena@kyivtech.ua"_s, u"+380 44 123 4567"_s, u"CEO"_s, kyivId);
    add(QString(), u"Madonna"_s, QString(), QString(), QString(), {});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"contacts.csv"_s);
    ListExport(*source, ListQuery(*source, ListSpec::contacts())).write(fileName, ListExport::Format::Csv);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const ImportResult result = import(bytes, ImportOptions(), u"Loopline"_s);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.created, 3);
    QCOMPARE(result.companiesCreated, 1);
    QStringList described;
    for (const Contact &c : contacts())
        described << describe(c);
    described.sort();
    QCOMPARE(described,
        QStringList({u" / Madonna | job:  | company:  | emails:  | phones:  | source:  | tags:  | notes:  | "
                     "owner: tester | consent: no"_s,
            u"Anna Maria / Petrova | job: Head of \"Sales\" | company:  | emails: work:anna@x.ru | "
            "phones: work:+79161234567 | source:  | tags:  | notes:  | owner: tester | consent: no"_s,
            u"Олена / Коваленко | job: CEO | company: Kyiv Tech, LLC | emails: work:olena@kyivtech.ua | "
            "phones: work:+380441234567 | source:  | tags:  | notes:  | owner: tester | consent: no"_s}));
}

// ---------------------------------------------------------------------------------
// Companies, dates, consent, defaults

void tst_ContactImport::companiesFoundByDomainAndName()
{
    const QString globex = addCompany(u"Globex Corporation"_s, u"globex.com"_s);
    const QString initech = addCompany(u"Initech"_s, QString());

    const QByteArray file = "Name,Company,Website\n"
                            "A One,Globex,https://www.globex.com/contact\n" // by domain, whatever the name
                            "B Two,Initech,\n" // by exact name
                            "C Three,Acme,acme.org\n" // new
                            "D Four,ACME Ltd,http://ACME.org\n" // by domain: the Acme just made
                            "E Five,Acme,\n" // by name: the Acme just made
                            "F Six,,umbrella.net\n" // a domain alone names the company
                            "G Seven,,www.umbrella.net\n" // and finds it again
                            "H Eight,,\n"_ba; // no company
    const ImportResult result = import(file, ImportOptions(), u"Automatic"_s);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.created, 8);
    QCOMPARE(result.companiesCreated, 2);

    const QList<Contact> all = contacts();
    QCOMPARE(all.size(), 8);
    QCOMPARE(all[0].companyId, globex);
    QCOMPARE(all[1].companyId, initech);
    QCOMPARE(all[3].companyId, all[2].companyId);
    QCOMPARE(all[4].companyId, all[2].companyId);
    QCOMPARE(all[6].companyId, all[5].companyId);
    QCOMPARE(all[7].companyId, QString());
    QCOMPARE(companies(),
        QStringList({u"Globex Corporation | globex.com | tester"_s, u"Initech |  | tester"_s,
            u"Acme | acme.org | tester"_s, u"umbrella.net | umbrella.net | tester"_s}));
}

void tst_ContactImport::createdAtAndConsentAreStored_data()
{
    QTest::addColumn<QString>("created");
    QTest::addColumn<QString>("consent");
    QTest::addColumn<SlashDates>("slashDates");
    QTest::addColumn<QDateTime>("createdAt");
    QTest::addColumn<bool>("given");

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
    QTest::newRow("ISO, yes") << u"2024-03-04 10:15"_s << u"yes"_s << SlashDates::DayFirst
                              << local(2024, 3, 4, 10, 15) << true;
    QTest::newRow("dots, Да") << u"04.03.2024"_s << u"Да"_s << SlashDates::DayFirst << local(2024, 3, 4)
                              << true;
    QTest::newRow("03/04 month first, no")
        << u"03/04/2024"_s << u"no"_s << SlashDates::MonthFirst << local(2024, 3, 4) << false;
    QTest::newRow("03/04 day first, так")
        << u"03/04/2024"_s << u"так"_s << SlashDates::DayFirst << local(2024, 4, 3) << true;
    QTest::newRow("UTC, 1") << u"2023-12-31T23:59:59Z"_s << u"1"_s << SlashDates::DayFirst
                            << utc(2023, 12, 31, 23, 59, 59) << true;
    QTest::newRow("no date: now; empty consent is no")
        << u""_s << u""_s << SlashDates::DayFirst << now << false;
    QTest::newRow("no date, ні") << u""_s << u"ні"_s << SlashDates::DayFirst << now << false;
}

void tst_ContactImport::createdAtAndConsentAreStored()
{
    QFETCH(QString, created);
    QFETCH(QString, consent);
    QFETCH(SlashDates, slashDates);
    QFETCH(QDateTime, createdAt);
    QFETCH(bool, given);

    const QByteArray file = u"Name,Created,Consent\nAnna Petrova,%1,%2\n"_s.arg(created, consent).toUtf8();
    ImportOptions options;
    options.slashDates = slashDates;
    options.consentTextVersion = u"2024-01"_s;
    const ImportResult result = import(file, options, u"Automatic"_s);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.created, 1);

    QSqlQuery q = m_db->run(u"SELECT created_at, updated_at, consent, consent_at, consent_source, "
                            "consent_text_version FROM contacts"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), createdAt.toMSecsSinceEpoch());
    QCOMPARE(q.value(1).toLongLong(), createdAt.toMSecsSinceEpoch());
    QCOMPARE(q.value(2).toInt(), given ? 1 : 0);
    if (given) {
        QCOMPARE(q.value(3).toLongLong(), createdAt.toMSecsSinceEpoch());
        QCOMPARE(q.value(4).toString(), u"Import"_s);
        QCOMPARE(q.value(5).toString(), u"2024-01"_s);
    } else {
        QVERIFY(q.value(3).isNull());
        QCOMPARE(q.value(4).toString(), QString());
        QCOMPARE(q.value(5).toString(), QString());
    }
}

void tst_ContactImport::defaultsAndSegments()
{
    // Rows without a source take the import's; a segment is made once however many
    // rows name it; the owner is the current user.
    const QByteArray file = "First name,Last name,Source,Segment,Tags,Notes,Notes\n"
                            "Anna,Petrova,,Retail,\"vip; partner, vip\",first,second\n"
                            "Boris,,Cold call,Retail,,,\n"
                            ",Ivanov,,Banks,x,,\n"_ba;
    ImportOptions options;
    options.source = u"Trade show 2024"_s;
    const ImportResult result = import(file, options, u"Automatic"_s);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.created, 3);

    const QList<Contact> all = contacts();
    QCOMPARE(describe(all[0]),
        u"Anna / Petrova | job:  | company:  | emails:  | phones:  | source: Trade show 2024 | tags: vip, "
        u"partner | "
        "notes: first\nsecond | owner: tester | consent: no"_s);
    QCOMPARE(describe(all[1]),
        u"Boris /  | job:  | company:  | emails:  | phones:  | source: Cold call | tags:  | notes:  | "
        "owner: tester | consent: no"_s);
    QCOMPARE(describe(all[2]),
        u" / Ivanov | job:  | company:  | emails:  | phones:  | source: Trade show 2024 | tags: x | notes:  "
        u"| "
        "owner: tester | consent: no"_s);
    QCOMPARE(stringColumn(*m_db, u"SELECT segment FROM contacts ORDER BY seq"_s),
        QStringList({u"Retail"_s, u"Retail"_s, u"Banks"_s}));
    QCOMPARE(stringColumn(*m_db, u"SELECT name FROM segments ORDER BY name"_s),
        QStringList({u"Banks"_s, u"Retail"_s}));
}

// ---------------------------------------------------------------------------------
// Duplicates

void tst_ContactImport::duplicatePolicies_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<QList<qint64>>("counts"); // created, updated, skipped, rejected, companiesCreated
    QTest::addColumn<QStringList>("expected"); // every contact, in order
    QTest::addColumn<QStringList>("companies");

    const QString annaBefore
        = u"Anna / Petrova | job:  | company:  | emails: work:Anna.Petrova@Example.com | "
          "phones: work:+7 (916) 123-45-67 | source: Website | tags: vip | "
          "notes: Met at the expo | owner: tester | consent: no"_s;
    const QString borisBefore
        = u"Boris / Ivanov | job: Engineer | company: Globex | emails: work:boris@ivanov.ru | "
          "phones: mobile:8 495 123-45-67 | source: Referral | tags:  | notes:  | "
          "owner: tester | consent: no"_s;
    const QString carlNew = u"Carl / Berg | job:  | company:  | emails: work:carl@berg.se | "
                            "phones: work:+79031112233 | source: Trade show import | tags:  | notes:  | "
                            "owner: tester | consent: no"_s;
    const QString consent = u"consent: yes (Import of expo.csv; v3)"_s;
    const QString globex = u"Globex | globex.ru | tester"_s;

    QTest::newRow("Skip") << DuplicatePolicy::Skip << QList<qint64> {1, 0, 3, 0, 0}
                          << QStringList {annaBefore, borisBefore, carlNew} << QStringList {globex};
    // Update: the row's non-empty fields replace the contact's; emails and phones it
    // did not have are added; the import's default source does not replace the
    // contact's own.
    QTest::newRow("Update")
        << DuplicatePolicy::Update << QList<qint64> {1, 3, 0, 0, 2}
        << QStringList {u"Anna / Petrova-Smith | job: CEO | company: Acme | "
                        "emails: work:Anna.Petrova@Example.com | phones: work:+7 (916) 123-45-67 | "
                        "source: Website | tags: vip, partner | notes: Called in May | "
                        "owner: tester | "_s
                   + consent,
               u"Boris / Ivanov | job: CTO | company: Initech | "
               "emails: work:boris@ivanov.ru, work:boris.new@globex.ru | "
               "phones: mobile:8 495 123-45-67 | source: Referral | tags:  | notes:  | "
               "owner: tester | consent: no"_s,
               u"Carl / Berg | job: Buyer | company:  | emails: work:carl@berg.se | "
               "phones: work:+79031112233, work:+79034445566 | source: Trade show import | "
               "tags:  | notes: Second visit | owner: tester | consent: no"_s}
        << QStringList {globex, u"Acme | acme.ru | tester"_s, u"Initech |  | tester"_s};
    // Merge: only empty fields are filled; Boris keeps Globex, so no Initech is made.
    QTest::newRow("Merge")
        << DuplicatePolicy::Merge << QList<qint64> {1, 3, 0, 0, 1}
        << QStringList {u"Anna / Petrova | job: CEO | company: Acme | "
                        "emails: work:Anna.Petrova@Example.com | phones: work:+7 (916) 123-45-67 | "
                        "source: Website | tags: vip, partner | "
                        "notes: Met at the expo\n\nCalled in May | owner: tester | "_s
                   + consent,
               u"Boris / Ivanov | job: Engineer | company: Globex | "
               "emails: work:boris@ivanov.ru, work:boris.new@globex.ru | "
               "phones: mobile:8 495 123-45-67 | source: Referral | tags:  | notes:  | "
               "owner: tester | consent: no"_s,
               u"Carl / Berg | job: Buyer | company:  | emails: work:carl@berg.se | "
               "phones: work:+79031112233, work:+79034445566 | source: Trade show import | "
               "tags:  | notes: Second visit | owner: tester | consent: no"_s}
        << QStringList {globex, u"Acme | acme.ru | tester"_s};
}

void tst_ContactImport::duplicatePolicies()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(QList<qint64>, counts);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, companies);

    // Contacts typed in by hand: phones as people write them, not in E.164.
    ContactStore store(*m_db);
    Contact anna;
    anna.firstName = u"Anna"_s;
    anna.lastName = u"Petrova"_s;
    anna.emails = {{u"work"_s, u"Anna.Petrova@Example.com"_s}};
    anna.phones = {{u"work"_s, u"+7 (916) 123-45-67"_s}};
    anna.source = u"Website"_s;
    anna.tags = {u"vip"_s};
    anna.notes = u"Met at the expo"_s;
    store.create(anna);
    Company globexCompany;
    globexCompany.name = u"Globex"_s;
    globexCompany.domain = u"globex.ru"_s;
    globexCompany.owner = u"tester"_s;
    Contact boris;
    boris.firstName = u"Boris"_s;
    boris.lastName = u"Ivanov"_s;
    boris.jobTitle = u"Engineer"_s;
    boris.companyId = CompanyStore(*m_db).create(globexCompany);
    boris.emails = {{u"work"_s, u"boris@ivanov.ru"_s}};
    boris.phones = {{u"mobile"_s, u"8 495 123-45-67"_s}};
    boris.source = u"Referral"_s;
    store.create(boris);

    const QByteArray file
        = "First name,Last name,Email,Phone,Job title,Company,Website,Tags,Notes,Consent\n"
          // Anna by her email in other letter case.
          "Anna,Petrova-Smith,ANNA.PETROVA@example.COM,,CEO,Acme,acme.ru,partner,Called in May,yes\n"
          // Boris by his phone, written another way.
          "Boris,Ivanov,boris.new@globex.ru,+7 (495) 123 45 67,CTO,Initech,,,,\n"
          // Someone new, then the same person again further down the file.
          "Carl,Berg,carl@berg.se,8 (903) 111-22-33,,,,,,no\n"
          "Carl,,CARL@BERG.SE,+7 903 444-55-66,Buyer,,,,Second visit,no\n"_ba;
    ImportOptions options;
    options.duplicates = policy;
    options.source = u"Trade show import"_s;
    options.fileLabel = u"expo.csv"_s;
    options.consentTextVersion = u"v3"_s;
    const ImportResult result = import(file, options, u"Automatic"_s);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.rows, 4);
    QCOMPARE((QList<qint64> {
                 result.created, result.updated, result.skipped, result.rejected, result.companiesCreated}),
        counts);

    QStringList actual;
    for (const Contact &c : contacts())
        actual << describe(c);
    QCOMPARE(actual, expected);
    QCOMPARE(this->companies(), companies);
}

void tst_ContactImport::duplicatesWithinTheFile_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<QList<qint64>>("counts"); // created, updated, skipped
    QTest::addColumn<QStringList>("expected");

    const QString boris
        = u"Boris / Ivanov | job:  | company:  | emails: work:boris@x.ru | phones:  | source:  | "
          "tags:  | notes:  | owner: tester | consent: no"_s;
    QTest::newRow("Skip") << DuplicatePolicy::Skip << QList<qint64> {2, 0, 3}
                          << QStringList {
                                 u"Anna / Petrova | job: Manager | company:  | emails: work:anna@x.ru | "
                                 "phones: work:+79161234567 | source:  | tags: a | notes:  | "
                                 "owner: tester | consent: no"_s,
                                 boris};
    QTest::newRow("Update") << DuplicatePolicy::Update << QList<qint64> {2, 2, 1}
                            << QStringList {u"Anna / P. | job: Director | company:  | "
                                            "emails: work:anna@x.ru, personal:anna@home.ru | "
                                            "phones: work:+79161234567 | source:  | tags: a, b | notes: n3 | "
                                            "owner: tester | consent: no"_s,
                                   boris};
    QTest::newRow("Merge") << DuplicatePolicy::Merge << QList<qint64> {2, 2, 1}
                           << QStringList {u"Anna / Petrova | job: Manager | company:  | "
                                           "emails: work:anna@x.ru, personal:anna@home.ru | "
                                           "phones: work:+79161234567 | source:  | tags: a, b | notes: n3 | "
                                           "owner: tester | consent: no"_s,
                                  boris};
}

void tst_ContactImport::duplicatesWithinTheFile()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(QList<qint64>, counts);
    QFETCH(QStringList, expected);

    const QByteArray file = "First name,Last name,Email,Other email,Phone,Job title,Tags,Notes\n"
                            "Anna,Petrova,anna@x.ru,,8 916 123-45-67,Manager,a,\n"
                            "Anna,P.,ANNA@X.RU,,,Director,b,n3\n" // same email
                            "Anna,,,anna@home.ru,+7 (916) 1234567,,,\n" // same phone
                            "Boris,Ivanov,boris@x.ru,,,,,\n"
                            "Anna,,anna@x.ru,,,,,\n"_ba; // nothing new: skipped under every policy
    ImportOptions options;
    options.duplicates = policy;
    const ImportResult result = import(file, options, u"Automatic"_s);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE((QList<qint64> {result.created, result.updated, result.skipped}), counts);
    QStringList actual;
    for (const Contact &c : contacts())
        actual << describe(c);
    QCOMPARE(actual, expected);
    QCOMPARE(count(u"contact_emails"_s), qint64(expected.join(QString()).count(u'@')));
}

void tst_ContactImport::duplicateFoundByPhone_data()
{
    QTest::addColumn<QString>("stored"); // as typed into the contact form
    QTest::addColumn<QString>("inFile");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("same");

    QTest::newRow("E.164 stored, 8 (916) in the file")
        << u"+79161234567"_s << u"8 (916) 123-45-67"_s << u"RU"_s << true;
    QTest::newRow("+7 typed, 8 in the file")
        << u"+7 (916) 123-45-67"_s << u"8 916 1234567"_s << u"RU"_s << true;
    QTest::newRow("8 typed, +7 in the file")
        << u"8 (916) 123-45-67"_s << u"+7 916 123 45 67"_s << u"RU"_s << true;
    QTest::newRow("UA 0.. typed, 8 0.. in the file")
        << u"044 123 45 67"_s << u"8 (044) 123-45-67"_s << u"UA"_s << true;
    QTest::newRow("UA +38 typed, +380 in the file")
        << u"+38 (044) 123-45-67"_s << u"+380 44 123 4567"_s << u"UA"_s << true;
    QTest::newRow("another number") << u"+7 (916) 123-45-67"_s << u"+7 916 123-45-68"_s << u"RU"_s << false;
}

void tst_ContactImport::duplicateFoundByPhone()
{
    QFETCH(QString, stored);
    QFETCH(QString, inFile);
    QFETCH(QString, region);
    QFETCH(bool, same);

    Contact existing;
    existing.lastName = u"Existing"_s;
    existing.phones = {{u"work"_s, stored}};
    ContactStore(*m_db).create(existing);

    ImportOptions options;
    options.defaultRegion = region;
    options.duplicates = DuplicatePolicy::Merge;
    const ImportResult result = import(
        u"Name,Phone,Job title\nNew Name,%1,Buyer\n"_s.arg(inFile).toUtf8(), options, u"Automatic"_s);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.created, same ? 0 : 1);
    QCOMPARE(result.updated, same ? 1 : 0);
    QCOMPARE(count(u"contacts"_s), same ? 1 : 2);
    if (same) {
        // Merged into the existing contact without adding its number a second time.
        const QList<Contact> all = contacts();
        QCOMPARE(all[0].jobTitle, u"Buyer"_s);
        QCOMPARE(all[0].phones, QList<PhoneNumber>({{u"work"_s, stored}}));
    }
}

// ---------------------------------------------------------------------------------
// Rejected rows

void tst_ContactImport::rejectedRow_data()
{
    QTest::addColumn<QByteArray>("before"); // rows between the header and the bad row
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("fields"); // the bad row's fields, as written to the rejected-rows file

    const QByteArray anna = "Anna Petrova,anna@x.com,8 916 123-45-67,2024-03-04,acme.com,yes,\n";
    const QByteArray multiLine = "Anna Petrova,anna@x.com,,,,,\"line 1\nline 2\r\nline 3\"\n";
    const QByteArray blank = "\n\r\n\n";
    auto row = [](const QString &a, const QString &b, const QString &c, const QString &d, const QString &e,
                   const QString &f) {
        return QStringList {a, b, c, d, e, f, QString()};
    };

    QTest::newRow("bad email") << anna << "Boris Ivanov,boris@,,,,,"_ba << qint64(3) << qint64(3)
                               << u"Email"_s
                               << u"“boris@” is not an email address (expected name@example.com)."_s
                               << row(u"Boris Ivanov"_s, u"boris@"_s, {}, {}, {}, {});
    QTest::newRow("second of two emails bad")
        << anna << "Boris Ivanov,\"b@x.com; b@x\",,,,,"_ba << qint64(3) << qint64(3) << u"Email"_s
        << u"“b@x” is not an email address (expected name@example.com)."_s
        << row(u"Boris Ivanov"_s, u"b@x.com; b@x"_s, {}, {}, {}, {});
    QTest::newRow("bad phone") << anna << "Boris Ivanov,,12-34,,,,"_ba << qint64(3) << qint64(3) << u"Phone"_s
                               << u"“12-34” is not a phone number that can be dialled (region RU)."_s
                               << row(u"Boris Ivanov"_s, {}, u"12-34"_s, {}, {}, {});
    QTest::newRow("phone with letters")
        << anna << "Boris Ivanov,,8 916 CALL-NOW,,,,"_ba << qint64(3) << qint64(3) << u"Phone"_s
        << u"“8 916 CALL-NOW” is not a phone number that can be dialled (region RU)."_s
        << row(u"Boris Ivanov"_s, {}, u"8 916 CALL-NOW"_s, {}, {}, {});
    QTest::newRow("bad date")
        << anna << "Boris Ivanov,,,31/31/2024,,,"_ba << qint64(3) << qint64(3) << u"Created"_s
        << u"“31/31/2024” is not a date (expected for example 2024-03-31, 31.03.2024 or "
           "03/31/2024)."_s
        << row(u"Boris Ivanov"_s, {}, {}, u"31/31/2024"_s, {}, {});
    QTest::newRow("February 30")
        << anna << "Boris Ivanov,,,30.02.2024,,,"_ba << qint64(3) << qint64(3) << u"Created"_s
        << u"“30.02.2024” is not a date (expected for example 2024-03-31, 31.03.2024 or "
           "03/31/2024)."_s
        << row(u"Boris Ivanov"_s, {}, {}, u"30.02.2024"_s, {}, {});
    QTest::newRow("bad web site") << anna << "Boris Ivanov,,,,not a site,,"_ba << qint64(3) << qint64(3)
                                  << u"Website"_s
                                  << u"“not a site” is not a web site or domain (expected example.com)."_s
                                  << row(u"Boris Ivanov"_s, {}, {}, {}, u"not a site"_s, {});
    QTest::newRow("bad consent") << anna << "Boris Ivanov,,,,,maybe,"_ba << qint64(3) << qint64(3)
                                 << u"Consent"_s << u"“maybe” is neither yes nor no."_s
                                 << row(u"Boris Ivanov"_s, {}, {}, {}, {}, u"maybe"_s);
    QTest::newRow("no name") << anna << ",boris@x.com,,,,,"_ba << qint64(3) << qint64(3) << QString()
                             << u"The row has no name."_s << row({}, u"boris@x.com"_s, {}, {}, {}, {});
    QTest::newRow("name of spaces") << anna << "   ,boris@x.com,,,,,"_ba << qint64(3) << qint64(3)
                                    << QString() << u"The row has no name."_s
                                    << row(u"   "_s, u"boris@x.com"_s, {}, {}, {}, {});
    QTest::newRow("too few fields") << anna << "Boris Ivanov,boris@x.com"_ba << qint64(3) << qint64(3)
                                    << QString() << u"The row has 2 field(s); the header has 7."_s
                                    << QStringList {u"Boris Ivanov"_s, u"boris@x.com"_s};
    QTest::newRow("too many fields") << anna << "Boris Ivanov,boris@x.com,,,,,,extra"_ba << qint64(3)
                                     << qint64(3) << QString()
                                     << u"The row has 8 field(s); the header has 7."_s
                                     << QStringList {u"Boris Ivanov"_s, u"boris@x.com"_s, {}, {}, {}, {}, {},
                                            u"extra"_s};
    QTest::newRow("first data row") << QByteArray() << "Boris Ivanov,boris@,,,,,"_ba << qint64(2) << qint64(2)
                                    << u"Email"_s
                                    << u"“boris@” is not an email address (expected name@example.com)."_s
                                    << row(u"Boris Ivanov"_s, u"boris@"_s, {}, {}, {}, {});
    // A quoted field over three lines moves the line, not the row.
    QTest::newRow("after a multi-line record")
        << multiLine << "Boris Ivanov,boris@,,,,,"_ba << qint64(3) << qint64(5) << u"Email"_s
        << u"“boris@” is not an email address (expected name@example.com)."_s
        << row(u"Boris Ivanov"_s, u"boris@"_s, {}, {}, {}, {});
    QTest::newRow("after blank lines")
        << anna + blank << "Boris Ivanov,boris@,,,,,"_ba << qint64(3) << qint64(6) << u"Email"_s
        << u"“boris@” is not an email address (expected name@example.com)."_s
        << row(u"Boris Ivanov"_s, u"boris@"_s, {}, {}, {}, {});
    QTest::newRow("multi-line bad row")
        << anna << "Boris Ivanov,\"boris@\nx.com\",,,,,"_ba << qint64(3) << qint64(3) << u"Email"_s
        << u"“boris@\nx.com” is not an email address (expected name@example.com)."_s
        << row(u"Boris Ivanov"_s, u"boris@\nx.com"_s, {}, {}, {}, {});
}

void tst_ContactImport::rejectedRow()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, bad);
    QFETCH(qint64, row);
    QFETCH(qint64, line);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QFETCH(QStringList, fields);

    const QByteArray header = "Name,Email,Phone,Created,Website,Consent,Notes\n";
    const QByteArray after = "\nCarl Berg,carl@berg.se,,,,,\n";
    Run run;
    const ImportResult result = import(header + before + bad + after, ImportOptions(), u"Automatic"_s, &run);
    QVERIFY2(result.committed(), qPrintable(result.error));
    const qint64 good = before.isEmpty() ? 1 : 2;
    QCOMPARE(result.rows, good + 1);
    QCOMPARE(result.created, good);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(count(u"contacts"_s), good); // the other rows landed
    QCOMPARE(stringColumn(*m_db, u"SELECT last_name FROM contacts ORDER BY seq"_s).constLast(), u"Berg"_s);

    QCOMPARE(result.problems.size(), 1);
    const ImportProblem &problem = result.problems.constFirst();
    QCOMPARE(problem.row, row);
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.field, field);
    QCOMPARE(problem.reason, reason);

    // The rejected-rows file: the header, then the row with where and why, then its own fields.
    auto csv = [](QString text) {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
            return text;
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    };
    QStringList expected = {QString::number(row), csv(field), csv(reason)};
    for (const QString &f : fields)
        expected << csv(f);
    // Compared as bytes: QString::fromUtf8 would drop the BOM.
    QCOMPARE(run.rejected,
        kBom
            + (u"Row,Field,Reason,Name,Email,Phone,Created,Website,Consent,Notes\r\n"_s + expected.join(u',')
                + u"\r\n"_s)
                  .toUtf8());
}

void tst_ContactImport::rowsOfEmptyFieldsAreSkipped()
{
    // Excel writes ",,," for rows that once held something: blank lines, not rows
    // without a name; a spreadsheet still numbers them, so the rows after keep their numbers.
    const QByteArray file = "Name,Email,Phone\r\n"
                            "Anna Petrova,anna@x.com,\r\n"
                            ",,\r\n"
                            " ,\t, \r\n"
                            ",\r\n"
                            ",,,,\r\n"
                            "Boris Ivanov,boris@,\r\n"
                            "Carl Berg,carl@x.com,\r\n"
                            ",,\r\n"_ba;
    const ImportResult result = import(file, ImportOptions(), u"Automatic"_s);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.rows, 3);
    QCOMPARE(result.created, 2);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.problems.constFirst().row, 7);
    QCOMPARE(result.problems.constFirst().line, 7);
    QCOMPARE(stringColumn(*m_db, u"SELECT last_name FROM contacts ORDER BY seq"_s),
        QStringList({u"Petrova"_s, u"Berg"_s}));
}

void tst_ContactImport::rejectedRowsFile()
{
    // Several rejected rows among good ones: every one listed, in order, and the
    // file can be opened again as CSV with the same fields.
    const QByteArray file = "Name;Email;Notes\r\n"
                            "Anna Petrova;anna@x.com;ok\r\n"
                            ";nobody@x.com;\"no name; \"\"really\"\"\"\r\n"
                            "Boris Ivanov;boris@;\"two\r\nlines\"\r\n"
                            "Carl Berg;carl@x.com\r\n"
                            "Dora Lind;dora@x.com;fine\r\n"_ba;
    Run run;
    const ImportResult result = import(file, ImportOptions(), u"Automatic"_s, &run);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.rows, 5);
    QCOMPARE(result.created, 2);
    QCOMPARE(result.rejected, 3);
    QCOMPARE(result.problems.size(), 3);
    QCOMPARE(result.problems[0].row, 3);
    QCOMPARE(result.problems[1].row, 4);
    QCOMPARE(result.problems[2].row, 5);
    QCOMPARE(result.problems[0].line, 3);
    QCOMPARE(result.problems[1].line, 4);
    QCOMPARE(result.problems[2].line, 6);
    QCOMPARE(stringColumn(*m_db, u"SELECT last_name FROM contacts ORDER BY seq"_s),
        QStringList({u"Petrova"_s, u"Lind"_s}));

    const QByteArray expected = kBom
        + u"Row,Field,Reason,Name,Email,Notes\r\n"
          "3,,The row has no name.,,nobody@x.com,\"no name; \"\"really\"\"\"\r\n"
          "4,Email,“boris@” is not an email address (expected name@example.com).,Boris Ivanov,boris@,"
          "\"two\r\nlines\"\r\n"
          "5,,The row has 2 field(s); the header has 3.,Carl Berg,carl@x.com\r\n"_s.toUtf8();
    QCOMPARE(run.rejected, expected);

    // Read back with the reader: the same rows and fields.
    QBuffer buffer(&run.rejected);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, CsvReader::sniff(&buffer));
    QList<QStringList> records;
    QStringList fields;
    while (reader.next(fields))
        records << fields;
    QVERIFY(!reader.hasError());
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[2],
        QStringList({u"4"_s, u"Email"_s, u"“boris@” is not an email address (expected name@example.com)."_s,
            u"Boris Ivanov"_s, u"boris@"_s, u"two\r\nlines"_s}));
}

void tst_ContactImport::problemsKeepTheFirstThousandTheFileHasAll()
{
    // The list in memory stops at kMaxProblemsKept; the rejected-rows file and the
    // count have every one.
    QByteArray file = "Name,Email\n";
    for (int i = 0; i < 1200; ++i)
        file += "Person " + QByteArray::number(i) + ",bad" + QByteArray::number(i) + "@\n";
    file += "Good Person,good@x.com\n";
    Run run;
    const ImportResult result = import(file, ImportOptions(), u"Automatic"_s, &run);
    QVERIFY2(result.committed(), qPrintable(result.error));
    QCOMPARE(result.rejected, 1200);
    QCOMPARE(result.created, 1);
    QCOMPARE(result.problems.size(), ContactImporter::kMaxProblemsKept);
    QCOMPARE(result.problems.constLast().row, ContactImporter::kMaxProblemsKept + 1);
    const QList<QByteArray> lines = run.rejected.split('\n');
    QCOMPARE(lines.size(), 1 + 1200 + 1); // the header, the rows, and nothing after the last CRLF
    QCOMPARE(lines.at(1200),
        "1201,Email,“bad1199@” is not an email address (expected name@example.com).,Person 1199,"
        "bad1199@\r"_ba);
}

// ---------------------------------------------------------------------------------
// Nothing written

void tst_ContactImport::malformedFileWritesNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error"); // how the error starts

    const QByteArray header = "Name,Email,Phone,Company,Job title,Segment\n";
    const QByteArray good
        = "Anna Petrova,anna@x.com,8 916 123-45-67,Acme,Buyer,Retail\n"
          "Zoe Existing,ZOE@EXISTING.COM,,Initech,New title,Banks\n" // updates the existing Zoe
          "Boris Ivanov,boris@,,,,\n"; // rejected, which is not an error
    QTest::newRow("unterminated quote at the end")
        << header + good + "Carl Berg,\"carl@x.com,,,,\n"
        << u"Row 5, line 5: a quoted field in column 2 never ends; a closing quote (\") is missing."_s;
    QTest::newRow("text after a closing quote")
        << header + good + "Carl Berg,\"carl\"@x.com,,,,\nDora,d@x.com,,,,\n"
        << u"Row 5, line 5: text follows the closing quote in column 2"_s;
    QTest::newRow("NUL byte")
        << header + good + "Carl Berg,carl@x.com,\0\0\0,,,\n"_ba
        << u"Row 5, line 5: the file holds binary data (a NUL byte); it is not a CSV file."_s;
    // The \x89 makes the sniffer choose Windows-1251, in which the first two lines of
    // the picture are rows (rejected: one field); its NUL bytes stop the import.
    QTest::newRow("binary garbage after good rows")
        << header + good + "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\n"_ba
        << u"Row 7, line 7: the file holds binary data (a NUL byte); it is not a CSV file."_s;
    QTest::newRow("record over 1 MiB") << header + good + "Carl Berg," + QByteArray(2 << 20, 'x') + "\n"
                                       << u"Row 5, line 5: a record is longer than 1 MiB"_s;
    QTest::newRow("malformed header")
        << "Name,\"Email\n"_ba + good << u"Line 1: a quoted field in column 2 never ends"_s;

    // 6000 rows, the 5000th (spreadsheet numbering) has a Windows-1251 byte in a
    // file that starts as valid UTF-8: found only after 4998 rows were written.
    QByteArray big = header + good;
    for (int row = 5; row <= 6001; ++row) {
        big += "Person " + QByteArray::number(row) + ",p" + QByteArray::number(row) + "@x.com,,Company "
            + QByteArray::number(row % 7) + ",,\n";
        if (row == 4999)
            big += "M\xFCller Hans,mueller@x.com,,,,\n";
    }
    QTest::newRow("invalid UTF-8 in row 5000 of 6000")
        << big << u"Row 5000, line 5000: column 1 is not valid UTF-8 text."_s;
}

void tst_ContactImport::malformedFileWritesNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);

    // Something in the database already, which the import would have changed.
    Contact zoe;
    zoe.firstName = u"Zoe"_s;
    zoe.lastName = u"Existing"_s;
    zoe.jobTitle = u"Old title"_s;
    zoe.emails = {{u"work"_s, u"zoe@existing.com"_s}};
    ContactStore(*m_db).create(zoe);
    addCompany(u"Globex"_s, u"globex.com"_s);
    const QList<qint64> before = footprint();
    const QList<Contact> contactsBefore = contacts();

    ImportOptions options;
    options.duplicates = DuplicatePolicy::Update;
    const ImportResult result = import(file, options, u"Automatic"_s);
    QVERIFY(!result.committed());
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    QCOMPARE(result.created, 0);
    QCOMPARE(result.updated, 0);
    QCOMPARE(result.companiesCreated, 0);

    QCOMPARE(footprint(), before);
    QStringList describedBefore, describedAfter;
    for (const Contact &c : contactsBefore)
        describedBefore << describe(c);
    for (const Contact &c : contacts())
        describedAfter << describe(c);
    QCOMPARE(describedAfter, describedBefore);

    // The database is usable afterwards: the same connection imports a good file.
    const ImportResult next = import("Name\nAfter Wards\n"_ba, ImportOptions(), u"Automatic"_s);
    QVERIFY2(next.committed(), qPrintable(next.error));
    QCOMPARE(count(u"contacts"_s), before[0] + 1);
}

void tst_ContactImport::databaseErrorWritesNothing()
{
    // The database refuses the third row (a trigger stands in for a full disk or a
    // lost connection): the company, the new contact and the update before it go too.
    if (m_db->isSqlite()) {
        m_db->run(u"CREATE TRIGGER refuse BEFORE INSERT ON contacts WHEN NEW.last_name = 'Refused' "
                  "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s);
    } else {
        m_db->run(u"CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.last_name = 'Refused' THEN "
                  "RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"_s);
        m_db->run(
            u"CREATE TRIGGER refuse BEFORE INSERT ON contacts FOR EACH ROW EXECUTE FUNCTION refuse()"_s);
    }
    Contact zoe;
    zoe.firstName = u"Zoe"_s;
    zoe.lastName = u"Existing"_s;
    zoe.jobTitle = u"Old title"_s;
    zoe.emails = {{u"work"_s, u"zoe@existing.com"_s}};
    ContactStore(*m_db).create(zoe);
    const QList<qint64> before = footprint();
    const QString zoeBefore = describe(contacts().constFirst());

    const QByteArray file = "Name,Email,Company,Job title,Segment\n"
                            "Anna Petrova,anna@x.com,Acme,Buyer,Retail\n"
                            "Zoe Existing,zoe@existing.com,,New title,\n"
                            "Bob Refused,bob@x.com,Initech,,\n"
                            "Carl Berg,carl@x.com,,,\n"_ba;
    ImportOptions options;
    options.duplicates = DuplicatePolicy::Update;
    const ImportResult result = import(file, options, u"Automatic"_s);
    QVERIFY(!result.committed());
    QVERIFY2(result.error.contains(u"refused by test"_s), qPrintable(result.error));
    QCOMPARE(result.created, 0);
    QCOMPARE(result.updated, 0);
    QCOMPARE(result.companiesCreated, 0);
    QCOMPARE(footprint(), before);
    QCOMPARE(describe(contacts().constFirst()), zoeBefore);
    QVERIFY(!m_db->inTransaction());

    // The connection is usable afterwards.
    const ImportResult next = import("Name\nAfter Wards\n"_ba, ImportOptions(), u"Automatic"_s);
    QVERIFY2(next.committed(), qPrintable(next.error));
    QCOMPARE(count(u"contacts"_s), before[0] + 1);
}

void tst_ContactImport::cancelWritesNothing_data()
{
    QTest::addColumn<int>("cancelAtCall"); // 0 = never
    QTest::addColumn<int>("calls");

    // 1500 rows: a callback after 512 and 1024 rows, and one at the end.
    QTest::newRow("never") << 0 << 3;
    QTest::newRow("at the first callback") << 1 << 1;
    QTest::newRow("at the second callback") << 2 << 2;
    QTest::newRow("at the end, all rows read") << 3 << 3;
}

void tst_ContactImport::cancelWritesNothing()
{
    QFETCH(int, cancelAtCall);
    QFETCH(int, calls);

    addCompany(u"Globex"_s, u"globex.com"_s);
    const QList<qint64> before = footprint();
    QByteArray file = "Name,Email,Company\n";
    for (int i = 0; i < 1500; ++i)
        file += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@x.com,Company "
            + QByteArray::number(i % 10) + "\n";

    QList<qint64> seen;
    const ImportResult result = import(file, ImportOptions(), u"Automatic"_s, nullptr, [&](qint64 bytes) {
        seen << bytes;
        return seen.size() != cancelAtCall;
    });
    QCOMPARE(seen.size(), calls);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i] > seen[i - 1]);
    if (cancelAtCall == 0) {
        QVERIFY2(result.committed(), qPrintable(result.error));
        QCOMPARE(seen.constLast(), file.size());
        QCOMPARE(result.created, 1500);
        QCOMPARE(result.companiesCreated, 10);
        QCOMPARE(count(u"contacts"_s), 1500);
        return;
    }
    QVERIFY(result.cancelled);
    QVERIFY(!result.committed());
    QCOMPARE(result.error, QString());
    QCOMPARE(result.created, 0);
    QCOMPARE(result.companiesCreated, 0);
    QCOMPARE(footprint(), before);
}

void tst_ContactImport::emptyOrHeaderOnlyFileWritesNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
    QTest::newRow("BOM only") << kBom << u"The file is empty."_s;
    QTest::newRow("blank lines only") << "\r\n\r\n\n"_ba << u"The file is empty."_s;
    QTest::newRow("header only") << "Name,Email\r\n"_ba << u"The file has a header but no rows."_s;
    QTest::newRow("header only, no newline") << "Name,Email"_ba << u"The file has a header but no rows."_s;
    QTest::newRow("header and rows of empty fields")
        << "Name,Email\r\n,\r\n , \r\n,,,\r\n"_ba << u"The file has a header but no rows."_s;
    QTest::newRow("header and blank lines")
        << kBom + "Name;Email\r\n\r\n\r\n"_ba << u"The file has a header but no rows."_s;
}

void tst_ContactImport::emptyOrHeaderOnlyFileWritesNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);

    const QList<qint64> before = footprint();
    ImportOptions options;
    options.columns = {ImportField::FullName, ImportField::Email};
    const ImportResult result = import(file, options, QString());
    QVERIFY(!result.committed());
    QCOMPARE(result.error, error);
    QCOMPARE(result.rows, 0);
    QCOMPARE(footprint(), before);
}

void tst_ContactImport::noNameColumnIsAnError()
{
    const QList<qint64> before = footprint();
    ImportOptions options;
    options.columns = {ImportField::Ignore, ImportField::Email, ImportField::Company};
    Run run;
    const ImportResult result
        = import("Name,Email,Company\nAnna Petrova,anna@x.com,Acme\n"_ba, options, QString(), &run);
    QVERIFY(!result.committed());
    QCOMPARE(result.error,
        u"No column is imported as a name. Choose the column that holds the full name, or the first or last name."_s);
    QCOMPARE(result.rows, 0);
    QCOMPARE(run.rejected, QByteArray());
    QCOMPARE(footprint(), before);

    // The same under a preset that knows none of the headers.
    const ImportResult unknown
        = import("Vorname,E-Mail\nAnna,anna@x.com\n"_ba, ImportOptions(), u"Salesforce"_s);
    QVERIFY(unknown.error.startsWith(u"No column is imported as a name."_s));
    QCOMPARE(footprint(), before);
}

QTEST_GUILESS_MAIN(tst_ContactImport)
#include "tst_contactimport.moc"
