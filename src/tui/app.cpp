// App set-up, the event loop (poll on the terminal and the session's wake
// pipe: no busy loop, ~0 CPU when idle), colours, help/legend pages,
// actions and the spectrogram switch.
#include "tui/app.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "tui/safe_text.h"
#include "views/session_actions.h"

namespace trowel::tui {

namespace {
volatile sig_atomic_t g_stop = 0;
void on_signal(int) { g_stop = 1; }

// SIGWINCH: wake the poll() through the pipe, then let ncurses' own handler
// record the resize (getch() then returns KEY_RESIZE). Without the wake a
// resize arriving outside poll() would wait for the next key.
int g_winch_fd = -1;
struct sigaction g_old_winch {};
void on_winch(int sig) {
  int saved = errno;
  char b = 2;
  if (g_winch_fd >= 0) {
    ssize_t n = write(g_winch_fd, &b, 1);
    (void)n;
  }
  if (g_old_winch.sa_flags & SA_SIGINFO) {
    if (g_old_winch.sa_sigaction) g_old_winch.sa_sigaction(sig, nullptr, nullptr);
  } else if (g_old_winch.sa_handler != SIG_DFL && g_old_winch.sa_handler != SIG_IGN) {
    g_old_winch.sa_handler(sig);
  }
  errno = saved;
}
}  // namespace

App::App(views::Session& s, const views::ViewRegistry& reg, const TuiOptions& o, int wake_fd)
    : s_(s), reg_(reg), opts_(o), wake_fd_(wake_fd) {
  bool color = !o.monochrome && has_colors() && !std::getenv("NO_COLOR");
  if (color && start_color() == OK) {
    use_default_colors();
    th_.color = true;
    init_pair(1, COLOR_CYAN, -1);
    init_pair(2, COLOR_RED, -1);
    init_pair(3, COLOR_BLACK, COLOR_GREEN);
    init_pair(4, COLOR_BLACK, COLOR_CYAN);
    init_pair(5, COLOR_BLACK, COLOR_YELLOW);
    init_pair(6, COLOR_RED, COLOR_CYAN);
    init_pair(7, COLOR_WHITE, COLOR_RED);
    static const short heat[10] = {COLOR_GREEN, COLOR_GREEN, COLOR_GREEN, COLOR_YELLOW, COLOR_YELLOW,
                                   COLOR_YELLOW, COLOR_RED, COLOR_RED, COLOR_MAGENTA, COLOR_MAGENTA};
    for (int i = 0; i < 10; ++i) init_pair(short(20 + i), COLOR_BLACK, heat[i]);
    th_.label = COLOR_PAIR(1) | A_BOLD;
    th_.paused = COLOR_PAIR(2) | A_BOLD;
    th_.thead = COLOR_PAIR(3);
    th_.thead_sort = COLOR_PAIR(4);
    th_.lhead = COLOR_PAIR(5);
    th_.lhead_sort = COLOR_PAIR(3);
    th_.selected = COLOR_PAIR(4);
    th_.fkey = COLOR_PAIR(4);
    th_.fpos = COLOR_PAIR(1);
    th_.read = COLOR_PAIR(2);
    th_.write = COLOR_PAIR(1);
    th_.popup = COLOR_PAIR(6);
    th_.banner = COLOR_PAIR(7) | A_BOLD;
    th_.bar = COLOR_PAIR(5);
  }
  on_resize();
}

void App::on_resize() {
  getmaxyx(stdscr, H_, W_);
  clearok(curscr, TRUE);  // repaint everything: the terminal may have reflowed
  if (H_ < 1) H_ = 1;
  if (W_ < 1) W_ = 1;
}

std::vector<std::string> App::help_lines() const {
  return {
      std::string("trowel - keys (csysdig compatible)   ") +
          (th_.color ? "Colours: on (NO_COLOR=1 or --no-color turns them off)" : "Colours: off"),
      "",
      "  Arrows, PgUp/PgDn, Home/End   move the selection",
      "  Left/Right                    scroll horizontally",
      "  Enter                         drill down into the selected row",
      "  Backspace                     back to the previous view (sort and selection restored)",
      "  F1 h ?                        this help",
      "  F2                            pick a view (only those that apply here; Esc cancels)",
      "  F4 \\                          filter: free text; F2 in the line switches to a sysdig filter",
      "  / CTRL+F                      search; F3 or n: next match",
      "  F5 e                          echo: the selected row's read/write data",
      "  F6 d                          dig: the selected row's events",
      "  F7                            legend of this view",
      "  C                             run a chisel on the selection (pick one; output in a pane)",
      "  F8                            actions of this view (or their hotkeys)",
      "  F9 >                          sort menu; Shift+1..9 sort by column 1..9 (again: flip)",
      "  F12                           latency spectrogram of the selection; in it, Enter (or a",
      "                                click) at two corners digs into that time x latency rectangle",
      "  p                             pause / resume updates",
      "  c Del                         clear a list view",
      "  q F10                         quit",
      "",
      "Time window (views, drill-down, echo and dig then cover only it; man trowel):",
      "  T strip of events/errors  { } its cursor  I O mark in/out  - = move  _ + size",
      "  . , step to the next/previous interval  X clear  W write the window as a slice",
      "",
      "Echo/dig panes: arrows/PgUp/PgDn/Home/End scroll, Left/Right scroll sideways,",
      "  F2 View As (Dotted ASCII / Printable ASCII / Hex), CTRL+F search, F3 / n next,",
      "  CTRL+G go to line, c clear, Enter: the fields of the line's event,",
      "  Backspace back. In the field list, Enter or f adds field=value to the filter.",
      "Chisel pane (C): the chisel's text output (or its one-line error), scrolled and",
      "  searched as the echo/dig panes; Backspace/Esc back.",
      "",
      "Mouse: click a header to sort, a row to select, double-click to drill down,",
      "  click the function bar or the filter text (to edit it).",
      has_mouse() ? "  (mouse input is on in this terminal)"
                  : "  (this terminal reports no mouse support (TERM): use the keys)",
  };
}

std::vector<std::string> App::legend_lines() const {
  const views::ViewInfo& v = s_.view();
  std::vector<std::string> out = {v.name, "", v.description, ""};
  if (!v.tips.empty()) {
    out.push_back("Tips:");
    for (const auto& t : v.tips) out.push_back("  " + t);
    out.push_back("");
  }
  out.push_back("Columns:");
  for (const auto& c : v.columns)
    if (!c.is_key && !c.is_groupby_key) out.push_back("  " + c.name + ": " + c.description);
  out.push_back("");
  out.push_back("ID: " + v.id);
  out.push_back("Filter: " + (v.filter.empty() ? std::string("none") : v.filter));
  if (!v.actions.empty()) {
    out.push_back("");
    out.push_back("Action Hotkeys:");
    for (const auto& a : v.actions)
      out.push_back(std::string("  ") + (a.hotkey ? a.hotkey : ' ') + ": " + a.description + " (" + a.command + ")");
  }
  return out;
}

// F12 (spectro_all) / Shift+F12 (spectro_file): the spectrogram of the
// selected row, as a drill-down level (Backspace comes back to the row); of
// the current selection when the view has no key (lists).
void App::open_spectro(bool files) {
  if (s_.live()) {
    message_ = "the spectrogram replays a capture file: not available live (record with -w)";
    message_error_ = true;
    return;
  }
  const views::ViewInfo* target = reg_.find(files ? "spectro_file" : "spectro_all");
  if (!target)
    for (const auto& v : reg_.views())
      if (v.type == views::ViewType::Spectrogram && !target) target = &v;
  if (!target) {
    message_ = "no spectrogram view is installed";
    return;
  }
  auto r = shown();
  bool drilled = r && visible(*r) > 0 && views::DrillDown::drill_key_column(s_.view()) >= 0 &&
                 s_.drill_down_to(base(*r) + sel_, target->id);
  spectro_return_ = drilled ? "" : s_.view().id;
  if (!drilled) s_.switch_view(target->id);
  frozen_ = nullptr;
  spectro_w_ = spectro_h_ = 0;  // draw_spectro asks for it at the screen's size
  sp_x_ = W_ / 2;
  sp_y_ = 0;
  sp_ax_ = sp_ay_ = -1;
  mode_ = Mode::Spectro;
}

void App::spectro_corner() {
  if (sp_ax_ < 0) {
    sp_ax_ = sp_x_;
    sp_ay_ = sp_y_;
    message_ = "first corner set: Enter (or a click) at the opposite corner digs into the rectangle";
    return;
  }
  auto sp = s_.spectrogram();
  if (!sp || !sp->error.empty() || sp->width != uint32_t(spectro_w_) || sp->slices != uint32_t(spectro_h_)) {
    message_ = "the spectrogram is still being computed";
    return;
  }
  std::string sel = views::spectrogram_selection_filter(*sp, uint32_t(sp_ay_), uint32_t(sp_y_), uint32_t(sp_ax_),
                                                        uint32_t(sp_x_));
  std::string base = s_.filter_text();
  chisel_mode_ = false;
  chisel_pane_ = nullptr;
  pane_type_ = views::PaneData::Type::LatencyDig;
  pane_filter_ = base.empty() ? sel : "(" + base + ") and " + sel;
  pane_title_ = "spectrogram selection";
  s_.request_pane(pane_type_, pane_filter_, fmt_, pane_title_);
  pane_sel_ = pane_top_ = pane_clear_ = pane_seen_ = 0;
  pane_hscroll_ = 0;
  sp_ax_ = sp_ay_ = -1;
  pane_return_ = Mode::Spectro;
  mode_ = Mode::Pane;
}

void App::back_from_spectro() {
  if (spectro_return_.empty()) {
    if (s_.drill_up()) restore_key_ = s_.take_restore_key();
  } else {
    s_.switch_view(spectro_return_);
  }
  spectro_return_.clear();
  s_.clear_pane();
  mode_ = Mode::Grid;
}

void App::run_action(const views::ViewAction& a) {
  auto r = shown();
  if (!r || visible(*r) == 0) {
    message_ = "no row selected";
    return;
  }
  size_t row = base(*r) + sel_;
  const views::ViewInfo& v = s_.view();
  int key = views::DrillDown::drill_key_column(v);
  auto value_of = [&](std::string_view field) -> std::optional<std::string> {
    const auto& cols = r->columns();
    for (size_t c = 0; c < cols.size(); ++c)
      if (cols[c].field == field) return r->cell_text(row, c);
    if (key >= 0 && views::substitute_depth(v.columns[size_t(key)].field, s_.drilldown().depth()) == field)
      return r->key_text(row);
    return std::nullopt;
  };
  views::ActionPlan plan = views::plan_action(a, value_of, s_.source().live());
  if (!plan.allowed) {
    message_ = plan.why;
    message_error_ = true;
    return;
  }
  if (a.ask_confirmation) {
    confirm_cmd_ = plan.command;
    confirm_wait_ = a.wait_finish;
    mode_ = Mode::Confirm;
    return;
  }
  exec_command(plan.command, a.wait_finish);
}

void App::exec_command(const std::string& cmd, bool wait) {
  def_prog_mode();
  endwin();
  std::printf("$ %s\n", safe(cmd).c_str());
  std::fflush(stdout);
  // Ctrl+C stops the command, not trowel: ignored here while it runs, the
  // default in the child.
  struct sigaction ign{}, old_int{}, old_quit{};
  ign.sa_handler = SIG_IGN;
  sigaction(SIGINT, &ign, &old_int);
  sigaction(SIGQUIT, &ign, &old_quit);
  pid_t pid = fork();
  if (pid == 0) {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGQUIT, SIG_DFL);
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  if (pid > 0)
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGQUIT, &old_quit, nullptr);
  if (wait) {
    std::printf("\n[exit status %d] press Enter to return to trowel", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    std::fflush(stdout);
    int c;
    while ((c = std::getchar()) != '\n' && c != EOF) {
    }
  }
  reset_prog_mode();
  refresh();
}

int run_tui(const views::ViewRegistry& registry, std::unique_ptr<views::EventSource> source,
            const TuiOptions& options) {
  const views::ViewInfo* start = options.view.empty() ? registry.find("procs") : registry.find(options.view);
  if (!start && options.view.empty()) start = registry.root();
  if (!start) {
    if (options.view.empty()) std::fprintf(stderr, "trowel: no root view found; use -v VIEW\n");
    else std::fprintf(stderr, "trowel: unknown view '%s' (see trowel --list-views)\n", options.view.c_str());
    return 2;
  }
  if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
    std::fprintf(stderr, "trowel: the interactive UI needs a terminal; use --raw, --csv or -j for text output\n");
    return 2;
  }
  int pipefd[2];
  if (pipe2(pipefd, O_NONBLOCK | O_CLOEXEC) != 0) {
    std::fprintf(stderr, "trowel: pipe: %s\n", std::strerror(errno));
    return 1;
  }
  views::Session session(registry, std::move(source), options.cmdline_filter);
  session.set_interval_ms(options.interval_ms);
  session.set_on_change([fd = pipefd[1]] {
    char b = 1;
    ssize_t n = write(fd, &b, 1);
    (void)n;
  });

