// The source address sysdig 0.29.3 guesses for sends from an unspecified
// source, and the name an unconnected socket gets after sendto/sendmsg
// (checked against sysdig 0.29.3 on the same fixtures).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "capture/capture_reader.h"
#include "engine/local_addr.h"
#include "engine/state.h"
#include "engine/test_replay.h"
#include "fixture_builder.h"

using namespace trowel;
namespace fs = std::filesystem;

namespace {

capture::InterfaceEntry v4(const char* name, std::array<uint8_t, 4> a, std::array<uint8_t, 4> m) {
  capture::InterfaceEntry e;
  e.type = 1;
  e.name = name;
  for (size_t k = 0; k < 4; ++k) e.addr[k] = a[k], e.netmask[k] = m[k];
  return e;
}

std::array<uint8_t, 16> ip4(uint8_t a, uint8_t b, uint8_t c, uint8_t d) { return {a, b, c, d}; }

}  // namespace

TEST_CASE("infer_local_address: the interface of the destination's network, else the first non-loopback") {
  std::vector<capture::InterfaceEntry> ifs = {v4("lo", {127, 0, 0, 1}, {255, 0, 0, 0}),
                                              v4("eth1", {10, 9, 0, 2}, {255, 255, 0, 0}),
                                              v4("eth0", {192, 168, 1, 2}, {255, 255, 255, 0})};
  std::array<uint8_t, 16> out{};
  REQUIRE(engine::infer_local_address(ifs, false, ip4(192, 168, 1, 77), out));
  CHECK(out == ip4(192, 168, 1, 2));
  REQUIRE(engine::infer_local_address(ifs, false, ip4(8, 8, 8, 8), out));
  CHECK(out == ip4(10, 9, 0, 2));
  REQUIRE(engine::infer_local_address(ifs, false, ip4(127, 0, 0, 9), out));
  CHECK(out == ip4(127, 0, 0, 1));
  CHECK_FALSE(engine::infer_local_address(ifs, true, ip4(0, 0, 0, 0), out));  // no IPv6 interface
}

TEST_CASE("an unconnected socket is named from a successful sendto/sendmsg, once") {
  fs::path p = fs::temp_directory_path() / "trowel_sendto_name_test.scap";
  {
    fixture::FixtureBuilder b(p.string());
    b.machine("h", 1, 1 << 30, 0);
    b.thread(10, 10, 1, "app", "/bin/app", {});
    b.interface("lo", "127.0.0.1", "255.0.0.0");
    b.interface("eth0", "192.168.1.2", "255.255.255.0");
    b.socket(10, 3, 2, 2, 0);  // UDP
    b.sendto(10, 3, "q", fixture::ep("0.0.0.0", 0), fixture::ep("10.0.0.5", 53));
    b.sendto(10, 3, "q", fixture::ep("0.0.0.0", 0), fixture::ep("10.0.0.6", 54));  // keeps the name
    b.socket(10, 4, 2, 2, 0);
    b.sendto(10, 4, "q", fixture::ep("0.0.0.0", 0), fixture::ep("10.0.0.7", 53), -1);  // failed: no name
    b.socket(10, 5, 2, 1, 0);  // TCP before connect: named too
    b.sendto(10, 5, "q", fixture::ep("192.168.1.2", 5000), fixture::ep("10.0.0.8", 80));
    b.finish();
  }
  engine::State state;
  int changed = 0;
  engine::testing::replay_capture(p.string(), state, [&](const capture::EventView&, engine::EventContext& ctx) {
    if (ctx.fd_name_changed) ++changed;
  });
  const engine::ThreadInfo* th = state.thread(10);
  REQUIRE(th);
  REQUIRE(th->fds->find(3));
  CHECK(th->fds->find(3)->name == "192.168.1.2:0->10.0.0.5:53");
  CHECK(th->fds->find(3)->l4proto == 3);
  CHECK(th->fds->find(4)->name.empty());
  CHECK(th->fds->find(5)->name == "192.168.1.2:5000->10.0.0.8:80");
  CHECK(changed == 2);
}
