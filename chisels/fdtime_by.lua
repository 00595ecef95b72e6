-- trowel chisel: time in I/O by any field.
description = "Time spent in I/O system calls on fds, grouped by any field (e.g. proc.name, fd.name, fd.type); the 10 largest."
short_description = "FD time group by"
category = "I/O"
args = { { name = "key", description = "the field to group by, e.g. fd.name", argtype = "string" } }

-- The callbacks must exist when the file has run (they are looked up once,
-- as in sysdig): define them now, the key arrives in on_set_arg.
local spec = { keys = {}, headers = {}, value = "evt.latency", value_header = "Time",
               units = "time", filter = "evt.is_io=true", top = 10 }
require("trowel_top").define(spec)

function on_set_arg(name, val)
  spec.keys[1], spec.headers[1] = val, val
  return true
end
