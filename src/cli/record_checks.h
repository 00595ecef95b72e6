// Option checks shared by `trowel record -w` (record_command.cpp), `trowel
// record --ring` (live_flight_recorder.cpp) and `trowel record-ring --replay`
// (flight_recorder_command.cpp). Each prints its one-line error on stderr
// and returns false / null, so callers only `return 2`.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/flight_recorder_options.h"
#include "engine/filter/filter.h"
#include "record/flight_recorder.h"

namespace trowel::cli {

// "16M", "64MiB", "1G", "4096": bytes, or 0 when the text is not a size.
uint64_t parse_size(const std::string& text);

// --buffer-size (a size, at most 2 GiB) and -s (at most 16000 bytes).
bool check_live_limits(const std::string& buffer_text, uint32_t snaplen, uint64_t& buffer);

// The positional FILTER words joined by spaces; an empty text leaves `out`
// null (everything matches).
bool compile_record_filter(const std::vector<std::string>& words,
                           std::unique_ptr<engine::filter::Filter>& out);

// The flight recorder of these options (bad option or --trigger: null).
std::unique_ptr<record::FlightRecorder> make_flight_recorder(const FlightRecorderArgs& a);
// The same, printing each capture it writes (print_capture_report) and
// counting in `failed` those it could not write; `failed` must outlive it.
std::unique_ptr<record::FlightRecorder> make_reporting_flight_recorder(const FlightRecorderArgs& a,
                                                                       uint64_t& failed);

}  // namespace trowel::cli
