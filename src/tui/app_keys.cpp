// App input: keys and mouse per mode (csysdig-reference.md §3.2-3.5).
#include <algorithm>

#include "tui/app.h"
#include "tui/safe_text.h"

namespace trowel::tui {

namespace {
constexpr int kEsc = 27;
constexpr int kCtrlF = 6;
constexpr int kCtrlG = 7;
bool is_backspace(int ch) { return ch == KEY_BACKSPACE || ch == 127 || ch == 8; }
bool is_enter(int ch) { return ch == '\n' || ch == '\r' || ch == KEY_ENTER; }
int shift_digit(int ch) {
  static const char keys[] = "!@#$%^&*(";
  for (int i = 0; i < 9; ++i)
    if (keys[i] == ch) return i;
  return -1;
}
}  // namespace

void App::clamp_sel(size_t rows) {
  if (rows == 0) {
    sel_ = top_ = 0;
    return;
  }
  if (sel_ >= rows) sel_ = rows - 1;
}

size_t App::base(const views::ViewResult& r) const {
  if (r.table->view().type != views::ViewType::List || list_cleared_view_ != s_.view().id) return 0;
  return std::min(list_cleared_, r.rows());
}

void App::move_sel(long delta) {
  auto r = shown();
  size_t n = r ? visible(*r) : 0;
  if (n == 0) return;
  long s = long(sel_) + delta;
  sel_ = size_t(std::clamp(s, 0L, long(n) - 1));
}

void App::sort_column(int col) {
  auto r = shown();
  if (!r || col < 0 || size_t(col) >= r->columns().size()) return;
  s_.sort_by(col);
  sel_ = top_ = 0;
}

void App::search_next(bool from_next) {
  auto r = shown();
  if (!r || last_search_.empty() || visible(*r) == 0) return;
  size_t b = base(*r);
  long k = r->find_text(last_search_, b + (from_next ? (sel_ + 1) % visible(*r) : sel_));
  if (k >= 0 && size_t(k) < b) k = r->find_text(last_search_, b);
  if (k >= 0 && size_t(k) >= b) k -= long(b);
  else k = -1;
  if (k < 0) {
    message_ = "NOT FOUND";
    message_error_ = true;
    return;
  }
  sel_ = size_t(k);
}

void App::pane_search_next(bool from_next) {
  auto p = cur_pane();
  if (!p || pane_search_.empty()) return;
  size_t n = p->size() > pane_clear_ ? p->size() - pane_clear_ : 0;
  for (size_t k = 0; k < n; ++k) {
    size_t i = (pane_sel_ + (from_next ? 1 : 0) + k) % n;
    if (views::contains_nocase(p->line(pane_clear_ + i).text, pane_search_)) {
      pane_sel_ = i;
      return;
    }
  }
  message_ = "NOT FOUND";
  message_error_ = true;
}

void App::open_pane(views::PaneData::Type type) {
  auto r = shown();
  if (s_.view().type != views::ViewType::Table) {
    message_ = "echo and dig work on table views";
    return;
  }
  if (!r || r->rows() == 0) {
    message_ = "no row selected";
    return;
  }
  chisel_mode_ = false;
  chisel_pane_ = nullptr;
  pane_type_ = type;
  pane_filter_ = s_.row_filter(sel_);
  pane_title_ = s_.row_clause(sel_);
  if (type == views::PaneData::Type::Echo) s_.request_echo(sel_, fmt_);
  else s_.request_dig(sel_, fmt_);
  pane_sel_ = pane_top_ = pane_clear_ = pane_seen_ = 0;
  pane_hscroll_ = 0;
  pane_return_ = Mode::Grid;
  mode_ = Mode::Pane;
}

void App::open_menu(Mode m) {
  menu_return_ = (mode_ == Mode::Pane) ? Mode::Pane : Mode::Grid;
  mode_ = m;
  menu_sel_ = menu_top_ = 0;
  if (m == Mode::ViewMenu) {
    menu_views_ = s_.views_here();
    for (size_t i = 0; i < menu_views_.size(); ++i)
      if (menu_views_[i]->id == s_.view().id) menu_sel_ = i;
  } else if (m == Mode::SortMenu) {
    if (auto r = shown(); r && r->sort_col >= 0) menu_sel_ = size_t(r->sort_col);
  } else if (m == Mode::FormatMenu) {
    menu_sel_ = size_t(fmt_);
  }
}

std::vector<std::string> App::menu_items() const {
  std::vector<std::string> out;
  if (mode_ == Mode::SortMenu) {
    auto r = s_.result();
    if (!r) return out;
    for (size_t c = 0; c < r->columns().size(); ++c) {
      std::string mark = int(c) == r->sort_col ? (r->sort_ascending ? "(^) " : "(V) ") : "    ";
      out.push_back(mark + r->columns()[c].name);
    }
  } else if (mode_ == Mode::ActionMenu) {
    for (const auto& a : s_.view().actions) out.push_back(std::string(1, a.hotkey ? a.hotkey : ' ') + ": " + a.description);
  } else if (mode_ == Mode::FormatMenu) {
    out = {"Dotted ASCII", "Printable ASCII", "Hex"};
  } else if (mode_ == Mode::ChiselMenu) {
    for (const auto& c : chisels_) {
      std::string name = c.name;
      if (name.size() < 18) name.resize(18, ' ');
      out.push_back(name + " " + (c.short_description.empty() ? c.description : c.short_description));
    }
  }
  return out;
}

void App::choose_menu() {
  Mode m = mode_;
  mode_ = menu_return_;
  if (m == Mode::ViewMenu) {
    if (menu_sel_ < menu_views_.size()) {
      const views::ViewInfo* v = menu_views_[menu_sel_];
      if (v->type == views::ViewType::Spectrogram) {
        spectro_return_ = s_.view().id;
        spectro_w_ = spectro_h_ = 0;
              mode_ = Mode::Spectro;
      }
      if (s_.switch_view(v->id)) sel_ = top_ = 0;
      hscroll_ = 0;
    }
  } else if (m == Mode::SortMenu) {
    sort_column(int(menu_sel_));
  } else if (m == Mode::ActionMenu) {
    const auto& acts = s_.view().actions;
    if (menu_sel_ < acts.size()) run_action(acts[menu_sel_]);
  } else if (m == Mode::ChiselMenu) {
    choose_chisel();
  } else if (m == Mode::FormatMenu) {
    fmt_ = views::EchoFormat(std::min<size_t>(menu_sel_, 2));
    if (mode_ == Mode::Pane) s_.request_pane(pane_type_, pane_filter_, fmt_, pane_title_);
    pane_sel_ = pane_top_ = 0;
    pane_clear_ = 0;
  }
}

bool App::menu_key(int ch) {
  size_t n = mode_ == Mode::ViewMenu ? menu_views_.size() : menu_items().size();
  int page = std::max(1, H_ - 4);
  if (ch == KEY_UP && menu_sel_ > 0) --menu_sel_;
  else if (ch == KEY_DOWN && menu_sel_ + 1 < n) ++menu_sel_;
  else if (ch == KEY_PPAGE) menu_sel_ = menu_sel_ > size_t(page) ? menu_sel_ - size_t(page) : 0;
  else if (ch == KEY_NPAGE) menu_sel_ = n ? std::min(n - 1, menu_sel_ + size_t(page)) : 0;
  else if (ch == KEY_HOME) menu_sel_ = 0;
  else if (ch == KEY_END) menu_sel_ = n ? n - 1 : 0;
  else if (is_enter(ch)) choose_menu();
  else if (mode_ == Mode::ChiselMenu && ch > 0x20 && ch < 0x7f) {
    // Typing jumps to the first chisel whose name starts with what was typed.
    chisel_prefix_ += char(ch);
    for (size_t i = 0; i < chisels_.size(); ++i)
      if (chisels_[i].name.compare(0, chisel_prefix_.size(), chisel_prefix_) == 0) {
        menu_sel_ = i;
        break;
      }
  } else if (ch == kEsc || is_backspace(ch) || ch == KEY_F(2) || ch == KEY_F(8) || ch == KEY_F(9) || ch == '>')
    mode_ = menu_return_;  // cancel (unlike csysdig, Esc never switches)
  else if (ch == 'q' || ch == KEY_F(10)) quit_ = true;
  return !quit_;
}

bool App::page_key(int ch) {
  int page = std::max(1, H_ - 2);
  if (ch == KEY_UP) page_top_ = page_top_ ? page_top_ - 1 : 0;
  else if (ch == KEY_DOWN) ++page_top_;
  else if (ch == KEY_PPAGE) page_top_ = page_top_ > size_t(page) ? page_top_ - size_t(page) : 0;
  else if (ch == KEY_NPAGE || ch == ' ') page_top_ += size_t(page);
  else if (ch == KEY_HOME) page_top_ = 0;
  else if (ch == 'q' || ch == KEY_F(10)) quit_ = true;
  else mode_ = Mode::Grid;
  return !quit_;
}

bool App::prompt_key(int ch) {
  Prompt p = prompt_;
  if (ch == KEY_UP || ch == KEY_DOWN || ch == KEY_PPAGE || ch == KEY_NPAGE) {
    if (mode_ == Mode::Grid) move_sel(ch == KEY_UP ? -1 : ch == KEY_DOWN ? 1 : ch == KEY_PPAGE ? -grid_rows() : grid_rows());
    return true;
  }
  if (ch == KEY_F(1)) {
    prompt_ = Prompt::None;
    mode_ = Mode::Help;
    page_top_ = 0;
    return true;
  }
  if (ch == KEY_F(2) && (p == Prompt::Text || p == Prompt::Expr)) {
    if (p == Prompt::Text) {
      s_.set_text_filter("");
      prompt_ = Prompt::Expr;
      prompt_text_ = s_.user_filter();
    } else {
      prompt_ = Prompt::Text;
      prompt_text_ = s_.text_filter();
    }
    return true;
  }
  if (ch == kEsc) {
    if (p == Prompt::Text) s_.set_text_filter("");
    if (p == Prompt::ChiselArgs) message_.clear();
    prompt_ = Prompt::None;
    prompt_text_.clear();
    return true;
  }
  bool finish = is_enter(ch) || (ch == kCtrlF && p == Prompt::Search) || (ch == KEY_F(4) && p == Prompt::Text);
  if (finish) {
    if (p == Prompt::Expr) {
      std::string err;
      if (!s_.set_user_filter(prompt_text_, &err)) {
        message_ = "Invalid sysdig filter: " + err;
        message_error_ = true;
        return true;  // keep editing
      }
      sel_ = top_ = 0;
    } else if (p == Prompt::Slice) {
      write_window_slice(prompt_text_);
    } else if (p == Prompt::PaneSearch) {
      pane_search_ = prompt_text_;
      pane_search_next(false);
    } else if (p == Prompt::ChiselArgs) {
      prompt_ = Prompt::None;
      message_.clear();
      if (chisel_pick_ < chisels_.size()) start_chisel(chisels_[chisel_pick_], prompt_text_);
      return true;
    } else if (p == Prompt::PaneGoto) {
      char* end = nullptr;
      long v = std::strtol(prompt_text_.c_str(), &end, 10);
      if (end && *end == 0 && v > 0) pane_sel_ = size_t(v - 1);
      else if (!prompt_text_.empty()) {
        message_ = "not a line number";
        message_error_ = true;
      }
    }
    prompt_ = Prompt::None;
    return true;
  }
  if (is_backspace(ch)) {
    if (!prompt_text_.empty()) prompt_text_.pop_back();
  } else if (ch >= 0x20 && ch < 0x7f) {
    prompt_text_ += char(ch);
  } else {
    return true;
  }
  if (p == Prompt::Text) {
    s_.set_text_filter(prompt_text_);
    sel_ = top_ = 0;
  } else if (p == Prompt::Search) {
    last_search_ = prompt_text_;
    if (!last_search_.empty()) search_next(false);
  }
  return true;
}

bool App::grid_key(int ch) {
  // View action hotkeys shadow global keys (as in csysdig).
  if (ch > ' ' && ch < 0x7f) {
    for (const auto& a : s_.view().actions)
      if (a.hotkey == ch) {
        run_action(a);
        return true;
      }
  }
  int sd = shift_digit(ch);
  if (sd >= 0) {
    sort_column(sd);
    return true;
  }
  int page = std::max(1, grid_rows() - 1);
  switch (ch) {
    case KEY_UP: move_sel(-1); break;
    case KEY_DOWN: move_sel(1); break;
    case KEY_PPAGE: move_sel(-page); break;
    case KEY_NPAGE: move_sel(page); break;
    case KEY_HOME: sel_ = top_ = 0; break;
    case KEY_END: move_sel(1L << 40); break;
    case KEY_LEFT: hscroll_ = std::max(0, hscroll_ - 4); break;
    case KEY_RIGHT: hscroll_ = std::min(10000, hscroll_ + 4); break;
    case '\n': case '\r': case KEY_ENTER:
      if (s_.view().type != views::ViewType::Table) {
        message_ = "no drill-down from a list view";
      } else if (s_.drill_down(sel_)) {
        sel_ = top_ = 0;
        hscroll_ = 0;
        frozen_ = nullptr;
      } else {
        message_ = "no drill-down from this view";
      }
      break;
    case KEY_BACKSPACE: case 127: case 8:
      if (s_.drill_up()) {
        restore_key_ = s_.take_restore_key();
        sel_ = top_ = 0;
        hscroll_ = 0;
        frozen_ = nullptr;
      }
      break;
    case KEY_F(1): case 'h': case '?': mode_ = Mode::Help; page_top_ = 0; break;
    case KEY_F(2): open_menu(Mode::ViewMenu); break;
    case KEY_F(4): case '\\':
      prompt_ = Prompt::Text;
      prompt_text_ = s_.text_filter();
      break;
    case '/': case kCtrlF:
      prompt_ = Prompt::Search;
      prompt_text_.clear();
      break;
    case KEY_F(3): case 'n': search_next(true); break;
    case KEY_F(5): case 'e': open_pane(views::PaneData::Type::Echo); break;
    case KEY_F(6): case 'd': open_pane(views::PaneData::Type::Dig); break;
    case KEY_F(7): mode_ = Mode::Legend; page_top_ = 0; break;
    case 'C': open_chisel_menu(); break;
    case KEY_F(8): open_menu(Mode::ActionMenu); break;
    case KEY_F(9): case '>': open_menu(Mode::SortMenu); break;
    case KEY_F(12): open_spectro(false); break;
    case KEY_F(24): open_spectro(true); break;
    case 'p':
      paused_ = !paused_;
      frozen_ = paused_ ? s_.result() : nullptr;
      break;
    case 'c': case KEY_DC:
      if (s_.view().type == views::ViewType::List && s_.live()) {
        s_.clear_live_rows();  // the rows themselves go: the scroll-back is bounded
        list_cleared_ = 0;
        sel_ = top_ = 0;
      } else if (s_.view().type == views::ViewType::List) {
        auto r = s_.result();
        list_cleared_ = r ? r->rows() : 0;
        list_cleared_view_ = s_.view().id;
        sel_ = top_ = 0;
      }
      break;
    case 'q': case KEY_F(10): quit_ = true; break;
    default: timeline_key(ch); break;
  }
  return !quit_;
}

bool App::pane_key(int ch) {
  auto p = cur_pane();
  size_t n = p && p->size() > pane_clear_ ? p->size() - pane_clear_ : 0;
  size_t page = size_t(std::max(1, H_ - 5));
  switch (ch) {
    case KEY_UP: if (pane_sel_) --pane_sel_; break;
    case KEY_DOWN: if (pane_sel_ + 1 < n) ++pane_sel_; break;
    case KEY_PPAGE: pane_sel_ = pane_sel_ > page ? pane_sel_ - page : 0; break;
    case KEY_NPAGE: case ' ': pane_sel_ = n ? std::min(n - 1, pane_sel_ + page) : 0; break;
    case KEY_HOME: pane_sel_ = 0; break;
    case KEY_END: pane_sel_ = n ? n - 1 : 0; break;
    case KEY_LEFT: pane_hscroll_ = std::max(0, pane_hscroll_ - 4); break;
    case KEY_RIGHT: pane_hscroll_ += 4; break;
    case KEY_BACKSPACE: case 127: case 8: case kEsc:
      if (chisel_mode_) {
        chisel_mode_ = false;
        chisel_pane_ = nullptr;
      } else {
        s_.clear_pane();
      }
      mode_ = pane_return_;
      if (mode_ == Mode::Spectro) spectro_w_ = spectro_h_ = 0;  // clear_pane dropped it: ask again
      pane_return_ = Mode::Grid;
      break;
    case KEY_F(1): case 'h': case '?': mode_ = Mode::Help; page_top_ = 0; break;
    case KEY_F(2): if (!chisel_mode_) open_menu(Mode::FormatMenu); break;
    case kCtrlF: prompt_ = Prompt::PaneSearch; prompt_text_.clear(); break;
    case '/': case KEY_F(3): case 'n': pane_search_next(true); break;
    case kCtrlG: prompt_ = Prompt::PaneGoto; prompt_text_.clear(); break;
    case 'c': case KEY_DC:
      if (p) pane_clear_ = p->size();
      pane_sel_ = pane_top_ = 0;
      break;
    case '\n': case '\r': case KEY_ENTER:
      if (p && pane_sel_ < n && !chisel_mode_ && s_.live()) {
        message_ = "the field list replays a capture file: not available live (record with -w)";
        message_error_ = true;
      } else if (p && pane_sel_ < n && !chisel_mode_) {
        s_.request_fields(p->line(pane_clear_ + pane_sel_).evnum);
        fields_sel_ = fields_top_ = 0;
        mode_ = Mode::Fields;
      }
      break;
    case 'q': case KEY_F(10): quit_ = true; break;
    default: break;
  }
  return !quit_;
}

bool App::fields_key(int ch) {
  auto f = s_.fields();
  size_t n = f ? f->fields.size() : 0;
  size_t page = size_t(std::max(1, H_ - 5));
  switch (ch) {
    case KEY_UP: if (fields_sel_) --fields_sel_; break;
    case KEY_DOWN: if (fields_sel_ + 1 < n) ++fields_sel_; break;
    case KEY_PPAGE: fields_sel_ = fields_sel_ > page ? fields_sel_ - page : 0; break;
    case KEY_NPAGE: case ' ': fields_sel_ = n ? std::min(n - 1, fields_sel_ + page) : 0; break;
    case KEY_HOME: fields_sel_ = 0; break;
    case KEY_END: fields_sel_ = n ? n - 1 : 0; break;
    case KEY_BACKSPACE: case 127: case 8: case kEsc: mode_ = Mode::Pane; break;
    case 'f': case '\n': case '\r': case KEY_ENTER:
      if (f && fields_sel_ < n) {
        const auto& [field, value] = f->fields[fields_sel_];
        std::string clause = views::make_clause(field, value, views::field_is_string(field));
        std::string nf = s_.user_filter().empty() ? clause : "(" + s_.user_filter() + ") and " + clause;
        std::string err;
        if (s_.set_user_filter(nf, &err)) {
          message_ = "filter: " + nf;
          s_.clear_pane();
          mode_ = Mode::Grid;
          sel_ = top_ = 0;
        } else {
          message_ = "cannot filter on " + field + ": " + err;
          message_error_ = true;
        }
      }
      break;
    case 'q': case KEY_F(10): quit_ = true; break;
    default: break;
  }
  return !quit_;
}

bool App::confirm_key(int ch) {
  mode_ = Mode::Grid;
  if (ch == 'y' || ch == 'Y') exec_command(confirm_cmd_, confirm_wait_);
  else message_ = "cancelled";
  return true;
}

void App::mouse() {
  MEVENT ev;
  if (getmouse(&ev) != OK) return;
  bool click = ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED);
  bool dbl = ev.bstate & BUTTON1_DOUBLE_CLICKED;
  if (!click && !dbl) {
    if (ev.bstate & BUTTON4_PRESSED) handle_key(KEY_UP);
#ifdef BUTTON5_PRESSED
    else if (ev.bstate & BUTTON5_PRESSED) handle_key(KEY_DOWN);
#endif
    return;
  }
  if (ev.bstate & BUTTON1_RELEASED && !(ev.bstate & BUTTON1_CLICKED)) return;
  if (ev.y == H_ - 1 && prompt_ == Prompt::None) {
    for (const auto& b : bar_items_)
      if (ev.x >= b.x0 && ev.x < b.x1) {
        handle_key(b.key);
        return;
      }
    return;
  }
  if (mode_ == Mode::ViewMenu || mode_ == Mode::SortMenu || mode_ == Mode::ActionMenu || mode_ == Mode::FormatMenu ||
      mode_ == Mode::ChiselMenu) {
    int w = mode_ == Mode::ViewMenu ? 24 : mode_ == Mode::ActionMenu ? 34 : mode_ == Mode::ChiselMenu ? std::min(W_, 78) : 22;
    if (ev.x < w && ev.y >= 3) {
      menu_sel_ = menu_top_ + size_t(ev.y - 3);
      if (dbl) choose_menu();
    } else if (ev.x >= w) {
      mode_ = menu_return_;
    }
    return;
  }
  if (mode_ == Mode::Pane) {
    if (ev.y >= 3 && ev.y < H_ - 1) {
      pane_sel_ = pane_top_ + size_t(ev.y - 3);
      if (dbl) pane_key('\n');
    }
    return;
  }
  if (mode_ == Mode::Spectro) {
    if (ev.y >= 3 && ev.y < 3 + spectro_h_ && ev.x >= 0 && ev.x < spectro_w_) {
      sp_x_ = ev.x;
      sp_y_ = ev.y - 3;
      spectro_corner();
    }
    return;
  }
  if (mode_ != Mode::Grid) return;
  if (ev.y == 1 && filter_x0_ >= 0 && ev.x >= filter_x0_) {
    prompt_ = Prompt::Expr;
    prompt_text_ = s_.user_filter();
    return;
  }
  auto r = shown();
  if (!r) return;
  const int hy = grid_head_y();
  if (ev.y == hy) {
    int x = 0, vx = ev.x + hscroll_;
    const auto& cols = r->columns();
    for (size_t c = 0; c < cols.size(); ++c) {
      int w = cols[c].width > 0 ? cols[c].width : 1 << 20;
      if (vx >= x && vx <= x + w) {
        sort_column(int(c));
        return;
      }
      x += w + 1;
    }
    return;
  }
  if (ev.y > hy && ev.y < H_ - 1) {
    size_t row = top_ + size_t(ev.y - hy - 1);
    if (row < visible(*r)) {
      sel_ = row;
      if (dbl) handle_key('\n');
    }
  }
}

