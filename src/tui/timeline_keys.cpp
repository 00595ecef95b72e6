// The timeline strip and the time-window keys (issue 8; none of them is a
// view action hotkey or a csysdig key): drawing the strip under the header
// (row 2; the grid then starts a row lower), its cursor, mark in/out, move,
// resize, step, clear, and writing the window as a slice file. The window
// itself lives in the Session.
#include <langinfo.h>

#include <algorithm>
#include <chrono>
#include <cstring>

#include "capture/capture_error.h"
#include "capture/capture_reader.h"
#include "capture/capture_writer.h"
#include "record/slice.h"
#include "tui/app.h"
#include "tui/safe_text.h"

namespace trowel::tui {

namespace {

bool utf8_locale() {
  const char* cs = nl_langinfo(CODESET);
  return cs && (std::strcmp(cs, "UTF-8") == 0 || std::strcmp(cs, "utf8") == 0);
}

}  // namespace

void App::refresh_timeline() {
  if (!strip_) return;
  views::LoadProgress p = s_.progress();
  std::string key = s_.view().id + '\x1f' + s_.drilldown().complete_filter() + '\x1f' + s_.user_filter() + '\x1f' +
                    std::to_string(W_) + '\x1f' + std::to_string(p.events);
  if (strip_data_ && key == strip_key_) return;
  // Each computation replays the loaded events on this thread: while the
  // capture is still loading, at most once a second.
  auto now = std::chrono::steady_clock::now();
  if (strip_data_ && !p.done && now - strip_at_ < std::chrono::seconds(1)) return;
  strip_at_ = now;
  strip_key_ = key;
  strip_data_ = s_.compute_timeline_now(uint32_t(std::max(1, W_)));
  strip_cur_ = std::min(strip_cur_, strip_data_->counts.empty() ? 0 : strip_data_->counts.size() - 1);
}

void App::draw_timeline(int y) {
  if (!strip_ || !strip_data_) return;
  const views::Timeline& t = *strip_data_;
  fill_row(y, A_NORMAL);
  if (!t.error.empty()) {
    put(y, 0, "Timeline: " + safe(t.error), th_.popup);
    return;
  }
  static const char* kBlocks[] = {" ", "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
                                  "\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88"};
  static const char kAscii[] = " .:-=+*#%@";
  bool fancy = th_.color && utf8_locale();
  const views::TimeWindow& w = s_.window();
  for (size_t b = 0; b < t.counts.size() && int(b) < W_; ++b) {
    uint32_t c = t.counts[b];
    std::string cell;
    if (fancy) {
      int lvl = c == 0 ? 0 : 1 + int(uint64_t(c) * 7 / std::max<uint32_t>(t.max, 1));
      cell = kBlocks[std::min(lvl, 8)];
    } else {
      // ASCII: the level, or '!' where at least half the events failed.
      int lvl = c == 0 ? 0 : 1 + int(uint64_t(c) * 8 / std::max<uint32_t>(t.max, 1));
      cell = std::string(1, uint64_t(t.errors[b]) * 2 >= c && c ? '!' : kAscii[std::min(lvl, 9)]);
    }
    attr_t a = A_NORMAL;
    if (t.errors[b]) a = th_.color ? (COLOR_PAIR(2) | A_BOLD) : A_BOLD;
    uint64_t bs = t.bucket_start(b);
    if (w.active() && bs + t.bucket_ns > w.from && bs < w.to) a |= A_UNDERLINE;
    if (b == strip_cur_) a |= A_REVERSE;
    put(y, int(b), cell, a, fancy ? 8 : 1);
  }
}

bool App::timeline_key(int ch) {
  // The timeline and the window replay the stored capture; live, nothing is
  // stored (memory stays bounded).
  if (s_.live()) {
    static constexpr std::string_view kKeys = "T{}IO-=_+.,XW";
    if (ch <= 0 || ch > 127 || kKeys.find(char(ch)) == std::string_view::npos) return false;
    message_ = "the timeline and time window need a capture file: not available live (record with -w)";
    message_error_ = true;
    return true;
  }
  views::TimeExtent ext = s_.extent();
  views::TimeWindow w = s_.window();
  auto cursor_time = [&](bool end) {
    if (!strip_data_ || strip_data_->counts.empty()) return end ? ext.end() : ext.first;
    uint64_t t = strip_data_->bucket_start(strip_cur_) + (end ? strip_data_->bucket_ns : 0);
    return std::min(t, ext.end());
  };
  uint64_t step = strip_data_ ? strip_data_->bucket_ns : std::max<uint64_t>(1, (ext.end() - ext.first) / 80);
  switch (ch) {
    case 'T':
      strip_ = !strip_;
      if (strip_) refresh_timeline();
      return true;
    case '{':
      if (strip_cur_) --strip_cur_;
      return true;
    case '}':
      if (strip_data_ && strip_cur_ + 1 < strip_data_->counts.size()) ++strip_cur_;
      return true;
    case 'I': w = views::mark_in(w, cursor_time(false), ext); break;
    case 'O': w = views::mark_out(w, cursor_time(true), ext); break;
    case '-': w = views::move_window(w, -int64_t(step), ext); break;
    case '=': w = views::move_window(w, int64_t(step), ext); break;
    case '_': w = views::resize_window(w, -int64_t(step), ext); break;
    case '+': w = views::resize_window(w, int64_t(step), ext); break;
    case '.': w = views::step_window(w, 1, ext); break;
    case ',': w = views::step_window(w, -1, ext); break;
    case 'X': w = views::TimeWindow{}; break;
    case 'W':
      if (!s_.window().active()) {
        message_ = "No window: mark one with I and O first";
        message_error_ = true;
        return true;
      }
      prompt_ = Prompt::Slice;
      prompt_text_.clear();
      return true;
    default: return false;
  }
  if (!(w == s_.window())) {
    s_.set_window(w);
    sel_ = top_ = 0;
    if (strip_data_ && w.active()) strip_cur_ = strip_data_->bucket_of(w.from);
  }
  return true;
}

void App::write_window_slice(const std::string& path) {
  views::TimeWindow w = s_.window();
  if (path.empty() || !w.active()) return;
  record::SliceOptions o;
  o.from.kind = record::TimePoint::Kind::Epoch;
  o.from.value = w.from;
  o.to.kind = record::TimePoint::Kind::Epoch;
  o.to.value = w.to;
  std::string f = s_.drilldown().complete_filter();
  if (!s_.user_filter().empty()) f = f.empty() ? s_.user_filter() : "(" + f + ") and (" + s_.user_filter() + ")";
  o.filter = f;
  o.keep_state = !f.empty();
  try {
    auto reader = capture::CaptureReader::open(s_.source().name());
    capture::CaptureWriter writer(path);
    record::SliceResult r = record::write_slice(*reader, writer, o);
    writer.close();
    message_ = "Wrote " + std::to_string(r.written) + " events to " + path;
    message_error_ = false;
  } catch (const std::exception& e) {
    message_ = "Slice not written: " + std::string(e.what());
    message_error_ = true;
  }
}

}  // namespace trowel::tui
