#include "contactimport.h"

#include "export/tableexport.h"
#include "records/phone.h"
#include "records/validation.h"
#include "segments/segmentstore.h"
#include "store/companystore.h"
#include "store/contactstore.h"

#include <QRegularExpression>
#include <QUrl>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr int kProgressEvery = 512;
constexpr qsizetype kCompaniesRemembered = 10000; // per lookup (domain, name): a few MB at most

using F = ImportField;

struct Synonym
{
    const char *header;
    ImportField field;
};

// Headers as each program writes them in its export (and the usual hand-made ones).
const Synonym kGeneric[] = {
    {"Name", F::FullName},
    {"Full name", F::FullName},
    {"Contact name", F::FullName},
    {"Contact", F::FullName},
    {"First name", F::FirstName},
    {"Firstname", F::FirstName},
    {"Given name", F::FirstName},
    {"Middle name", F::FirstName},
    {"Last name", F::LastName},
    {"Lastname", F::LastName},
    {"Surname", F::LastName},
    {"Family name", F::LastName},
    {"Email", F::Email},
    {"E-mail", F::Email},
    {"Email address", F::Email},
    {"Work email", F::Email},
    {"Personal email", F::OtherEmail},
    {"Other email", F::OtherEmail},
    {"Home email", F::OtherEmail},
    {"Phone", F::Phone},
    {"Telephone", F::Phone},
    {"Tel", F::Phone},
    {"Work phone", F::Phone},
    {"Phone number", F::Phone},
    {"Business phone", F::Phone},
    {"Mobile", F::MobilePhone},
    {"Mobile phone", F::MobilePhone},
    {"Cell", F::MobilePhone},
    {"Cell phone", F::MobilePhone},
    {"Job title", F::JobTitle},
    {"Title", F::JobTitle},
    {"Position", F::JobTitle},
    {"Company", F::Company},
    {"Company name", F::Company},
    {"Organization", F::Company},
    {"Organisation", F::Company},
    {"Account name", F::Company},
    {"Website", F::Website},
    {"Web site", F::Website},
    {"Company website", F::Website},
    {"URL", F::Website},
    {"Domain", F::Website},
    {"Company domain", F::Website},
    {"Source", F::Source},
    {"Lead source", F::Source},
    {"Segment", F::Segment},
    {"Tags", F::Tags},
    {"Labels", F::Tags},
    {"Notes", F::Notes},
    {"Note", F::Notes},
    {"Description", F::Notes},
    {"Comments", F::Notes},
    {"Created", F::CreatedAt},
    {"Created at", F::CreatedAt},
    {"Created date", F::CreatedAt},
    {"Create date", F::CreatedAt},
    {"Date created", F::CreatedAt},
    {"Consent", F::Consent},
    {"Marketing consent", F::Consent},
    {"Email consent", F::Consent},
    {"Subscribed", F::Consent},
    // Ukrainian
    {"Ім'я", F::FirstName},
    {"Прізвище", F::LastName},
    {"По батькові", F::FirstName},
    {"Повне ім'я", F::FullName},
    {"Посада", F::JobTitle},
    {"Компанія", F::Company},
    {"Телефон", F::Phone},
    {"Мобільний телефон", F::MobilePhone},
    {"Електронна пошта", F::Email},
    {"Джерело", F::Source},
    {"Примітки", F::Notes},
    {"Дата створення", F::CreatedAt},
    {"Згода", F::Consent},
    {"Сайт", F::Website},
    {"Теги", F::Tags},
    {"Сегмент", F::Segment},
};

const Synonym kHubSpot[] = {
    {"First Name", F::FirstName},
    {"Last Name", F::LastName},
    {"Email", F::Email},
    {"Phone Number", F::Phone},
    {"Mobile Phone Number", F::MobilePhone},
    {"Job Title", F::JobTitle},
    {"Company Name", F::Company},
    {"Associated Company", F::Company},
    {"Website URL", F::Website},
    {"Create Date", F::CreatedAt},
    {"Original Source", F::Source},
    {"Original Source Type", F::Source},
    {"Marketing contact status", F::Ignore},
};

