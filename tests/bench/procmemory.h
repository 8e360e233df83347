#pragma once

namespace loopline::bench {

// Peak resident set size (VmHWM in /proc/self/status) in MiB, or -1 where
// there is no /proc (the figure is then reported as unavailable).
double peakRssMb();
// Current resident set size (VmRSS) in MiB, or -1.
double currentRssMb();
// Resets the peak to the current RSS by writing "5" to /proc/self/clear_refs
// (Linux 4.0+). Returns false when the kernel refused; the peak then includes
// everything before.
bool resetPeakRss();
// Hands freed heap pages back to the system (glibc malloc_trim), so a phase's
// peak is not inflated by what an earlier phase freed but the allocator kept.
void releaseFreeHeap();

} // namespace loopline::bench
