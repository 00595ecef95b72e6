#include "cli/live_event_source.h"

#include <chrono>

#include "live/procinfo_ticker.h"

namespace trowel::cli {

namespace {
using Clock = std::chrono::steady_clock;
// How often the sink hears from us (it samples and publishes then), also
// when no event arrives.
constexpr auto kPollEvery = std::chrono::milliseconds(50);
constexpr int kWaitMs = 50;
}  // namespace

LiveEventSource::LiveEventSource(std::unique_ptr<live::LiveSource> src,
                                 std::unique_ptr<capture::CaptureWriter> writer,
                                 std::shared_ptr<LiveRunSummary> summary)
    : src_(std::move(src)), writer_(std::move(writer)), sum_(std::move(summary)) {
  if (!sum_) sum_ = std::make_shared<LiveRunSummary>();
  if (writer_) sum_->file = writer_->name();
}

void LiveEventSource::set_event_types(const engine::filter::EventTypeSet& types) {
  if (writer_) return;
  CaptureMask m = capture_mask_of(types);
  if (m.all == mask_.all && m.syscalls == mask_.syscalls) return;
  try {
    src_->set_syscalls(m.syscalls);
    mask_ = std::move(m);
  } catch (const live::LiveError&) {
    // A name this kernel's table lacks: keep the current mask.
  }
}

void LiveEventSource::run(views::EventSink& sink, const std::atomic<bool>& stop) {
  auto write = [this](const capture::EventView& ev) {
    if (!writer_ || !sum_->error.empty()) return;
    try {
      writer_->write_event(ev);
      ++sum_->written;
    } catch (const std::exception& e) {
      sum_->error = e.what();  // keep browsing; reported at exit
    }
  };
  if (writer_) {
    try {
      writer_->write_section(src_->tables());
    } catch (const std::exception& e) {
      sum_->error = e.what();
    }
  }
  sink.on_section(src_->tables());
  capture::EventView ev;
  uint64_t n = 0;
  auto last = Clock::now();
  live::ProcInfoTicker procinfo;
  auto emit = [&](const capture::EventView& pi) {
    write(pi);
    sink.on_event(pi);
  };
  auto mono_ns = [](Clock::time_point t) {
    return uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count());
  };
  procinfo.tick(mono_ns(last), emit);  // the first CPU sample at once
  while (!stop.load(std::memory_order_relaxed)) {
    bool got = src_->next(ev, kWaitMs);
    if (got) {
      write(ev);
      sink.on_event(ev);
      ++n;
    }
    if (!got || (n & 0xff) == 0) {
      auto now = Clock::now();
      if (now - last >= kPollEvery) {
        last = now;
        drops_.store(src_->stats().drops, std::memory_order_relaxed);
        procinfo.tick(mono_ns(now), emit);
        sink.on_progress(n, 0);
      }
    }
  }
  src_->stop_capture();
  // What the kernel produced before the programs were detached still goes
  // to the file (the views are gone by now).
  while (src_->next(ev, 0)) write(ev);
  live::LiveStats st = src_->stats();
  drops_.store(st.drops, std::memory_order_relaxed);
  sum_->drops = st.drops;
  sum_->delivered = n;
  if (writer_) {
    try {
      writer_->close();
      sum_->bytes = writer_->stats().bytes;
    } catch (const std::exception& e) {
      if (sum_->error.empty()) sum_->error = e.what();
    }
  }
  sink.on_end(views::SourceEnd::Stopped, "");
}

}  // namespace trowel::cli
