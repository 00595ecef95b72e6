-- trowel chisel: time in I/O by any field.
description = "Time spent in I/O system calls on fds, grouped by any field (e.g. proc.name, fd.name, fd.type); the 10 largest."
short_description = "FD time group by"
category = "I/O"
args = { { name = "key", description = "the field to group by, e.g. fd.name", argtype = "string" } }

-- Grouped by the field given as the argument.
require("trowel_top").define_by_arg{
  value = "evt.latency", value_header = "Time", units = "time",
  filter = "evt.is_io=true", top = 10 }
