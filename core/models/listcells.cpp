#include "listcells.h"

#include "leads/leadstore.h"
#include "records/money.h"
#include "store/dealstore.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace loopline {

ListCells::ListCells(Database &db, const ListSpec &spec)
    : m_db(db)
{
    for (const ListColumn &column : spec.columns)
        m_kinds << column.kind;
    reload();
}

void ListCells::reload()
{
    m_stageNames.clear();
    m_sourceNames.clear();
    if (m_kinds.contains(ListColumn::Kind::DealStage)) {
        const QList<DealStage> stages = DealStore(m_db).stages();
        for (const DealStage &stage : stages)
            m_stageNames.insert(stage.id, DealStore::stageDisplayName(stage));
    }
    if (m_kinds.contains(ListColumn::Kind::LeadSource)) {
        const QList<LeadSource> sources = LeadStore(m_db).sources();
        for (const LeadSource &source : sources)
            m_sourceNames.insert(source.id, LeadStore::sourceDisplayName(source));
    }
    if (m_kinds.contains(ListColumn::Kind::SlaDue))
        m_sla = SlaPolicy::load(m_db);
}

QString ListCells::durationText(qint64 ms)
{
    const qint64 seconds = std::abs(ms) / 1000;
    const QString clock = seconds >= 3600
        ? u"%1:%2:%3"_s.arg(seconds / 3600)
              .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
              .arg(seconds % 60, 2, 10, QChar(u'0'))
        : u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return ms < 0 ? QCoreApplication::translate("RecordListModel", "%1 overdue").arg(clock) : clock;
}

qint64 ListCells::slaRemainingMs(qint64 dueMs) const
{
    return m_sla.remainingMs(dueMs, m_db.clock().nowMs());
}

bool ListCells::isKeyed(ListColumn::Kind kind)
{
    switch (kind) {
    case ListColumn::Kind::DealStatus:
    case ListColumn::Kind::DealStage:
    case ListColumn::Kind::LeadStatus:
    case ListColumn::Kind::LeadSource:
    case ListColumn::Kind::Temperature:
    case ListColumn::Kind::CampaignKind:
        return true;
    default:
        return false;
    }
}

QString ListCells::keyText(ListColumn::Kind kind, const QVariant &value) const
{
    switch (kind) {
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
    default:
        return value.toString();
    }
}

QString ListCells::text(const ListRow &row, int column) const
{
    const QVariant &value = row.cells.at(column);
    const ListColumn::Kind kind = m_kinds.at(column);
    const QLocale locale;
    switch (kind) {
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
    case ListColumn::Kind::SlaDue:
        return durationText(slaRemainingMs(value.toLongLong()));
    default:
        return keyText(kind, value);
    }
}

} // namespace loopline
