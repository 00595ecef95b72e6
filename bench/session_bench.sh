#!/bin/sh
# The TUI's session model, headless, against csysdig re-reading the file.
# Usage: bench/session_bench.sh [FACTOR]     (default 64: ~2M events)
# Env:   BUILD=dir (default build), WORK=dir (default /tmp), CSYSDIG=path
#        (default csysdig; empty: skip). See bench/README.md.
#
# 1. build/bench/session_bench drives views::Session through 20 navigation
#    steps (load, F2 switches, Enter, Backspace, F5, F6, sort, filters) and
#    prints each step's wall time until its result is complete, and the
#    peak RSS.
# 2. For the views those steps compute, `csysdig -r F --raw -v ID` (what
#    csysdig does on every navigation step: re-read and re-aggregate the
#    file) and `trowel -r F -v ID --raw` (a cold run from the file), wall
#    time and peak RSS from /usr/bin/time, in the same session.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
factor=${1:-64}
work=${WORK:-/tmp}
build=${BUILD:-$root/build}
csysdig=${CSYSDIG-csysdig}

[ -x "$build/bench/session_bench" ] || { echo "session_bench: build it first (meson compile -C $build)" >&2; exit 1; }
. "$root/bench/big_capture.sh"

echo "== trowel session model (bench/session_bench.cpp) on $big"
"$build/bench/session_bench" "$big" "$root/views"

echo
echo "== one view from the file, per process (wall s, peak RSS MB)"
printf '%-16s %14s %14s\n' view "csysdig" "trowel --raw"
tf=$(mktemp)
measure() {
  /usr/bin/time -o "$tf" -f '%e %M' "$@" > /dev/null 2>&1 || true
  awk '{printf "%.2fs/%.0fMB", $1, $2/1024}' "$tf"
}
for v in procs procs_errors procs_fd_usage files connections syscalls threads; do
  c="-"
  if [ -n "$csysdig" ] && command -v "$csysdig" >/dev/null 2>&1; then
    c=$(measure "$csysdig" -r "$big" --raw -v "$v")
  fi
  t=$(measure "$build/trowel" -r "$big" -v "$v" --raw)
  printf '%-16s %14s %14s\n' "$v" "$c" "$t"
done
rm -f "$tf"
