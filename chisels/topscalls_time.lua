-- trowel chisel: Top system calls by time
description = "System calls by the total time spent in them (the latency of their exit events); the 30 largest."
short_description = "Top system calls by time"
category = "Performance"
args = {}

require("trowel_top").define{
  keys = {"evt.type"}, headers = {"Syscall"},
  value = "evt.latency", value_header = "Time", units = "time",
  filter = "", top = 30,
}
