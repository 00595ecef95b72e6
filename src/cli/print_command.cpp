// `trowel print -r FILE [options] [FILTER...]`: sysdig-style event printing
// (the default line, -p formats, -j JSON, buffer formats, -t time modes),
// and `trowel fields`: every field with its description, like `sysdig -l`.
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "capture/capture_reader.h"
#include "capture/event_pipeline.h"
#include "cli/chisel_command.h"
#include "cli/commands.h"
#include "cli/read_status.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "engine/format/event_formatter.h"
#include "engine/state.h"

namespace trowel::cli {

namespace {

using engine::format::TimeMode;

// The CLI escapes of -p: \n \t \e \\.
std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char n = s[i + 1];
      if (n == 'n') { out += '\n'; ++i; continue; }
      if (n == 't') { out += '\t'; ++i; continue; }
      if (n == 'e') { out += '\x1b'; ++i; continue; }
      if (n == '\\') { out += '\\'; ++i; continue; }
    }
    out += s[i];
  }
  return out;
}

bool is_container_type(uint16_t t) { return t == 228 || t == 272 || t == 324; }

struct PrintOpts {
  std::string file;
  std::string format;
  bool json = false, ascii = false, hex = false, hexascii = false, base64 = false;
  uint64_t limit = 0;
  bool internal = false, verbose = false;
  std::string time = "h";
  std::vector<std::string> filter;
  std::string chisel;                     // -c NAME: run a chisel instead
  std::vector<std::string> chisels_dirs;  // --chisels-dir
};

// `print -c NAME [ARGS] [FILTER]`: sysdig's -c, handled by `trowel chisel`.
int run_print_chisel(const PrintOpts& o) {
  ChiselCliOptions c;
  c.file = o.file;
  c.dirs = o.chisels_dirs;
  c.words.push_back(o.chisel);
  c.words.insert(c.words.end(), o.filter.begin(), o.filter.end());
  c.limit = o.limit;
  c.json = o.json;
  c.ascii = o.ascii;
  c.hex = o.hex;
  c.hexascii = o.hexascii;
  c.base64 = o.base64;
  return run_chisel_cli(c);
}

int run_print(const PrintOpts& o) {
  engine::format::FormatOptions fo;
  if (o.time == "h") fo.time = TimeMode::Human;
  else if (o.time == "a") fo.time = TimeMode::Absolute;
  else if (o.time == "r") fo.time = TimeMode::Relative;
  else if (o.time == "d") fo.time = TimeMode::Latency;
  else if (o.time == "D") fo.time = TimeMode::DeltaPrinted;
  else {
    std::fprintf(stderr, "trowel: invalid -t mode '%s' (use h, a, r, d or D)\n", o.time.c_str());
    return 2;
  }
  fo.json = o.json;

  engine::render::RenderOptions ro;
  if (o.base64) ro.buffer = engine::render::BufferFormat::Base64;
  else if (o.hexascii) ro.buffer = engine::render::BufferFormat::HexAscii;
  else if (o.hex) ro.buffer = engine::render::BufferFormat::Hex;
  else if (o.ascii) ro.buffer = engine::render::BufferFormat::Ascii;
  // -v and -j show whole buffers; the default line cuts them at 80.
  ro.max_buffer_len = (o.verbose || o.json) ? 0 : engine::render::kDefaultMaxBufferLen;
  engine::fields::set_render_options(ro);

  std::unique_ptr<engine::format::EventFormatter> formatter;
  try {
    std::string fmt = o.format.empty() ? std::string(engine::format::kDefaultFormat) : unescape(o.format);
    formatter = std::make_unique<engine::format::EventFormatter>(fmt, fo);
  } catch (const engine::format::FormatError& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 2;
  }

  std::unique_ptr<engine::filter::Filter> filter;
  std::string text;
  for (const std::string& a : o.filter) {
    if (!text.empty()) text += ' ';
    text += a;
  }
  // Whether every field of the filter reads the event record alone: it is
  // then tested before State::process, which may skip an fd look-up for
  // an event it drops.
  bool filter_first = false;
  if (!text.empty()) {
    engine::fields::NotingFieldResolver resolver;
    try {
      filter = engine::filter::compile_filter(text, resolver);
      filter_first = resolver.event_record_only;
    } catch (const engine::filter::FilterError& e) {
      std::fprintf(stderr, "%s\n", e.what());
      return 2;
    }
  }

  auto reader = capture::CaptureReader::open(o.file);
  engine::State state;
  state.load_tables(reader->tables());
  reader->set_section_callback(
      [](void* ctx, const capture::SectionTables& t) { static_cast<engine::State*>(ctx)->load_tables(t); },
      &state);

  static char outbuf[1 << 16];
  std::setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);

  engine::EventContext ctx;
  engine::EventContext record;  // the event alone (filter_first)
  // Lines are formatted straight into one batch that is written when it
  // passes kFlushAt: no per-line copy into stdio.
  constexpr size_t kFlushAt = 60 * 1024;
  std::string out;
  out.reserve(kFlushAt + 4096);
  auto flush = [&] {
    if (!out.empty()) std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
  };
  bool leading = true;
  uint32_t section = 0;
  // One event; false: the -n limit is reached.
  uint64_t lines = 0;
  auto handle = [&](const capture::EventView& ev, const engine::format::PreRef& pre) {
    if (ev.section != section) {
      section = ev.section;
      leading = true;
    }
    bool match = true;
    if (filter_first) {
      record.ev = &ev;
      match = filter->matches(engine::filter::EventRef{&record});
    }
    state.process(ev, ctx, match);
    bool skip = false;
    if (leading && is_container_type(ev.type)) skip = true;
    else leading = false;
    if (ctx.state_only) skip = true;
    if (ctx.internal && !o.internal) skip = true;
    if (!skip && match && (!filter || filter_first || filter->matches(engine::filter::EventRef{&ctx})) &&
        formatter->format_append(ctx, out, pre)) {
      out.push_back('\n');
      ++lines;
      formatter->printed(ctx);
      if (out.size() >= kFlushAt) flush();
    }
    return !(o.limit && ev.num >= o.limit);
  };
  if (reader->events_stay_valid() && !o.limit && capture::EventPipeline::worthwhile()) {
    // A mapped file and a spare CPU: decode on a second thread (the views
    // stay valid).
    // The pieces that need the event alone are rendered on that thread
    // too, ahead of the formatter (engine::format::PreRender).
    std::unique_ptr<engine::format::PreRender> pre = formatter->make_pre_render(capture::EventPipeline::kSlots);
    capture::EventPipeline::BatchHook hook;
    if (pre) hook = [&pre](const capture::EventPipeline::Batch& b) { pre->render(b.slot, b.events, b.count, b.queued); };
    capture::EventPipeline pipe(*reader, hook);
    while (const capture::EventPipeline::Batch* b = pipe.next()) {
      for (const auto& t : b->tables) state.load_tables(*t);
      const uint64_t before = lines;
      for (uint32_t i = 0; i < b->count; ++i) handle(b->events[i], engine::format::PreRef{pre.get(), b->slot, i});
      if (pre) pre->printed(lines - before, b->count);
      pipe.release();
    }
  } else {
    capture::EventView ev;
    while (reader->next(ev))
      if (!handle(ev, engine::format::PreRef{})) break;
  }
  flush();
  std::fflush(stdout);
  return finish_reading(*reader);
}

