-- trowel built-in view: backlog.
--
-- The accept exit event carries the listen queue state (queuepct, queuelen,
-- queuemax); the columns read them by name. accept4 is included as well.

view_info = {
  id = "backlog",
  name = "Socket Queues",
  description = "For each listening port, how full its queue of not yet accepted connections was when the server accepted one.",
  tips = {
    "A queue that stays near its maximum means clients wait because the server does not call accept fast enough; when it is full the kernel drops new connections.",
    "Enter lists the connections of the selected port.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "evt.type in (accept, accept4) and evt.dir=<",
  applies_to = {"", "proc.pid", "proc.name", "fd.sport", "fd.sproto"},
  drilldown_target = "connections",
  use_defaults = true,
  columns = {
    { name = "NA", field = "fd.sport", is_key = true,
      description = "Server port (the row key)." },
    { name = "PID", field = "proc.pid", colsize = 15,
      description = "Process that accepts on the port." },
    { name = "PORT", field = "fd.sport", colsize = 15,
      description = "Server port." },
    { name = "BACKLOG", field = "evt.arg.queuelen", colsize = 15, aggregation = "AVG", is_sorting = true,
      description = "Connections waiting in the queue (average over the accepts)." },
    { name = "BACKLOG_PCT", field = "evt.arg.queuepct", colsize = 15, aggregation = "AVG",
      description = "Queue fill level in percent (average)." },
    { name = "BACKLOG_MAX", field = "evt.arg.queuemax", colsize = 15,
      description = "Queue size (the listen() backlog)." },
    { name = "PROC", field = "proc.name", colsize = 50,
      description = "Name of the accepting process." },
  },
}
