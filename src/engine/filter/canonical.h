// Canonical text of filter values: bare when the lexer would read them back
// unchanged, else double-quoted with \" \\ and \xHH escapes (a "'" would end a
// quoted value in sysdig's lexer, so it is written \x27).
#pragma once
#include <string>
#include <string_view>

namespace trowel::engine::filter {

std::string quote_value(std::string_view v);

}  // namespace trowel::engine::filter
