#include "views/session_compute.h"
#include "views/session_window.h"
#include "views/session_pane.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <exception>
#include <atomic>
#include <mutex>
#include <thread>
#include <type_traits>

#include "capture/event_schema.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/filter/filter_error.h"
#include "engine/format/event_formatter.h"
#include "engine/state.h"

namespace trowel::views {

namespace {

constexpr uint64_t kCancelEvery = 0x1fff;

bool is_container_type(uint16_t t) { return t == 228 || t == 272 || t == 324; }

// Where a replay stands: the section of the last event and whether the
// section's leading container events are still running.
struct ReplayPos {
  uint32_t section = 0;
  bool leading = true;
};

// Replays chunks [from, to) of the snapshot through `state`, which stands at
// `pos`. `f(ctx, for_views)` gets every event that is not state-only and
// not a leading container event; for_views tells whether views would see it
// (see the header). Returns false when cancelled or when f returned false.
template <class F>
bool replay(const StoreSnapshot& snap, size_t from, size_t to, engine::State& state, ReplayPos& pos,
            const CancelCheck& cancel, F& f) {
  engine::EventContext ctx;
  uint64_t n = 0;
  return snap.for_each_in(from, to, [&](const capture::EventView& ev) {
    if ((++n & kCancelEvery) == 0 && cancel && cancel()) return false;
    if (ev.section != pos.section) {
      pos.section = ev.section;
      if (pos.section < snap.sections.size()) state.load_tables(*snap.sections[pos.section]);
      pos.leading = true;
    }
    state.process(ev, ctx);
    if (pos.leading && is_container_type(ev.type)) return true;
    pos.leading = false;
    if (ctx.state_only) return true;
    bool for_views = !ctx.internal || (ev.type == engine::kProcInfo && ctx.thread && !ctx.thread->procinfo_only);
    return f(ctx, for_views);
  });
}

// A checkpoint of `state` standing at `pos` before chunk `chunk`.
std::shared_ptr<const ReplayCheckpoint> checkpoint_at(const StoreSnapshot& snap, size_t chunk, const ReplayPos& pos,
                                                      const engine::State& state) {
  auto cp = std::make_shared<ReplayCheckpoint>();
  cp->chunk = chunk;
  cp->events_before = snap.chunks[chunk].first;
  cp->section = pos.section;
  cp->leading = pos.leading;
  cp->state = state.clone();
  return cp;
}

// The chunks at which a first replay leaves checkpoints: the first chunk
// starting at or after each k/kReplayParts of the events (none when the
// snapshot has a single chunk), ascending and distinct.
std::vector<size_t> checkpoint_chunks(const StoreSnapshot& snap) {
  std::vector<size_t> out;
  for (size_t k = 1; k < kReplayParts; ++k) {
    uint64_t target = snap.events * k / kReplayParts;
    size_t c = 1;
    while (c < snap.chunks.size() && snap.chunks[c].first < target) ++c;
    if (c < snap.chunks.size() && (out.empty() || c > out.back())) out.push_back(c);
  }
  return out;
}

// One part of a replay: chunks [from, to), from the start of the store
// (cp null) or from a clone of checkpoint cp (cp->chunk == from).
struct ReplayPart {
  size_t from = 0, to = 0;
  const ReplayCheckpoint* cp = nullptr;
};

// The parts the plan's checkpoints cut the snapshot into (one part when
// none fits).
std::vector<ReplayPart> replay_parts(const StoreSnapshot& snap, const ReplayPlan& plan) {
  std::vector<const ReplayCheckpoint*> cuts;
  for (const auto& c : plan.cuts)
    if (c && c->fits(snap)) cuts.push_back(c.get());
  std::sort(cuts.begin(), cuts.end(), [](const auto* a, const auto* b) { return a->chunk < b->chunk; });
  std::vector<ReplayPart> parts(1);
  for (const ReplayCheckpoint* c : cuts) {
    if (c->chunk == parts.back().from) continue;  // two checkpoints of one boundary
    parts.back().to = c->chunk;
    parts.push_back(ReplayPart{c->chunk, 0, c});
  }
  parts.back().to = snap.chunks.size();
  return parts;
}

// Replays parts [first, parts.size()) of the snapshot, part i into
// sinks[i], on this thread and a helper thread, each taking the next part
// not yet taken (so a busy core does less). Without cuts and with
// plan.make set, the one part leaves checkpoints on the way (see
// checkpoint_chunks). Returns the State after the last event (null when
// cancelled or a sink returned false); rethrows what a part threw.
template <class Sink>
std::unique_ptr<engine::State> replay_all(const StoreSnapshot& snap, const std::vector<ReplayPart>& parts,
                                          const ReplayPlan& plan, const CancelCheck& cancel, std::vector<Sink>& sinks,
                                          size_t first = 0) {
  const size_t n = parts.size();
  if (n == 1 && first == 0) {
    auto state = std::make_unique<engine::State>();
    ReplayPos pos;
    if (!snap.sections.empty()) state->load_tables(*snap.sections[0]);
    size_t at = 0;
    if (plan.make)
      for (size_t c : checkpoint_chunks(snap)) {
        if (!replay(snap, at, c, *state, pos, cancel, sinks[0])) return nullptr;
        plan.make(checkpoint_at(snap, c, pos, *state));
        at = c;
      }
    if (!replay(snap, at, snap.chunks.size(), *state, pos, cancel, sinks[0])) return nullptr;
    return state;
  }
  std::atomic<size_t> next{first};
  std::atomic<bool> stop{false};
  std::unique_ptr<engine::State> last;
  std::mutex error_mu;
  std::exception_ptr error;
  auto work = [&] {
    for (size_t i; !stop.load(std::memory_order_relaxed) && (i = next.fetch_add(1)) < n;) {
      try {
        const ReplayPart& p = parts[i];
        std::unique_ptr<engine::State> state;
        ReplayPos pos;
        if (p.cp) {
          state = p.cp->state->clone();
          pos = ReplayPos{p.cp->section, p.cp->leading};
        } else {
          state = std::make_unique<engine::State>();
          if (!snap.sections.empty()) state->load_tables(*snap.sections[0]);
        }
        if (!replay(snap, p.from, p.to, *state, pos, cancel, sinks[i])) {
          stop = true;
          return;
        }
        if (i == n - 1) last = std::move(state);
      } catch (...) {
        std::lock_guard<std::mutex> lock(error_mu);
        if (!error) error = std::current_exception();
        stop = true;
        return;
      }
    }
  };
  if (n - first >= 2) {
    // Field rendering options are per thread: the helper renders as we do.
    const engine::render::RenderOptions render = engine::fields::render_options();
    std::thread helper([&] {
      engine::fields::set_render_options(render);
      work();
    });
    work();
    helper.join();
  } else {
    work();
  }
  if (error) std::rethrow_exception(error);
  if (stop) return nullptr;
  return last;
}

// A replay of the whole snapshot into one sink, on this thread.
template <class Sink>
std::unique_ptr<engine::State> replay_once(const StoreSnapshot& snap, const CancelCheck& cancel, Sink&& f) {
  std::vector<std::remove_reference_t<Sink>> sinks{f};
  return replay_all(snap, std::vector<ReplayPart>(1, ReplayPart{0, snap.chunks.size(), nullptr}), ReplayPlan{},
                    cancel, sinks);
}

std::unique_ptr<engine::filter::Filter> compile(const std::string& text, std::string* err) {
  if (text.empty()) return nullptr;
  engine::fields::EngineFieldResolver resolver;
  try {
    return engine::filter::compile_filter(text, resolver);
  } catch (const engine::filter::FilterError& e) {
    *err = e.what();
  } catch (const std::exception& e) {
    *err = e.what();
  }
  return nullptr;
}

}  // namespace

PaneLine PaneData::line(size_t i) const {
  size_t s = static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), i) - starts_.begin()) - 1;
  const Segment& g = segs_[s];
  const Ref& r = g.refs[i - starts_[s] + (s == 0 ? front_skip_ : 0)];
  const std::string& b = blocks_[static_cast<uint32_t>(r.block + g.block_shift) - first_block_];
  return PaneLine{std::string_view(b.data() + r.offset, r.len), r.evnum, PaneLine::Kind(r.kind)};
}

