-- trowel built-in view: files.
--
-- Note: OPENS counts open() only (evt.type.is.open), as csysdig does; most
-- programs today call openat(), which it does not count. A field such as
-- "evt.is_open" (1 on the exit of open, openat, openat2, creat) would fix it.

view_info = {
  id = "files",
  name = "Files",
  description = "Every file that was read, written or opened, with the bytes moved, the number of operations and how many of them failed.",
  tips = {
    "Sort by BYTES IN/OUT to find the files that carry the I/O, by OPS for the ones touched most often.",
    "ERRORS counts failed calls on the file: repeated failures on one path often mean a missing or unreadable file.",
    "Enter shows the processes that used the selected file.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "(fd.type=file or fd.type=directory) and fd.name!=''",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "proc.name", "thread.tid",
                "fd.sport", "fd.sproto", "fd.directory", "fd.containerdirectory", "evt.res"},
  drilldown_target = "procs",
  use_defaults = true,
  columns = {
    { name = "NA", field = "fd.name", is_key = true,
      description = "File path (the row key)." },
    { name = "BYTES IN", field = "evt.buflen.file.in", colsize = 12, aggregation = "SUM",
      description = "Bytes read from the file." },
    { name = "BYTES OUT", field = "evt.buflen.file.out", colsize = 12, aggregation = "SUM",
      description = "Bytes written to the file." },
    { name = "OPS", field = "evt.count.exit", colsize = 9, aggregation = "SUM", is_sorting = true,
      description = "Completed system calls on the file (reads, writes, opens, closes ...)." },
    { name = "OPENS", field = "evt.type.is.open", colsize = 9, aggregation = "SUM",
      description = "Calls to open() on the file (openat is not counted)." },
    { name = "ERRORS", field = "evt.count.error", colsize = 9, aggregation = "SUM",
      description = "Calls on the file that failed." },
    { name = "FILENAME", field = "fd.name", colsize = 0,
      description = "File path." },
  },
  actions = {
    { hotkey = "l", command = "less %fd.name", description = "page through the file (local host)", wait_finish = false },
  },
}
