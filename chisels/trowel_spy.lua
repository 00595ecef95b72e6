-- trowel chisel helper: the body of spy_ip and spy_port. install(arg, field)
-- defines the chisel callbacks: the argument named `arg` is the value that
-- `field` (fd.ip, fd.port) must equal; every successful read/write on an
-- IPv4/IPv6 socket matching it is printed as a coloured direction header
-- (red: read, blue: write) when the direction changes, then the data.
local util = require "trowel_util"

local M = {}

function M.install(arg_name, field)
  local value
  local fdata, fread, fres
  local last_dir

  function on_set_arg(name, val)
    if name == arg_name then value = val return true end
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
    chisel.set_filter("evt.is_io=true and (fd.type=ipv4 or fd.type=ipv6) and " .. field .. "=" .. value)
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
end

return M