void PaneData::add(std::string_view line, uint64_t evnum, PaneLine::Kind kind) {
  if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < line.size()) {
    blocks_.emplace_back();
    blocks_.back().reserve(std::max(kBlockBytes, line.size()));
  }
  if (segs_.empty() || segs_.back().refs.size() >= kSegmentRefs) {
    segs_.emplace_back();
    segs_.back().refs.reserve(kSegmentRefs);
    starts_.push_back(size_);
  }
  std::string& b = blocks_.back();
  Segment& g = segs_.back();
  uint32_t block = first_block_ + static_cast<uint32_t>(blocks_.size() - 1) - g.block_shift;
  g.refs.push_back(Ref{evnum, block, static_cast<uint32_t>(b.size()), static_cast<uint32_t>(line.size()),
                       static_cast<uint8_t>(kind)});
  ++size_;
  b.append(line);
}

void PaneData::append(PaneData&& later) {
  // Later's block numbers move up to follow ours.
  const uint32_t shift = first_block_ + static_cast<uint32_t>(blocks_.size()) - later.first_block_;
  for (std::string& b : later.blocks_) blocks_.push_back(std::move(b));
  for (size_t s = 0; s < later.segs_.size(); ++s) {
    Segment& g = later.segs_[s];
    if (s == 0 && later.front_skip_)
      g.refs.erase(g.refs.begin(), g.refs.begin() + static_cast<long>(later.front_skip_));
    if (g.refs.empty()) continue;
    g.block_shift += shift;
    starts_.push_back(size_);
    size_ += g.refs.size();
    segs_.push_back(std::move(g));
  }
  dropped += later.dropped;
  events += later.events;
  later.blocks_.clear();
  later.segs_.clear();
  later.starts_.clear();
  later.front_skip_ = 0;
  later.size_ = 0;
}

