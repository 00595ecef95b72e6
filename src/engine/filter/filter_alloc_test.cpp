// Filter::matches() must not allocate. The global operator new is replaced by
// a counting one (tests/alloc_counter.h, forwarding to malloc), harmless to
// the other tests of the binary.
#include <doctest/doctest.h>

#include "alloc_counter.h"  // tests/: counts every global operator new
#include "engine/filter/filter_test_util.h"

using namespace trowel::engine::filter;
using namespace trowel::engine::filter::testing;

TEST_CASE("matches() performs no heap allocation") {
  FakeEvent e;
  e.name = "python3";
  e.anames = {"python3", "run.sh", "bash"};
  e.pid = 7;
  e.num = 5;
  e.fdname = "/srv/webapp/log.txt";
  e.buffer = "GET / HTTP/1.1";
  e.cip = ip4(10, 0, 0, 1);
  e.sip = ip6("2001:db8::1");
  e.cport = 1000;
  e.sport = 443;
  e.args = {"3", "100"};
  e.cpu = 1.5;
  const char* texts[] = {
      "proc.name=python3 and proc.pid in (1, 7, 9)",
      "proc.aname=bash or proc.aname intersects (x, y)",
      "fd.name glob '/srv/*' and fd.name pmatch (/srv, /etc) and fd.name icontains WEBAPP",
      "fd.net=10.0.0.0/8 or fd.net in (2001:db8::/32) or fd.ip=::1 or fd.port in (https)",
      "not (evt.buffer contains HTTP and evt.buffer startswith GET) or evt.arg.fd=\"3(fd)\"",
      "thread.cpu>1 and proc.name exists and not proc.name in (a, b, c) and evt.num!=3",
  };
  for (const char* t : texts) {
    CAPTURE(t);
    FakeResolver r;
    auto f = compile_filter(t, r);
    long before = g_allocations.load();
    bool any = false;
    for (int i = 0; i < 100; ++i) any |= f->matches(EventRef{&e});
    CHECK(g_allocations.load() == before);
    CHECK(any);
  }
}
