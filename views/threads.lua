-- trowel built-in view: threads.
--
-- Sorted by CPU (thread.cpu, from the capture's procinfo events), as
-- csysdig's Threads view.

view_info = {
  id = "threads",
  name = "Threads",
  description = "One row per thread, with the file and network I/O each thread does. Use it inside a process to see which of its threads is busy.",
  tips = {
    "Reached from Processes with Enter: it then lists the threads of that process only.",
    "A single thread doing all the I/O of a multithreaded server is a hint of a serialisation point.",
    "Enter opens the Files view for the selected thread.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "evt.type!=switch",
  applies_to = {"", "proc.pid", "thread.nametid", "proc.name", "container.id", "fd.sport",
                "fd.sproto", "fd.name", "fd.containername", "fd.directory",
                "fd.containerdirectory", "evt.res"},
  is_root = true,
  drilldown_target = "files",
  use_defaults = true,
  columns = {
    { name = "NA", field = "thread.tid", is_key = true,
      description = "Thread id (the row key)." },
    { name = "PID", field = "proc.pid", colsize = 8,
      description = "Id of the process the thread belongs to." },
    { name = "TID", field = "thread.tid", colsize = 8,
      description = "Thread id." },
    { name = "CPU", field = "thread.cpu", colsize = 8, aggregation = "AVG",
      is_sorting = true, description = "CPU use of the thread, percent of one core." },
    { name = "VPID", field = "proc.vpid", colsize = 8, tags = {"containers"},
      description = "Process id inside its container." },
    { name = "FILE", field = "evt.buflen.file", colsize = 8, aggregation = "TIME_AVG",
      description = "File bytes read plus written, per second." },
    { name = "NET", field = "evt.buflen.net", colsize = 8, aggregation = "TIME_AVG",
      description = "Network bytes received plus sent, per second." },
    { name = "CONTAINER", field = "container.name", colsize = 20, tags = {"containers"},
      description = "Container the thread runs in." },
    { name = "Command", field = "proc.exeline", colsize = 0, aggregation = "MAX",
      description = "Command line of the process." },
  },
}