void PaneData::trim(size_t max) {
  if (size_ <= max + max / 8) return;
  trim_exact(max);
}

void PaneData::restart() {
  size_t at = 0;
  for (size_t s = 0; s < segs_.size(); ++s) {
    starts_[s] = at;
    at += segs_[s].refs.size() - (s == 0 ? front_skip_ : 0);
  }
}

void PaneData::trim_exact(size_t max) {
  if (size_ <= max) return;
  size_t drop = size_ - max;
  dropped += drop;
  size_ = max;
  while (drop > 0) {
    size_t live = segs_.front().refs.size() - front_skip_;
    if (live > drop) {
      front_skip_ += drop;
      break;
    }
    drop -= live;
    segs_.pop_front();
    starts_.erase(starts_.begin());
    front_skip_ = 0;
  }
  restart();
  // Free the blocks no line refers to any more.
  uint32_t keep_from = first_block_ + static_cast<uint32_t>(blocks_.size());
  if (size_ > 0) {
    const Segment& g = segs_.front();
    keep_from = g.refs[front_skip_].block + g.block_shift;
  }
  while (first_block_ < keep_from && !blocks_.empty()) {
    blocks_.pop_front();
    ++first_block_;
  }
}

const char* to_string(EchoFormat f) {
  switch (f) {
    case EchoFormat::Dotted: return "Dotted ASCII";
    case EchoFormat::Printable: return "Printable ASCII";
    case EchoFormat::Hex: return "Hex";
  }
  return "";
}

