#pragma once

#include "exchange/csvreader.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <functional>

namespace loopline {

// What a column of an imported file holds.
enum class ImportField {
    Ignore,
    FullName, // "Anna Petrova": split into first and last name
    FirstName,
    LastName,
    Email,
    OtherEmail, // a second (personal) address
    Phone,
    MobilePhone,
    JobTitle,
    Company,
    Website, // the company's web site or domain
    Source,
    Segment,
    Tags,
    Notes,
    CreatedAt,
    Consent, // yes/no, true/false, 1/0, да/нет, так/ні
};

// A named way of reading the headers of one program's export: header (compared
// without letter case, spaces or punctuation) to field.
struct ImportPreset
{
    QString name;
    QHash<QString, ImportField> fields;
};

// What to do with a row whose person is already in the database (same email in
// any letter case, or same phone in E.164), or earlier in the same file.
enum class DuplicatePolicy {
    Skip, // leave the contact as it is; the row is counted as skipped
    Update, // the row's non-empty fields replace the contact's
    Merge, // the row fills the contact's empty fields and adds new emails and phones
};

enum class SlashDates { MonthFirst, DayFirst }; // 03/04/2024: March 4th or 3 April

struct ImportOptions
{
    QList<ImportField> columns; // one per column of the file; missing ones are ignored
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    QString defaultRegion = QStringLiteral("RU"); // for phones written without a country code
    SlashDates slashDates = SlashDates::DayFirst;
    QString source; // for rows without a Source column (a campaign, "Trade show import")
    QString owner; // the contacts' owner; empty means the current user
    QString consentTextVersion; // recorded with a consent column's "yes"
    QString fileLabel; // the file's name, for the timeline of updated contacts
};

// One rejected row, or one problem with a kept row: where and why.
struct ImportProblem
{
    qint64 row = 0; // as a spreadsheet numbers it: the header is row 1
    qint64 line = 0; // the line of the file the row starts on
    QString field; // the field's name as the user sees it, or empty for the whole row
    QString reason;
};

struct ImportResult
{
    qint64 rows = 0; // data rows read
    qint64 created = 0;
    qint64 updated = 0; // Update or Merge changed an existing contact
    qint64 skipped = 0; // duplicates left alone
    qint64 rejected = 0;
    qint64 companiesCreated = 0;
    QList<ImportProblem> problems; // the first kMaxProblemsKept rejected rows
    bool cancelled = false;
    QString error; // the file was malformed or the database failed: nothing was written
    bool committed() const { return !cancelled && error.isEmpty(); }
};

// Reads contacts from CSV into the database: maps columns to fields, normalises
// phones to E.164, checks emails, finds and reuses companies by domain or name,
// and applies the duplicate policy. The whole import is one transaction: it lands
// whole, or on Cancel, a malformed file or a database error, not at all. Rows that
// are wrong in themselves (no name, a bad email, a wrong number of fields) are
// rejected, listed with their row, field and reason, and the others land.
class ContactImporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    static constexpr int kMaxProblemsKept = 1000;

    explicit ContactImporter(Database &db)
        : m_db(db)
    {
    }

    // Called now and then with the bytes read so far; return false to cancel.
    using Progress = std::function<bool(qint64 bytesRead)>;

    // Imports from a device positioned at the start of the file; its first record is
    // the header. rejectedRows, when given, receives every rejected row as CSV: the
    // row number, the reason and the row's own fields.
    ImportResult run(QIODevice *device, const CsvFormat &format, const ImportOptions &options,
        const Progress &progress = {}, QIODevice *rejectedRows = nullptr);

    // The built-in presets: HubSpot, Salesforce, Pipedrive, amoCRM, Bitrix24 and
    // Loopline's own export; "Automatic" (all of them together) first.
    static QList<ImportPreset> builtInPresets();
    // The field of each header under a preset (Ignore where it says nothing).
    static QList<ImportField> mapHeaders(const QStringList &headers, const ImportPreset &preset);
    static QString fieldName(ImportField field);
    static QList<ImportField> allFields();
    // Header text reduced to what is compared: lower case, letters and digits only.
    static QString headerKey(const QString &header);

    // Parsers the importer uses, exposed for tests and for the wizard's preview.
    static QDateTime parseDate(const QString &text, SlashDates slashDates);
    static std::optional<bool> parseYesNo(const QString &text);
    // "Anna Maria Petrova" → {"Anna Maria", "Petrova"}; "Petrova, Anna" → {"Anna", "Petrova"}.
    static QPair<QString, QString> splitFullName(const QString &name);
    // "https://www.example.com/about" → "example.com"; empty when it is not a domain.
    static QString domainOf(const QString &website);

private:
    Database &m_db;
};

} // namespace loopline
