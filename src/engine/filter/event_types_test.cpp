// The event-type analysis behind the live event-type mask.
#include "engine/filter/event_types.h"

#include <doctest/doctest.h>

#include "engine/filter/filter_test_util.h"

using namespace trowel::engine::filter;
using trowel::engine::filter::testing::FakeResolver;

namespace {

EventTypeSet types(std::string_view text) {
  FakeResolver r;
  return event_types_of(*compile_filter(text, r));
}

EventTypeSet of(std::set<std::string> n) { return EventTypeSet::of(std::move(n)); }

}  // namespace

TEST_CASE("event types: single checks") {
  CHECK(types("evt.type=open") == of({"open"}));
  CHECK(types("evt.type in (openat, close, openat)") == of({"close", "openat"}));
  CHECK(types("evt.type != open") == EventTypeSet::any());
  CHECK(types("not evt.type=open") == EventTypeSet::any());
  CHECK(types("evt.type contains open") == EventTypeSet::any());
  CHECK(types("evt.type exists") == EventTypeSet::any());
  CHECK(types("proc.name=cat") == EventTypeSet::any());
  CHECK(types("evt.type.is.open = 1") == EventTypeSet::any());
}

TEST_CASE("event types: and intersects, or unites") {
  CHECK(types("evt.type=open and proc.name=cat") == of({"open"}));
  CHECK(types("proc.name=cat and evt.type in (open, read)") == of({"open", "read"}));
  CHECK(types("evt.type in (open, read) and evt.type in (read, write)") == of({"read"}));
  CHECK(types("evt.type=open and evt.type=read") == of({}));
  CHECK(types("evt.type=open or evt.type=close") == of({"close", "open"}));
  CHECK(types("evt.type=open or proc.name=cat") == EventTypeSet::any());
  CHECK(types("proc.name=cat and (evt.type=open or evt.type in (close, dup))") == of({"close", "dup", "open"}));
  CHECK(types("(evt.type=open and proc.pid=1) or (evt.type=read and proc.pid=2)") == of({"open", "read"}));
  CHECK(types("not (evt.type=open or evt.type=close) and proc.pid=1") == EventTypeSet::any());
  CHECK(types("not (evt.type=open or evt.type=close) and evt.type=read") == of({"read"}));
}

TEST_CASE("event types: quoted values and other fields in canonical text") {
  CHECK(types("evt.type=\"open\" and fd.name=\"a b(c)\"") == of({"open"}));
  CHECK(types("fd.name in (\"x, y\", \"(z)\") and evt.type in (\"open\")") == of({"open"}));
  CHECK(event_types_of_canonical("syscall.type = getpid") == of({"getpid"}));
  CHECK(event_types_of_canonical("syscall.type in (a, b) and evt.type = b") == of({"b"}));
  CHECK(event_types_of_canonical("evt.type = \"o\\x70en\"") == of({"open"}));
}

TEST_CASE("event types: text that is not canonical gives all") {
  CHECK(event_types_of_canonical("") == EventTypeSet::any());
  CHECK(event_types_of_canonical("evt.type=open") == EventTypeSet::any());
  CHECK(event_types_of_canonical("evt.type = open and") == EventTypeSet::any());
  CHECK(event_types_of_canonical("evt.type = open and evt.type = a or evt.type = b") == EventTypeSet::any());
  CHECK(event_types_of_canonical("(evt.type = open") == EventTypeSet::any());
  CHECK(event_types_of_canonical("evt.type in (a, b") == EventTypeSet::any());
  CHECK(event_types_of_canonical("evt.type = \"open") == EventTypeSet::any());
}

TEST_CASE("event types: set operations and description") {
  CHECK(intersect(EventTypeSet::any(), of({"a"})) == of({"a"}));
  CHECK(unite(of({"a"}), EventTypeSet::any()) == EventTypeSet::any());
  CHECK(describe(EventTypeSet::any()) == "all");
  CHECK(describe(of({"close", "openat"})) == "2 types (close, openat)");
  CHECK(describe(of({"open"})) == "1 type (open)");
}

namespace {
// Knows one check: "io = yes" matches read and write events.
struct IoChecks : CheckEventTypes {
  std::optional<std::set<std::string>> types_of(std::string_view field, std::string_view op,
                                                const std::vector<std::string>& values) const override {
    if (field == "io" && op == "=" && values == std::vector<std::string>{"yes"})
      return std::set<std::string>{"read", "write"};
    return std::nullopt;
  }
};
}  // namespace

TEST_CASE("event types: a CheckEventTypes adds what it knows") {
  IoChecks io;
  CHECK(event_types_of_canonical("io = yes and fd.name contains log", &io) == of({"read", "write"}));
  CHECK(event_types_of_canonical("io = yes and evt.type in (write, close)", &io) == of({"write"}));
  CHECK(event_types_of_canonical("io = no", &io) == EventTypeSet::any());
  CHECK(event_types_of_canonical("not io = yes", &io) == EventTypeSet::any());
  CHECK(event_types_of_canonical("io = yes") == EventTypeSet::any());
}
