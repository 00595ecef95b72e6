-- trowel built-in view: syscall_procs.
--
-- csysdig leaves drilldown_target empty here, so Enter falls back to the
-- first view applying to proc.pid (Connections). trowel goes to Threads,
-- which is what the user drilling into a process expects. The columns are
-- csysdig's (no PID column), so --raw rows equal csysdig's.

view_info = {
  id = "syscall_procs",
  name = "Syscall Callers",
  description = "The processes making system calls, ranked by call rate, with the time they spent inside them. Reached from System Calls to see who makes a call.",
  tips = {
    "Opened with Enter on a row of System Calls: it then lists only the callers of that system call.",
    "Enter shows the threads of the selected process.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "syscall.type exists",
  applies_to = {"evt.type"},
  drilldown_target = "threads",
  use_defaults = true,
  columns = {
    { name = "NA", field = "proc.pid", is_key = true,
      description = "Process id (the row key)." },
    { name = "CALLS/S", field = "evt.count", colsize = 10, aggregation = "TIME_AVG", is_sorting = true,
      description = "Events of the call per second." },
    { name = "TIME", field = "evt.latency", colsize = 10, aggregation = "SUM",
      description = "Total time spent inside the call." },
    { name = "Command", field = "proc.exeline", colsize = 0, aggregation = "MAX",
      description = "Command line of the process." },
  },
}
