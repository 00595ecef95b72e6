#include <doctest/doctest.h>

#include <cstring>

#include "engine/render/errno_names.h"

using namespace trowel::engine::render;

TEST_CASE("errno_name: sysdig 0.29.3 names") {
  CHECK(std::strcmp(errno_name(2), "ENOENT") == 0);
  CHECK(std::strcmp(errno_name(24), "EMFILE") == 0);
  CHECK(std::strcmp(errno_name(115), "EINPROGRESS") == 0);
  CHECK(std::strcmp(errno_name(11), "EAGAIN") == 0);
  CHECK(std::strcmp(errno_name(95), "EOPNOTSUPP") == 0);
  CHECK(std::strcmp(errno_name(516), "ERESTART_RESTARTBLOCK") == 0);
  CHECK(std::strcmp(errno_name(530), "EIOCBRETRY") == 0);
  CHECK(errno_name(0) == nullptr);
  CHECK(errno_name(41) == nullptr);
  CHECK(errno_name(58) == nullptr);
  CHECK(errno_name(126) == nullptr);
  CHECK(errno_name(517) == nullptr);
  CHECK(errno_name(531) == nullptr);
  CHECK(errno_name(-2) == nullptr);
}

TEST_CASE("errno_name_full and errno_number") {
  CHECK(std::strcmp(errno_name_full(126), "ENOKEY") == 0);
  CHECK(std::strcmp(errno_name_full(133), "EHWPOISON") == 0);
  CHECK(std::strcmp(errno_name_full(2), "ENOENT") == 0);
  CHECK(errno_number("EMFILE") == 24);
  CHECK(errno_number("ERESTARTSYS") == 512);
  CHECK(errno_number("EHWPOISON") == 133);
  CHECK(errno_number("NOPE") == 0);
}
