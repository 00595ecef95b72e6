#include "cli/slice_export.h"

#include <unistd.h>

#include <cinttypes>
#include <cstdio>

#include "capture/capture_reader.h"
#include "capture/capture_writer.h"
#include "cli/read_status.h"
#include "engine/fields/field.h"
#include "engine/filter/filter.h"
#include "record/slice.h"

namespace trowel::cli {

namespace {

std::string join(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& w : words) {
    if (!text.empty()) text += ' ';
    text += w;
  }
  return text;
}

void remove_output(const std::string& out) {
  if (out != "-") ::unlink(out.c_str());
}

}  // namespace

void add_slice_options(CLI::App* cmd, SliceArgs& args) {
  cmd->add_option("--from", args.from,
                  "slice: first event at or after T (date-time, HH:MM:SS, epoch ns, +OFFSET, #N)");
  cmd->add_option("--to", args.to, "slice: stop before the first event at or after T (same forms)");
  cmd->add_flag("--keep-state", args.keep_state,
                "slice with a filter: keep non-matching state changes (opens, closes, forks...) as "
                "state-only events");
  cmd->add_option("filter", args.filter, "slice: keep only the events matching this filter (sysdig syntax)");
}

int convert_slice(const std::string& in, const std::string& out, const SliceArgs& args) {
  record::SliceOptions o;
  try {
    if (!args.from.empty()) o.from = record::parse_time_point(args.from);
    if (!args.to.empty()) o.to = record::parse_time_point(args.to);
    record::check_window(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "trowel: convert: %s\n", e.what());
    return 2;
  }
  o.filter = join(args.filter);
  o.keep_state = args.keep_state;
  if (o.keep_state && o.filter.empty()) {
    std::fprintf(stderr, "trowel: convert: --keep-state needs a filter (without one every event is kept)\n");
    return 2;
  }
  if (!o.filter.empty()) {
    engine::fields::EngineFieldResolver resolver;
    try {
      engine::filter::compile_filter(o.filter, resolver);
    } catch (const engine::filter::FilterError& e) {
      std::fprintf(stderr, "%s\n", e.what());
      return 2;
    }
  }
  auto reader = capture::CaptureReader::open(in);
  capture::CaptureWriter writer(out);
  record::SliceResult r;
  try {
    r = record::write_slice(*reader, writer, o);
  } catch (const record::SliceError& e) {
    writer.close();
    remove_output(out);
    finish_reading(*reader);  // a truncation warning explains a short capture
    std::fprintf(stderr, "trowel: convert: %s: %s\n", reader->name().c_str(), e.what());
    return 2;
  } catch (...) {
    remove_output(out);
    throw;
  }
  writer.close();
  int rc = finish_reading(*reader);
  if (rc != 0) {
    remove_output(out);
    return rc;
  }
  double span = r.last_ts > r.first_ts ? static_cast<double>(r.last_ts - r.first_ts) / 1e9 : 0.0;
  std::fprintf(stderr,
               "trowel: slice of %s -> %s: events #%" PRIu64 "..#%" PRIu64 " (%s, %.3f s), %" PRIu64
               " written",
               reader->name().c_str(), out == "-" ? "<stdout>" : out.c_str(), r.first_num, r.last_num,
               record::format_utc(r.first_ts).c_str(), span, r.written);
  if (o.keep_state) std::fprintf(stderr, " + %" PRIu64 " state-only", r.state_only_written);
  std::fprintf(stderr, "; state at the start: %" PRIu64 " threads, %" PRIu64 " fds\n", r.threads, r.fds);
  return 0;
}

}  // namespace trowel::cli
