-- trowel built-in view: page_faults.

local P = require("process")  -- views/common/process.lua

view_info = {
  id = "page_faults",
  name = "Page Faults",
  description = "Page faults per process: major faults had to read from disk, minor ones were served from memory.",
  tips = {
    "Many MAJOR faults mean the process waits on disk for its memory: the machine may be short of RAM and swapping.",
    "The counts are the totals the kernel reports for the process's threads, not only those during the capture.",
    "Enter opens the Errors view for the selected process.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "evt.type!=switch",
  applies_to = P.applies_to(),
  drilldown_target = "errors",
  use_defaults = true,
  columns = {
    P.column("process_key"),
    { name = "MAJOR", field = "thread.pfmajor", colsize = 9, aggregation = "MAX", is_sorting = true,
      description = "Major page faults (needed a disk read)." },
    { name = "MINOR", field = "thread.pfminor", colsize = 9, aggregation = "MAX",
      description = "Minor page faults (no disk read)." },
    P.column("pid"),
    { name = "Command", field = "proc.exeline", colsize = 0, aggregation = "MAX",
      description = "Command line of the process." },
  },
}
