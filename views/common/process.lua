-- Shared pieces of trowel's process views (procs, procs_cpu, procs_errors,
-- procs_fd_usage, page_faults, containers_errors): columns, actions and
-- applies_to lists that would otherwise be written out
-- in each file. A view gets them with
--     local P = require("process")
-- trowel's loader runs this file from the `common` folder next to the view
-- file (nothing else can be required; see src/views/lua_sandbox.h). csysdig
-- does not know this mechanism: its own view files do not use it and load
-- unchanged. Every function returns new tables, so a view may change them.

local P = {}

local function copy(t)
  local out = {}
  for k, v in pairs(t) do
    out[k] = (type(v) == "table") and copy(v) or v
  end
  return out
end

local columns = {
  -- The hidden key pair of per-process tables: rows per thread, merged per process.
  thread_key = { name = "NA", field = "thread.tid", is_key = true,
                 description = "Thread id: rows are gathered per thread first." },
  process_groupby = { name = "NA", field = "proc.pid", is_groupby_key = true,
                      description = "Process id: the per-thread rows are merged into one row per process." },
  -- The key of per-process tables that need no per-thread step.
  process_key = { name = "NA", field = "proc.pid", is_key = true,
                  description = "Process id (the row key)." },
  pid = { name = "PID", field = "proc.pid", colsize = 8,
          description = "Process id." },
  vpid = { name = "VPID", field = "proc.vpid", colsize = 8, tags = {"containers"},
           description = "Process id inside its container." },
  container = { name = "CONTAINER", field = "container.name", colsize = 20, tags = {"containers"},
                description = "Container the process runs in." },
  command = { name = "Command", field = "proc.exeline", colsize = 0, aggregation = "MAX",
              description = "Command line: the executable and its arguments." },
}

-- A copy of the shared column `id` ("thread_key", "process_groupby",
-- "process_key", "pid", "vpid", "container", "command"), with
-- the keys of `extra` (if given) set on it.
function P.column(id, extra)
  local c = copy(assert(columns[id], "no shared column " .. tostring(id)))
  for k, v in pairs(extra or {}) do c[k] = v end
  return c
end

local actions = {
  ["9"] = { hotkey = "9", command = "kill -9 %proc.pid", description = "send SIGKILL (local host)", ask_confirmation = true, wait_finish = false },
  c = { hotkey = "c", command = "gcore %proc.pid", description = "write a core file of the process" },
  f = { hotkey = "f", command = "lsof -p %proc.pid", description = "list the open files with lsof" },
  g = { hotkey = "g", command = "gdb -p %proc.pid", description = "attach gdb", wait_finish = false },
  k = { hotkey = "k", command = "kill %proc.pid", description = "send SIGTERM (local host)", ask_confirmation = true, wait_finish = false },
  l = { hotkey = "l", command = "ltrace -p %proc.pid", description = "trace library calls" },
  s = { hotkey = "s", command = "gdb -p %proc.pid --batch --quiet -ex \"thread apply all bt full\" -ex \"quit\"", description = "print the stack of every thread" },
  ["["] = { hotkey = "[", command = "renice $(expr $(ps -h -p %proc.pid -o nice) + 1) -p %proc.pid", description = "lower the priority (nice + 1)", wait_finish = false },
  ["]"] = { hotkey = "]", command = "renice $(expr $(ps -h -p %proc.pid -o nice) - 1) -p %proc.pid", description = "raise the priority (nice - 1)", wait_finish = false },
}

-- The drill-down fields under which the process views are offered (the top
-- level, a container, a file, a port, a system call ...), plus `...`.
function P.applies_to(...)
  local out = {"", "container.id", "fd.name", "fd.containername", "fd.sport", "fd.sproto",
               "evt.type", "fd.directory", "fd.containerdirectory"}
  for _, f in ipairs({...}) do out[#out + 1] = f end
  return out
end

-- The process actions whose hotkeys are the characters of `keys`, in that
-- order (e.g. "9cgkls").
function P.actions(keys)
  local out = {}
  for i = 1, #keys do
    out[#out + 1] = copy(assert(actions[keys:sub(i, i)], "no shared action " .. keys:sub(i, i)))
  end
  return out
end

return P