  std::setlocale(LC_ALL, "");
  SCREEN* screen = newterm(nullptr, stdout, stdin);
  // An unknown TERM (no terminfo entry): fall back to xterm, as csysdig does.
  if (!screen) screen = newterm("xterm", stdout, stdin);
  if (!screen) {
    const char* term = std::getenv("TERM");
    std::fprintf(stderr, "trowel: cannot open the terminal (TERM=%s)\n", term ? term : "");
    return 2;
  }
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  g_winch_fd = pipefd[1];
  struct sigaction winch {};
  winch.sa_handler = on_winch;
  sigemptyset(&winch.sa_mask);
  sigaction(SIGWINCH, &winch, &g_old_winch);
  cbreak();
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  nodelay(stdscr, TRUE);
  curs_set(0);
  set_escdelay(25);
  mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
                | BUTTON5_PRESSED
#endif
            ,
            nullptr);
  mouseinterval(300);

  std::string err;
  App app(session, registry, options, pipefd[0]);
  app.set_wake_writer(pipefd[1]);
  if (!session.start(start->id, &err)) {
    endwin();
    std::fprintf(stderr, "trowel: %s\n", err.c_str());
    return 2;
  }
  while (!app.quitting() && !g_stop) {
    app.draw();
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {pipefd[0], POLLIN, 0}};
    int rc = poll(fds, 2, -1);
    if (rc < 0 && errno != EINTR) break;
    if (fds[1].revents & POLLIN) {
      char buf[256];
      while (read(pipefd[0], buf, sizeof buf) > 0) {
      }
    }
    int ch;
    while ((ch = getch()) != ERR) {
      if (!app.handle_key(ch)) break;
    }
    if (fds[0].revents & (POLLHUP | POLLERR)) break;
  }
  sigaction(SIGWINCH, &g_old_winch, nullptr);
  g_winch_fd = -1;
  endwin();
  delscreen(screen);
  app.finish_background();
  close(pipefd[0]);
  close(pipefd[1]);
  // As the text forms do: a truncated capture is a warning (status 0), a
  // corrupt or unreadable one an error (status 1), one line on stderr.
  views::LoadProgress p = session.progress();
  if (p.done && p.end != views::SourceEnd::Complete && p.end != views::SourceEnd::Stopped) {
    std::fprintf(stderr, "trowel: %s\n", p.message.c_str());
    if (p.end != views::SourceEnd::Truncated) return 1;
  }
  return 0;
}

}  // namespace trowel::tui
