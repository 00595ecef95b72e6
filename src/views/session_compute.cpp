#include "views/session_compute.h"
#include "views/session_window.h"
#include "views/session_pane.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>

#include "capture/event_schema.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/filter/filter_error.h"
#include "engine/format/event_formatter.h"
#include "engine/state.h"

namespace trowel::views {

namespace {

constexpr uint16_t kProcInfoType = 234;
constexpr uint64_t kCancelEvery = 0x1fff;

bool is_container_type(uint16_t t) { return t == 228 || t == 272 || t == 324; }

// Replays the snapshot through a State. `f(ctx, for_views)` gets every event
// that is not state-only and not a leading container event; for_views tells
// whether views would see it (see the header). Returns false when cancelled.
template <class F>
bool replay(const StoreSnapshot& snap, engine::State& state, const CancelCheck& cancel, F&& f) {
  if (!snap.sections.empty()) state.load_tables(*snap.sections[0]);
  engine::EventContext ctx;
  bool leading = true;
  uint32_t section = 0;
  uint64_t n = 0;
  return snap.for_each([&](const capture::EventView& ev) {
    if ((++n & kCancelEvery) == 0 && cancel && cancel()) return false;
    if (ev.section != section) {
      section = ev.section;
      if (section < snap.sections.size()) state.load_tables(*snap.sections[section]);
      leading = true;
    }
    state.process(ev, ctx);
    if (leading && is_container_type(ev.type)) return true;
    leading = false;
    if (ctx.state_only) return true;
    bool for_views = !ctx.internal || (ev.type == kProcInfoType && ctx.thread && !ctx.thread->procinfo_only);
    return f(ctx, for_views);
  });
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

void PaneData::add(std::string_view line, uint64_t evnum, PaneLine::Kind kind) {
  refs.push_back(Ref{text.size(), evnum, static_cast<uint32_t>(line.size()), static_cast<uint8_t>(kind)});
  text.append(line);
}

void PaneData::trim(size_t max) {
  if (refs.size() <= max + max / 8) return;
  size_t drop = refs.size() - max;
  uint64_t cut = refs[drop].offset;
  text.erase(0, cut);
  refs.erase(refs.begin(), refs.begin() + static_cast<long>(drop));
  for (Ref& r : refs) r.offset -= cut;
  dropped += drop;
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
                                        const ViewTable::Options& options, const CancelCheck& cancel) {
  auto table = std::make_unique<ViewTable>(view, options);
  engine::State state;
  bool ok = replay(snap, state, cancel, [&](const engine::EventContext& ctx, bool for_views) {
    if (for_views) table->consume(ctx);
    return true;
  });
  if (!ok) return nullptr;
  table->finish(state);
  return table;
}

std::shared_ptr<PaneData> compute_echo(const StoreSnapshot& snap, const std::string& filter, EchoFormat fmt,
                                       const CancelCheck& cancel) {
  PaneBuilder b(PaneData::Type::Echo, filter, fmt);
  if (b.failed()) return b.data();
  engine::State state;
  bool ok = replay(snap, state, cancel, [&](const engine::EventContext& ctx, bool) {
    if (!ctx.internal) b.feed(ctx);
    return true;
  });
  if (!ok) return nullptr;
  return b.data();
}

std::shared_ptr<PaneData> compute_dig(const StoreSnapshot& snap, const std::string& filter, EchoFormat fmt,
                                      const CancelCheck& cancel) {
  PaneBuilder b(PaneData::Type::Dig, filter, fmt);
  if (b.failed()) return b.data();
  engine::State state;
  bool ok = replay(snap, state, cancel, [&](const engine::EventContext& ctx, bool) {
    if (!ctx.internal) b.feed(ctx);
    return true;
  });
  if (!ok) return nullptr;
  return b.data();
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
  engine::State state;
  bool ok = replay(snap, state, cancel, [&](const engine::EventContext& ctx, bool) {
    if (ctx.internal || ctx.ev->is_enter() || ctx.latency_ns == 0) return true;
    if (flt && !flt->matches(engine::filter::EventRef{&ctx})) return true;
    double b = std::floor(std::log10(double(ctx.latency_ns)) * width / 11.0);
    uint32_t bucket = uint32_t(std::clamp(b, 0.0, double(width - 1)));
    uint64_t rel = ctx.ev->ts > out->t0 ? ctx.ev->ts - out->t0 : 0;
    uint32_t slice = uint32_t(std::min<uint64_t>(rel / out->slice_ns, slices - 1));
    uint32_t& c = out->counts[size_t(slice) * width + bucket];
    ++c;
    out->max = std::max(out->max, c);
    ++out->events;
    return true;
  });
  if (!ok) return nullptr;
  return out;
}

std::shared_ptr<EventFields> compute_event_fields(const StoreSnapshot& snap, uint64_t evnum,
                                                  const CancelCheck& cancel) {
  auto out = std::make_shared<EventFields>();
  out->evnum = evnum;
  engine::State state;
  bool found = false;
  replay(snap, state, cancel, [&](const engine::EventContext& ctx, bool) {
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
  });
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
  engine::State state;
  bool ok = replay(snap, state, cancel, [&](const engine::EventContext& ctx, bool for_views) {
    if (!for_views) return true;
    engine::filter::EventRef ref{&ctx};
    if (flt && !flt->matches(ref)) return true;
    size_t b = out->bucket_of(ctx.ev->ts);
    uint32_t& c = out->counts[b];
    ++c;
    out->max = std::max(out->max, c);
    if (failed && failed->matches(ref)) ++out->errors[b];
    return true;
  });
  if (!ok) return nullptr;
  return out;
}

}  // namespace trowel::views
