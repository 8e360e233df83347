#pragma once

#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace loopline {

// The stable text keys an enum is stored under, one table per enum:
//     constexpr std::pair<Temperature, QStringView> kTemperatures[] = {{Temperature::Hot, u"hot"}, ...};
template<typename E, std::size_t N>
QString keyOf(const std::pair<E, QStringView> (&table)[N], E value, QStringView fallback = {})
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return key.toString();
    }
    return fallback.toString();
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, QStringView> (&table)[N], QStringView key)
{
    for (const auto &[e, k] : table) {
        if (k == key)
            return e;
    }
    return std::nullopt;
}

} // namespace loopline
