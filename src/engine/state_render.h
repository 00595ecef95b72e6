// StateRenderView: the render module's view of the engine state (fd names,
// thread names and cwds, user and group names), backed by a State.
#pragma once
#include "engine/render/render_state.h"
#include "engine/state.h"

namespace trowel::engine {

class StateRenderView final : public render::RenderState {
 public:
  explicit StateRenderView(const State* s = nullptr) : state_(s) {}
  void set(const State* s) { state_ = s; }

  bool fd(int64_t tid, int64_t fd, render::FdDesc& out) const override;
  bool thread_comm(int64_t tid, std::string_view& out) const override;
  bool thread_cwd(int64_t tid, std::string_view& out) const override;
  bool user_name(uint32_t uid, std::string_view& out) const override;
  bool group_name(uint32_t gid, std::string_view& out) const override;

 private:
  const State* state_;
};

}  // namespace trowel::engine
