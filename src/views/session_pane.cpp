#include "views/session_pane.h"

#include <charconv>
#include <cinttypes>
#include <cstdio>

#include "capture/event_schema.h"
#include "engine/fields/field.h"
#include "engine/filter/filter_error.h"

namespace trowel::views {

namespace {

std::unique_ptr<engine::fields::Field> must_bind(const char* name) {
  std::string err;
  auto f = engine::fields::bind_field(name, &err);
  if (!f) throw ViewTableError(std::string("internal: cannot bind ") + name + ": " + err);
  return f;
}

engine::render::BufferFormat dig_buffer_format(EchoFormat f) {
  switch (f) {
    case EchoFormat::Dotted: return engine::render::BufferFormat::Normal;
    case EchoFormat::Printable: return engine::render::BufferFormat::Ascii;
    case EchoFormat::Hex: return engine::render::BufferFormat::HexAscii;
  }
  return engine::render::BufferFormat::Normal;
}

// Sets the global render options for the life of the scope.
struct RenderScope {
  engine::render::RenderOptions saved = engine::fields::render_options();
  explicit RenderScope(const engine::render::RenderOptions& o) { engine::fields::set_render_options(o); }
  ~RenderScope() { engine::fields::set_render_options(saved); }
};

using First = engine::filter::FirstValue;

}  // namespace

PaneBuilder::PaneBuilder(PaneData::Type type, const std::string& filter, EchoFormat fmt, size_t max_lines)
    : pane_(std::make_shared<PaneData>()), fmt_(fmt), max_lines_(max_lines) {
  pane_->type = type;
  pane_->filter = filter;
  if (!filter.empty()) {
    engine::fields::EngineFieldResolver resolver;
    try {
      filter_ = engine::filter::compile_filter(filter, resolver);
    } catch (const std::exception& e) {
      pane_->error = e.what();
      return;
    }
  }
  if (type == PaneData::Type::Echo) {
    rawres_ = must_bind("evt.rawres");
    buffer_ = must_bind("evt.buffer");
    fdname_ = must_bind("fd.name");
    comm_ = must_bind("proc.name");
  } else {
    render_.buffer = dig_buffer_format(fmt);
    render_.max_buffer_len = engine::render::kDefaultMaxBufferLen;
    std::string line = "%evt.num %evt.time %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.args";
    if (type == PaneData::Type::LatencyDig) line = "(latency=%evt.latency.human) (fd=%fd.name) " + line;
    formatter_ = std::make_unique<engine::format::EventFormatter>("*" + line);
  }
}

PaneBuilder::~PaneBuilder() = default;

void PaneBuilder::feed(const engine::EventContext& ctx) {
  if (failed()) return;
  if (pane_->type == PaneData::Type::Echo) feed_echo(ctx);
  else feed_dig(ctx);
}

// One pane line per '\n'-separated part; '\r' before '\n' dropped, tabs
// expanded to 4 spaces.
void PaneBuilder::add_split(std::string_view text, uint64_t evnum) {
  size_t i = 0;
  for (;;) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view part = text.substr(i, nl - i);
    if (!part.empty() && part.back() == '\r') part.remove_suffix(1);
    if (part.find('\t') == std::string_view::npos) {
      pane_->add(part, evnum);
    } else {
      scratch_.clear();
      for (char c : part) {
        if (c == '\t') scratch_ += "    ";
        else scratch_ += c;
      }
      pane_->add(scratch_, evnum);
    }
    if (nl >= text.size()) break;
    i = nl + 1;
  }
}

void PaneBuilder::feed_dig(const engine::EventContext& ctx) {
  if (filter_ && !filter_->matches(engine::filter::EventRef{&ctx})) return;
  line_.clear();
  {
    RenderScope scope(render_);
    if (!formatter_->format(ctx, line_)) return;
  }
  if (line_.find('\n') == std::string::npos) pane_->add(line_, ctx.ev->num);
  else add_split(line_, ctx.ev->num);
  ++pane_->events;
  pane_->trim(max_lines_);
}

void PaneBuilder::feed_echo(const engine::EventContext& ctx) {
  const capture::EventView& ev = *ctx.ev;
  if (ev.is_enter()) return;
  const capture::EventInfo* info = ev.info();
  if (!info) return;
  bool rd = info->flags & capture::event_flag::kReadsFromFd;
  bool wr = info->flags & capture::event_flag::kWritesToFd;
  if (!rd && !wr) return;
  if (filter_ && !filter_->matches(engine::filter::EventRef{&ctx})) return;
  First res;
  rawres_->extract(ctx, res);
  int64_t r = !res.got ? 0 : res.v.kind == engine::filter::FieldValue::Kind::Int ? res.v.i : int64_t(res.v.u);
  if (r <= 0) return;
  First buf;
  buffer_->extract(ctx, buf);
  name_.clear();
  if (!fdname_->render(ctx, name_)) name_ = "<NA>";
  pname_.clear();
  if (!comm_->render(ctx, pname_)) pname_ = "<NA>";
  char num[24];
  line_.assign(rd ? "------ Read " : "------ Write ");
  line_.append(num, std::to_chars(num, num + sizeof num, r).ptr);
  line_ += rd ? "B from " : "B to ";
  line_ += name_;
  line_ += " (";
  line_ += pname_;
  line_ += ')';
  pane_->add(line_, ev.num, rd ? PaneLine::ReadHeader : PaneLine::WriteHeader);
  pane_->add("", ev.num);
  std::string_view data = buf.got ? buf.v.bytes : std::string_view();
  if (!data.empty() && data.front() == '\n') data.remove_prefix(1);
  if (!data.empty() && data.back() == '\n') data.remove_suffix(1);
  text_.clear();
  const auto* bytes = reinterpret_cast<const uint8_t*>(data.data());
  switch (fmt_) {
    case EchoFormat::Dotted: {
      // Written through a pointer: at most two output bytes per input byte.
      text_.resize(data.size() * 2);
      char* o = text_.data();
      for (size_t i = 0; i < data.size(); ++i) {
        uint8_t c = bytes[i];
        *o++ = engine::render::is_printable_byte(c) ? char(c) : '.';
        if (c == '\n') *o++ = '\n';
      }
      text_.resize(static_cast<size_t>(o - text_.data()));
      if (!text_.empty() && text_.back() == '\n') text_.pop_back();
      break;
    }
    case EchoFormat::Printable: {
      text_.resize(data.size());
      char* o = text_.data();
      for (size_t i = 0; i < data.size(); ++i) {
        uint8_t c = bytes[i];
        if (engine::render::is_printable_byte(c) || c == '\n' || c == '\t') *o++ = char(c);
      }
      text_.resize(static_cast<size_t>(o - text_.data()));
      break;
    }
    case EchoFormat::Hex:
      engine::render::append_buffer(text_, {bytes, data.size()}, engine::render::BufferFormat::HexAscii, 0);
      while (!text_.empty() && text_.front() == '\n') text_.erase(0, 1);
      while (!text_.empty() && text_.back() == '\n') text_.pop_back();
      break;
  }
  add_split(text_, ev.num);
  pane_->add("", ev.num);
  ++pane_->events;
  pane_->trim(max_lines_);
}

}  // namespace trowel::views
