-- trowel chisel: I/O bytes by any field.
description = "Bytes of successful I/O system calls, grouped by any field (e.g. proc.name, fd.name, fd.type, fd.sip); the 30 largest."
short_description = "I/O bytes, aggregated by an arbitrary filter field"
category = "I/O"
args = { { name = "key", description = "the field to group by, e.g. proc.name", argtype = "string" } }

-- The callbacks must exist when the file has run (they are looked up once,
-- as in sysdig): define them now, the key arrives in on_set_arg.
local spec = { keys = {}, headers = {}, value = "evt.rawarg.res", value_header = "Bytes",
               units = "bytes", filter = "evt.is_io=true and evt.failed=false", top = 30 }
require("trowel_top").define(spec)

function on_set_arg(name, val)
  spec.keys[1], spec.headers[1] = val, val
  return true
end
