// Test helpers for src/engine/render: an event built in memory from
// parameter byte strings, and a RenderState with a few fixed answers.
#pragma once
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "capture/event_view.h"
#include "engine/render/render_state.h"

namespace trowel::engine::render::testing {

template <class T>
std::string le(T v) {
  return std::string(reinterpret_cast<const char*>(&v), sizeof v);
}

class FakeEvent {
 public:
  FakeEvent(uint16_t type, std::initializer_list<std::string> params, int64_t tid = 100) {
    for (const auto& p : params) {
      uint16_t n = static_cast<uint16_t>(p.size());
      lens_.append(reinterpret_cast<const char*>(&n), 2);
      values_ += p;
    }
    ev.type = type;
    ev.tid = tid;
    ev.nparams = static_cast<uint32_t>(params.size());
    ev.len_width = 2;
    ev.lens = reinterpret_cast<const uint8_t*>(lens_.data());
    ev.values = reinterpret_cast<const uint8_t*>(values_.data());
  }
  capture::EventView ev;

 private:
  std::string lens_, values_;
};

class FakeState : public RenderState {
 public:
  bool fd(int64_t, int64_t fd, FdDesc& out) const override {
    if (fd == 3) { out = {'f', 0, "/etc/hosts"}; return true; }
    if (fd == 4) { out = {'4', 't', "10.0.0.1:1234->10.0.0.2:80"}; return true; }
    if (fd == 6) { out = {'p', 0, ""}; return true; }
    if (fd == 8) { out = {'d', 0, "/tmp"}; return true; }
    return false;
  }
  bool thread_comm(int64_t tid, std::string_view& out) const override {
    if (tid == 1) { out = "init"; return true; }
    return false;
  }
  bool thread_cwd(int64_t, std::string_view& out) const override {
    out = "/usr/bin";
    return true;
  }
  bool user_name(uint32_t uid, std::string_view& out) const override {
    if (uid == 0) { out = "root"; return true; }
    return false;
  }
  bool group_name(uint32_t gid, std::string_view& out) const override {
    if (gid == 0) { out = "root"; return true; }
    return false;
  }
};

}  // namespace trowel::engine::render::testing
