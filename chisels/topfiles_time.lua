-- trowel chisel: Top files by time
description = "Files by the time spent in I/O system calls on them; the 10 largest."
short_description = "Top files by time"
category = "I/O"
args = {}

require("trowel_top").define{
  keys = {"fd.name"}, headers = {"Filename"},
  value = "evt.latency", value_header = "Time", units = "time",
  filter = "fd.type=file and evt.is_io=true", top = 10,
}
