#!/usr/bin/env python3
"""Writes the seed corpus of reader_fuzz (fuzz/corpus/reader/): tiny captures
crafted from scap-format.md (no bytes of any real capture). Each seed covers
some block types, event header versions and parameter types; gzip and zstd
variants exercise the decompressors. Run: python3 fuzz/make-seeds.py"""
import gzip, os, shutil, struct, subprocess, sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "reader")

def block(btype, body, pad_on=None):
    n = len(body) if pad_on is None else pad_on
    pad = (-(n + 8 + 4)) % 4 if pad_on is None else (-n) % 4
    total = 8 + len(body) + pad + 4
    return struct.pack("<II", btype, total) + body + b"\0" * pad + struct.pack("<I", total)

def shb(minor=2, options=b""):
    return block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, minor, -1) + options)

def mi():
    host = b"seedhost".ljust(128, b"\0")
    body = struct.pack("<IQQ", 2, 4 << 30, 0) + host + struct.pack("<QQQQ", 0, 0, 0, 0)
    assert len(body) == 180
    return block(0x201, body)

def s16(b):
    return struct.pack("<H", len(b)) + b

def pl_v9():
    e = struct.pack("<qqqqq", 100, 100, 1, 100, 100)
    e += s16(b"server") + s16(b"/usr/bin/python3") + s16(b"/usr/bin/python3")
    e += s16(b"server.py\0--port\0") + s16(b"/srv")
    e += struct.pack("<qIII", 1024, 0, 1000, 1000) + struct.pack("<IIIQQ", 1, 2, 3, 4, 5)
    e += s16(b"HOME=/root\0") + struct.pack("<qq", 100, 100) + s16(b"cpu=/\0") + s16(b"/")
    e += struct.pack("<I", 0xFFFFFFFF)  # V9 tail: loginuid only
    return block(0x215, struct.pack("<I", len(e) + 4) + e)

def fdl_v2():
    body = struct.pack("<Q", 100)
    ents = [
        struct.pack("<qQB", 3, 77, 16) + struct.pack("<I", 1 << 3) + s16(b"/srv/log.txt"),
        struct.pack("<qQB", 4, 78, 3) + bytes([127, 0, 0, 1, 127, 0, 0, 1]) + struct.pack("<HHB", 8080, 40000, 2),
        struct.pack("<qQB", 5, 79, 6) + bytes(15) + b"\1" + struct.pack("<HB", 22, 2),
        struct.pack("<qQB", 6, 80, 8) + struct.pack("<QQ", 0xffff8880, 0) + s16(b"/run/s"),
    ]
    for e in ents:
        body += struct.pack("<I", len(e) + 4) + e
    return block(0x218, body)

def il_v2():
    name = b"lo"
    e = struct.pack("<HH", 1, len(name)) + bytes([127, 0, 0, 1, 255, 0, 0, 0, 127, 255, 255, 255]) + struct.pack("<Q", 0) + name
    return block(0x219, struct.pack("<I", len(e)) + e)  # entry_len excludes itself

def ul_v2():
    e = struct.pack("<B", 0) + struct.pack("<II", 0, 0) + s16(b"root") + s16(b"/root") + s16(b"/bin/sh")
    return block(0x220, struct.pack("<I", len(e) + 4) + e)

def ev(etype, params, ts=1700000000_000000000, tid=100, v2=True, cpu=0, flags=None, large=False):
    w = 4 if large else 2
    lens = b"".join(struct.pack("<I" if large else "<H", len(p)) for p in params)
    hdr = 26 if v2 else 22
    total = hdr + len(lens) + sum(len(p) for p in params)
    head = struct.pack("<QqIH", ts, tid, total, etype) + (struct.pack("<I", len(params)) if v2 else b"")
    event = head + lens + b"".join(params)
    pre = struct.pack("<H", cpu) + (struct.pack("<I", flags) if flags is not None else b"")
    pad = (-(2 + len(event))) % 4
    if flags is not None:
        btype = (0x222 if large else 0x217) if v2 else 0x208
    else:
        btype = (0x221 if large else 0x216) if v2 else 0x204
    body = pre + event + b"\0" * pad
    total_len = 8 + len(body) + 4
    return struct.pack("<II", btype, total_len) + body + struct.pack("<I", total_len)

i64 = lambda v: struct.pack("<q", v)
u64 = lambda v: struct.pack("<Q", v)
u32 = lambda v: struct.pack("<I", v)
u16 = lambda v: struct.pack("<H", v)
cstr = lambda s: s + b"\0"
ip4 = bytes([127, 0, 0, 1])
ip6a = bytes.fromhex("20010db8000000000000000000000004")
ip6b = bytes.fromhex("20010db8000000000000000000000003")