const Synonym kSalesforce[] = {
    {"First Name", F::FirstName},
    {"Last Name", F::LastName},
    {"Title", F::JobTitle},
    {"Account Name", F::Company},
    {"Company", F::Company},
    {"Company / Account", F::Company},
    {"Email", F::Email},
    {"Phone", F::Phone},
    {"Mobile", F::MobilePhone},
    {"Mobile Phone", F::MobilePhone},
    {"Lead Source", F::Source},
    {"Created Date", F::CreatedAt},
    {"Website", F::Website},
    {"Description", F::Notes},
    {"Email Opt Out", F::Ignore},
};

const Synonym kPipedrive[] = {
    {"Person - Name", F::FullName},
    {"Person - First name", F::FirstName},
    {"Person - Last name", F::LastName},
    {"Person - Email", F::Email},
    {"Person - Email - Work", F::Email},
    {"Person - Email - Home", F::OtherEmail},
    {"Person - Email - Other", F::OtherEmail},
    {"Person - Phone", F::Phone},
    {"Person - Phone - Work", F::Phone},
    {"Person - Phone - Mobile", F::MobilePhone},
    {"Person - Organization", F::Company},
    {"Person - Job title", F::JobTitle},
    {"Person - Labels", F::Tags},
    {"Person - Label", F::Tags},
    {"Person - Person created", F::CreatedAt},
    {"Organization - Name", F::Company},
    {"Organization - Website", F::Website},
    {"Person - Notes", F::Notes},
};

// amoCRM marks each contact column with "(контакт)" and company ones with "(компания)".
const Synonym kAmoCrm[] = {
    {"Полное имя контакта", F::FullName},
    {"Наименование", F::FullName},
    {"Имя", F::FirstName},
    {"Фамилия", F::LastName},
    {"Компания", F::Company},
    {"Название компании", F::Company},
    {"Должность (контакт)", F::JobTitle},
    {"Должность", F::JobTitle},
    {"Рабочий телефон (контакт)", F::Phone},
    {"Мобильный телефон (контакт)", F::MobilePhone},
    {"Рабочий телефон", F::Phone},
    {"Мобильный телефон", F::MobilePhone},
    {"Рабочий email (контакт)", F::Email},
    {"Личный email (контакт)", F::OtherEmail},
    {"Рабочий email", F::Email},
    {"Личный email", F::OtherEmail},
    {"Теги", F::Tags},
    {"Дата создания", F::CreatedAt},
    {"Источник", F::Source},
    {"Примечание", F::Notes},
    {"Web (компания)", F::Website},
};

const Synonym kBitrix24[] = {
    {"Имя", F::FirstName},
    {"Отчество", F::FirstName},
    {"Фамилия", F::LastName},
    {"Должность", F::JobTitle},
    {"Компания", F::Company},
    {"Название компании", F::Company},
    {"Рабочий телефон", F::Phone},
    {"Мобильный телефон", F::MobilePhone},
    {"Телефон", F::Phone},
    {"Рабочий e-mail", F::Email},
    {"Частный e-mail", F::OtherEmail},
    {"E-mail", F::Email},
    {"Корпоративный сайт", F::Website},
    {"Источник", F::Source},
    {"Дата создания", F::CreatedAt},
    {"Комментарий", F::Notes},
    {"Согласие на обработку", F::Consent},
};

// Loopline's own list export (the contact list's columns).
const Synonym kLoopline[] = {
    {"Name", F::FullName},
    {"Email", F::Email},
    {"Phone", F::Phone},
    {"Company", F::Company},
    {"Job title", F::JobTitle},
    {"Owner", F::Ignore},
    {"Source", F::Source},
    {"Segment", F::Segment},
    {"Created", F::CreatedAt},
    {"Updated", F::Ignore},
};

template<std::size_t N> ImportPreset preset(const QString &name, const Synonym (&synonyms)[N])
{
    ImportPreset p;
    p.name = name;
    for (const Synonym &s : synonyms)
        p.fields.insert(ContactImporter::headerKey(QString::fromUtf8(s.header)), s.field);
    return p;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(u"[,;]"_s);
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !out.contains(item))
            out << item;
    }
    return out;
}

QString appendWord(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + u' ' + b;
}

// The row as read, mapped to one contact and its company.
struct RowData
{
    Contact contact;
    QString companyName;
    QString companyDomain;
};

// One data row as the file gives it, and what it maps to.
struct MappedRow
{
    QStringList fields;
    qint64 row = 0; // CsvReader::recordNumber()
    qint64 line = 0; // CsvReader::lineNumber()
    qint64 bytesRead = 0; // CsvReader::bytesRead() after the row
    RowData data;
    QString problemField;
    QString problem; // why the row is rejected, or empty
};

