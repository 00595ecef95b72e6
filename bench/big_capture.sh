# Sourced by the bench scripts: sets $src and $big, and (re)makes $big as
# $src scaled x$factor with ../shared/tools/scapscale.py when it is missing,
# older than $src or of another factor. Needs $root, $work and $factor.
#   default: $src = leaky-logtxt-sysdig029.scap (~31k events per copy: 64
#            gives ~2M), $big = $work/big.scap, scaled with --exact: the
#            input is exit-only (modern eBPF), the default mode would drop
#            almost every event of copies 2..N as an "orphan exit".
#   SRC=path: another capture (plain or gzip), $big = $work/big-NAME.scap,
#            scaled in scapscale's default mode (for enter/exit captures).
if [ -n "${SRC:-}" ]; then
  src=$SRC
  name=$(basename "$src"); name=${name%.gz}; name=${name%.scap}
  big=$work/big-$name.scap
  mode=default
else
  src=$root/../shared/captures/leaky-logtxt-sysdig029.scap
  big=$work/big.scap
  mode=exact
fi
[ -f "$src" ] || { echo "$0: $src not found" >&2; exit 1; }
if [ ! -f "$big" ] || [ "$src" -nt "$big" ] || [ "$(cat "$big.factor" 2>/dev/null)" != "$factor $mode" ]; then
  echo "making $big (x$factor) ..." >&2
  if [ $mode = exact ]; then
    python3 "$root/../shared/tools/scapscale.py" "$src" "$big" --factor "$factor" --exact >&2
  else
    python3 "$root/../shared/tools/scapscale.py" "$src" "$big" --factor "$factor" >&2
  fi
  echo "$factor $mode" > "$big.factor"
  rm -f "$big.gz" "$big.zst"
fi
