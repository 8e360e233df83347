#pragma once

#include "store/listquery.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace loopline {

// Writes what a record list shows — every row its ListQuery returns with the search,
// field filter, sort and condition it has — to a CSV file or an XLSX workbook. It reads
// the list page by page as the list itself does, and writes each page out before reading
// the next, so memory stays flat at a million rows. All pages come from one read
// transaction (a snapshot), so rows edited meanwhile appear once, as they were.
//
// What the cells hold:
//  - text, statuses, stages, sources, ratings and campaign kinds as the list shows them
//    (translated); the SLA countdown as shown at the moment of the export;
//  - counts as numbers (a count the list leaves blank stays empty);
//  - money as a number in major units (1234.5), followed by a "Currency" column with the
//    ISO code, so sums and sorts work and mixed currencies are not mixed up;
//  - dates and times in the user's time zone: in XLSX real dates (formatted yyyy-mm-dd
//    and yyyy-mm-dd hh:mm, unambiguous in every locale), in CSV ISO text
//    (2024-05-31, 2024-05-31 14:05:09) that spreadsheet programs read as dates.
// CSV is UTF-8 with a byte order mark (so Excel reads Cyrillic right), comma-separated,
// CRLF line ends, quoted as RFC 4180 says. A text cell that a spreadsheet program would
// run as a formula (=…, @…, or +/- followed by more than a phone number's characters)
// gets a leading apostrophe. XLSX writes strings as strings, so it needs no such care.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    enum class Format { Csv, Xlsx, VCard }; // vCard: contacts only, whole cards
    // Told after every page; return false to cancel the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    struct Result
    {
        qint64 rows = 0; // rows written (not counting the header)
        bool cancelled = false;
    };

    static constexpr int DefaultPageSize = 2000;

    // Copies the query as it is now (later changes to it do not affect the export).
    ListExport(Database &db, const ListQuery &query);

    // The columns to write, as indexes into the spec's columns, in this order (e.g. as the
    // user arranged them in the view). All of them in spec order by default.
    void setColumns(const QList<int> &columns);
    // Names the workbook's sheet, e.g. "Contacts".
    void setTitle(const QString &title);
    void setPageSize(int rows);
    // Rows per sheet before the next one starts (Excel's limit less the header by default).
    void setMaxRowsPerSheet(qint64 rows);

    // The header row: the columns' translated titles (and "Currency" after money).
    QStringList header() const;

    // Writes the file: first to fileName + ".part", renamed to fileName once complete, so a
    // failure or a cancel leaves nothing new under fileName (an existing file stays as it
    // was). Throws StoreError naming the file and the reason.
    Result write(const QString &fileName, Format format, const Progress &progress = {}) const;

    // The format of a file name's extension (.csv, .xlsx, .vcf, any case), or nullopt.
    static std::optional<Format> formatOf(const QString &fileName);

private:
    Database &m_db;
    ListQuery m_query;
    QList<int> m_columns;
    QString m_title;
    int m_pageSize = DefaultPageSize;
    qint64 m_maxRowsPerSheet;
};

} // namespace loopline
