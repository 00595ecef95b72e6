#!/bin/bash
# Slice export (trowel convert IN OUT --from T --to T [FILTER]) on the shared
# captures: the state at the window's start is carried (names, owners, fds),
# consecutive slices partition a capture exactly, sysdig 0.29.3 reads slices
# with the same names, bad times are one-line errors.
# Usage: slice_test.sh TROWEL CAPTURES_DIR
set -u
trowel=$1 caps=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fail=1; }
have_sysdig=0
command -v sysdig >/dev/null 2>&1 && have_sysdig=1

# Every field that depends on state, for comparing a slice with the same
# events of the whole capture ('*': print lines with missing fields too).
F='*%evt.time %evt.type %evt.dir %thread.tid %proc.name %proc.exe %proc.args %proc.cwd %proc.pname %user.name %group.name %fd.num %fd.type %fd.name %fd.cip %fd.sport %proc.fdopencount %proc.fdlimit %proc.vmsize %container.id %evt.latency %evt.info'

# 1. The slice's events print exactly as the same events of the full capture.
same_as_full() {  # FILE FROM
  local f=$1 from=$2 name
  name=$(basename "$f")
  "$trowel" convert "$f" "$tmp/s.scap" --from "$from" 2>/dev/null || { bad "$name --from $from: convert failed"; return; }
  "$trowel" print -r "$tmp/s.scap" -p "$F" > "$tmp/a" || { bad "$name --from $from: print failed"; return; }
  "$trowel" print -r "$f" -p "$F" | tail -n "$(wc -l < "$tmp/a")" > "$tmp/b"
  if cmp -s "$tmp/a" "$tmp/b"; then ok "$name --from $from: $(wc -l < "$tmp/a") events print as in the full capture"
  else bad "$name --from $from: differs from the full capture:"; diff "$tmp/a" "$tmp/b" | head -4; fi
}
for name in leaky-logtxt.scap leaky-logtxt-sysdig029.scap falco_cat_write.scap falco_connect_localhost.scap \
            libs_single_ipv6_conn.scap libs_test_ipv6_client.scap libs_curl_google_comments.scap; do
  f=$caps/$name
  [ -f "$f" ] || { echo "SKIP $name: missing"; continue; }
  n=$("$trowel" info "$f" | awk '/^events/ {print $2}')
  for k in $((n / 3)) $((n / 2)) $((n * 4 / 5)); do same_as_full "$f" "#$k"; done
done

