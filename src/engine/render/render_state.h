// RenderState: what parameter rendering needs to know about the engine's
// state (fd names, thread names and cwds, user and group names). The state
// engine implements it; rendering never owns or changes state. Every lookup
// returns false when the thing is unknown, and the renderer then prints
// what sysdig 0.29.3 prints in that case (the bare number, `<NA>` for users).
//
// Views returned through out-parameters must stay valid until the event has
// been rendered (they normally point into the state's own strings).
#pragma once
#include <cstdint>
#include <string_view>

namespace trowel::engine::render {

// How an fd shows up inside `fd=3(<f>/etc/hosts)` and in FDLISTs.
struct FdDesc {
  char type = '?';        // fd.typechar: f d 4 6 u p e s l i t n b ...
  char l4 = 0;            // sockets: 't' tcp, 'u' udp, 'i' icmp, 'r' raw; 0 none
  std::string_view name;  // fd.name (may be empty: `<p>`)
};

class RenderState {
 public:
  virtual ~RenderState() = default;
  // fd `fd` of thread `tid` (the event's thread).
  virtual bool fd(int64_t tid, int64_t fd, FdDesc& out) const;
  // comm of thread/process `tid` (PID parameters).
  virtual bool thread_comm(int64_t tid, std::string_view& out) const;
  // Working directory of thread `tid` (relative FSPATH/FSRELPATH parameters).
  virtual bool thread_cwd(int64_t tid, std::string_view& out) const;
  virtual bool user_name(uint32_t uid, std::string_view& out) const;
  virtual bool group_name(uint32_t gid, std::string_view& out) const;
};

// A state that knows nothing (all lookups fail).
inline const RenderState& no_state() {
  static const RenderState s;
  return s;
}

inline bool RenderState::fd(int64_t, int64_t, FdDesc&) const { return false; }
inline bool RenderState::thread_comm(int64_t, std::string_view&) const { return false; }
inline bool RenderState::thread_cwd(int64_t, std::string_view&) const { return false; }
inline bool RenderState::user_name(uint32_t, std::string_view&) const { return false; }
inline bool RenderState::group_name(uint32_t, std::string_view&) const { return false; }

}  // namespace trowel::engine::render
