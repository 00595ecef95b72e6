-- trowel built-in view: file_opens.
--
-- Unlike csysdig (open only), the filter also takes openat, openat2 and
-- creat, which is what current programs call.

view_info = {
  id = "file_opens",
  name = "File Opens List",
  description = "Every file open, in the order it happened: when, whether it worked, which file and which command asked.",
  tips = {
    "A list, not a table: one line per open, nothing is summed up.",
    "RES other than SUCCESS (ENOENT, EACCES ...) is the failed open you may be looking for.",
    "Drill into a process first (Processes, Enter, then F2) to see only its opens.",
  },
  tags = {"Default"},
  view_type = "list",
  filter = "evt.type in (open, openat, openat2, creat) and evt.dir=<",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "proc.name", "thread.tid",
                "fd.sport", "fd.sproto", "fd.name", "fd.containername", "fd.directory",
                "fd.containerdirectory", "evt.res"},
  columns = {
    { name = "TIME", field = "evt.time", colsize = 19,
      description = "When the open returned." },
    { name = "RES", field = "evt.res", colsize = 8,
      description = "SUCCESS, or the error code of a failed open." },
    { name = "FILE", field = "fd.name", colsize = 40,
      description = "The file opened (or the path that was tried)." },
    { name = "Command", field = "proc.exeline", colsize = 0, aggregation = "MAX",
      description = "Command line of the process that opened it." },
  },
  actions = {
    { hotkey = "l", command = "less %fd.name", description = "page through the file (local host)", wait_finish = false },
  },
}
