-- trowel chisel: Top processes by R+W disk bytes
description = "Processes by the bytes they read from and wrote to files (successful file I/O); the 10 largest."
short_description = "Top processes by R+W disk bytes"
category = "I/O"
args = {}

require("trowel_top").define{
  keys = {"proc.name", "proc.pid"}, headers = {"Process", "PID"},
  value = "evt.rawarg.res", value_header = "Bytes", units = "bytes",
  filter = "fd.type=file and evt.is_io=true", top = 10,
}
