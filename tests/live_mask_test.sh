#!/bin/sh
# The event-type mask of `trowel record -w F FILTER` (issue 7): a workload
# opens, writes, reads and closes $work/data.txt 300 times, then copies
# 200000 bytes one byte at a time with dd (400000 read/write syscalls), while
# two recorders run side by side with the same filter
#   'evt.type in (openat, close) and (proc.apid=W or proc.pid=W)':
#   * masked:   the default (the filter's types plus what the state needs);
#   * unmasked: --syscalls all.
# Checks: the masked recorder says how many syscalls it captures; both files
# hold exactly the same openat/close events on data.txt, printed with fd
# and process fields (the mask changes nothing a matching event shows); the
# masked recorder saw far fewer events from the kernel (no read/write).
# (600 openat exits + 600 close enters + 600 close exits name data.txt.)
# Skips (exit 77) like live_record_test.sh.
# Usage: live_mask_test.sh TROWEL
set -u
trowel=$(readlink -f "$1")
work_prefix=trowel-mask . "$(dirname "$0")/live/setup.sh"

cat > work.sh <<EOF
#!/bin/sh
while [ ! -e "$work/go" ]; do sleep 0.05; done
python3 - <<'PY'
for i in range(300):
    with open("$work/data.txt", "w") as f:
        f.write("line %d\n" % i)
    with open("$work/data.txt") as f:
        f.read()
PY
sleep 0.3
dd if=/dev/zero of=/dev/null bs=1 count=200000 2>/dev/null
EOF
chmod +x work.sh
./work.sh & wl_pid=$!
filter="evt.type in (openat, close) and (proc.apid=$wl_pid or proc.pid=$wl_pid)"
"$trowel" record -w "$work/mask.scap" "$filter" 2> mask.err & rec_pid=$!
"$trowel" record --buffer-size 64M --syscalls all -w "$work/all.scap" "$filter" 2> all.err & tick_pid=$!
i=0
while [ $i -lt 200 ] && ! { grep -q recording mask.err && grep -q recording all.err; }; do
  if ! kill -0 "$rec_pid" 2>/dev/null || ! kill -0 "$tick_pid" 2>/dev/null; then break; fi
  sleep 0.1; i=$((i + 1))
done
if ! grep -q recording mask.err || ! grep -q recording all.err; then
  kill "$wl_pid" 2>/dev/null
  give_up "$(cat mask.err all.err)" "trowel record did not start"
fi
touch go
wait "$wl_pid"
sleep 0.5
kill -INT "$rec_pid" "$tick_pid"
wait "$rec_pid"; rc1=$?
wait "$tick_pid"; rc2=$?
rec_pid="" tick_pid=""

echo "     masked:   $(tr '\n' ' ' < mask.err)"
echo "     unmasked: $(tr '\n' ' ' < all.err)"
check "both recorders exit 0" "$([ $rc1 = 0 ] && [ $rc2 = 0 ]; echo $?)" "rc $rc1 / $rc2"
check "the masked recorder names its mask" \
  "$(grep -q "capturing [0-9]* syscalls (the filter's 2 types (close, openat)" mask.err; echo $?)" "$(cat mask.err)"
check "no mask with --syscalls all" "$(! grep -q capturing all.err; echo $?)" "$(cat all.err)"

fmt='*%evt.dir %evt.type %proc.name %proc.exe %proc.cwd %user.name %fd.num %fd.type %fd.typechar %fd.name %evt.args'
"$trowel" print -r "$work/mask.scap" -p "$fmt" "fd.name=$work/data.txt" > mask.txt
"$trowel" print -r "$work/all.scap" -p "$fmt" "fd.name=$work/data.txt" > all.txt
n=$(wc -l < mask.txt)
closes=$(grep -c "^< close .* $work/data.txt res=0" mask.txt)
check "openat/close of data.txt recorded with fd names" "$([ "$n" -ge 1800 ] && [ "$closes" -ge 600 ]; echo $?)" \
  "$n events, $closes close exits naming data.txt"
check "the mask changes none of them" "$(cmp -s mask.txt all.txt; echo $?)" \
  "$(diff mask.txt all.txt | head -6)"
others=$("$trowel" print -r "$work/mask.scap" 'not evt.type in (openat, close)' | wc -l)
check "only openat/close written" "$([ "$others" = 0 ]; echo $?)" "$others other events"

seen() { sed -n 's/.* \([0-9]*\) events seen.*/\1/p' "$1"; }
s_mask=$(seen mask.err) s_all=$(seen all.err)
check "the masked kernel events are far fewer" "$([ "${s_mask:-0}" -gt 0 ] && [ $((s_mask * 4)) -lt "${s_all:-0}" ]; echo $?)" \
  "masked $s_mask, unmasked $s_all events seen"
exit $fail