std::unique_ptr<ViewTable> compute_view(const StoreSnapshot& snap, const ViewInfo& view,
                                        const ViewTable::Options& options, const CancelCheck& cancel,
                                        const ReplayPlan& plan) {
  const std::vector<ReplayPart> parts = replay_parts(snap, plan);
  auto sink_of = [](ViewTable* t) {
    return [t](const engine::EventContext& ctx, bool for_views) {
      if (for_views) t->consume(ctx);
      return true;
    };
  };
  std::vector<std::unique_ptr<ViewTable>> tables;
  std::vector<decltype(sink_of(nullptr))> sinks;
  for (size_t i = 0; i < parts.size(); ++i) {
    tables.push_back(std::make_unique<ViewTable>(view, options));
    sinks.push_back(sink_of(tables.back().get()));
  }
  // An fd snapshot view (lsof) sees no events: only the final state counts.
  const size_t first = view.snapshot == "fds" ? parts.size() - 1 : 0;
  auto state = replay_all(snap, parts, plan, cancel, sinks, first);
  if (!state) return nullptr;
  for (size_t i = first + 1; i < parts.size(); ++i) tables[first]->append(*tables[i]);
  tables[first]->finish(*state);
  return std::move(tables[first]);
}

ProgressiveView::ProgressiveView(const ViewInfo& view, const ViewTable::Options& options)
    : table_(std::make_unique<ViewTable>(view, options)), state_(std::make_unique<engine::State>()) {}

ProgressiveView::~ProgressiveView() = default;

bool ProgressiveView::advance(const StoreSnapshot& snap, size_t upto, const CancelCheck& cancel,
                              const CheckpointSink& on_checkpoint) {
  auto sink = [this](const engine::EventContext& ctx, bool for_views) {
    if (for_views) table_->consume(ctx);
    return true;
  };
  upto = std::min(upto, snap.chunks.size());
  for (; next_ < upto; ++next_) {
    if (next_ == 0 && !snap.sections.empty()) state_->load_tables(*snap.sections[0]);
    ReplayPos pos{section_, leading_};
    if (next_ > 0 && on_checkpoint) on_checkpoint(checkpoint_at(snap, next_, pos, *state_));
    if (!replay(snap, next_, next_ + 1, *state_, pos, cancel, sink)) return false;
    section_ = pos.section;
    leading_ = pos.leading;
  }
  return true;
}

std::unique_ptr<ViewTable> ProgressiveView::shown() const {
  auto copy = std::make_unique<ViewTable>(table_->view(), table_->options());
  copy->append(*table_);
  copy->finish(*state_);
  return copy;
}

std::unique_ptr<ViewTable> ProgressiveView::finish() {
  table_->finish(*state_);
  return std::move(table_);
}

namespace {

// Echo and dig: one PaneBuilder per replay part, joined in event order.
std::shared_ptr<PaneData> compute_pane(PaneData::Type type, const StoreSnapshot& snap, const std::string& filter,
                                       EchoFormat fmt, const CancelCheck& cancel, const ReplayPlan& plan) {
  const std::vector<ReplayPart> parts = replay_parts(snap, plan);
  std::vector<std::unique_ptr<PaneBuilder>> builders;
  builders.push_back(std::make_unique<PaneBuilder>(type, filter, fmt));
  if (builders[0]->failed()) return builders[0]->data();
  while (builders.size() < parts.size()) builders.push_back(std::make_unique<PaneBuilder>(type, filter, fmt));
  auto sink_of = [](PaneBuilder* p) {
    return [p](const engine::EventContext& ctx, bool) {
      if (!ctx.internal) p->feed(ctx);
      return true;
    };
  };
  std::vector<decltype(sink_of(nullptr))> sinks;
  for (auto& b : builders) sinks.push_back(sink_of(b.get()));
  if (!replay_all(snap, parts, plan, cancel, sinks)) return nullptr;
  const std::shared_ptr<PaneData>& pane = builders[0]->data();
  for (size_t i = 1; i < builders.size(); ++i) pane->append(std::move(*builders[i]->data()));
  // Exactly the newest kPaneMaxLines, however the replay was split.
  pane->trim_exact(kPaneMaxLines);
  return pane;
}

}  // namespace

