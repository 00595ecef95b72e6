#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "engine/path_util.h"

using trowel::engine::base_name;
using trowel::engine::dir_name;
using trowel::engine::resolve_path;

TEST_CASE("resolve_path joins relative paths and normalizes") {
  std::string out;
  resolve_path("/srv/webapp", "log.txt", out);
  CHECK(out == "/srv/webapp/log.txt");
  resolve_path("/srv/webapp/", "./a/../b//c/.", out);
  CHECK(out == "/srv/webapp/b/c");
  resolve_path("/srv", "/etc/hosts", out);
  CHECK(out == "/etc/hosts");
  resolve_path("/", "../../x", out);
  CHECK(out == "/x");
  resolve_path("/a/b", "..", out);
  CHECK(out == "/a");
  resolve_path("", "rel", out);
  CHECK(out == "/rel");
  resolve_path("/a", "", out);
  CHECK(out == "/a");
}

TEST_CASE("resolve_path: names with dots and already normal paths") {
  std::string out;
  const std::pair<const char*, const char*> cases[] = {
      {"/a/.b", "/a/.b"},   {"/a/..b", "/a/..b"}, {"/a/b.", "/a/b."},  {"/a/b..", "/a/b.."},
      {"/.", "/"},          {"/..", "/"},         {"/a/.", "/a"},      {"/a/..", "/"},
      {"/a//b", "/a/b"},    {"/a/", "/a"},        {"/", "/"},          {"//", "/"},
      {"/a/./b", "/a/b"},   {"/a/../b", "/b"},    {"/...", "/..."},    {"/a/...", "/a/..."},
  };
  for (auto [in, want] : cases) {
    resolve_path("/cwd", in, out);
    CHECK_MESSAGE(out == want, in);
  }
}

TEST_CASE("dir_name and base_name") {
  CHECK(dir_name("/srv/webapp/log.txt") == "/srv/webapp");
  CHECK(base_name("/srv/webapp/log.txt") == "log.txt");
  CHECK(dir_name("/x") == "/");
  CHECK(base_name("x") == "x");
}
