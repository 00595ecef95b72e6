#include "cli/record_checks.h"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "engine/fields/field.h"

namespace trowel::cli {

uint64_t parse_size(const std::string& s) {
  if (s.empty()) return 0;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || v <= 0) return 0;
  std::string suf(end);
  double mult = 1;
  if (suf == "" || suf == "B") mult = 1;
  else if (suf == "K" || suf == "k" || suf == "KiB") mult = 1024.0;
  else if (suf == "M" || suf == "m" || suf == "MiB") mult = 1024.0 * 1024;
  else if (suf == "G" || suf == "g" || suf == "GiB") mult = 1024.0 * 1024 * 1024;
  else return 0;
  return static_cast<uint64_t>(v * mult);
}

bool check_live_limits(const std::string& buffer_text, uint32_t snaplen, uint64_t& buffer) {
  buffer = parse_size(buffer_text);
  if (buffer == 0 || buffer > (1ull << 31)) {
    std::fprintf(stderr, "trowel: record: invalid --buffer-size '%s' (e.g. 16M, 64M; at most 2G)\n",
                 buffer_text.c_str());
    return false;
  }
  if (snaplen > 16000) {
    std::fprintf(stderr, "trowel: record: -s %u is too large (at most 16000)\n", snaplen);
    return false;
  }
  return true;
}

bool compile_record_filter(const std::vector<std::string>& words,
                           std::unique_ptr<engine::filter::Filter>& out) {
  std::string text;
  for (const std::string& w : words) text += (text.empty() ? "" : " ") + w;
  if (text.empty()) return true;
  engine::fields::EngineFieldResolver resolver;
  try {
    out = engine::filter::compile_filter(text, resolver);
  } catch (const engine::filter::FilterError& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return false;
  }
  return true;
}

std::unique_ptr<record::FlightRecorder> make_flight_recorder(const FlightRecorderArgs& a) {
  record::RecorderOptions o;
  if (!make_recorder_options(a, o)) return nullptr;
  try {
    return std::make_unique<record::FlightRecorder>(o);
  } catch (const engine::filter::FilterError& e) {
    std::fprintf(stderr, "trowel: record: --trigger: %s\n", e.what());
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "trowel: record: %s\n", e.what());
  }
  return nullptr;
}

std::unique_ptr<record::FlightRecorder> make_reporting_flight_recorder(const FlightRecorderArgs& a,
                                                                       uint64_t& failed) {
  std::unique_ptr<record::FlightRecorder> rec = make_flight_recorder(a);
  if (rec) {
    rec->on_capture([&failed](const record::CaptureReport& r) {
      if (!r.error.empty()) ++failed;
      print_capture_report(r);
    });
  }
  return rec;
}

}  // namespace trowel::cli
