# Sourced by the bench scripts: sets $src (leaky-logtxt-sysdig029.scap) and
# $big ($work/big.scap), and (re)makes $big as $src scaled x$factor with
# ../shared/tools/scapscale.py when it is missing, older than $src or of
# another factor (~31k events per copy: 64 gives ~2M). Needs $root, $work
# and $factor. --exact: the input is exit-only (modern eBPF), the default
# mode would drop almost every event of copies 2..N as an "orphan exit".
src=$root/../shared/captures/leaky-logtxt-sysdig029.scap
big=$work/big.scap
[ -f "$src" ] || { echo "$0: $src not found" >&2; exit 1; }
if [ ! -f "$big" ] || [ "$src" -nt "$big" ] || [ "$(cat "$big.factor" 2>/dev/null)" != "$factor exact" ]; then
  echo "making $big (x$factor) ..." >&2
  python3 "$root/../shared/tools/scapscale.py" "$src" "$big" --factor "$factor" --exact >&2
  echo "$factor exact" > "$big.factor"
  rm -f "$big.gz" "$big.zst"
fi
