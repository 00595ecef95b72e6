-- trowel built-in view: procs_cpu.
--
-- TOT/USER/SYS are thread.cpu, thread.cpu.user and thread.cpu.system: the
-- CPU percentages the engine computes from the capture's procinfo events.

local P = require("process")  -- views/common/process.lua

view_info = {
  id = "procs_cpu",
  name = "Processes CPU",
  description = "Processes ranked by CPU use, split into the time spent in user code and in the kernel, with the rate of system calls each one makes.",
  tips = {
    "A process with high SYS and a high SYSCALLS rate spends its time in the kernel: look at its system calls (F2, System Calls) to see which.",
    "High USER with few syscalls means plain computation in the program itself.",
    "Enter opens the Threads view of the process, to see which thread burns the CPU.",
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
    P.column("vpid"),
    { name = "TOT", field = "thread.cpu", colsize = 8,
      aggregation = "AVG", groupby_aggregation = "SUM", is_sorting = true,
      description = "Total CPU use, in percent of one core." },
    { name = "USER", field = "thread.cpu.user", colsize = 8,
      aggregation = "AVG", groupby_aggregation = "SUM",
      description = "CPU spent running the program's own code (user mode)." },
    { name = "SYS", field = "thread.cpu.system", colsize = 8,
      aggregation = "AVG", groupby_aggregation = "SUM",
      description = "CPU spent in the kernel on behalf of the process." },
    { name = "SYSCALLS", field = "evt.count", colsize = 9,
      aggregation = "TIME_AVG", groupby_aggregation = "SUM",
      description = "Events (mostly system calls) per second." },
    P.column("container"),
    P.column("command"),
  },
  actions = P.actions("9cgkls"),
}
