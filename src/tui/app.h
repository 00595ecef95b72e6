// App: the TUI's state machine and screen (private to src/tui). One thread
// owns curses; the session's threads only wake it through a pipe.
//
// Screen rows: 0 "Viewing: … For: …" (PAUSED centred), 1 "Source: … Filter:
// …", 2 column headers (or the pane's bar), 3..H-2 the grid / pane / menus,
// H-1 the function-key bar with the selection position, or a prompt line.
// Everything from the capture goes through safe() before it is drawn.
#pragma once
#include <curses.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <string>
#include <vector>

#include "lua/chisel.h"
#include "tui/tui.h"
#include "views/session.h"

namespace trowel::tui {

enum class Mode { Grid, Help, Legend, ViewMenu, SortMenu, ActionMenu, FormatMenu, ChiselMenu, Pane, Fields, Confirm, Spectro };
enum class Prompt { None, Text, Expr, Search, PaneSearch, PaneGoto, Slice, ChiselArgs };

struct Theme {
  attr_t label = A_BOLD, paused = A_BOLD, thead = A_REVERSE, thead_sort = A_REVERSE | A_BOLD | A_UNDERLINE,
         lhead = A_REVERSE, lhead_sort = A_REVERSE | A_BOLD | A_UNDERLINE, selected = A_REVERSE,
         fkey = A_REVERSE, fpos = A_BOLD, read = A_BOLD, write = A_UNDERLINE, popup = A_REVERSE | A_BOLD,
         banner = A_REVERSE | A_BOLD, bar = A_REVERSE, hot = A_BOLD;
  bool color = false;
  attr_t heat(int level) const;  // spectrogram: 0..9
};

struct BarItem {
  int x0, x1;
  int key;
};

class App {
 public:
  App(views::Session& s, const views::ViewRegistry& reg, const TuiOptions& o, int wake_fd);
  ~App();  // waits for a running chisel
  // Waits for a running chisel (before the wake pipe is closed).
  void finish_background();
  // The pipe end a background job (a chisel) writes to so the loop redraws.
  void set_wake_writer(int fd) { wake_write_fd_ = fd; }
  // Returns false when the user quits.
  bool handle_key(int ch);
  void draw();
  void on_resize();
  bool quitting() const { return quit_; }

 private:
  // drawing (app_draw.cpp)
  void put(int y, int x, std::string_view text, attr_t a, int maxw = -1);
  void put_safe(int y, int x, std::string_view raw, attr_t a, int maxw = -1);
  void fill_row(int y, attr_t a);
  void draw_header(const std::string& title, const std::string& filter, const std::string* for_text = nullptr);
  void draw_grid();
  void draw_bar(const std::vector<std::pair<std::string, std::string>>& items, const std::string& right);
  void draw_grid_bar();
  void draw_prompt();
  void draw_message();
  void draw_menu(const std::vector<std::string>& items, const std::string& title, int width);
  void draw_view_menu();
  void draw_page(const std::vector<std::string>& lines);
  void draw_pane();
  void draw_fields();
  void draw_spectro();
  void draw_progress(int y);
  void draw_centered(int y, const std::string& text, attr_t a);

  // keys (app_keys.cpp)
  bool grid_key(int ch);
  bool prompt_key(int ch);
  bool menu_key(int ch);
  bool page_key(int ch);
  bool pane_key(int ch);
  bool fields_key(int ch);
  bool spectro_key(int ch);
  void spectro_corner();  // Enter or a click: first corner, then the dig of the rectangle
  bool confirm_key(int ch);
  void mouse();
  void move_sel(long delta);
  void open_pane(views::PaneData::Type type);
  void open_menu(Mode m);
  void choose_menu();
  void run_action(const views::ViewAction& a);
  void exec_command(const std::string& cmd, bool wait);
  void sort_column(int col);
  void search_next(bool from_next);
  void pane_search_next(bool from_next);
  void open_spectro(bool files);
  void back_from_spectro();
  // chisels (app_chisel.cpp)
  void open_chisel_menu();
  void choose_chisel();
  void start_chisel(const lua::ChiselInfo& info, const std::string& args);
  // The pane shown: the chisel's output while a chisel pane is open, else the session's.
  std::shared_ptr<const views::PaneData> cur_pane();
  std::vector<std::string> help_lines() const;
  std::vector<std::string> legend_lines() const;
  std::vector<std::string> menu_items() const;
  // time window and timeline strip (timeline_keys.cpp)
  bool timeline_key(int ch);
  void refresh_timeline();
  void draw_timeline(int y);
  void write_window_slice(const std::string& path);

