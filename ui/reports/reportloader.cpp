#include "reportloader.h"

#include "store/storeerror.h"

namespace loopline {

ReportLoader::ReportLoader(ConnectionSpec spec, QString user, std::shared_ptr<std::atomic<quint64>> latest)
    : m_spec(std::move(spec))
    , m_user(std::move(user))
    , m_latest(std::move(latest))
{
}

ReportLoader::~ReportLoader() = default;

void ReportLoader::load(quint64 request, const ReportFilter &filter, const QList<ChartKind> &kinds)
{
    if (*m_latest != request)
        return; // a newer request came while this one waited
    if (!m_db) {
        try {
            m_db = Database::open(m_spec);
            m_db->setCurrentUser(m_user);
        } catch (const StoreError &error) {
            Q_EMIT unavailable(request, error.message());
            return;
        }
    }
    try {
        for (ChartKind kind : kinds) {
            if (*m_latest != request)
                break; // cancelled, or the filter changed: stop between two charts
            Q_EMIT loaded(request, kind, ChartBuilder::fetch(*m_db, filter, kind));
        }
    } catch (const StoreError &error) {
        Q_EMIT failed(request, error.message());
    }
    Q_EMIT finished(request);
}

void ReportLoader::close()
{
    m_db.reset();
}

} // namespace loopline
