#include "records.h"

using namespace Qt::StringLiterals;

namespace loopline {

QString Contact::displayName() const
{
    return QStringList {firstName, lastName}.join(u' ').trimmed();
}

QString dealStatusKey(DealStatus status)
{
    switch (status) {
    case DealStatus::Open:
        return u"open"_s;
    case DealStatus::Won:
        return u"won"_s;
    case DealStatus::Lost:
        return u"lost"_s;
    }
    return u"open"_s;
}

DealStatus dealStatusFromKey(const QString &key)
{
    if (key == "won"_L1)
        return DealStatus::Won;
    if (key == "lost"_L1)
        return DealStatus::Lost;
    return DealStatus::Open;
}

} // namespace loopline
