-- trowel built-in view: lsof (new in trowel; csysdig had it only as a chisel).
--
-- The descriptors each process has open at the END of the capture, like
-- `lsof`: COMMAND PID TID USER FD TYPE NAME. `snapshot = "fds"` (a trowel
-- key; csysdig ignores it) makes the view see no events: at the end it gets
-- one synthetic event per entry of each live process's fd table, in pid then
-- fd order. That table holds the fds listed in the capture's fd table and
-- every fd opened since, minus the closed ones; a process that exited
-- during the capture is listed with the fds it held when it exited (the
-- kernel closes them then; this is what it leaked up to that point). So
-- each row is one open descriptor and a list view (no key) is enough. A filter (or a drill-down selection such as proc.pid=N) applies to
-- these synthetic events: fd.*, proc.*, thread.* and user.* fields work,
-- evt.* fields describe no real event.

view_info = {
  id = "lsof",
  name = "Open Files (lsof)",
  description = "The file descriptors each process has open at the end of the capture (for a process that exited during it: when it exited), as lsof would list them: command, process, thread, user, fd number, type and name.",
  tips = {
    "Only descriptors open at the end are listed: a file opened and closed during the capture is not here (see Files or File Opens List for those).",
    "A long run of the same file or socket under one process is a descriptor leak; Processes FD Usage shows how close it is to its limit.",
    "Drill into a process first (Processes, Enter, then F2) to list only its descriptors.",
    "Select a row and press l to page through the file on THIS machine.",
  },
  tags = {"Default"},
  view_type = "list",
  snapshot = "fds",
  use_defaults = true,  -- an fd without a name (eventpoll ...) shows an empty NAME
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "thread.tid", "proc.name",
                "fd.type", "fd.name", "fd.directory", "fd.sport"},
  columns = {
    { name = "COMMAND", field = "proc.name", colsize = 16,
      description = "Name of the process." },
    { name = "PID", field = "proc.pid", colsize = 8,
      description = "Process id." },
    { name = "TID", field = "thread.tid", colsize = 8,
      description = "The process's main thread (the fd table is shared by its threads)." },
    { name = "USER", field = "user.name", colsize = 10,
      description = "User the process runs as." },
    { name = "FD", field = "fd.num", colsize = 6,
      description = "Descriptor number." },
    { name = "TYPE", field = "fd.type", colsize = 9,
      description = "file, directory, ipv4, ipv6, unix, pipe, event, ..." },
    { name = "NAME", field = "fd.name", colsize = 0,
      description = "File path, connection tuple or other name." },
  },
  actions = {
    { hotkey = "f", command = "lsof -p %proc.pid", description = "run the real lsof on the process (local host)" },
    { hotkey = "l", command = "less %fd.name", description = "page through the file (local host)", wait_finish = false },
  },
}
