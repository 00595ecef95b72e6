// State::clone(): the deep copy behind the session's replay checkpoints.
#include <unordered_map>

#include "engine/state.h"

namespace trowel::engine {

std::unique_ptr<State> State::clone() const {
  auto c = std::make_unique<State>();
  // Plain values first; the pointer-holding members are rebuilt below.
  c->facts_ = facts_;
  c->thread_epoch_ = thread_epoch_;
  c->memory_epoch_ = memory_epoch_;
  c->users_ = users_;
  c->groups_ = groups_;
  c->containers_ = containers_;
  c->machine_ = machine_;
  c->interfaces_ = interfaces_;
  c->stats_ = stats_;
  c->pending_exits_ = pending_exits_;
  c->exited_ = exited_;
  c->cpu_switch_ = cpu_switch_;
  c->first_ts_ = first_ts_;
  c->last_ts_ = last_ts_;
  c->prev_ts_ = prev_ts_;
  c->section_ = section_;
  c->leading_ = leading_;
  c->fd_names_ = fd_names_;

  // Fd tables are shared by the threads of a process: copy each once.
  std::unordered_map<const FdTable*, std::shared_ptr<FdTable>> tables;
  auto copy_table = [&](const std::shared_ptr<FdTable>& t) -> std::shared_ptr<FdTable> {
    if (!t) return nullptr;
    auto [it, added] = tables.try_emplace(t.get());
    if (added) it->second = std::make_shared<FdTable>(*t);
    return it->second;
  };
  std::unordered_map<const ThreadInfo*, ThreadInfo*> moved;
  c->threads_.reserve(threads_.size());
  for (const auto& [tid, th] : threads_) {
    auto copy = std::make_unique<ThreadInfo>(*th);
    copy->fds = copy_table(th->fds);
    moved[th.get()] = copy.get();
    c->threads_.emplace(tid, std::move(copy));
  }
  for (auto& [tid, th] : c->threads_) {
    if (!th->process) continue;
    auto it = moved.find(th->process);
    // A process pointer always names a thread of the table (State keeps a
    // main thread while it has threads); a dangling one becomes "self".
    th->process = it != moved.end() ? it->second : nullptr;
  }
  for (const PendingClose& p : pending_closes_) c->pending_closes_.push_back(PendingClose{copy_table(p.table), p.fd});
  return c;
}

}  // namespace trowel::engine
