// The session's computations, each a replay of an in-memory StoreSnapshot
// through a fresh engine::State (no file access, no curses): a view table, the
// echo (F5) and dig (F6) pane lines for a filter, and the field list of one
// event. Each takes a cancel check, polled every few thousand events, and
// returns null/false when cancelled.
//
// Replay rules (the same as run_view): state-only events, the leading
// container events of a section and internal events (except procinfo of a
// known thread, which csysdig's views see) are not fed to views. The panes
// skip every internal event.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/render/buffer_format.h"
#include "engine/state.h"
#include "views/session_store.h"
#include "views/view_table.h"

namespace trowel::views {

using CancelCheck = std::function<bool()>;  // true: stop now

// A replay checkpoint: the State after the events of chunks [0, chunk) of a
// store, and where the replay stood there (section, leading container
// events). Immutable once made: a computation continues from a clone of
// `state`. The store only appends, and a chunk is complete once a later one
// exists, so a checkpoint fits every later snapshot of the same store.
struct ReplayCheckpoint {
  size_t chunk = 0;
  uint64_t events_before = 0;  // events in chunks [0, chunk)
  uint32_t section = 0;
  bool leading = false;
  std::shared_ptr<const engine::State> state;

  bool fits(const StoreSnapshot& s) const {
    return state && chunk > 0 && chunk < s.chunks.size() && s.chunks[chunk].first == events_before;
  }
};
using CheckpointSink = std::function<void(std::shared_ptr<const ReplayCheckpoint>)>;

// How a computation may use checkpoints. The checkpoints of `cuts` that fit
// the snapshot cut the replay into parts, each replayed from a clone of the
// state at its start into a result of its own; two threads take the parts
// in turn (a core that is busy elsewhere takes fewer), and the results are
// combined in event order (ViewTable::append, PaneData::append). Without
// cuts the replay runs in one go and, if `make` is set, leaves a checkpoint
// at each 1/kReplayParts of the events (handed to `make` on the computing
// thread).
inline constexpr size_t kReplayParts = 8;
struct ReplayPlan {
  std::vector<std::shared_ptr<const ReplayCheckpoint>> cuts;
  CheckpointSink make;
};

// A view aggregated chunk by chunk while the store fills (the loading phase
// of a file session): advance() replays the chunks added since the last
// call and hands a checkpoint to `on_checkpoint` at each chunk boundary it
// passes; the table so far can be shown at any time (shown()), and the last
// advance over the complete store gives the final table (finish()).
class ProgressiveView {
 public:
  // Throws ViewTableError on a bad field/filter.
  ProgressiveView(const ViewInfo& view, const ViewTable::Options& options);
  ~ProgressiveView();
  // Replays chunks [next_chunk(), upto) of `snap`. False when cancelled
  // (the object is then unusable).
  bool advance(const StoreSnapshot& snap, size_t upto, const CancelCheck& cancel, const CheckpointSink& on_checkpoint);
  size_t next_chunk() const { return next_; }
  // A finished copy of the table so far.
  std::unique_ptr<ViewTable> shown() const;
  // The table itself, finished; the object is spent.
  std::unique_ptr<ViewTable> finish();

 private:
  std::unique_ptr<ViewTable> table_;
  std::unique_ptr<engine::State> state_;
  uint32_t section_ = 0;
  bool leading_ = true;
  size_t next_ = 0;
};

// Aggregates `view` over the snapshot. Throws ViewTableError on a bad
// field/filter; returns null when cancelled.
std::unique_ptr<ViewTable> compute_view(const StoreSnapshot& snap, const ViewInfo& view,
                                        const ViewTable::Options& options, const CancelCheck& cancel,
                                        const ReplayPlan& plan = {});

// Echo buffer formats (csysdig's "View As").
enum class EchoFormat : uint8_t { Dotted, Printable, Hex };
const char* to_string(EchoFormat f);

// One line of a pane. `kind`: text, a read header, a write header.
struct PaneLine {
  enum Kind : uint8_t { Text, ReadHeader, WriteHeader };
  std::string_view text;  // raw (may hold any bytes: the UI escapes it)
  uint64_t evnum = 0;     // event the line comes from
  Kind kind = Text;
};

// A pane's lines, stored compactly: the text in blocks of about 1 MiB and a
// 24-byte reference per line, the references in segments of up to 64 Ki
// (no allocation per line; nothing copied as the pane grows, and joining or
// trimming moves whole blocks and segments). Invariants: line i is ref
// i - starts_[s] (+ front_skip_ in the first segment) of the segment s whose
// start is the last one <= i; starts_ holds each segment's first line, so
// starts_[0] == 0 and segments hold at least one live ref; a ref's block
// number plus its segment's block_shift is an absolute block number in
// [first_block_, first_block_ + blocks_.size()) and its [offset, offset+len)
// lies inside that block's text.
struct PaneData {
  // LatencyDig: dig lines prefixed with the call's latency and fd (the dig
  // of a spectrogram selection, as csysdig prints it).
  enum class Type : uint8_t { Echo, Dig, Fields, LatencyDig };
  Type type = Type::Dig;
  std::string title;           // what it shows ("Echo of proc.pid=12")
  std::string filter;          // the filter used
  uint64_t dropped = 0;        // oldest lines dropped beyond the limit
  uint64_t events = 0;         // events that produced lines
  std::string error;           // set instead of lines when the filter failed

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  PaneLine line(size_t i) const;
  void add(std::string_view line, uint64_t evnum, PaneLine::Kind kind = PaneLine::Text);
  // The lines of `later` (built from the events after this pane's) after
  // this pane's, taken over without copying their text; counters add up.
  void append(PaneData&& later);
  // Keeps the newest `max` lines once there are `max` + max/8 (batches).
  void trim(size_t max);
  // Keeps the newest `max` lines (a finished pane).
  void trim_exact(size_t max);

