-- trowel built-in view: incoming_connections.
--
-- Unlike csysdig (accept only), the filter also takes accept4, which is what
-- current servers call.

view_info = {
  id = "incoming_connections",
  name = "New Connections",
  description = "Every connection a server accepted, in order: when, the client and server endpoints, and the accepting command.",
  tips = {
    "A list: one line per accepted connection. A burst of lines from one client can be a retry storm or a scan.",
    "Drill into a server port first (Server Ports, then Enter and F2) to see only its clients.",
  },
  tags = {"Default"},
  view_type = "list",
  filter = "evt.type in (accept, accept4) and evt.dir=< and evt.failed=false",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "thread.tid", "proc.name",
                "fd.name", "fd.containername", "fd.sport", "fd.sproto", "fd.port",
                "fd.lport", "fd.rport"},
  columns = {
    { name = "TIME", field = "evt.time", colsize = 19,
      description = "When the connection was accepted." },
    { name = "Connection", field = "fd.name", colsize = 40,
      description = "client ip:port -> server ip:port." },
    { name = "Command", field = "proc.exeline", colsize = 0, aggregation = "MAX",
      description = "Command line of the accepting process." },
  },
}
