-- trowel chisel: Top processes by network I/O
description = "Processes by the bytes they sent and received on IPv4/IPv6 sockets; the 100 largest."
short_description = "Top processes by network I/O"
category = "Net"
args = {}

require("trowel_top").define{
  keys = {"proc.name", "proc.pid"}, headers = {"Process", "PID"},
  value = "evt.rawarg.res", value_header = "Bytes", units = "bytes",
  filter = "(fd.type=ipv4 or fd.type=ipv6) and evt.is_io=true", top = 100,
}
