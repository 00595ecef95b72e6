#include "views/session_actions.h"

#include <doctest/doctest.h>

namespace trowel::views {

TEST_CASE("actions: every substituted value is one quoted shell word") {
  CHECK(shell_quote("a b") == "'a b'");
  CHECK(shell_quote("x'; rm -rf / #") == "'x'\\''; rm -rf / #'");
  ViewAction a;
  a.command = "nslookup %fd.rip.";
  a.description = "look up";
  auto plan = plan_action(a, [](std::string_view f) -> std::optional<std::string> {
    if (f == "fd.rip") return std::string("$(reboot)");
    return std::nullopt;
  }, false);
  REQUIRE(plan.allowed);
  CHECK(plan.command == "nslookup '$(reboot)'.");
}

TEST_CASE("actions: process actions are refused on a capture file, allowed live") {
  ViewAction a;
  a.command = "kill -9 %proc.pid";
  a.description = "kill";
  auto v = [](std::string_view) -> std::optional<std::string> { return std::string("12"); };
  auto file = plan_action(a, v, false);
  CHECK_FALSE(file.allowed);
  CHECK(file.why.find("capture file") != std::string::npos);
  auto live = plan_action(a, v, true);
  CHECK(live.allowed);
  CHECK(live.command == "kill -9 '12'");
  auto missing = plan_action(a, [](std::string_view) -> std::optional<std::string> { return std::nullopt; }, true);
  CHECK_FALSE(missing.allowed);
}

}  // namespace trowel::views
