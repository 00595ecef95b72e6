#include "engine/fields/field_event_types.h"

#include <doctest/doctest.h>

#include "engine/fields/field.h"

using namespace trowel::engine;

namespace {
filter::EventTypeSet types(std::string_view text) {
  fields::EngineFieldResolver r;
  return fields::engine_event_types_of(*filter::compile_filter(text, r));
}
}  // namespace

TEST_CASE("engine event types: I/O checks follow the event categories") {
  auto w = types("evt.is_io_write=true");
  REQUIRE_FALSE(w.all);
  CHECK(w.names.count("write"));
  CHECK(w.names.count("sendto"));
  CHECK_FALSE(w.names.count("read"));
  CHECK_FALSE(w.names.count("open"));
  auto r = types("evt.is_io_read=true");
  REQUIRE_FALSE(r.all);
  CHECK(r.names.count("read"));
  CHECK(r.names.count("recvfrom"));
  CHECK_FALSE(r.names.count("write"));
  auto io = types("evt.is_io=true");
  CHECK(io.names.size() == r.names.size() + w.names.size());
  CHECK(types("evt.io_dir=write") == w);
  CHECK(types("evt.io_dir in (read, write)") == io);
  CHECK(types("evt.is_syslog=true") == w);
  CHECK(types("evt.is_io_write=false").all);
  CHECK(types("evt.is_io_write!=true").all);
}

TEST_CASE("engine event types: the stock views' filters") {
  // spy_syslog
  auto s = types("fd.name contains /dev/log and evt.is_io_write=true and evt.dir=< and evt.failed=false");
  REQUIRE_FALSE(s.all);
  CHECK(s.names.count("write"));
  CHECK_FALSE(s.names.count("read"));
  CHECK(types("evt.type in (open, openat, openat2, creat) and evt.dir=<") ==
        filter::EventTypeSet::of({"creat", "open", "openat", "openat2"}));
  CHECK(types("evt.type!=switch").all);
  CHECK(types("syscall.type exists").all);
  CHECK(types("evt.is_io=true and fd.type=file and (not fd.name contains '/dev/') and evt.latency>1000000").names ==
        types("evt.is_io=true").names);
}
