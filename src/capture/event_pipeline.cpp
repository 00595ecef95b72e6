#include "capture/event_pipeline.h"

#include <sched.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace trowel::capture {

namespace {
// Tasks runnable right now, this one included (the "R/T" field of
// /proc/loadavg); -1 if unknown.
int runnable_now() {
  std::FILE* f = std::fopen("/proc/loadavg", "r");
  if (!f) return -1;
  int r = -1;
  if (std::fscanf(f, "%*f %*f %*f %d/", &r) != 1) r = -1;
  std::fclose(f);
  return r;
}
}  // namespace

bool EventPipeline::worthwhile() {
  if (const char* env = std::getenv("TROWEL_DECODE_THREAD"); env && *env) return *env != '0';
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) != 0) return false;
  const int cpus = CPU_COUNT(&set);
  if (cpus < 2) return false;
  // What runs now, not the 1-minute average: that one stays high for a
  // while after a busy spell (a benchmark's own earlier runs). A task that
  // is runnable for an instant (the other end of a pipe starting up, a
  // kernel worker) must not decide it: a busy answer is asked again, up to
  // four times 250 us apart, and the least busy one counts.
  if (int r = runnable_now(); r > 0) {
    for (int i = 1; i < 4 && r > cpus - 1; ++i) {
      std::this_thread::sleep_for(std::chrono::microseconds(250));
      if (int again = runnable_now(); again > 0 && again < r) r = again;
    }
    return r <= cpus - 1;
  }
  double load[1];
  if (getloadavg(load, 1) != 1) return false;
  return load[0] <= cpus - 1;
}

EventPipeline::EventPipeline(CaptureReader& reader, BatchHook hook)
    : reader_(reader), hook_(std::move(hook)), slots_(new Batch[kSlots]) {
  for (uint32_t i = 0; i < kSlots; ++i) slots_[i].slot = i;
  reader_.set_section_callback(
      [](void* self, const SectionTables& t) {
        static_cast<EventPipeline*>(self)->pending_tables_.push_back(std::make_shared<const SectionTables>(t));
      },
      this);
  thread_ = std::thread([this] { run(); });
}

EventPipeline::~EventPipeline() { stop(); }

EventPipeline::Batch* EventPipeline::wait_free_slot() {
  const uint32_t p = produced_.load(std::memory_order_relaxed);
  for (;;) {
    uint32_t c = consumed_.load(std::memory_order_acquire);
    if (stop_.load(std::memory_order_relaxed)) return nullptr;
    if (p - c < kSlots) break;
    consumed_.wait(c, std::memory_order_acquire);
  }
  Batch* b = &slots_[p % kSlots];
  b->tables.clear();
  b->count = 0;
  b->last = false;
  return b;
}

void EventPipeline::publish() {
  // The batch being filled is always the one at produced_.
  const uint32_t p = produced_.load(std::memory_order_relaxed);
  Batch& b = slots_[p % kSlots];
  b.queued = p - consumed_.load(std::memory_order_acquire);
  if (hook_) hook_(b);
  produced_.fetch_add(1, std::memory_order_release);
  produced_.notify_one();
}

void EventPipeline::run() {
  Batch* b = wait_free_slot();
  uint64_t bytes = 0;
  while (b) {
    if (stop_.load(std::memory_order_relaxed)) return;
    const bool ok = reader_.next(b->events[b->count]);
    if (!pending_tables_.empty()) {
      // A new section starts before this event (or the input ended after
      // it): its tables go with the batch that starts with this event.
      if (ok && b->count > 0) {
        const EventView ev = b->events[b->count];
        publish();
        if (!(b = wait_free_slot())) return;
        bytes = 0;
        b->events[0] = ev;
      }
      b->tables = std::move(pending_tables_);
      pending_tables_.clear();
    }
    if (!ok) {
      b->last = true;
      publish();
      return;
    }
    bytes += b->events[b->count].len;
    if (++b->count == kBatchEvents || bytes >= kBatchBytes) {
      publish();
      b = wait_free_slot();
      bytes = 0;
    }
  }
}

const EventPipeline::Batch* EventPipeline::next() {
  if (finished_) return nullptr;
  const uint32_t c = consumed_.load(std::memory_order_relaxed);
  for (;;) {
    uint32_t p = produced_.load(std::memory_order_acquire);
    if (p != c) break;
    produced_.wait(p, std::memory_order_acquire);
  }
  const Batch* b = &slots_[c % kSlots];
  if (b->last) finished_ = true;
  return b;
}

void EventPipeline::release() {
  consumed_.fetch_add(1, std::memory_order_release);
  consumed_.notify_one();
}

void EventPipeline::stop() {
  if (!thread_.joinable()) return;
  stop_.store(true, std::memory_order_relaxed);
  // Wake a reader waiting for a free slot (it then sees stop_).
  consumed_.fetch_add(1, std::memory_order_release);
  consumed_.notify_all();
  thread_.join();
  reader_.set_section_callback(nullptr, nullptr);
}

}  // namespace trowel::capture
