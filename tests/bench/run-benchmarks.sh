#!/usr/bin/env bash
# Builds loopline-bench in Release and runs it at 10 000, 100 000 and 1 000 000
# contacts, writing everything it prints to a results file as well.
#
#   tests/bench/run-benchmarks.sh [SIZES] [loopline-bench options...]
#   tests/bench/run-benchmarks.sh --import 100000,1000000 [loopline-bench options...]
#
#   SIZES       comma-separated contact counts (default 10000,100000,1000000)
#   --leads, --board, --reports, --import
#               another mode instead of the contact list: the arguments go to
#               loopline-bench as they are (--import: importing a CSV file of that
#               many contacts against the sqlite3 shell's .import)
#   BUILD_DIR   Release build folder (default: build-release in the source tree)
#   RESULTS     results file (default: $BUILD_DIR/benchmark-results/<UTC time>.txt)
#
# The million-contact size takes tens of minutes on a two-core machine and needs
# about 5 GB of free space in the temporary folder. Run it on a quiet machine: the
# load average is printed before each size.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${BUILD_DIR:-$root/build-release}
# A mode option first: pass everything through; otherwise the first argument is the sizes.
case "${1:-}" in
--leads | --leads=* | --board | --board=* | --reports | --reports=* | --import | --import=* | --sync | --sync=*)
    mode=("$@")
    ;;
*)
    sizes=${1:-10000,100000,1000000}
    if [ $# -gt 0 ]; then shift; fi
    mode=(--contacts "$sizes" "$@")
    ;;
esac

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target loopline-bench

mkdir -p "$build/benchmark-results"
results=${RESULTS:-$build/benchmark-results/$(date -u +%Y%m%dT%H%M%SZ).txt}
{
    echo "# commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
    echo "# machine: $(uname -srm), $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')"
    echo "# memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null)"
} | tee "$results"
set +e
"$build/tests/bench/loopline-bench" "${mode[@]}" 2>&1 | tee -a "$results"
status=${PIPESTATUS[0]}
set -e
echo "# results written to $results"
exit "$status"