  std::shared_ptr<const views::ViewResult> shown();
  int grid_rows() const { return std::max(0, H_ - 4); }
  // The grid's column-header row: 2, or 3 below the timeline strip.
  int grid_head_y() const { return strip_ ? 3 : 2; }
  void clamp_sel(size_t rows);
  // List views: rows hidden by 'c' (the first ones); the UI's row i is base + i.
  size_t base(const views::ViewResult& r) const;
  size_t visible(const views::ViewResult& r) const { return r.rows() - base(r); }

  views::Session& s_;
  const views::ViewRegistry& reg_;
  TuiOptions opts_;
  int wake_fd_;
  Theme th_;
  int H_ = 24, W_ = 80;
  Mode mode_ = Mode::Grid;
  Mode menu_return_ = Mode::Grid;
  Prompt prompt_ = Prompt::None;
  std::string prompt_text_;
  std::string message_;
  bool message_error_ = false;
  bool quit_ = false;

  // grid
  size_t sel_ = 0, top_ = 0;
  int hscroll_ = 0;
  std::string restore_key_;
  std::string last_search_;
  bool paused_ = false;
  std::shared_ptr<const views::ViewResult> frozen_;
  std::shared_ptr<const views::ViewResult> last_;
  // Live: the result last drawn and its selected row's key (kept across ticks).
  std::shared_ptr<const views::ViewResult> sel_result_;
  std::string sel_key_;
  bool sel_last_ = false;
  size_t list_cleared_ = 0;   // list views: rows hidden by 'c'
  std::string list_cleared_view_;
  std::vector<BarItem> bar_items_;
  int filter_x0_ = -1;        // where the filter text starts on row 1

  // menus / pages
  size_t menu_sel_ = 0, menu_top_ = 0;
  std::vector<const views::ViewInfo*> menu_views_;
  size_t page_top_ = 0;

  // panes
  views::PaneData::Type pane_type_ = views::PaneData::Type::Dig;
  views::EchoFormat fmt_ = views::EchoFormat::Dotted;
  std::string pane_filter_, pane_title_;
  size_t pane_sel_ = 0, pane_top_ = 0, pane_clear_ = 0;
  size_t pane_seen_ = 0;  // lines at the last draw (live panes follow new lines)
  int pane_hscroll_ = 0;
  std::string pane_search_;
  size_t fields_sel_ = 0, fields_top_ = 0;

  // spectrogram
  std::string spectro_return_;
  int spectro_w_ = 0, spectro_h_ = 0;  // dimensions last requested
  // Selection: the cursor cell (column = latency bucket, row = time slice)
  // and the first corner of the rectangle (sp_ax_ < 0: none yet).
  int sp_x_ = 0, sp_y_ = 0, sp_ax_ = -1, sp_ay_ = -1;
  Mode pane_return_ = Mode::Grid;  // where Backspace leaves a pane for

  // timeline strip (drawn above the key bar when strip_)
  bool strip_ = false;
  size_t strip_cur_ = 0;
  std::shared_ptr<const views::Timeline> strip_data_;
  std::string strip_key_;  // what strip_data_ was computed for
  std::chrono::steady_clock::time_point strip_at_;  // when it was computed

  // chisel pane (C). The worker thread writes chisel_out_ under chisel_mu_
  // and wakes the loop; only the UI thread reads chisel_pane_/chisel_mode_.
  // At most one chisel runs at a time (the runner is not reentrant).
  bool chisel_mode_ = false;           // the pane shows chisel output
  std::vector<lua::ChiselInfo> chisels_;  // picker entries, sorted by name
  size_t chisel_pick_ = 0;
  std::string chisel_prefix_;          // typed in the picker (jumps to a name)             // chosen entry awaiting its arguments
  std::string chisel_name_;
  std::shared_ptr<const views::PaneData> chisel_pane_;
  std::mutex chisel_mu_;
  std::shared_ptr<const views::PaneData> chisel_out_;  // (chisel_mu_)
  bool chisel_running_ = false;        // (chisel_mu_)
  std::thread chisel_thread_;
  int wake_write_fd_ = -1;

  // confirm
  std::string confirm_cmd_;
  bool confirm_wait_ = true;
};

}  // namespace trowel::tui
