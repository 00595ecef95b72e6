-- trowel chisel: how long processes ran.
description = "Prints, for every process that exits, how long it ran (proc.duration), its name and arguments. Colours: green for host processes, blue for containers, yellow from 3 s, red from 10 s."
short_description = "Show process execution time"
category = "Performance"
args = {}

local util = require "trowel_util"
local c = util.color
local fname, fargs, fdur, fcname, fcid
local containers
local YELLOW_NS, RED_NS = 3000000000, 10000000000

function on_init()
  fname = chisel.request_field("proc.name")
  fargs = chisel.request_field("proc.args")
  fdur = chisel.request_field("proc.duration")
  fcname = chisel.request_field("container.name")
  fcid = chisel.request_field("container.id")
  containers = sysdig.is_print_container_data()
  chisel.set_filter("evt.type=procexit")
  if containers then
    print(string.format("%-13.13s %-20.20s %-20.20s %-12.12s %s", "proc.duration", "container.id",
          "container.name", "proc.name", "proc.args"))
    print(string.format("%-13.13s %-20.20s %-20.20s %-12.12s %s", string.rep("-", 13), string.rep("-", 20),
          string.rep("-", 20), string.rep("-", 12), string.rep("-", 20)))
  else
    print(string.format("%-13.13s %-12.12s %s", "proc.duration", "proc.name", "proc.args"))
    print(string.format("%-13.13s %-12.12s %s", string.rep("-", 13), string.rep("-", 12), string.rep("-", 20)))
  end
  return true
end

function on_event()
  local d = evt.field(fdur)
  if d == nil then return false end
  local cname = evt.field(fcname)
  local color = c.green
  if d > RED_NS then color = c.red
  elseif d > YELLOW_NS then color = c.yellow
  elseif cname ~= "host" then color = c.blue end
  if containers then
    print(color .. string.format("%-13.13s %-20.20s %-20.20s %-12.12s %s", util.format_time(d), evt.field(fcid),
          cname, evt.field(fname), evt.field(fargs)))
  else
    print(color .. string.format("%-13.13s %-12.12s %s", util.format_time(d), evt.field(fname), evt.field(fargs)))
  end
  return false
end

function on_capture_end()
  print(c.reset)
end
