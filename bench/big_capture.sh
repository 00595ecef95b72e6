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
# The page cache holds a file as it came in: a file just written (as
# scapscale writes $big) sits in 4 KiB pages, one read back from disk in the
# large folios of readahead. Mapping it (trowel) costs ~2.5x more kernel time
# in 4 KiB pages (a bare walk over the 2M events with trowel's populate and
# release: 30-35 ms against 12-15 ms); read(2) into a buffer (csysdig) hardly
# cares. The benchmarks measure the state a capture recorded earlier is in
# when it is opened: dropped from the cache and read back once, here.
# SETTLE_CACHE=0 keeps whatever state the file is in.
if [ "${SETTLE_CACHE:-1}" != 0 ]; then
  python3 -c 'import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
os.fdatasync(fd)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)' "$big" 2>/dev/null || true
  cat "$big" > /dev/null
fi
