// EventFormatter: sysdig's `-p` output format language, compiled once and
// applied to every event.
//
//   %FIELD        the field's rendered value (any field token: %evt.arg.fd,
//                 %proc.aname[2]); %evt.outputtime is the time by -t mode
//   %NFIELD       the value resized to exactly N characters (padded with
//                 spaces or cut)
//   other text    copied as it is
//   leading '*'   print every event, <NA> for fields that do not apply;
//                 without it an event with such a field is skipped
//
// JSON mode prints one object per event, keys sorted, typed values as sysdig
// 0.29.3 (numbers for numeric fields, true/false, null for missing fields).
//
// format() allocates nothing once its buffers have grown.
#pragma once
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "engine/event_context.h"
#include "engine/fields/field.h"

namespace trowel::engine::format {

// What %evt.outputtime shows (sysdig -t).
enum class TimeMode : uint8_t {
  Human,         // h: HH:MM:SS.nnnnnnnnn (default)
  Absolute,      // a: seconds.nanoseconds since the epoch
  Relative,      // r: since the first event of the capture
  Latency,       // d: enter -> exit latency
  DeltaPrinted,  // D: since the previously printed event
};

struct FormatOptions {
  TimeMode time = TimeMode::Human;
  bool json = false;
};

// "invalid formatting token ..." / "invalid formatting syntax: formatting
// cannot end with a %" (the text sysdig prints).
class FormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// sysdig's default line (non-tty).
inline constexpr std::string_view kDefaultFormat =
    "*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.info";

class EventFormatter {
 public:
  // Throws FormatError.
  EventFormatter(std::string_view format, FormatOptions opt = {});
  ~EventFormatter();
  EventFormatter(const EventFormatter&) = delete;
  EventFormatter& operator=(const EventFormatter&) = delete;

  // Sets `out` to the event's line (without a newline); false if the event
  // is skipped (a field is missing and the format does not start with '*').
  bool format(const EventContext& ctx, std::string& out);
  // The same line appended to `out` (left as it was if the event is skipped):
  // lets a caller batch lines without copying each one.
  bool format_append(const EventContext& ctx, std::string& out);
  // Tell the formatter an event was printed (for -t D).
  void printed(const EventContext& ctx) { last_printed_ts_ = ctx.ev->ts; }

  bool print_all() const { return all_; }

 private:
  struct Piece {
    std::string literal;                   // text, or the field's token
    std::unique_ptr<fields::Field> field;  // null: literal or outputtime
    bool outputtime = false;
    bool json_time = false;                // evt.outputtime / evt.time: a number in JSON
    int width = -1;                        // %N
    // A field whose text is its value's generic text: taken through its
    // DirectGet and written as a number or string (see format_text).
    fields::DirectGet direct;
    bool is_bool = false;
  };
  void render_outputtime(const EventContext& ctx, std::string& out, bool json);
  // Append the line to `out`; on false `out` holds a partial line.
  bool format_text(const EventContext& ctx, std::string& out);
  bool format_json(const EventContext& ctx, std::string& out);

  std::vector<Piece> pieces_;
  std::vector<size_t> json_order_;  // field pieces, by key, deduplicated
  FormatOptions opt_;
  bool all_ = false;
  uint64_t last_printed_ts_ = 0;
  std::string value_;
  // format_text's line, built in place and appended to the caller's string
  // at once (one append per line, not one per piece).
  std::vector<char> line_;
  std::string text_;           // a field's text before it is copied into line_
  filter::FieldValue direct_;  // a direct piece's value
};

// Appends `s` as a JSON string (quotes included).
void append_json_string(std::string& out, std::string_view s);

}  // namespace trowel::engine::format
