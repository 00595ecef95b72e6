#include "lua/chisel_text.h"

#include "engine/fields/field.h"
#include "lua/chisel_search.h"
#include "lua/chisel_session.h"

namespace trowel::lua {

namespace {

// A StringOutput with a size cap.
class CappedOutput final : public ChiselOutput {
 public:
  explicit CappedOutput(size_t cap) : cap_(cap) {}
  void write(std::string_view t) override {
    if (text_.size() >= cap_) {
      cut_ = true;
      return;
    }
    size_t room = cap_ - text_.size();
    if (t.size() > room) {
      t = t.substr(0, room);
      cut_ = true;
    }
    text_.append(t);
  }
  std::string text_;
  size_t cap_;
  bool cut_ = false;
};

}  // namespace

ChiselTextResult run_chisel_to_text(const ChiselTextRequest& r) {
  ChiselTextResult res;
  // Chisels set the engine's (per-thread) buffer rendering; the caller's
  // is restored afterwards.
  const engine::render::RenderOptions saved = engine::fields::render_options();
  SessionOptions so;
  so.capture_path = r.capture_path;
  so.dirs = chisel_search_path(default_search_config(r.chisel_dirs));
  so.filter = r.filter;
  so.from_ts = r.from_ts;
  so.to_ts = r.to_ts;
  so.is_tty = r.is_tty;
  so.term_width = r.width;
  so.term_height = r.height;
  CappedOutput out(r.max_output);
  try {
    ChiselSession session(so, out);
    Chisel* c = session.load(r.chisel);
    if (c) {
      std::vector<std::string> values;
      if (!split_chisel_args(r.args, values)) {
        res.errors.push_back("corrupted parameters for chisel " + r.chisel);
        res.status = 1;
      } else if (!c->set_args(values)) {
        res.errors.push_back(c->error());
        res.status = 1;
      } else {
        res.status = session.run();
      }
    } else {
      res.status = 1;
    }
    for (const auto& e : session.errors()) res.errors.push_back(e);
    if (auto* rd = session.reader(); rd && rd->status() == capture::CaptureReader::Status::Corrupt) {
      res.errors.push_back(rd->message());
      res.status = 1;
    }
  } catch (const std::exception& e) {
    res.errors.push_back(e.what());
    res.status = 1;
  }
  engine::fields::set_render_options(saved);
  res.text = std::move(out.text_);
  if (out.cut_) res.text += "\n[output cut at " + std::to_string(r.max_output) + " bytes]\n";
  return res;
}

}  // namespace trowel::lua