def events_v2():
    out = b""
    out += ev(2, [cstr(b"/srv/log.txt"), u32(1 << 3 | 1 << 2), u32(0o644)])
    out += ev(3, [i64(-24), cstr(b"/srv/log.txt"), u32(1 << 3), u32(0o644), u32(0x801), u64(1234)])
    out += ev(22, [i64(4), b"\x02" + ip4 + u16(80)])
    out += ev(23, [i64(-115), b"\x02" + ip4 + u16(47192) + ip4 + u16(80), i64(4), b"\x02" + ip4 + u16(80)])
    out += ev(247, [i64(5), b"\x0a" + ip6a + u16(54405) + ip6b + u16(1234), b"\0", u32(0), u32(1)])
    out += ev(23, [i64(0), b"\x01" + u64(0) + u64(0xffff94dc817b9400) + cstr(b"/var/run/nscd/socket"), i64(6), b"\x01" + cstr(b"/var/run/nscd/socket")])
    out += ev(23, [i64(0), b"\x01" + u64(1) + u64(2) + b"\0" + cstr(b"abstract"), i64(7), b"\x01\0" + cstr(b"abstract")])
    out += ev(81, [i64(1), u16(2) + i64(3) + u16(1) + i64(4) + u16(4), i64(1000)])
    out += ev(45, [i64(0), i64(4), b"\x01", b"\x02", b"\x02" + u32(1), u32(4)])
    out += ev(169, [i64(0), b"\x00" + u64(0x7fff0000), b"\x01\x09", u16(16), i64(101)])
    out += ev(9, [i64(5), b"hello", i64(3), u32(5)])
    out += ev(223, [i64(0), cstr(b"/bin/sh"), b"-c\0true\0", i64(101), i64(101), i64(100), cstr(b"/srv"),
                    i64(1024), u64(0), u64(0), u32(1), u32(2), u32(3), cstr(b"sh"), b"cpuset=/\0cpu=/user.slice\0",
                    u32(0x280BA03), u32(0), u32(0), i64(1), i64(1), u64(0)])
    out += ev(5, [i64(0), b""])  # a zero-length (not available) parameter
    out += ev(3, [i64(3), b"", b"", b""], flags=1)  # EVF, STATE_ONLY
    out += ev(999, [b"unknown type"])  # type beyond the schema
    return out

def events_v1():
    out = b""
    out += ev(3, [i64(3), cstr(b"/etc/passwd"), u32(1), u32(0), u32(0x803)], v2=False)
    out += ev(23, [i64(-115), b"\x02" + ip4 + u16(47192) + ip4 + u16(80)], v2=False, cpu=1)
    out += ev(9, [i64(2), b"hi"], v2=False, flags=0)
    return out

def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)

def main():
    os.makedirs(OUT, exist_ok=True)
    head = shb() + mi() + il_v2() + ul_v2() + pl_v9() + fdl_v2()
    v2 = head + events_v2()
    write("v2-tables-events.scap", v2)
    write("v1-events.scap", shb(0) + mi() + events_v1())
    write("no-tables.scap", shb() + events_v2())
    write("two-sections.scap", shb() + events_v1() + shb() + mi() + events_v2())
    # SHB options and an event block with trailing editcap-style options.
    e = ev(9, [i64(1), b"x"])
    opts = struct.pack("<HH", 1, 7) + b"comment\0" + struct.pack("<HH", 0, 0)
    total = len(e) + len(opts)
    e = struct.pack("<II", 0x216, total) + e[8:-4] + opts + struct.pack("<I", total)
    write("shb-options-trailing.scap",
          shb(0, struct.pack("<HH", 1, 8) + b"comment!" + struct.pack("<HH", 0, 0)) + e)
    write("large-block.scap", shb() + ev(324, [b"{\"container\":{}}\0"], large=True) + events_v1())
    write("tables-only.scap", head)
    write("v2-tables-events.scap.gz", gzip.compress(v2, 9, mtime=0))
    write("two-members.scap.gz", gzip.compress(v2[:len(head)], mtime=0) + gzip.compress(v2[len(head):], mtime=0))
    if shutil.which("zstd"):
        z = subprocess.run(["zstd", "-q", "-c", "-19"], input=v2, stdout=subprocess.PIPE, check=True).stdout
        write("v2-tables-events.scap.zst", z)
    else:
        print("zstd not found: no .zst seed", file=sys.stderr)

if __name__ == "__main__":
    main()
