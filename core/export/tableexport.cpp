#include "tableexport.h"

#include "store/storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace loopline {

namespace {

constexpr qsizetype kSheetNameLength = 31;

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace

QString TableExport::csvField(const QVariant &value)
{
    QString text;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        text = QString::number(value.toDouble(), 'g', 15);
        break;
    default:
        text = value.toString();
    }
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QString TableExport::csv(const DataTable &table)
{
    QString text;
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (const QVariant &cell : row)
            fields << csvField(cell);
        text += fields.join(u',') + u"\r\n"_s;
    }
    return text;
}

QString TableExport::sheetName(const QString &title, const QStringList &taken)
{
    QString name = title.simplified();
    for (const QChar bad : u"[]:*?/\\"_s)
        name.replace(bad, u' ');
    name = name.simplified();
    if (name.startsWith(u'\''))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("Sheet");
    QString candidate = name.left(kSheetNameLength).trimmed();
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        candidate = name.left(kSheetNameLength - suffix.size()).trimmed() + suffix;
    }
    return candidate;
}

void TableExport::writeXlsx(const QString &fileName, const QList<DataTable> &tables)
{
    const QString native = QDir::toNativeSeparators(fileName);
    const QFileInfo info(fileName);
    if (!info.dir().exists())
        throw StoreError(tr("Cannot write %1: the folder does not exist.").arg(native));
    // libxlsxwriter writes the whole file at close; write next to it, then rename, so a
    // failure never leaves half a workbook under the chosen name.
    const QString partial = fileName + u".part"_s;
    const QByteArray path = QFile::encodeName(partial);
    lxw_workbook *book = workbook_new(path.constData());
    if (!book)
        throw StoreError(tr("Cannot write %1.").arg(native));
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    QStringList names;
    for (const DataTable &table : tables) {
        const QString name = sheetName(table.title, names);
        names << name;
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        if (!sheet) {
            workbook_close(book);
            QFile::remove(partial);
            throw StoreError(tr("Cannot add the sheet “%1” to %2.").arg(name, native));
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QVariantList &row = table.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant &cell = row.at(c);
                const auto rowIndex = lxw_row_t(r);
                const auto colIndex = lxw_col_t(c);
                if (!cell.isValid() || cell.isNull())
                    continue;
                if (isNumber(cell))
                    worksheet_write_number(sheet, rowIndex, colIndex, cell.toDouble(), nullptr);
                else
                    worksheet_write_string(sheet, rowIndex, colIndex, cell.toString().toUtf8().constData(),
                        r == 0 ? header : nullptr);
            }
        }
        if (!table.rows.isEmpty())
            worksheet_set_column(sheet, 0, 0, 32, nullptr);
    }
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(partial);
        throw StoreError(tr("Cannot write %1: %2").arg(native, QString::fromUtf8(lxw_strerror(error))));
    }
    replaceWithPart(fileName);
}

void TableExport::replaceWithPart(const QString &fileName)
{
    const QString partial = fileName + u".part"_s;
    QFile::remove(fileName);
    if (!QFile::rename(partial, fileName)) {
        QFile::remove(partial);
        throw StoreError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(fileName)));
    }
}

} // namespace loopline
