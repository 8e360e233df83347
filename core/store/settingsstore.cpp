#include "settingsstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace loopline {

QString SettingsStore::text(const QString &key) const
{
    return m_db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key}).toString();
}

void SettingsStore::setText(const QString &key, const QString &value)
{
    // One statement: two people saving the same setting at once on a server cannot both
    // insert it, and a replica logs an update rather than a deletion and a new row.
    m_db.run(
        u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {key, value});
}

QJsonObject SettingsStore::object(const QString &key) const
{
    return QJsonDocument::fromJson(text(key).toUtf8()).object();
}

void SettingsStore::setObject(const QString &key, const QJsonObject &value)
{
    setText(key, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

} // namespace loopline
