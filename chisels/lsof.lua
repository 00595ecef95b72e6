-- trowel chisel: open file descriptors, like lsof.
description = "The open file descriptors of every process, like lsof: COMMAND PID TID USER FD TYPE NAME. By default the descriptors open at the END of the capture (what a leak investigation needs); --at start shows them at the first event, as sysdig's lsof does. The filter argument (or the command-line filter) selects descriptors, e.g. 'proc.name=python3 and fd.name contains log'."
short_description = "List (and optionally filter) the open file descriptors."
category = "System State"
args = {
  { name = "filter", description = "a filter on the descriptors, e.g. 'proc.name=foo and fd.name contains /etc'", argtype = "filter", optional = true },
  { name = "at", description = "when: 'end' (default) or 'start' of the capture", argtype = "string", optional = true },
}

local util = require "trowel_util"
local pad = util.pad

require("trowel_snapshot").define{
  print_table = function(threads)
    print(pad("COMMAND", 20) .. pad("PID", 8) .. pad("TID", 8) .. pad("USER", 8) .. pad("FD", 8) ..
          pad("TYPE", 12) .. "NAME")
    for _, tid in ipairs(util.sorted_keys(threads)) do
      local t = threads[tid]
      for _, fd in ipairs(util.sorted_keys(t.fdtable)) do
        local f = t.fdtable[fd]
        print(pad(t.comm, 20) .. pad(t.pid, 8) .. pad(tid, 8) .. pad(t.username, 8) .. pad(fd, 8) ..
              pad(f.type, 12) .. f.name)
      end
    end
  end,
}
