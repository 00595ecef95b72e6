#!/usr/bin/env python3
"""trowel -r F -v VIEW --raw against csysdig 0.29.3's goldens (tests/golden/view,
written by tests/golden/regen-view-golden), for every golden NAME.VIEW.raw and
for two view sets: trowel's own views/ ("ours", the built-in views, with HOME
and TROWEL_VIEWS cleared) and csysdig's stock view files ("stock", loaded with
--views-dir /usr/share/sysdig/chisels; skipped when that folder is missing).

trowel is run with -j: each row's visible texts give the --raw line (numbers
right-aligned in 10 characters, strings in full, each value followed by one
space) and the text of the sort column. Table rows are compared per tie
group: trowel's rows are cut into runs of equal sort-column text, the golden
rows into runs of the same sizes, and each pair of runs must hold the same
rows (csysdig's std::sort puts tied rows in hash order). List rows are
compared in order.

Rows matching a rule of tests/golden/view/known-differences.txt are left out
on both sides first. A rule is one line `CAPTURE VIEW SET REGEX REASON...`:
SET is ours, stock or both; REGEX (Python, no spaces) is searched in each
row; `*` as REGEX leaves the whole view out. Every rule must still match
something (a stale rule fails the test).

Usage: view_golden_test.py TROWEL CAPTURES_DIR GOLDEN_DIR [--report] [--only SUBSTR]
"""
import collections, json, os, re, subprocess, sys

STOCK = "/usr/share/sysdig/chisels"


def raw_line(texts, cols):
    out = []
    for t, c in zip(texts, cols):
        if c["align"] == "right" and len(t) < 10:
            t = " " * (10 - len(t)) + t
        out.append(t + " ")
    return "".join(out)


def run_trowel(trowel, cap, view, viewset):
    env = dict(os.environ)
    env.pop("TROWEL_VIEWS", None)
    env["HOME"] = "/nonexistent"
    env["TZ"] = "UTC"
    cmd = [trowel, "-r", cap, "-v", view, "-j"]
    if viewset == "stock":
        cmd += ["--views-dir", STOCK]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        return None, f"rc {r.returncode}: {r.stderr.strip()}"
    try:
        doc = json.loads(r.stdout)
    except ValueError as e:
        return None, f"bad JSON: {e}"
    return doc, None


def load_rules(path):
    rules = []
    if not os.path.exists(path):
        return rules
    for n, l in enumerate(open(path), 1):
        l = l.strip()
        if not l or l.startswith("#"):
            continue
        f = l.split(None, 4)
        if len(f) < 5 or f[2] not in ("ours", "stock", "both"):
            sys.exit(f"{path}:{n}: expected CAPTURE VIEW ours|stock|both REGEX REASON")
        rules.append({"cap": f[0], "view": f[1], "set": f[2], "re": f[3], "line": n, "used": False})
    return rules


def main():
    trowel, caps, gold = sys.argv[1:4]
    report = "--report" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    vdir = os.path.join(gold, "view")
    kd = os.path.join(vdir, "known-differences.txt")
    rules = load_rules(kd)
    sets = ["ours"] + (["stock"] if os.path.isdir(STOCK) else [])
    total = matched = failed = skipped_views = 0
    for name in sorted(os.listdir(vdir)):
        if not name.endswith(".raw") or only not in name:
            continue
        cap, view = name[:-4].rsplit(".", 1)
        want_all = open(os.path.join(vdir, name)).read().splitlines()
        for vs in sets:
            mine = [r for r in rules if r["cap"] == cap and r["view"] == view and r["set"] in (vs, "both")]
            if any(r["re"] == "*" for r in mine):
                for r in mine:
                    r["used"] = True
                skipped_views += 1
                continue
            doc, err = run_trowel(trowel, os.path.join(caps, cap + ".scap"), view, vs)
            if doc is None:
                print(f"FAIL {cap} {view} [{vs}]: {err}")
                failed += 1
                continue
            cols = doc["columns"]
            sc = doc["sorting_col"] - 1
            got = [(raw_line(r["text"], cols), r["text"][sc] if 0 <= sc < len(cols) else "") for r in doc["rows"]]
            regs = [(r, re.compile(r["re"])) for r in mine]

            def keep(line):
                hit = False
                for r, rx in regs:
                    if rx.search(line):
                        r["used"] = True
                        hit = True
                return not hit

            want = [l for l in want_all if keep(l)]
            got = [g for g in got if keep(g[0])]
            total += len(want)
            common = collections.Counter(want) & collections.Counter(l for l, _ in got)
            matched += sum(common.values())
            ok = len(want) == len(got)
            if ok and doc["view_type"] == "list":
                ok = want == [l for l, _ in got]
            elif ok:
                i = 0
                while i < len(got) and ok:
                    j = i
                    while j < len(got) and got[j][1] == got[i][1]:
                        j += 1
                    ok = sorted(l for l, _ in got[i:j]) == sorted(want[i:j])
                    i = j
            if ok:
                print(f"ok   {cap} {view} [{vs}]: {len(want)} rows")
                continue
            failed += 1
            print(f"FAIL {cap} {view} [{vs}]: {sum(common.values())}/{len(want)} rows match (trowel {len(got)})")
            if report:
                gl = [l for l, _ in got]
                for l in sorted(set(want) - set(gl)):
                    print("  - " + l)
                for l in sorted(set(gl) - set(want)):
                    print("  + " + l)
                if set(want) == set(gl):
                    print("  (same rows, different order)")
    stale = [r for r in rules if not r["used"] and (only in f"{r['cap']}.{r['view']}.raw")]
    for r in stale:
        if r["set"] == "stock" and "stock" not in sets:
            continue
        print(f"FAIL known-differences.txt:{r['line']}: rule matches no row ({r['cap']} {r['view']} {r['re']})")
        failed += 1
    print(f"{matched}/{total} rows match csysdig; {skipped_views} view run(s) left out by rule; {failed} failure(s)")
    return 1 if failed else 0


sys.exit(main())
