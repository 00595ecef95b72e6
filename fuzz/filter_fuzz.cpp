// libFuzzer target: the filter lexer, parser and compiler with the test fake
// resolver. Any input either compiles or throws FilterError (nothing else);
// a compiled filter evaluates on two fake events, and its canonical text
// compiles again to a filter with the same canonical text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/filter/fake_resolver.h"
#include "engine/filter/filter.h"

using namespace trowel::engine::filter;
using namespace trowel::engine::filter::testing;

namespace {

FakeEvent full_event() {
  FakeEvent e;
  e.name = "python3";
  e.anames = {"python3", "bash", "sshd"};
  e.pid = 42;
  e.num = 7;
  e.rawres = -2;
  e.failed = true;
  e.buffer = "GET / HTTP/1.1";
  e.fdname = "/srv/webapp/log.txt";
  e.cip = ip4(10, 0, 0, 1);
  e.sip = ip6("2001:db8::1");
  e.cport = 40000;
  e.sport = 80;
  e.latency = 100;
  e.rawtime = 1;
  e.cpu = 0.5;
  e.args = {"3", "100"};
  e.cgroup_cpuacct = "/";
  e.type = "openat";
  return e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const FakeEvent full = full_event();
  static const FakeEvent empty;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  FakeResolver resolver;
  std::unique_ptr<Filter> f;
  try {
    f = compile_filter(text, resolver);
  } catch (const FilterError& e) {
    if (e.position() < 0 || e.position() > long(size) + 2) std::abort();
    return 0;
  }
  bool a = f->matches(EventRef{&full});
  bool b = f->matches(EventRef{&empty});
  std::string canon = f->describe();
  FakeResolver r2;
  std::unique_ptr<Filter> g = compile_filter(canon, r2);  // must not throw
  if (g->describe() != canon) std::abort();
  if (g->matches(EventRef{&full}) != a || g->matches(EventRef{&empty}) != b) std::abort();
  return 0;
}