leaky=$caps/leaky-logtxt.scap
if [ -f "$leaky" ]; then
  # 2. State carried: after +3 s the server holds its leaked log.txt fds.
  "$trowel" convert "$leaky" "$tmp/l.scap" --from +3s 2>/dev/null
  a=$("$trowel" -r "$tmp/l.scap" --raw -v procs_fd_usage | head -1 | awk '{$1=$1; print}')
  b=$("$trowel" -r "$leaky" --raw -v procs_fd_usage | head -1 | awk '{$1=$1; print}')
  [ -n "$a" ] && [ "$a" = "$b" ] && ok "slice from +3s: procs_fd_usage top row as in the full capture ($a)" \
    || bad "slice from +3s: procs_fd_usage '$a', full capture '$b'"
  "$trowel" -r "$tmp/l.scap" --raw -v lsof | sort > "$tmp/lsof.slice"
  "$trowel" -r "$leaky" --raw -v lsof | sort > "$tmp/lsof.full"
  nlog=$(grep -c 'python3.*/srv/webapp/log.txt' "$tmp/lsof.slice")
  extra=$(comm -23 "$tmp/lsof.slice" "$tmp/lsof.full" | wc -l)
  [ "$nlog" -gt 100 ] && [ "$extra" = 0 ] && ok "slice from +3s: lsof lists $nlog log.txt fds of the server, every row as in the full capture" \
    || bad "slice from +3s: lsof has $nlog log.txt rows, $extra rows not in the full capture's lsof"
  names=$("$trowel" print -r "$tmp/l.scap" -p '%fd.name' 'fd.num>=0 and proc.name=python3 and evt.failed=false and evt.type!=socket' | grep -c '^$')
  [ "$names" = 0 ] && ok "slice from +3s: every fd the python3 processes use has a name (new sockets aside)" \
    || bad "slice from +3s: $names python3 events on fds without a name"

  # 3. Consecutive slices partition the capture (by time, by event number).
  "$trowel" print -r "$leaky" -D -p '*%evt.rawtime %evt.type %thread.tid' > "$tmp/full.txt"
  partition() {  # LABEL BOUNDARY...
    local label=$1; shift
    local from="" i=0 out=()
    for b in "$@" ""; do
      args=()
      [ -n "$from" ] && args+=(--from "$from")
      [ -n "$b" ] && args+=(--to "$b")
      "$trowel" convert "$leaky" "$tmp/p$i.scap" "${args[@]}" 2>/dev/null || { bad "partition $label: convert ${args[*]} failed"; return; }
      "$trowel" print -r "$tmp/p$i.scap" -D -p '*%evt.rawtime %evt.type %thread.tid' > "$tmp/p$i.txt"
      out+=("$tmp/p$i.txt")
      from=$b; i=$((i + 1))
    done
    if cat "${out[@]}" | cmp -s - "$tmp/full.txt"; then ok "partition $label: $i slices hold every event once, in order"
    else bad "partition $label: concatenated slices differ from the capture"; fi
  }
  partition "by offset (+1s +2.5s +300ms...)" +300ms +1s +2.5s +4s
  partition "by event number" '#2' '#10000' '#10001' '#25000'
  t0=$(head -1 "$tmp/full.txt" | cut -d' ' -f1)
  cut=$((t0 + 2500000000))
  partition "by epoch ns" "$cut"
  # Exact boundaries: the slice from #10000 starts with event 10000; the one
  # from T starts with the first event at or after T.
  "$trowel" convert "$leaky" "$tmp/e.scap" --from '#10000' --to '#10001' 2>/dev/null
  e1=$("$trowel" print -r "$tmp/e.scap" -D -p '%evt.rawtime %evt.type')
  e2=$("$trowel" print -r "$leaky" -D -p '%evt.rawtime %evt.type' 'evt.num=10000')
  [ -n "$e1" ] && [ "$e1" = "$e2" ] && ok "--from #10000 --to #10001 is exactly event 10000" || bad "#10000: '$e1' vs '$e2'"
  iso=$(date -u -d "@$((cut / 1000000000))" +%Y-%m-%dT%H:%M:%S).$(printf '%09d' $((cut % 1000000000)))Z
  "$trowel" convert "$leaky" "$tmp/t.scap" --from "$iso" 2>/dev/null
  first=$("$trowel" print -r "$tmp/t.scap" -D -p '%evt.rawtime' | head -1)
  want=$(awk -v c="$cut" '$1 >= c {print $1; exit}' "$tmp/full.txt")
  [ "$first" = "$want" ] && ok "--from $iso starts at the first event at or after it" || bad "--from $iso starts at $first, want $want"

  # 4. Filters: only matching events; the tables carry the state at the
  # window's start, --keep-state the state changes inside it.
  "$trowel" convert "$leaky" "$tmp/f.scap" --from +3s evt.res=EMFILE 2>/dev/null
  got=$("$trowel" print -r "$tmp/f.scap" -p '%proc.name %fd.name' | sort | uniq -c | awk '{$1=$1; print}')
  want=$("$trowel" print -r "$leaky" -p '%proc.name %fd.name' 'evt.res=EMFILE and evt.reltime>=3000000000' | sort | uniq -c | awk '{$1=$1; print}')
  [ -n "$got" ] && [ "$got" = "$want" ] && ok "filtered slice --from +3s evt.res=EMFILE: $got" || bad "filtered slice: '$got', want '$want'"
  "$trowel" convert "$leaky" "$tmp/k.scap" --keep-state evt.res=EMFILE 2>/dev/null
  got=$("$trowel" print -r "$tmp/k.scap" -p '%proc.name %fd.name' | sort | uniq -c | awk '{$1=$1; print}')
  [ "$got" = "762 python3 /srv/webapp/log.txt" ] && ok "filtered slice --keep-state evt.res=EMFILE: $got" || bad "--keep-state slice: $got"

  # 5. Bad times and empty windows: one line, status 2, no output left.
  for args in "--from yesterday" "--from #0" "--to +2x" "--from #20 --to #10" "--from +1h" "--to 1000"; do
    # shellcheck disable=SC2086
    err=$("$trowel" convert "$leaky" "$tmp/bad.scap" $args 2>&1 >/dev/null); rc=$?
    if [ "$rc" = 2 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] && [ ! -e "$tmp/bad.scap" ]; then ok "convert $args: $err"
    else bad "convert $args: status $rc, '$err'"; fi
  done