std::shared_ptr<PaneData> compute_echo(const StoreSnapshot& snap, const std::string& filter, EchoFormat fmt,
                                       const CancelCheck& cancel, const ReplayPlan& plan) {
  return compute_pane(PaneData::Type::Echo, snap, filter, fmt, cancel, plan);
}

std::shared_ptr<PaneData> compute_dig(const StoreSnapshot& snap, const std::string& filter, EchoFormat fmt,
                                      const CancelCheck& cancel, const ReplayPlan& plan, bool latency) {
  return compute_pane(latency ? PaneData::Type::LatencyDig : PaneData::Type::Dig, snap, filter, fmt, cancel, plan);
}

namespace {
// The spectrogram's bucket of a latency (see compute_spectrogram).
uint32_t latency_bucket(uint64_t ns, uint32_t width) {
  double b = std::floor(std::log10(double(ns)) * width / 11.0);
  return uint32_t(std::clamp(b, 0.0, double(width - 1)));
}
// The least latency (ns, >= 1) in bucket b or a later one.
uint64_t bucket_floor(uint32_t b, uint32_t width) {
  if (b == 0) return 1;
  double guess = std::ceil(std::pow(10.0, 11.0 * b / width));
  uint64_t ns = guess >= 1.8e19 ? UINT64_MAX : std::max<uint64_t>(1, uint64_t(guess));
  // The floating guess may be off by a little either way: settle on the
  // exact boundary of latency_bucket().
  while (ns > 1 && latency_bucket(ns - 1, width) >= b) --ns;
  while (ns < UINT64_MAX && latency_bucket(ns, width) < b) ++ns;
  return ns;
}
}  // namespace

std::string spectrogram_selection_filter(const Spectrogram& sp, uint32_t slice0, uint32_t slice1, uint32_t bucket0,
                                         uint32_t bucket1) {
  if (slice0 > slice1) std::swap(slice0, slice1);
  if (bucket0 > bucket1) std::swap(bucket0, bucket1);
  // (Exit events only, as counted: a switch event may carry a latency.)
  std::string f = "evt.dir=< and evt.latency>=" + std::to_string(bucket_floor(bucket0, sp.width));
  if (bucket1 + 1 < sp.width) f += " and evt.latency<" + std::to_string(bucket_floor(bucket1 + 1, sp.width));
  if (slice0 > 0) f += " and evt.rawtime>=" + std::to_string(sp.t0 + uint64_t(slice0) * sp.slice_ns);
  if (slice1 + 1 < sp.slices) f += " and evt.rawtime<" + std::to_string(sp.t0 + uint64_t(slice1 + 1) * sp.slice_ns);
  return f;
}

std::shared_ptr<Spectrogram> compute_spectrogram(const StoreSnapshot& snap, const std::string& filter,
                                                 uint32_t width, uint32_t slices, const CancelCheck& cancel) {
  auto out = std::make_shared<Spectrogram>();
  width = std::max<uint32_t>(width, 1);
  slices = std::max<uint32_t>(slices, 1);
  out->width = width;
  out->slices = slices;
  out->t0 = snap.first_ts;
  uint64_t span = snap.last_ts > snap.first_ts ? snap.last_ts - snap.first_ts : 1;
  out->slice_ns = std::max<uint64_t>(1, (span + slices - 1) / slices);
  out->counts.assign(size_t(width) * slices, 0);
  std::string err;
  auto flt = compile(filter, &err);
  if (!err.empty()) {
    out->error = err;
    return out;
  }
  bool ok = replay_once(snap, cancel, [&](const engine::EventContext& ctx, bool) {
    if (ctx.internal || ctx.ev->is_enter() || ctx.latency_ns == 0) return true;
    if (flt && !flt->matches(engine::filter::EventRef{&ctx})) return true;
    uint32_t bucket = latency_bucket(ctx.latency_ns, width);
    uint64_t rel = ctx.ev->ts > out->t0 ? ctx.ev->ts - out->t0 : 0;
    uint32_t slice = uint32_t(std::min<uint64_t>(rel / out->slice_ns, slices - 1));
    uint32_t& c = out->counts[size_t(slice) * width + bucket];
    ++c;
    out->max = std::max(out->max, c);
    ++out->events;
    return true;
  }) != nullptr;
  if (!ok) return nullptr;
  return out;
}

