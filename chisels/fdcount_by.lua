-- trowel chisel: distinct fds by any field.
description = "The number of distinct file descriptors (fd number and name) that were used, grouped by any field (e.g. proc.name, fd.type, fd.sip, fd.directory). Prints key<TAB>count, largest first."
short_description = "FD count, aggregated by an arbitrary filter field"
category = "I/O"
args = { { name = "key", description = "the field to group by, e.g. proc.name", argtype = "string" } }

local top = require "trowel_top"
local key_name
local fkey, fnum, fname
local seen, counts = {}, {}

function on_set_arg(name, val) key_name = val return true end

function on_init()
  fkey = chisel.request_field(key_name)
  fnum = chisel.request_field("fd.num")
  fname = chisel.request_field("fd.name")
  return true
end

function on_event()
  local key, num, name = evt.field(fkey), evt.field(fnum), evt.field(fname)
  if key == nil or num == nil or num <= 0 or name == nil or name == "" then return false end
  key = tostring(key)
  local fds = seen[key]
  if not fds then fds = {} seen[key] = fds counts[key] = 0 end
  local id = num .. "\0" .. name
  if not fds[id] then
    fds[id] = true
    counts[key] = counts[key] + 1
  end
  return false
end

function on_capture_end()
  top.print_key_values(counts, math.huge)
end
