// Splitting a lexed field token into a known field name and its argument, as
// sysdig accepts them: "proc.aname[2]", "evt.arg[0]", "evt.arg.fd",
// "evt.type.is.open", "thread.cgroup.cpuacct". A helper for FieldResolver
// implementations (the filter compiler itself passes tokens through verbatim).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace trowel::engine::filter {

enum ArgForms : uint8_t {
  kArgNone = 0,
  kArgIndex = 1 << 0,    // name[DIGITS]
  kArgBracket = 1 << 1,  // name[ANY TEXT] (non-empty, no ']' inside)
  kArgDotted = 1 << 2,   // name.SUFFIX (non-empty)
};

struct FieldSpec {
  std::string_view name;
  uint8_t arg_forms = kArgNone;  // ArgForms
  bool arg_required = false;     // e.g. evt.arg, evt.type.is
};

struct FieldToken {
  const FieldSpec* spec = nullptr;
  enum class Style : uint8_t { None, Bracket, Dotted } style = Style::None;
  std::string_view arg;  // without brackets / leading dot
  bool missing_required_arg() const { return spec->arg_required && style == Style::None; }
};

// The spec with the longest name that `token` is, or that it extends with an
// argument form the spec allows; nullopt if none (an unrecognized field).
std::optional<FieldToken> match_field_token(std::string_view token, std::span<const FieldSpec> specs);

// sysdig's message for a field used without its mandatory argument.
inline std::string missing_argument_message(std::string_view name) {
  return "filter syntax error: " + std::string(name);
}

}  // namespace trowel::engine::filter
