#!/bin/bash
# The flight recorder driven by a capture file (trowel record-ring --replay):
# on the leaked-descriptor scenario an EMFILE alert at 3/s writes exactly one
# capture (cooldown), which holds the first EMFILE events and the 2 s before
# them, opens with the server's state, and lists the server first in
# procs_errors; a small --ring-bytes bounds the ring (and the process).
# Usage: record_ring_test.sh TROWEL CAPTURES_DIR
set -u
trowel=$1 caps=$2
f=$caps/leaky-logtxt-sysdig029.scap
[ -f "$f" ] || { echo "SKIP: $f missing"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fail=1; }

mkdir "$tmp/d"
out=$("$trowel" record-ring --replay "$f" --ring 10s --trigger 'evt.res=EMFILE' --threshold 3/s \
      --pre 2s --post 2s --out-dir "$tmp/d" 2>"$tmp/err"); rc=$?
lines=$(printf '%s\n' "$out" | grep -c .)
files=$(ls "$tmp/d" | wc -l)
[ "$rc" = 0 ] && [ "$lines" = 1 ] && [ "$files" = 1 ] && ok "one capture, one line: $out" \
  || bad "status $rc, $lines lines, $files files: $out $(cat "$tmp/err")"
cap=$(ls "$tmp/d"/* | head -1)
case "$cap" in *-evt.res_EMFILE.scap) ok "named by time and trigger: $(basename "$cap")" ;;
  *) bad "file name $(basename "$cap")" ;; esac

first_full=$("$trowel" print -r "$f" -p '%evt.rawtime' evt.res=EMFILE | head -1)
first_cap=$("$trowel" print -r "$cap" -p '%evt.rawtime' evt.res=EMFILE | head -1)
start=$("$trowel" print -r "$cap" -D -p '%evt.rawtime' | head -1)
before=$((first_full - start))
[ -n "$first_cap" ] && [ "$first_cap" = "$first_full" ] && ok "holds the first EMFILE event" || bad "first EMFILE $first_cap, want $first_full"
[ "$before" -le 2000000000 ] && [ "$before" -gt 1990000000 ] && ok "starts ${before} ns before it" || bad "starts $before ns before the first EMFILE"
# Every event of the capture is the full file's, in order, with the same names.
P='*%evt.rawtime %evt.type %thread.tid %proc.name %fd.name'
"$trowel" print -r "$cap" -p "$P" > "$tmp/a"
n=$(wc -l < "$tmp/a")
"$trowel" print -r "$f" -p "$P" | grep -A "$((n - 1))" -x -F "$(head -1 "$tmp/a")" > "$tmp/b"
cmp -s "$tmp/a" "$tmp/b" && ok "its $n events print as in the full file" || { bad "events differ from the full file"; diff "$tmp/a" "$tmp/b" | head -4; }
top=$("$trowel" -r "$cap" --raw -v procs_errors | head -1)
case "$top" in *server.py*) ok "procs_errors lists the server first: $(echo $top)" ;; *) bad "procs_errors first row: $top" ;; esac
if command -v sysdig >/dev/null 2>&1; then
  s=$(sysdig -r "$cap" -p '%proc.name %fd.name' evt.res=EMFILE | sort | uniq -c | awk '{$1=$1; print}')
  want=$("$trowel" print -r "$cap" -p '%proc.name %fd.name' evt.res=EMFILE | sort | uniq -c | awk '{$1=$1; print}')
  [ -n "$s" ] && [ "$s" = "$want" ] && ok "sysdig reads it: $s" || bad "sysdig: '$s', trowel '$want'"
fi

# Cooldown 0 and --max-captures 2: two captures.
mkdir "$tmp/m"
n=$("$trowel" record-ring --replay "$f" --trigger 'evt.res=EMFILE' --threshold 3/s --pre 100ms --post 100ms \
    --cooldown 0 --max-captures 2 --out-dir "$tmp/m" 2>/dev/null | wc -l)
[ "$n" = 2 ] && [ "$(ls "$tmp/m" | wc -l)" = 2 ] && ok "--cooldown 0 --max-captures 2: two captures" || bad "--max-captures 2: $n captures"

# A small byte bound: the ring stays within it, the pre time is cut.
mkdir "$tmp/s"
out=$(/usr/bin/env time -f 'rss %M' "$trowel" record-ring --replay "$f" --ring-bytes 256K --trigger 'evt.res=EMFILE' \
      --threshold 3/s --out-dir "$tmp/s" 2>"$tmp/err")
peak=$(grep -o 'ring peak [0-9.]* MiB of [0-9.]* MiB' "$tmp/err")
case "$out" in *"cut by --ring-bytes"*) ok "--ring-bytes 256K: pre time cut ($peak, $(grep -o 'rss [0-9]*' "$tmp/err") KiB)" ;;
  *) bad "--ring-bytes 256K: $out $(cat "$tmp/err")" ;; esac
[ "$peak" = "ring peak 0.2 MiB of 0.2 MiB" ] || [ "$peak" = "ring peak 0.1 MiB of 0.2 MiB" ] || bad "ring bound: $peak"

# SIGUSR1: a capture on request (the input comes through a FIFO so that the
# signal arrives in the middle of it).
mkfifo "$tmp/fifo"
mkdir "$tmp/u"
"$trowel" record-ring --replay "$tmp/fifo" --out-dir "$tmp/u" --post 500ms > "$tmp/u.out" 2>/dev/null &
pid=$!
exec 3>"$tmp/fifo"
head -c 1000000 "$f" >&3
sleep 1
kill -USR1 "$pid"
sleep 0.3
tail -c +1000001 "$f" >&3
exec 3>&-
wait "$pid"; rc=$?
case "$(cat "$tmp/u.out")" in *-manual.scap:*"on request"*) [ "$rc" = 0 ] && ok "SIGUSR1: $(cat "$tmp/u.out")" || bad "SIGUSR1: status $rc" ;;
  *) bad "SIGUSR1: status $rc, '$(cat "$tmp/u.out")'" ;; esac

# Bad options: one line, status 2.
for args in "--threshold 3" "--pre 20s" "--ring-bytes 1K" "--trigger foo.bar=1" "--out-dir /nonexistent" "--compress lz4"; do
  # shellcheck disable=SC2086
  err=$("$trowel" record-ring --replay "$f" $args 2>&1 >/dev/null); rc=$?
  [ "$rc" = 2 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] && ok "$args: $err" || bad "$args: status $rc: $err"
done
exit $fail
