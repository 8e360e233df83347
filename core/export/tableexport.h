#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace loopline {

// The numbers behind a chart or report: a title and rows, the first row the header.
// Cells are text or numbers (int, qint64, double); an invalid QVariant is an empty cell.
struct DataTable
{
    QString title;
    QList<QVariantList> rows;
    bool hasData() const { return rows.size() > 1; }
};

// Writes tables as CSV (RFC 4180) and as XLSX workbooks (libxlsxwriter), numbers as numbers.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    static QString csv(const DataTable &table);
    // One sheet per table, named after its title (shortened and made unique as Excel
    // requires). Throws StoreError with the file name and the reason when it cannot write.
    static void writeXlsx(const QString &fileName, const QList<DataTable> &tables);
    // The sheet name Excel accepts for a title: at most 31 characters, none of []:*?/\ .
    static QString sheetName(const QString &title, const QStringList &taken);
    // One CSV field: numbers as numbers, text quoted when it holds a comma, a quote or a line break.
    static QString csvField(const QVariant &value);
    // Moves a completely written fileName + ".part" over fileName; removes it and throws
    // StoreError when it cannot. Writers write there first, so that a failure never leaves
    // half a file under the chosen name.
    static void replaceWithPart(const QString &fileName);
};

} // namespace loopline
