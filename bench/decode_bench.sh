#!/bin/sh
# Decode throughput: trowel info --json vs sysdig -r on a ~2M-event capture.
# Usage: bench/decode_bench.sh [FACTOR]     (default 64; run from anywhere)
# Env:   TROWEL=path/to/trowel (default build/trowel), WORK=dir (default /tmp),
#        RUNS=n (best of n, default 3), SYSDIG=path (default sysdig; empty: skip)
# See bench/README.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
factor=${1:-64}
work=${WORK:-/tmp}
runs=${RUNS:-3}
trowel=${TROWEL:-$root/build/trowel}
sysdig=${SYSDIG-sysdig}

[ -x "$trowel" ] || { echo "decode_bench: $trowel not built (meson compile -C build)" >&2; exit 1; }

. "$root/bench/big_capture.sh"
[ -f "$big.gz" ] || gzip -6 -k -c "$big" > "$big.gz"
[ -f "$big.zst" ] || zstd -q -3 -T0 -c "$big" > "$big.zst"

# Wall-clock seconds of the fastest of $runs runs of "$@" (output discarded).
best_of() {
  best=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    t0=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || { echo "decode_bench: failed: $*" >&2; return 1; }
    t1=$(date +%s.%N)
    best=$(echo "$t0 $t1 ${best:-}" | awk '{d=$2-$1; if ($3=="" || d<$3) print d; else print $3}')
    i=$((i + 1))
  done
  echo "$best"
}

events=$("$trowel" info --json "$big" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["events"])' 2>/dev/null) || events=""
if [ -z "$events" ]; then
  echo "decode_bench: could not read the event count from trowel info --json" >&2
  exit 1
fi

printf '%s\n' "capture: $big (x$factor of $(basename "$src")), $events events, best of $runs runs"
printf '%-36s %10s %10s %14s %8s\n' "command" "size MB" "seconds" "events/s" "vs sysdig"
t_sysdig=""
if [ -n "$sysdig" ] && command -v "$sysdig" >/dev/null 2>&1; then
  t_sysdig=$(best_of "$sysdig" -r "$big" evt.num=0)
fi
for f in "$big" "$big.gz" "$big.zst"; do
  t=$(best_of "$trowel" info --json "$f")
  mb=$(du -m "$f" | cut -f1)
  awk -v name="trowel info --json $(basename "$f")" -v mb="$mb" -v t="$t" -v n="$events" -v s="${t_sysdig:-}" 'BEGIN{
      ratio = (s == "") ? "-" : sprintf("%.1fx", s / t);
      printf "%-36s %10d %10.3f %14.0f %8s\n", name, mb, t, n / t, ratio }'
done
if [ -n "$t_sysdig" ]; then
  mb=$(du -m "$big" | cut -f1)
  awk -v name="sysdig -r $(basename "$big") evt.num=0" -v mb="$mb" -v t="$t_sysdig" -v n="$events" 'BEGIN{
      printf "%-36s %10d %10.3f %14.0f %8s\n", name, mb, t, n / t, "1.0x" }'
fi
