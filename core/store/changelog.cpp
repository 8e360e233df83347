#include "changelog.h"

#include <QDate>
#include <QLocale>

namespace loopline {

void ChangeDescription::add(const QString &label, const QString &before, const QString &after)
{
    const QString none = tr("(empty)");
    m_lines << tr("%1: %2 → %3").arg(label, before.isEmpty() ? none : before, after.isEmpty() ? none : after);
}

QString ChangeDescription::text(bool v)
{
    return v ? tr("yes") : tr("no");
}

QString ChangeDescription::text(const QDate &v)
{
    return v.isValid() ? QLocale().toString(v, QLocale::ShortFormat) : QString();
}

} // namespace loopline
