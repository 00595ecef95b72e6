// Unit tests of ParamRenderer, per parameter type. Expected strings are what
// sysdig 0.29.3 printed for the same bytes (probe captures written with
// tests/fixture and read with `sysdig -v -r`).
#include <doctest/doctest.h>

#include "engine/render/event_args.h"
#include "engine/render/render_test_util.h"

using namespace trowel;
using namespace trowel::engine::render;
using engine::render::testing::FakeEvent;
using engine::render::testing::FakeState;
using engine::render::testing::le;

namespace {
const FakeState kState;

// evt.args of an event (2022 schema, no buffer limit).
std::string args(const FakeEvent& e, RenderOptions o = {BufferFormat::Normal, 0}) {
  EventArgsRenderer r(kState, o);
  std::string out;
  r.append_args(out, e.ev);
  return out;
}
std::string str0(std::string_view s) { return std::string(s) + '\0'; }
}  // namespace

TEST_CASE("render: ERRNO") {
  CHECK(args(FakeEvent(5, {le<int64_t>(0)})) == "res=0 ");
  CHECK(args(FakeEvent(5, {le<int64_t>(-2)})) == "res=-2(ENOENT) ");
  CHECK(args(FakeEvent(5, {le<int64_t>(-58)})) == "res=-58 ");
  CHECK(args(FakeEvent(5, {le<int64_t>(832)})) == "res=832 ");
}

TEST_CASE("render: FD") {
  CHECK(args(FakeEvent(70, {le<int64_t>(3)})) == "fd=3(<f>/etc/hosts) ");
  CHECK(args(FakeEvent(70, {le<int64_t>(4)})) == "fd=4(<4t>10.0.0.1:1234->10.0.0.2:80) ");
  CHECK(args(FakeEvent(70, {le<int64_t>(6)})) == "fd=6(<p>) ");
  CHECK(args(FakeEvent(70, {le<int64_t>(99)})) == "fd=99 ");
  CHECK(args(FakeEvent(70, {le<int64_t>(-1)})) == "fd=-1(EPERM) ");
  CHECK(args(FakeEvent(70, {le<int64_t>(-100)})) == "fd=-100(AT_FDCWD) ");
  CHECK(args(FakeEvent(70, {le<int64_t>(-9999)})) == "fd=-9999 ");
  CHECK(args(FakeEvent(70, {le<int64_t>(4294967295)})) == "fd=4294967295 ");
}

TEST_CASE("render: PID, SIGTYPE") {
  CHECK(args(FakeEvent(128, {le<int64_t>(1), le<uint8_t>(15)})) == "pid=1(init) sig=15(SIGTERM) ");
  CHECK(args(FakeEvent(128, {le<int64_t>(99999), le<uint8_t>(0)})) == "pid=99999 sig=0 ");
  CHECK(args(FakeEvent(128, {le<int64_t>(-1), le<uint8_t>(40)})) == "pid=-1 sig=40 ");
}