// Reads the file's data rows and maps each (mapRow), skipping rows of empty fields. With
// readAhead it does so on a thread of its own, a few batches ahead of the importer: reading
// the CSV, checking emails and above all bringing phone numbers to E.164 (libphonenumber)
// took a fifth of an import's time, which a second core now spends while the importer's
// thread writes the rows before. The batches in flight are few and small, so memory stays
// the same whatever the file's size. The importer's thread still does everything with the
// database, the progress callback and the list of rejected rows, in the file's order.
class RowReader
{
public:
    using Map = std::function<void(MappedRow &)>;

    RowReader(CsvReader &reader, Map map, bool readAhead)
        : m_reader(reader)
        , m_map(std::move(map))
    {
        if (readAhead)
            m_thread = std::thread([this] { readAheadLoop(); });
    }
    ~RowReader()
    {
        if (!m_thread.joinable())
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // The next row; false at the end of the file or when the reader failed (the reader
    // then says why; it is not read any more).
    bool next(MappedRow &row)
    {
        if (!m_thread.joinable())
            return read(row);
        if (m_taken == m_batch.size()) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
            if (m_ready.empty()) {
                if (m_failure)
                    std::rethrow_exception(std::exchange(m_failure, nullptr));
                return false;
            }
            m_batch = std::move(m_ready.front());
            m_ready.pop_front();
            m_taken = 0;
            lock.unlock();
            m_changed.notify_all();
        }
        row = std::move(m_batch[m_taken++]);
        return true;
    }

private:
    static constexpr size_t kBatchRows = 256;
    static constexpr size_t kBatchesAhead = 4;

    bool read(MappedRow &row)
    {
        for (;;) {
            if (!m_reader.next(row.fields))
                return false;
            // A row of empty fields (",,,", which spreadsheet programs write for rows
            // that once held something) is a blank line, not a row without a name.
            if (!std::all_of(row.fields.cbegin(), row.fields.cend(),
                    [](const QString &f) { return QStringView(f).trimmed().isEmpty(); }))
                break;
        }
        row.row = m_reader.recordNumber();
        row.line = m_reader.lineNumber();
        row.bytesRead = m_reader.bytesRead();
        row.data = RowData();
        row.problemField.clear();
        row.problem.clear();
        m_map(row);
        return true;
    }

    void readAheadLoop()
    {
        try {
            for (bool more = true; more;) {
                std::vector<MappedRow> batch(kBatchRows);
                size_t filled = 0;
                while (filled < kBatchRows && (more = read(batch[filled])))
                    ++filled;
                batch.resize(filled);
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stopping || m_ready.size() < kBatchesAhead; });
                if (m_stopping)
                    return;
                if (!batch.empty())
                    m_ready.push_back(std::move(batch));
                // The reader is not touched after this: the importer reads its error.
                m_finished = !more;
                lock.unlock();
                m_changed.notify_all();
            }
        } catch (...) {
            {
                const std::lock_guard lock(m_mutex);
                m_failure = std::current_exception();
                m_finished = true;
            }
            m_changed.notify_all();
        }
    }

    CsvReader &m_reader;
    const Map m_map;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<MappedRow>> m_ready; // read and mapped, oldest first
    bool m_finished = false; // the reading thread has read its last row
    bool m_stopping = false;
    std::exception_ptr m_failure;
    std::vector<MappedRow> m_batch; // the batch next() takes rows from
    size_t m_taken = 0;
};

// Reads, writes and finds what the importer needs over statements prepared once.
class ImportSql
{
public:
    explicit ImportSql(Database &db)
        : m_db(db)
        , m_byEmail(db.prepare(u"SELECT contact_id FROM contact_emails WHERE lower(address) = ? LIMIT 1"_s))
        , m_byPhone(db.prepare(u"SELECT contact_id FROM contact_phones WHERE number = ? LIMIT 1"_s))
        , m_companyByDomain(db.prepare(u"SELECT id FROM companies WHERE domain = ? ORDER BY seq LIMIT 1"_s))
        , m_companyByName(db.prepare(u"SELECT id FROM companies WHERE name = ? ORDER BY seq LIMIT 1"_s))
    {
    }

