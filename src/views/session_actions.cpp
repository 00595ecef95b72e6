#include "views/session_actions.h"

namespace trowel::views {

namespace {
bool field_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '[' || c == ']';
}
bool targets_live(std::string_view field) {
  return field.starts_with("proc.") || field.starts_with("thread.") || field.starts_with("container.");
}
}  // namespace

std::string shell_quote(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  out += '\'';
  return out;
}

ActionPlan plan_action(const ViewAction& action,
                       const std::function<std::optional<std::string>(std::string_view)>& value_of,
                       bool live_source) {
  ActionPlan plan;
  const std::string& cmd = action.command;
  std::string out;
  for (size_t i = 0; i < cmd.size();) {
    if (cmd[i] != '%') {
      out += cmd[i++];
      continue;
    }
    size_t j = i + 1;
    while (j < cmd.size() && field_char(cmd[j])) ++j;
    // A field name never ends with '.', which belongs to the text after it.
    while (j > i + 1 && cmd[j - 1] == '.') --j;
    std::string_view field(cmd.data() + i + 1, j - i - 1);
    if (field.empty()) {
      out += cmd[i++];
      continue;
    }
    if (!live_source && targets_live(field)) {
      plan.why = "action '" + action.description + "' acts on live processes (%" + std::string(field) +
                 "): disabled, the source is a capture file";
      return plan;
    }
    auto v = value_of(field);
    if (!v) {
      plan.why = "action '" + action.description + "': this row has no value for %" + std::string(field);
      return plan;
    }
    out += shell_quote(*v);
    i = j;
  }
  plan.allowed = true;
  plan.command = out;
  return plan;
}

}  // namespace trowel::views
