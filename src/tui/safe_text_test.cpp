#include "tui/safe_text.h"

#include <doctest/doctest.h>

namespace trowel::tui {

TEST_CASE("safe: no control or escape byte reaches the terminal") {
  CHECK(safe("bash") == "bash");
  CHECK(safe("\x1b[2J\x1b]0;pwned\x07") == "\\x1b[2J\\x1b]0;pwned^G");
  CHECK(safe("a\nb\tc\x7f") == "a^Jb^Ic\\x7f");
  CHECK(safe("\xc2\x9b" "31m") == "\\xc2\\x9b31m");  // C1 CSI in UTF-8
  for (int c = 0; c < 256; ++c) {
    std::string s = safe(std::string(1, char(c)));
    for (unsigned char o : s) CHECK((o >= 0x20 && o < 0x7f));
  }
}

TEST_CASE("fit: pad and cut") {
  CHECK(fit("ab", 4, false) == "ab  ");
  CHECK(fit("ab", 4, true) == "  ab");
  CHECK(fit("abcdef", 3, false) == "abc");
  CHECK(fit("123456", 3, true) == "456");
}

}  // namespace trowel::tui
