#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

namespace loopline::sql {

// Conversions between record fields and the portable column types both dialects
// share: epoch milliseconds for instants, ISO dates as text, NULL for no key.

inline QVariant instant(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime instant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline QVariant date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Text columns are NOT NULL DEFAULT ''; a null QString would bind as NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A value ready to bind: null strings become empty ones, explicit NULLs stay NULL.
inline QVariant bindable(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    return v;
}

inline QVariant key(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}

} // namespace loopline::sql
