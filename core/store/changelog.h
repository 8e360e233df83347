#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace loopline {

// Collects "Field: old → new" lines for a record's timeline when it is edited.
class ChangeDescription
{
    Q_DECLARE_TR_FUNCTIONS(ChangeDescription)

public:
    template<typename T> void compare(const QString &label, const T &before, const T &after)
    {
        if (before != after)
            add(label, text(before), text(after));
    }
    bool isEmpty() const { return m_lines.isEmpty(); }
    QString toString() const { return m_lines.join(u'\n'); }

private:
    void add(const QString &label, const QString &before, const QString &after);
    static QString text(const QString &v) { return v; }
    static QString text(const QStringList &v) { return v.join(QStringLiteral(", ")); }
    static QString text(int v) { return QString::number(v); }
    static QString text(qint64 v) { return QString::number(v); }
    static QString text(bool v);
    static QString text(const QDate &v);
    QStringList m_lines;
};

} // namespace loopline
