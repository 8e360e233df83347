#include "listexport.h"

#include "exchange/vcard.h"
#include "export/tableexport.h"
#include "models/listcells.h"
#include "store/companystore.h"
#include "store/contactstore.h"
#include "store/sqlvalues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <memory>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

using Kind = ListColumn::Kind;

// A column of the file: a column of the list, or the currency of the money column before it.
struct OutColumn
{
    int source = 0;
    Kind kind = Kind::Text;
    bool currency = false;
};

constexpr qsizetype kMaxCellText = 32767; // Excel's limit for the text of a cell

QString moneyText(qint64 minor)
{
    // Whole and cents apart, so a large amount never passes through a double.
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return u"%1%2.%3"_s.arg(minor < 0 ? u"-"_s : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QChar(u'0'));
}

// Whether a spreadsheet program would take the text for a formula and run it. Leading +
// or - followed only by digits and the characters of a phone number or a figure is let
// through, so "+7 (495) 123-45-67" stays as typed.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    static const QString allowed = u" ()-./"_s;
    for (const QChar c : QStringView(text).mid(1)) {
        if (!c.isDigit() && !allowed.contains(c))
            return true;
    }
    return false;
}

QDateTime localInstant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

// A read transaction around the whole export, so every page comes from the same snapshot.
// SQLite in WAL mode keeps the snapshot of the first read without blocking writers;
// PostgreSQL needs REPEATABLE READ for it. Ends with a commit: the export writes nothing,
// and anything that joined the transaction meanwhile is kept.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
    {
        const bool outermost = !db.inTransaction();
        db.beginTransaction();
        if (outermost && !db.isSqlite()) {
            try {
                db.run(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s);
            } catch (...) {
                db.rollbackTransaction();
                throw;
            }
        }
    }
    ~ReadSnapshot()
    {
        try {
            m_db.commitTransaction();
        } catch (const StoreError &) {
            // Nothing of the export's to save; the rows were read.
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
};

// Where rows go. Errors are thrown as StoreError with the reason only; write() names the file.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual void header(const QStringList &titles) = 0;
    virtual void row(const ListRow &row) = 0;
    // After each page.
    virtual void flush() { }
    // Completes the .part file.
    virtual void finish() = 0;
    // Removes the .part file after a failure or a cancel.
    virtual void discard() = 0;
};

class CsvSink : public Sink
{
public:
    CsvSink(const QString &partial, const QList<OutColumn> &columns, const ListCells &cells)
        : m_file(partial)
        , m_columns(columns)
        , m_cells(cells)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw StoreError(m_file.errorString());
        m_buffer = u"\uFEFF"_s; // the byte order mark that tells Excel it is UTF-8
    }

    void header(const QStringList &titles) override
    {
        QStringList fields;
        for (const QString &title : titles)
            fields << TableExport::csvField(title);
        m_buffer += fields.join(u',') + u"\r\n"_s;
    }

    void row(const ListRow &row) override
    {
        bool first = true;
        for (const OutColumn &column : m_columns) {
            if (!first)
                m_buffer += u',';
            first = false;
            m_buffer += field(row, column);
        }
        m_buffer += u"\r\n"_s;
    }

    void flush() override
    {
        const QByteArray bytes = m_buffer.toUtf8();
        m_buffer.clear();
        if (m_file.write(bytes) != bytes.size())
            throw StoreError(m_file.errorString());
    }

    void finish() override
    {
        flush();
        if (!m_file.flush())
            throw StoreError(m_file.errorString());
        m_file.close();
        if (m_file.error() != QFileDevice::NoError)
            throw StoreError(m_file.errorString());
    }

    void discard() override
    {
        m_file.close();
        m_file.remove();
    }

