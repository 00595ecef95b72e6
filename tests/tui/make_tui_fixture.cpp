// make_tui_fixture OUT: writes a capture whose process names, paths, fd
// names and I/O data carry terminal escape and control sequences, for the
// TUI's "nothing from a capture reaches the terminal raw" test.
#include <cstdio>
#include <exception>

#include "fixture_builder.h"

using namespace trowel::fixture;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_tui_fixture OUT\n");
    return 2;
  }
  try {
    constexpr uint64_t kT0 = 1700000000ull * 1000000000ull;
    FixtureBuilder b(argv[1]);
    b.machine("esc-host", 2, 2ull << 30, kT0 - 3600ull * 1000000000ull);
    b.at(kT0);
    b.user(0, 0, "root", "/root", "/bin/bash");
    b.group(0, "root");
    // ESC [2J clears the screen, ESC ]0; sets the window title, BEL, a C1
    // CSI in UTF-8, and a DCS: all must show escaped.
    const std::string evil = "\x1b[2J\x1b]0;PWNED\x07" "evil\xc2\x9b" "31m";
    b.thread(500, 500, 1, evil, "/tmp/\x1b[31mred", {"\x1bP+q\x1b\\"}, "/");
    b.thread(501, 501, 1, "plain", "/bin/plain", {}, "/");
    for (int fd = 0; fd < 3; ++fd) {
      b.fd(500, fd, FdType::File, "/dev/pts/0");
      b.fd(501, fd, FdType::File, "/dev/pts/0");
    }
    b.openat(500, "/tmp/\x1b[5mblink\x1b[0m", 0, 0, 3);
    b.write(500, 3, "hello \x1b[2J\x1b]0;PWNED\x07 world\n");
    b.read(500, 3, "\x1b[?1049h alt screen\n");
    // fd 3 stays open: the lsof view (descriptors held at the end) shows its name.
    // Shell syntax in a path: an action substituting %fd.name must pass it
    // as one word, never run it.
    b.openat(501, "/tmp/$(touch pwned)';touch pwned2;'x", 0, 0, 4);
    b.close(501, 4);
    b.openat(501, "/etc/hostname", 0, 0, 3);
    b.read(501, 3, "esc-host\n");
    b.close(501, 3);
    b.finish();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "make_tui_fixture: %s\n", e.what());
    return 1;
  }
  return 0;
}
