#!/bin/sh
# The flight recorder on the live machine (trowel record --ring): while it
# watches with --trigger 'evt.res=EMFILE' --threshold 3/s --pre 2s --post 2s
# --cooldown 60, the leaky python HTTP server of live_record_test.sh runs
# under ulimit -n 64 and a client keeps requesting well past the limit
# (for longer than pre + post, so a second capture would fire without the
# cooldown). Then:
#   * exactly one capture is written and one line printed;
#   * it holds EMFILE events and starts ~2 s before the first of them;
#   * `trowel -r F --raw -v procs_errors` lists the server first;
#   * sysdig 0.29.3 (when installed) counts as many EMFILE events;
#   * without --trigger, SIGUSR1 writes one "manual" capture on demand.
# Only this script's descendants enter the recorder (a FILTER, as in
# `trowel record -w`), so other activity on the machine cannot interfere; a
# ticker keeps those descendants busy so the 2 s before the burst have events.
# Skips (exit 77) when not root, when this build has no live capture, or
# when the kernel refuses eBPF.
# Usage: live_ring_test.sh TROWEL
set -u
trowel=$(readlink -f "$1")
work_prefix=trowel-ring . "$(dirname "$0")/live/setup.sh"
mkdir caps

cat > client.py <<'PY'
# Waits argv[3] seconds (so its own start-up, with the ENOENTs of the
# python launcher, falls before the capture), then requests for argv[2]
# seconds, one every 20 ms.
import sys, time, urllib.request, urllib.error
time.sleep(float(sys.argv[3]))
ok = err = 0
end = time.time() + float(sys.argv[2])
i = 0
while time.time() < end:
    try:
        urllib.request.urlopen("http://127.0.0.1:%s/r%d" % (sys.argv[1], i), timeout=5).read()
        ok += 1
    except urllib.error.HTTPError:
        err += 1
    i += 1
    time.sleep(0.02)
print(ok, err)
PY
port=$(free_port)

"$trowel" record --ring 10s --trigger 'evt.res=EMFILE' --threshold 3/s --pre 2s --post 2s \
  --cooldown 60 --out-dir "$work/caps" "proc.apid=$$" > rec.out 2> rec.err &
rec_pid=$!
wait_for grep -qs . rec.err
sleep 0.3
recorder_alive rec.err "trowel record --ring exited early"

# Steady background events, so the ring holds the seconds before the burst.
(while :; do : > /dev/null; sleep 0.05; done) &
tick_pid=$!
start_server "$port"
# After 3 s, ~60 requests reach the limit in about 1.5 s; the rest (EMFILE)
# go on for several more seconds, past the capture's post time.
client=$(python3 client.py "$port" 6 3)
stop_recorder
kill "$tick_pid" "$srv_pid" 2>/dev/null
wait "$tick_pid" "$srv_pid" 2>/dev/null
tick_pid="" srv_pid=""

echo "     $(tail -1 rec.err)"
echo "     client: $client (ok, HTTP 500)"
check "record --ring exits 0 on SIGINT" "$([ $rc = 0 ]; echo $?)" "rc=$rc: $(cat rec.err)"
errors=$(echo "$client" | awk '{print $2}')
check "the server hit EMFILE" "$([ "${errors:-0}" -gt 20 ]; echo $?)" "client: $client"

ncap=$(ls caps | wc -l)
nlines=$(wc -l < rec.out)
check "exactly one capture written (cooldown), one line printed" \
  "$([ "$ncap" = 1 ] && [ "$nlines" = 1 ]; echo $?)" "$ncap files ($(ls caps)), $nlines lines: $(cat rec.out)"
echo "     $(cat rec.out)"
f=$(ls -d "$work"/caps/* 2>/dev/null | head -1)
[ -n "$f" ] || exit 1

n_trowel=$("$trowel" print -r "$f" evt.res=EMFILE | wc -l)
check "the capture holds EMFILE events" "$([ "$n_trowel" -gt 3 ]; echo $?)" "$n_trowel EMFILE events"
t0=$("$trowel" print -r "$f" -p '%evt.rawtime' | head -1)
t1=$("$trowel" print -r "$f" -p '%evt.rawtime' evt.res=EMFILE | head -1)
pre=$(python3 -c "print('%.3f' % ((int('${t1:-0}') - int('${t0:-0}')) / 1e9))")
echo "     first event $t0, first EMFILE $t1: $pre s before"
check "the capture starts ~2 s before the first EMFILE" \
  "$(python3 -c "import sys; sys.exit(0 if 1.8 <= $pre <= 2.05 else 1)"; echo $?)" "$pre s"

errs=$("$trowel" -r "$f" --raw -v procs_errors)
first=$(printf '%s\n' "$errs" | grep -m1 -E '^ *[0-9]')
check "procs_errors lists the server first" "$(printf '%s\n' "$first" | grep -q 'server.py'; echo $?)" "$(printf '%s\n' "$errs" | head -4)"

if command -v sysdig >/dev/null; then
  n_sysdig=$(sysdig -r "$f" evt.res=EMFILE | wc -l)
  check "sysdig and trowel count the same EMFILE events" "$([ "$n_sysdig" = "$n_trowel" ]; echo $?)" "sysdig $n_sysdig, trowel $n_trowel"
else
  echo "SKIP sysdig checks: sysdig not installed"
fi

# SIGUSR1: a capture of the ring on demand (no trigger), closed after --post.
mkdir man
"$trowel" record --ring 3s --pre 1s --post 1s --out-dir "$work/man" > man.out 2> man.err &
rec_pid=$!
wait_for grep -qs . man.err
sleep 1
kill -USR1 "$rec_pid"
sleep 2
stop_recorder
mrc=$rc
mf=$(ls -d "$work"/man/*manual* 2>/dev/null | head -1)
minfo=$([ -n "$mf" ] && "$trowel" info "$mf")
check "SIGUSR1 writes one manual capture" \
  "$([ $mrc = 0 ] && [ "$(ls man | wc -l)" = 1 ] && grep -q 'on request' man.out && [ "$(grep -c 'post time' man.out)" = 0 ] && printf '%s\n' "$minfo" | grep -q 'status *complete'; echo $?)" \
  "rc=$mrc, files: $(ls man), out: $(cat man.out) err: $(cat man.err)"
exit $fail
