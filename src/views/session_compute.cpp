#include "views/session_compute.h"

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

std::unique_ptr<engine::fields::Field> must_bind(const char* name) {
  std::string err;
  auto f = engine::fields::bind_field(name, &err);
  if (!f) throw ViewTableError(std::string("internal: cannot bind ") + name + ": " + err);
  return f;
}

struct Lines {
  PaneData& pane;
  std::string scratch;
  void add(std::string_view text, uint64_t evnum, PaneLine::Kind kind = PaneLine::Text) {
    pane.add(text, evnum, kind);
  }
  void trim() { pane.trim(kPaneMaxLines); }
  // One pane line per '\n'-separated part; '\r' before '\n' dropped, tabs
  // expanded to 4 spaces.
  void split_add(std::string_view text, uint64_t evnum) {
    size_t i = 0;
    for (;;) {
      size_t nl = text.find('\n', i);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view part = text.substr(i, nl - i);
      if (!part.empty() && part.back() == '\r') part.remove_suffix(1);
      if (part.find('\t') == std::string_view::npos) {
        add(part, evnum);
      } else {
        scratch.clear();
        for (char c : part) {
          if (c == '\t') scratch += "    ";
          else scratch += c;
        }
        add(scratch, evnum);
      }
      if (nl >= text.size()) break;
      i = nl + 1;
    }
  }
};

engine::render::BufferFormat dig_buffer_format(EchoFormat f) {
  switch (f) {
    case EchoFormat::Dotted: return engine::render::BufferFormat::Normal;
    case EchoFormat::Printable: return engine::render::BufferFormat::Ascii;
    case EchoFormat::Hex: return engine::render::BufferFormat::HexAscii;
  }
  return engine::render::BufferFormat::Normal;
}

// Sets the global render options for the life of one computation.
struct RenderScope {
  engine::render::RenderOptions saved = engine::fields::render_options();
  explicit RenderScope(engine::render::RenderOptions o) { engine::fields::set_render_options(o); }
  ~RenderScope() { engine::fields::set_render_options(saved); }
};

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
  auto pane = std::make_shared<PaneData>();
  pane->type = PaneData::Type::Echo;
  pane->filter = filter;
  std::string err;
  auto flt = compile(filter, &err);
  if (!err.empty()) {
    pane->error = err;
    return pane;
  }
  auto rawres = must_bind("evt.rawres");
  auto buffer = must_bind("evt.buffer");
  auto fdname = must_bind("fd.name");
  auto comm = must_bind("proc.name");
  Lines out{*pane};
  engine::State state;
  std::string name, pname, text, line;
  struct First : engine::filter::ValueSink {
    engine::filter::FieldValue v;
    bool got = false;
    bool on_value(const engine::filter::FieldValue& x) override {
      v = x;
      got = true;
      return false;
    }
  };
  bool ok = replay(snap, state, cancel, [&](const engine::EventContext& ctx, bool) {
    if (ctx.internal) return true;
    const capture::EventView& ev = *ctx.ev;
    if (ev.is_enter()) return true;
    const capture::EventInfo* info = ev.info();
    if (!info) return true;
    bool rd = info->flags & capture::event_flag::kReadsFromFd;
    bool wr = info->flags & capture::event_flag::kWritesToFd;
    if (!rd && !wr) return true;
    if (flt && !flt->matches(engine::filter::EventRef{&ctx})) return true;
    First res;
    rawres->extract(ctx, res);
    int64_t r = !res.got ? 0 : res.v.kind == engine::filter::FieldValue::Kind::Int ? res.v.i : int64_t(res.v.u);
    if (r <= 0) return true;
    First buf;
    buffer->extract(ctx, buf);
    name.clear();
    if (!fdname->render(ctx, name)) name = "<NA>";
    pname.clear();
    if (!comm->render(ctx, pname)) pname = "<NA>";
    char head[64];
    std::snprintf(head, sizeof head, "------ %s %" PRId64 "B %s ", rd ? "Read" : "Write", r, rd ? "from" : "to");
    line.assign(head);
    line += name;
    line += " (";
    line += pname;
    line += ')';
    out.add(line, ev.num, rd ? PaneLine::ReadHeader : PaneLine::WriteHeader);
    out.add("", ev.num);
    std::string_view data = buf.got ? buf.v.bytes : std::string_view();
    if (!data.empty() && data.front() == '\n') data.remove_prefix(1);
    if (!data.empty() && data.back() == '\n') data.remove_suffix(1);
    text.clear();
    const auto* bytes = reinterpret_cast<const uint8_t*>(data.data());
    switch (fmt) {
      case EchoFormat::Dotted:
        for (size_t i = 0; i < data.size(); ++i) {
          uint8_t c = bytes[i];
          text += engine::render::is_printable_byte(c) ? char(c) : '.';
          if (c == '\n') text += '\n';
        }
        if (!text.empty() && text.back() == '\n') text.pop_back();
        break;
      case EchoFormat::Printable:
        for (size_t i = 0; i < data.size(); ++i) {
          uint8_t c = bytes[i];
          if (engine::render::is_printable_byte(c) || c == '\n') text += char(c);
          else if (c == '\t') text += '\t';
        }
        break;
      case EchoFormat::Hex:
        engine::render::append_buffer(text, {bytes, data.size()}, engine::render::BufferFormat::HexAscii, 0);
        while (!text.empty() && text.front() == '\n') text.erase(0, 1);
        while (!text.empty() && text.back() == '\n') text.pop_back();
        break;
    }
    out.split_add(text, ev.num);
    out.add("", ev.num);
    ++pane->events;
    out.trim();
    return true;
  });
  if (!ok) return nullptr;
  return pane;
}

std::shared_ptr<PaneData> compute_dig(const StoreSnapshot& snap, const std::string& filter, EchoFormat fmt,
                                      const CancelCheck& cancel) {
  auto pane = std::make_shared<PaneData>();
  pane->type = PaneData::Type::Dig;
  pane->filter = filter;
  std::string err;
  auto flt = compile(filter, &err);
  if (!err.empty()) {
    pane->error = err;
    return pane;
  }
  engine::render::RenderOptions ro;
  ro.buffer = dig_buffer_format(fmt);
  ro.max_buffer_len = engine::render::kDefaultMaxBufferLen;
  RenderScope scope(ro);
  engine::format::EventFormatter formatter(
      "*%evt.num %evt.time %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.args");
  Lines out{*pane};
  engine::State state;
  std::string line;
  bool ok = replay(snap, state, cancel, [&](const engine::EventContext& ctx, bool) {
    if (ctx.internal) return true;
    if (flt && !flt->matches(engine::filter::EventRef{&ctx})) return true;
    line.clear();
    if (!formatter.format(ctx, line)) return true;
    if (line.find('\n') == std::string::npos) out.add(line, ctx.ev->num);
    else out.split_add(line, ctx.ev->num);
    ++pane->events;
    out.trim();
    return true;
  });
  if (!ok) return nullptr;
  return pane;
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

}  // namespace trowel::views
