-- trowel built-in view: procs_cpu.
--
-- MISSING FIELDS: thread.cpu, thread.cpu.user, thread.cpu.system. trowel's
-- engine does not compute per-thread CPU usage yet, so this view loads but
-- stops at run time with "invalid field name thread.cpu" until it does.

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
  applies_to = {"", "container.id", "fd.name", "fd.containername", "fd.sport", "fd.sproto",
                "evt.type", "fd.directory", "fd.containerdirectory", "fd.type"},
  is_root = true,
  drilldown_target = "threads",
  use_defaults = true,
  columns = {
    { name = "NA", field = "thread.tid", is_key = true,
      description = "Thread id: rows are gathered per thread first." },
    { name = "NA", field = "proc.pid", is_groupby_key = true,
      description = "Process id: the thread rows are merged per process." },
    { name = "PID", field = "proc.pid", colsize = 8,
      description = "Process id." },
    { name = "VPID", field = "proc.vpid", colsize = 8, tags = {"containers"},
      description = "Process id inside its container." },
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
    { name = "CONTAINER", field = "container.name", colsize = 20, tags = {"containers"},
      description = "Container the process runs in." },
    { name = "Command", field = "proc.exeline", colsize = 0, aggregation = "MAX",
      description = "Command line: the executable and its arguments." },
  },
  actions = {
    { hotkey = "9", command = "kill -9 %proc.pid", description = "send SIGKILL (local host)", ask_confirmation = true, wait_finish = false },
    { hotkey = "c", command = "gcore %proc.pid", description = "write a core file of the process" },
    { hotkey = "g", command = "gdb -p %proc.pid", description = "attach gdb", wait_finish = false },
    { hotkey = "k", command = "kill %proc.pid", description = "send SIGTERM (local host)", ask_confirmation = true, wait_finish = false },
    { hotkey = "l", command = "ltrace -p %proc.pid", description = "trace library calls" },
    { hotkey = "s", command = "gdb -p %proc.pid --batch --quiet -ex \"thread apply all bt full\" -ex \"quit\"", description = "print the stack of every thread" },
  },
}
