#include "views/session_live.h"

#include "engine/state.h"
#include "views/session_pane.h"

namespace trowel::views {

namespace {
}

LiveModel::LiveModel(uint64_t interval_ns, size_t list_rows, size_t pane_lines)
    : interval_ns_(interval_ns), list_rows_(list_rows), pane_lines_(pane_lines) {}

LiveModel::~LiveModel() = default;

void LiveModel::load_tables(const capture::SectionTables& tables) { state_.load_tables(tables); }

void LiveModel::set_view(const ViewInfo& view, ViewTable::Options options) {
  options.span_ns = interval_ns_;
  options.max_list_rows = list_rows_;
  auto t = std::make_unique<ViewTable>(view, options);  // throws: nothing changes
  view_ = &view;
  options_ = std::move(options);
  list_ = view.type == ViewType::List;
  cur_ = std::move(t);
  rows_ = nullptr;
  interval_events_ = 0;
}

void LiveModel::clear_view() {
  view_ = nullptr;
  cur_ = nullptr;
  rows_ = nullptr;
}

void LiveModel::feed(const capture::EventView& ev) {
  ++events_;
  ++interval_events_;
  state_.process(ev, ctx_);
  if (ctx_.state_only) return;
  bool for_views = !ctx_.internal || (ev.type == engine::kProcInfo && ctx_.thread && !ctx_.thread->procinfo_only);
  if (cur_ && for_views) cur_->consume(ctx_);
  if (pane_ && !ctx_.internal) {
    uint64_t before = pane_->data()->events;
    pane_->feed(ctx_);
    if (pane_->data()->events != before) pane_changed_ = true;
  }
}

std::shared_ptr<const ViewTable> LiveModel::end_interval() {
  interval_events_ = 0;
  if (!cur_) return nullptr;
  std::unique_ptr<ViewTable> done = std::move(cur_);
  cur_ = std::make_unique<ViewTable>(*view_, options_);  // compiled before: cannot throw now
  done->finish(state_);
  if (!list_) return std::shared_ptr<const ViewTable>(std::move(done));
  if (!rows_) rows_ = std::shared_ptr<const ViewTable>(std::move(done));
  else if (done->rows() == 0) return rows_;
  else rows_ = std::shared_ptr<const ViewTable>(ViewTable::concat_lists(*rows_, *done));
  return rows_;
}

void LiveModel::start_pane(PaneData::Type type, const std::string& filter, EchoFormat fmt,
                           const std::string& title) {
  pane_ = std::make_unique<PaneBuilder>(type, filter, fmt, pane_lines_);
  pane_->data()->title = title;
  pane_title_ = title;
  pane_changed_ = true;
}

void LiveModel::stop_pane() {
  pane_ = nullptr;
  pane_changed_ = false;
}

std::shared_ptr<const PaneData> LiveModel::pane_copy() {
  if (!pane_) return nullptr;
  pane_changed_ = false;
  return std::make_shared<const PaneData>(*pane_->data());
}

}  // namespace trowel::views
