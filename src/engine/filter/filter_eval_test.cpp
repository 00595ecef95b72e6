// Evaluation: every operator on every value type, any-value semantics of
// multi-valued fields, fields that do not apply, CIDR, intersects, glob, pmatch.
#include <doctest/doctest.h>

#include "engine/filter/filter_test_util.h"

using namespace trowel::engine::filter::testing;

namespace {

FakeEvent sample() {
  FakeEvent e;
  e.name = "python3";
  e.anames = {"python3", "run.sh", "bash", "sshd"};
  e.pid = 1234;
  e.num = 42;
  e.rawres = -24;
  e.failed = true;
  e.buffer = std::string("GET /x HTTP/1.1\r\n\0tail", 22);
  e.fdname = "/srv/webapp/log.txt";
  e.cip = ip4(10, 1, 2, 3);
  e.sip = ip4(192, 168, 7, 9);
  e.cport = 54321;
  e.sport = 8080;
  e.latency = 1500;
  e.rawtime = 1700000000000000000ull;
  e.cpu = 0.25;
  e.args = {"3", "100"};
  e.cgroup_cpuacct = "/user.slice";
  e.type = "openat";
  return e;
}

}  // namespace

TEST_CASE("eval: strings, every operator") {
  FakeEvent e = sample();
  CHECK(matches("proc.name=python3", e));
  CHECK_FALSE(matches("proc.name=python", e));
  CHECK(matches("proc.name!=python", e));
  CHECK_FALSE(matches("proc.name!=python3", e));
  CHECK(matches("proc.name<python4", e));
  CHECK(matches("proc.name<=python3", e));
  CHECK_FALSE(matches("proc.name<python3", e));
  CHECK(matches("proc.name>python", e));
  CHECK(matches("proc.name>=python3", e));
  CHECK_FALSE(matches("proc.name>python3", e));
  CHECK(matches("proc.name contains tho", e));
  CHECK_FALSE(matches("proc.name contains THO", e));
  CHECK(matches("proc.name icontains THO", e));
  CHECK(matches("proc.name icontains \"\"", e));
  CHECK(matches("proc.name startswith py", e));
  CHECK_FALSE(matches("proc.name startswith y", e));
  CHECK(matches("proc.name endswith on3", e));
  CHECK_FALSE(matches("proc.name endswith on", e));
  CHECK(matches("proc.name glob py*", e));
  CHECK(matches("proc.name glob 'p?thon[0-9]'", e));
  CHECK_FALSE(matches("proc.name glob 'p?thon[!0-9]'", e));
  CHECK(matches("proc.name in (bash, python3)", e));
  CHECK_FALSE(matches("proc.name in (bash, python)", e));
  CHECK(matches("proc.name intersects (bash, python3)", e));
  CHECK(matches("proc.name exists", e));
  CHECK(matches("fd.name pmatch (/srv)", e));
}

TEST_CASE("eval: glob is fnmatch without flags") {
  FakeEvent e = sample();
  CHECK(matches("fd.name glob /srv/*", e));  // '*' crosses '/'
  CHECK(matches("fd.name glob \"/srv/webapp/log.tx?\"", e));
  CHECK(matches("fd.name glob \"/srv/[a-w]ebapp/*\"", e));
  CHECK(matches("fd.name glob *", e));
  CHECK_FALSE(matches("fd.name glob /srv", e));
  CHECK_FALSE(matches("fd.name glob \"/srv/[x-z]ebapp/*\"", e));
}

TEST_CASE("eval: pmatch is a path-prefix match") {
  FakeEvent e = sample();
  // As sysdig 0.29.3 on leaky-logtxt-sysdig029.scap: /srv, /srv/webapp, /srv/,
  // / and the full path match /srv/webapp/log.txt; /srv/web does not.
  CHECK(matches("fd.name pmatch (/srv)", e));
  CHECK(matches("fd.name pmatch (/srv/webapp)", e));
  CHECK(matches("fd.name pmatch (/srv/)", e));
  CHECK(matches("fd.name pmatch (/)", e));
  CHECK(matches("fd.name pmatch (/srv/webapp/log.txt)", e));
  CHECK_FALSE(matches("fd.name pmatch (/srv/web)", e));
  CHECK_FALSE(matches("fd.name pmatch (/etc, /usr/lib)", e));
  CHECK(matches("fd.name pmatch (/etc, /srv/webapp)", e));
}

