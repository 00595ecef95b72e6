#!/bin/sh
# The leaked-descriptor scenario (../shared/captures/README.md): every openat
# that fails with EMFILE (762 of them) belongs to the server (python3 running
# server.py) and names /srv/webapp/log.txt — on the current-format capture
# (which sysdig 0.29.3 cannot read fully, in all three compressions) and on
# the copy written for sysdig 0.29.3.
# Usage: leaky_emfile_test.sh TROWEL CAPTURES_DIR
set -u
trowel=$1 caps=$2
fail=0
for name in leaky-logtxt.scap leaky-logtxt.scap.gz leaky-logtxt.scap.zst leaky-logtxt-sysdig029.scap; do
  f=$caps/$name
  [ -f "$f" ] || { echo "SKIP $name: missing"; continue; }
  out=$("$trowel" print -r "$f" -p '%evt.type|%proc.name|%fd.name|%proc.args' evt.res=EMFILE) || { echo "FAIL $name: trowel failed"; fail=1; continue; }
  total=$(printf '%s\n' "$out" | grep -c .)
  good=$(printf '%s\n' "$out" | awk -F'|' '$1 == "openat" && $2 == "python3" && $3 == "/srv/webapp/log.txt" && index($4, "server.py") > 0' | wc -l)
  plain=$("$trowel" print -r "$f" -p '%proc.name %fd.name' evt.res=EMFILE | sort | uniq -c | awk '{$1=$1; print}')
  if [ "$total" = 762 ] && [ "$good" = 762 ] && [ "$plain" = "762 python3 /srv/webapp/log.txt" ]; then
    echo "ok   $name: 762 EMFILE openats, all python3 server.py on /srv/webapp/log.txt"
  else
    echo "FAIL $name: $total EMFILE events, $good attributed to server.py/log.txt; '%proc.name %fd.name' gives: $plain"
    fail=1
  fi
done
# The decode thread (a mapped file) prints exactly what one thread prints:
# the default line, -j and a -p format with state fields, all events.
for name in leaky-logtxt.scap leaky-logtxt-sysdig029.scap; do
  f=$caps/$name
  [ -f "$f" ] || continue
  for args in "" "-j" "-p %evt.num|%proc.name|%fd.name|%evt.latency|%proc.exeline"; do
    # shellcheck disable=SC2086
    one=$(TROWEL_DECODE_THREAD=0 "$trowel" print -r "$f" $args | cksum)
    # shellcheck disable=SC2086
    two=$(TROWEL_DECODE_THREAD=1 "$trowel" print -r "$f" $args | cksum)
    if [ "$one" = "$two" ]; then echo "ok   $name print $args: decode thread = one thread"
    else echo "FAIL $name print $args: the decode thread changes the output"; fail=1; fi
  done
done
exit $fail
