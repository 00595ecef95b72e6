-- trowel_snapshot: the thread/fd tables at a point of the capture, for
-- lsof, ps and netstat.
--
-- By default the tables are read at the END of the capture (what was open
-- when the recording stopped: the question a leak investigation asks);
-- `--at start` (argument at=start) reads them at the first event, as
-- sysdig's lsof/ps/netstat do. The filter argument (or, without one, the
-- command line filter) selects the fds (a thread is listed only if one of
-- its fds matches). At the end, processes that exited during the capture
-- are included with the descriptors they held when they exited.
local M = {}

-- Installs on_set_arg/on_capture_start/on_event/on_capture_end; `print_table`
-- is called with the thread table (sysdig.get_thread_table(filter)).
function M.define(opts)
  local filter, at = nil, "end"
  local started, matched = false, false

  function on_set_arg(name, val)
    if name == "filter" then filter = val return true end
    if name == "at" then
      if val ~= "start" and val ~= "end" then
        print("--at takes 'start' or 'end', not '" .. val .. "'")
        return false
      end
      at = val
      return true
    end
    return false
  end

  function on_init() return true end

  function on_capture_start()
    started = true
    return true
  end

  local function effective_filter()
    local f = filter
    if (f == nil or f == "") and sysdig.get_filter() ~= "" then f = sysdig.get_filter() end
    if opts.base_filter then
      if f and f ~= "" then f = opts.base_filter .. " and (" .. f .. ")" else f = opts.base_filter end
    end
    return f
  end

  function on_event()
    matched = true
    if at == "start" then sysdig.end_capture() end
    return false
  end

  function on_capture_end()
    if not started then return end
    if not matched then
      print("empty capture or no event matching the filter")
      return
    end
    -- At the end, processes that exited during the capture are listed with
    -- the descriptors they held when they exited (trowel extension).
    opts.print_table(sysdig.get_thread_table(effective_filter(), at == "end"))
  end
end

return M
