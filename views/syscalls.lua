-- trowel built-in view: syscalls.

view_info = {
  id = "syscalls",
  name = "System Calls",
  description = "Which system calls were made, how many per second, and how much time was spent in them in total and per call.",
  tips = {
    "High TOT TIME on read, poll, futex or select is usually waiting, not work: check AVG TIME and who calls them.",
    "An unusually high rate of one call (stat, open, futex) often points at a busy loop or lock contention.",
    "Enter shows the processes making the selected system call.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "syscall.type exists",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "proc.name", "thread.tid",
                "fd.sport", "fd.sproto", "fd.name", "fd.containername", "fd.directory",
                "fd.containerdirectory", "evt.res"},
  drilldown_target = "syscall_procs",
  use_defaults = true,
  columns = {
    { name = "NA", field = "evt.type", is_key = true,
      description = "System call name (the row key)." },
    { name = "CALLS/S", field = "evt.count", colsize = 10, aggregation = "TIME_AVG", is_sorting = true,
      description = "Events of the call per second (entries and exits)." },
    { name = "TOT TIME", field = "evt.latency", colsize = 10, aggregation = "SUM",
      description = "Total time spent inside the call." },
    { name = "AVG TIME", field = "evt.latency", colsize = 10, aggregation = "AVG",
      description = "Average time per event." },
    { name = "SYSCALL", field = "evt.type", colsize = 32,
      description = "System call name." },
  },
}
