#include "views/view_runner.h"

#include <atomic>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>

#include "capture/event_pipeline.h"
#include "engine/state.h"

namespace trowel::views {

namespace {

bool is_container_type(uint16_t t) { return t == 228 || t == 272 || t == 324; }

// Feeds the events, in file order, to State and to the table (see
// run_view()); without a table, to State alone.
class ViewFeeder {
 public:
  ViewFeeder(engine::State& state, ViewTable* table) : state_(state), table_(table) {}
  void set_table(ViewTable* table) { table_ = table; }

  void feed(const capture::EventView& ev) {
    track_section(ev);
    // Without a table nothing reads ctx_: a dropped event without a state
    // op needs no fd look-up (State::process, resolve).
    state_.process(ev, ctx_, /*resolve=*/table_ != nullptr);
    if (leading_ && is_container_type(ev.type)) return;
    leading_ = false;
    if (!table_) return;
    // csysdig feeds its views the internal procinfo events too (thread.cpu
    // and evt.count see them); those of tids it has no thread for (kernel
    // threads) come without a thread, so thread/process columns fail on
    // them (they only count in views that default such columns, e.g. I/O by
    // Type's "" row). Other internal events stay out.
    // A procinfo event has no latency in csysdig's views (State gives it the
    // thread's previous latency, as sysdig's print does for switch).
    if (ctx_.state_only) return;
    if (ctx_.internal && ev.type != engine::kProcInfo) return;
    if (ev.type == engine::kProcInfo) {
      engine::EventContext info = ctx_;
      info.latency_ns = 0;
      if (info.thread && info.thread->procinfo_only) info.thread = nullptr;
      table_->consume(info);
      return;
    }
    table_->consume(ctx_);
  }

  // Without a table: an event of a State::passable_types() type, possibly a
  // header-only view (CaptureReader::next_skim()); what feed() does to it.
  void pass(const capture::EventView& ev) {
    track_section(ev);
    state_.pass(ev);
    leading_ = false;  // not a container event
  }

 private:
  void track_section(const capture::EventView& ev) {
    if (ev.section != section_) {
      section_ = ev.section;
      leading_ = true;
    }
  }

  engine::State& state_;
  ViewTable* table_;
  engine::EventContext ctx_;
  bool leading_ = true;
  uint32_t section_ = 0;
};

void load_tables_cb(void* state, const capture::SectionTables& t) {
  static_cast<engine::State*>(state)->load_tables(t);
}

// The hand-over between the two threads of run_view_file(). Batch k holds
// the events numbered [k << shift, (k + 1) << shift) (event numbers start at
// 1, so batch 0 has one fewer). The first thread claims each batch before
// feeding it; the second may end the first's share before a batch the
// first has not claimed yet. Both under the mutex: taken once per batch.
class HandOver {
 public:
  // limit: the first thread stops before this batch at the latest.
  explicit HandOver(uint64_t limit) : limit_(limit) {}
  // First thread: may it feed batch k?
  bool claim(uint64_t k) {
    std::lock_guard<std::mutex> lock(m_);
    if (k >= limit_) return false;
    next_ = k + 1;
    return true;
  }
  // Second thread: ends the first thread's share before batch k, unless
  // it has claimed it already.
  bool cut(uint64_t k) {
    std::lock_guard<std::mutex> lock(m_);
    if (next_ > k) return false;
    limit_ = k;
    return true;
  }

  std::atomic<uint64_t> first_offset{0};  // the first thread's byte offset (a hint)
  std::atomic<bool> first_done{false};    // it has read the whole capture
  std::atomic<bool> quit{false};          // the first thread ended by itself or failed: stop
  std::atomic<bool> second_ready{false};  // the second took over or ended (SplitOptions::first_waits)

