-- trowel_top: "top N by value" tables (topprocs_*, topfiles_*, topscalls*,
-- topconns, fd*_by). A chisel declares its globals and calls
--
--   require("trowel_top").define{
--     keys = {"proc.name", "proc.pid"}, headers = {"Process", "PID"},
--     value = "evt.count", value_header = "#Errors", units = "none",
--     filter = "evt.failed=true", top = 100 }
--
-- which installs on_init, on_event and on_capture_end. Each event that
-- passes `filter` and has every key field adds its value (when positive) to
-- the row of its key. At the end the rows are printed, largest first, ties
-- by key: a header padded to 20 columns a field, 80 dashes, then the value
-- (units: none, bytes, time) and the keys (every key but the last padded to
-- 20). Unit "count_fds" counts distinct fds per key instead (fdcount_by).
local util = require "trowel_util"
local M = {}

local SEP = "\1\1"

local function render_value(v, units)
  if units == "bytes" then return util.format_bytes(v) end
  if units == "time" then return util.format_time(v) end
  return tostring(v)
end

function M.define(spec)
  local key_fields, value_field
  local totals = {}

  function on_init()
    key_fields = {}
    for i, name in ipairs(spec.keys) do key_fields[i] = chisel.request_field(name) end
    if spec.value then value_field = chisel.request_field(spec.value) end
    if spec.filter and spec.filter ~= "" then chisel.set_filter(spec.filter) end
    return true
  end

  function on_event()
    local key
    for i = 1, #key_fields do
      local k = evt.field(key_fields[i])
      if k == nil then return false end
      key = key and (key .. SEP .. tostring(k)) or tostring(k)
    end
    local v = evt.field(value_field)
    if type(v) == "boolean" then v = v and 1 or 0 end
    if v ~= nil and v > 0 then totals[key] = (totals[key] or 0) + v end
    return false
  end

  function on_capture_end(ts_s)
    local keys = util.keys_by_value(totals)
    if sysdig.get_output_format() == "json" then
      -- As sysdig's table_generator with -j: {"ts": capture end (whole
      -- seconds), "data": [[key..., value]...], "info": [{name, desc, is_key}]}.
      local rows = {}
      for i = 1, math.min(#keys, spec.top) do
        local k = keys[i]
        local cells = {}
        for p in (k .. SEP):gmatch("(.-)" .. SEP) do cells[#cells + 1] = util.json_string(p) end
        cells[#cells + 1] = tostring(totals[k])
        rows[#rows + 1] = "[" .. table.concat(cells, ",") .. "]"
      end
      local info = {}
      for i, name in ipairs(spec.keys) do
        info[#info + 1] = string.format('{"name":%s,"desc":%s,"is_key":true}', util.json_string(name),
                                        util.json_string(spec.headers[i]))
      end
      info[#info + 1] = string.format('{"name":%s,"desc":%s,"is_key":false}', util.json_string(spec.value),
                                      util.json_string(spec.value_header))
      print(string.format('{"ts":"%s","data":[%s],"info":[%s]}', sysdig.make_ts(ts_s, 0),
                          table.concat(rows, ","), table.concat(info, ",")))
      return
    end
    local header = util.pad(spec.value_header, 20)
    for _, h in ipairs(spec.headers) do header = header .. util.pad(h, 20) end
    print(header)
    print(string.rep("-", 80))
    for i = 1, math.min(#keys, spec.top) do
      local k = keys[i]
      local parts = {}
      for p in (k .. SEP):gmatch("(.-)" .. SEP) do parts[#parts + 1] = p end
      local line = util.pad(render_value(totals[k], spec.units), 20)
      for j, p in ipairs(parts) do
        if j < #parts then line = line .. util.pad(p:sub(1, 20), 20) else line = line .. p end
      end
      print(line)
    end
  end
end

-- define(spec) for the "group by any field" chisels (fdbytes_by,
-- fdtime_by): their one argument is the key field, also its header. It
-- arrives in on_set_arg, after the callbacks were looked up (once, as in
-- sysdig), so all of them are installed now.
function M.define_by_arg(spec)
  spec.keys, spec.headers = {}, {}
  M.define(spec)
  function on_set_arg(name, val)
    spec.keys[1], spec.headers[1] = val, val
    return true
  end
end

-- key<TAB>value lines sorted by value (fdcount_by and friends), top N.
function M.print_key_values(totals, top, render)
  local keys = util.keys_by_value(totals)
  for i = 1, math.min(#keys, top) do
    local k = keys[i]
    print(k .. "\t" .. (render and render(totals[k]) or tostring(totals[k])))
  end
end

return M
