-- trowel chisel: the data read from and written to files.
description = "Prints every successful read and write on files: time, process(pid), R or W, size, file name and the data (printable characters). Optionally only reads (R) or writes (W), and only one file. Terminals (/dev/pts, /dev/tty) are skipped unless named."
short_description = "Echo any read/write made by any process to all files. Optionally, you can provide the name of one file to only intercept reads/writes to that file."
category = "I/O"
args = {
  { name = "read_or_write", description = "R: reads only; W: writes only; RW (default): both", argtype = "string", optional = true },
  { name = "spy_on_file_name", description = "the one file to watch", argtype = "string", optional = true },
}

local util = require "trowel_util"
local mode, file
local fdata, fname, fwrite, fpid, fpname, fres, ftime

function on_set_arg(name, val)
  if name == "read_or_write" then mode = val:upper() return true end
  if name == "spy_on_file_name" then file = val return true end
  return false
end

function on_init()
  fdata = chisel.request_field("evt.arg.data")
  fname = chisel.request_field("fd.name")
  fwrite = chisel.request_field("evt.is_io_write")
  fpid = chisel.request_field("proc.pid")
  fpname = chisel.request_field("proc.name")
  fres = chisel.request_field("evt.rawarg.res")
  ftime = chisel.request_field("evt.time")
  sysdig.set_output_format("ascii")
  local f
  if file and file ~= "" then
    f = "(fd.name=" .. file .. ") and "
  else
    f = "(not fd.name contains /dev/pt and not fd.name contains /dev/tty) and "
  end
  if mode == "R" then f = f .. "evt.is_io_read=true and "
  elseif mode == "W" then f = f .. "evt.is_io_write=true and "
  else f = f .. "evt.is_io=true and " end
  chisel.set_filter(f .. "fd.type=file and evt.dir=< and evt.failed=false")
  return true
end

function on_event()
  local res = evt.field(fres)
  print(string.format("%s %s(%s) %s %s %s %s", evt.field(ftime), evt.field(fpname), evt.field(fpid),
        evt.field(fwrite) and "W" or "R", util.format_bytes(res or 0), evt.field(fname), evt.field(fdata)))
  return false
end
