#pragma once

#include "reports/chartbuilder.h"
#include "store/connectionspec.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace loopline {

// Reads the charts' data on a worker thread, through a connection of its own to the same
// database, so the window stays responsive while a million deals are aggregated. It lives
// in that thread; call its slots through queued connections.
class ReportLoader : public QObject
{
    Q_OBJECT

public:
    // `latest` is the number of the newest request: older ones stop between two charts.
    ReportLoader(ConnectionSpec spec, QString user, std::shared_ptr<std::atomic<quint64>> latest);
    ~ReportLoader() override;

public Q_SLOTS:
    void load(quint64 request, const loopline::ReportFilter &filter, const QList<loopline::ChartKind> &kinds);
    // Closes the connection; call before the thread ends.
    void close();

Q_SIGNALS:
    void loaded(quint64 request, loopline::ChartKind kind, const loopline::ChartData &data);
    void failed(quint64 request, const QString &message);
    // The connection could not be opened: read on the window's own connection instead.
    void unavailable(quint64 request, const QString &message);
    void finished(quint64 request);

private:
    ConnectionSpec m_spec;
    QString m_user;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
};

} // namespace loopline
