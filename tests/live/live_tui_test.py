#!/usr/bin/env python3
"""The live browser in tmux: `trowel -d 500 -w FILE` while a workload runs.

usage: live_tui_test.py TROWEL

A small named workload ("trwlPID": a python loop writing and reading a file
every few ms) runs while trowel browses the live machine. The test waits for
a few refreshes and checks the header (Source: Live System, the event rate
and the drop count), finds the workload in Processes with the free-text
filter (its CPU column not zero: it spins between syscalls), drills down (Enter), opens Dig (F6) and sees its events stream in,
pauses (p), quits (q) and reads the -w recording with `trowel info`.
Exit 77 (skip) when not root, without tmux, or when live capture is not
available (this build or this kernel).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

TROWEL = os.path.abspath(sys.argv[1])


class Fail(Exception):
    pass


class Term:
    """trowel in its own tmux server (no user config); captures the pane."""

    def __init__(self, args, width=200, height=40):
        self.sock = "trowel-live-tui-%d" % os.getpid()
        cmd = "%s %s; echo TROWEL-EXIT=$?; sleep 60" % (TROWEL, " ".join("'%s'" % a for a in args))
        self.tmux("new-session", "-d", "-s", "t", "-x", str(width), "-y", str(height), cmd,
                  ";", "set-option", "-g", "status", "off")

    def tmux(self, *args):
        r = subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null"] + list(args),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0 and args[0] != "kill-server":
            raise Fail("tmux %s: %s" % (" ".join(args), r.stderr.strip()))
        return r.stdout

    def keys(self, *keys, pause=0.2):
        for k in keys:
            self.tmux("send-keys", "-t", "t", k)
            time.sleep(pause)

    def text(self, s):
        self.tmux("send-keys", "-t", "t", "-l", s)
        time.sleep(0.2)

    def screen(self):
        return self.tmux("capture-pane", "-p", "-t", "t")

    def wait(self, pattern, timeout=10.0):
        end = time.time() + timeout
        while True:
            s = self.screen()
            if re.search(pattern, s, re.M):
                return s
            if time.time() > end:
                raise Fail("no %r on screen after %.0fs:\n%s" % (pattern, timeout, s))
            time.sleep(0.1)

    def close(self):
        self.tmux("kill-server")


WORKLOAD = r"""
import os, sys, time
with open("/proc/self/comm", "w") as f:
    f.write(sys.argv[2])
path = sys.argv[1]
i = 0
while True:
    with open(path, "w") as f:
        f.write("line %d\n" % i)
    with open(path) as f:
        f.read()
    i += 1
    t = time.time()
    while time.time() - t < 0.005:  # busy (vDSO clock, no syscall): CPU near 100%
        pass
"""


def main():
    if os.geteuid() != 0:
        print("SKIP: live capture needs root")
        return 77
    if not shutil.which("tmux"):
        print("SKIP: tmux missing")
        return 77
    if not os.path.isdir("/sys/kernel/tracing/events"):
        subprocess.run(["mount", "-t", "tracefs", "nodev", "/sys/kernel/tracing"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="trowel-live-tui-")
    comm = "trwl%d" % os.getpid()  # unique: the free-text filter finds only ours
    wl = subprocess.Popen([sys.executable, "-c", WORKLOAD, os.path.join(work, "data.txt"), comm])
    out = os.path.join(work, "live.scap.zst")
    term = None
    try:
        term = Term(["-d", "500", "-w", out])
        s = term.wait(r"Source: Live System|trowel: live:|TROWEL-EXIT", 20)
        if "trowel: live:" in s:
            print("SKIP: " + next(l for l in s.splitlines() if "trowel: live:" in l))
            return 77
        if "Source: Live System" not in s:
            raise Fail("trowel ended at once:\n" + s)
        # A few refreshes: the header shows the rate and the drops.
        s = term.wait(r"Source: Live System \([0-9.]+[KMG]? evts/s, [0-9.]+[KMG]? drops\)", 10)
        term.wait(r"^\s+\d+\s+\d+\s", 10)  # rows after the first sample
        # Find the workload with the free-text filter (F4), then drill in.
        term.keys("F4")
        term.text(comm)
        term.keys("Enter")
        s = term.wait(r"^\s+%d\s+\d+\s" % wl.pid, 10)
        # CPU over the last second (procinfo from /proc): the busy loop shows
        # some (near 100% on an idle machine; CI machines are busy).
        term.wait(r"^\s+%d\s+\d+\s+(?!0\.00\s)\d+\.\d\d\s" % wl.pid, 10)
        term.keys("Enter")
        term.wait(r"For: proc\.pid=%d" % wl.pid, 5)
        term.wait(r"Collecting Data|^\s+%d\s+%d\s" % (wl.pid, wl.pid), 5)
        term.wait(r"^\s+%d\s+%d\s" % (wl.pid, wl.pid), 10)  # Threads: PID TID
        # F6: its events stream into the pane from now on.
        term.keys("F6")
        term.wait(r"Viewing: Dig", 5)
        term.wait(r"%s \(%d\) [<>] (openat|write|read|close)" % (comm, wl.pid), 10)
        term.keys("BSpace")
        term.wait(r"Viewing: Threads", 5)
        term.keys("BSpace")
        term.wait(r"Viewing: Processes", 5)
        # The timeline needs the stored capture: refused live, clearly.
        term.keys("T")
        term.wait(r"not available live", 5)
        # Pause freezes the grid (capture goes on).
        term.keys("p")
        term.wait(r"PAUSED", 5)
        term.keys("p")
        term.keys("q")
        s = term.wait(r"TROWEL-EXIT=\d+", 15)
        if "TROWEL-EXIT=0" not in s:
            raise Fail("exit status:\n" + s)
        m = re.search(r"trowel: (\d+) events written to .*live\.scap\.zst, (\d+) dropped", s)
        if not m or int(m.group(1)) == 0:
            raise Fail("no recording summary:\n" + s)
        info = subprocess.run([TROWEL, "info", out], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True).stdout
        if "status         complete" not in info:
            raise Fail("trowel info:\n" + info)
        ev = re.search(r"^events\s+(\d+)", info, re.M)
        if not ev or int(ev.group(1)) < int(m.group(1)):
            raise Fail("trowel info counts %s events, %s written:\n%s" % (ev and ev.group(1), m.group(1), info))
        print("ok: %s events recorded, %s dropped" % (m.group(1), m.group(2)))
        return 0
    except Fail as e:
        print("FAIL: %s" % e)
        return 1
    finally:
        if term:
            term.close()
        wl.kill()
        wl.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
