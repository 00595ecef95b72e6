// Golden comparison with sysdig 0.29.3: renders evt.args (-v) and the default
// line's evt.info of every event of the sysdig-readable shared captures and
// compares them with tests/golden/render/ (written by
// tests/golden/regen-render-golden). fd and thread names come from the test
// helper GoldenState; a second count masks the fd name part "(<...>...)" so
// that state differences and rendering differences can be told apart.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_map>

#include "capture/capture_reader.h"
#include "engine/render/event_args.h"
#include "engine/render/golden_state.h"

namespace {

using namespace trowel;
using engine::render::EventArgsRenderer;
using engine::render::RenderOptions;

// num -> text after "num ". A line not starting with a number continues the
// previous one (container JSON holds a newline).
std::unordered_map<uint64_t, std::string> load_golden(const std::string& path) {
  std::unordered_map<uint64_t, std::string> m;
  std::ifstream in(path);
  std::string line;
  uint64_t last = 0;
  bool have = false;
  while (std::getline(in, line)) {
    size_t sp = line.find(' ');
    bool numbered = sp != std::string::npos && sp > 0 &&
                    line.find_first_not_of("0123456789") == sp;
    if (numbered) {
      last = std::stoull(line.substr(0, sp));
      m[last] = line.substr(sp + 1);
      have = true;
    } else if (have) {
      m[last] += "\n" + line;
    }
  }
  return m;
}

// evt.info part of a default line: after "(tid) D type ".
bool info_of_line(const std::string& rest, int64_t tid, std::string& info) {
  std::string key = "(" + std::to_string(tid) + ") ";
  size_t p = rest.find(key);
  if (p == std::string::npos) return false;
  p += key.size() + 2;  // dir and space
  size_t sp = rest.find(' ', p);
  if (sp == std::string::npos) {
    info.clear();
    return true;
  }
  info = rest.substr(sp + 1);
  return true;
}

// Drops every "(<...>...)" fd-name group.
std::string mask_fd_names(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '(' && i + 1 < s.size() && s[i + 1] == '<') {
      size_t end = s.find(") ", i);
      i = end == std::string::npos ? s.size() : end + 1;
      continue;
    }
    out.push_back(s[i++]);
  }
  return out;
}

struct Result {
  size_t lines = 0, args_exact = 0, args_masked = 0, info_exact = 0, info_masked = 0;
};

Result compare(const std::string& name) {
  Result r;
  std::string golden_dir = std::string(TROWEL_SOURCE_DIR) + "/tests/golden/render/";
  auto args = load_golden(golden_dir + name + ".args");
  auto lines = load_golden(golden_dir + name + ".line");
  auto reader = capture::CaptureReader::open(std::string(TROWEL_SHARED_DIR) + "/captures/" +
                                             name + ".scap");
  engine::render::testing::GoldenState state;
  state.load(reader->tables());
  EventArgsRenderer full(state, RenderOptions{engine::render::BufferFormat::Normal, 0});
  EventArgsRenderer info(state, RenderOptions{});
  capture::EventView ev;
  uint64_t num = 0;
  std::string a, b, want_info;
  int shown = 0;
  while (reader->next(ev)) {
    if (!capture::legacy_event_info(ev.type)) continue;  // sysdig skips and does not count
    ++num;
    state.process(ev);
    auto it = args.find(num);
    if (it == args.end()) continue;
    ++r.lines;
    a.clear();
    full.append_args(a, ev);
    if (a == it->second) ++r.args_exact;
    if (mask_fd_names(a) == mask_fd_names(it->second)) {
      ++r.args_masked;
    } else if (shown < 8) {
      ++shown;
      MESSAGE(name << " #" << num << " type " << ev.type << "\n  sysdig: " << it->second
                   << "\n  trowel: " << a);
    }
    auto lt = lines.find(num);
    if (lt != lines.end() && info_of_line(lt->second, ev.tid, want_info)) {
      b.clear();
      info.append_info(b, ev);
      if (b == want_info) ++r.info_exact;
      if (mask_fd_names(b) == mask_fd_names(want_info)) ++r.info_masked;
    }
  }
  return r;
}

}  // namespace

TEST_CASE("render: golden comparison with sysdig 0.29.3") {
  const char* names[] = {"falco_cat_write", "falco_connect_localhost", "falco_empty",
                         "falco_open-multiple-files", "falco_ping_sendto", "falco_syscall",
                         "falco_write_tmp_test", "libs_single_ipv6_conn",
                         "libs_test_ipv6_client", "leaky-logtxt-sysdig029"};
  for (const char* n : names) {
    std::string cap = std::string(TROWEL_SHARED_DIR) + "/captures/" + n + ".scap";
    if (!std::ifstream(cap)) {
      MESSAGE("skipped (no capture): " << cap);
      continue;
    }
    Result r = compare(n);
    MESSAGE(std::string(n) << ": " << r.lines << " lines; evt.args exact " << r.args_exact << ", masked "
              << r.args_masked << "; default-line evt.info exact " << r.info_exact
              << ", masked " << r.info_masked);
    CHECK(r.args_masked == r.lines);
    CHECK(r.info_masked == r.lines);
  }
}
