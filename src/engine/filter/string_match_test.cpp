#include <doctest/doctest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "engine/filter/string_match.h"

using namespace trowel::engine::filter;

TEST_CASE("glob_match: fnmatch(3) without flags") {
  CHECK(glob_match("", ""));
  CHECK_FALSE(glob_match("", "a"));
  CHECK(glob_match("*", ""));
  CHECK(glob_match("*", "/a/b"));
  CHECK(glob_match("a*b*c", "aXXbYYc"));
  CHECK_FALSE(glob_match("a*b*c", "aXXbYY"));
  CHECK(glob_match("*.txt", "/srv/log.txt"));
  CHECK(glob_match("?", "x"));
  CHECK_FALSE(glob_match("?", ""));
  CHECK(glob_match("[abc]", "b"));
  CHECK_FALSE(glob_match("[abc]", "d"));
  CHECK(glob_match("[a-c]x", "bx"));
  CHECK(glob_match("[!a-c]", "d"));
  CHECK(glob_match("[^a-c]", "d"));
  CHECK_FALSE(glob_match("[!a-c]", "a"));
  CHECK(glob_match("[]]", "]"));
  CHECK(glob_match("[!]]", "a"));
  CHECK(glob_match("[a-]", "-"));
  CHECK(glob_match("[", "["));       // unterminated set: literal '['
  CHECK(glob_match("a[b", "a[b"));
  CHECK(glob_match("\\*", "*"));
  CHECK_FALSE(glob_match("\\*", "a"));
  CHECK(glob_match("a\\", "a\\"));
  CHECK(glob_match("**a**", "bab"));
  CHECK(glob_match(std::string(40, '*') + "b", std::string(100, 'a') + "b"));
  CHECK_FALSE(glob_match("*a*a*a*a*a*b", std::string(200, 'a')));
}

TEST_CASE("icontains and ascii_lower") {
  CHECK(ascii_lower("AbC/Ü") == "abc/Ü");
  CHECK(icontains("Hello World", "o w"));
  CHECK(icontains("x", ""));
  CHECK_FALSE(icontains("", "a"));
  CHECK_FALSE(icontains("Hello", "hellox"));
}

TEST_CASE("path prefixes") {
  std::vector<std::string> p = {normalize_path_prefix("/usr/lib/"), normalize_path_prefix("/etc"),
                                normalize_path_prefix("/")};
  std::sort(p.begin(), p.end());
  CHECK(path_prefix_match(p, "/etc"));
  CHECK(path_prefix_match(p, "/anything"));  // "/" covers every absolute path
  std::vector<std::string> q = {"/etc", "/usr/lib"};
  CHECK(path_prefix_match(q, "/etc/passwd"));
  CHECK(path_prefix_match(q, "/usr/lib"));
  CHECK(path_prefix_match(q, "/usr/lib/x/y"));
  CHECK_FALSE(path_prefix_match(q, "/usr/libexec"));
  CHECK_FALSE(path_prefix_match(q, "/etcetera"));
  CHECK_FALSE(path_prefix_match(q, "etc/passwd"));
  CHECK_FALSE(path_prefix_match(q, ""));
}
