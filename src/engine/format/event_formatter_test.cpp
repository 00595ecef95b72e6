// Pre-rendering on the decoding thread gives the lines the formatter alone
// gives (trowel print's pipeline path; the golden tests read files too small
// to be mapped, so they never take it).
#include "engine/format/event_formatter.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "capture/event_pipeline.h"
#include "engine/state.h"

using namespace trowel;

namespace {

// Every event's line (internal events skipped), formatted on this thread
// (pre: false) or with a PreRender fed by the pipeline's batch hook, which
// is switched off on every third batch (the formatter's own path then).
// The hook is told a queue that is empty for 20 batches, then full for 20
// (the balance between the threads: the share of batches rendered falls to
// none, then rises to all); *rendered and *skipped count the batches with
// and without pre-rendered pieces.
std::string lines(const std::string& path, const std::string& fmt, engine::format::TimeMode mode, bool pre_render,
                  bool* used_pre = nullptr, uint64_t* rendered = nullptr, uint64_t* skipped = nullptr) {
  auto reader = capture::CaptureReader::open(path);
  engine::State state;
  state.load_tables(reader->tables());
  engine::format::FormatOptions fo;
  fo.time = mode;
  engine::format::EventFormatter f(fmt, fo);
  engine::EventContext ctx;
  std::string out;
  auto handle = [&](const capture::EventView& ev, const engine::format::PreRef& pre) {
    state.process(ev, ctx);
    if (ctx.internal || ctx.state_only) return;
    if (f.format_append(ctx, out, pre)) out.push_back('\n');
  };
  if (!pre_render) {
    reader->set_section_callback(
        [](void* s, const capture::SectionTables& t) { static_cast<engine::State*>(s)->load_tables(t); }, &state);
    capture::EventView ev;
    while (reader->next(ev)) handle(ev, {});
    return out;
  }
  REQUIRE(reader->events_stay_valid());
  auto pre = f.make_pre_render(capture::EventPipeline::kSlots);
  if (used_pre) *used_pre = pre != nullptr;
  capture::EventPipeline::BatchHook hook;
  uint64_t hooked = 0;
  if (pre)
    hook = [&pre, &hooked](const capture::EventPipeline::Batch& b) {
      const uint32_t queued = (hooked++ / 20) % 2 ? capture::EventPipeline::kSlots - 1 : 0;
      pre->render(b.slot, b.events, b.count, queued);
    };
  capture::EventPipeline pipe(*reader, hook);
  uint64_t batches = 0;
  while (const capture::EventPipeline::Batch* b = pipe.next()) {
    for (const auto& t : b->tables) state.load_tables(*t);
    if (pre && b->count > 0) {
      std::string_view text;
      bool na = false;
      bool got = pre->text(b->slot, 0, 0, text, na) || na;
      if (rendered && got) ++*rendered;
      if (skipped && !got) ++*skipped;
    }
    for (uint32_t i = 0; i < b->count; ++i) handle(b->events[i], engine::format::PreRef{pre.get(), b->slot, i});
    if (pre) pre->printed(++batches % 3 == 0 ? 0 : 1, 1);
    pipe.release();
  }
  return out;
}

}  // namespace

#if defined(TROWEL_SHARED_DIR) && defined(TROWEL_SOURCE_DIR)
TEST_CASE("pre-rendered pieces give the formatter's own lines") {
  using engine::format::TimeMode;
  const std::string shared = std::string(TROWEL_SHARED_DIR) + "/captures/";
  for (std::string path : {shared + "leaky-logtxt.scap", shared + "leaky-logtxt-sysdig029.scap",
                           std::string(TROWEL_SOURCE_DIR) + "/testdata/demo.scap"}) {
    CAPTURE(path);
    for (std::string fmt : {std::string(engine::format::kDefaultFormat),
                            std::string("%evt.num %evt.time %evt.cpu %proc.name %thread.tid %evt.dir %evt.type %fd.name %evt.res"),
                            std::string("%evt.num %3evt.type %evt.res %evt.failed"),
                            std::string("*%evt.rawtime.s.%evt.rawtime.ns %evt.datetime %5evt.cpu|%evt.rawres|%20evt.time.s|")}) {
      for (TimeMode mode : {TimeMode::Human, TimeMode::Absolute, TimeMode::Relative}) {
        CAPTURE(fmt);
        CAPTURE(static_cast<int>(mode));
        bool used = false;
        uint64_t rendered = 0, skipped = 0;
        const std::string ref = lines(path, fmt, mode, false);
        CHECK(!ref.empty());
        CHECK(lines(path, fmt, mode, true, &used, &rendered, &skipped) == ref);
        CHECK(used);
        CHECK(rendered > 0);
        CHECK(skipped > 0);
      }
    }
  }
}
#endif

TEST_CASE("no pre-rendering for JSON or formats of state fields only") {
  engine::format::FormatOptions json;
  json.json = true;
  engine::format::EventFormatter a("%evt.num %evt.type", json);
  CHECK(a.make_pre_render(8) == nullptr);
  engine::format::EventFormatter b("%proc.name %fd.name %evt.latency");
  CHECK(b.make_pre_render(8) == nullptr);
  engine::format::EventFormatter c("%proc.name %evt.outputtime");
  engine::format::FormatOptions delta;
  delta.time = engine::format::TimeMode::DeltaPrinted;
  engine::format::EventFormatter d("%proc.name %evt.outputtime", delta);
  CHECK(c.make_pre_render(8) != nullptr);
  CHECK(d.make_pre_render(8) == nullptr);
}
