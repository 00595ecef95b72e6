#include "views/session_window.h"

#include <doctest/doctest.h>

using namespace trowel::views;

namespace {
const TimeExtent kExt{1000, 10999};  // end() == 11000: 10 us of capture
}

TEST_CASE("window: inactive means the whole capture and no filter") {
  TimeWindow w;
  CHECK_FALSE(w.active());
  CHECK(window_filter(w).empty());
  CHECK(window_label(w, kExt) == "whole capture");
}

TEST_CASE("window: mark in / mark out keep it inside the capture and never empty") {
  TimeWindow w = mark_in({}, 3000, kExt);
  CHECK(w == TimeWindow{3000, 11000});
  w = mark_out(w, 5000, kExt);
  CHECK(w == TimeWindow{3000, 5000});
  // mark-out before the start: the window restarts at the capture's start
  CHECK(mark_out(w, 2000, kExt) == TimeWindow{1000, 2000});
  // mark-in after the end: the window runs to the capture's end
  CHECK(mark_in(w, 6000, kExt) == TimeWindow{6000, 11000});
  // outside the capture: clamped
  CHECK(mark_in({}, 0, kExt) == TimeWindow{1000, 11000});
  CHECK(mark_out({}, 99999, kExt) == TimeWindow{1000, 11000});
  CHECK(window_filter({3000, 5000}) == "evt.rawtime >= 3000 and evt.rawtime < 5000");
}

TEST_CASE("window: move keeps the length and stops at the ends; resize moves the end") {
  TimeWindow w{3000, 5000};
  CHECK(move_window(w, 1000, kExt) == TimeWindow{4000, 6000});
  CHECK(move_window(w, -5000, kExt) == TimeWindow{1000, 3000});
  CHECK(move_window(w, 50000, kExt) == TimeWindow{9000, 11000});
  CHECK(resize_window(w, 1000, kExt) == TimeWindow{3000, 6000});
  CHECK(resize_window(w, -5000, kExt) == TimeWindow{3000, 3001});
  CHECK(resize_window(w, 50000, kExt) == TimeWindow{3000, 11000});
}

TEST_CASE("window: step mode walks adjacent intervals of the same length") {
  TimeWindow w{1000, 4000};
  w = step_window(w, 1, kExt);
  CHECK(w == TimeWindow{4000, 7000});
  w = step_window(w, 1, kExt);
  CHECK(w == TimeWindow{7000, 10000});
  w = step_window(w, 1, kExt);  // the last interval is cut by the end
  CHECK(w == TimeWindow{10000, 11000});
  CHECK(step_window(w, 1, kExt) == w);  // nothing after it
  CHECK(step_window(TimeWindow{4000, 7000}, -1, kExt) == TimeWindow{1000, 4000});
  CHECK(step_window(TimeWindow{1000, 4000}, -1, kExt) == TimeWindow{1000, 4000});
}

TEST_CASE("window: label shows offsets from the capture's start and the length") {
  TimeExtent ext{5000000000ull, 15000000000ull};
  TimeWindow w{ext.first + 1200000000ull, ext.first + 3400000000ull};
  CHECK(window_label(w, ext) == "+1.20s..+3.40s (2.20s)");
}

TEST_CASE("timeline: bucket of a time is clamped to the strip") {
  Timeline t;
  t.t0 = 1000;
  t.bucket_ns = 100;
  t.counts.assign(10, 0);
  CHECK(t.bucket_of(0) == 0);
  CHECK(t.bucket_of(1250) == 2);
  CHECK(t.bucket_of(99999) == 9);
}

#ifdef TROWEL_SHARED_DIR
#include <filesystem>

#include "views/session.h"

TEST_CASE("session window: views cover only the window; the timeline counts the whole capture") {
  const std::string leaky = std::string(TROWEL_SHARED_DIR) + "/captures/leaky-logtxt.scap";
  if (!std::filesystem::exists(leaky)) return;
#ifdef TROWEL_SOURCE_DIR
  ViewRegistry reg = ViewRegistry::load({std::filesystem::path(TROWEL_SOURCE_DIR) / "views"});
#else
  ViewRegistry reg = ViewRegistry::load({});
#endif
  Session s(reg, std::make_unique<FileEventSource>(leaky));
  std::string err;
  REQUIRE(s.start("procs_errors", &err));
  s.wait_idle();
  auto server_file_errors = [&]() -> std::string {
    auto r = s.result();
    REQUIRE(r);
    for (size_t i = 0; i < r->rows(); ++i)
      if (r->cell_text(i, 5).find("server.py") != std::string::npos) return std::string(r->cell_text(i, 0));
    return "";
  };
  CHECK(server_file_errors() == "767");
  TimeExtent ext = s.extent();
  CHECK(ext.last > ext.first);

  // The first EMFILE is at +3.457 s: a window ending at +3.4 s holds none of
  // the 762 EMFILE errors, only the server's 5 other FILE errors.
  s.set_window(mark_out({}, ext.first + 3400000000ull, ext));
  CHECK(s.window() == TimeWindow{ext.first, ext.first + 3400000000ull});
  CHECK(s.filter_text().find("evt.rawtime < ") != std::string::npos);
  s.wait_idle();
  CHECK(server_file_errors() == "5");
  // Step: the rest of the capture holds the EMFILE ones (5 + 762 = 767).
  s.set_window(step_window(s.window(), 1, ext));
  CHECK(s.window().from == ext.first + 3400000000ull);
  CHECK(s.window().to == ext.end());
  s.wait_idle();
  CHECK(server_file_errors() == "762");
  s.set_window({});
  s.wait_idle();
  CHECK(server_file_errors() == "767");

  auto tl = s.compute_timeline_now(50);
  REQUIRE(tl);
  CHECK(tl->error.empty());
  CHECK(tl->counts.size() == 50);
  uint64_t n = 0, e = 0;
  for (size_t i = 0; i < 50; ++i) {
    CHECK(tl->errors[i] <= tl->counts[i]);
    n += tl->counts[i];
    e += tl->errors[i];
  }
  CHECK(n > 0);
  CHECK(e >= 767);
  // The EMFILE burst is late in the capture: the last buckets hold errors.
  CHECK(tl->errors[tl->bucket_of(ext.first + 3460000000ull)] > 0);
}
#endif
