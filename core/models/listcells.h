#pragma once

#include "leads/workinghours.h"
#include "store/listquery.h"

#include <QHash>

namespace loopline {

// Turns the values a ListQuery reads into the text a record list shows: stage and
// source names, translated statuses and ratings, money with its currency, dates in
// the user's locale, the SLA countdown. Shared by the list model and list export, so
// an exported list reads like the one on screen.
class ListCells
{
public:
    // Reads the stage and source names and the SLA policy the spec's columns need.
    ListCells(Database &db, const ListSpec &spec);

    // Reads the names again (after stages or sources were edited).
    void reload();
    // The cell as the list shows it.
    QString text(const ListRow &row, int column) const;
    // The name shown for a stored key of an enum-like column (status, stage, source,
    // rating, campaign kind); other kinds give the value as text.
    QString keyText(ListColumn::Kind kind, const QVariant &value) const;
    // "12:34", or "3:05 overdue".
    static QString durationText(qint64 ms);
    // True for the kinds keyText() names.
    static bool isKeyed(ListColumn::Kind kind);

    // Working time left before the SLA is breached for a stored due time.
    qint64 slaRemainingMs(qint64 dueMs) const;

private:
    Database &m_db;
    QList<ListColumn::Kind> m_kinds;
    QHash<QString, QString> m_stageNames;
    QHash<QString, QString> m_sourceNames;
    SlaPolicy m_sla;
};

} // namespace loopline
