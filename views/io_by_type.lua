-- trowel built-in view: io_by_type.

view_info = {
  id = "io_by_type",
  name = "I/O by Type",
  description = "I/O grouped by the kind of descriptor it went through: files, IPv4/IPv6 sockets, unix sockets, pipes, events and so on.",
  tips = {
    "Tells at a glance whether a process is disk bound, network bound or talking to local processes (unix sockets, pipes).",
    "TIME is the total time spent inside those calls.",
    "Enter shows the processes doing I/O of the selected type.",
  },
  tags = {"Default"},
  view_type = "table",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "proc.name", "thread.tid",
                "fd.sport", "fd.sproto", "evt.res"},
  drilldown_target = "procs",
  use_defaults = true,
  columns = {
    { name = "NA", field = "fd.type", is_key = true,
      description = "Descriptor type (the row key)." },
    { name = "BPS IN", field = "evt.buflen.in", colsize = 12, aggregation = "TIME_AVG",
      description = "Bytes read per second." },
    { name = "BPS OUT", field = "evt.buflen.out", colsize = 12, aggregation = "TIME_AVG",
      description = "Bytes written per second." },
    { name = "IOPS", field = "evt.count", colsize = 9, aggregation = "TIME_AVG", is_sorting = true,
      description = "Calls per second on descriptors of this type." },
    { name = "TIME", field = "evt.latency", colsize = 9, aggregation = "SUM",
      description = "Total time spent in those calls." },
    { name = "I/O Type", field = "fd.type", colsize = 0,
      description = "Descriptor type: file, directory, ipv4, ipv6, unix, pipe, event, signalfd, ..." },
  },
}
