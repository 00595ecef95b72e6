-- trowel chisel: the data exchanged on sockets matching fd.ip.
description = "Show the data exchanged with the given IP address: every successful read and write on IPv4/IPv6 sockets whose either end matches, as a coloured header (red: read, blue: write) when the direction changes, then the data."
short_description = "Show the data exchanged with the given IP address"
category = "Net"
args = {
  { name = "host_ip", description = "the IP address (either end of the connection)", argtype = "ipv4" },
  { name = "disable_color", description = "'disable_colors' to print without ANSI colours", argtype = "string", optional = true },
}

local util = require "trowel_util"
local value
local fdata, fread, fres
local last_dir

function on_set_arg(name, val)
  if name == "host_ip" then value = val return true end
  if name == "disable_color" then
    if val == "disable_colors" then util.enable_color(false) end
    return true
  end
  return false
end

function on_init()
  fdata = chisel.request_field("evt.arg.data")
  fread = chisel.request_field("evt.is_io_read")
  fres = chisel.request_field("evt.rawarg.res")
  chisel.set_filter("evt.is_io=true and (fd.type=ipv4 or fd.type=ipv6) and fd.ip=" .. value)
  return true
end

function on_event()
  local res = evt.field(fres)
  if res == nil or res <= 0 then return false end
  local data = evt.field(fdata)
  if data == nil then return false end
  local reading = evt.field(fread)
  if reading ~= last_dir then
    last_dir = reading
    local c = util.color
    print(string.format("%s------ %s %s", reading and c.red or c.blue, reading and "Read" or "Write",
          util.format_bytes(res)))
  end
  print(data)
  return false
end

function on_capture_end()
  if last_dir ~= nil then print(util.color.reset) end
end
