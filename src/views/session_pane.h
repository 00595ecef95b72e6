// PaneBuilder: the echo (F5) and dig (F6) pane lines of a filter, built one
// event at a time. The file session replays a snapshot through it
// (compute_echo / compute_dig); the live session feeds it every event as it
// arrives, so the pane streams. The filter is compiled once; a bad filter
// leaves the pane with `error` set and no lines.
//
// Invariant: the pane holds at most max_lines + max_lines/8 lines (the
// oldest are dropped in batches and counted in PaneData::dropped).
#pragma once
#include <memory>
#include <string>

#include "engine/event_context.h"
#include "engine/filter/filter.h"
#include "engine/format/event_formatter.h"
#include "engine/render/param_render.h"
#include "views/session_compute.h"

namespace trowel::views {

class PaneBuilder {
 public:
  PaneBuilder(PaneData::Type type, const std::string& filter, EchoFormat fmt, size_t max_lines = kPaneMaxLines);
  ~PaneBuilder();
  // One event (callers skip internal events). Sets the dig buffer format
  // only for the duration of the call.
  void feed(const engine::EventContext& ctx);
  // The pane as built so far (mutated by later feed() calls: copy it
  // before handing it to another thread).
  const std::shared_ptr<PaneData>& data() const { return pane_; }
  bool failed() const { return !pane_->error.empty(); }

 private:
  void feed_echo(const engine::EventContext& ctx);
  void feed_dig(const engine::EventContext& ctx);
  void add_split(std::string_view text, uint64_t evnum);

  std::shared_ptr<PaneData> pane_;
  EchoFormat fmt_;
  size_t max_lines_;
  std::unique_ptr<engine::filter::Filter> filter_;
  std::unique_ptr<engine::fields::Field> rawres_, buffer_, fdname_, comm_;
  std::unique_ptr<engine::format::EventFormatter> formatter_;
  engine::render::RenderOptions render_;
  std::string name_, pname_, text_, line_, scratch_;
};

}  // namespace trowel::views
