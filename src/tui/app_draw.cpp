// App drawing: header lines, grid, bars, menus, pages, panes, spectrogram.
#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "tui/app.h"
#include "tui/safe_text.h"

namespace trowel::tui {

using views::ViewResult;

namespace {
std::string human_count(uint64_t n) {
  char b[32];
  if (n >= 10'000'000) std::snprintf(b, sizeof b, "%.1fM", double(n) / 1e6);
  else std::snprintf(b, sizeof b, "%" PRIu64, n);
  return b;
}
std::string human_span(uint64_t ns) {
  char b[32];
  double s = double(ns) / 1e9;
  if (s >= 2 * 86400) std::snprintf(b, sizeof b, "%.1fd", s / 86400);
  else if (s >= 7200) std::snprintf(b, sizeof b, "%.1fh", s / 3600);
  else if (s >= 120) std::snprintf(b, sizeof b, "%.1fmin", s / 60);
  else if (s >= 1) std::snprintf(b, sizeof b, "%.2fs", s);
  else std::snprintf(b, sizeof b, "%.1fms", s * 1000);
  return b;
}
}  // namespace

attr_t Theme::heat(int level) const {
  if (!color) return level > 6 ? A_REVERSE | A_BOLD : level > 3 ? A_REVERSE : A_BOLD;
  return COLOR_PAIR(20 + std::clamp(level, 0, 9));
}

void App::put(int y, int x, std::string_view text, attr_t a, int maxw) {
  if (y < 0 || y >= H_ || x >= W_) return;
  if (x < 0) {
    if (size_t(-x) >= text.size()) return;
    text.remove_prefix(size_t(-x));
    if (maxw >= 0) maxw = std::max(0, maxw + x);
    x = 0;
  }
  int room = W_ - x;
  if (maxw >= 0) room = std::min(room, maxw);
  if (room <= 0) return;
  if (text.size() > size_t(room)) text = text.substr(0, size_t(room));
  attrset(a);
  mvaddnstr(y, x, text.data(), int(text.size()));
  attrset(A_NORMAL);
}

void App::put_safe(int y, int x, std::string_view raw, attr_t a, int maxw) { put(y, x, safe(raw), a, maxw); }

void App::fill_row(int y, attr_t a) {
  if (y < 0 || y >= H_) return;
  attrset(a);
  mvhline(y, 0, ' ', W_);
  attrset(A_NORMAL);
}

void App::draw_centered(int y, const std::string& text, attr_t a) {
  int x = std::max(0, (W_ - int(text.size())) / 2);
  put(y, x, text, a);
}

void App::draw_header(const std::string& title, const std::string& filter, const std::string* for_text) {
  int x = 0;
  put(0, x, "Viewing: ", th_.label);
  x += 9;
  std::string t = safe(title);
  put(0, x, t, A_NORMAL);
  x += int(t.size());
  put(0, x, " For: ", th_.label);
  x += 6;
  put_safe(0, x, for_text ? *for_text : s_.for_text(), A_NORMAL);
  if (paused_) draw_centered(0, " PAUSED ", th_.paused);
  if (s_.window().active()) {
    std::string wl = "Window: " + views::window_label(s_.window(), s_.extent());
    put(0, std::max(x + 1, W_ - int(wl.size())), wl, th_.label);
  }

  views::LoadProgress p = s_.progress();
  x = 0;
  put(1, x, "Source: ", th_.label);
  x += 8;
  std::string src;
  if (p.live) {
    // csysdig's "Source: Live System", with the sampling rate and the
    // kernel's drops (events lost since the start: the views miss them).
    char b[96];
    std::snprintf(b, sizeof b, " (%s evts/s, %s drops)", human_count(uint64_t(p.rate + 0.5)).c_str(),
                  human_count(p.drops).c_str());
    src = safe(s_.source().name()) + b;
    if (p.done) src += " stopped";
  } else {
    src = safe(s_.source().name()) + " (" + human_count(p.events) + " evts, " +
          human_span(p.last_ts > p.first_ts ? p.last_ts - p.first_ts : 0) + ")";
    if (p.done && (p.end == views::SourceEnd::Truncated || p.end == views::SourceEnd::Corrupt))
      src += p.end == views::SourceEnd::Truncated ? " truncated" : " corrupt";
    if (!p.done) src += " loading";
  }
  put(1, x, src, A_NORMAL);
  x += int(src.size()) + 1;
  put(1, x, "Filter: ", th_.label);
  x += 8;
  filter_x0_ = x;
  put_safe(1, x, filter.empty() ? "none" : filter, A_NORMAL);
}

std::shared_ptr<const ViewResult> App::shown() {
  auto r = s_.result();
  if (paused_ && frozen_) return frozen_;
  if (r) last_ = r;
  return r;
}

void App::draw_progress(int y) {
  views::LoadProgress p = s_.progress();
  if (!p.done) {
    double f = p.fraction();
    char pct[32];
    std::snprintf(pct, sizeof pct, " Loading %5.1f%% ", f * 100);
    std::string text = pct;
    int bar = std::max(0, W_ - int(text.size()) - 2);
    std::string b = "[";
    int filled = int(f * bar);
    b.append(size_t(filled), '#');
    b.append(size_t(bar - filled), '.');
    b += "]";
    fill_row(y, A_NORMAL);
    put(y, 0, text, th_.bar);
    put(y, int(text.size()), b, A_NORMAL);
    return;
  }
  if (p.end == views::SourceEnd::Truncated || p.end == views::SourceEnd::Corrupt ||
      p.end == views::SourceEnd::Failed) {
    fill_row(y, th_.banner);
    const char* what = p.end == views::SourceEnd::Truncated ? " TRUNCATED CAPTURE: " : " CAPTURE ERROR: ";
    put(y, 0, what + safe(p.message) + " (showing every complete event)", th_.banner);
  }
}

void App::draw_grid() {
  auto r = shown();
  std::string err = s_.result_error();
  draw_header(s_.view().name, s_.filter_text());
  views::LoadProgress p = s_.progress();
  bool status = !p.live && (!p.done || p.end != views::SourceEnd::Complete);
  refresh_timeline();
  int rows = grid_rows() - (status ? 1 : 0) - (strip_ ? 1 : 0);
  if (status) draw_progress(H_ - 2);
  const int hy = grid_head_y();  // column headers; rows from hy + 1
  if (strip_) draw_timeline(2);
  if (!err.empty()) {
    draw_centered(H_ / 2, "View error: " + safe(err), th_.popup);
    draw_grid_bar();
    return;
  }
  if (!r) {
    const auto& v = s_.view();
    fill_row(hy, v.type == views::ViewType::List ? th_.lhead : th_.thead);
    const char* what = p.live ? "Collecting Data" : p.done ? "Processing..." : "Processing File";
    draw_centered(std::min(H_ - 3, hy + 1 + rows / 2), what, th_.label);
    draw_grid_bar();
    return;
  }
  // Live: each tick brings a new table in a new order; the selection
  // follows its row key (csysdig keeps the selected row).
  if (p.live && restore_key_.empty() && r != sel_result_ && !sel_key_.empty()) {
    long k = r->find_key(sel_key_);
    if (k >= 0 && size_t(k) >= base(*r)) sel_ = size_t(k) - base(*r);
    // A list with its last row selected follows the new rows.
    if (sel_last_ && r->table->view().type == views::ViewType::List && r->rows() > base(*r))
      sel_ = r->rows() - base(*r) - 1;
  }
  if (!restore_key_.empty() && r->complete) {
    long k = r->find_key(restore_key_);
    if (k >= 0) {
      sel_ = size_t(k);
      top_ = sel_ >= size_t(rows) / 2 ? sel_ - size_t(rows) / 2 : 0;
    }
    restore_key_.clear();
  }
  bool list = r->table->view().type == views::ViewType::List;
  size_t base = this->base(*r);
  size_t n = r->rows() - base;
  clamp_sel(n);
  if (sel_ < top_) top_ = sel_;
  if (rows > 0 && sel_ >= top_ + size_t(rows)) top_ = sel_ - size_t(rows) + 1;

  const auto& cols = r->columns();
  std::vector<int> xs, ws;
  int x = 0;
  for (const auto& c : cols) {
    int w = c.width > 0 ? c.width : std::max(W_ + hscroll_ - x, int(c.name.size()) + 1);
    xs.push_back(x);
    ws.push_back(w);
    x += w + 1;
  }
  attr_t head = list ? th_.lhead : th_.thead, head_sort = list ? th_.lhead_sort : th_.thead_sort;
  fill_row(hy, head);
  for (size_t c = 0; c < cols.size(); ++c) {
    bool sorted = int(c) == r->sort_col;
    std::string name = safe(cols[c].name);
    if (sorted && int(name.size()) < ws[c]) name += r->sort_ascending ? "^" : "v";
    bool right = cols[c].align == views::Align::Right;
    put(hy, xs[c] - hscroll_, fit(name, size_t(ws[c]), right) + " ", sorted ? head_sort : head);
  }
  for (int i = 0; i < rows; ++i) {
    size_t row = top_ + size_t(i);
    if (row >= n) break;
    bool s = row == sel_;
    if (s) fill_row(hy + 1 + i, th_.selected);
    std::string line;
    for (size_t c = 0; c < cols.size(); ++c) {
      line += fit(safe(r->cell_text(base + row, c)), size_t(ws[c]), cols[c].align == views::Align::Right);
      line += ' ';
    }
    put(hy + 1 + i, -hscroll_, line, s ? th_.selected : A_NORMAL);
  }
  sel_result_ = r;
  sel_key_ = n ? r->key_text(base + sel_) : std::string();
  sel_last_ = n && sel_ + 1 == n;
  if (n == 0)
    draw_centered(hy + 1 + rows / 2, p.done || p.live ? "No Data For This View" : "Processing File", th_.label);
  draw_grid_bar();
}

void App::draw_bar(const std::vector<std::pair<std::string, std::string>>& items, const std::string& right) {
  bar_items_.clear();
  fill_row(H_ - 1, A_NORMAL);
  int limit = W_ - int(right.size()) - 1;
  int x = 0;
  for (const auto& [key, label] : items) {
    std::string l = label;
    if (l.size() < 6) l.append(6 - l.size(), ' ');
    int w = int(key.size() + l.size());
    if (x + w > limit) break;
    put(H_ - 1, x, key, A_NORMAL);
    put(H_ - 1, x + int(key.size()), l, th_.fkey);
    int code = 0;
    if (key.size() >= 2 && key[0] == 'F' && isdigit(static_cast<unsigned char>(key[1]))) code = KEY_F(std::stoi(key.substr(1)));
    else if (key == "CTRL+F") code = 6;
    else if (key == "CTRL+G") code = 7;
    else if (key == "Bak") code = KEY_BACKSPACE;
    else if (key == "Enter") code = '\n';
    else if (!key.empty()) code = key[0];
    bar_items_.push_back({x, x + w, code});
    x += w;
  }
  if (int(right.size()) < W_) put(H_ - 1, W_ - int(right.size()), right, th_.fpos);
}

void App::draw_grid_bar() {
  if (prompt_ != Prompt::None) {
    draw_prompt();
    return;
  }
  auto r = shown();
  bool list = s_.view().type == views::ViewType::List;
  std::vector<std::pair<std::string, std::string>> items = {{"F1", "Help"}, {"F2", "Views"}, {"F4", "Filter"}};
  if (!list) {
    items.push_back({"F5", "Echo"});
    items.push_back({"F6", "Dig"});
  }
  items.insert(items.end(), {{"F7", "Legend"}, {"F8", "Actions"}, {"F9", "Sort"}, {"F12", "Spectro"},
                             {"CTRL+F", "Search"}, {"C", "Chisel"}, {"p", paused_ ? "Resume" : "Pause"}});
  if (list) items.push_back({"c", "Clear"});
  items.push_back({"q", "Quit"});
  std::string pos;
  if (r) {
    size_t n = visible(*r);
    char b[64];
    std::snprintf(b, sizeof b, "%zu/%zu(%.1f%%)", n ? sel_ + 1 : 0, n, n ? 100.0 * double(sel_ + 1) / double(n) : 0.0);
    pos = b;
  }
  draw_bar(items, pos);
  draw_message();
}

void App::draw_prompt() {
  fill_row(H_ - 1, A_NORMAL);
  const char* label = "";
  switch (prompt_) {
    case Prompt::Text: label = "Filter (text, F2: sysdig filter): "; break;
    case Prompt::Expr: label = "Expression (F2: text): "; break;
    case Prompt::Search: label = "Search: "; break;
    case Prompt::PaneSearch: label = "Text: "; break;
    case Prompt::PaneGoto: label = "Line: "; break;
    case Prompt::Slice: label = "Write window to file: "; break;
    case Prompt::ChiselArgs: label = "Chisel arguments: "; break;
    case Prompt::None: break;
  }
  std::string l = label;
  if (int(l.size()) > W_ / 2) l = l.substr(0, l.find(' ')) + ": ";
  put(H_ - 1, 0, l, th_.label);
  std::string t = safe(prompt_text_);
  int room = W_ - int(l.size()) - 1;
  if (room > 0 && int(t.size()) > room) t = t.substr(t.size() - size_t(room));
  put(H_ - 1, int(l.size()), t, A_NORMAL);
  if (mode_ == Mode::Grid) {
    if (auto r = shown()) {
      char b[48];
      std::snprintf(b, sizeof b, " %zu/%zu", visible(*r) ? sel_ + 1 : 0, visible(*r));
      int x = W_ - int(std::strlen(b));
      if (x > int(l.size() + t.size()) + 1) put(H_ - 1, x, b, th_.fpos);
    }
  }
  draw_message();
}

void App::draw_message() {
  if (message_.empty()) return;
  std::string m = " " + safe(message_) + " ";
  if (int(m.size()) > W_) m = m.substr(0, size_t(W_));
  draw_centered(H_ - 2, m, message_error_ ? th_.popup : th_.bar);
}

void App::draw_menu(const std::vector<std::string>& items, const std::string& title, int width) {
  width = std::min(width, W_);
  int rows = std::max(1, H_ - 4);
  attrset(A_NORMAL);
  for (int y = 2; y < H_ - 1; ++y) put(y, 0, std::string(size_t(width), ' '), A_NORMAL);
  put(2, 0, fit(title, size_t(width), false), th_.thead);
  if (menu_sel_ >= items.size()) menu_sel_ = items.empty() ? 0 : items.size() - 1;
  if (menu_sel_ < menu_top_) menu_top_ = menu_sel_;
  if (menu_sel_ >= menu_top_ + size_t(rows)) menu_top_ = menu_sel_ - size_t(rows) + 1;
  for (int i = 0; i < rows && menu_top_ + size_t(i) < items.size(); ++i) {
    size_t k = menu_top_ + size_t(i);
    put(3 + i, 0, fit(safe(items[k]), size_t(width), false), k == menu_sel_ ? th_.selected : A_NORMAL);
  }
  if (items.empty()) put(3, 0, "<NO ACTIONS>", A_NORMAL);
}

void App::draw_view_menu() {
  std::vector<std::string> names;
  for (const auto* v : menu_views_) names.push_back(v->name);
  int w = std::min(24, W_);
  draw_menu(names, "Select View", w);
  if (menu_sel_ < menu_views_.size() && W_ > w + 10) {
    const views::ViewInfo& v = *menu_views_[menu_sel_];
    int x = w, tw = W_ - x;
    for (int y = 2; y < H_ - 1; ++y) put(y, x, std::string(size_t(tw), ' '), A_NORMAL);
    put(2, x, fit(safe(v.name), size_t(tw), false), th_.thead);
    std::string d = safe(v.description);
    int y = 3;
    for (size_t i = 0; i < d.size() && y < H_ - 1; i += size_t(tw), ++y) put(y, x, d.substr(i, size_t(tw)), A_NORMAL);
    for (const auto& t : v.tips) {
      std::string ts = "Tip: " + safe(t);
      for (size_t i = 0; i < ts.size() && y < H_ - 1; i += size_t(tw), ++y) put(y, x, ts.substr(i, size_t(tw)), A_NORMAL);
    }
  }
  draw_bar({{"Enter", "Select"}, {"Esc", "Cancel"}, {"F2", "Close"}}, "");
}

void App::draw_page(const std::vector<std::string>& lines) {
  int rows = std::max(1, H_ - 1);
  if (page_top_ + size_t(rows) > lines.size()) page_top_ = lines.size() > size_t(rows) ? lines.size() - size_t(rows) : 0;
  for (int i = 0; i < rows && page_top_ + size_t(i) < lines.size(); ++i)
    put(i, 0, safe(lines[page_top_ + size_t(i)]), i == 0 && page_top_ == 0 ? th_.label : A_NORMAL);
  draw_bar({{"Esc", "Back"}, {"q", "Quit"}}, "arrows scroll");
}

void App::draw_pane() {
  auto pane = cur_pane();
  std::string kind = chisel_mode_ ? "Chisel" : pane_type_ == views::PaneData::Type::Echo ? "Echo" : "Dig";
  if (chisel_mode_) draw_header("Chisel " + chisel_name_, pane_filter_, &pane_title_);
  else draw_header(kind + " (" + views::to_string(fmt_) + ")", pane_filter_, &pane_title_);
  fill_row(2, th_.lhead);
  int rows = std::max(0, H_ - 4);
  if (!pane) {
    put(2, 0, " " + kind + ": processing...", th_.lhead);
    draw_centered(3 + rows / 2,
                  chisel_mode_               ? "Running chisel..."
                  : s_.progress().live       ? "Collecting Data"
                  : s_.progress().done       ? "Processing..."
                                             : "Loading the capture...",
                  th_.label);
  } else if (!pane->error.empty() && !chisel_mode_) {
    draw_centered(3 + rows / 2, "Invalid filter: " + safe(pane->error), th_.popup);
  } else {
    size_t n = pane->size() > pane_clear_ ? pane->size() - pane_clear_ : 0;
    char b[128];
    std::snprintf(b, sizeof b, " %s  %zu lines%s ", kind.c_str(), n, pane->dropped ? " (truncated)" : "");
    put(2, 0, b, th_.lhead);
    if (n == 0) draw_centered(3 + rows / 2, "No Data For This Selection", th_.label);
    // Live panes stream: on the last line, the selection follows new lines.
    if (s_.live() && !chisel_mode_ && (pane_seen_ == 0 || pane_sel_ + 1 >= pane_seen_)) pane_sel_ = n ? n - 1 : 0;
    pane_seen_ = n;
    if (pane_sel_ >= n) pane_sel_ = n ? n - 1 : 0;
    if (pane_sel_ < pane_top_) pane_top_ = pane_sel_;
    if (rows > 0 && pane_sel_ >= pane_top_ + size_t(rows)) pane_top_ = pane_sel_ - size_t(rows) + 1;
    for (int i = 0; i < rows; ++i) {
      size_t k = pane_top_ + size_t(i);
      if (k >= n) break;
      const views::PaneLine l = pane->line(pane_clear_ + k);
      attr_t a = l.kind == views::PaneLine::ReadHeader ? th_.read : l.kind == views::PaneLine::WriteHeader ? th_.write : A_NORMAL;
      if (k == pane_sel_) {
        a = th_.selected;
        fill_row(3 + i, a);
      }
      put(3 + i, -pane_hscroll_, safe(l.text), a);
    }
  }
  if (prompt_ != Prompt::None) {
    draw_prompt();
    return;
  }
  char pos[64];
  size_t n = pane && pane->size() > pane_clear_ ? pane->size() - pane_clear_ : 0;
  std::snprintf(pos, sizeof pos, "%zu/%zu", n ? pane_sel_ + 1 : 0, n);
  if (chisel_mode_)
    draw_bar({{"F1", "Help"}, {"CTRL+F", "Search"}, {"F3", "Next"}, {"CTRL+G", "Goto"}, {"c", "Clear"}, {"Bak", "Back"}},
             pos);
  else
    draw_bar({{"F1", "Help"}, {"F2", "View As"}, {"CTRL+F", "Search"}, {"F3", "Next"}, {"CTRL+G", "Goto"},
              {"Enter", "Fields"}, {"c", "Clear"}, {"Bak", "Back"}},
             pos);
  draw_message();
}

void App::draw_fields() {
  auto f = s_.fields();
  draw_header("Event fields", pane_filter_, &pane_title_);
  fill_row(2, th_.lhead);
  int rows = std::max(0, H_ - 4);
  if (!f) {
    put(2, 0, " Event fields: processing...", th_.lhead);
  } else {
    put(2, 0, " Event " + std::to_string(f->evnum) + ": " + std::to_string(f->fields.size()) + " fields ", th_.lhead);
    size_t n = f->fields.size();
    if (fields_sel_ >= n) fields_sel_ = n ? n - 1 : 0;
    if (fields_sel_ < fields_top_) fields_top_ = fields_sel_;
    if (rows > 0 && fields_sel_ >= fields_top_ + size_t(rows)) fields_top_ = fields_sel_ - size_t(rows) + 1;
    for (int i = 0; i < rows && fields_top_ + size_t(i) < n; ++i) {
      size_t k = fields_top_ + size_t(i);
      attr_t a = k == fields_sel_ ? th_.selected : A_NORMAL;
      if (k == fields_sel_) fill_row(3 + i, a);
      put(3 + i, 0, safe(f->fields[k].first) + " = " + safe(f->fields[k].second), a);
    }
  }
  draw_bar({{"f", "AddFilter"}, {"Enter", "AddFilter"}, {"Bak", "Back"}}, "");
  draw_message();
}

void App::draw_spectro() {
  draw_header(s_.view().name, s_.filter_text());
  fill_row(2, th_.thead);
  int rows = std::max(1, H_ - 5);
  if (spectro_w_ != W_ || spectro_h_ != rows) {
    spectro_w_ = W_;
    spectro_h_ = rows;
    s_.request_spectrogram(uint32_t(W_), uint32_t(rows));
    // New cells: the cursor stays inside, a first corner no longer means anything.
    sp_x_ = std::clamp(sp_x_, 0, W_ - 1);
    sp_y_ = std::clamp(sp_y_, 0, rows - 1);
    sp_ax_ = sp_ay_ = -1;
  }
  auto sp = s_.spectrogram();
  if (!sp || sp->width != uint32_t(W_) || sp->slices != uint32_t(rows)) {
    put(2, 0, " latency spectrogram: processing...", th_.thead);
    draw_centered(3 + rows / 2, "Processing...", th_.label);
  } else if (!sp->error.empty()) {
    draw_centered(3 + rows / 2, (s_.live() ? "" : "Invalid filter: ") + safe(sp->error), th_.popup);
  } else {
    char b[200];
    double ms = double(sp->slice_ns) / 1e6;
    char slice[32];
    if (ms >= 1000) std::snprintf(slice, sizeof slice, "%.2f s", ms / 1000);
    else std::snprintf(slice, sizeof slice, "%.2f ms", ms);
    std::snprintf(b, sizeof b, " latency spectrogram: %llu calls; a line = %s of the capture, left to right = latency (log), colour = calls",
                  static_cast<unsigned long long>(sp->events), slice);
    put(2, 0, b, th_.thead);
    if (sp->max == 0) draw_centered(3 + rows / 2, "No Data For This Selection (no call latencies)", th_.label);
    static const char kShades[] = " .:-=+*#%@";
    double lm = std::log10(double(sp->max) + 1);
    for (uint32_t y = 0; y < sp->slices; ++y) {
      for (uint32_t x = 0; x < sp->width; ++x) {
        uint32_t c = sp->counts[size_t(y) * sp->width + x];
        if (!c) continue;
        double f = lm > 0 ? std::log10(double(c) + 1) / lm : 0;
        int level = std::clamp(int(f * 9.99), 0, 9);
        if (th_.color) put(3 + int(y), int(x), " ", th_.heat(level));
        else put(3 + int(y), int(x), std::string(1, kShades[std::max(1, level)]), A_NORMAL);
      }
    }
    // The selection: the rectangle from the first corner to the cursor (or
    // the cursor alone), drawn over the counts.
    int x0 = sp_ax_ >= 0 ? std::min(sp_ax_, sp_x_) : sp_x_, x1 = sp_ax_ >= 0 ? std::max(sp_ax_, sp_x_) : sp_x_;
    int y0 = sp_ax_ >= 0 ? std::min(sp_ay_, sp_y_) : sp_y_, y1 = sp_ax_ >= 0 ? std::max(sp_ay_, sp_y_) : sp_y_;
    for (int y = y0; y <= y1 && y < int(sp->slices); ++y)
      for (int x = x0; x <= x1 && x < int(sp->width); ++x) {
        bool edge = y == y0 || y == y1 || x == x0 || x == x1;
        if (edge) mvchgat(3 + y, x, 1, A_REVERSE, 0, nullptr);
      }
  }
  // Axis: 1ns .. 100s, log10 over the width.
  static const char* labels[] = {"1ns", "10ns", "100ns", "1us", "10us", "100us", "1ms", "10ms", "100ms", "1s", "10s", "100s"};
  fill_row(H_ - 2, A_NORMAL);
  for (int d = 0; d < 12; ++d) {
    int x = int(double(d) * W_ / 11.0);
    if (x < W_) put(H_ - 2, std::min(x, W_ - 4), labels[d], th_.label);
  }
  draw_bar({{"Enter", sp_ax_ >= 0 ? "Dig" : "Corner"}, {"Bak", "Back"}, {"F2", "Views"}, {"q", "Quit"}}, "");
  draw_message();
}

void App::draw() {
  erase();
  if (H_ < 4 || W_ < 20) {
    put(0, 0, "terminal too small", A_BOLD);
    refresh();
    return;
  }
  switch (mode_) {
    case Mode::Grid: draw_grid(); break;
    case Mode::Help: draw_page(help_lines()); break;
    case Mode::Legend: draw_page(legend_lines()); break;
    case Mode::ViewMenu:
      draw_grid();
      draw_view_menu();
      break;
    case Mode::SortMenu:
    case Mode::ActionMenu:
    case Mode::FormatMenu:
    case Mode::ChiselMenu:
      if (menu_return_ == Mode::Pane) draw_pane();
      else draw_grid();
      draw_menu(menu_items(),
                mode_ == Mode::SortMenu ? "Sort by" : mode_ == Mode::ActionMenu ? "Actions"
                                                    : mode_ == Mode::ChiselMenu ? "Run Chisel" : "View As",
                mode_ == Mode::ActionMenu ? 34 : mode_ == Mode::ChiselMenu ? std::min(W_, 78) : 22);
      draw_bar({{"Enter", "Select"}, {"Esc", "Cancel"}}, "");
      break;
    case Mode::Pane: draw_pane(); break;
    case Mode::Fields: draw_fields(); break;
    case Mode::Confirm:
      draw_grid();
      draw_centered(H_ / 2, " Run: " + safe(confirm_cmd_) + " ? [y/N] ", th_.popup);
      break;
    case Mode::Spectro: draw_spectro(); break;
  }
  refresh();
}

}  // namespace trowel::tui