 private:
  static constexpr size_t kBlockBytes = size_t(1) << 20;
  struct Ref {
    uint64_t evnum;
    uint32_t block;   // absolute block number (see first_block_)
    uint32_t offset;  // in the block
    uint32_t len;
    uint8_t kind;
  };
  static constexpr size_t kSegmentRefs = size_t(1) << 16;
  struct Segment {
    std::vector<Ref> refs;    // reserved kSegmentRefs when made here
    uint32_t block_shift = 0; // added (mod 2^32) to each ref's block
  };
  std::deque<std::string> blocks_;  // each reserved once; lines never span blocks
  uint32_t first_block_ = 0;        // absolute number of blocks_.front()
  std::deque<Segment> segs_;
  std::vector<size_t> starts_;      // first line of each segment
  size_t front_skip_ = 0;           // refs of segs_.front() trimmed away
  size_t size_ = 0;
  void restart();                   // recomputes starts_ after a trim
};

inline constexpr size_t kPaneMaxLines = 2'000'000;

// Echo: read/write data of the exit events matching `filter` whose result is
// > 0, each introduced by "------ Read NB from FD (COMM)" / "------ Write NB
// to FD (COMM)"; the buffer's one leading and one trailing newline removed.
// Dotted: non-printable bytes are '.', a line ends after each newline byte;
// Printable: only printable bytes and line breaks; Hex: 16 bytes a line.
std::shared_ptr<PaneData> compute_echo(const StoreSnapshot& snap, const std::string& filter, EchoFormat fmt,
                                       const CancelCheck& cancel, const ReplayPlan& plan = {});

// Dig: sysdig's default line ("%evt.num %evt.time %evt.cpu %proc.name
// (%thread.tid) %evt.dir %evt.type %evt.args") of each matching event; data
// arguments in `fmt`. `latency`: each line prefixed with "(latency=...)
// (fd=...)" (a PaneData::Type::LatencyDig pane).
std::shared_ptr<PaneData> compute_dig(const StoreSnapshot& snap, const std::string& filter, EchoFormat fmt,
                                      const CancelCheck& cancel, const ReplayPlan& plan = {}, bool latency = false);


// Spectrogram (F12): exit events matching `filter` with a known latency,
// counted per (time slice, latency bucket). Bucket = floor(log10(latency ns)
// * width / 11), i.e. 1 ns .. 100 s over `width` columns; slices split the
// capture's span evenly. counts[slice * width + bucket].
struct Spectrogram {
  uint32_t width = 0, slices = 0;
  uint64_t t0 = 0, slice_ns = 0;
  std::vector<uint32_t> counts;
  uint32_t max = 0;
  uint64_t events = 0;
  std::string error;
};
std::shared_ptr<Spectrogram> compute_spectrogram(const StoreSnapshot& snap, const std::string& filter,
                                                 uint32_t width, uint32_t slices, const CancelCheck& cancel);
// The filter that selects what a rectangle of a spectrogram counted: time
// slices [slice0, slice1] and latency buckets [bucket0, bucket1] of `sp`
// (inclusive; the first and last slice and bucket are open-ended, as the
// counting clamps), as evt.rawtime and evt.latency bounds in ns, exit
// events only.
std::string spectrogram_selection_filter(const Spectrogram& sp, uint32_t slice0, uint32_t slice1,
                                         uint32_t bucket0, uint32_t bucket1);

// Every field that applies to event number `evnum` (1-based), in listing
// order, then evt.arg.NAME for each of its parameters: (field, value) pairs.
struct EventFields {
  uint64_t evnum = 0;
  std::vector<std::pair<std::string, std::string>> fields;
};
std::shared_ptr<EventFields> compute_event_fields(const StoreSnapshot& snap, uint64_t evnum,
                                                  const CancelCheck& cancel, const ReplayPlan& plan = {});

}  // namespace trowel::views
