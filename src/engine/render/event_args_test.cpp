// Schema choice and the no-allocation contract of EventArgsRenderer.
#include <doctest/doctest.h>

#include <cstring>

#include "capture/event_schema.h"
#include "engine/render/event_args.h"
#include "engine/render/render_test_util.h"

using namespace trowel;
using namespace trowel::engine::render;
using engine::render::testing::FakeEvent;
using engine::render::testing::le;

TEST_CASE("render_schema: the 2022 schema cut to its count; Full shows all") {
  // execve 293 with 20 params: 2022 schema ("pgid", INT32 loginuid)
  FakeEvent e(293, {le<int64_t>(0)});
  e.ev.nparams = 20;
  SchemaPick s = render_schema(e.ev);
  REQUIRE(s.info == capture::legacy_event_info(293));
  CHECK(s.nparams == 20);
  e.ev.nparams = 25;  // written by current libs: sysdig shows the first 20
  s = render_schema(e.ev);
  CHECK(s.info == capture::legacy_event_info(293));
  CHECK(s.nparams == 20);
  s = render_schema(e.ev, SchemaChoice::Full);  // everything
  CHECK(s.info == capture::event_info(293));
  CHECK(s.nparams == 25);
  FakeEvent n(419, {le<int64_t>(0)});  // newfstatat exit: current only
  s = render_schema(n.ev);
  CHECK(s.info == capture::event_info(419));
  CHECK(s.nparams == 1);
}

TEST_CASE("evt.args: current-schema ENUMFLAGS use exact names") {
  // fcntl exit 151 in current libs: res FD, fd FD, cmd ENUMFLAGS8, arg UINT64
  FakeEvent f(151, {le<int64_t>(0), le<int64_t>(99), le<uint8_t>(14), le<uint64_t>(0)});
  EventArgsRenderer r;
  std::string out;
  r.append_args(out, f.ev);  // 4 params > the 2022 fcntl exit's 1: sysdig shows res only
  CHECK(out == "res=0 ");
  out.clear();
  r.set_schema(SchemaChoice::Current);
  r.append_args(out, f.ev);
  CHECK(out.find("res=0 fd=99 cmd=14") == 0);
  CHECK(out.find("F_GETFD") == std::string::npos);
}

TEST_CASE("evt.args: no allocation once warm (capacity reused)") {
  FakeEvent e(3, {le<int64_t>(3), std::string("rel/x") + '\0', le<uint32_t>(4097),
                  le<uint32_t>(0), le<uint32_t>(0)});
  engine::render::testing::FakeState st;
  EventArgsRenderer r(st, {});
  std::string out;
  out.reserve(512);
  r.append_args(out, e.ev);
  std::string first = out;
  const char* data = out.data();
  for (int i = 0; i < 100; ++i) {
    out.clear();
    r.append_args(out, e.ev);
  }
  CHECK(out == first);
  CHECK(out.data() == data);
}
