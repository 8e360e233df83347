#pragma once

#include <QList>
#include <QString>

namespace loopline::bench {

// --sync: the first download of N contacts from a private PostgreSQL server into a new
// replica, against `psql \copy` of the same table to a file, and an incremental sync of
// 1 000 changes each way. Prints "#" notes, figures and bars like the other modes.
void runSyncBenchmark(const QList<qint64> &sizes);

} // namespace loopline::bench
