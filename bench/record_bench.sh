#!/bin/sh
# Cost of `trowel record` on two syscall-heavy workloads (run as root):
#   dd:   dd if=/dev/zero of=/dev/null bs=1 count=2000000  (4 M syscalls)
#   orc:  a C loop of open/read/close on /etc/hostname      (OPENS x 3 syscalls)
# Each runs alone and under `trowel record -w $WORK/bench.scap` (no filter,
# every syscall of the machine captured), RUNS times, alternating; the best
# wall-clock time of each is kept. Printed per workload: time alone, time
# recorded, slowdown, events written, events/s (events / recorded time),
# drops, and file bytes per event. A last row (dd0) runs dd with the programs
# attached but no syscall of dd's captured: the fixed cost of the tracepoints.
# Environment: TROWEL (default build/trowel), WORK (default /tmp),
# RUNS (default 3), OPENS (default 300000), RECORD_ARGS (extra options).
set -eu
cd "$(dirname "$0")/.."
trowel=$(readlink -f "${TROWEL:-build/trowel}")
work=${WORK:-/tmp}
runs=${RUNS:-3}
opens=${OPENS:-300000}
[ "$(id -u)" = 0 ] || { echo "record_bench: needs root" >&2; exit 1; }

cat > "$work/orc.c" <<'EOF'
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 100000;
  char buf[64];
  for (long i = 0; i < n; i++) {
    int fd = open("/etc/hostname", O_RDONLY);
    if (fd < 0) return 1;
    if (read(fd, buf, sizeof buf) < 0) return 1;
    close(fd);
  }
  return 0;
}
EOF
cc -O2 -o "$work/orc" "$work/orc.c"

now() { date +%s.%N; }
elapsed() {  # elapsed CMD... -> seconds on stdout
  t0=$(now)
  "$@" > /dev/null 2>&1
  t1=$(now)
  echo "$t0 $t1" | awk '{printf "%.3f", $2 - $1}'
}
min() { if [ -z "$1" ]; then echo "$2"; else echo "$1 $2" | awk '{print ($1 < $2) ? $1 : $2}'; fi; }

# Runs CMD under trowel record; sets rec_time, rec_events, rec_drops, rec_bytes.
recorded() {
  rm -f "$work/bench.scap"
  # shellcheck disable=SC2086
  "$trowel" record -q -w "$work/bench.scap" ${RECORD_ARGS:-} 2> "$work/bench.rec" &
  rp=$!
  i=0
  while [ $i -lt 100 ] && [ ! -s "$work/bench.scap" ]; do sleep 0.1; i=$((i + 1)); done
  sleep 0.5
  rec_time=$(elapsed "$@")
  kill -INT $rp
  wait $rp
  line=$(tail -n 1 "$work/bench.rec")
  case "$line" in
    *dropped*) ;;
    *) line=$(grep "events written" "$work/bench.rec" | tail -n 1) ;;
  esac
  rec_events=$(echo "$line" | awk '{print $2}')
  rec_drops=$(echo "$line" | awk '{print $5}')
  rec_bytes=$(stat -c %s "$work/bench.scap")
}

bench() {  # bench NAME CMD...
  name=$1
  shift
  best_alone="" best_rec="" ev="" dr="" by=""
  r=0
  while [ $r -lt "$runs" ]; do
    t=$(elapsed "$@")
    best_alone=$(min "$best_alone" "$t")
    recorded "$@"
    if [ -z "$best_rec" ] || [ "$(echo "$rec_time $best_rec" | awk '{print ($1 < $2)}')" = 1 ]; then
      best_rec=$rec_time ev=$rec_events dr=$rec_drops by=$rec_bytes
    fi
    r=$((r + 1))
  done
  echo "$name $best_alone $best_rec $ev $dr $by" | awk '{
    printf "%-4s alone %6.3f s  recorded %6.3f s  slowdown %.2fx  events %d  %.0f events/s  drops %d  %.1f bytes/event\n",
      $1, $2, $3, $3 / $2, $4, $4 / $3, $5, $6 / ($4 > 0 ? $4 : 1) }'
}

echo "record_bench: $(nproc) CPUs, kernel $(uname -r), best of $runs; load $(cut -d' ' -f1-3 /proc/loadavg)"
bench dd dd if=/dev/zero of=/dev/null bs=1 count=2000000
bench orc "$work/orc" "$opens"
# The floor: the same dd with the programs attached but capturing only a
# syscall dd never makes (the cost of tracing every syscall at all).
RECORD_ARGS="--syscalls acct" bench dd0 dd if=/dev/zero of=/dev/null bs=1 count=2000000
rm -f "$work/bench.scap" "$work/bench.rec" "$work/orc" "$work/orc.c"
