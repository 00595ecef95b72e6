#!/usr/bin/env python3
"""tmux-driven tests of the trowel TUI: the real binary in a real terminal.

usage: tui_test.py CASE TROWEL CAPTURES_DIR MAKE_TUI_FIXTURE TESTDATA_DIR

Each case runs trowel in its own tmux server (-L socket, no user config),
sends keys (and xterm mouse sequences) and asserts on `capture-pane` text.
Exit 77 (skip) when tmux is not installed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

CASE, TROWEL, CAPTURES, MAKE_FIXTURE, TESTDATA = sys.argv[1:6]
TROWEL = os.path.abspath(TROWEL)
LEAKY = os.path.join(CAPTURES, "leaky-logtxt.scap")
# Sanitized binaries are several times slower: wait longer for the screen.
SLOW = 4 if any(k in os.environ for k in ("ASAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS")) else 1


class Fail(Exception):
    pass


class Term:
    count = 0

    def __init__(self, args, width=120, height=35, env=None):
        Term.count += 1
        self.sock = "trowel-tui-%s-%d-%d" % (CASE, os.getpid(), Term.count)
        self.width, self.height = width, height
        envs = " ".join("%s=%s" % (k, v) for k, v in (env or {}).items())
        cmd = "env %s %s %s; echo TROWEL-EXIT=$?; sleep 60" % (
            envs, TROWEL, " ".join("'%s'" % a for a in args))
        self.tmux("new-session", "-d", "-s", "t", "-x", str(width), "-y", str(height), cmd,
                  ";", "set-option", "-g", "status", "off")

    def tmux(self, *args, capture=False):
        r = subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null"] + list(args),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0 and args[0] not in ("kill-server",):
            raise Fail("tmux %s: %s" % (" ".join(args), r.stderr.strip()))
        return r.stdout

    def keys(self, *keys, pause=0.15):
        for k in keys:
            self.tmux("send-keys", "-t", "t", k)
            time.sleep(pause)

    def text(self, s, pause=0.15):
        self.tmux("send-keys", "-t", "t", "-l", s)
        time.sleep(pause)

    def screen(self, escapes=False):
        args = ["capture-pane", "-p", "-t", "t"]
        if escapes:
            args.append("-e")
        return self.tmux(*args)

    def lines(self):
        return self.screen().split("\n")

    def wait(self, pattern, timeout=8.0, absent=False):
        """Waits until `pattern` (regex) is on screen (or gone)."""
        timeout *= SLOW
        end = time.time() + timeout
        while True:
            s = self.screen()
            found = re.search(pattern, s, re.M) is not None
            if found != absent:
                return s
            if time.time() > end:
                raise Fail("%s %r on screen after %.0fs:\n%s" % (
                    "still" if absent else "no", pattern, timeout, s))
            time.sleep(0.1)

    def wait_number(self, pattern, timeout=8.0):
        """Waits for `pattern`, whose one group is a number, and returns it."""
        return int(re.search(pattern, self.wait(pattern, timeout), re.M).group(1))

    def click(self, x, y, double=False):
        """Left click at 0-based (x, y) as an xterm X10 mouse report."""
        press = "\x1b[M" + chr(32 + 0) + chr(33 + x) + chr(33 + y)
        release = "\x1b[M" + chr(32 + 3) + chr(33 + x) + chr(33 + y)
        for _ in range(2 if double else 1):
            self.tmux("send-keys", "-t", "t", "-l", press + release)
            time.sleep(0.05)
        time.sleep(0.45)

    def close(self):
        self.tmux("kill-server")

    # `with Term(...) as t:` closes the tmux server however the case ends.
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def search_row(self, text):
        """`/` free-text search for `text`, Enter: the grid selects its row."""
        self.keys("/")
        self.text(text)
        self.keys("Enter")


def menu_select(t, target, current):
    """In the F2 menu (selection on `current`), moves to `target` and picks it."""
    s = t.wait(r"Select View")
    names = [l[:24].rstrip() for l in s.split("\n")[3:t.height - 1]]
    if target not in names or current not in names:
        raise Fail("menu lacks %r or %r: %r" % (target, current, names))
    d = names.index(target) - names.index(current)
    t.keys(*(["Down"] * d if d > 0 else ["Up"] * -d), pause=0.05)
    t.keys("Enter")
    t.wait(r"^Viewing: " + re.escape(target))
    t.wait(r" \d+/\d+\(\d")  # its rows are there (the position shows)


def grid_row(t, text):
    """Index (0-based, among grid rows) of the first row containing text."""
    rows = t.lines()[3:t.height - 1]
    for i, l in enumerate(rows):
        if text in l:
            return i
    raise Fail("no grid row with %r:\n%s" % (text, t.screen()))


def check(cond, what, t):
    if not cond:
        raise Fail(what + ":\n" + t.screen())


def case_walk():
    with Term([ "-r", LEAKY]) as t:
        t.wait(r"^Viewing: Processes For: whole machine")
        t.wait(r"server\.py")
        t.wait(r"34725 evts")
        t.keys("F2")
        menu_select(t, "Processes Errors", "Processes")
        s = t.wait(r"server\.py")
        check("server.py" in t.lines()[3], "server.py is the top process by errors", t)
        t.keys("Enter")
        t.wait(r"^Viewing: Errors For: proc\.pid=\d+")
        t.wait(r"EMFILE")
        n = grid_row(t, "EMFILE")
        t.keys(*["Down"] * n)
        t.keys("F6")
        s = t.wait(r"openat .*EMFILE.*/srv/webapp/log\.txt")
        check(re.search(r"Dig\s+762 lines", s) is not None, "762 EMFILE events in the dig pane", t)
        t.keys("BSpace")
        t.wait(r"^Viewing: Errors")
        t.keys("BSpace")
        s = t.wait(r"^Viewing: Processes Errors For: whole machine")
        t.wait(r" 1/\d+\(")  # selection restored on the server (row 1)
        t.keys("F2")
        menu_select(t, "Processes FD Usage", "Processes Errors")
        s = t.wait(r"1024\s+1024\s+100\.00\s+venv/bin/python3 server\.py")
        t.keys("F2")
        menu_select(t, "Open Files (lsof)", "Processes FD Usage")
        t.keys("/")
        t.text("log.txt")
        t.keys("Enter")
        s = t.wait(r"python3 .*/srv/webapp/log\.txt")
        check(len(re.findall(r"/srv/webapp/log\.txt", s)) >= 5, "lsof lists many log.txt descriptors", t)
        t.keys("F2")
        menu_select(t, "Processes", "Open Files (lsof)")
        t.search_row("server.py")
        t.keys("F5")
        t.wait(r"^Viewing: Echo .*For: proc\.pid=\d+")
        t.wait(r"------ (Read|Write) \d+B")
        t.keys("C-f")
        t.text("HTTP/1.")
        t.keys("Enter")
        t.wait(r"HTTP/1\.[01]")
        t.keys("q")
        t.wait(r"TROWEL-EXIT=0")


def case_keys():
    with Term(["-r", LEAKY], width=130, height=30) as t:
        t.wait(r"server\.py")
        t.wait(r" 1/8\(")
        for k in ("F1", "h", "?"):
            t.keys(k)
            t.wait(r"trowel - keys")
            t.keys("Escape")
            t.wait(r"^Viewing: Processes")
        t.keys("F7")
        t.wait(r"^ID: procs")
        t.keys("Escape")
        t.wait(r"^Viewing: Processes")
        # Shift+1 sorts by column 1 (PID); again flips the direction.
        t.keys("!")
        s = t.wait(r"PID[v^]")
        first = t.lines()[3]
        t.keys("!")
        t.wait(r"PID[v^]")
        check(t.lines()[3] != first, "Shift+1 again flips the order", t)
        # F9 and > open the sort menu; Esc cancels, Enter sorts.
        t.keys("F9")
        t.wait(r"Sort by")
        t.keys("Escape")
        t.wait(r"Sort by", absent=True)
        t.keys(">")
        t.wait(r"Sort by")
        t.keys("Home", "Down", "Enter")
        t.wait(r"PPID[v^]")
        # Moves.
        t.keys("Down")
        t.wait(r" 2/8\(")
        t.keys("End")
        t.wait(r" 8/8\(")
        t.keys("Home")
        t.wait(r" 1/8\(")
        t.keys("NPage")
        t.wait(r" 8/8\(")
        t.keys("PPage")
        t.wait(r" 1/8\(")
        # Horizontal scroll.
        t.keys("Right", "Right", "Right")
        check(not t.lines()[2].lstrip().startswith("PID"), "Right scrolls the columns", t)
        t.keys("Left", "Left", "Left")
        t.wait(r"^\s+PID")
        # F4 free text, Esc clears; \ too.
        t.keys("F4")
        t.wait(r"^Filter \(text")
        t.text("client")
        t.wait(r" 1/1\b")
        t.keys("Escape")
        t.wait(r" 1/8\(")
        t.keys("\\")
        t.wait(r"^Filter \(text")
        t.keys("Escape")
        # F4 then F2: sysdig filter; a bad one shows one line and changes nothing.
        t.keys("F4", "F2")
        t.wait(r"^Expression")
        t.text("proc.name = = x")
        t.keys("Enter")
        t.wait(r"Invalid sysdig filter: filter error")
        t.keys("Escape")
        t.wait(r" 1/8\(")
        t.keys("F4", "F2")
        t.text("proc.name=wc")
        t.keys("Enter")
        t.wait(r"Filter: .*proc\.name=wc")
        t.wait(r" 1/1\b")
        t.keys("F4", "F2")
        t.keys(*["BSpace"] * 20, pause=0.02)
        t.keys("Enter")
        t.wait(r" 1/8\(")
        # Search, next match.
        t.keys("/")
        t.text("run.sh")
        t.keys("Enter")
        s = t.wait(r" [2-8]/8\(")
        pos1 = re.search(r" (\d)/8\(", s).group(1)
        t.keys("n")
        s = t.wait(r" (?!%s)\d/8\(" % pos1)
        t.keys("F3")
        t.wait(r" %s/8\(" % pos1)
        t.keys("C-f")
        t.wait(r"^Search:")
        t.keys("Escape")
        # Pause.
        t.keys("p")
        t.wait(r"PAUSED")
        t.keys("p")
        t.wait(r"PAUSED", absent=True)
        # Enter drills (Threads), Backspace comes back.
        t.keys("Home", "Enter")
        t.wait(r"^Viewing: Threads For: proc\.pid=")
        t.keys("BSpace")
        t.wait(r"^Viewing: Processes For: whole machine")
        # F8 actions menu; on a file, process actions are refused with a message.
        t.keys("F8")
        t.wait(r"Actions")
        t.keys("Escape")
        t.keys("k")
        t.wait(r"disabled, the source is a capture file")
        # F12 spectrogram and back.
        t.keys("F12")
        t.wait(r"^Viewing: Spectrogram-All For: proc\.pid=")
        t.wait(r"latency spectrogram: \d+ calls; a line = ")
        t.wait(r"^1ns +10ns")
        t.keys("BSpace")
        t.wait(r"^Viewing: Processes")
        # A list view: c clears it.
        t.keys("F2")
        menu_select(t, "File Opens List", "Processes")
        t.wait(r" 1/\d+\(")
        t.keys("c")
        t.wait(r" 0/0")
        t.keys("F2")
        menu_select(t, "Processes", "File Opens List")
        t.keys("F10")
        t.wait(r"TROWEL-EXIT=0")


def case_panes():
    with Term(["-r", LEAKY], width=150, height=30) as t:
        t.wait(r"server\.py")
        t.search_row("server.py")
        t.keys("d")
        total = t.wait_number(r"Dig\s+(\d+) lines")
        check(total > 1000, "the server has many events", t)
        t.keys("C-g")
        t.wait(r"^Line:")
        t.text("25")
        t.keys("Enter")
        t.wait(r" 25/%d" % total)
        t.keys("End")
        t.wait(r" %d/%d" % (total, total))
        t.keys("Home")
        t.keys("C-f")
        t.text("EMFILE")
        t.keys("Enter")
        check(t.wait_number(r" (\d+)/%d" % total) > 25, "search moves to the first EMFILE", t)
        t.keys("n")
        t.keys("Right", "Right")
        t.keys("Left", "Left")
        # View As: hex.
        t.keys("F2")
        t.wait(r"View As")
        t.keys("Down", "Down", "Enter")
        t.wait(r"^Viewing: Dig \(Hex\)")
        t.keys("BSpace")
        t.wait(r"^Viewing: Processes")
        t.keys("e")
        t.wait(r"^Viewing: Echo \(Hex\)")
        t.wait(r"Echo\s+\d+ lines")
        t.wait(r"0x0000:")
        t.keys("F2", "Down", "Enter")  # Printable ASCII: format 1 from Hex's row? menu starts on Hex
        t.keys("F2")
        t.wait(r"View As")
        t.keys("Home", "Enter")
        t.wait(r"^Viewing: Echo \(Dotted ASCII\)")
        t.wait(r"Echo\s+\d+ lines")
        # Enter on a line: the event's fields; f adds field=value to the filter.
        t.keys("Down", "Enter")
        t.wait(r"evt\.num = \d+")
        t.wait(r"^Event \d+: \d+ fields|Event \d+: \d+ fields")
        t.keys("Down", "Down", "f")
        t.wait(r"^Viewing: Processes")
        t.wait(r"Filter: .*evt\.")
        # c clears the pane.
        t.keys("F4", "F2")
        t.keys(*["BSpace"] * 60, pause=0.01)
        t.keys("Enter")
        t.keys("d")
        t.wait(r"Dig\s+\d+ lines")
        t.keys("c")
        t.wait(r"Dig\s+0 lines")
        t.keys("q")
        t.wait(r"TROWEL-EXIT=0")


def case_chisel():
    """C: a chisel on the selected row (the python server), output in a pane."""
    with Term(["-r", LEAKY], width=150, height=30) as t:
        t.wait(r"server\.py")
        t.search_row("server.py")
        t.keys("C")
        s = t.wait(r"Run Chisel")
        check(re.search(r"^lsof +List", s, re.M), "the picker lists chisels with descriptions", t)
        t.keys("Escape")
        t.wait(r"Run Chisel", absent=True)
        t.keys("C")
        t.wait(r"Run Chisel")
        t.text("topfiles_e")  # typing jumps to the name
        t.wait(r"^topfiles_errors")
        t.keys("Enter")
        t.wait(r"^Viewing: Chisel topfiles_errors")
        s = t.wait(r"log\.txt")
        check("server.py" in s or "proc.name" in s, "the pane names the selection", t)
        t.keys("C-f")
        t.text("log.txt")
        t.keys("Enter")
        t.keys("BSpace")
        t.wait(r"^Viewing: Processes")
        # A chisel with a required argument: the prompt, then a bad value's error line.
        t.keys("C")
        t.wait(r"Run Chisel")
        t.text("fdbytes_by")
        t.keys("Enter")
        t.wait(r"^Chisel arguments:")
        t.text("no.such.field")
        t.keys("Enter")
        t.wait(r"^Viewing: Chisel fdbytes_by no\.such\.field")
        t.wait(r"no\.such\.field")
        t.wait(r"Chisel\s+\d+ lines")
        t.keys("Escape")
        t.wait(r"^Viewing: Processes")
        t.keys("q")
        t.wait(r"TROWEL-EXIT=0")


def case_mouse():
    with Term(["-r", LEAKY], width=120, height=30) as t:
        t.wait(r"server\.py")
        hdr = t.lines()[2]
        x = hdr.index("PPID")
        t.click(x + 1, 2)
        t.wait(r"PPID[v^]")
        t.click(5, 5)  # row 3 of the grid
        t.wait(r" 3/8\(")
        t.click(5, 4, double=True)
        t.wait(r"^Viewing: Threads")
        t.keys("BSpace")
        t.wait(r"^Viewing: Processes")
        bar = t.lines()[t.height - 1]
        t.click(bar.index("F2Views") + 1, t.height - 1)
        t.wait(r"Select View")
        t.keys("Escape")
        t.wait(r"Select View", absent=True)
        line1 = t.lines()[1]
        t.click(line1.index("Filter: ") + 9, 1)
        t.wait(r"^Expression")
        t.keys("Escape")
        t.keys("q")
        t.wait(r"TROWEL-EXIT=0")


def scaled_capture(tmp, factor):
    tool = os.path.join(CAPTURES, "..", "tools", "scapscale.py")
    src = os.path.join(CAPTURES, "leaky-logtxt-sysdig029.scap")
    out = os.path.join(tmp, "scaled.scap")
    subprocess.run([sys.executable, tool, src, out, "--factor", str(factor), "--exact"], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["gzip", "-1", out], check=True)
    return out + ".gz"


def case_resize():
    tmp = tempfile.mkdtemp()
    try:
        cap = scaled_capture(tmp, 24)
        with Term(["-r", cap], width=100, height=30) as t:
            saw_loading = False
            for i, (w, h) in enumerate([(60, 15), (40, 10), (130, 40), (30, 8), (80, 24)] * 3):
                t.tmux("resize-window", "-t", "t", "-x", str(w), "-y", str(h))
                s = t.screen()
                saw_loading = saw_loading or "Loading" in s or "loading" in s
                time.sleep(0.03)
            t.width, t.height = 80, 24
            s = t.wait(r"28279", timeout=30)
            t.wait(r"Viewing: Processes")
            t.wait(r"loading", absent=True, timeout=30)
            for l in t.lines():
                check(len(l) <= 80, "nothing drawn past the new width", t)
            check(saw_loading, "the progress bar was shown while loading", t)
            t.keys("q")
            t.wait(r"TROWEL-EXIT=0")
    finally:
        shutil.rmtree(tmp)


def case_small():
    with Term(["-r", LEAKY], width=40, height=10) as t:
        t.wait(r"^Viewing: Processes")
        t.wait(r"1/8\(")
        check(sum(1 for l in t.lines()[3:9] if l.strip()) >= 5, "at least 5 grid rows at 40x10", t)
        t.keys("F2")
        t.wait(r"Select View")
        t.keys("Escape")
        t.keys("F6")
        t.wait(r"Dig\s+\d+ lines")
        t.keys("BSpace", "F1")
        t.wait(r"trowel - keys")
        t.keys("Escape", "F9")
        t.wait(r"Sort by")
        t.keys("Escape", "q")
        t.wait(r"TROWEL-EXIT=0")


def case_truncated():
    tmp = tempfile.mkdtemp()
    try:
        cut = os.path.join(tmp, "cut.scap")
        with open(LEAKY, "rb") as f:
            data = f.read()
        with open(cut, "wb") as f:
            f.write(data[: len(data) * 2 // 3])
        with Term(["-r", cut]) as t:
            s = t.wait(r"TRUNCATED CAPTURE: .*truncated at byte \d+ after \d+ events")
            check(re.search(r"Source: .*evts, .*\) truncated", s) is not None, "the source line says truncated", t)
            t.wait(r"python3 server\.py")
            t.keys("q")
            t.wait(r"^trowel: .*cut\.scap: truncated at byte \d+ after \d+ events")
            t.wait(r"TROWEL-EXIT=0")
    finally:
        shutil.rmtree(tmp)


COLOR_SGR = re.compile(r"\x1b\[[0-9;]*(3[0-7]|4[0-7]|38;5;\d+|48;5;\d+)[;m]")


def case_no_color():
    with Term(["-r", LEAKY], env={"NO_COLOR": "1"}) as t:
        t.wait(r"server\.py")
        s = t.screen(escapes=True)
        check(not COLOR_SGR.search(s), "no colour with NO_COLOR", t)
        check("\x1b[7m" in s or re.search(r"\x1b\[[0-9;]*7[;m]", s), "reverse video marks header/selection", t)
        t.keys("q")
    with Term(["-r", LEAKY, "--no-color"]) as t:
        t.wait(r"server\.py")
        check(not COLOR_SGR.search(t.screen(escapes=True)), "no colour with --no-color", t)
        t.keys("F1")
        t.wait(r"Colours: off")
        t.keys("q")
    with Term(["-r", LEAKY]) as t:
        t.wait(r"server\.py")
        check(COLOR_SGR.search(t.screen(escapes=True)), "colours without NO_COLOR", t)
        t.keys("F1")
        t.wait(r"Colours: on")
        t.keys("q")


def case_escapes():
    tmp = tempfile.mkdtemp()
    try:
        cap = os.path.join(tmp, "esc.scap")
        subprocess.run([MAKE_FIXTURE, cap], check=True)
        with Term(["-r", cap]) as t:
            # exe and args (Command column) with ESC [31m and a DCS: escaped.
            s = t.wait(r"/tmp/\\x1b\[31mred \\x1bP\+q\\x1b\\")
            check("Viewing: Processes" in t.lines()[0], "the screen was not cleared", t)
            t.keys("F2")
            menu_select(t, "Open Files (lsof)", "Processes")
            # comm with ESC [2J, an OSC title, BEL and a C1 CSI: escaped.
            t.wait(r"^\\x1b\[2J\\x1b\]0;PW +500 ")
            t.wait(r"/tmp/\\x1b\[5mblink\\x1b\[0m")
            t.keys("F2")
            menu_select(t, "Processes", "Open Files (lsof)")
            t.keys("/")
            t.text("red")
            t.keys("Enter", "F5")
            t.wait(r"hello \.\[2J\.\]0;PWNED\. world")
            t.wait(r"------ Write \d+B to /tmp/\\x1b\[5mblink\\x1b\[0m "
                   r"\(\\x1b\[2J\\x1b\]0;PWNED\^Gevil\\xc2\\x9b31m\)")
            t.keys("BSpace", "F6")
            t.wait(r"blink")
            e = t.screen(escapes=True)
            check("\x1b[5m" not in e and "\x1b[2J" not in e and "\x1b]0;" not in e,
                  "no raw sequence in the dig pane", t)
            title = t.tmux("display-message", "-p", "-t", "t", "#{pane_title}")
            check("PWNED" not in title, "the window title was not changed", t)
            t.keys("q")
            t.wait(r"TROWEL-EXIT=0")
    finally:
        shutil.rmtree(tmp)


ACTIONS_VIEW = """
view_info = {
  id = "test_actions",
  name = "Test Actions",
  description = "fd names with an action that writes the selected one to a file.",
  view_type = "table",
  applies_to = {""},
  filter = "fd.name contains tmp",
  columns = {
    { name = "NA", field = "fd.name", is_key = true },
    { name = "COUNT", field = "evt.count", aggregation = "SUM", colsize = 8 },
    { name = "NAME", field = "fd.name", colsize = 0 },
  },
  actions = {
    { hotkey = "x", command = "echo %fd.name > OUT", description = "save the name",
      ask_confirmation = true, wait_finish = false },
    { hotkey = "k", command = "kill %proc.pid", description = "kill it" },
  },
}
"""


def case_actions():
    tmp = tempfile.mkdtemp()
    try:
        cap = os.path.join(tmp, "esc.scap")
        subprocess.run([MAKE_FIXTURE, cap], check=True)
        vdir = os.path.join(tmp, "views")
        os.mkdir(vdir)
        out = os.path.join(tmp, "out.txt")
        with open(os.path.join(vdir, "test_actions.lua"), "w") as f:
            f.write(ACTIONS_VIEW.replace("OUT", out))
        with Term(["-r", cap, "--views-dir", vdir, "-v", "test_actions"]) as t:
            t.wait(r"^Viewing: Test Actions")
            t.wait(r"touch pwned")
            t.keys("/")
            t.text("pwned")
            t.keys("Enter", "F8")
            t.wait(r"x: save the name")
            t.keys("Escape", "x")
            t.wait(r"Run: echo '/tmp/\$\(touch pwned\)'\\''")
            t.keys("y")
            t.wait(r"^Viewing: Test Actions")
            for _ in range(50):
                if os.path.exists(out):
                    break
                time.sleep(0.1)
            with open(out, "rb") as f:
                got = f.read()
            if got != b"/tmp/$(touch pwned)';touch pwned2;'x\n":
                raise Fail("the action got %r" % got)
            for name in ("pwned", "pwned2"):
                if os.path.exists(os.path.join(tmp, name)) or os.path.exists(name):
                    raise Fail("capture data ran as a command (%s exists)" % name)
            # A process action on a capture file is refused with a message.
            t.keys("k")
            t.wait(r"acts on live processes .*disabled, the source is a capture file")
            t.keys("q")
            t.wait(r"TROWEL-EXIT=0")
    finally:
        shutil.rmtree(tmp)


def server_file_errors(t):
    """The FILE errors of server.py in the Processes Errors grid."""
    l = t.lines()[3 + grid_row(t, "server.py")]
    return int(l.split()[0])


def case_timeline():
    tmp = tempfile.mkdtemp(prefix="trowel-tui-timeline-")
    with Term(["-r", LEAKY], width=120, height=30) as t:
        t.wait(r"server\.py")
        t.wait(r"34725 evts")
        t.keys("F2")
        menu_select(t, "Processes Errors", "Processes")
        t.wait(r"server\.py")
        whole = server_file_errors(t)
        check(whole == 767, "767 FILE errors of the server in the whole capture", t)
        t.keys("T")
        s = t.wait(r"[!#@%*+=:.\u2581-\u2588]{20}")  # the strip
        # Window from the start to the 81st of 120 slices (~3.0s), before the first EMFILE (+3.46s).
        t.keys("I")
        t.keys(*["}"] * 80, pause=0.01)
        t.keys("O")
        s = t.wait(r"Window: \+0\.00s\.\.\+(\d+\.\d\d)s \((\d+\.\d\d)s\)")
        m = re.search(r"Window: \+0\.00s\.\.\+(\d+\.\d\d)s \((\d+\.\d\d)s\)", s)
        end, length = float(m.group(1)), float(m.group(2))
        check(2.9 < end < 3.1 and m.group(1) == m.group(2), "window +0..~3.0s", t)
        time.sleep(0.5)
        t.wait(r"server\.py")
        part = server_file_errors(t)
        check(part < whole, "fewer server errors before the first EMFILE (%d < %d)" % (part, whole), t)
        # The same numbers from a slice cut by trowel convert at the same offset.
        sl = os.path.join(tmp, "cut.scap")
        subprocess.run([TROWEL, "convert", LEAKY, sl, "--to", "+%.2fs" % end], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([TROWEL, "-r", sl, "--csv", "-v", "procs_errors"], check=True,
                             stdout=subprocess.PIPE, text=True).stdout
        row = [l for l in out.split("\n") if "server.py" in l][0]
        check(int(row.split(",")[0]) == part, "grid (%d) agrees with a slice (%s)" % (part, row), t)
        # Step mode: the next interval of the same length.
        t.keys(".")
        s = t.wait(r"Window: \+%s\.\.\+" % re.escape("%.2fs" % end))
        m = re.search(r"Window: \+(\d+\.\d\d)s\.\.\+(\d+\.\d\d)s \((\d+\.\d\d)s\)", s)
        check(abs(float(m.group(3)) - min(length, 4.49 - end)) < 0.03, "step keeps the length (or ends the capture)", t)
        # Back: the previous interval of the (cut) last one's length ends where it started.
        t.keys(",")
        t.wait(r"Window: \+\d+\.\d\ds\.\.\+%s" % re.escape("%.2fs" % end))
        # Write the window as a slice; trowel info reads it.
        t.keys("W")
        t.wait(r"Write window to file:")
        t.text(os.path.join(tmp, "no-such-dir", "x.scap"))
        t.keys("Enter")
        t.wait(r"Slice not written: .*no-such-dir")
        out_path = os.path.join(tmp, "win.scap")
        t.keys("W")
        t.wait(r"Write window to file:")
        t.text(out_path)
        t.keys("Enter")
        t.wait(r"Wrote \d+ events to ")
        r = subprocess.run([TROWEL, "info", out_path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            raise Fail("trowel info on the written slice: " + r.stderr)
        # Clear: the whole capture again.
        t.keys("X")
        t.wait(r"Window:", absent=True)
        time.sleep(0.5)
        t.wait(r"server\.py")
        check(server_file_errors(t) == whole, "clearing the window restores the whole capture", t)
        t.keys("q")
        t.wait(r"TROWEL-EXIT=0")
        shutil.rmtree(tmp)
    # Without colours: an ASCII strip under the header, the grid a line lower.
    with Term(["-r", LEAKY], width=100, height=20, env={"NO_COLOR": "1"}) as t:
        t.wait(r"34725 evts")
        t.wait(r"venv/bin/python3")
        t.keys("T")
        t.wait(r"^[ .:=+*#%@!-]*[#%@][ .:=+*#%@!-]*$")
        lines = t.lines()
        check(re.match(r"^[ .:=+*#%@!-]{100}$", lines[2]) is not None, "ASCII strip on line 3", t)
        check("PID" in lines[3], "column headers below the strip", t)
        t.keys("T")
        t.wait(r"^\s+PID", timeout=4)
        check("PID" in t.lines()[2], "strip hidden again", t)
        t.keys("q")
        t.wait(r"TROWEL-EXIT=0")


def case_spectro():
    """F12, then a time x latency rectangle (keys, then mouse) digs into
    exactly the calls the spectrogram counted in it."""
    demo = os.path.join(TESTDATA, "demo.scap")
    with Term(["-r", demo], width=100, height=30) as t:
        t.wait(r"python3 server")
        t.search_row("python3 server")
        t.keys("F12")
        calls = t.wait_number(r"latency spectrogram: (\d+) calls")
        check(calls > 1000, "the server's calls are counted", t)
        # Keys: Home and the top row, then End and the bottom row: everything.
        t.keys("Home", "Enter")
        t.wait(r"first corner set")
        t.wait(r"EnterDig")
        t.keys("End", *(["Down"] * 30), "Enter")
        t.wait(r"^Viewing: Dig \(Dotted ASCII\) For: spectrogram selection")
        s = t.wait(r" Dig +%d lines" % calls)
        first = [l for l in s.split("\n")[3:] if l.strip()][0]
        check(re.match(r"^\(latency=[0-9.]+[nmu]?s\) \(fd=.*\) \d+ \d\d:", first) is not None,
              "dig lines start with latency and fd", t)
        # Backspace returns to the spectrogram; Esc drops a first corner.
        t.keys("BSpace")
        t.wait(r"latency spectrogram: %d calls" % calls)
        t.keys("Enter")
        t.wait(r"EnterDig")
        t.keys("Escape")
        t.wait(r"EnterCorner")
        # Mouse: a rectangle left of every call (latencies under 10 ns)
        # digs into nothing; one from 1 us to the right edge, everything.
        axis = t.lines()[t.height - 2]
        x10ns, x1us = axis.index("10ns"), axis.index("1us")
        t.click(0, 3)
        t.click(x10ns - 1, t.height - 3)
        t.wait(r" Dig +0 lines")
        t.keys("BSpace")
        t.wait(r"latency spectrogram: %d calls" % calls)
        t.click(x1us, 3)
        t.click(90, t.height - 3)  # (X10 reports columns up to 94 as ASCII)
        t.wait(r" Dig +%d lines" % calls)
        t.keys("BSpace")
        t.wait(r"latency spectrogram")
        t.keys("BSpace")
        t.wait(r"^Viewing: Processes")
        t.keys("q")
        t.wait(r"TROWEL-EXIT=0")


def main():
    if shutil.which("tmux") is None:
        print("tmux not installed: skipped")
        return 77
    if not os.path.exists(LEAKY) and CASE not in ("escapes", "actions"):
        print("shared captures missing: skipped")
        return 77
    try:
        globals()["case_" + CASE]()
    except Fail as e:
        print("FAIL tui %s: %s" % (CASE, e))
        return 1
    print("ok tui %s" % CASE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
