#pragma once

#include "models/listcells.h"
#include "store/listquery.h"

#include <QAbstractTableModel>

namespace loopline {

// A lazy table of contacts, companies or deals for a view. It holds only the rows
// fetched so far; fetchMore() reads the next page with a keyset query, and sorting,
// search and field filters start again from the first page, all in SQL.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SortValueRole, SlaBreachedRole };

    RecordListModel(Database &db, ListSpec spec, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString &text);
    void setFieldFilter(const QString &fieldKey, const QString &prefix);
    void setCondition(const QString &sql, const QVariantList &values);
    // Sets search, field filter and sort together and reads the first page once.
    void setQuery(const QString &search, const QString &fieldKey, const QString &prefix, int sortColumn,
        Qt::SortOrder order);
    // Reads the first page again (after an edit), keeping sort and filters.
    void reload();

    const ListQuery &query() const { return m_query; }
    bool isFiltered() const { return m_query.isFiltered(); }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }
    QString idAt(int row) const;
    int rowOfId(const QString &id) const;
    // Number of records matching the current filters (one COUNT query).
    qint64 totalCount() const { return m_query.count(); }
    // Tells views that time-dependent cells (the SLA countdown) changed; call it every second.
    void refreshLiveColumns();
    // Working time left before the SLA is breached for a row (negative once it is).
    qint64 slaRemainingMs(int row) const;

Q_SIGNALS:
    void reloaded();
    void loadFailed(const QString &message);

private:
    QList<ListRow> fetchPage(const ListRow *after);
    int liveColumn() const;

    ListQuery m_query;
    ListCells m_cells;
    QList<ListRow> m_rows;
    bool m_atEnd = false;
    bool m_changing = false; // rows are being added or reset; see fetchMore()
    int m_pageSize = 40; // about a screenful; the view fetches the next page as it needs it
};

} // namespace loopline
