#include "record/flight_recorder.h"

#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <stdexcept>

#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/state_export.h"
#include "record/state_prologue.h"

namespace trowel::record {

using capture::EventView;

namespace {

constexpr uint64_t kMinRingBytes = 64 * 1024;
constexpr uint64_t kMaxThresholdCount = 10'000'000;

bool file_exists(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0;
}

// "evt.res=EMFILE" -> "evt.res_EMFILE": safe in a file name, at most 48 bytes.
std::string sanitize(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
              c == '-';
    if (ok) out += c;
    else if (!out.empty() && out.back() != '_') out += '_';
    if (out.size() >= 48) break;
  }
  while (!out.empty() && (out.back() == '_' || out.back() == '.')) out.pop_back();
  return out.empty() ? "trigger" : out;
}

}  // namespace

FlightRecorder::FlightRecorder(RecorderOptions o) : opt_(std::move(o)), ring_(opt_.ring_bytes) {
  if (opt_.ring_bytes < kMinRingBytes)
    throw std::invalid_argument("ring of " + std::to_string(opt_.ring_bytes) + " bytes is too small (at least " +
                                std::to_string(kMinRingBytes) + ")");
  if (opt_.ring_ns == 0) throw std::invalid_argument("ring duration must be more than 0");
  if (opt_.pre_ns > opt_.ring_ns)
    throw std::invalid_argument("pre time " + format_duration(opt_.pre_ns) + " is longer than the ring (" +
                                format_duration(opt_.ring_ns) + ")");
  if (opt_.threshold.count == 0 || opt_.threshold.count > kMaxThresholdCount || opt_.threshold.window_ns == 0)
    throw std::invalid_argument("threshold must be 1 to " + std::to_string(kMaxThresholdCount) +
                                " events in more than 0 s");
  struct stat st;
  if (::stat(opt_.out_dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    throw std::invalid_argument(opt_.out_dir + ": not a directory");
  if (!opt_.trigger.empty()) {
    engine::fields::EngineFieldResolver resolver;
    filter_ = engine::filter::compile_filter(opt_.trigger, resolver);
    match_ts_.assign(opt_.threshold.count, 0);
  }
}

FlightRecorder::~FlightRecorder() = default;

void FlightRecorder::begin_section(const capture::SectionTables& t) {
  if (writer_) {
    try {
      writer_->write_section(t);
    } catch (const std::exception& e) {
      report_.error = e.what();
      close_capture(false);
    }
  }
  section_ = t;
  base_.load_tables(t);
  head_.load_tables(t);
  while (!ring_.empty()) ring_.pop_front();
  containers_.clear();
  leading_ = true;
  evicted_any_ = false;
  last_evicted_ts_ = 0;
}

void FlightRecorder::evict_front() {
  EventView v = ring_.front();
  base_.process(v, base_ctx_);
  if (!ContainerLog::is_container_type(v.type)) last_evicted_ts_ = v.ts;
  ring_.pop_front();
  evicted_any_ = true;
}

void FlightRecorder::push_to_ring(const EventView& ev) {
  while (!ring_.empty()) {
    EventView f = ring_.front();
    if (f.ts + opt_.ring_ns >= ev.ts && !ContainerLog::is_container_type(f.type)) break;
    evict_front();
    ++stats_.evicted_by_time;
  }
  size_t need = EventRing::record_size(ev);
  if (need > ring_.capacity()) {
    // Larger than the whole ring: it can only go to the base state.
    while (!ring_.empty()) {
      evict_front();
      ++stats_.evicted_by_bytes;
    }
    base_.process(ev, base_ctx_);
    evicted_any_ = true;
    last_evicted_ts_ = ev.ts;
    ++stats_.too_large;
    return;
  }
  while (!ring_.has_room(need)) {
    evict_front();
    ++stats_.evicted_by_bytes;
  }
  ring_.push(ev);
}

bool FlightRecorder::note_match(uint64_t ts, uint64_t& burst_ts) {
  const size_t n = match_ts_.size();
  match_ts_[match_next_] = ts;
  match_next_ = (match_next_ + 1) % n;
  ++match_count_;
  if (match_count_ < n) return false;
  uint64_t oldest = match_ts_[match_next_];  // the slot written n matches ago
  if (ts > oldest && ts - oldest >= opt_.threshold.window_ns) return false;
  burst_ts = oldest < ts ? oldest : ts;
  return true;
}

void FlightRecorder::feed(const EventView& ev) {
  ++stats_.events;
  const bool container = ContainerLog::is_container_type(ev.type);
  const bool opening = leading_ && container;  // section-opening container event
  if (!container) leading_ = false;
  if (writer_ && !opening && ev.ts != 0 && ev.ts > end_ts_) close_capture(false);

  head_.process(ev, head_ctx_);
  if (container) containers_.add(ev);
  push_to_ring(ev);

  if (writer_) {
    try {
      writer_->write_event(ev);
      ++report_.events;
      report_.last_ts = ev.ts;
    } catch (const std::exception& e) {
      report_.error = e.what();
      close_capture(false);
    }
  }

  if (filter_ && !opening && !head_ctx_.internal && !head_ctx_.state_only &&
      filter_->matches(engine::filter::EventRef{&head_ctx_})) {
    ++stats_.matches;
    uint64_t burst_ts = 0;
    if (note_match(ev.ts, burst_ts)) {
      bool allowed = !writer_ && (opt_.max_captures == 0 || captures_ < opt_.max_captures) &&
                     ev.ts >= cooldown_until_;
      if (allowed) {
        uint64_t start = burst_ts > opt_.pre_ns ? burst_ts - opt_.pre_ns : 0;
        start_capture(ev.ts, burst_ts, start, false);
      } else {
        ++stats_.suppressed;
      }
    }
  }

  if (dump_requested_.load(std::memory_order_relaxed)) {
    dump_requested_.store(false, std::memory_order_relaxed);
    if (!writer_ && (opt_.max_captures == 0 || captures_ < opt_.max_captures) && !ring_.empty()) {
      uint64_t start = ring_.front().ts;
      start_capture(ev.ts, start, start, true);
    } else {
      ++stats_.suppressed;
    }
  }
}

std::string FlightRecorder::capture_path(uint64_t ts, bool manual) const {
  time_t secs = static_cast<time_t>(ts / 1000000000ull);
  struct tm tm {};
  gmtime_r(&secs, &tm);
  char when[48];
  size_t n = strftime(when, sizeof when, "%Y%m%dT%H%M%S", &tm);
  std::snprintf(when + n, sizeof when - n, ".%03uZ", static_cast<unsigned>(ts / 1000000 % 1000));
  std::string base = opt_.out_dir + "/" + when + "-" + (manual ? std::string("manual") : sanitize(opt_.trigger));
  std::string path = base + opt_.suffix;
  for (int k = 2; file_exists(path); ++k) path = base + "-" + std::to_string(k) + opt_.suffix;
  return path;
}

void FlightRecorder::start_capture(uint64_t trigger_ts, uint64_t burst_ts, uint64_t start_ts, bool manual) {
  report_ = CaptureReport{};
  report_.manual = manual;
  report_.reason = manual ? "manual" : opt_.trigger;
  report_.trigger_ts = trigger_ts;
  report_.burst_ts = burst_ts;
  report_.path = capture_path(trigger_ts, manual);
  ++captures_;
  if (manual) ++stats_.manual;
  else ++stats_.fires;
  end_ts_ = trigger_ts + opt_.post_ns;
  try {
    writer_ = std::make_unique<capture::CaptureWriter>(report_.path);
    // The first ring event at or after the start time.
    EventRing::Cursor start = ring_.begin();
    while (start.remaining && ring_.at(start).ts < start_ts) ring_.advance(start);
    if (start.remaining == ring_.count()) {
      write_state_prologue(*writer_, base_, section_, containers_);
    } else {
      // The state as of the start: the base state plus the ring's events
      // before it, replayed into a state loaded from the base's tables
      // (what a reader of a capture starting at the ring's front would
      // have), with the base's calls in progress.
      base_.apply_pending_removals();
      engine::State tmp;
      tmp.load_tables(engine::export_tables(base_, section_));
      engine::EventContext ctx;
      for (const capture::EventView& enter : engine::pending_enter_events(base_)) tmp.process(enter, ctx);
      for (EventRing::Cursor c = ring_.begin(); c.remaining != start.remaining; ring_.advance(c))
        tmp.process(ring_.at(c), ctx);
      write_state_prologue(*writer_, tmp, section_, containers_);
    }
    bool first = true;
    for (EventRing::Cursor c = start; c.remaining; ring_.advance(c)) {
      EventView v = ring_.at(c);
      writer_->write_event(v);
      if (first) report_.first_ts = v.ts;
      first = false;
      report_.last_ts = v.ts;
      ++report_.events;
    }
    if (first) report_.first_ts = trigger_ts;
    report_.pre_ns = burst_ts > report_.first_ts ? burst_ts - report_.first_ts : 0;
    // Cut when the ring had to drop events of the pre time (byte bound).
    report_.pre_cut = !manual && evicted_any_ && last_evicted_ts_ >= start_ts;
  } catch (const std::exception& e) {
    report_.error = e.what();
    close_capture(false);
  }
}

void FlightRecorder::close_capture(bool post_cut) {
  report_.post_cut = post_cut;
  if (writer_ && report_.error.empty()) {
    try {
      writer_->close();
      report_.bytes = writer_->stats().bytes;
    } catch (const std::exception& e) {
      report_.error = e.what();
    }
  }
  writer_.reset();
  if (!report_.error.empty()) ::unlink(report_.path.c_str());
  if (!report_.manual) cooldown_until_ = end_ts_ + opt_.cooldown_ns;
  if (on_capture_) on_capture_(report_);
}

void FlightRecorder::tick(uint64_t now_ts) {
  if (writer_ && now_ts > end_ts_) close_capture(false);
  if (dump_requested_.load(std::memory_order_relaxed) && !writer_ && !ring_.empty() &&
      (opt_.max_captures == 0 || captures_ < opt_.max_captures)) {
    dump_requested_.store(false, std::memory_order_relaxed);
    uint64_t start = ring_.front().ts;
    start_capture(now_ts, start, start, true);
  }
}

void FlightRecorder::finish() {
  if (dump_requested_.load(std::memory_order_relaxed) && !writer_ && !ring_.empty() &&
      (opt_.max_captures == 0 || captures_ < opt_.max_captures)) {
    dump_requested_.store(false, std::memory_order_relaxed);
    uint64_t start = ring_.front().ts;
    EventRing::Cursor c = ring_.begin();
    uint64_t newest = start;
    for (; c.remaining; ring_.advance(c)) newest = ring_.at(c).ts;
    start_capture(newest, start, start, true);
  }
  if (writer_) close_capture(true);
}

}  // namespace trowel::record
