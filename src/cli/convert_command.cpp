// `trowel convert IN OUT`: rewrites any capture in the most compatible form
// (scap-format.md §15.2): every section gets a fresh 28-byte SHB and v2
// tables, every event is kept (types >= 336 included) and re-encoded as
// EV_V2. OUT ending in .gz/.zst is compressed; "-" is standard output.
// With --from/--to/a filter it writes a slice instead (slice_export.cpp).
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <memory>
#include <string>

#include "capture/capture_error.h"
#include "capture/capture_reader.h"
#include "capture/capture_writer.h"
#include "cli/commands.h"
#include "cli/read_status.h"
#include "cli/slice_export.h"

namespace trowel::cli {
namespace {

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa, sb;
  if (a == "-" || b == "-") return false;
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// Section callback context: the reader reports each later section's tables
// before that section's first event; a write error is kept for the loop.
struct SectionSink {
  capture::CaptureWriter* writer;
  std::exception_ptr error;
};

void on_section(void* ctx, const capture::SectionTables& t) {
  auto* s = static_cast<SectionSink*>(ctx);
  if (s->error) return;
  try {
    s->writer->write_section(t);
  } catch (...) {
    s->error = std::current_exception();
  }
}

int convert(const std::string& in, const std::string& out) {
  if (same_file(in, out)) {
    std::fprintf(stderr, "trowel: convert: %s: output is the input file\n", out.c_str());
    return 2;
  }
  auto reader = capture::CaptureReader::open(in);
  capture::CaptureWriter writer(out);
  SectionSink sink{&writer, nullptr};
  writer.write_section(reader->tables());
  reader->set_section_callback(on_section, &sink);
  capture::EventView ev;
  while (reader->next(ev)) {
    if (sink.error) std::rethrow_exception(sink.error);
    writer.write_event(ev);
  }
  if (sink.error) std::rethrow_exception(sink.error);
  // Even for a damaged input the output stays a valid capture of every
  // complete event read.
  writer.close();
  int rc = finish_reading(*reader);
  if (rc != 0) {
    if (out != "-") ::unlink(out.c_str());  // no half-converted output on failure
    return rc;
  }
  const auto& s = writer.stats();
  std::fprintf(stderr,
               "trowel: converted %s -> %s: %llu events in %llu section%s written, "
               "%llu fds dropped\n",
               reader->name().c_str(), out == "-" ? "<stdout>" : out.c_str(),
               static_cast<unsigned long long>(s.events),
               static_cast<unsigned long long>(s.sections), s.sections == 1 ? "" : "s",
               static_cast<unsigned long long>(s.fds_dropped));
  return 0;
}

}  // namespace

void register_convert_command(CLI::App& app, CommandRunner& run) {
  auto* cmd = app.add_subcommand(
      "convert", "Rewrite a capture in the format both sysdig 0.29 and current libs read");
  struct Opts {
    std::string in, out;
    SliceArgs slice;
  };
  auto opts = std::make_shared<Opts>();
  cmd->add_option("input", opts->in, "capture to read (- for stdin; gzip/zstd detected)")
      ->required();
  cmd->add_option("output", opts->out,
                  "capture to write (- for stdout; .gz/.zst suffix compresses)")
      ->required();
  add_slice_options(cmd, opts->slice);
  cmd->callback([opts, &run] {
    run = [opts] {
      if (opts->slice.wanted()) {
        if (same_file(opts->in, opts->out)) {
          std::fprintf(stderr, "trowel: convert: %s: output is the input file\n", opts->out.c_str());
          return 2;
        }
        return convert_slice(opts->in, opts->out, opts->slice);
      }
      return convert(opts->in, opts->out);
    };
  });
}

}  // namespace trowel::cli
