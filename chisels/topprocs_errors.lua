-- trowel chisel: Top processes by number of errors
description = "Processes by the number of system calls that failed (evt.failed), with their PID; the 100 largest."
short_description = "Top processes by number of errors"
category = "Errors"
args = {}

require("trowel_top").define{
  keys = {"proc.name", "proc.pid"}, headers = {"Process", "PID"},
  value = "evt.count", value_header = "#Errors", units = "none",
  filter = "evt.failed=true", top = 100,
}
