#!/bin/sh
# trowel record on the live machine, end to end: a leaky python HTTP server
# (opens log.txt on every request and never closes it, under ulimit -n 64)
# is started while `trowel record` runs (filtered to this script's
# descendants), a client makes 100 requests, the
# recording is stopped with SIGINT, and then
#   * `trowel info` counts the events (and the file is complete);
#   * `trowel -r F --raw -v procs_errors` lists the server first, with its
#     EMFILE errors;
#   * `trowel -r F --raw -v lsof` shows the server's leaked log.txt;
#   * sysdig 0.29.3 (when installed) reads the file, and
#     `sysdig -r F evt.res=EMFILE` counts as many events as
#     `trowel print -r F evt.res=EMFILE`.
# Skips (exit 77) when not root, when this build has no live capture, or
# when the kernel refuses eBPF.
# Usage: live_record_test.sh TROWEL
set -u
trowel=$(readlink -f "$1")
work_prefix=trowel-live . "$(dirname "$0")/live/setup.sh"

cat > client.py <<'EOF'
import sys, urllib.request, urllib.error
ok = err = 0
for i in range(int(sys.argv[2])):
    try:
        urllib.request.urlopen("http://127.0.0.1:%s/r%d" % (sys.argv[1], i), timeout=5).read()
        ok += 1
    except urllib.error.HTTPError:
        err += 1
print(ok, err)
EOF
port=$(free_port)

# Only this script's descendants are written (a consumer-side filter), so
# other activity on the machine cannot outrank the server in the views.
"$trowel" record -q -w "$work/live.scap" "proc.apid=$$" > rec.out 2> rec.err &
rec_pid=$!
# Wait for the recording to start (or fail).
wait_for sh -c 'grep -qs . rec.err || [ -s live.scap ]'
sleep 0.5
recorder_alive rec.err "trowel record exited early"

start_server "$port"
client=$(python3 client.py "$port" 100)
sleep 0.3
stop_recorder
kill "$srv_pid" 2>/dev/null
wait "$srv_pid" 2>/dev/null
srv_pid=""

summary=$(cat rec.err)
check "record exits 0 on SIGINT" "$([ $rc = 0 ]; echo $?)" "rc=$rc: $summary"
echo "     $summary"
echo "     client: $client (ok, HTTP 500)"
errors=$(echo "$client" | awk '{print $2}')
check "the server hit EMFILE" "$([ "${errors:-0}" -gt 0 ]; echo $?)" "client saw no HTTP 500"

info=$("$trowel" info "$work/live.scap")
events=$(printf '%s\n' "$info" | awk '$1 == "events" {print $2; exit}')
check "trowel info counts the events" "$([ "${events:-0}" -gt 500 ] && printf '%s\n' "$info" | grep -q 'status *complete'; echo $?)" "$(printf '%s\n' "$info" | head -12)"

n_trowel=$("$trowel" print -r "$work/live.scap" evt.res=EMFILE | wc -l)
n_server=$("$trowel" print -r "$work/live.scap" -p '%proc.name %evt.type %fd.name' evt.res=EMFILE and proc.args contains server.py | grep -c "python3 openat $work/log.txt")
check "EMFILE openats of the server on $work/log.txt" "$([ "$n_server" -gt 0 ] && [ "$n_server" -ge "$errors" ]; echo $?)" "$n_server of $n_trowel EMFILE events (client saw $errors errors)"

errs=$("$trowel" -r "$work/live.scap" --raw -v procs_errors)
first=$(printf '%s\n' "$errs" | grep -m1 -E '^ *[0-9]')
check "procs_errors lists the server first" "$(printf '%s\n' "$first" | grep -q 'server.py'; echo $?)" "$(printf '%s\n' "$errs" | head -4)"

lsof=$("$trowel" -r "$work/live.scap" --raw -v lsof)
leaked=$(printf '%s\n' "$lsof" | grep -c "$work/log.txt")
check "lsof shows the leaked log.txt" "$([ "$leaked" -ge 50 ]; echo $?)" "$leaked rows name $work/log.txt"

# Without privilege: one clear line, exit status 1, no file.
if command -v setpriv >/dev/null; then
  msg=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$trowel" record -w "$work/np.scap" --duration 1 2>&1)
  nrc=$?
  check "unprivileged record fails clearly" "$([ $nrc = 1 ] && [ ! -e "$work/np.scap" ] && printf '%s' "$msg" | grep -q 'needs root'; echo $?)" "rc=$nrc: $msg"
fi

if command -v sysdig >/dev/null; then
  lines=$(sysdig -r "$work/live.scap" 2>&1 | wc -l)
  sysdig -r "$work/live.scap" > /dev/null 2> sysdig.err
  src=$?
  check "sysdig 0.29.3 reads the capture" "$([ $src = 0 ] && [ "$lines" -gt 500 ]; echo $?)" "rc=$src, $lines lines: $(head -2 sysdig.err)"
  n_sysdig=$(sysdig -r "$work/live.scap" evt.res=EMFILE | wc -l)
  check "sysdig and trowel count the same EMFILE events" "$([ "$n_sysdig" = "$n_trowel" ]; echo $?)" "sysdig $n_sysdig, trowel $n_trowel"
else
  echo "SKIP sysdig checks: sysdig not installed"
fi
exit $fail
