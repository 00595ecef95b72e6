# Sourced by the live eBPF tests: skips (exit 77) when not root or without
# python3, mounts tracefs if needed, makes a scratch directory $work (prefix
# $work_prefix) and changes into it with the shared leaky server as ./server.py. The
# processes whose pids the test keeps in $srv_pid, $rec_pid and $tick_pid
# are killed on exit; KEEP=1 keeps $work.
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
