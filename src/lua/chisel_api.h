// The Lua side of chisels: the `sysdig`, `chisel` and `evt` libraries
// (../shared/docs/chisel-api.md §2), print/io.write routed to the host's
// output, package.path over the chisel directories, and the LuaJIT
// compatibility prelude (chisel_prelude.cpp).
//
// API functions never raise through C++ frames: each does its work in a
// function returning an error text and only the thin wrapper calls
// lua_error, with the caller's file:line prepended.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

struct lua_State;

namespace trowel::lua {

// Installs the libraries into a fresh state whose extra space holds the
// Chisel*. False with `error` set if the prelude fails.
bool install_chisel_api(lua_State* L, const std::vector<std::filesystem::path>& dirs, std::string& error);

// The LuaJIT-compatibility prelude source (chisel_prelude.cpp).
const char* chisel_prelude_source();

}  // namespace trowel::lua
