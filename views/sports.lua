-- trowel built-in view: sports.

view_info = {
  id = "sports",
  name = "Server Ports",
  description = "Network traffic summed per server port (the port the server side listens on), in both directions.",
  tips = {
    "Answers 'which service is busy': 443, 5432, 6379 ... ranked by incoming bytes per second.",
    "Enter lists the connections to the selected port.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "(fd.type=ipv4 or fd.type=ipv6) and fd.name!=''",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "thread.tid", "proc.name", "evt.res"},
  drilldown_target = "connections",
  use_defaults = true,
  columns = {
    { name = "NA", field = "fd.sport", is_key = true,
      description = "Server port (the row key)." },
    { name = "SPORT", field = "fd.sport", colsize = 8,
      description = "Server port." },
    { name = "BPS IN", field = "evt.buflen.net.in", colsize = 12, aggregation = "TIME_AVG", is_sorting = true,
      description = "Bytes received per second on connections to the port." },
    { name = "BPS OUT", field = "evt.buflen.net.out", colsize = 12, aggregation = "TIME_AVG",
      description = "Bytes sent per second." },
    { name = "IO CALLS", field = "evt.count", colsize = 12, aggregation = "SUM",
      description = "Calls on sockets of the port." },
  },
  actions = {
    { hotkey = "t", command = "tcpdump -niany port %fd.sport", description = "capture the port's packets (local host)", wait_finish = false },
  },
}
