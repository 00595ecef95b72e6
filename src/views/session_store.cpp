#include "views/session_store.h"

#include <algorithm>
#include <cstring>

namespace trowel::views {

using store_detail::RecordHeader;
using store_detail::record_size;

void EventStore::add_section(const capture::SectionTables& t) {
  auto copy = std::make_shared<const capture::SectionTables>(t);
  std::lock_guard<std::mutex> lock(mu_);
  sections_.push_back(std::move(copy));
  ++section_count_;
}

bool EventStore::append(const capture::EventView& ev) {
  size_t need = record_size(ev.len);
  Chunk* c = nullptr;
  bool started = false;
  {
    // Only the writer changes the vector, so reading back() needs no lock;
    // adding a chunk does (readers copy the vector under mu_).
    if (!chunks_.empty() && chunks_.back()->cap - chunks_.back()->used >= need) c = chunks_.back().get();
  }
  if (!c) {
    auto nc = std::make_unique<Chunk>();
    nc->cap = std::max(chunk_bytes_, need);
    nc->data.reset(new uint8_t[nc->cap]);  // not zero-filled: every byte used is written
    nc->first = appended_;
    std::lock_guard<std::mutex> lock(mu_);
    chunks_.push_back(std::move(nc));
    c = chunks_.back().get();
    started = chunks_.size() > 1;
  }
  RecordHeader h{};
  h.len = ev.len;
  h.flags = ev.flags;
  h.nparams = static_cast<uint16_t>(ev.nparams);
  h.cpuid = ev.cpuid;
  h.section = static_cast<uint16_t>(section_count_ ? section_count_ - 1 : 0);
  h.len_width = ev.len_width;
  h.v2 = ev.v2 ? 1 : 0;
  uint8_t* p = c->data.get() + c->used;
  std::memcpy(p, &h, sizeof h);
  std::memcpy(p + sizeof h, ev.data, ev.len);
  c->used += need;
  // The span shown: from the first event with a timestamp (some writers put
  // 0 in leading internal events) to the latest one.
  if (first_ts_ == 0) first_ts_ = ev.ts;
  if (ev.ts > last_ts_) last_ts_ = ev.ts;
  ++appended_;
  return started;
}

void EventStore::publish() {
  std::lock_guard<std::mutex> lock(mu_);
  for (auto& c : chunks_) c->published = c->used;
  published_ = appended_;
  pub_first_ts_ = first_ts_;
  pub_last_ts_ = last_ts_;
}

StoreSnapshot EventStore::snapshot() const {
  std::lock_guard<std::mutex> lock(mu_);
  StoreSnapshot s;
  s.chunks.reserve(chunks_.size());
  for (const auto& c : chunks_)
    if (c->published) s.chunks.push_back({c->data.get(), c->published, c->first});
  s.sections = sections_;
  s.events = published_;
  s.first_ts = pub_first_ts_;
  s.last_ts = pub_last_ts_;
  return s;
}

uint64_t EventStore::published_events() const {
  std::lock_guard<std::mutex> lock(mu_);
  return published_;
}

uint64_t EventStore::memory_bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  uint64_t n = 0;
  for (const auto& c : chunks_) n += c->cap;
  return n;
}

}  // namespace trowel::views
