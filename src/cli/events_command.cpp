// `trowel events FILE`: one line per event with its header and raw parameter
// bytes in hex. A debugging and testing aid (convert round trips are checked
// with it); `trowel print` is the user-facing event printer.
#include <cstdio>

#include "capture/capture_reader.h"
#include "cli/commands.h"
#include "cli/read_status.h"

namespace trowel::cli {

void register_events_command(CLI::App& app, CommandRunner& run) {
  auto* cmd = app.add_subcommand("events", "Dump every event's header and raw parameters (hex), one per line");
  cmd->group("");  // hidden from the main help: a testing aid
  struct Opts {
    std::string file;
    uint64_t limit = 0;
  };
  auto opts = std::make_shared<Opts>();
  cmd->add_option("file", opts->file, "capture file (- for stdin)")->required();
  cmd->add_option("-n,--count", opts->limit, "stop after N events");
  cmd->callback([opts, &run] {
    run = [opts] {
      auto reader = capture::CaptureReader::open(opts->file);
      capture::EventView ev;
      static const char kHex[] = "0123456789abcdef";
      std::string line;
      while (reader->next(ev)) {
        line.clear();
        char head[160];
        snprintf(head, sizeof head, "%llu %llu %lld %u %u %u %u",
                 static_cast<unsigned long long>(ev.num), static_cast<unsigned long long>(ev.ts),
                 static_cast<long long>(ev.tid), ev.cpuid, ev.type, ev.flags, ev.nparams);
        line += head;
        for (uint32_t i = 0; i < ev.nparams; ++i) {
          auto p = ev.param(i);
          line += ' ';
          if (p.empty()) line += '-';
          for (uint8_t b : p) {
            line += kHex[b >> 4];
            line += kHex[b & 15];
          }
        }
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
        if (opts->limit && ev.num >= opts->limit) break;
      }
      return finish_reading(*reader);
    };
  });
}

}  // namespace trowel::cli
