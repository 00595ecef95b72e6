// View actions (F8 and hotkeys) made safe to run: `%field` placeholders are
// replaced by the selected row's values, each one shell-quoted so that data
// from a capture can never inject shell syntax; an action whose command
// refers to processes, threads or containers is refused when the source is
// a capture file (those ids name nothing, or the wrong thing, on this host).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "views/view_info.h"

namespace trowel::views {

// 'text' with every ' written as '\'' : one word for /bin/sh whatever it holds.
std::string shell_quote(std::string_view text);

struct ActionPlan {
  bool allowed = false;
  std::string command;  // the command to run (when allowed)
  std::string why;      // one line: why it is refused
};

// value_of(field) gives the selected row's value of a field (or nullopt).
ActionPlan plan_action(const ViewAction& action,
                       const std::function<std::optional<std::string>(std::string_view)>& value_of,
                       bool live_source);

}  // namespace trowel::views
