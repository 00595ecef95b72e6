-- trowel chisel: I/O bytes by any field.
description = "Bytes of successful I/O system calls, grouped by any field (e.g. proc.name, fd.name, fd.type, fd.sip); the 30 largest."
short_description = "I/O bytes, aggregated by an arbitrary filter field"
category = "I/O"
args = { { name = "key", description = "the field to group by, e.g. proc.name", argtype = "string" } }

local top = require "trowel_top"
function on_set_arg(name, val)
  top.define{ keys = { val }, headers = { val }, value = "evt.rawarg.res", value_header = "Bytes",
              units = "bytes", filter = "evt.is_io=true and evt.failed=false", top = 30 }
  return true
end
