#!/bin/sh
# The leaked-descriptor scenario through the views (../shared/captures/README.md):
# on leaky-logtxt.scap and leaky-logtxt-sysdig029.scap
#   * procs_errors lists the server (python3 server.py) first;
#   * procs_fd_usage shows it at OPEN 1024, MAX 1024, PCT 100.00 on the first
#     file and 1023 / 1024 / 99.90 on the second (its accept4 events are not
#     in that file, as csysdig shows);
#   * lsof (the fd tables at the end of the capture; the server exits at the
#     end, so: what it held when it exited) lists its 1019 log.txt fds and
#     no fd it closed;
#   * errors drilled into the server's pid shows EMFILE (762).
# Usage: leaky_views_test.sh TROWEL CAPTURES_DIR
set -u
trowel=$1 caps=$2
fail=0
check() {  # NAME WHAT GOT WANT
  if [ "$3" = "$4" ]; then echo "ok   $1: $2 = $4"; else echo "FAIL $1: $2 = '$3', want '$4'"; fail=1; fi
}
for name in leaky-logtxt leaky-logtxt-sysdig029; do
  f=$caps/$name.scap
  [ -f "$f" ] || { echo "SKIP $name: missing"; continue; }
  first=$("$trowel" -r "$f" -v procs_errors --raw | head -1)
  pid=$(printf '%s\n' "$first" | awk '{print $5}')
  check $name "procs_errors first row command" "$(printf '%s\n' "$first" | awk '{print $6, $7}')" "venv/bin/python3 server.py"
  if [ $name = leaky-logtxt ]; then want="$pid 1024 1024 100.00"; else want="$pid 1023 1024 99.90"; fi
  check $name "procs_fd_usage first row" "$("$trowel" -r "$f" -v procs_fd_usage --raw | head -1 | awk '{print $1, $2, $3, $4}')" "$want"
  lsof=$("$trowel" -r "$f" -v lsof --raw proc.pid="$pid")
  check $name "lsof log.txt fds of the server" "$(printf '%s\n' "$lsof" | awk '$7 == "/srv/webapp/log.txt"' | wc -l)" 1019
  check $name "lsof fd numbers unique" "$(printf '%s\n' "$lsof" | grep -v '^---' | awk '{print $5}' | sort | uniq -d | wc -l)" 0
  # The last request's socket was closed before the server was killed: at
  # exit it held 1023 fds (stdio, the listening socket, 1019 log.txt), the
  # only ipv4 one being the listening socket.
  check $name "lsof fds of the server" "$(printf '%s\n' "$lsof" | grep -vc '^---')" 1023
  check $name "lsof sockets of the server" "$(printf '%s\n' "$lsof" | awk '$6 == "ipv4" {print $7}')" "127.0.0.1:8080"
  check $name "errors drilled into the server: EMFILE" \
    "$("$trowel" -r "$f" -v errors --raw --drill proc.pid="$pid" | awk '$2 == "EMFILE" {print $1}')" 762
done
exit $fail