TEST_CASE("eval: signed and unsigned numbers, times, bools, doubles") {
  FakeEvent e = sample();
  CHECK(matches("proc.pid=1234", e));
  CHECK(matches("proc.pid=+1234", e));
  CHECK(matches("proc.pid!=1", e));
  CHECK(matches("proc.pid<1235 and proc.pid<=1234 and proc.pid>1233 and proc.pid>=1234", e));
  CHECK_FALSE(matches("proc.pid<1234", e));
  CHECK(matches("proc.pid in (1, 1234)", e));
  CHECK(matches("proc.pid intersects (1234)", e));
  CHECK_FALSE(matches("proc.pid in (1, 2)", e));
  CHECK(matches("evt.rawres<0", e));
  CHECK(matches("evt.rawres=-24", e));
  CHECK(matches("evt.rawres>=-24", e));
  CHECK(matches("evt.rawres>-9223372036854775809", e));  // saturates
  CHECK(matches("evt.num=42", e));
  CHECK(matches("evt.num>41", e));
  CHECK_FALSE(matches("evt.num=-1", e));
  CHECK(matches("evt.num<18446744073709551616", e));  // saturates at 2^64-1
  CHECK(matches("evt.latency>1000 and evt.latency<=1500", e));
  CHECK(matches("evt.rawtime>=1700000000000000000", e));
  CHECK(matches("evt.failed=true", e));
  CHECK_FALSE(matches("evt.failed=false", e));
  CHECK(matches("evt.failed!=false", e));
  CHECK(matches("evt.failed>false", e));  // bools compare as 0/1, as in sysdig
  CHECK(matches("evt.failed in (true)", e));
  CHECK(matches("thread.cpu>0.2 and thread.cpu<0.3", e));
  CHECK(matches("thread.cpu=0.25", e));
  CHECK(matches("thread.cpu in (1, 0.25)", e));
  CHECK(matches("evt.type.is.openat=1", e));
  CHECK(matches("evt.type.is.read=0", e));
}

TEST_CASE("eval: buffers") {
  FakeEvent e = sample();
  CHECK(matches("evt.buffer contains HTTP", e));
  CHECK(matches("evt.buffer contains \"\\x00tail\"", e));
  CHECK(matches("evt.buffer startswith GET", e));
  CHECK(matches("evt.buffer endswith tail", e));
  CHECK_FALSE(matches("evt.buffer=GET", e));
  CHECK(matches("evt.buffer!=GET", e));
  CHECK(matches("evt.buffer=\"GET /x HTTP/1.1\\x0d\\x0a\\x00tail\"", e));
  CHECK(matches("evt.buffer in (a, \"GET /x HTTP/1.1\\x0d\\x0a\\x00tail\")", e));
}

TEST_CASE("eval: IP addresses, networks and ports") {
  FakeEvent e = sample();
  CHECK(matches("fd.cip=10.1.2.3", e));
  CHECK(matches("fd.cip!=10.1.2.4", e));
  CHECK_FALSE(matches("fd.cip=192.168.7.9", e));
  CHECK(matches("fd.ip=192.168.7.9", e));  // either endpoint
  CHECK(matches("fd.ip=10.1.2.3", e));
  CHECK(matches("fd.ip in (1.1.1.1, 192.168.7.9)", e));
  CHECK(matches("fd.ip intersects (10.1.2.3)", e));
  CHECK_FALSE(matches("fd.ip in (1.1.1.1)", e));
  CHECK(matches("fd.net=192.168.0.0/16", e));
  CHECK(matches("fd.net=10.0.0.0/8", e));
  CHECK(matches("fd.net=10.1.2.3/32", e));
  CHECK(matches("fd.net=192.168.7.1/8", e));  // host bits ignored
  CHECK_FALSE(matches("fd.net=172.16.0.0/12", e));
  CHECK(matches("fd.net in (172.16.0.0/12, 10.0.0.0/8)", e));
  CHECK(matches("fd.net=0.0.0.0/0", e));
  CHECK_FALSE(matches("fd.net=::/0", e));  // families differ
  CHECK(matches("fd.snet=192.168.0.0/16", e));
  CHECK_FALSE(matches("fd.snet!=192.168.0.0/16", e));
  CHECK(matches("fd.snet!=10.0.0.0/8", e));
  CHECK(matches("fd.sport=8080", e));
  CHECK(matches("fd.port=54321", e));
  CHECK(matches("fd.port=8080", e));
  CHECK(matches("fd.port>60000 or fd.port<9000", e));
  CHECK_FALSE(matches("fd.port=70000", e));
  CHECK(matches("fd.port in (80, 8080)", e));

  FakeEvent v6;
  v6.cip = ip6("2001:db8::4");
  v6.sip = ip6("2001:db8::3");
  v6.sport = 80;
  CHECK(matches("fd.ip=2001:db8::3", v6));
  CHECK(matches("fd.sip=2001:DB8:0::3", v6));
  CHECK(matches("fd.net=2001:db8::/32", v6));
  CHECK(matches("fd.snet=2001:db8::3/128", v6));
  CHECK_FALSE(matches("fd.snet=2001:db8::4/127", v6));
  CHECK(matches("fd.snet=2001:db8::2/127", v6));
  CHECK_FALSE(matches("fd.net=10.0.0.0/8", v6));
  CHECK(matches("fd.sport=http", v6));
  CHECK(matches("fd.port in (https, http)", v6));
}