private:
    QString field(const ListRow &row, const OutColumn &column) const
    {
        const QVariant &value = row.cells.at(column.source);
        if (column.currency)
            return TableExport::csvField(row.currency.toString());
        switch (column.kind) {
        case Kind::Text: {
            QString text = value.toString();
            if (looksLikeFormula(text))
                text.prepend(u'\'');
            return TableExport::csvField(text);
        }
        case Kind::Number:
            return value.toLongLong() == 0 ? QString() : QString::number(value.toLongLong());
        case Kind::Money:
            return value.isNull() ? QString() : moneyText(value.toLongLong());
        case Kind::Instant: {
            const QDateTime instant = localInstant(value);
            return instant.isValid() ? instant.toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
        }
        case Kind::Date: {
            const QDate date = sql::date(value);
            return date.isValid() ? date.toString(Qt::ISODate) : QString();
        }
        default:
            return TableExport::csvField(m_cells.text(row, column.source));
        }
    }

    QFile m_file;
    QList<OutColumn> m_columns;
    const ListCells &m_cells;
    QString m_buffer;
};

class XlsxSink : public Sink
{
public:
    XlsxSink(const QString &partial, const QString &title, qint64 maxRowsPerSheet,
        const QList<OutColumn> &columns, const ListCells &cells)
        : m_partial(partial)
        , m_title(title)
        , m_maxRows(maxRowsPerSheet)
        , m_columns(columns)
        , m_cells(cells)
    {
        // libxlsxwriter creates the file only when it closes the workbook: find out now
        // whether it can be written, not after a million rows.
        QFile probe(partial);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw StoreError(probe.errorString());
        probe.close();
        // In constant-memory mode each row goes to a temporary file as soon as the next one
        // starts; keep those where the user's temporary files go.
        m_tmpdir = QFile::encodeName(QDir::tempPath());
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpdir.data();
        const QByteArray path = QFile::encodeName(partial);
        m_book = workbook_new_opt(path.constData(), &options);
        if (!m_book) {
            QFile::remove(partial);
            throw StoreError(ListExport::tr("Cannot start the workbook."));
        }
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_moneyFormat = workbook_add_format(m_book);
        format_set_num_format(m_moneyFormat, "#,##0.00");
        m_dateFormat = workbook_add_format(m_book);
        format_set_num_format(m_dateFormat, "yyyy-mm-dd");
        m_instantFormat = workbook_add_format(m_book);
        format_set_num_format(m_instantFormat, "yyyy-mm-dd hh:mm");
    }

    ~XlsxSink() override
    {
        if (m_book)
            discard();
    }

    void header(const QStringList &titles) override
    {
        m_titles = titles;
        startSheet();
    }

    void row(const ListRow &row) override
    {
        if (m_row > m_maxRows) {
            endSheet();
            startSheet();
        }
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            cell(lxw_col_t(c), row, m_columns.at(c));
        ++m_row;
    }

    void finish() override
    {
        endSheet();
        lxw_workbook *book = std::exchange(m_book, nullptr);
        m_sheets.clear();
        const lxw_error error = workbook_close(book);
        if (error != LXW_NO_ERROR) {
            QFile::remove(m_partial);
            throw StoreError(QString::fromUtf8(lxw_strerror(error)));
        }
    }

    void discard() override
    {
        if (m_book) {
            // Closing would assemble the whole workbook only to delete it. Free it instead;
            // libxlsxwriter closes a sheet's temporary file only while assembling, so close
            // those here.
            for (lxw_worksheet *sheet : std::as_const(m_sheets)) {
                if (sheet->optimize_tmpfile) {
                    std::fclose(sheet->optimize_tmpfile);
                    sheet->optimize_tmpfile = nullptr;
                    sheet->file = nullptr;
                }
            }
            lxw_workbook_free(std::exchange(m_book, nullptr));
            m_sheets.clear();
        }
        QFile::remove(m_partial);
    }

private:
    void check(lxw_error error) const
    {
        if (error != LXW_NO_ERROR)
            throw StoreError(QString::fromUtf8(lxw_strerror(error)));
    }

    void writeText(lxw_col_t column, const QString &text, lxw_format *format = nullptr)
    {
        if (text.isEmpty())
            return;
        const QByteArray utf8 = text.left(kMaxCellText).toUtf8();
        check(worksheet_write_string(m_sheet, lxw_row_t(m_row), column, utf8.constData(), format));
    }

