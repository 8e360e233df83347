#pragma once

#include "reports.h"

// SQL pieces the report queries share (core/analytics only).
namespace loopline::reportsql {

// When a closed deal closed: its closing time, or its last change for deals closed
// before closing times were kept.
inline const QString kClosedAt = QStringLiteral("COALESCE(d.closed_at, d.updated_at)");

// The first instant of a local day as epoch ms.
qint64 dayStartMs(const QDate &day);
// "YYYY-MM" of an epoch-ms column, in UTC.
QString utcMonth(const Database &db, const QString &column);
// The filter's conditions on deals d: the period on the instant column `at`, owner,
// segment, pipeline (of the deal's current stage; none when empty), and campaign and
// source (through the deal's lead). Appends the bound values.
QString dealConditions(
    const ReportFilter &filter, const QString &at, const QString &pipelineId, QVariantList &values);
// The filter's conditions on leads l: arrival (received_at) in the period unless
// `withPeriod` is false, owner, segment, campaign and source. Appends the bound values.
QString leadConditions(const ReportFilter &filter, QVariantList &values, bool withPeriod = true);
// The period on an epoch-ms column, "1 = 1" for an open period. Appends the values.
QString periodCondition(const ReportFilter &filter, const QString &at, QVariantList &values);
// A money expression converted to the base currency: `value` in `currency` times the rate
// of joined currency_rates `rates`, against a one-row table b(base).
QString inBase(const QString &value, const QString &currency, const QString &rates);
// The base currency of money figures (settings key currency.base, EUR by default).
QString baseCurrency(const Database &db);

} // namespace loopline::reportsql
