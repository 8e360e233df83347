#include "records.h"

#include "enumkeys.h"

using namespace Qt::StringLiterals;

namespace loopline {

QString Contact::displayName() const
{
    return QStringList {firstName, lastName}.join(u' ').trimmed();
}

namespace {
constexpr std::pair<DealStatus, QStringView> kDealStatuses[]
    = {{DealStatus::Open, u"open"}, {DealStatus::Won, u"won"}, {DealStatus::Lost, u"lost"}};
} // namespace

QString dealStatusKey(DealStatus status)
{
    return keyOf(kDealStatuses, status, u"open");
}

DealStatus dealStatusFromKey(const QString &key)
{
    return valueOf(kDealStatuses, key).value_or(DealStatus::Open);
}

} // namespace loopline
