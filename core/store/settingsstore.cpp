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
    Transaction tx(m_db);
    m_db.run(u"DELETE FROM settings WHERE key = ?"_s, {key});
    m_db.run(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {key, value});
    tx.commit();
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