TEST_CASE("render: FLAGS, MODE and octal") {
  auto open_x = [](uint32_t flags, uint32_t mode) {
    return args(FakeEvent(3, {le<int64_t>(3), str0("/etc/hosts"), le(flags), le(mode),
                              le<uint32_t>(0x2d)}));
  };
  CHECK(open_x(4097, 0) ==
        "fd=3(<f>/etc/hosts) name=/etc/hosts flags=4097(O_RDONLY|O_CLOEXEC) mode=0 dev=2D ");
  CHECK(open_x(0, 0666).find("flags=0(O_NONE) mode=0666 ") != std::string::npos);
  CHECK(open_x(0x43, 0).find("flags=67(O_NONBLOCK|O_RDWR) ") != std::string::npos);
  CHECK(open_x(262, 0).find("flags=262(O_TRUNC|O_CREAT|O_WRONLY) ") != std::string::npos);
  CHECK(open_x(0x4000, 0).find("flags=16384 ") != std::string::npos);  // unknown bit (2022)
  CHECK(open_x(0x500E, 0).find("flags=20494(O_APPEND|O_CREAT|O_WRONLY|O_CLOEXEC) ") !=
        std::string::npos);
  // chmod exit: MODE with the PPM_S_* names
  CHECK(args(FakeEvent(315, {le<int64_t>(0), str0("/f"), le<uint32_t>(0755)})) ==
        "res=0 filename=/f mode=0755(S_IXOTH|S_IROTH|S_IXGRP|S_IRGRP|S_IXUSR|S_IWUSR|S_IRUSR) ");
  CHECK(args(FakeEvent(315, {le<int64_t>(0), str0("/f"), le<uint32_t>(0)})) ==
        "res=0 filename=/f mode=0 ");
  // enums printed with the FLAGS rule in the 2022 schema
  CHECK(args(FakeEvent(150, {le<int64_t>(3), le<uint8_t>(14)})) ==
        "fd=3(<f>/etc/hosts) cmd=14(F_GETOWN|F_GETFD) ");
  CHECK(args(FakeEvent(150, {le<int64_t>(3), le<uint8_t>(0)})) == "fd=3(<f>/etc/hosts) cmd=0(UNKNOWN) ");
  CHECK(args(FakeEvent(18, {le<uint32_t>(1), le<uint32_t>(1), le<uint32_t>(0)})) ==
        "domain=1(AF_LOCAL) type=1 proto=0 ");
}

TEST_CASE("render: hex integers") {
  CHECK(args(FakeEvent(248, {le<int32_t>(-1)})) == "flags=FFFFFFFF ");
  CHECK(args(FakeEvent(248, {le<int32_t>(0x80000)})) == "flags=80000 ");
  CHECK(args(FakeEvent(159, {le<uint64_t>(0x7fad48782000), le<uint32_t>(1), le<uint32_t>(2),
                             le<uint32_t>(3)})) ==
        "res=7FAD48782000 vm_size=1 vm_rss=2 vm_swap=3 ");
  CHECK(args(FakeEvent(98, {str0("/d"), le<uint32_t>(0755)})) == "path=/d mode=1ED ");
}

TEST_CASE("render: UID/GID") {
  CHECK(args(FakeEvent(198, {le<uint32_t>(0)})) == "uid=0(root) ");
  CHECK(args(FakeEvent(198, {le<uint32_t>(1000)})) == "uid=1000(<NA>) ");
  CHECK(args(FakeEvent(198, {le<uint32_t>(0xffffffff)})) == "uid=-1(<NONE>) ");
  CHECK(args(FakeEvent(200, {le<uint32_t>(0)})) == "gid=0(root) ");
}

TEST_CASE("render: SOCKTUPLE and SOCKADDR") {
  auto t4 = std::string("\x02\x7f\x00\x00\x01\x58\xb8\x7f\x00\x00\x01\x50\x00", 13);
  CHECK(args(FakeEvent(23, {le<int64_t>(-115), t4})) ==
        "res=-115(EINPROGRESS) tuple=127.0.0.1:47192->127.0.0.1:80 ");
  std::string a6("\x20\x01\x0d\xb8", 4), m6(10, '\0');
  a6 += std::string(11, '\0') + "\x01";
  m6 += "\xff\xff\x01\x02\x03\x04";
  std::string z6(16, '\0'), lo(15, '\0');
  lo += '\x01';
  auto t6 = [](const std::string& s, uint16_t sp, const std::string& d, uint16_t dp) {
    return std::string("\x0a", 1) + s + le(sp) + d + le(dp);
  };
  CHECK(args(FakeEvent(23, {le<int64_t>(0), t6(a6, 1, m6, 2)})) ==
        "res=0 tuple=2001:db8::1:1->::ffff:1.2.3.4:2 ");
  CHECK(args(FakeEvent(23, {le<int64_t>(0), t6(m6, 1, z6, 2)})) ==
        "res=0 tuple=1.2.3.4:1->0.0.0.0:2 ");
  CHECK(args(FakeEvent(23, {le<int64_t>(0), t6(lo, 1, lo, 2)})) == "res=0 tuple=::1:1->::1:2 ");
  std::string tu = std::string("\x01", 1) + le<uint64_t>(0xffff94dc817b9400ull) + le<uint64_t>(0) +
                   str0("/var/run/nscd/socket");
  CHECK(args(FakeEvent(23, {le<int64_t>(0), tu})) ==
        "res=0 tuple=ffff94dc817b9400->0 /var/run/nscd/socket ");
  CHECK(args(FakeEvent(23, {le<int64_t>(0), std::string("\x10", 1)})) == "res=0 tuple=family 16 ");
  CHECK(args(FakeEvent(23, {le<int64_t>(0), std::string()})) == "res=0 tuple=NULL ");
  // connect enter: SOCKADDR
  CHECK(args(FakeEvent(22, {le<int64_t>(99), std::string("\x0a", 1) + a6 + le<uint16_t>(443)})) ==
        "fd=99 addr=2001:db8::1:443 ");
  CHECK(args(FakeEvent(22, {le<int64_t>(99), std::string("\x0a", 1) + m6 + le<uint16_t>(5)})) ==
        "fd=99 addr=::ffff:1.2.3.4:5 ");
  CHECK(args(FakeEvent(22, {le<int64_t>(99), std::string("\x01", 1) + str0("/run/x.sock")})) ==
        "fd=99 addr=/run/x.sock ");
}

