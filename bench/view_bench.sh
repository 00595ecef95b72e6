#!/bin/sh
# trowel -r F --raw -v VIEW against csysdig -r F --raw -v VIEW on a ~2M-event
# capture, for VIEWS (default: procs procs_errors), in one run: best of $RUNS
# wall-clock runs of each (the two tools alternate, so machine load hits both
# alike), user CPU of the best run, peak RSS (/usr/bin/time %M), and the
# ratios csysdig / trowel (time: > 1x means trowel is faster; RSS: trowel's
# share of csysdig's). A last row gives the floor: trowel reading the file
# and running its state engine with no view at all.
# Usage: bench/view_bench.sh [FACTOR]     (default 64; run from anywhere)
# Env:   TROWEL=path/to/trowel (default build/trowel), WORK=dir (default /tmp),
#        RUNS=n (default 5), CSYSDIG=path (default csysdig; empty: skip it),
#        VIEWS="id ..." (default "procs procs_errors"),
#        SRC=capture to scale instead of leaky-logtxt-sysdig029 (see big_capture.sh)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
factor=${1:-64}
work=${WORK:-/tmp}
runs=${RUNS:-5}
trowel=${TROWEL:-$root/build/trowel}
csysdig=${CSYSDIG-csysdig}
views=${VIEWS:-procs procs_errors}
export TZ=UTC

[ -x "$trowel" ] || { echo "view_bench: $trowel not built (meson compile -C build)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "view_bench: /usr/bin/time missing" >&2; exit 1; }
. "$root/bench/big_capture.sh"
have_csysdig=0
if [ -n "$csysdig" ] && command -v "$csysdig" >/dev/null 2>&1; then have_csysdig=1; fi

# One run of "$@" (stdout and stdin to /dev/null): prints "WALL USER PEAK_KB".
# WALL from date +%s.%N (ms resolution; /usr/bin/time's %e has 10 ms).
one_run() {
  t0=$(date +%s.%N)
  /usr/bin/time -f '%U %M' -o "$work/view_bench.time" "$@" > /dev/null 2>/dev/null < /dev/null ||
    { echo "view_bench: failed: $*" >&2; return 1; }
  t1=$(date +%s.%N)
  echo "$t0 $t1 $(tail -n 1 "$work/view_bench.time")" | awk '{ printf "%.4f %s %s\n", $2 - $1, $3, $4 }'
}
# Keeps the best (lowest wall) "WALL USER" and the highest peak RSS.
better() {  # CURRENT NEW -> merged
  echo "$1 $2" | awk '{ if ($1 == "x" || $4 < $1) { w = $4; u = $5 } else { w = $1; u = $2 }
                         m = ($6 > $3) ? $6 : $3; print w, u, m }'
}

events=$("$trowel" info --json "$big" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
echo "capture: $big ($events events), best of $runs runs (wall s, user s of that run, peak RSS MB)"
printf '%-14s %6s %8s %8s %9s %8s %8s %9s %8s %9s\n' view rows "trowel s" "user s" "trowel MB" \
  "csysdig" "user s" "csysdig MB" "speedup" "RSS share"
for v in $views; do
  rows=$("$trowel" -r "$big" --raw -v "$v" | grep -vc '^-*$' || true)
  t="x 0 0" c="x 0 0"
  i=0
  while [ "$i" -lt "$runs" ]; do
    t=$(better "$t" "$(one_run "$trowel" -r "$big" --raw -v "$v")")
    if [ $have_csysdig = 1 ]; then c=$(better "$c" "$(one_run "$csysdig" -r "$big" --raw -v "$v")"); fi
    i=$((i + 1))
  done
  echo "$v $rows $t $c $have_csysdig" | awk '{
    if ($9 == 1) { cs = sprintf("%8.3f", $6); cu = sprintf("%8.3f", $7); cm = sprintf("%9.1f", $8 / 1024)
                   sp = sprintf("%8.1fx", $6 / $3); sh = sprintf("%8.1f%%", 100 * $5 / $8) }
    else { cs = "-"; cu = "-"; cm = "-"; sp = "-"; sh = "-" }
    printf "%-14s %6d %8.3f %8.3f %9.1f %8s %8s %9s %9s %9s\n", $1, $2, $3, $4, $5 / 1024, cs, cu, cm, sp, sh }'
done
# The floor of any view pass: read, decode and State::process every event
# (trowel print with a filter no event matches).
f="x 0 0"
i=0
while [ "$i" -lt "$runs" ]; do
  f=$(better "$f" "$(one_run "$trowel" print -r "$big" evt.num=0)")
  i=$((i + 1))
done
echo "$f" | awk '{ printf "%-14s %6s %8.3f %8.3f %9.1f   (trowel print -r F evt.num=0: read + decode + state only)\n", "floor", "-", $1, $2, $3 / 1024 }'