    void cell(lxw_col_t c, const ListRow &row, const OutColumn &column)
    {
        const QVariant &value = row.cells.at(column.source);
        const auto r = lxw_row_t(m_row);
        if (column.currency) {
            writeText(c, row.currency.toString());
            return;
        }
        switch (column.kind) {
        case Kind::Text:
            writeText(c, value.toString());
            return;
        case Kind::Number:
            if (value.toLongLong() != 0)
                check(worksheet_write_number(m_sheet, r, c, double(value.toLongLong()), nullptr));
            return;
        case Kind::Money:
            if (!value.isNull())
                check(
                    worksheet_write_number(m_sheet, r, c, double(value.toLongLong()) / 100.0, m_moneyFormat));
            return;
        case Kind::Instant: {
            const QDateTime instant = localInstant(value);
            if (!instant.isValid())
                return;
            const QDate date = instant.date();
            const QTime time = instant.time();
            if (date.year() < 1900 || date.year() > 9999) {
                writeText(c, instant.toString(Qt::ISODate));
                return;
            }
            lxw_datetime when {date.year(), date.month(), date.day(), time.hour(), time.minute(),
                time.second() + time.msec() / 1000.0};
            check(worksheet_write_datetime(m_sheet, r, c, &when, m_instantFormat));
            return;
        }
        case Kind::Date: {
            const QDate date = sql::date(value);
            if (!date.isValid())
                return;
            if (date.year() < 1900 || date.year() > 9999) {
                writeText(c, date.toString(Qt::ISODate));
                return;
            }
            lxw_datetime when {date.year(), date.month(), date.day(), 0, 0, 0};
            check(worksheet_write_datetime(m_sheet, r, c, &when, m_dateFormat));
            return;
        }
        default:
            writeText(c, m_cells.text(row, column.source));
            return;
        }
    }

    static double width(const OutColumn &column, bool first)
    {
        if (column.currency)
            return 9;
        switch (column.kind) {
        case Kind::Text:
            return first ? 30 : 24;
        case Kind::Number:
            return 12;
        case Kind::Money:
            return 14;
        case Kind::Instant:
            return 17;
        case Kind::Date:
            return 12;
        default:
            return 16;
        }
    }

    void startSheet()
    {
        const QString name = TableExport::sheetName(m_title, m_sheetNames);
        m_sheetNames << name;
        m_sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!m_sheet)
            throw StoreError(ListExport::tr("Cannot add the sheet “%1”.").arg(name));
        m_sheets << m_sheet;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            check(worksheet_set_column(
                m_sheet, lxw_col_t(c), lxw_col_t(c), width(m_columns.at(c), c == 0), nullptr));
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_row = 0;
        for (qsizetype c = 0; c < m_titles.size(); ++c)
            writeText(lxw_col_t(c), m_titles.at(c), m_bold);
        m_row = 1;
    }

    void endSheet()
    {
        if (m_sheet && !m_columns.isEmpty())
            check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row - 1), lxw_col_t(m_columns.size() - 1)));
        m_sheet = nullptr;
    }

    QString m_partial;
    QString m_title;
    qint64 m_maxRows;
    QList<OutColumn> m_columns;
    const ListCells &m_cells;
    QByteArray m_tmpdir;
    lxw_workbook *m_book = nullptr;
    QList<lxw_worksheet *> m_sheets;
    QStringList m_sheetNames;
    QStringList m_titles;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_moneyFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_instantFormat = nullptr;
    qint64 m_row = 0; // the next row to write on the current sheet
};

// Contacts as vCard 3.0 (what address books and phones read best), one card per row,
// each with everything the contact has, not only the list's columns.
class VCardSink : public Sink
{
public:
    VCardSink(Database &db, const QString &partial)
        : m_db(db)
        , m_file(partial)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw StoreError(m_file.errorString());
    }

    void header(const QStringList &) override { }

    void row(const ListRow &row) override
    {
        const std::optional<Contact> contact = ContactStore(m_db).get(row.id);
        if (!contact)
            return;
        std::optional<Company> company;
        if (!contact->companyId.isEmpty())
            company = CompanyStore(m_db).get(contact->companyId);
        m_buffer += VCardWriter::write(fromContact(*contact, company ? &*company : nullptr));
    }

    void flush() override
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            throw StoreError(m_file.errorString());
        m_buffer.clear();
    }

    void finish() override
    {
        flush();
        if (!m_file.flush())
            throw StoreError(m_file.errorString());
        m_file.close();
    }

    void discard() override
    {
        m_file.close();
        m_file.remove();
    }

