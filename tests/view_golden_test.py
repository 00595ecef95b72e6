#!/usr/bin/env python3
"""trowel -r F -v VIEW --raw against csysdig 0.29.3's goldens (tests/golden/view,
written by tests/golden/regen-view-golden).

Rows are compared per tie group: consecutive rows with the same sort-column
text form a group and are compared as sets (csysdig's sort is unstable), and
the sequence of groups must be the same. Rows of the processes listed in
tests/golden/view/known-differences.txt (capture view pid reason) are left
out on both sides. Prints the match numbers; exits 1 on any mismatch.

Usage: view_golden_test.py TROWEL CAPTURES_DIR GOLDEN_DIR [--report]
"""
import collections, os, subprocess, sys

# view -> (sort column, pid column), as visible column indexes; every column
# before them is a 10-character number followed by one space.
VIEWS = {"procs_errors": (0, 4), "procs_fd_usage": (1, 0)}

def cell(line, c):
    return line[11 * c:11 * c + 10]

def groups(lines, sortc):
    out = []
    for l in lines:
        k = cell(l, sortc)
        if out and out[-1][0] == k:
            out[-1][1].append(l)
        else:
            out.append((k, [l]))
    return [(k, sorted(v)) for k, v in out]

def main():
    trowel, caps, gold = sys.argv[1:4]
    report = "--report" in sys.argv
    known = collections.defaultdict(set)
    kd = os.path.join(gold, "view", "known-differences.txt")
    if os.path.exists(kd):
        for l in open(kd):
            l = l.strip()
            if l and not l.startswith("#"):
                cap, view, pid = l.split()[:3]
                known[(cap, view)].add(pid)
    total = matched = failed = 0
    for name in sorted(os.listdir(os.path.join(gold, "view"))):
        if not name.endswith(".raw"):
            continue
        cap, view = name[:-4].rsplit(".", 1)
        sortc, pidc = VIEWS[view]
        want = open(os.path.join(gold, "view", name)).read().splitlines()
        r = subprocess.run([trowel, "-r", os.path.join(caps, cap + ".scap"), "-v", view, "--raw",
                            "--views-dir", "/usr/share/sysdig/chisels"],
                           capture_output=True, text=True)
        got = r.stdout.splitlines()
        if not got or got[-1] != "-" * 22:
            print(f"FAIL {cap} {view}: no final separator (rc {r.returncode}) {r.stderr.strip()}")
            failed += 1
            continue
        got = got[:-1]
        skip = known[(cap, view)]
        want = [l for l in want if cell(l, pidc).strip() not in skip]
        got = [l for l in got if cell(l, pidc).strip() not in skip]
        total += len(want)
        common = collections.Counter(want) & collections.Counter(got)
        matched += sum(common.values())
        if groups(want, sortc) != groups(got, sortc):
            failed += 1
            print(f"FAIL {cap} {view}: {sum(common.values())}/{len(want)} rows match")
            if report:
                for l in sorted(set(want) - set(got)):
                    print("  - " + l)
                for l in sorted(set(got) - set(want)):
                    print("  + " + l)
        else:
            print(f"ok   {cap} {view}: {len(want)} rows")
    print(f"{matched}/{total} rows match csysdig; {failed} view(s) differ")
    return 1 if failed else 0

sys.exit(main())