std::shared_ptr<EventFields> compute_event_fields(const StoreSnapshot& snap, uint64_t evnum,
                                                  const CancelCheck& cancel, const ReplayPlan& plan) {
  auto out = std::make_shared<EventFields>();
  out->evnum = evnum;
  bool found = false;
  auto f = [&](const engine::EventContext& ctx, bool) {
    if (ctx.ev->num < evnum) return true;
    if (ctx.ev->num > evnum) return false;
    found = true;
    std::string v, err;
    for (const auto& fi : engine::fields::all_fields()) {
      if (fi.arg != engine::fields::ArgMode::None) continue;
      auto f = engine::fields::bind_field(fi.name, &err);
      if (!f) continue;
      v.clear();
      if (f->render(ctx, v)) out->fields.emplace_back(fi.name, v);
    }
    if (const capture::EventInfo* info = ctx.ev->info()) {
      for (uint32_t i = 0; i < info->nparams && i < ctx.ev->nparams; ++i) {
        std::string name = std::string("evt.arg.") + info->params[i].name;
        auto f = engine::fields::bind_field(name, &err);
        if (!f) continue;
        v.clear();
        if (f->render(ctx, v)) out->fields.emplace_back(name, v);
      }
    }
    return false;
  };
  // The last checkpoint before the event.
  const ReplayCheckpoint* cp = nullptr;
  for (const ReplayPart& p : replay_parts(snap, plan))
    if (p.cp && evnum > p.cp->events_before) cp = p.cp;
  if (cp) {
    // Only the events after the checkpoint need replaying.
    std::unique_ptr<engine::State> state = cp->state->clone();
    ReplayPos pos{cp->section, cp->leading};
    replay(snap, cp->chunk, snap.chunks.size(), *state, pos, cancel, f);
  } else {
    replay_once(snap, cancel, f);
  }
  if (!found) return nullptr;
  return out;
}

// The timeline strip (declared in session_window.h; here to share replay()).
std::shared_ptr<Timeline> compute_timeline(const StoreSnapshot& snap, const std::string& filter, uint32_t buckets,
                                           const CancelCheck& cancel) {
  auto out = std::make_shared<Timeline>();
  buckets = std::max<uint32_t>(buckets, 1);
  out->t0 = snap.first_ts;
  uint64_t span = snap.last_ts >= snap.first_ts ? snap.last_ts - snap.first_ts + 1 : 1;
  out->bucket_ns = std::max<uint64_t>(1, (span + buckets - 1) / buckets);
  out->counts.assign(buckets, 0);
  out->errors.assign(buckets, 0);
  std::string err;
  auto flt = compile(filter, &err);
  if (!err.empty()) {
    out->error = err;
    return out;
  }
  auto failed = compile("evt.failed=true", &err);
  bool ok = replay_once(snap, cancel, [&](const engine::EventContext& ctx, bool for_views) {
    if (!for_views) return true;
    engine::filter::EventRef ref{&ctx};
    if (flt && !flt->matches(ref)) return true;
    size_t b = out->bucket_of(ctx.ev->ts);
    uint32_t& c = out->counts[b];
    ++c;
    out->max = std::max(out->max, c);
    if (failed && failed->matches(ref)) ++out->errors[b];
    return true;
  }) != nullptr;
  if (!ok) return nullptr;
  return out;
}

}  // namespace trowel::views
