-- trowel chisel: the login shells that ran commands.
description = "Lists the IDs (proc.loginshellid) of the login shells in which programs were executed, optionally only those that ran a program whose name contains COMMAND and whose arguments contain ARGUMENT. Each shell is listed once (sysdig's version prints the last one once per field it keeps)."
short_description = "List the login shell IDs"
category = "Security"
args = {
  { name = "command", description = "only shells that ran a program whose name contains this", argtype = "string", optional = true },
  { name = "argument", description = "... and whose arguments contain this", argtype = "string", optional = true },
}

local util = require "trowel_util"
local want_cmd, want_arg
local fsid, fexe, fargs, fcname, fcid
local containers
local shells = {}

function on_set_arg(name, val)
  if name == "command" then want_cmd = val return true end
  if name == "argument" then want_arg = val return true end
  return false
end

function on_init()
  fsid = chisel.request_field("proc.loginshellid")
  fexe = chisel.request_field("evt.arg.exe")
  fargs = chisel.request_field("evt.arg.args")
  fcname = chisel.request_field("container.name")
  fcid = chisel.request_field("container.id")
  containers = sysdig.is_print_container_data()
  chisel.set_filter("evt.type=execve")
  return true
end

function on_event()
  local sid, exe = evt.field(fsid), evt.field(fexe)
  if sid == nil or exe == nil then return false end
  if want_cmd and not exe:find(want_cmd, 1, true) then return false end
  local args = evt.field(fargs)
  if want_arg and args and not args:find(want_arg, 1, true) then return false end
  shells[sid] = { evt.field(fcname), evt.field(fcid) }
  return false
end

function on_capture_end()
  print(want_cmd and ("Shells containing " .. want_cmd .. ":") or "All shells:")
  for _, sid in ipairs(util.sorted_keys(shells)) do
    if containers then print(sid .. " " .. shells[sid][1] .. " " .. shells[sid][2]) else print(sid) end
  end
end
