#!/usr/bin/env python3
"""Stock sysdig chisels under trowel against sysdig 0.29.3's outputs.

Usage: chisel_golden_test.py TROWEL CAPTURES_DIR GOLDEN_DIR

Runs every line of GOLDEN_DIR/chisel-runs.txt on every capture that has a
golden (GOLDEN_DIR/chisel/CAPTURE.ID.out, written by regen-chisel-golden) with
`trowel chisel --chisels-dir /usr/share/sysdig/chisels CHISEL [ARGS] -r F`
and compares (exact, as sets, or as tables whose tied rows may be permuted).
Also checks that every chisel `sysdig -cl` lists loads under trowel.
Then runs trowel's own chisels (chisels/, `trowel chisel CHISEL ...`; lsof and
ps with `--at start`, sysdig's snapshot time) against the same goldens.
Deliberate differences: GOLDEN_DIR/chisel-known-differences.txt
("CAPTURE ID REASON" skips that comparison for both; "ours CAPTURE ID REASON"
for trowel's chisels only). Skipped (77) without the goldens' captures.
"""
import json
import os
import subprocess
import sys
from collections import Counter

STOCK = "/usr/share/sysdig/chisels"


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, env=dict(os.environ, TZ="UTC"))
    return p.returncode, p.stdout.decode("utf-8", "surrogateescape"), p.stderr.decode("utf-8", "replace")


def value_column(line, last=False):
    w = line.split()
    return (w[-1] if last else w[0]) if w else ""


def compare(kind, got, want):
    if kind == "json":
        try:
            a, b = json.loads(got), json.loads(want)
        except ValueError as e:
            return f"not JSON: {e}"
        rows = lambda d: Counter(tuple(r) for r in d.get("data", []))
        if a.get("ts") != b.get("ts") or a.get("info") != b.get("info") or rows(a) != rows(b):
            return f"JSON differs: trowel {got.strip()[:300]} sysdig {want.strip()[:300]}"
        return None
    # Trailing blanks are not compared (sysdig pads its last header column).
    g = [x.rstrip(" ") for x in got.splitlines()]
    w = [x.rstrip(" ") for x in want.splitlines()]
    if kind == "exact":
        if g == w:
            return None
        for i, (a, b) in enumerate(zip(g, w)):
            if a != b:
                return f"line {i + 1}: trowel {a!r} sysdig {b!r}"
        return f"{len(g)} lines, sysdig {len(w)}"
    if Counter(g) != Counter(w):
        extra = list((Counter(g) - Counter(w)).elements())[:3]
        missing = list((Counter(w) - Counter(g)).elements())[:3]
        return f"{len(g)} lines, sysdig {len(w)}; only trowel: {extra}; only sysdig: {missing}"
    last = kind == "tablelast"
    if kind.startswith("table") and [value_column(x, last) for x in g] != [value_column(x, last) for x in w]:
        return "rows ordered differently (beyond ties)"
    return None


def main():
    trowel, caps, golden = sys.argv[1:4]
    have_stock = os.path.isdir(STOCK)
    known, known_ours = set(), set()
    kd = os.path.join(golden, "chisel-known-differences.txt")
    if os.path.exists(kd):
        for line in open(kd):
            line = line.strip()
            if line and not line.startswith("#"):
                w = line.split()
                if w[0] == "ours":
                    known_ours.add((w[1], w[2]))
                else:
                    known.add((w[0], w[1]))
    runs = []
    for line in open(os.path.join(golden, "chisel-runs.txt")):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split(None, 3)
        runs.append((parts[0], parts[1], parts[2], parts[3].strip() if len(parts) > 3 else ""))
    gdir = os.path.join(golden, "chisel")
    captures = sorted({f.split(".")[0] for f in os.listdir(gdir) if f.endswith(".out")})
    failures = checked = 0
    for cap in captures:
        path = os.path.join(caps, cap + ".scap")
        if not os.path.exists(path):
            continue
        for rid, kind, chisel, args in runs:
            gold = os.path.join(gdir, f"{cap}.{rid}.out")
            if not os.path.exists(gold) or (cap, rid) in known:
                continue
            want = open(gold, encoding="utf-8", errors="surrogateescape").read()
            variants = []
            if have_stock:
                variants.append(("stock", [trowel, "chisel", "--chisels-dir", STOCK, chisel]))
            if (cap, rid) not in known_ours:
                at = ["--at", "start"] if chisel in ("lsof", "ps", "netstat") else []
                variants.append(("ours", [trowel, "chisel", chisel] + at))
            for label, base in variants:
                if kind == "json":
                    base = base[:2] + ["-j"] + base[2:]
                rc, out, err = run(base + ([args] if args else []) + ["-r", path])
                checked += 1
                problem = f"exit {rc}: {err.strip()}" if rc != 0 else compare(kind, out, want)
                if problem:
                    failures += 1
                    print(f"FAIL {label} {cap} {rid}: {problem}")
    if checked == 0:
        print("no capture of the goldens found: skipped")
        return 77
    listed = [x.strip() for x in open(os.path.join(gdir, "listed.txt")) if x.strip()] if have_stock else []
    for name in listed:
        rc, out, err = run([trowel, "chisel", "--chisels-dir", STOCK, "--info", name])
        checked += 1
        if rc != 0 or f"\n{name}" not in "\n" + out.split("\n", 3)[-1]:
            failures += 1
            print(f"FAIL listed chisel {name} does not load: {err.strip()}")
    if have_stock:
        # Every listed chisel without arguments: same exit status, same lines
        # (as a multiset; top-N cuts inside a tie group are random in sysdig).
        for gold in sorted(f for f in os.listdir(gdir) if ".all-" in f and f.endswith(".out")):
            cap, rest = gold.split(".all-", 1)
            chisel = rest[:-4]
            path = os.path.join(caps, cap + ".scap")
            if not os.path.exists(path) or (cap, "all-" + chisel) in known:
                continue
            want_rc = int(open(os.path.join(gdir, gold[:-4] + ".rc")).read().strip() or 0)
            rc, out, err = run([trowel, "chisel", "--chisels-dir", STOCK, chisel, "-r", path])
            checked += 1
            want = open(os.path.join(gdir, gold), encoding="utf-8", errors="surrogateescape").read()
            problem = None
            if (rc == 0) != (want_rc == 0):
                problem = f"exit {rc}, sysdig {want_rc}: {err.strip()}"
            elif rc == 0:
                problem = compare("set", out, want)
            if problem:
                failures += 1
                print(f"FAIL stock {cap} {chisel} (no arguments): {problem}")
        # The listing and -i texts, with sysdig's chisel directory first.
        checks = [("list.txt", ["--list"])] + [
            (f, ["--info", f[5:-4]]) for f in sorted(os.listdir(gdir)) if f.startswith("info.")]
        for gold, opt in checks:
            rc, out, err = run([trowel, "chisel", "--chisels-dir", STOCK] + opt)
            checked += 1
            problem = f"exit {rc}: {err.strip()}" if rc != 0 else compare("exact", out, open(os.path.join(gdir, gold)).read())
            if problem:
                failures += 1
                print(f"FAIL {' '.join(opt)}: {problem}")
    print(f"{checked} comparisons, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