TEST_CASE("render: RELTIME, FDLIST, SIGSET") {
  CHECK(args(FakeEvent(134, {le<uint64_t>(1500000000)})) == "interval=1500000000(1.5s) ");
  CHECK(args(FakeEvent(134, {le<uint64_t>(123)})) == "interval=123(1.23e-07s) ");
  CHECK(args(FakeEvent(134, {le<uint64_t>(0)})) == "interval=0(0s) ");
  std::string fds = le<uint16_t>(3) + le<int64_t>(3) + le<uint16_t>(1) + le<int64_t>(99) +
                    le<uint16_t>(0x3f) + le<int64_t>(4) + le<uint16_t>(4);
  CHECK(args(FakeEvent(254, {fds, le<uint64_t>(1000000), le<uint32_t>(5)})) ==
        "fds=3:f1 99:?3f 4:44 timeout=1000000(0.001s) sigmask=SIGHUP SIGQUIT ");
  CHECK(args(FakeEvent(254, {le<uint16_t>(0), le<uint64_t>(0), le<uint32_t>(0)})) ==
        "fds= timeout=0(0s) sigmask= ");
}

TEST_CASE("render: DYN") {
  auto so = [](std::string val) {
    return args(FakeEvent(45, {le<int64_t>(0), le<int64_t>(99), le<uint8_t>(1), le<uint8_t>(2),
                               val, le<uint32_t>(4)}));
  };
  const std::string head = "res=0 fd=99 level=1(SOL_SOCKET) optname=2(SO_REUSEADDR) val=";
  CHECK(so(std::string("\x02", 1) + le<uint32_t>(1)) == head + "1 optlen=4 ");
  CHECK(so(std::string("\x01", 1) + le<int64_t>(-2)) == head + "-2(ENOENT) optlen=4 ");
  CHECK(so(std::string("\x04", 1) + le<uint64_t>(3000000000ull)) == head + "3000000000(3s) optlen=4 ");
  CHECK(so(std::string("\x00" "ab\x01" "cd", 6)) == head + "ab.cd optlen=4 ");
  CHECK(so(std::string()) == head + "INVALID DYNAMIC PARAMETER optlen=4 ");
  CHECK(so(std::string("\x00", 1)) == head + " optlen=4 ");
  // ptrace exit: HEX print format passes to the selected type
  CHECK(args(FakeEvent(169, {le<int64_t>(0), std::string("\x00", 1) + le<uint64_t>(0xbeef),
                             std::string("\x01\x09", 2)})) == "res=0 addr=BEEF data=9(SIGKILL) ");
}

