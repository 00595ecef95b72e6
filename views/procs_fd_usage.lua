-- trowel built-in view: procs_fd_usage.

local P = require("process")  -- views/common/process.lua

view_info = {
  id = "procs_fd_usage",
  name = "Processes FD Usage",
  description = "How many file descriptors each process has open, against its limit (ulimit -n), and how close to the limit that is.",
  tips = {
    "A PCT close to 100 means the process will soon fail with EMFILE (too many open files): a descriptor leak is the usual cause.",
    "An OPEN count that only grows over the capture is a leak; check which files with the lsof or Files view (F2).",
    "Enter opens I/O by Type for the process: what kind of descriptors (files, sockets, pipes) it uses.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "evt.type!=switch",
  applies_to = P.applies_to("fd.type"),
  is_root = true,
  drilldown_target = "io_by_type",
  use_defaults = true,
  columns = {
    P.column("process_key"),
    P.column("pid"),
    P.column("vpid"),
    { name = "OPEN", field = "proc.fdopencount", colsize = 8, aggregation = "MAX", is_sorting = true,
      description = "Number of file descriptors open." },
    { name = "MAX", field = "proc.fdlimit", colsize = 8, aggregation = "MAX",
      description = "Most file descriptors the process may have open (its RLIMIT_NOFILE)." },
    { name = "PCT", field = "proc.fdusage", colsize = 8, aggregation = "MAX",
      description = "OPEN as a percentage of MAX." },
    P.column("container"),
    P.column("command"),
  },
  actions = P.actions("9cfgkls"),
}
