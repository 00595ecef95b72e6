#!/bin/bash
# Slices and the flight recorder on the ~2 M-event capture (see README.md).
# Usage: bench/slice_bench.sh [FACTOR]   env: TROWEL, WORK, SYSDIG (empty: skip)
set -eu
factor=${1:-64}
trowel=${TROWEL:-build/trowel}
work=${WORK:-/tmp}
sysdig=${SYSDIG-sysdig}
here=$(cd "$(dirname "$0")/.." && pwd)
root=$here
. "$root/bench/big_capture.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() {  # LABEL COMMAND...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/t" "$@" >/dev/null 2>&1
  read -r secs rss < "$out/t"
  printf '%-58s %6.2f s  %6d KiB\n' "$label" "$secs" "$rss"
}
run "convert (whole file)" "$trowel" convert "$big" "$out/a.scap"
run "slice #1000000..#1200000 (state replayed to #1000000)" "$trowel" convert "$big" "$out/a.scap" --from '#1000000' --to '#1200000'
run "slice #1800000..end" "$trowel" convert "$big" "$out/a.scap" --from '#1800000'
run "slice ..#200000" "$trowel" convert "$big" "$out/a.scap" --to '#200000'
run "slice #1000000..#1200000 evt.res=EMFILE" "$trowel" convert "$big" "$out/a.scap" --from '#1000000' --to '#1200000' evt.res=EMFILE
run "slice #1000000..#1200000 --keep-state evt.res=EMFILE" "$trowel" convert "$big" "$out/a.scap" --from '#1000000' --to '#1200000' --keep-state evt.res=EMFILE
mkdir "$out/rec"
run "record-ring --replay (EMFILE 3/s, cooldown 10s, 64M ring)" "$trowel" record-ring --replay "$big" --trigger evt.res=EMFILE \
  --threshold 3/s --cooldown 10s --max-captures 0 --out-dir "$out/rec"
echo "captures written: $(ls "$out/rec" | wc -l)"
rm -f "$out"/rec/*
run "record-ring --replay, --ring-bytes 1M" "$trowel" record-ring --replay "$big" --trigger evt.res=EMFILE \
  --threshold 3/s --cooldown 10s --max-captures 0 --ring-bytes 1M --out-dir "$out/rec"
if [ -n "$sysdig" ] && command -v "$sysdig" >/dev/null; then
  run "sysdig -r big -w out evt.num>=1000000 and evt.num<1200000" "$sysdig" -r "$big" -w "$out/s.scap" 'evt.num>=1000000 and evt.num<1200000'
fi
