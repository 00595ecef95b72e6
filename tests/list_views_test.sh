#!/bin/sh
# trowel --list-views: a good and a broken view file in a --views-dir; the
# broken one is one line on stderr (exit 1) and the good one is listed; with
# csysdig 0.29.3's stock files (when installed) 39 views and no error.
set -eu
trowel=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/views"
cat > "$tmp/views/v_good.lua" <<'LUA'
view_info = { id = "good", name = "Good", view_type = "list",
  columns = { { name = "NUM", field = "evt.num" } } }
LUA
cat > "$tmp/views/v_bad.lua" <<'LUA'
view_info = { id = "bad", name = "Bad",
  columns = { { name = "CPU", field = "thread.cpu", is_key = true, aggregation = "MEDIAN" } } }
LUA
rc=0
"$trowel" --list-views --views-dir "$tmp/views" >"$tmp/out" 2>"$tmp/err" || rc=$?
[ "$rc" = 1 ] || { echo "expected exit 1, got $rc"; exit 1; }
grep -q '^good  *Good  *list' "$tmp/out" || { echo "good view not listed"; cat "$tmp/out"; exit 1; }
expected="trowel: $tmp/views/v_bad.lua: view 'bad': column 1 'CPU': unknown aggregation MEDIAN"
[ "$(cat "$tmp/err")" = "$expected" ] || { echo "unexpected stderr:"; cat "$tmp/err"; exit 1; }
"$trowel" --list-views -j --views-dir "$tmp/views" 2>/dev/null | grep -q '"id":"good"' || { echo "JSON lacks the view"; exit 1; }
if [ -f /usr/share/sysdig/chisels/v_procs.lua ]; then
  "$trowel" --list-views --views-dir /usr/share/sysdig/chisels >"$tmp/out" 2>"$tmp/err"
  [ ! -s "$tmp/err" ] || { echo "stock views: errors"; cat "$tmp/err"; exit 1; }
  n=$(grep -cv '^good ' "$tmp/out" || true)
  [ "$n" -ge 39 ] || { echo "stock views: $n listed"; exit 1; }
fi
echo ok
