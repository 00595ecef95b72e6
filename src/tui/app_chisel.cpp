// The chisel pane (C): a picker of the chisels on the search path, an
// argument prompt for chisels with required arguments, and a background
// run of the chosen chisel over the current selection (the row's filter:
// drill-down context AND user filter AND the row's key clause) whose text
// output is shown in the same scrollable pane as echo/dig.
#include <unistd.h>

#include <algorithm>

#include "lua/chisel_search.h"
#include "lua/chisel_text.h"
#include "tui/app.h"

namespace trowel::tui {

std::shared_ptr<const views::PaneData> App::cur_pane() {
  if (!chisel_mode_) return s_.pane();
  if (!chisel_pane_) {
    std::lock_guard<std::mutex> lock(chisel_mu_);
    if (!chisel_running_ && chisel_out_) chisel_pane_ = chisel_out_;
  }
  return chisel_pane_;
}

void App::open_chisel_menu() {
  if (s_.source().live()) {
    message_ = "chisels run on capture files only";
    message_error_ = true;
    return;
  }
  auto r = shown();
  if (!r || r->rows() == 0) {
    message_ = "no row selected";
    return;
  }
  {
    std::lock_guard<std::mutex> lock(chisel_mu_);
    if (chisel_running_) {
      message_ = "a chisel is still running";
      return;
    }
  }
  if (chisels_.empty()) {
    std::vector<std::string> errors;
    auto infos = lua::load_chisel_infos(lua::chisel_search_path(lua::default_search_config({})), errors);
    for (auto& i : infos)
      if (!i.hidden && !i.is_view) chisels_.push_back(std::move(i));
    std::sort(chisels_.begin(), chisels_.end(),
              [](const lua::ChiselInfo& a, const lua::ChiselInfo& b) { return a.name < b.name; });
  }
  if (chisels_.empty()) {
    message_ = "no chisels found on the chisel search path";
    message_error_ = true;
    return;
  }
  menu_return_ = Mode::Grid;
  mode_ = Mode::ChiselMenu;
  menu_sel_ = menu_top_ = 0;
  chisel_prefix_.clear();
}

void App::choose_chisel() {
  if (menu_sel_ >= chisels_.size()) return;
  const lua::ChiselInfo& c = chisels_[menu_sel_];
  bool required = std::any_of(c.args.begin(), c.args.end(), [](const lua::ChiselArgInfo& a) { return !a.optional; });
  if (required) {
    chisel_pick_ = menu_sel_;
    prompt_ = Prompt::ChiselArgs;
    prompt_text_.clear();
    std::string names;
    for (const auto& a : c.args) names += (names.empty() ? "" : " ") + a.name;
    message_ = c.name + " arguments: " + names;
    return;
  }
  start_chisel(c, "");
}

void App::start_chisel(const lua::ChiselInfo& info, const std::string& args) {
  if (chisel_thread_.joinable()) chisel_thread_.join();  // the previous one has finished
  lua::ChiselTextRequest req;
  req.capture_path = s_.source().name();
  req.chisel = info.name;
  req.args = args;
  req.filter = s_.row_filter(sel_);
  if (s_.window().active()) {  // the chisel covers the marked time window too
    req.from_ts = s_.window().from;
    req.to_ts = s_.window().to - 1;  // the runner's end is inclusive, the window's exclusive
  }
  req.is_tty = false;
  req.width = W_;
  req.height = std::max(1, H_ - 4);
  pane_filter_ = req.filter;
  pane_title_ = s_.row_clause(sel_);
  chisel_name_ = info.name + (args.empty() ? "" : " " + args);
  chisel_mode_ = true;
  chisel_pane_ = nullptr;
  pane_sel_ = pane_top_ = pane_clear_ = 0;
  pane_hscroll_ = 0;
  mode_ = Mode::Pane;
  {
    std::lock_guard<std::mutex> lock(chisel_mu_);
    chisel_running_ = true;
    chisel_out_ = nullptr;
  }
  std::string title = chisel_name_;
  chisel_thread_ = std::thread([this, req = std::move(req), title]() {
    lua::ChiselTextResult res = lua::run_chisel_to_text(req);
    auto pane = std::make_shared<views::PaneData>();
    pane->title = title;
    pane->filter = req.filter;
    for (const auto& e : res.errors) pane->add(e, 0, views::PaneLine::Text);
    std::string_view t = res.text;
    while (!t.empty()) {
      size_t nl = t.find('\n');
      std::string_view line = t.substr(0, nl);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      pane->add(line, 0, views::PaneLine::Text);
      if (nl == std::string_view::npos) break;
      t.remove_prefix(nl + 1);
    }
    if (!res.errors.empty()) pane->error = res.errors.front();
    {
      std::lock_guard<std::mutex> lock(chisel_mu_);
      chisel_out_ = std::move(pane);
      chisel_running_ = false;
    }
    if (wake_write_fd_ >= 0) {
      char b = 3;
      ssize_t n = write(wake_write_fd_, &b, 1);
      (void)n;
    }
  });
}

void App::finish_background() {
  if (chisel_thread_.joinable()) chisel_thread_.join();
}

App::~App() { finish_background(); }

}  // namespace trowel::tui