private:
    Database &m_db;
    QFile m_file;
    QByteArray m_buffer;
};

} // namespace

ListExport::ListExport(Database &db, const ListQuery &query)
    : m_db(db)
    , m_query(query)
    , m_maxRowsPerSheet(LXW_ROW_MAX - 1)
{
    for (qsizetype i = 0; i < m_query.spec().columns.size(); ++i)
        m_columns << int(i);
}

void ListExport::setColumns(const QList<int> &columns)
{
    m_columns.clear();
    for (int column : columns) {
        if (column >= 0 && column < m_query.spec().columns.size() && !m_columns.contains(column))
            m_columns << column;
    }
}

void ListExport::setTitle(const QString &title)
{
    m_title = title;
}

void ListExport::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void ListExport::setMaxRowsPerSheet(qint64 rows)
{
    m_maxRowsPerSheet = std::clamp<qint64>(rows, 1, LXW_ROW_MAX - 1);
}

QStringList ListExport::header() const
{
    QStringList titles;
    for (int column : m_columns) {
        const ListColumn &spec = m_query.spec().columns.at(column);
        titles << QCoreApplication::translate("ListColumns", spec.title);
        if (spec.kind == Kind::Money)
            titles << tr("Currency");
    }
    return titles;
}

std::optional<ListExport::Format> ListExport::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"xlsx")
        return Format::Xlsx;
    if (suffix == u"vcf" || suffix == u"vcard")
        return Format::VCard;
    return std::nullopt;
}

ListExport::Result ListExport::write(const QString &fileName, Format format, const Progress &progress) const
{
    const QString native = QDir::toNativeSeparators(fileName);
    if (!QFileInfo(fileName).dir().exists())
        throw StoreError(tr("Cannot write %1: the folder does not exist.").arg(native));
    QList<OutColumn> columns;
    for (int column : m_columns) {
        const Kind kind = m_query.spec().columns.at(column).kind;
        columns << OutColumn {column, kind, false};
        if (kind == Kind::Money)
            columns << OutColumn {column, kind, true};
    }
    if (format == Format::VCard && m_query.spec().entity != u"contact")
        throw StoreError(tr("Cannot write %1: only contacts can be saved as vCard.").arg(native));
    const QString partial = fileName + u".part"_s;
    Result result;
    try {
        const ReadSnapshot snapshot(m_db);
        const ListCells cells(m_db, m_query.spec());
        std::unique_ptr<Sink> sink;
        if (format == Format::Csv)
            sink = std::make_unique<CsvSink>(partial, columns, cells);
        else if (format == Format::VCard)
            sink = std::make_unique<VCardSink>(m_db, partial);
        else
            sink = std::make_unique<XlsxSink>(partial, m_title, m_maxRowsPerSheet, columns, cells);
        try {
            const qint64 total = m_query.count();
            sink->header(header());
            result.cancelled = progress && !progress(0, total);
            QList<ListRow> page;
            if (!result.cancelled)
                page = m_query.fetch(nullptr, m_pageSize);
            while (!page.isEmpty()) {
                for (const ListRow &row : std::as_const(page))
                    sink->row(row);
                sink->flush();
                result.rows += page.size();
                if (progress && !progress(result.rows, std::max(total, result.rows))) {
                    result.cancelled = true;
                    break;
                }
                if (page.size() < m_pageSize)
                    break;
                const ListRow last = page.constLast();
                page = m_query.fetch(&last, m_pageSize);
            }
            if (result.cancelled) {
                sink->discard();
                return result;
            }
            sink->finish();
        } catch (...) {
            sink->discard();
            throw;
        }
    } catch (const StoreError &error) {
        QFile::remove(partial);
        throw StoreError(tr("Cannot write %1: %2").arg(native, error.message()), error.details());
    }
    TableExport::replaceWithPart(fileName);
    return result;
}

} // namespace loopline