    // Phones typed into the contact form are stored as written ("+7 (916) 123-45-67"),
    // which the indexed lookup by E.164 cannot find. Those are normalised once, before
    // the first row, and looked up in memory; the importer's own are E.164 already.
    void loadTypedPhones(const QString &region)
    {
        QSqlQuery q = m_db.run(u"SELECT contact_id, number FROM contact_phones"_s);
        while (q.next()) {
            const QString number = q.value(1).toString();
            if (isE164(number))
                continue;
            const QString e164 = phone::toE164(number, region);
            if (!e164.isEmpty() && !m_typedPhones.contains(e164))
                m_typedPhones.insert(e164, q.value(0).toString());
        }
    }

    QString existingContact(const Contact &contact)
    {
        for (const EmailAddress &email : contact.emails) {
            const QString id = first(m_byEmail, email.address.trimmed().toLower());
            if (!id.isEmpty())
                return id;
        }
        for (const PhoneNumber &number : contact.phones) {
            QString id = first(m_byPhone, number.number);
            if (id.isEmpty())
                id = m_typedPhones.value(number.number);
            if (!id.isEmpty())
                return id;
        }
        return {};
    }

    // The company found by its domain, else by its name. A file names the same few
    // thousand companies over and over, so what was found (or made) is remembered: the
    // first company by seq with a domain or name cannot change while the import holds
    // the write transaction, and one the import made is the first with its domain and
    // name (they were looked for first and not found). Misses are not remembered.
    QString company(const QString &domain, const QString &name)
    {
        if (!domain.isEmpty()) {
            QString id = m_companyOfDomain.value(domain);
            if (id.isEmpty()) {
                id = first(m_companyByDomain, domain);
                remember(m_companyOfDomain, domain, id);
            }
            if (!id.isEmpty())
                return id;
        }
        if (name.isEmpty())
            return {};
        QString id = m_companyOfName.value(name);
        if (id.isEmpty()) {
            id = first(m_companyByName, name);
            remember(m_companyOfName, name, id);
        }
        return id;
    }

    // A company the import has just made, after company() found none by its domain or name.
    void companyAdded(const Company &company)
    {
        // Remembered under the values the store wrote, which the lookups compare with.
        if (!company.domain.isEmpty() && company.domain == company.domain.trimmed().toLower())
            remember(m_companyOfDomain, company.domain, company.id);
        if (company.name == company.name.trimmed())
            remember(m_companyOfName, company.name, company.id);
    }

private:
    static bool isE164(const QString &number)
    {
        if (number.size() < 2 || number.front() != u'+')
            return false;
        return std::all_of(number.cbegin() + 1, number.cend(), [](QChar c) { return c.isDigit(); });
    }

    // Bounded, so that a file of many distinct companies does not grow the import's memory.
    static void remember(QHash<QString, QString> &cache, const QString &key, const QString &id)
    {
        if (!id.isEmpty() && cache.size() < kCompaniesRemembered)
            cache.insert(key, id);
    }

    static QString first(QSqlQuery &q, const QString &value)
    {
        q.addBindValue(value);
        Database::exec(q);
        // Read to the end, so that PostgreSQL is done with the statement before the next one.
        const QString id = q.next() ? q.value(0).toString() : QString();
        q.finish();
        return id;
    }

    Database &m_db;
    QSqlQuery m_byEmail;
    QSqlQuery m_byPhone;
    QSqlQuery m_companyByDomain;
    QSqlQuery m_companyByName;
    QHash<QString, QString> m_typedPhones; // E.164 → contact id
    QHash<QString, QString> m_companyOfDomain; // domain → company id
    QHash<QString, QString> m_companyOfName; // name → company id
};

