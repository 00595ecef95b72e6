// Path helpers for turning the paths of syscalls into the absolute names
// sysdig shows (fd.name, evt.abspath).
#pragma once
#include <string>
#include <string_view>

namespace trowel::engine {

// Joins `path` to `base` (a directory) unless it is absolute, then removes
// "." components, resolves ".." lexically and collapses repeated slashes.
// The result is written to `out` (its capacity is reused).
void resolve_path(std::string_view base, std::string_view path, std::string& out);

// The directory part ("/srv/webapp" of "/srv/webapp/log.txt") and the base
// name ("log.txt").
std::string_view dir_name(std::string_view path);
std::string_view base_name(std::string_view path);

}  // namespace trowel::engine
