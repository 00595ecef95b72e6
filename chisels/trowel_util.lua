-- trowel_util: formatting helpers shared by trowel's chisels.
-- (A module, not a chisel: it declares no description/args.)
local M = {}

-- s padded with spaces to n columns; a string of n or more characters is
-- cut to n-1 characters plus a space (the column layout sysdig's chisels
-- use, so outputs line up the same way).
function M.pad(s, n)
  s = tostring(s)
  if #s < n then return s .. string.rep(" ", n - #s) end
  if n <= 0 then return "" end
  return s:sub(1, n - 1) .. " "
end

local KB, MB, GB, TB, PB = 1024, 1024 ^ 2, 1024 ^ 3, 1024 ^ 4, 1024 ^ 5

-- Bytes with a base-1024 unit: 512B, 1.50KB, 11.31M, 2.00G ...
function M.format_bytes(v)
  if v > PB then return string.format("%.2fP", v / PB) end
  if v > TB then return string.format("%.2fT", v / TB) end
  if v > GB then return string.format("%.2fG", v / GB) end
  if v > MB then return string.format("%.2fM", v / MB) end
  if v > KB then return string.format("%.2fKB", v / KB) end
  return string.format("%dB", v)
end

-- A duration in ns with a unit: 1.50s, 340ms, 2.25ms, 180us, 1.72us, 950ns.
function M.format_time(ns)
  ns = math.tointeger(ns) or math.floor(ns)
  if ns >= 1000000000 then
    return string.format("%d.%02ds", ns // 1000000000, (ns % 1000000000) // 10000000)
  elseif ns >= 10000000 then
    return string.format("%dms", ns // 1000000)
  elseif ns >= 1000000 then
    return string.format("%d.%02dms", ns // 1000000, (ns % 1000000) // 10000)
  elseif ns >= 10000 then
    return string.format("%dus", ns // 1000)
  elseif ns >= 1000 then
    return string.format("%d.%02dus", ns // 1000, (ns % 1000) // 10)
  end
  return string.format("%dns", ns)
end

-- ANSI colours (always emitted, as sysdig's chisels do; enable(false)
-- turns them into empty strings).
M.color = { red = "\27[31m", green = "\27[32m", yellow = "\27[33m", blue = "\27[34m",
            cyan = "\27[36m", reset = "\27[0m" }
local plain = { red = "", green = "", yellow = "", blue = "", cyan = "", reset = "" }
function M.enable_color(on)
  if on then
    M.color = { red = "\27[31m", green = "\27[32m", yellow = "\27[33m", blue = "\27[34m",
                cyan = "\27[36m", reset = "\27[0m" }
  else
    M.color = plain
  end
end

-- The keys of t sorted by value (descending), ties by key (ascending):
-- deterministic, unlike sysdig's hash-order ties.
function M.keys_by_value(t, value_of)
  value_of = value_of or function(v) return v end
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    local va, vb = value_of(t[a]), value_of(t[b])
    if va ~= vb then return va > vb end
    return tostring(a) < tostring(b)
  end)
  return keys
end

-- Sorted array of the keys of t (numbers numerically).
function M.sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) == "number"
  end)
  return keys
end

-- A JSON string literal for s.
function M.json_string(s)
  s = tostring(s):gsub('[%c"\\]', function(c)
    local map = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
    return map[c] or string.format("\\u%04x", c:byte())
  end)
  return '"' .. s .. '"'
end

return M