TEST_CASE("eval: fields that do not apply are false whatever the operator") {
  FakeEvent none;  // no field applies
  for (const char* f : {"proc.name=x", "proc.name!=x", "proc.name exists", "proc.name in (x)", "proc.pid!=1",
                        "proc.pid<1", "fd.ip!=1.2.3.4", "fd.net!=10.0.0.0/8", "fd.port!=1", "evt.buffer!=x",
                        "proc.aname!=x", "proc.aname[1]!=x", "evt.arg[0]!=x", "fd.name pmatch (/)", "fd.name glob *"}) {
    CAPTURE(f);
    CHECK_FALSE(matches(f, none));
    CHECK(matches(std::string("not ") + f, none));
  }
}

TEST_CASE("eval: any-ancestor semantics of proc.aname") {
  FakeEvent e = sample();
  // As sysdig 0.29.3: "proc.aname" without index is any ancestor, not the
  // process itself (aname[0]) -- "proc.aname=python3" matched nothing while
  // "proc.aname[0]=python3" matched the python3 events.
  CHECK(matches("proc.aname=bash", e));
  CHECK(matches("proc.aname=sshd", e));
  CHECK(matches("proc.aname=run.sh", e));
  CHECK_FALSE(matches("proc.aname=python3", e));
  CHECK(matches("proc.aname[0]=python3", e));
  CHECK(matches("proc.aname[1]=run.sh", e));
  CHECK_FALSE(matches("proc.aname[1]=bash", e));
  CHECK(matches("proc.aname[3]=sshd", e));
  CHECK_FALSE(matches("proc.aname[4] exists", e));
  CHECK(matches("proc.aname exists", e));
  CHECK(matches("proc.aname in (init, bash)", e));
  CHECK(matches("proc.aname intersects (init, sshd)", e));
  CHECK_FALSE(matches("proc.aname intersects (init, systemd)", e));
  CHECK(matches("proc.aname glob ss*", e));
  // "!=" is also any-value: true when some ancestor differs.
  CHECK(matches("proc.aname!=bash", e));
  CHECK_FALSE(matches("not proc.aname=bash", e));
  FakeEvent only_parent;
  only_parent.anames = {"a", "bash"};
  CHECK_FALSE(matches("proc.aname!=bash", only_parent));
  FakeEvent orphan;
  orphan.anames = {"init"};
  CHECK_FALSE(matches("proc.aname exists", orphan));
}

TEST_CASE("eval: rendered arguments use the extractor's scratch space") {
  FakeEvent e = sample();
  CHECK(matches("evt.arg.fd=\"3(fd)\"", e));
  CHECK_FALSE(matches("evt.arg.fd=3", e));  // rendered, as sysdig's evt.arg.fd
  CHECK(matches("evt.arg[1]=\"100(arg)\"", e));
  CHECK(matches("evt.arg.size startswith 100", e));
  CHECK(matches("evt.arg.fd=\"3(fd)\" and evt.arg.size=\"100(size)\"", e));
  CHECK(matches("thread.cgroup.cpuacct=/user.slice", e));
}

TEST_CASE("eval: boolean structure and short-circuits") {
  FakeEvent e = sample();
  CHECK(matches("proc.name=python3 and proc.pid=1234", e));
  CHECK_FALSE(matches("proc.name=python3 and proc.pid=1", e));
  CHECK(matches("proc.name=bash or proc.pid=1234", e));
  CHECK_FALSE(matches("proc.name=bash or proc.pid=1", e));
  CHECK(matches("not proc.name=bash", e));
  CHECK(matches("proc.name=python3 and not proc.pid=1", e));
  CHECK(matches("proc.name=bash or not proc.pid=1", e));
  CHECK(matches("(proc.name=bash or proc.pid=1234) and (evt.num=42 or evt.num=43)", e));
  CHECK_FALSE(matches("not (proc.name=bash or proc.pid=1234)", e));
  CHECK(matches("not (proc.name=bash and proc.pid=1234)", e));
  CHECK(matches("not (not proc.name=python3)", e));
  CHECK_FALSE(matches("not not proc.name=python3", e));  // sysdig: not not X == not X
  CHECK(matches("proc.name=x or (proc.name=y or (proc.name=z or proc.pid=1234))", e));
}
