// GoldenState (tests only): a small stand-in for the engine's state, enough
// to render the shared captures' fd and thread names the way sysdig 0.29.3
// does. Built from the section's PL/FDL/UL tables and updated by the events
// that open, close, duplicate or rename fds and create or exec threads. The
// real state engine (src/engine/state.*) replaces it in production.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "capture/event_view.h"
#include "capture/tables.h"
#include "engine/render/render_state.h"

namespace trowel::engine::render::testing {

class GoldenState : public RenderState {
 public:
  void load(const capture::SectionTables& t);
  // Update with `ev` (call before rendering it, as sysdig parses first).
  void process(const capture::EventView& ev);

  bool fd(int64_t tid, int64_t fd, FdDesc& out) const override;
  bool thread_comm(int64_t tid, std::string_view& out) const override;
  bool thread_cwd(int64_t tid, std::string_view& out) const override;
  bool user_name(uint32_t uid, std::string_view& out) const override;
  bool group_name(uint32_t gid, std::string_view& out) const override;

 private:
  struct Fd {
    char type = 'f';
    char l4 = 0;
    std::string name;
    int sock_type = 0;  // SOCK_STREAM 1, SOCK_DGRAM 2 ...
  };
  using FdTable = std::map<int64_t, Fd>;
  struct Thread {
    int64_t pid = 0;
    std::string comm, cwd;
    std::shared_ptr<FdTable> fds;
  };
  struct Enter {  // the last enter event's parameters we need
    uint16_t type = 0;
    int64_t fd = -1;
    uint32_t domain = 0, sock_type = 0;
    std::string addr;
  };
  Thread& thread(int64_t tid);
  const Thread* find(int64_t tid) const;
  Fd* find_fd(int64_t tid, int64_t fd);

  std::unordered_map<int64_t, Thread> threads_;
  std::unordered_map<int64_t, Enter> enters_;
  std::map<uint32_t, std::string> users_, groups_;
};

}  // namespace trowel::engine::render::testing
