-- trowel chisel: Top network connections by total bytes
description = "Network connections by the bytes sent and received on them, with their L4 protocol; the 30 largest."
short_description = "Top network connections by total bytes"
category = "Net"
args = {}

require("trowel_top").define{
  keys = {"fd.l4proto", "fd.name"}, headers = {"Proto", "Conn"},
  value = "evt.rawarg.res", value_header = "Bytes", units = "bytes",
  filter = "(fd.type=ipv4 or fd.type=ipv6) and evt.is_io=true", top = 30,
}
