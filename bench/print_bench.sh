#!/bin/sh
# trowel print vs sysdig -r -p on a ~2M-event capture: a selective filter
# (evt.res=EMFILE) and a match-all one, the same -p format, output to
# /dev/null. Best of $RUNS wall-clock runs and peak RSS (/usr/bin/time %M).
# Usage: bench/print_bench.sh [FACTOR]     (default 64; run from anywhere)
# Env:   TROWEL=path/to/trowel (default build/trowel), WORK=dir (default /tmp),
#        RUNS=n (default 3), SYSDIG=path (default sysdig; empty: skip),
#        FMT=-p format (default below), SRC=capture to scale (see big_capture.sh)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
factor=${1:-64}
work=${WORK:-/tmp}
runs=${RUNS:-3}
trowel=${TROWEL:-$root/build/trowel}
sysdig=${SYSDIG-sysdig}
fmt=${FMT:-'%evt.num %evt.time %evt.cpu %proc.name %thread.tid %evt.dir %evt.type %fd.name %evt.res'}
export TZ=UTC

[ -x "$trowel" ] || { echo "print_bench: $trowel not built (meson compile -C build)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "print_bench: /usr/bin/time missing" >&2; exit 1; }
. "$root/bench/big_capture.sh"

# "SECONDS PEAK_KB" of the fastest of $runs runs of "$@" (stdout discarded).
best_of() {
  best="" rss=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    t0=$(date +%s.%N)
    /usr/bin/time -f %M -o "$work/print_bench.rss" "$@" > /dev/null 2>/dev/null || { echo "print_bench: failed: $*" >&2; return 1; }
    t1=$(date +%s.%N)
    r=$(tail -n 1 "$work/print_bench.rss")
    set -- "$@"
    res=$(echo "$t0 $t1 ${best:-x} $r ${rss:-0}" | awk '{d=$2-$1; if ($3=="x" || d<$3) b=d; else b=$3; m=($4>$5)?$4:$5; print b, m}')
    best=${res% *} rss=${res#* }
    i=$((i + 1))
  done
  echo "$best $rss"
}

events=$("$trowel" info --json "$big" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
echo "capture: $big ($events events), best of $runs runs, format: $fmt"
printf '%-10s %-22s %9s %9s %9s %10s %10s %8s\n' filter "" "lines" "trowel s" "sysdig s" "trowel MB" "sysdig MB" speedup
for flt in 'evt.res=EMFILE' 'evt.num>0'; do
  lines=$("$trowel" print -r "$big" -p "$fmt" "$flt" | wc -l)
  set -- $(best_of "$trowel" print -r "$big" -p "$fmt" "$flt")
  tt=$1 tr=$2
  ts=- sr=-
  if [ -n "$sysdig" ] && command -v "$sysdig" >/dev/null 2>&1; then
    set -- $(best_of "$sysdig" -r "$big" -p "$fmt" "$flt")
    ts=$1 sr=$2
  fi
  awk -v f="$flt" -v l="$lines" -v tt="$tt" -v ts="$ts" -v tr="$tr" -v sr="$sr" 'BEGIN{
    sp = (ts == "-") ? "-" : sprintf("%.1fx", ts / tt)
    smb = (sr == "-") ? "-" : sprintf("%.1f", sr / 1024)
    printf "%-33s %9d %9.3f %9s %10.1f %10s %8s\n", f, l, tt, ts, tr / 1024, smb, sp }'
done