bool App::handle_key(int ch) {
  if (ch == KEY_RESIZE) {
    on_resize();
    return true;
  }
  if (ch != KEY_MOUSE) {
    message_.clear();
    message_error_ = false;
  }
  if (ch == KEY_MOUSE) {
    mouse();
    return !quit_;
  }
  if (prompt_ != Prompt::None) return prompt_key(ch);
  switch (mode_) {
    case Mode::Grid: return grid_key(ch);
    case Mode::Help: case Mode::Legend: return page_key(ch);
    case Mode::ViewMenu: case Mode::SortMenu: case Mode::ActionMenu: case Mode::FormatMenu: case Mode::ChiselMenu:
      return menu_key(ch);
    case Mode::Pane: return pane_key(ch);
    case Mode::Fields: return fields_key(ch);
    case Mode::Confirm: return confirm_key(ch);
    case Mode::Spectro: return spectro_key(ch);
  }
  return !quit_;
}

bool App::spectro_key(int ch) {
  const int w = std::max(1, spectro_w_), h = std::max(1, spectro_h_);
  switch (ch) {
    case KEY_LEFT: sp_x_ = std::max(0, sp_x_ - 1); break;
    case KEY_RIGHT: sp_x_ = std::min(w - 1, sp_x_ + 1); break;
    case KEY_UP: sp_y_ = std::max(0, sp_y_ - 1); break;
    case KEY_DOWN: sp_y_ = std::min(h - 1, sp_y_ + 1); break;
    case KEY_PPAGE: sp_y_ = std::max(0, sp_y_ - 10); break;
    case KEY_NPAGE: sp_y_ = std::min(h - 1, sp_y_ + 10); break;
    case KEY_HOME: sp_x_ = 0; break;
    case KEY_END: sp_x_ = w - 1; break;
    case '\n': case '\r': case KEY_ENTER: case ' ': spectro_corner(); break;
    case 'q': case KEY_F(10): quit_ = true; break;
    case KEY_F(2):
      back_from_spectro();
      open_menu(Mode::ViewMenu);
      break;
    default:
      if (!is_backspace(ch) && ch != kEsc) break;
      if (sp_ax_ >= 0) sp_ax_ = sp_ay_ = -1;  // drop the first corner first
      else back_from_spectro();
      break;
  }
  return !quit_;
}

}  // namespace trowel::tui