// Applies a row to a contact already in the database, as the policy says. Returns
// whether anything changed.
bool applyDuplicate(Contact &existing, const Contact &row, DuplicatePolicy policy, const QString &region)
{
    const bool replace = policy == DuplicatePolicy::Update;
    bool changed = false;
    auto take = [&](QString &into, const QString &from) {
        if (from.isEmpty() || into == from || (!replace && !into.isEmpty()))
            return;
        into = from;
        changed = true;
    };
    take(existing.firstName, row.firstName);
    take(existing.lastName, row.lastName);
    take(existing.jobTitle, row.jobTitle);
    take(existing.companyId, row.companyId);
    take(existing.source, row.source);
    take(existing.segment, row.segment);
    if (!row.notes.isEmpty() && !existing.notes.contains(row.notes)) {
        existing.notes
            = replace || existing.notes.isEmpty() ? row.notes : existing.notes + u"\n\n"_s + row.notes;
        changed = true;
    }
    for (const QString &tag : row.tags) {
        if (!existing.tags.contains(tag, Qt::CaseInsensitive)) {
            existing.tags << tag;
            changed = true;
        }
    }
    for (const EmailAddress &email : row.emails) {
        const bool known
            = std::any_of(existing.emails.cbegin(), existing.emails.cend(), [&](const EmailAddress &e) {
                  return e.address.compare(email.address, Qt::CaseInsensitive) == 0;
              });
        if (!known) {
            existing.emails.append(email);
            changed = true;
        }
    }
    for (const PhoneNumber &number : row.phones) {
        // The contact's numbers may be written any way; the row's are E.164.
        const bool known
            = std::any_of(existing.phones.cbegin(), existing.phones.cend(), [&](const PhoneNumber &p) {
                  return p.number == number.number || phone::toE164(p.number, region) == number.number;
              });
        if (!known) {
            existing.phones.append(number);
            changed = true;
        }
    }
    if (row.consent.given && !existing.consent.given) {
        existing.consent = row.consent;
        changed = true;
    }
    return changed;
}

} // namespace

QString ContactImporter::headerKey(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

QList<ImportPreset> ContactImporter::builtInPresets()
{
    QList<ImportPreset> presets = {
        preset(tr("HubSpot"), kHubSpot),
        preset(tr("Salesforce"), kSalesforce),
        preset(tr("Pipedrive"), kPipedrive),
        preset(tr("amoCRM"), kAmoCrm),
        preset(tr("Bitrix24"), kBitrix24),
        preset(tr("Loopline"), kLoopline),
    };
    // Automatic: every program's headers, the generic ones first.
    ImportPreset automatic = preset(tr("Automatic"), kGeneric);
    for (const ImportPreset &p : std::as_const(presets)) {
        for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it) {
            if (!automatic.fields.contains(it.key()))
                automatic.fields.insert(it.key(), it.value());
        }
    }
    presets.prepend(automatic);
    return presets;
}

QList<ImportField> ContactImporter::mapHeaders(const QStringList &headers, const ImportPreset &preset)
{
    QList<ImportField> columns;
    QList<ImportField> taken;
    for (const QString &header : headers) {
        ImportField field = preset.fields.value(headerKey(header), ImportField::Ignore);
        // A field that takes one value goes to the first column naming it; a second
        // "Email" becomes the other address, a second "Phone" the mobile.
        if (taken.contains(field)) {
            if (field == ImportField::Email && !taken.contains(ImportField::OtherEmail))
                field = ImportField::OtherEmail;
            else if (field == ImportField::Phone && !taken.contains(ImportField::MobilePhone))
                field = ImportField::MobilePhone;
            else if (field != ImportField::FirstName && field != ImportField::Tags
                && field != ImportField::Notes)
                field = ImportField::Ignore;
        }
        if (field != ImportField::Ignore)
            taken << field;
        columns << field;
    }
    return columns;
}

QList<ImportField> ContactImporter::allFields()
{
    return {F::Ignore, F::FullName, F::FirstName, F::LastName, F::Email, F::OtherEmail, F::Phone,
        F::MobilePhone, F::JobTitle, F::Company, F::Website, F::Source, F::Segment, F::Tags, F::Notes,
        F::CreatedAt, F::Consent};
}

QString ContactImporter::fieldName(ImportField field)
{
    switch (field) {
    case F::Ignore:
        return tr("Do not import");
    case F::FullName:
        return tr("Full name");
    case F::FirstName:
        return tr("First name");
    case F::LastName:
        return tr("Last name");
    case F::Email:
        return tr("Email");
    case F::OtherEmail:
        return tr("Other email");
    case F::Phone:
        return tr("Phone");
    case F::MobilePhone:
        return tr("Mobile phone");
    case F::JobTitle:
        return tr("Job title");
    case F::Company:
        return tr("Company");
    case F::Website:
        return tr("Company website");
    case F::Source:
        return tr("Source");
    case F::Segment:
        return tr("Segment");
    case F::Tags:
        return tr("Tags");
    case F::Notes:
        return tr("Notes");
    case F::CreatedAt:
        return tr("Created");
    case F::Consent:
        return tr("Marketing consent");
    }
    return {};
}

