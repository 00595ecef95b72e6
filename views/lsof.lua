-- trowel built-in view: lsof (new in trowel; csysdig has no such view).
--
-- Goal: the descriptors each process has open at the END of the capture,
-- like `lsof`: COMMAND PID TID USER FD TYPE NAME.
--
-- What today's aggregation model can express (this file): a table with one
-- row per (thread, fd) -- key fd.uid, which sysdig builds from the thread id
-- and the fd number -- fed by every successful syscall exit that carries an
-- fd. String columns use MAX, which keeps the LATEST value, so a reused fd
-- number shows the file it refers to last, and LAST shows the last syscall
-- made on it. Limits, because rows can only be added, never removed, and
-- only events are seen:
--   * an fd closed during the capture stays listed, with LAST = close;
--   * an fd that was open when the capture started but never used (it is
--     only in the capture's fd table) is missing;
--   * an fd used by two threads of one process appears once per thread;
--   * fd.uid is the decimal concatenation "<tid><fd>", so in rare cases two
--     (tid, fd) pairs share a key (tid 1234 fd 56 and tid 12345 fd 6).
--
-- What an exact view needs from the engine: an "fd-table pass" at finish(),
-- next to the thread-table pass -- for every process still alive at the end
-- (its main thread), one synthetic event per entry of its fd table (State's
-- FdTable, which already includes the fds of the capture's FDL table and
-- drops closed ones), with the thread and the fd set; plus a way for a view
-- to ask for that pass and for nothing else (e.g. view_info key
-- `snapshot = "fds"`, or a field such as evt.is_fdsnapshot for the filter).
-- The key would then be proc.pid + fd.num (or fd.uid of the main thread).

view_info = {
  id = "lsof",
  name = "Open Files (lsof)",
  description = "The file descriptors processes use, as lsof would list them at the end of the capture: command, process, thread, user, fd number, type and name.",
  tips = {
    "LAST is the last system call made on the descriptor: 'close' means it was closed during the capture and is no longer open.",
    "Descriptors that were open before the capture and never touched do not appear (trowel sees only the ones that are used).",
    "Drill into a process first (Processes, Enter, then F2) to list only its descriptors; a long list of the same file or socket is a descriptor leak.",
    "Select a row and press l to page through the file on THIS machine.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "fd.num >= 0 and evt.dir=< and evt.failed=false",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "thread.tid", "proc.name",
                "fd.type", "fd.name", "fd.directory", "fd.sport"},
  columns = {
    { name = "NA", field = "fd.uid", is_key = true,
      description = "Thread id and fd number (the row key)." },
    { name = "COMMAND", field = "proc.name", colsize = 16, aggregation = "MAX", is_sorting = true,
      description = "Name of the process." },
    { name = "PID", field = "proc.pid", colsize = 8,
      description = "Process id." },
    { name = "TID", field = "thread.tid", colsize = 8,
      description = "Thread that used the descriptor." },
    { name = "USER", field = "user.name", colsize = 10, aggregation = "MAX",
      description = "User the process runs as." },
    { name = "FD", field = "fd.num", colsize = 6,
      description = "Descriptor number." },
    { name = "TYPE", field = "fd.type", colsize = 9, aggregation = "MAX",
      description = "file, directory, ipv4, ipv6, unix, pipe, event, ..." },
    { name = "LAST", field = "evt.type", colsize = 10, aggregation = "MAX",
      description = "Last system call on the descriptor ('close': no longer open)." },
    { name = "NAME", field = "fd.name", colsize = 0, aggregation = "MAX",
      description = "File path, connection tuple or other name." },
  },
  actions = {
    { hotkey = "f", command = "lsof -p %proc.pid", description = "run the real lsof on the process (local host)" },
    { hotkey = "l", command = "less %fd.name", description = "page through the file (local host)", wait_finish = false },
  },
}
