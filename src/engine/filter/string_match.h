// String predicates used by compiled checks; none of them allocates.
#pragma once
#include <span>
#include <string>
#include <string_view>

namespace trowel::engine::filter {

// fnmatch(3) with no flags: '*' (any run, '/' included), '?' (one byte),
// '[...]' sets with ranges and '!'/'^' negation, '\' quoting the next byte. An
// unterminated '[' matches a literal '['.
bool glob_match(std::string_view pattern, std::string_view text);

// ASCII lower-casing, for icontains needles (done once at compile time).
std::string ascii_lower(std::string_view s);
// strcasestr: does `hay` contain `lowered_needle` ignoring ASCII case?
bool icontains(std::string_view hay, std::string_view lowered_needle);

// pmatch: normalises a path prefix ("/srv/" -> "/srv", "/" -> "").
std::string normalize_path_prefix(std::string_view p);
// Does `path` equal one of the sorted, normalised `prefixes` or lie under one
// (the prefix followed by '/')? Checks each '/'-boundary of `path` with a
// binary search.
bool path_prefix_match(std::span<const std::string> sorted_prefixes, std::string_view path);

}  // namespace trowel::engine::filter
