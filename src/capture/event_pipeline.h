// EventPipeline: runs CaptureReader::next() on a second thread and hands the
// decoded EventViews to the caller in batches, so reading and decoding
// overlap with the caller's per-event work (state, filter, output).
//
// Only for readers whose events stay valid after the following next()
// (CaptureReader::events_stay_valid(): a mapped file): the views point into
// the mapping, nothing is copied.
//
// Invariants: a ring of kSlots batches; the producer fills slot
// produced_ % kSlots and publishes it by incrementing produced_ (release);
// the consumer reads slots [consumed_, produced_) and gives one back by
// incrementing consumed_. Each batch holds at most kBatchEvents events and
// roughly kBatchBytes of event data, so the consumer lags the reader by at
// most ~kSlots * kBatchBytes (below MappedFile::kKeepBehind: the pages it
// reads are still mapped). Section tables met by the reader travel with the
// batch whose first event follows them, so the consumer applies them in
// file order. The reader's status/stats are final once next() returned null
// (or after stop()).
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "capture/capture_reader.h"

namespace trowel::capture {

class EventPipeline {
 public:
  static constexpr uint32_t kBatchEvents = 512;
  static constexpr uint32_t kBatchBytes = 96u << 10;
  static constexpr uint32_t kSlots = 8;

  struct Batch {
    // Tables of sections that start before events[0] (or, in the last
    // batch, at the end of the input), in file order.
    std::vector<std::shared_ptr<const SectionTables>> tables;
    uint32_t count = 0;
    uint32_t slot = 0;  // its index in the ring (a BatchHook's per-slot data)
    // When it was published: how many earlier batches the consumer had not
    // released yet (0..kSlots-1; near kSlots-1 the consumer is the slower
    // side, near 0 the reader is). For a BatchHook that can shift work.
    uint32_t queued = 0;
    bool last = false;  // nothing follows
    EventView events[kBatchEvents];
  };

  // Whether a second thread is likely to pay: TROWEL_DECODE_THREAD=0/1
  // decides if set; otherwise at least two CPUs are usable and one of them
  // is idle now (the tasks runnable at this moment, else the 1-minute load
  // average; on a busy machine the hand-offs wait for the scheduler and
  // the pipeline is slower than one thread).
  static bool worthwhile();

  // Starts the reading thread. The reader must stay alive and untouched by
  // the caller until stop() or the last batch; it replaces the reader's
  // section callback (the caller gets the tables through Batch::tables).
  // Optional: run on the reading thread on each batch once it is full,
  // before the consumer may see it (work that needs the event alone, done
  // while the consumer is busy with earlier batches). It may keep data per
  // Batch::slot: the consumer reads that slot's data until release().
  using BatchHook = std::function<void(const Batch&)>;
  explicit EventPipeline(CaptureReader& reader, BatchHook hook = nullptr);
  ~EventPipeline();
  EventPipeline(const EventPipeline&) = delete;
  EventPipeline& operator=(const EventPipeline&) = delete;

  // The next batch (valid until release()); after a batch with `last` set,
  // null.
  const Batch* next();
  void release();
  // Stops reading early (e.g. an event limit) and waits for the thread.
  void stop();

 private:
  void run();
  Batch* wait_free_slot();
  void publish();

  CaptureReader& reader_;
  BatchHook hook_;
  std::unique_ptr<Batch[]> slots_;
  std::vector<std::shared_ptr<const SectionTables>> pending_tables_;  // reader thread only
  alignas(64) std::atomic<uint32_t> produced_{0};
  alignas(64) std::atomic<uint32_t> consumed_{0};
  alignas(64) std::atomic<bool> stop_{false};
  bool finished_ = false;  // consumer side: the last batch was handed out
  std::thread thread_;
};

}  // namespace trowel::capture
