#include "lua/chisel_session.h"

#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "engine/fields/field.h"
#include "lua/chisel_search.h"

namespace trowel::lua {

namespace {

bool is_container_type(uint16_t t) { return t == 228 || t == 272 || t == 324; }

// A copy of one event that stays valid after the reader moves on (the
// chisels' on_capture_end still reads the last event). The buffer only
// grows, so steady state allocates nothing.
class EventCopy {
 public:
  const capture::EventView& take(const capture::EventView& ev) {
    if (buf_.size() < ev.len) buf_.resize(ev.len < 4096 ? 4096 : ev.len * 2);
    std::memcpy(buf_.data(), ev.data, ev.len);
    view_ = ev;
    view_.data = buf_.data();
    view_.lens = buf_.data() + (ev.lens - ev.data);
    view_.values = buf_.data() + (ev.values - ev.data);
    return view_;
  }

 private:
  std::vector<uint8_t> buf_;
  capture::EventView view_;
};

}  // namespace

void StdoutOutput::write(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }
void StdoutOutput::flush() { std::fflush(stdout); }

ChiselHost::~ChiselHost() {
  if (udp_fd >= 0) ::close(udp_fd);
}

void apply_chisel_render_options(BufferMode m) {
  engine::render::RenderOptions ro;
  switch (m) {
    case BufferMode::Ascii: ro.buffer = engine::render::BufferFormat::Ascii; break;
    case BufferMode::Hex: ro.buffer = engine::render::BufferFormat::Hex; break;
    case BufferMode::HexAscii: ro.buffer = engine::render::BufferFormat::HexAscii; break;
    case BufferMode::Base64:
    case BufferMode::JsonBase64: ro.buffer = engine::render::BufferFormat::Base64; break;
    default: ro.buffer = engine::render::BufferFormat::Normal; break;
  }
  ro.max_buffer_len = 0;  // chisels see whole buffers
  engine::fields::set_render_options(ro);
}

ChiselSession::ChiselSession(SessionOptions options, ChiselOutput& out) : opt_(std::move(options)), out_(out) {
  host_.state = &state_;
  host_.out = &out_;
  host_.pending_source = opt_.capture_path;
  host_.json_output = opt_.json;
  host_.print_container = opt_.print_container;
  host_.buffer_mode_forced = opt_.buffer_mode_forced;
  host_.buffer_mode = opt_.buffer_mode;
  host_.is_tty = opt_.is_tty;
  host_.term_width = opt_.term_width;
  host_.term_height = opt_.term_height;
  host_.set_global_filter = [this](const std::string& t) { return set_global_filter(t); };
  host_.apply_buffer_mode = [this](BufferMode m) { apply_buffer_mode(m); };
  apply_chisel_render_options(opt_.buffer_mode);
}

ChiselSession::~ChiselSession() = default;

void ChiselSession::apply_buffer_mode(BufferMode m) { apply_chisel_render_options(m); }

std::string ChiselSession::set_global_filter(const std::string& text) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return {};
  try {
    engine::fields::EngineFieldResolver resolver;
    global_filter_ = engine::filter::compile_filter(text, resolver);
  } catch (const std::exception& e) {
    return e.what();
  }
  host_.global_filter = text;
  return {};
}

Chisel* ChiselSession::load(const std::string& name) {
  std::filesystem::path p = find_chisel(opt_.dirs, name);
  if (p.empty()) {
    errors_.push_back("chisel " + name + " not found - use --list to list them.");
    return nullptr;
  }
  auto c = std::make_unique<Chisel>(host_, opt_.dirs);
  if (!c->load(name, p)) {
    errors_.push_back(c->error());
    return nullptr;
  }
  chisels_.push_back(std::move(c));
  return chisels_.back().get();
}

int ChiselSession::run() {
  if (!opt_.filter.empty()) {
    std::string e = set_global_filter(opt_.filter);
    if (!e.empty()) {
      errors_.push_back(e);
      return 1;
    }
  }
  for (auto& c : chisels_) {
    if (!c->init()) {
      errors_.push_back(c->error());
      return 1;
    }
  }

  reader_ = capture::CaptureReader::open(opt_.capture_path);
  state_.load_tables(reader_->tables());
  reader_->set_section_callback(
      [](void* ctx, const capture::SectionTables& t) { static_cast<engine::State*>(ctx)->load_tables(t); },
      &state_);
  host_.evtsource = opt_.capture_path;
  host_.opened = true;

  int rc = 0;
  bool stop = false;
  for (auto& c : chisels_) {
    if (!c->capture_start()) {
      errors_.push_back(c->error());
      rc = 1;
      stop = true;
      break;
    }
  }

  capture::EventView raw;
  EventCopy copy;
  engine::EventContext ctx;
  bool leading = true;
  uint32_t section = 0;
  uint64_t delivered = 0;
  while (!stop && reader_->next(raw)) {
    const capture::EventView& ev = copy.take(raw);
    if (ev.section != section) {
      section = ev.section;
      leading = true;
    }
    if (opt_.to_ts && ev.ts > opt_.to_ts) break;
    if (opt_.interrupted && *opt_.interrupted) break;
    state_.process(ev, ctx);
    if ((delivered & 1023) == 0 && reader_->raw_size())
      host_.read_progress = 100.0 * static_cast<double>(reader_->raw_offset()) / static_cast<double>(reader_->raw_size());
    if (leading && is_container_type(ev.type)) continue;
    leading = false;
    if (ctx.state_only) continue;
    // sysdig makes no thread for the procinfo event of a tid it does not
    // know (kernel threads): the event reaches chisels without one.
    if (ctx.internal && ctx.thread && ctx.thread->procinfo_only) ctx.thread = nullptr;
    if (opt_.from_ts && ev.ts < opt_.from_ts) continue;
    ++delivered;
    if (host_.first_ts == 0) host_.first_ts = ev.ts;
    host_.last_ts = ev.ts;
    host_.ctx = &ctx;
    for (auto& c : chisels_) {
      if (!c->interval_tick(ev.ts)) {
        errors_.push_back(c->error());
        rc = 1;
        stop = true;
        break;
      }
    }
    if (stop) break;
    if (global_filter_ && !global_filter_->matches(engine::filter::EventRef{&ctx})) continue;
    for (auto& c : chisels_) {
      if (!c->event()) {
        errors_.push_back(c->error());
        rc = 1;
        stop = true;
        break;
      }
      if (host_.end_capture) {
        stop = true;
        break;
      }
    }
    if (opt_.limit && delivered >= opt_.limit) break;
  }
  if (reader_->status() == capture::CaptureReader::Status::End) host_.read_progress = 100;

  for (auto& c : chisels_) {
    if (!c->capture_end()) {
      errors_.push_back(c->error());
      rc = 1;
    }
  }
  out_.flush();
  return rc;
}

}  // namespace trowel::lua
