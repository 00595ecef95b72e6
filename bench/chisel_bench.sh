#!/bin/sh
# trowel chisel vs sysdig -c on a ~2M-event capture: topprocs_errors and lsof,
# each as trowel's own chisel (chisels/), as sysdig's stock chisel run by
# trowel (--chisels-dir /usr/share/sysdig/chisels) and under sysdig 0.29.3.
# Best of $RUNS wall-clock runs and peak RSS (/usr/bin/time %M).
# Usage: bench/chisel_bench.sh [FACTOR]    (default 64; run from anywhere)
# Env:   TROWEL=path/to/trowel (default build/trowel), WORK=dir (default /tmp),
#        RUNS=n (default 3), SYSDIG=path (default sysdig; empty: skip)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
factor=${1:-64}
work=${WORK:-/tmp}
runs=${RUNS:-3}
trowel=${TROWEL:-$root/build/trowel}
sysdig=${SYSDIG-sysdig}
stock=/usr/share/sysdig/chisels
export TZ=UTC

[ -x "$trowel" ] || { echo "chisel_bench: $trowel not built (meson compile -C build)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "chisel_bench: /usr/bin/time missing" >&2; exit 1; }
. "$root/bench/big_capture.sh"
events=$("$trowel" info "$big" | awk '$1 == "events" { print $2 }')

# Prints "SECONDS PEAK_KB" of the fastest of $runs runs of "$@".
best_of() {
  best="" rss=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    t0=$(date +%s.%N)
    /usr/bin/time -f %M -o "$work/chisel_bench.rss" "$@" > /dev/null 2>/dev/null ||
      { echo "chisel_bench: failed: $*" >&2; return 1; }
    t1=$(date +%s.%N)
    r=$(tail -n 1 "$work/chisel_bench.rss")
    t=$(echo "$t1 - $t0" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t rss=$r; fi
    i=$((i + 1))
  done
  printf '%.3f %s\n' "$best" "$rss"
}

# sysdig searches ./chisels first: run everything from a directory without one.
cd "$work"
echo "capture: $big ($events events), best of $runs runs"
printf '%-38s %10s %12s\n' "run" "seconds" "peak RSS"
for c in topprocs_errors lsof; do
  set -- $(best_of "$trowel" chisel "$c" -r "$big")
  printf '%-38s %10s %9s KB\n' "trowel chisel $c (ours)" "$1" "$2"
  if [ -d "$stock" ]; then
    set -- $(best_of "$trowel" chisel --chisels-dir "$stock" "$c" -r "$big")
    printf '%-38s %10s %9s KB\n' "trowel chisel $c (sysdig's .lua)" "$1" "$2"
  fi
  if [ -n "$sysdig" ] && command -v "$sysdig" >/dev/null; then
    set -- $(best_of "$sysdig" -r "$big" -c "$c")
    printf '%-38s %10s %9s KB\n' "sysdig -c $c" "$1" "$2"
  fi
done
