#include "recordlistmodel.h"

#include <QCoreApplication>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace loopline {

RecordListModel::RecordListModel(Database &db, ListSpec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(db, std::move(spec))
    , m_cells(db, m_query.spec())
{
    m_rows = fetchPage(nullptr);
}

int RecordListModel::liveColumn() const
{
    const QList<ListColumn> &columns = m_query.spec().columns;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).kind == ListColumn::Kind::SlaDue)
            return int(i);
    }
    return -1;
}

qint64 RecordListModel::slaRemainingMs(int row) const
{
    const int column = liveColumn();
    if (column < 0 || row < 0 || row >= m_rows.size())
        return 0;
    return m_cells.slaRemainingMs(m_rows.at(row).cells.at(column).toLongLong());
}

void RecordListModel::refreshLiveColumns()
{
    const int column = liveColumn();
    if (column >= 0 && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
            {Qt::DisplayRole, Qt::ToolTipRole, SlaBreachedRole});
}

QList<ListRow> RecordListModel::fetchPage(const ListRow *after)
{
    try {
        QList<ListRow> rows = m_query.fetch(after, m_pageSize);
        m_atEnd = rows.size() < m_pageSize;
        return rows;
    } catch (const StoreError &error) {
        m_atEnd = true;
        Q_EMIT loadFailed(error.message());
        return {};
    }
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_query.spec().columns.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_cells.text(row, index.column());
    case Qt::ToolTipRole:
        return m_cells.text(row, index.column());
    case SlaBreachedRole:
        return liveColumn() >= 0 && slaRemainingMs(index.row()) < 0;
    case Qt::TextAlignmentRole: {
        const auto kind = m_query.spec().columns.at(index.column()).kind;
        if (kind == ListColumn::Kind::Money || kind == ListColumn::Kind::Number
            || kind == ListColumn::Kind::SlaDue)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case IdRole:
        return row.id;
    case SortValueRole:
        return row.cells.at(index.column());
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate("ListColumns", m_query.spec().columns.at(section).title);
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    // A listener (a view, a proxy, the model tester) may ask for more while it is told
    // about a change: fetching then would read the same page again before it is added,
    // or insert rows before later listeners have seen the change.
    if (parent.isValid() || m_atEnd || m_rows.isEmpty() || m_changing)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const ListRow last = m_rows.constLast();
    QList<ListRow> rows = fetchPage(&last);
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(std::move(rows));
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    m_query.setSort(column, order);
    reload();
}

void RecordListModel::setSearch(const QString &text)
{
    m_query.setSearch(text);
    reload();
}

void RecordListModel::setFieldFilter(const QString &fieldKey, const QString &prefix)
{
    m_query.setFieldFilter(fieldKey, prefix);
    reload();
}

void RecordListModel::setCondition(const QString &sql, const QVariantList &values)
{
    m_query.setCondition(sql, values);
    reload();
}

void RecordListModel::setQuery(const QString &search, const QString &fieldKey, const QString &prefix,
    int sortColumn, Qt::SortOrder order)
{
    m_query.setSearch(search);
    m_query.setFieldFilter(fieldKey, prefix);
    m_query.setSort(sortColumn, order);
    reload();
}

void RecordListModel::reload()
{
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginResetModel();
        m_cells.reload();
        m_rows = fetchPage(nullptr);
        endResetModel();
    }
    Q_EMIT reloaded();
}

QString RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RecordListModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace loopline
