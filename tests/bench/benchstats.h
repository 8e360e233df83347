#pragma once

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace loopline::bench {

// Nearest-rank percentiles of a set of timings (milliseconds).
struct Summary
{
    double p50 = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;
    size_t samples = 0;
};

inline double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<size_t>(rank, 1, sorted.size()) - 1);
}

inline Summary summarize(std::vector<double> samples)
{
    Summary s;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.p50 = percentile(samples, 50);
    s.p95 = percentile(samples, 95);
    s.min = samples.front();
    s.max = samples.back();
    s.samples = samples.size();
    return s;
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time (user + system) of this process so far, in milliseconds.
inline double processCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

} // namespace loopline::bench
