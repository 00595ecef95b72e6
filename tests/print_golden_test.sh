#!/bin/sh
# Differential test of `trowel print` against sysdig 0.29.3's output stored in
# tests/golden/print/ (written by tests/golden/regen-print-golden):
#   NAME.default  the default line          (trowel print -r F)
#   NAME.fields   the FIELDS_FMT -p format  (trowel print -r F -p FMT)
#   NAME.json     JSON                      (trowel print -r F -j)
#   NAME.counts   match counts of the filters of tests/golden/filters.txt
# Lines must be identical, except the deliberate differences (sysdig bugs)
# listed in tests/golden/known-differences.txt, and except the events of
# types >= 336, which sysdig 0.29.3 cannot see and trowel shows (they are
# removed from trowel's output and the rest renumbered before comparing).
# Usage: print_golden_test.sh TROWEL CAPTURES_DIR GOLDEN_DIR [-v]
set -u
export TZ=UTC
trowel=$1 caps=$2 golden=$3 verbose=${4:-}
. "$golden/print-formats.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
known=$golden/known-differences.txt
fail=0
for name in $PRINT_CAPTURES; do
  f=$caps/$name.scap
  [ -f "$f" ] || f=$golden/$FIXTURE_DIR_REL/$name.scap
  [ -f "$f" ] || { echo "SKIP $name: capture missing"; continue; }
  # Event numbers of types sysdig 0.29.3 does not know (>= 336).
  "$trowel" events "$f" | awk '$5 >= 336 { print $1 }' > "$tmp/new.nums"
  for kind in default fields fields2 json; do
    g=$golden/print/$name.$kind
    [ -f "$g" ] || { echo "SKIP $name $kind: no golden"; continue; }
    if [ "$kind" = default ]; then
      "$trowel" print -r "$f" > "$tmp/raw" 2>"$tmp/err"
    elif [ "$kind" = json ]; then
      "$trowel" print -r "$f" -j > "$tmp/raw" 2>"$tmp/err"
    elif [ "$kind" = fields2 ]; then
      "$trowel" print -r "$f" -p "$FIELDS2_FMT" > "$tmp/raw" 2>"$tmp/err"
    else
      "$trowel" print -r "$f" -p "$FIELDS_FMT" > "$tmp/raw" 2>"$tmp/err"
    fi
    # ... and renumbered as sysdig numbers them (it never counts those).
    awk 'FILENAME == ARGV[1] { skip[$1] = 1; nums[++n] = $1; next }
         $1 in skip { next }
         { while (k < n && nums[k + 1] < $1) k++
           if (k > 0 && $1 ~ /^[0-9]+$/) { rest = substr($0, length($1) + 1); $0 = ($1 - k) rest }
           print }' "$tmp/new.nums" "$tmp/raw" > "$tmp/ours"
    [ -n "${KEEP:-}" ] && cp "$tmp/ours" "$KEEP/$name.$kind"
    grep "^$name $kind " "$known" 2>/dev/null | awk '{ print $3 }' > "$tmp/allowed"
    res=$(awk -v allowed="$tmp/allowed" '
      # Rules: nums=N,M (event numbers), cols=I,J (only these space-separated
      # columns differ), types=a,b (the event type, the word after the
      # direction, is one of these).
      BEGIN {
        while ((getline l < allowed) > 0) {
          split(l, kv, "="); n = split(kv[2], vals, ",")
          for (j = 1; j <= n; j++) rule[kv[1], vals[j]] = 1
          has[kv[1]] = 1
        }
      }
      function evtype(line,   w, k, c) {
        c = split(line, w, " ")
        for (k = 1; k < c; k++) if (w[k] == "<" || w[k] == ">") return w[k + 1]
        return ""
      }
      function cols_ok(a, b,   x, y, na, nb, k) {
        na = split(a, x, "[ ]"); nb = split(b, y, "[ ]")
        if (na != nb) return 0
        for (k = 1; k <= na; k++) if (x[k] != y[k] && !(("cols", k) in rule)) return 0
        return 1
      }
      FILENAME == ARGV[1] { g[FNR] = $0; n = FNR; next }
      { o[FNR] = $0; m = FNR }
      END {
        same = 0; known = 0; bad = 0
        max = n > m ? n : m
        for (i = 1; i <= max; i++) {
          if ((i in g) && (i in o) && g[i] == o[i]) { same++; continue }
          split((i in g) ? g[i] : o[i], w, " ")
          if (w[1] ~ /^\{/ && match((i in g) ? g[i] : o[i], /"evt\.num":[0-9]+/))
            w[1] = substr((i in g) ? g[i] : o[i], RSTART + 10, RLENGTH - 10)
          if (("nums", w[1]) in rule || ("types", evtype(g[i])) in rule ||
              (has["cols"] && (i in g) && (i in o) && cols_ok(g[i], o[i]))) { known++; continue }
          bad++
          if (bad <= 3) printf "  line %d\n    sysdig: %s\n    trowel: %s\n", i, g[i], o[i] > "/dev/stderr"
        }
        printf "%d %d %d %d %d", n, m, same, known, bad
      }' "$g" "$tmp/ours" 2>"$tmp/diffs")
    set -- $res
    printf '%-24s %-8s sysdig %6d lines, trowel %6d: %6d identical, %4d known differences, %4d wrong\n' \
      "$name" "$kind" "$1" "$2" "$3" "$4" "$5"
    if [ "$5" != 0 ]; then fail=1; [ -n "$verbose" ] || cat "$tmp/diffs"; fi
    [ -n "$verbose" ] && cat "$tmp/diffs"
  done
  g=$golden/print/$name.counts
  [ -f "$g" ] || continue
  total=0 same=0 bad=0 nknown=0 i=0
  while IFS="$(printf '\t')" read -r want flt; do
    i=$((i + 1)); total=$((total + 1))
    if [ "$want" = ERR ]; then
      "$trowel" print -r "$f" -n 1 "$flt" >/dev/null 2>&1 && got=OK || got=ERR
    else
      got=$("$trowel" print -r "$f" "$flt" 2>/dev/null | awk 'FILENAME == ARGV[1] { skip[$1] = 1; next } !($1 in skip)' "$tmp/new.nums" - | wc -l)
    fi
    if [ "$got" = "$want" ]; then same=$((same + 1))
    elif awk -v n="$name" -v i="$i" '$1 == n && $2 == "counts" { c = split($3, f, ","); for (k = 1; k <= c; k++) if (f[k] == i) found = 1 } END { exit !found }' "$known" 2>/dev/null; then
      nknown=$((nknown + 1))
    else
      bad=$((bad + 1)); echo "  filter $i '$flt': sysdig $want, trowel $got"
    fi
  done < "$g"
  printf '%-24s %-8s %3d filters: %3d same count, %3d known differences, %3d wrong\n' "$name" counts "$total" "$same" "$nknown" "$bad"
  [ "$bad" = 0 ] || fail=1
done
exit $fail