int run_fields() {
  static const std::map<std::string, const char*> kClassTitle = {
      {"evt", "evt: event fields"},          {"process", "proc: process fields"},
      {"thread", "thread: thread fields"},   {"fd", "fd: file descriptor fields"},
      {"user", "user: user fields"},         {"group", "group: group fields"},
      {"container", "container: container fields"}};
  std::string last;
  for (const auto& f : engine::fields::all_fields()) {
    if (last != f.category) {
      if (!last.empty()) std::printf("\n");
      auto it = kClassTitle.find(f.category);
      std::printf("----------------------\nField Class: %s\n\n", it == kClassTitle.end() ? f.category : it->second);
      last = f.category;
    }
    std::string name = f.name;
    switch (f.arg) {
      case engine::fields::ArgMode::Index: name += "[N]"; break;
      case engine::fields::ArgMode::OptionalIndex: name += "[N]"; break;
      case engine::fields::ArgMode::Name: name += ".NAME"; break;
      case engine::fields::ArgMode::IndexOrName: name += ".NAME"; break;
      case engine::fields::ArgMode::Bracket: name += "[ARG]"; break;
      default: break;
    }
    std::printf("%-24s %s%s\n", name.c_str(), f.description,
                (f.flags & engine::filter::kFieldFilterOnly) ? " (filter only)" : "");
  }
  return 0;
}

}  // namespace

void register_print_command(CLI::App& app, CommandRunner& run) {
  auto* cmd = app.add_subcommand("print", "Print events like sysdig -r (default line, -p formats, -j, filters)");
  auto o = std::make_shared<PrintOpts>();
  cmd->add_option("-r,--read", o->file, "capture file")->required();
  cmd->add_option("-p,--print", o->format, "output format (sysdig -p syntax)");
  cmd->add_flag("-j,--json", o->json, "one JSON object per event");
  cmd->add_flag("-A,--print-ascii", o->ascii, "buffers: printable ASCII only");
  cmd->add_flag("-x,--print-hex", o->hex, "buffers: hex");
  cmd->add_flag("-X,--print-hex-ascii", o->hexascii, "buffers: hex and ASCII");
  cmd->add_flag("-b,--print-base64", o->base64, "buffers: base64");
  cmd->add_option("-n,--numevents", o->limit, "stop after N events (of the file)");
  cmd->add_flag("-D,--debug", o->internal, "also print internal events");
  cmd->add_flag("-v,--verbose", o->verbose, "do not cut buffers to 80 characters");
  cmd->add_option("-t,--timetype", o->time, "evt.outputtime: h (default), a, r, d or D");
  cmd->add_option("filter", o->filter, "filter (sysdig syntax; the words are joined with spaces)");
  cmd->add_option("-c,--chisel", o->chisel, "run this chisel instead of printing (like sysdig -c; see `trowel chisel`)");
  cmd->add_option("--chisels-dir", o->chisels_dirs, "search this directory for chisels first (repeatable)")
      ->allow_extra_args(false);
  cmd->callback([o, &run] {
    run = [o] { return o->chisel.empty() ? run_print(*o) : run_print_chisel(*o); };
  });

  auto* f = app.add_subcommand("fields", "List every field with its description (like sysdig -l)");
  f->callback([&run] { run = [] { return run_fields(); }; });
}

}  // namespace trowel::cli
