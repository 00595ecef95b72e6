// The LuaJIT-compatibility prelude run in every chisel state before the
// chisel itself (chisel-api.md §2.5): stock chisels were written for LuaJIT
// 2.1 (Lua 5.1 semantics); under Lua 5.4 they would print `17497.0`, fail
// on string.format("%d", 5.5) and miss unpack, loadstring, bit and friends.
//
//   * tostring/print/io.write show numbers as LuaJIT does ("%.14g": an
//     integral float prints without ".0"; inf, -inf, nan);
//   * string.format truncates float arguments of %d %i %u %c %o %x %X toward
//     zero and shows floats given to %s LuaJIT's way;
//   * unpack, loadstring, table.getn, table.maxn, math.pow, math.mod,
//     string.gfind and a `bit` library (32-bit, as LuaJIT's);
//   * print and io.write (and io.stdout:write) go to the chisel's output
//     sink, so the TUI can capture them.
#include "lua/chisel_api.h"

namespace trowel::lua {

const char* chisel_prelude_source() {
  return R"LUA(
local mtype, floor, ceil, huge = math.type, math.floor, math.ceil, math.huge
local sformat, select, type = string.format, select, type
local orig_tostring = tostring
local write, flush = __trowel_write, __trowel_flush
__trowel_write, __trowel_flush = nil, nil

local function jit_tostring(v)
  if mtype(v) == "float" then
    if v ~= v then return "nan" end
    if v == huge then return "inf" end
    if v == -huge then return "-inf" end
    return sformat("%.14g", v)
  end
  return orig_tostring(v)
end
tostring = jit_tostring

local function trunc(v)
  if v ~= v or v == huge or v == -huge then return 0 end
  local t = v >= 0 and floor(v) or ceil(v)
  return math.tointeger(t) or t
end

string.format = function(fmt, ...)
  local n = select('#', ...)
  local need = false
  for i = 1, n do
    if mtype((select(i, ...))) == "float" then need = true break end
  end
  if not need then return sformat(fmt, ...) end
  local args = { ... }
  local i = 0
  for prec, conv in fmt:gmatch("%%[-+ #0]*%d*(%.?%d*)(.)") do
    if conv ~= "%" then
      i = i + 1
      local a = args[i]
      if mtype(a) == "float" then
        if conv == "d" or conv == "i" or conv == "u" or conv == "c" or conv == "o"
            or conv == "x" or conv == "X" then
          args[i] = trunc(a)
        elseif conv == "s" then
          args[i] = jit_tostring(a)
        elseif (conv == "f" or conv == "F") and a == a and a ~= huge and a ~= -huge and a ~= 0 then
          -- LuaJIT rounds an exact tie away from zero (90.625 -> "90.63"),
          -- glibc to even ("90.62"): nudge exact ties by one ulp.
          local p = tonumber(prec:sub(2)) or (prec == "." and 0) or 6
          local frac = sformat("%.80f", a):match("%.(%d+)$")
          if frac and frac:sub(p + 1):find("^50*$") then args[i] = a + a * 2^-52 end
        end
      end
    end
  end
  return sformat(fmt, table.unpack(args, 1, n))
end

print = __trowel_print
__trowel_print = nil

local function write_values(...)
  for i = 1, select('#', ...) do
    local v = select(i, ...)
    if type(v) == "number" then write(jit_tostring(v))
    elseif type(v) == "string" then write(v)
    else error("bad argument #" .. i .. " to 'write' (string expected, got " .. type(v) .. ")", 3) end
  end
end
local real_stdout = io.stdout
local stdout_proxy = setmetatable({}, { __index = function(_, k)
  if k == "write" then return function(self, ...) write_values(...) return self end end
  if k == "flush" then return function() flush() return true end end
  if k == "setvbuf" or k == "close" then return function() return true end end
  local f = real_stdout[k]
  if type(f) == "function" then return function(_, ...) return f(real_stdout, ...) end end
  return f
end, __name = "FILE*", __tostring = function() return "file (stdout)" end })
io.stdout = stdout_proxy
io.write = function(...) write_values(...) return stdout_proxy end
local orig_output = io.output
io.output = function(f)
  if f == nil then return stdout_proxy end
  if f == stdout_proxy then return stdout_proxy end
  return orig_output(f)
end
io.flush = function() flush() return true end

unpack = unpack or table.unpack
loadstring = loadstring or load
table.getn = table.getn or function(t) return #t end
table.maxn = table.maxn or function(t)
  local m = 0
  for k in pairs(t) do if type(k) == "number" and k > m then m = k end end
  return m
end
math.pow = math.pow or function(a, b) return a ^ b end
math.mod = math.mod or math.fmod
string.gfind = string.gfind or string.gmatch

-- LuaJIT's bit library: 32-bit operations on numbers, results signed.
local function tobit(x)
  x = trunc(x) % 4294967296
  if x >= 2147483648 then x = x - 4294967296 end
  return math.tointeger(x) or x
end
local function u32(x) return trunc(x) % 4294967296 end
bit = {
  tobit = tobit,
  band = function(a, ...) local r = u32(a) for i = 1, select('#', ...) do r = r & u32((select(i, ...))) end return tobit(r) end,
  bor = function(a, ...) local r = u32(a) for i = 1, select('#', ...) do r = r | u32((select(i, ...))) end return tobit(r) end,
  bxor = function(a, ...) local r = u32(a) for i = 1, select('#', ...) do r = r ~ u32((select(i, ...))) end return tobit(r) end,
  bnot = function(a) return tobit(~u32(a)) end,
  lshift = function(a, n) return tobit(u32(a) << (u32(n) & 31)) end,
  rshift = function(a, n) return tobit(u32(a) >> (u32(n) & 31)) end,
  arshift = function(a, n)
    local v, s = tobit(a), u32(n) & 31
    if v >= 0 then return tobit(v >> s) end
    return tobit(~((~u32(v) & 0xffffffff) >> s))
  end,
  rol = function(a, n) local v, s = u32(a), u32(n) & 31 return tobit((v << s) | (v >> (32 - s))) end,
  ror = function(a, n) local v, s = u32(a), u32(n) & 31 return tobit((v >> s) | (v << (32 - s))) end,
  bswap = function(a)
    local v = u32(a)
    return tobit(((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >> 8) & 0xff00) | (v >> 24))
  end,
  tohex = function(a, n)
    n = n or 8
    local upper = n < 0
    if upper then n = -n end
    local s = sformat(upper and "%08X" or "%08x", u32(a))
    return s:sub(-n)
  end,
}
package.loaded.bit = bit
)LUA";
}

}  // namespace trowel::lua