QDateTime ContactImporter::parseDate(const QString &text, SlashDates slashDates)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression iso(
        uR"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$)"_s);
    static const QRegularExpression local(
        uR"(^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$)"_s);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    QString zone;
    QString ampm;
    if (const QRegularExpressionMatch m = iso.match(t); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
        zone = m.captured(7);
    } else if (const QRegularExpressionMatch m = local.match(t); m.hasMatch()) {
        int a = m.captured(1).toInt();
        int b = m.captured(3).toInt();
        const QString separator = m.captured(2);
        year = m.captured(4).toInt();
        if (m.captured(4).size() == 2)
            year += year < 70 ? 2000 : 1900;
        // Dots and dashes are day first everywhere; slashes as chosen, unless one
        // part cannot be a month.
        bool dayFirst = separator != u"/"_s || slashDates == SlashDates::DayFirst;
        if (separator == u"/"_s && a > 12 && b <= 12)
            dayFirst = true;
        else if (separator == u"/"_s && b > 12 && a <= 12)
            dayFirst = false;
        day = dayFirst ? a : b;
        month = dayFirst ? b : a;
        hour = m.captured(5).toInt();
        minute = m.captured(6).toInt();
        second = m.captured(7).toInt();
        ampm = m.captured(8).toLower();
    } else {
        return {};
    }
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (ampm == u"pm"_s ? 12 : 0);
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    if (zone.isEmpty())
        return QDateTime(date, time).toUTC();
    if (zone == u"Z"_s)
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1).remove(u':');
    const int offset
        = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zone.startsWith(u'-') ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

