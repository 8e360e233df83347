#pragma once

#include "store/database.h"

#include <QJsonObject>

namespace loopline {

// Team-wide settings kept in the database (so every copy of it agrees): the SLA and
// working hours, scoring weights, hand-off rules, bonus rates. Values are JSON objects.
class SettingsStore
{
public:
    explicit SettingsStore(Database &db)
        : m_db(db)
    {
    }
    // The stored object, or an empty one when the key was never written.
    QJsonObject object(const QString &key) const;
    void setObject(const QString &key, const QJsonObject &value);
    QString text(const QString &key) const;
    void setText(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace loopline
