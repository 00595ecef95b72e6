-- trowel built-in view: procs_errors.

local P = require("process")  -- views/common/process.lua

view_info = {
  id = "procs_errors",
  name = "Processes Errors",
  description = "For each process, how many of its system calls failed, split by kind: file, network, memory and everything else.",
  tips = {
    "A process piling up FILE errors is often looking for files that are not there (ENOENT) or that it may not open (EACCES, EMFILE).",
    "NET errors are refused or reset connections, timeouts and the like; MEMORY errors are failed allocations (mmap, brk).",
    "Enter opens the Errors view for the selected process: which error codes it got and how often.",
    "Some failures are normal (probing for optional files, EAGAIN on non-blocking sockets): compare with a known-good run.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "evt.type!=switch",
  applies_to = P.applies_to(),
  drilldown_target = "errors",
  use_defaults = true,
  columns = {
    P.column("process_key"),
    { name = "FILE", field = "evt.count.error.file", colsize = 8, aggregation = "SUM",
      description = "Failed calls on files (open, stat, read, ...)." },
    { name = "NET", field = "evt.count.error.net", colsize = 8, aggregation = "SUM",
      description = "Failed calls on sockets (connect, accept, send, ...)." },
    { name = "MEMORY", field = "evt.count.error.memory", colsize = 8, aggregation = "SUM",
      description = "Failed memory calls (mmap, brk, ...)." },
    { name = "OTHER", field = "evt.count.error.other", colsize = 8, aggregation = "SUM",
      description = "Every other failed system call." },
    P.column("pid"),
    P.column("container"),
    P.column("command"),
  },
  actions = P.actions("9cgkls"),
}