TEST_CASE("render: strings and paths") {
  // CHARBUF: raw bytes
  CHECK(args(FakeEvent(95, {le<int64_t>(0), str0("ex\x01" "e")})) == "res=0 path=ex\x01" "e ");
  // FSPATH: printable bytes; relative -> (absolute from the cwd), '.' for others
  CHECK(args(FakeEvent(3, {le<int64_t>(99), str0("../etc/./passwd"), le<uint32_t>(1),
                           le<uint32_t>(0), le<uint32_t>(0)})) ==
        "fd=99 name=../etc/./passwd(/usr/etc/passwd) flags=1(O_RDONLY) mode=0 dev=0 ");
  CHECK(args(FakeEvent(3, {le<int64_t>(99), str0("b\tc"), le<uint32_t>(1), le<uint32_t>(0),
                           le<uint32_t>(0)})) ==
        "fd=99 name=bc(/usr/bin/b.c) flags=1(O_RDONLY) mode=0 dev=0 ");
  // FSRELPATH: relative to dirfd; unknown dirfd -> the name itself
  auto openat = [](int64_t dirfd, std::string name) {
    return args(FakeEvent(307, {le<int64_t>(5), le<int64_t>(dirfd), str0(name), le<uint32_t>(1),
                                le<uint32_t>(0), le<uint32_t>(0)}));
  };
  CHECK(openat(8, "a/../b").find("name=a/../b(/tmp/b) ") != std::string::npos);
  CHECK(openat(-100, "./x//y").find("name=./x//y(/usr/bin/x/y) ") != std::string::npos);
  CHECK(openat(99, "rel").find("name=rel(rel) ") != std::string::npos);
  CHECK(openat(8, "/abs").find("name=/abs flags") != std::string::npos);
  CHECK(openat(8, "").find("name=(/tmp) ") != std::string::npos);
}

TEST_CASE("render: BYTEBUF lists and the 80-character cut") {
  std::string a = std::string("a1\0a2\0", 6);
  CHECK(args(FakeEvent(13, {le<int64_t>(5), str0("exe"), a, le<int64_t>(1), le<int64_t>(1),
                            le<int64_t>(1), str0("/"), le<uint64_t>(10)})) ==
        "res=5 exe=exe args=a1.a2. tid=1(init) pid=1(init) ptid=1(init) cwd=/ fdlimit=10 ");
  std::string data(100, 'x');
  CHECK(args(FakeEvent(9, {le<int64_t>(100), data}), RenderOptions{}) ==
        "res=100 data=" + std::string(77, 'x') + "... ");
  CHECK(args(FakeEvent(9, {le<int64_t>(100), data})) == "res=100 data=" + data + " ");
  CHECK(args(FakeEvent(9, {le<int64_t>(0), std::string()})) == "res=0 data= ");
}

TEST_CASE("render: generic events show no args; evt.arg.NAME") {
  FakeEvent g(0, {le<uint16_t>(75), le<uint16_t>(10)});
  CHECK(args(g).empty());
  EventArgsRenderer r(kState, {});
  std::string out;
  CHECK(r.append_arg(out, g.ev, "ID"));
  CHECK(out == "mprotect");
  FakeEvent e(3, {le<int64_t>(3), str0("/etc/hosts"), le<uint32_t>(4097), le<uint32_t>(0),
                  le<uint32_t>(0)});
  out.clear();
  CHECK(r.append_arg(out, e.ev, "fd"));
  CHECK(out == "<f>/etc/hosts");
  out.clear();
  CHECK(r.append_arg(out, e.ev, "flags"));
  CHECK(out == "O_RDONLY|O_CLOEXEC");
  out.clear();
  CHECK(r.append_arg(out, e.ev, "flags", ParamPart::Value));
  CHECK(out == "4097");
  out.clear();
  CHECK_FALSE(r.append_arg(out, e.ev, "nope"));
  out.clear();
  FakeEvent x(5, {le<int64_t>(-2)});
  CHECK(r.append_arg_at(out, x.ev, 0));
  CHECK(out == "ENOENT");
}
