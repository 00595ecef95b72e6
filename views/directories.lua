-- trowel built-in view: directories.
--
-- Note: OPENS counts open() only (evt.type.is.open), as csysdig does; see
-- files.lua for the field that would also count openat().

view_info = {
  id = "directories",
  name = "Directories",
  description = "File activity summed per directory: bytes read and written, operations, opens and errors for all the files in each directory.",
  tips = {
    "Good first look at a busy disk: which part of the file system takes the I/O (logs, caches, temp files).",
    "Enter lists the single files of the selected directory.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "(fd.type=file or fd.type=directory) and fd.name!=''",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "proc.name", "thread.tid",
                "fd.sport", "fd.sproto", "evt.res"},
  drilldown_target = "files",
  use_defaults = true,
  columns = {
    { name = "NA", field = "fd.directory", is_key = true,
      description = "Directory (the row key)." },
    { name = "BYTES IN", field = "evt.buflen.file.in", colsize = 12, aggregation = "SUM",
      description = "Bytes read from files in the directory." },
    { name = "BYTES OUT", field = "evt.buflen.file.out", colsize = 12, aggregation = "SUM",
      description = "Bytes written to files in the directory." },
    { name = "OPS", field = "evt.count.exit", colsize = 9, aggregation = "SUM", is_sorting = true,
      description = "Completed system calls on files in the directory." },
    { name = "OPENS", field = "evt.type.is.open", colsize = 9, aggregation = "SUM",
      description = "Calls to open() (openat is not counted)." },
    { name = "ERRORS", field = "evt.count.error", colsize = 9, aggregation = "SUM",
      description = "Calls that failed." },
    { name = "DIRNAME", field = "fd.directory", colsize = 0,
      description = "Directory path." },
  },
  actions = {
    { hotkey = "l", command = "ls -al %fd.directory", description = "list the directory (local host)" },
  },
}
