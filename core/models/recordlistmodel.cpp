#include "recordlistmodel.h"

#include "leads/leadstore.h"
#include "records/money.h"
#include "store/dealstore.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace loopline {

RecordListModel::RecordListModel(Database &db, ListSpec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(db, std::move(spec))
    , m_db(db)
{
    loadNames();
    m_rows = fetchPage(nullptr);
}

void RecordListModel::loadNames()
{
    for (const ListColumn &column : m_query.spec().columns) {
        if (column.kind == ListColumn::Kind::DealStage) {
            const QList<DealStage> stages = DealStore(m_db).stages();
            for (const DealStage &stage : stages)
                m_stageNames.insert(stage.id, DealStore::stageDisplayName(stage));
        } else if (column.kind == ListColumn::Kind::LeadSource) {
            const QList<LeadSource> sources = LeadStore(m_db).sources();
            for (const LeadSource &source : sources)
                m_sourceNames.insert(source.id, LeadStore::sourceDisplayName(source));
        } else if (column.kind == ListColumn::Kind::SlaDue) {
            m_sla = SlaPolicy::load(m_db);
        }
    }
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
    return m_sla.remainingMs(m_rows.at(row).cells.at(column).toLongLong(), m_db.clock().nowMs());
}

void RecordListModel::refreshLiveColumns()
{
    const int column = liveColumn();
    if (column >= 0 && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
            {Qt::DisplayRole, Qt::ToolTipRole, SlaBreachedRole});
}

static QString formatDuration(qint64 ms)
{
    const qint64 seconds = std::abs(ms) / 1000;
    const QString clock = seconds >= 3600
        ? u"%1:%2:%3"_s.arg(seconds / 3600)
              .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
              .arg(seconds % 60, 2, 10, QChar(u'0'))
        : u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return ms < 0 ? QCoreApplication::translate("RecordListModel", "%1 overdue").arg(clock) : clock;
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

QString RecordListModel::formatCell(const ListRow &row, int column) const
{
    const QVariant &value = row.cells.at(column);
    const QLocale locale;
    switch (m_query.spec().columns.at(column).kind) {
    case ListColumn::Kind::Text:
        return value.toString();
    case ListColumn::Kind::Number:
        return value.toLongLong() == 0 ? QString() : locale.toString(value.toLongLong());
    case ListColumn::Kind::Money:
        return formatMoney(value.toLongLong(), row.currency.toString(), locale);
    case ListColumn::Kind::Instant:
        return value.isNull() ? QString()
                              : locale.toString(sql::instant(value).toLocalTime(), QLocale::ShortFormat);
    case ListColumn::Kind::Date: {
        const QDate date = sql::date(value);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
    }
    case ListColumn::Kind::DealStatus:
        return DealStore::statusDisplayName(dealStatusFromKey(value.toString()));
    case ListColumn::Kind::DealStage:
        return m_stageNames.value(value.toString(), value.toString());
    case ListColumn::Kind::LeadSource:
        return m_sourceNames.value(value.toString(), value.toString());
    case ListColumn::Kind::LeadStatus:
        return LeadLifecycle::displayName(LeadLifecycle::fromKey(value.toString()).value_or(LeadStatus::New));
    case ListColumn::Kind::Temperature:
        return LeadStore::temperatureDisplayName(
            temperatureFromKey(value.toString()).value_or(Temperature::Cold));
    case ListColumn::Kind::CampaignKind:
        return value.toString() == u"event" ? QCoreApplication::translate("RecordListModel", "Event")
                                            : QCoreApplication::translate("RecordListModel", "Campaign");
    case ListColumn::Kind::SlaDue:
        return formatDuration(m_sla.remainingMs(value.toLongLong(), m_db.clock().nowMs()));
    }
    return value.toString();
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return formatCell(row, index.column());
    case Qt::ToolTipRole:
        return formatCell(row, index.column());
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
        m_stageNames.clear();
        m_sourceNames.clear();
        loadNames();
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
