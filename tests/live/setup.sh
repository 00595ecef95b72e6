# Sourced by the live eBPF tests: skips (exit 77) when not root or without
# python3, mounts tracefs if needed, makes a scratch directory $work (prefix
# $work_prefix) and changes into it with the shared leaky server as ./server.py. The
# processes whose pids the test keeps in $srv_pid, $rec_pid and $tick_pid
# are killed on exit; KEEP=1 keeps $work. Then defines the helpers below
# (check, wait_for, give_up, recorder_alive, stop_recorder, free_port,
# start_server).
# Usage: work_prefix=NAME . "$(dirname "$0")/live/setup.sh"
if [ "$(id -u)" != 0 ]; then
  echo "SKIP: live capture needs root"
  exit 77
fi
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 77; }
[ -d /sys/kernel/tracing/events ] || mount -t tracefs nodev /sys/kernel/tracing 2>/dev/null || true

live_dir=$(cd "$(dirname "$0")/live" && pwd)
work=$(mktemp -d "/tmp/${work_prefix:-trowel-live}-XXXXXX") || exit 1
srv_pid="" rec_pid="" tick_pid=""
cleanup() {
  for p in $srv_pid $rec_pid $tick_pid; do kill "$p" 2>/dev/null; done
  [ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
cd "$work" || exit 1
cp "$live_dir/leaky_server.py" server.py

# Helpers shared by the live tests.
fail=0
# check NAME CONDITION-RESULT(0/1) DETAIL: one "ok" or "FAIL" line; a failure
# sets $fail (the test's exit status).
check() {
  if [ "$2" = 0 ]; then echo "ok   $1"; else echo "FAIL $1: $3"; fail=1; fi
}
# wait_for COMMAND...: runs COMMAND every 0.1 s until it succeeds, 10 s at most.
wait_for() {
  _w=0
  while [ $_w -lt 100 ] && ! "$@"; do sleep 0.1; _w=$((_w + 1)); done
}
# give_up MESSAGE WHAT: exits 77 (SKIP) when MESSAGE is trowel saying this
# machine or build has no live capture, else 1 ("FAIL: WHAT: MESSAGE").
give_up() {
  case "$1" in
    *"built without live capture"*|*"permission denied"*|*"no kernel BTF"*|*"refused"*)
      echo "SKIP: $1"; exit 77 ;;
  esac
  echo "FAIL: $2: $1"
  exit 1
}
# recorder_alive ERRFILE WHAT: gives up (above) with the recorder's stderr
# if the recorder $rec_pid has already exited.
recorder_alive() {
  kill -0 "$rec_pid" 2>/dev/null && return 0
  wait "$rec_pid"
  rec_pid=""
  give_up "$(cat "$1")" "$2"
}
# stop_recorder: SIGINT to $rec_pid; its exit status in $rc.
stop_recorder() {
  kill -INT "$rec_pid"
  wait "$rec_pid"
  rc=$?
  rec_pid=""
}
# free_port: prints a TCP port free on 127.0.0.1.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
# start_server PORT: the leaky server under ulimit -n 64 (so it runs out of
# fds), pid in $srv_pid; returns once it says ready (10 s at most).
start_server() {
  (ulimit -n 64; exec python3 server.py "$1" > server.out 2>&1) &
  srv_pid=$!
  wait_for grep -qs ready server.out
}