 private:
  std::mutex m_;
  uint64_t next_ = 1;  // batch 0 needs no claim
  uint64_t limit_;
};

bool split_wanted(const capture::CaptureReader& reader, const SplitOptions& o) {
  if (o.allow >= 0) return o.allow == 1;
  // Compressed input is not split: each thread would inflate all of it.
  if (!reader.events_stay_valid()) return false;
  if (const char* env = std::getenv("TROWEL_VIEW_SPLIT"); env && *env) return *env != '0';
  return reader.raw_size() >= o.min_bytes && capture::EventPipeline::worthwhile();
}

}  // namespace

void run_view(capture::CaptureReader& reader, engine::State& state, ViewTable& table) {
  state.load_tables(reader.tables());
  ViewFeeder feeder(state, &table);
  if (reader.events_stay_valid() && capture::EventPipeline::worthwhile()) {
    // A mapped file and a spare CPU: decode on a second thread (the views
    // stay valid); the section tables come with the batches.
    capture::EventPipeline pipe(reader);
    while (const capture::EventPipeline::Batch* b = pipe.next()) {
      for (const auto& t : b->tables) state.load_tables(*t);
      for (uint32_t i = 0; i < b->count; ++i) feeder.feed(b->events[i]);
      pipe.release();
    }
  } else {
    reader.set_section_callback(load_tables_cb, &state);
    capture::EventView ev;
    while (reader.next(ev)) feeder.feed(ev);
  }
  table.finish(state);
}

ViewFileRun run_view_file(std::unique_ptr<capture::CaptureReader> reader, const std::string& path, ViewTable& table,
                          const std::function<std::unique_ptr<ViewTable>()>& make_part, const SplitOptions& opts) {
  ViewFileRun run;
  run.state = std::make_unique<engine::State>();
  const bool fd_names = opts.fd_names || table.reads_fd_names();
  run.state->set_fd_names(fd_names);
  if (!split_wanted(*reader, opts)) {
    run_view(*reader, *run.state, table);
    run.reader = std::move(reader);
    return run;
  }
  // Made here, so that an error is thrown on this thread.
  std::unique_ptr<capture::CaptureReader> second_reader = capture::CaptureReader::open(path);
  std::unique_ptr<ViewTable> second_table = make_part();
  auto second_state = std::make_unique<engine::State>();
  second_state->set_fd_names(fd_names);
  const unsigned shift = opts.batch_shift;
  const uint64_t mask = (uint64_t{1} << shift) - 1;
  const uint64_t size = second_reader->raw_size();
  HandOver hand(opts.cut_batch ? opts.cut_batch : UINT64_MAX);
  bool took_over = false;
  std::exception_ptr second_error;

  std::thread second([&] {
    try {
      capture::CaptureReader& r = *second_reader;
      engine::State& st = *second_state;
      st.load_tables(r.tables());
      r.set_section_callback(load_tables_cb, &st);
      ViewFeeder feeder(st, nullptr);
      capture::EventView ev;
      // Until it takes over, State alone: events of passable types are read
      // header-only, except at batch boundaries (where it may take over).
      const bool* passable = engine::State::passable_types();
      while (took_over ? r.next(ev) : r.next_skim(ev, passable, mask)) {
        if ((ev.num & mask) == 0 && hand.quit.load(std::memory_order_relaxed)) break;
        if (!took_over && (ev.num & mask) == 0) {
          if (hand.first_done.load(std::memory_order_relaxed)) break;  // nothing left to take
          const uint64_t k = ev.num >> shift;
          bool now;
          if (opts.cut_batch) {
            now = k >= opts.cut_batch;
          } else {
            // Take over when what is left after this point is no more than
            // what the first thread still has to feed up to it.
            const uint64_t mine = ev.block_offset;
            const uint64_t theirs = hand.first_offset.load(std::memory_order_relaxed);
            now = mine > theirs && size - std::min(size, mine) <= mine - theirs;
          }
          if (now && hand.cut(k)) {
            took_over = true;
            hand.second_ready.store(true, std::memory_order_release);
            feeder.set_table(second_table.get());
          }
        }
        if (!took_over && ev.type < capture::kEventTypeCount && passable[ev.type]) feeder.pass(ev);
        else feeder.feed(ev);
      }
    } catch (...) {
      second_error = std::current_exception();
    }
    hand.second_ready.store(true, std::memory_order_release);
  });

  // If this thread throws, the second one stops at its next batch and is
  // joined before the exception leaves.
  struct Joiner {
    std::thread& thread;
    std::atomic<bool>& quit;
    ~Joiner() {
      if (!thread.joinable()) return;
      quit.store(true, std::memory_order_relaxed);
      thread.join();
    }
  } joiner{second, hand.quit};

  if (opts.first_waits)
    while (!hand.second_ready.load(std::memory_order_acquire)) std::this_thread::yield();
  engine::State& st = *run.state;
  st.load_tables(reader->tables());
  reader->set_section_callback(load_tables_cb, &st);
  ViewFeeder feeder(st, &table);
  capture::EventView ev;
  bool stopped = false;
  while (reader->next(ev)) {
    if ((ev.num & mask) == 0) {
      hand.first_offset.store(ev.block_offset, std::memory_order_relaxed);
      if (!hand.claim(ev.num >> shift)) {
        stopped = true;
        break;
      }
    }
    feeder.feed(ev);
  }
  if (!stopped) {
    hand.first_done.store(true, std::memory_order_relaxed);
    // It ended by itself, so before any cut (it would have stopped at the
    // claim): at the end of the capture, or at an error the second thread's
    // header-only reading may have passed over. Its share is the result.
    hand.quit.store(true, std::memory_order_relaxed);
  }
  second.join();

  // The second thread's share counts only when the first one stopped at
  // the cut; before it, a failure of the second thread changes nothing.
  const bool second_counts = took_over && stopped;
  if (second_error && second_counts) std::rethrow_exception(second_error);
  if (second_counts) {
    table.append(*second_table);
    table.finish(*second_state);
    run.reader = std::move(second_reader);
    run.state = std::move(second_state);
    run.split = true;
  } else {
    table.finish(st);
    run.reader = std::move(reader);
  }
  return run;
}

}  // namespace trowel::views
