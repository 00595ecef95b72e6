-- trowel chisel: the data processes read and write, on every kind of fd.
description = "Prints the data of every successful read and write (files, sockets, pipes ...): a coloured header line (red: read, blue: write) with the size, fd name and process, then the data (non-printable bytes as '.'). Use a filter to restrict it, e.g. proc.name=nginx."
short_description = "Print the data read and written by processes."
category = "I/O"
args = {}

local util = require "trowel_util"
local c = util.color
local fdata, fread, fres, fname, fpname, fcname, fcid
local containers

function on_init()
  fdata = chisel.request_field("evt.arg.data")
  fread = chisel.request_field("evt.is_io_read")
  fres = chisel.request_field("evt.rawarg.res")
  fname = chisel.request_field("fd.name")
  fpname = chisel.request_field("proc.name")
  fcname = chisel.request_field("container.name")
  fcid = chisel.request_field("container.id")
  containers = sysdig.is_print_container_data()
  chisel.set_filter("evt.is_io=true and evt.dir=< and evt.rawres>0")
  return true
end

function on_event()
  local res = evt.field(fres)
  if res == nil or res <= 0 then return false end
  local name = evt.field(fname) or "<NA>"
  local pname = evt.field(fpname)
  local ctext = ""
  if containers then
    local cname = evt.field(fcname)
    ctext = string.format("%s [%s] [%s]", cname == "host" and c.green or c.cyan, cname, evt.field(fcid))
  end
  local color = evt.field(fread) and c.red or c.blue
  local verb = evt.field(fread) and "Read" or "Write"
  local prep = evt.field(fread) and "from" or "to"
  print(string.format("%s------ %s %s %s %s %s %s (%s)", color, verb, util.format_bytes(res), prep, ctext,
        color, name, pname))
  print(evt.field(fdata))
  return false
end

function on_capture_end()
  print(c.reset)
end
