#!/bin/sh
# Every chisel in chisels/ runs on every shared capture and on the fixtures
# (exit 0, or a one-line error for captures the reader rejects), a chisel
# with a Lua error fails with one line naming the file and line (exit 1),
# on leaky-logtxt.scap `lsof proc.name=python3` lists the 1019 leaked
# log.txt descriptors and topfiles_errors names log.txt first.
# Usage: shipped_chisels_test.sh TROWEL CHISELS_DIR CAPTURES_DIR FIXTURES_DIR
set -u
trowel=$1 chisels=$2 caps=$3 fixtures=$4
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Arguments for chisels that need one.
args_for() {
  case $1 in
    fdcount_by|fdbytes_by|fdtime_by) echo proc.name ;;
    spy_port) echo 80 ;;
    spy_ip) echo 127.0.0.1 ;;
    *) echo "" ;;
  esac
}
n=0
for f in "$caps"/*.scap "$caps"/*.scap.gz "$caps"/*.scap.zst "$fixtures"/*.scap; do
  [ -f "$f" ] || continue
  for c in "$chisels"/*.lua; do
    name=$(basename "$c" .lua)
    case $name in trowel_*) continue ;; esac
    a=$(args_for "$name")
    if [ -n "$a" ]; then
      "$trowel" chisel "$name" "$a" -r "$f" >"$tmp/out" 2>"$tmp/err"
    else
      "$trowel" chisel "$name" -r "$f" >"$tmp/out" 2>"$tmp/err"
    fi
    rc=$?
    n=$((n + 1))
    # A corrupt fixture ends with the reader's one-line error (exit 1).
    if [ $rc -ne 0 ] && ! { [ $rc -eq 1 ] && [ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q "^trowel: .*corrupt" "$tmp/err"; }; then
      echo "FAIL $name on $(basename "$f"): exit $rc: $(head -3 "$tmp/err")"
      fail=1
    fi
  done
done
echo "$n runs"

# A Lua error: one line with the file and line, exit 1.
mkdir -p "$tmp/bad"
cat > "$tmp/bad/broken.lua" <<'LUA'
description = "broken" short_description = "broken" category = "Test" args = {}
function on_init() chisel.request_field("evt.num") return true end
function on_event()
  local t = nil
  return t.field
end
LUA
f=$(ls "$caps"/falco_cat_write.scap "$fixtures"/*.scap 2>/dev/null | head -1)
"$trowel" chisel --chisels-dir "$tmp/bad" broken -r "$f" >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc -ne 1 ] || [ "$(wc -l < "$tmp/err")" -ne 1 ] || ! grep -q "broken.lua:5: attempt to index a nil value" "$tmp/err"; then
  echo "FAIL Lua error: exit $rc: $(cat "$tmp/err")"
  fail=1
fi
# An error in on_capture_end is reported too (sysdig swallows it).
cat > "$tmp/bad/brokenend.lua" <<'LUA'
description = "x" short_description = "x" category = "Test" args = {}
function on_capture_end() error("boom") end
LUA
"$trowel" chisel --chisels-dir "$tmp/bad" brokenend -r "$f" >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc -ne 1 ] || ! grep -q "brokenend.lua:2: boom" "$tmp/err"; then
  echo "FAIL on_capture_end error: exit $rc: $(cat "$tmp/err")"
  fail=1
fi

# `print -c NAME` is `chisel NAME`.
a=$("$trowel" print -r "$f" -c topscalls | md5sum)
b=$("$trowel" chisel topscalls -r "$f" | md5sum)
[ "$a" = "$b" ] || { echo "FAIL print -c topscalls differs from chisel topscalls"; fail=1; }

if [ -f "$caps/leaky-logtxt.scap" ]; then
  got=$("$trowel" chisel lsof -r "$caps/leaky-logtxt.scap" proc.name=python3 | grep -c '/srv/webapp/log.txt$')
  if [ "$got" != 1019 ]; then
    echo "FAIL lsof on leaky-logtxt.scap: $got log.txt descriptors, expected 1019"
    fail=1
  fi
  # topfiles_errors names the file whose opens failed (sysdig's version keys
  # on fd.type=file, which a failed open never has, and prints no row).
  top=$("$trowel" chisel topfiles_errors -r "$caps/leaky-logtxt.scap" | sed -n 3p)
  case $top in
    *" /srv/webapp/log.txt") ;;
    *) echo "FAIL topfiles_errors on leaky-logtxt.scap: first row '$top', expected /srv/webapp/log.txt"; fail=1 ;;
  esac
fi
exit $fail
