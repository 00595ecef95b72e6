// state_render.cpp: see state_render.h.
#include "engine/state_render.h"

namespace trowel::engine {

bool StateRenderView::fd(int64_t tid, int64_t fd, render::FdDesc& out) const {
  if (!state_) return false;
  const ThreadInfo* th = state_->thread(tid);
  if (!th || !th->fds) return false;
  const FdInfo* f = th->fds->find(fd);
  if (!f) return false;
  out.type = fd_kind_char(f->kind);
  // sysdig shows the protocol (<4t>) only once the socket has a tuple
  // (connected, accepted) or came from the table: not after socket() or bind().
  // A socket bound to a port shows it too (a server socket to sysdig).
  bool show_l4 = !f->name.empty() && (f->connected || f->open_ts == 0 || (f->is_listening && f->sport != 0));
  switch (show_l4 ? f->l4proto : 0) {
    case 2: out.l4 = 't'; break;
    case 3: out.l4 = 'u'; break;
    case 4: out.l4 = 'i'; break;
    case 5: out.l4 = 'r'; break;
    default: out.l4 = 0; break;
  }
  out.name = f->name;
  return true;
}

bool StateRenderView::thread_comm(int64_t tid, std::string_view& out) const {
  if (!state_) return false;
  const ThreadInfo* th = state_->thread(tid);
  if (!th) return false;
  out = th->comm;
  return true;
}

bool StateRenderView::thread_cwd(int64_t tid, std::string_view& out) const {
  if (!state_) return false;
  const ThreadInfo* th = state_->thread(tid);
  if (!th) return false;
  out = th->proc().cwd;
  return true;
}

bool StateRenderView::user_name(uint32_t uid, std::string_view& out) const {
  if (!state_) return false;
  const UserInfo* u = state_->user(uid);
  if (!u) return false;
  out = u->name;
  return true;
}

bool StateRenderView::group_name(uint32_t gid, std::string_view& out) const {
  if (!state_) return false;
  const GroupInfo* g = state_->group(gid);
  if (!g) return false;
  out = g->name;
  return true;
}

}  // namespace trowel::engine