std::optional<bool> ContactImporter::parseYesNo(const QString &text)
{
    static const QStringList yes = {u"yes"_s, u"y"_s, u"true"_s, u"1"_s, u"x"_s, u"да"_s, u"так"_s,
        u"subscribed"_s, u"opted in"_s, u"granted"_s, u"given"_s};
    static const QStringList no = {u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"нет"_s, u"ні"_s, u""_s,
        u"unsubscribed"_s, u"opted out"_s, u"withdrawn"_s};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QPair<QString, QString> ContactImporter::splitFullName(const QString &name)
{
    const QString n = name.simplified();
    if (const qsizetype comma = n.indexOf(u','); comma > 0) // "Petrova, Anna"
        return {n.mid(comma + 1).trimmed(), n.left(comma).trimmed()};
    const qsizetype space = n.lastIndexOf(u' ');
    if (space < 0)
        return {QString(), n}; // one word: a last name is what a list sorts by
    return {n.left(space), n.mid(space + 1)};
}

QString ContactImporter::domainOf(const QString &website)
{
    QString text = website.trimmed().toLower();
    if (text.isEmpty())
        return {};
    if (!text.contains(u"://"_s))
        text.prepend(u"http://"_s);
    QString host = QUrl(text).host();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    return Validation::isValidDomain(host) ? host : QString();
}

ImportResult ContactImporter::run(QIODevice *device, const CsvFormat &format, const ImportOptions &options,
    const Progress &progress, QIODevice *rejectedRows)
{
    ImportResult result;
    CsvReader reader(device, format);
    QStringList headers;
    if (!reader.next(headers)) {
        result.error = reader.hasError() ? reader.errorString() : tr("The file is empty.");
        return result;
    }
    QList<ImportField> columns = options.columns;
    columns.resize(headers.size(), ImportField::Ignore);
    const bool hasName = std::any_of(columns.cbegin(), columns.cend(),
        [](ImportField f) { return f == F::FullName || f == F::FirstName || f == F::LastName; });
    if (!hasName) {
        result.error = tr("No column is imported as a name. Choose the column that holds the full name, or "
                          "the first or last name.");
        return result;
    }

    auto reject = [&](qint64 row, qint64 line, const QString &field, const QString &reason,
                      const QStringList &fields) {
        ++result.rejected;
        if (result.problems.size() < kMaxProblemsKept)
            result.problems.append({row, line, field, reason});
        if (rejectedRows) {
            QStringList out
                = {QString::number(row), TableExport::csvField(field), TableExport::csvField(reason)};
            for (const QString &f : fields)
                out << TableExport::csvField(f);
            rejectedRows->write((out.join(u',') + u"\r\n"_s).toUtf8());
        }
    };
    if (rejectedRows) {
        QStringList out = {TableExport::csvField(tr("Row")), TableExport::csvField(tr("Field")),
            TableExport::csvField(tr("Reason"))};
        for (const QString &h : std::as_const(headers))
            out << TableExport::csvField(h);
        rejectedRows->write("\xEF\xBB\xBF" + (out.join(u',') + u"\r\n"_s).toUtf8());
    }

    const QString owner = options.owner.isEmpty() ? m_db.currentUser() : options.owner;
    const QString consentSource
        = options.fileLabel.isEmpty() ? tr("Import") : tr("Import of %1").arg(options.fileLabel);
    const QString consentVersion
        = options.consentTextVersion.isEmpty() ? tr("not recorded (imported)") : options.consentTextVersion;

    // A row's fields to a contact and its company, or the problem that rejects the row. It
    // needs no database, so it runs on the reading thread (see RowReader).
    const auto mapRow = [&](MappedRow &mapped) {
        if (mapped.fields.size() != headers.size())
            return; // rejected as a whole by the writing side
        const QStringList &fields = mapped.fields;
        RowData &data = mapped.data;
        Contact &c = data.contact;
        QString &problemField = mapped.problemField;
        QString &problem = mapped.problem;
        QString fullName;
        for (qsizetype i = 0; i < fields.size() && problem.isEmpty(); ++i) {
            const QString value = fields.at(i).trimmed();
            if (value.isEmpty() && columns.at(i) != F::Consent)
                continue;
            const QString header = headers.at(i);
            switch (columns.at(i)) {
            case F::Ignore:
                break;
            case F::FullName:
                fullName = appendWord(fullName, value);
                break;
            case F::FirstName:
                c.firstName = appendWord(c.firstName, value);
                break;
            case F::LastName:
                c.lastName = appendWord(c.lastName, value);
                break;
            case F::Email:
            case F::OtherEmail:
                for (const QString &address : splitList(value)) {
                    if (!Validation::isValidEmail(address)) {
                        problemField = header;
                        problem
                            = tr("“%1” is not an email address (expected name@example.com).").arg(address);
                        break;
                    }
                    c.emails.append({columns.at(i) == F::Email ? u"work"_s : u"personal"_s, address});
                }
                break;
            case F::Phone:
            case F::MobilePhone:
                for (const QString &number : splitList(value)) {
                    const QString e164 = phone::toE164(number, options.defaultRegion);
                    if (e164.isEmpty()) {
                        problemField = header;
                        problem = tr("“%1” is not a phone number that can be dialled (region %2).")
                                      .arg(number, options.defaultRegion);
                        break;
                    }
                    c.phones.append({columns.at(i) == F::Phone ? u"work"_s : u"mobile"_s, e164});
                }
                break;
            case F::JobTitle:
                c.jobTitle = value;
                break;
            case F::Company:
                data.companyName = value;
                break;
            case F::Website:
                data.companyDomain = domainOf(value);
                if (data.companyDomain.isEmpty()) {
                    problemField = header;
                    problem = tr("“%1” is not a web site or domain (expected example.com).").arg(value);
                }
                break;
            case F::Source:
                c.source = value;
                break;
            case F::Segment:
                c.segment = value;
                break;
            case F::Tags:
                c.tags << splitList(value);
                break;
            case F::Notes:
                c.notes = c.notes.isEmpty() ? value : c.notes + u'\n' + value;
                break;
            case F::CreatedAt:
                c.createdAt = parseDate(value, options.slashDates);
                if (!c.createdAt.isValid()) {
                    problemField = header;
                    problem = tr("“%1” is not a date (expected for example 2024-03-31, 31.03.2024 or "
                                 "03/31/2024).")
                                  .arg(value);
                }
                break;
            case F::Consent: {
                const std::optional<bool> yes = parseYesNo(value);
                if (!yes) {
                    problemField = header;
                    problem = tr("“%1” is neither yes nor no.").arg(value);
                } else if (*yes) {
                    c.consent = {true, QDateTime(), consentSource, consentVersion};
                }
                break;
            }
            }
        }
        // Exports that give the full name beside its parts (Pipedrive, amoCRM) would
        // otherwise name everyone twice: the parts win, and the full name is split
        // only when the row has neither.
        if (c.firstName.isEmpty() && c.lastName.isEmpty() && !fullName.isEmpty()) {
            const auto [first, last] = splitFullName(fullName);
            c.firstName = first;
            c.lastName = last;
        }
        if (problem.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty()) {
            problem = tr("The row has no name.");
        }
    };

    try {
        // Returns without commit() on Cancel or a malformed file: the transaction rolls back.
        [&] {
            ImportSql sql(m_db);
            ContactStore::BulkWriter contacts(m_db);
            CompanyStore::BulkWriter companies(m_db);
            ContactStore store(m_db);
            SegmentStore segments(m_db);
            // Declared after the prepared statements so that it ends (rolls back) before
            // they are freed: PostgreSQL refuses to free them in a failed transaction.
            Transaction tx(m_db);
            sql.loadTypedPhones(options.defaultRegion);
            QHash<QString, QString> segmentNames; // as written → as stored (few distinct)

            // Files and buffers are read ahead on a thread of their own; a sequential device
            // (a socket, a process) belongs to this thread's event loop and is read here.
            RowReader rows(reader, mapRow, !device->isSequential());
            MappedRow mapped;
            while (rows.next(mapped)) {
                ++result.rows;
                const QStringList &fields = mapped.fields;
                const qint64 row = mapped.row;
                const qint64 line = mapped.line;
                if (progress && result.rows % kProgressEvery == 0 && !progress(mapped.bytesRead)) {
                    result.cancelled = true;
                    return;
                }
                if (fields.size() != headers.size()) {
                    reject(row, line, QString(),
                        tr("The row has %n field(s); the header has %1.", "", int(fields.size()))
                            .arg(headers.size()),
                        fields);
                    continue;
                }

                RowData &data = mapped.data;
                Contact &c = data.contact;
                if (!mapped.problem.isEmpty()) {
                    reject(row, line, mapped.problemField, mapped.problem, fields);
                    continue;
                }
                c.owner = owner;
                if (c.createdAt.isValid())
                    c.updatedAt = c.createdAt;

                // The duplicate is looked for first: a skipped row must leave nothing
                // behind (no company, no segment), nor may a merge into a contact that
                // already has a company make one.
                const QString existingId = sql.existingContact(c);
                if (!existingId.isEmpty() && options.duplicates == DuplicatePolicy::Skip) {
                    ++result.skipped;
                    continue;
                }
                std::optional<Contact> existing;
                if (!existingId.isEmpty())
                    existing = store.get(existingId);
                // The import's source says where new contacts came from; it does not
                // replace the one an existing contact has.
                if (c.source.isEmpty() && (!existing || existing->source.isEmpty()))
                    c.source = options.source;
                if (!c.segment.isEmpty()) {
                    auto it = segmentNames.constFind(c.segment);
                    if (it == segmentNames.cend())
                        it = segmentNames.insert(c.segment, segments.ensure(c.segment));
                    c.segment = it.value();
                }
                if (data.companyName.isEmpty() && !data.companyDomain.isEmpty())
                    data.companyName = data.companyDomain;
                const bool takesCompany = existingId.isEmpty()
                    || (existing
                        && (options.duplicates == DuplicatePolicy::Update || existing->companyId.isEmpty()));
                if (!data.companyName.isEmpty() && takesCompany) {
                    c.companyId = sql.company(data.companyDomain, data.companyName);
                    if (c.companyId.isEmpty()) {
                        Company company;
                        company.id = Database::newId();
                        company.name = data.companyName;
                        company.domain = data.companyDomain;
                        company.owner = owner;
                        companies.add(company);
                        sql.companyAdded(company);
                        ++result.companiesCreated;
                        c.companyId = company.id;
                    }
                }

                if (existingId.isEmpty()) {
                    contacts.add(c);
                    ++result.created;
                    continue;
                }
                if (existing && applyDuplicate(*existing, c, options.duplicates, options.defaultRegion)) {
                    store.update(*existing);
                    ++result.updated;
                } else {
                    ++result.skipped;
                }
            }
            if (reader.hasError()) {
                result.error = tr("Row %1, line %2: %3")
                                   .arg(reader.recordNumber() + 1)
                                   .arg(reader.errorLine())
                                   .arg(reader.errorReason());
                return;
            }
            if (result.rows == 0) {
                result.error = tr("The file has a header but no rows.");
                return;
            }
            if (progress && !progress(reader.bytesRead())) {
                result.cancelled = true;
                return;
            }
            tx.commit();
        }();
    } catch (const StoreError &error) {
        result.error = error.message();
    }
    if (!result.committed())
        result.created = result.updated = result.companiesCreated = 0;
    return result;
}

} // namespace loopline