fi

# 6. sysdig 0.29.3 reads slices, with the names of the full capture.
s29=$caps/leaky-logtxt-sysdig029.scap
if [ "$have_sysdig" = 1 ] && [ -f "$s29" ]; then
  total=$(sysdig -r "$s29" | wc -l)
  sum=0
  "$trowel" convert "$s29" "$tmp/y1.scap" --to +2s 2>/dev/null
  "$trowel" convert "$s29" "$tmp/y2.scap" --from +2s 2>/dev/null
  for y in y1 y2; do sum=$((sum + $(sysdig -r "$tmp/$y.scap" | wc -l))); done
  [ "$sum" = "$total" ] && ok "sysdig: two slices of leaky-logtxt-sysdig029 print $sum lines, as the whole file" \
    || bad "sysdig: slices print $sum lines, the whole file $total"
  # The server's events (sysdig cannot follow the client's sockets in this
  # exit-only file: it reads their fd from enter events the file lacks).
  P='*%evt.time %evt.type %thread.tid %proc.name %proc.args %user.name %fd.num %fd.name'
  sysdig -r "$tmp/y2.scap" -p "$P" proc.name=python3 and not thread.tid=28280 > "$tmp/a"
  sysdig -r "$s29" -p "$P" proc.name=python3 and not thread.tid=28280 | tail -n "$(wc -l < "$tmp/a")" > "$tmp/b"
  if [ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b"; then ok "sysdig: the server's $(wc -l < "$tmp/a") events in a slice show the names of the full file"
  else bad "sysdig: server events differ:"; diff "$tmp/a" "$tmp/b" | head -4; fi
  n=$(sysdig -r "$tmp/y2.scap" -p '%proc.name %fd.name' evt.res=EMFILE | sort | uniq -c | awk '{$1=$1; print}')
  [ "$n" = "762 python3 /srv/webapp/log.txt" ] && ok "sysdig: EMFILE events of the slice: $n" || bad "sysdig: EMFILE events of the slice: $n"
  # Captures sysdig follows completely: every field but proc.cwd (sysdig
  # shows "/" for a table thread without a cwd) as in the full file.
  Q='*%evt.time %evt.type %evt.dir %thread.tid %proc.name %proc.exe %proc.args %proc.pname %user.name %group.name %fd.num %fd.type %fd.name %proc.fdlimit %evt.info'
  for name in falco_cat_write.scap falco_open-multiple-files.scap libs_test_ipv6_client.scap falco_syscall.scap; do
    f=$caps/$name
    [ -f "$f" ] || continue
    n=$("$trowel" info "$f" | awk '/^events/ {print $2}')
    "$trowel" convert "$f" "$tmp/z.scap" --from "#$((n / 3))" 2>/dev/null
    sysdig -r "$tmp/z.scap" -p "$Q" > "$tmp/a" 2>/dev/null
    sysdig -r "$f" -p "$Q" 2>/dev/null | tail -n "$(wc -l < "$tmp/a")" > "$tmp/b"
    if cmp -s "$tmp/a" "$tmp/b"; then ok "sysdig: $name from #$((n / 3)): $(wc -l < "$tmp/a") lines as in the full file"
    else bad "sysdig: $name from #$((n / 3)) differs:"; diff "$tmp/a" "$tmp/b" | head -4; fi
  done
else
  echo "SKIP sysdig checks: sysdig or leaky-logtxt-sysdig029.scap missing"
fi
exit $fail
