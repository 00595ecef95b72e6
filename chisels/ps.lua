-- trowel chisel: processes, like ps.
description = "The threads of the machine, like ps: TID PID USER VIRT RES FDLIMIT CMD. By default at the END of the capture (processes that exited are gone); --at start lists them at the first event, as sysdig's ps does. The filter argument (or the command-line filter) selects threads by their descriptors."
short_description = "List (and optionally filter) the machine processes."
category = "System State"
args = {
  { name = "filter", description = "a filter, e.g. 'proc.name=foo'", argtype = "filter", optional = true },
  { name = "at", description = "when: 'end' (default) or 'start' of the capture", argtype = "string", optional = true },
}

local util = require "trowel_util"
local pad = util.pad

require("trowel_snapshot").define{
  print_table = function(threads)
    print(pad("TID", 8) .. pad("PID", 8) .. pad("USER", 12) .. pad("VIRT", 11) .. pad("RES", 11) ..
          pad("FDLIMIT", 10) .. "CMD")
    for _, tid in ipairs(util.sorted_keys(threads)) do
      local t = threads[tid]
      print(pad(tid, 8) .. pad(t.pid, 8) .. pad(t.username, 12) ..
            pad(util.format_bytes(t.vmsize_kb * 1024), 11) .. pad(util.format_bytes(t.vmrss_kb * 1024), 11) ..
            pad(t.fdlimit, 10) .. t.comm)
    end
  end,
}
