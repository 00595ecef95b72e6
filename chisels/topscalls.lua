-- trowel chisel: Top system calls by number of calls
description = "System calls by the number of calls (enter and exit events, internal events included, context switches excluded); the 30 largest."
short_description = "Top system calls by number of calls"
category = "Performance"
args = {}

require("trowel_top").define{
  keys = {"evt.type"}, headers = {"Syscall"},
  value = "evt.count", value_header = "# Calls", units = "none",
  filter = "evt.type!=switch", top = 30,
}
