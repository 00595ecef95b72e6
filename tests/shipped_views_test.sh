#!/bin/sh
# The views trowel ships (views/*.lua): every file loads with no error and
# defines the view named after it; every view runs with --raw on every shared
# capture and on testdata/demo.scap without crashing; a failure is exactly one
# line on stderr. Views that need a field the engine does not have yet (see
# the comment at the top of their file) may fail, but only with "invalid
# field name <that field>". On demo.scap the views that should have rows
# must print some.
# Usage: shipped_views_test.sh TROWEL VIEWS_DIR CAPTURES_DIR TESTDATA_DIR
set -u
trowel=$1
views=$2
captures=$3
testdata=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# Views allowed to stop on a missing field: "id:field".
missing=""
# Views that must have rows on testdata/demo.scap.
demo_rows="procs procs_errors procs_fd_usage threads files directories file_opens
  errors io_by_type connections incoming_connections sports backlog syscalls
  syscall_procs page_faults spy_users lsof"

# 1. Loading: no error, one view per file, id = file name.
if ! "$trowel" --list-views --views-dir "$views" >"$tmp/list" 2>"$tmp/err"; then
  bad "--list-views exited non-zero"
fi
[ ! -s "$tmp/err" ] || { bad "--list-views reported:"; cat "$tmp/err"; }
ids=""
for f in "$views"/*.lua; do
  id=$(basename "$f" .lua)
  ids="$ids $id"
  grep -q "^$id " "$tmp/list" || bad "view $id ($f) not listed"
done
[ -n "$ids" ] || bad "no view files in $views"

# 2. Running: every view on every capture.
run() {  # view capture
  rc=0
  timeout 300 "$trowel" -r "$2" -v "$1" --raw --views-dir "$views" >"$tmp/out" 2>"$tmp/err" || rc=$?
  if [ "$rc" -ge 124 ]; then
    bad "$1 on $2: crashed or timed out (exit $rc)"; cat "$tmp/err"; return
  fi
  [ "$rc" = 0 ] && return
  lines=$(wc -l <"$tmp/err")
  [ "$lines" = 1 ] || { bad "$1 on $2: exit $rc with $lines lines on stderr"; cat "$tmp/err"; }
  for m in $missing; do
    if [ "${m%%:*}" = "$1" ] && grep -q "invalid field name ${m#*:}" "$tmp/err"; then
      return
    fi
  done
  bad "$1 on $2: $(cat "$tmp/err")"
}
for c in "$captures"/*.scap "$captures"/*.scap.gz "$captures"/*.scap.zst "$testdata/demo.scap"; do
  [ -f "$c" ] || continue
  for id in $ids; do
    run "$id" "$c"
  done
done

# 3. Rows on demo.scap.
for id in $demo_rows; do
  "$trowel" -r "$testdata/demo.scap" -v "$id" --raw --views-dir "$views" >"$tmp/out" 2>/dev/null
  grep -qv '^-*$' "$tmp/out" || bad "$id: no rows on demo.scap"
done
# lsof: the server's leaked log file descriptors are still open at the end.
"$trowel" -r "$testdata/demo.scap" -v lsof --raw --views-dir "$views" >"$tmp/out" 2>/dev/null
n=$(grep '/srv/webapp/log.txt' "$tmp/out" | grep -vc ' close ')
[ "$n" -ge 1000 ] || bad "lsof: $n open log.txt descriptors on demo.scap (expected >= 1000)"

# Drill-down from the command line: the server's errors are its EMFILE opens,
# both as a selection above the view and from procs_errors' own key.
for c in "$captures/leaky-logtxt.scap" "$captures/leaky-logtxt-sysdig029.scap"; do
  [ -f "$c" ] || continue
  "$trowel" -r "$c" --drill proc.pid=28279 -v errors --raw --views-dir "$views" >"$tmp/out" 2>"$tmp/err" ||
    bad "--drill proc.pid=28279 -v errors on $c: $(cat "$tmp/err")"
  grep -q '^ *762 EMFILE' "$tmp/out" || bad "--drill proc.pid=28279 -v errors on $c: no 762 EMFILE row"
  "$trowel" -r "$c" -v procs_errors --drill proc.pid=28279 --raw --views-dir "$views" >"$tmp/out" 2>"$tmp/err" ||
    bad "-v procs_errors --drill proc.pid=28279 on $c: $(cat "$tmp/err")"
  grep -q '^ *762 EMFILE' "$tmp/out" || bad "-v procs_errors --drill proc.pid=28279 on $c: no 762 EMFILE row"
done

[ "$fail" = 0 ] && echo ok
exit "$fail"
