-- trowel built-in view: procs (the default root view).
--
-- Sorted by CPU (thread.cpu, from the capture's once-a-second procinfo
-- events: AVG per thread, SUM per process), as csysdig's Processes view.

local P = require("process")  -- views/common/process.lua

view_info = {
  id = "procs",
  name = "Processes",
  description = "One row per process, like top: who runs, as which user, how many threads, how much memory and how much file and network I/O each process does.",
  tips = {
    "Idle and exited processes are listed too, with zero rates: the list is everything the capture knew about, not only the busy ones.",
    "Sort by FILE or NET to find the processes doing the most I/O; TH shows processes that spawn many threads.",
    "Enter opens the Threads view of the selected process. F2 shows other views (files, connections, errors) for the same process.",
    "Actions (k, 9, g, ...) run on THIS machine, not on the one the capture came from: be careful with kill when reading a file.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "evt.type!=switch",
  applies_to = P.applies_to("fd.type"),
  is_root = true,
  drilldown_target = "threads",
  use_defaults = true,
  columns = {
    P.column("thread_key"),
    P.column("process_groupby"),
    P.column("pid"),
    { name = "PPID", field = "proc.ppid", colsize = 8,
      description = "Id of the parent process." },
    { name = "CPU", field = "thread.cpu", colsize = 8,
      aggregation = "AVG", groupby_aggregation = "SUM", is_sorting = true,
      description = "CPU used by the process, in percent of one core." },
    { name = "VPID", field = "proc.vpid", colsize = 8, tags = {"containers"},
      description = "Process id as seen inside its container." },
    { name = "USER", field = "user.name", colsize = 12,
      description = "User the process runs as." },
    { name = "TH", field = "proc.nthreads", colsize = 5,
      aggregation = "MAX", groupby_aggregation = "MAX",
      description = "Number of threads of the process." },
    { name = "VIRT", field = "thread.vmsize.b", colsize = 9,
      aggregation = "MAX", groupby_aggregation = "MAX",
      description = "Virtual memory size, in bytes." },
    { name = "RES", field = "thread.vmrss.b", colsize = 9,
      aggregation = "MAX", groupby_aggregation = "MAX",
      description = "Resident memory (RSS), in bytes." },
    { name = "FILE", field = "evt.buflen.file", colsize = 8,
      aggregation = "TIME_AVG", groupby_aggregation = "SUM",
      description = "File bytes read plus written, per second." },
    { name = "NET", field = "evt.buflen.net", colsize = 8,
      aggregation = "TIME_AVG", groupby_aggregation = "SUM",
      description = "Network bytes received plus sent, per second." },
    P.column("container"),
    P.column("command"),
  },
  actions = P.actions("9cgklsf[]"),
}
