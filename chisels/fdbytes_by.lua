-- trowel chisel: I/O bytes by any field.
description = "Bytes of successful I/O system calls, grouped by any field (e.g. proc.name, fd.name, fd.type, fd.sip); the 30 largest."
short_description = "I/O bytes, aggregated by an arbitrary filter field"
category = "I/O"
args = { { name = "key", description = "the field to group by, e.g. proc.name", argtype = "string" } }

-- Grouped by the field given as the argument.
require("trowel_top").define_by_arg{
  value = "evt.rawarg.res", value_header = "Bytes", units = "bytes",
  filter = "evt.is_io=true and evt.failed=false", top = 30 }
