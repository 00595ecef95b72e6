#!/bin/sh
# Integration test of `trowel convert`.
# Usage: convert_test.sh TROWEL CAPTURE_DIR
#
# For every capture in CAPTURE_DIR: converts it to plain, .gz and .zst output
# and checks that `trowel events` prints exactly the same events for the input
# and every output. When sysdig is installed, also checks that
# `sysdig -r OUT -D -p '*%evt.num' | wc -l` equals the same count on the input
# and that `sysdig -r` prints the same text for both (so the tables that
# resolve fd and process names survived too), and that sysdig reads the
# converted file where it cannot read the input (libs_curl_google_comments.scap
# has SHB options; sysdig cannot read zstd). Also: a truncated input converts
# every complete event (exit 0), a corrupt one exits 1 with one line.
set -u
trowel=$1
dir=$2
[ -d "$dir" ] || { echo "convert_test: no capture directory $dir"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/trowel-convert.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
have_sysdig=0
if command -v sysdig >/dev/null 2>&1; then have_sysdig=1; else echo "sysdig not installed: skipping the sysdig checks"; fi

sysdig_count() {
  # Prints the number of events sysdig shows with -D ("fail" if it cannot
  # read the file) and keeps its default output in $2 for comparison.
  if out=$(sysdig -r "$1" -D -p '*%evt.num' 2>"$tmp/sysdig.err"); then
    printf '%s\n' "$out" | grep -c .
    sysdig -r "$1" >"$2" 2>/dev/null
  else
    echo fail
  fi
}

for in in "$dir"/*.scap "$dir"/*.scap.gz "$dir"/*.scap.zst; do
  [ -f "$in" ] || continue
  name=$(basename "$in")
  if ! "$trowel" events "$in" >"$tmp/in.txt" 2>"$tmp/in.err"; then
    echo "FAIL $name: trowel events on the input: $(cat "$tmp/in.err")"; fail=1; continue
  fi
  n_in=$(wc -l <"$tmp/in.txt")
  for ext in scap scap.gz scap.zst; do
    out="$tmp/out.$ext"
    if ! "$trowel" convert "$in" "$out" 2>"$tmp/conv.err"; then
      echo "FAIL $name -> .$ext: convert: $(cat "$tmp/conv.err")"; fail=1; continue
    fi
    magic=$(od -An -tx1 -N4 "$out" | tr -d ' \n')
    case "$ext:$magic" in
      scap:0a0d0d0a|scap.gz:1f8b*|scap.zst:28b52ffd) ;;
      *) echo "FAIL $name -> .$ext: unexpected magic $magic"; fail=1 ;;
    esac
    if ! "$trowel" events "$out" >"$tmp/out.txt" 2>"$tmp/out.err"; then
      echo "FAIL $name -> .$ext: trowel events on the output: $(cat "$tmp/out.err")"; fail=1; continue
    fi
    if ! cmp -s "$tmp/in.txt" "$tmp/out.txt"; then
      echo "FAIL $name -> .$ext: events differ ($(wc -l <"$tmp/out.txt") vs $n_in)"
      diff "$tmp/in.txt" "$tmp/out.txt" | head -5
      fail=1
    fi
  done
  line="ok   $name: $n_in events in, same $n_in out (plain, gz, zst); $(cat "$tmp/conv.err")"
  if [ $have_sysdig = 1 ]; then
    s_in=$(sysdig_count "$in" "$tmp/sysdig_in.txt")
    s_out=$(sysdig_count "$tmp/out.scap" "$tmp/sysdig_out.txt")
    if [ "$s_in" = fail ]; then
      # sysdig cannot read the input at all (SHB options, zstd): it must read
      # the converted file.
      case "$name" in
        libs_curl_google_comments.scap|*.zst) ;;
        *) echo "FAIL $name: sysdig cannot read the input: $(head -1 "$tmp/sysdig.err")"; fail=1 ;;
      esac
      if [ "$s_out" = fail ] || [ "$s_out" -eq 0 ]; then
        echo "FAIL $name: sysdig cannot read the converted file"; fail=1
      fi
    elif [ "$s_in" != "$s_out" ]; then
      echo "FAIL $name: sysdig -D prints $s_out events for the output, $s_in for the input"; fail=1
    elif ! cmp -s "$tmp/sysdig_in.txt" "$tmp/sysdig_out.txt"; then
      # Same events, and the same fd/thread names resolved from the tables.
      echo "FAIL $name: sysdig prints the converted events differently"
      diff "$tmp/sysdig_in.txt" "$tmp/sysdig_out.txt" | head -5; fail=1
    fi
    line="$line; sysdig -D: $s_in in, $s_out out"
  fi
  echo "$line"
done

# A truncated input converts every complete event and exits 0; garbage exits 1.
first=$(ls "$dir"/*.scap 2>/dev/null | head -1)
if [ -n "$first" ]; then
  "$trowel" convert "$first" "$tmp/full.scap" 2>/dev/null
  size=$(wc -c <"$tmp/full.scap")
  head -c $((size - 7)) "$tmp/full.scap" >"$tmp/trunc.scap"
  if "$trowel" convert "$tmp/trunc.scap" "$tmp/trunc_out.scap" 2>"$tmp/trunc.err"; then
    n_full=$("$trowel" events "$tmp/full.scap" | wc -l)
    n_trunc=$("$trowel" events "$tmp/trunc_out.scap" | wc -l)
    if [ "$n_trunc" -ne $((n_full - 1)) ]; then
      echo "FAIL truncated input: $n_trunc events converted, expected $((n_full - 1))"; fail=1
    else
      echo "ok   truncated input: $n_trunc of $n_full events converted, exit 0 ($(head -1 "$tmp/trunc.err"))"
    fi
  else
    echo "FAIL truncated input: convert exited non-zero: $(cat "$tmp/trunc.err")"; fail=1
  fi
  # Corrupt: a valid start, then an event block whose length is impossible.
  head -c "$size" "$tmp/full.scap" >"$tmp/corrupt.scap"
  printf '\026\002\000\000\003\000\000\000' >>"$tmp/corrupt.scap"
  "$trowel" convert "$tmp/corrupt.scap" "$tmp/corrupt_out.scap" 2>"$tmp/corrupt.err"
  rc=$?
  if [ $rc -ne 1 ] || [ "$(wc -l <"$tmp/corrupt.err")" -ne 1 ]; then
    echo "FAIL corrupt input: exit $rc, message: $(cat "$tmp/corrupt.err")"; fail=1
  else
    echo "ok   corrupt input: exit 1 ($(cat "$tmp/corrupt.err"))"
  fi
fi
exit $fail
