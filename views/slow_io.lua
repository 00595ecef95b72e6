-- trowel built-in view: slow_io.

view_info = {
  id = "slow_io",
  name = "Slow File I/O",
  description = "Every read or write on a regular file that took longer than one millisecond, slowest first.",
  tips = {
    "Each row is one slow call: when, how long, which file, which process. Device files (/dev/...) are left out.",
    "Many slow calls on one file or at the same moment point at a saturated disk or a file system stall.",
    "Rows have no drill-down; use F2 (Files, Processes) to look around.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "evt.is_io=true and fd.type=file and (not fd.name contains '/dev/') and evt.latency>1000000",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "thread.tid", "proc.name"},
  use_defaults = true,
  columns = {
    { name = "NA", field = "evt.rawtime", is_key = true,
      description = "Event timestamp (the row key: one row per call)." },
    { name = "TIME", field = "evt.time", colsize = 20,
      description = "When the call returned." },
    { name = "LATENCY", field = "evt.latency", colsize = 9, is_sorting = true,
      description = "How long the call took." },
    { name = "FILENAME", field = "fd.name", colsize = 32,
      description = "The file." },
    { name = "PID", field = "proc.pid", colsize = 8,
      description = "Process id." },
    { name = "Command", field = "proc.exeline", colsize = 0, aggregation = "MAX",
      description = "Command line of the process." },
  },
}
