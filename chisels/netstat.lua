-- trowel chisel: network connections, like netstat.
description = "The IPv4/IPv6 sockets of every process, like netstat -anp: Proto, server address, client address, state (LISTEN or ESTABLISHED), TID/PID/program. By default at the END of the capture; --at start at the first event, as sysdig's netstat does."
short_description = "List (and optionally filter) network connections."
category = "Net"
args = {
  { name = "filter", description = "a filter, e.g. 'proc.name=foo and fd.port=80'", argtype = "filter", optional = true },
  { name = "at", description = "when: 'end' (default) or 'start' of the capture", argtype = "string", optional = true },
}

local util = require "trowel_util"
local pad = util.pad

require("trowel_snapshot").define{
  base_filter = "(fd.type=ipv4 or fd.type=ipv6)",
  print_table = function(threads)
    print(pad("Proto", 6) .. pad("Server Address", 25) .. pad("Client Address", 25) .. pad("State", 15) ..
          "TID/PID/Program Name")
    for _, tid in ipairs(util.sorted_keys(threads)) do
      local t = threads[tid]
      for _, fd in ipairs(util.sorted_keys(t.fdtable)) do
        local f = t.fdtable[fd]
        if f.sip then
          local client, state = (f.cip or "0.0.0.0") .. ":" .. (f.cport or "*"), "ESTABLISHED"
          if f.cip == nil then state = "LISTEN" end
          print(pad(f.l4proto, 6) .. pad(f.sip .. ":" .. f.sport, 25) .. pad(client, 25) .. pad(state, 15) ..
                tid .. "/" .. t.pid .. "/" .. t.comm)
        end
      end
    end
  end,
}
